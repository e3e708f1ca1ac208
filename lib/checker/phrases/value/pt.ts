// Portuguese teasers, sympathy and warmth. Newsroom teasers in Portuguese send the reader on ("Veja o que...",
// "Confira", "Entenda") or announce a surprise ("Você não vai acreditar").
import { WHY, type ValueLexicon } from './entry';
import { composeTeasers } from './teaser-kinds';

const NUMBER = '(?:(?<!\\d[:.,])\\d{1,3}|dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|cinquenta|cem)';
const LIST_NOUN =
  '(?:coisas|razões|motivos|formas|maneiras|fotos|imagens|sinais|erros|segredos|dicas|vezes|pessoas|lugares|' +
  'curiosidades|fatos|truques|momentos|perguntas|mitos|verdades|hábitos|alimentos|filmes|séries|músicas|famosos|vídeos)';
const WH = '(?:o que|como|por que|porque|por quê|quem|qual|quais|quando|onde|quanto|quantos)';

const DEMONSTRATIVE = '(?:esse|essa|este|esta|esses|essas|estes|estas)';
/** Subjects a headline hides behind a demonstrative: people, animals, pictures, tricks. */
const WHO =
  '(?:cachorros?|cão|cães|gatos?|crianças?|meninos?|meninas?|bebês?|bebés?|avó|avô|homem|homens|mulher(?:es)?|jovem|jovens|rapaz|moça|casal|' +
  'mãe|pai|noiv[oa]s?|garçom|garçonete|professor(?:a|es)?|alun[oa]s?|famos[oa]s?|atriz|ator|cantor(?:a)?|truques?|vídeos?|fotos?|' +
  'imagem|imagens|frases?|gestos?|erros?|alimentos?|hábitos?|lugar(?:es)?|cidades?|casas?|animal|animais|pessoas|turistas?|vizinh[oa]s?|' +
  'clientes?|idos[oa]s?|influenciador(?:a)?|cenas?|momentos?)';

/** Teasers composed by kind (teaser-kinds.ts): the parts above, one pattern and one example per kind. */
const COMPOSED = composeTeasers({
  surpriseWith: {
    pattern:
      "(?:surpreende|surpreendeu|choca|chocou|impressiona|impressionou|encanta|encantou|deslumbra|deslumbrou) (?:(?:os |seus )?(?:fãs|fas|seguidores|internautas) )?com (?:seu|sua|seus|suas|um|uma|novo|nova|este|esta) ?(?:[\\p{L}]+ )?(?:visual|look|mudan[cç]a|transforma[cç][aã]o|foto|v[ií]deo|mensagem|an[uú]ncio|revela[cç][aã]o|confiss[aã]o|apar[eê]ncia|decis[aã]o|publica[cç][aã]o|not[ií]cia)s?(?![\\p{L}])",
    example: "Anitta surpreende fãs com novo visual",
  },
  puzzleDare: {
    pattern:
      "(?:resolver|resolve|resolvem|decifrar|decifra|decifram|passar|passa|passam|acertar|acerta|acertam|responder|responde|respondem) (?:(?:o|a|os|as) )?(?:[\\p{L}]+ ){0,2}?(?:(?:de|d[oa]|em|n[oa]) )?(?:este|esta|estes|estas|esse|essa|neste|nesta) (?:[\\p{L}]+ )?(?:enigma|charada|quebra-cabe[cç]a|desafio|ilus[aã]o de [oó]tica|problema de matem[aá]tica|equa[cç][aã]o|teste)s?(?![\\p{L}])|(?:encontrar|encontra|encontram|achar|acha|acham|ver|v[eê]|veem|notar|nota|notam) (?:o|a|os|as|um|uma) (?:[\\p{L}]+ )?(?:erro|erros|diferen[cç]a|diferen[cç]as|gato|animal|n[uú]mero|palavra|letra|cobra|rosto|intruso|escondid[oa]) (?:[\\p{L}]+ ){0,2}?(?:nesta|neste|nessa|nesse|desta|deste) (?:foto|imagem|desenho|pintura)s?(?![\\p{L}])",
    example: "Só 1 em cada 50 pessoas consegue resolver este enigma",
  },
  revealWithheld: {
    pattern: '(?:revela|revelam|revelou|desvenda|desvendou|confessa|confessou) (?:o segredo|a verdade|o motivo|a raz[aã]o|o verdadeiro motivo|a verdadeira (?:raz[aã]o|causa|hist[oó]ria)|o que|por que|como|(?:o|os) (?:erro|erros|truque|truques|h[aá]bito|h[aá]bitos|alimento|alimentos)(?![\\p{L}])|os sinais|(?:o|a|os|as) (?:[\\p{L}]+ ){1,2}?mais (?:estranh[oa]s?|bizarr[oa]s?|inusitad[oa]s?|louc[oa]s?|absurd[oa]s?|constrangedor(?:a|es|as)?)(?![\\p{L}]))|(?:conta|contou|explica|explicou) (?:o segredo|o motivo|(?:o|os) (?:erro|erros|truque|truques)(?![\\p{L}]))',
    example: 'Médico revela o erro que todos cometemos no café da manhã',
  },
  neitherNor: {
    pattern: "nem (?:[\\p{L}\\p{N}'’-]+,? ){0,3}?[\\p{L}\\p{N}'’-]+,? nem (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:est[ea]s?|ess[ea]s?|isto|isso|aqui|(?:é|e) (?:est|ess)[ea]|o que|a que)(?![\\p{L}])|nem (?:[\\p{L}\\p{N}'’-]+,? ){0,3}?[\\p{L}\\p{N}'’-]+,? nem (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:o|a|os|as) [\\p{L}]+ (?:que|mais|com|para)(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:é|são|era|foi|será)\\s)",
    example: "Nem Paris nem Londres: esta é a cidade mais bonita da Europa",
  },
  asWeKnowIt: {
    pattern: 'como (?:o |a |os |as )?(?:conhecemos|conhec[ií]amos)(?=\\s*(?:[.!?…👇👀]|$|https?:|www\\.))',
    example: 'Adeus ao cartão do SUS como conhecemos',
  },
  whatsComing: {
    // Também uma mudança anunciada por um ponteiro ("isso muda a partir de segunda"): o que muda fica para o clique.
    pattern: '(?:o|pro|pelo) que (?:vem por a[ií]|vem (?:a[ií] )?amanh[aã]|(?:nos|te|vos) espera|est[aá] por vir)(?![\\p{L}])|(?:isso|isto|tudo|o que) (?:muda|vai mudar)(?= (?:(?:para|pra|pros?|pras?) (?:[\\p{L}]+ ){1,3})?(?:a partir|desde|nesta|neste|na pr[oó]xima|no pr[oó]ximo|em (?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))(?![\\p{L}]))',
    example: 'Previsão: o que vem por aí no fim de semana',
  },
  hiddenSubject: { pattern: `${DEMONSTRATIVE} (?:[\\p{L}]+\\s+){0,2}?${WHO}`, example: 'Essa idosa aprendeu a nadar sozinha' },
  storyOfHidden: {
    pattern: `(?:a|o) (?:reação|história|resposta|gesto|mensagem|transformação) (?:desse|dessa|deste|desta|desses|dessas) (?:[\\p{L}]+\\s+)?${WHO}`,
    example: 'A história desse gato emocionou os vizinhos',
  },
  deedWithheld: {
    pattern: 'o que (?:esse|essa|este|esta|ele|ela|eles|elas) (?:[\\p{L}]+\\s+){0,2}?(?:fez|fizeram|disse|disseram|encontrou|encontraram|descobriu|descobriram|viu|viram|escreveu|respondeu)',
    example: 'O que ela encontrou no sótão da avó',
  },
  nobodyTellsYou: {
    pattern: 'o que ningu[eé]m (?:te|lhe|vos|nos) (?:conta|diz|contou|disse|explica|fala)|o que ningu[eé]m (?:quer|tem coragem de|ousa) (?:dizer|contar|admitir|falar)|o que (?:os|as|seu|sua) [\\p{L}]+ n[aã]o (?:te|lhe|nos) (?:contam|dizem|conta|diz)',
    example: 'O que ninguém te conta sobre ser mãe',
  },
  nobodyExpected: { pattern: 'ningu[eé]m (?:esperava|imaginava|poderia imaginar|previu|contava com)', example: 'Ninguém esperava esse final' },
  effectOnReader: {
    pattern: '(?:vai|vão|pode) (?:mudar|transformar|facilitar) (?:a forma como|o jeito como|a maneira como|sua|seu|a sua|o seu)|(?:vai|vão) (?:mudar|transformar|revolucionar) (?:o jeito (?:que|de)|a forma (?:que|de)|a maneira (?:que|de)|como (?:você|vc|voc[eê]s|a gente|tu))(?![\\p{L}])|vai (?:te |lhe )?(?:deixar de boca aberta|fazer chorar|arrancar lágrimas|derreter seu coração)',
    example: 'Essa dica vai mudar sua rotina',
  },
  wentViral: {
    pattern: 'viraliza|viralizou|viralizam|viralizaram|(?:incendeia|incendiou|incendiaram|inflama|inflamou) (?:as redes|a internet|a web)|(?:emociona|emocionou|choca|chocou|divide|dividiu|encanta|encantou|revolta|revoltou|comove|comoveu) (?:a internet|as redes|os internautas|a web|milhões)|deixa (?:internautas|a internet|os fãs|seguidores) (?:chocados|emocionados|revoltados|sem palavras|em choque)|(?:o|esse|este) vídeo viral',
    example: 'Dança de noivos viraliza nas redes',
  },
  countedByDemonstrative: { pattern: `(?:esses|essas|estes|estas) ${NUMBER}`, example: 'Esses 5 alimentos engordam mais do que você imagina' },
  trickFor: {
    // A teaser's praise may stand between the trick and its purpose ("o truque viral para", "o método infalível contra").
    pattern: '(?:o|um|esse|este) (?:segredo|truque|macete|método) (?:(?:viral|definitivo|infal[ií]vel|simples|genial|caseiro|milagroso) )?(?:(?:de|do|da|dos|das) (?:[\\p{L}]+\\s+){1,3}?)?(?:para|contra)|(?:o|a) (?:motivo|razão) (?:pelo qual|pela qual|por trás)',
    example: 'O segredo dos padeiros para um pão crocante',
  },
  whyYouShould: {
    pattern: '(?:é|foi) por isso que|por que (?:você|voce|vc|nós|a gente) (?:nunca |não |sempre )?(?:deve|deveria|precisa)',
    example: 'Por que você nunca deve lavar frango cru',
  },
  happeningHere: { pattern: '(?:isso|isto) (?:está acontecendo|acaba de acontecer)', example: 'Isso está acontecendo agora no centro' },
  hypeLabel: { pattern: '(?:incrível|inacreditável|impressionante|chocante|emocionante|surreal|bizarro) ?[!:]', example: 'Inacreditável! Cachorro salva bebê' },
  crowdKnows: {
    pattern:
      '(?:que|e) (?:quase )?(?:todo mundo|toda a gente|todos|ningu[eé]m|poucos|a maioria)(?: (?:os|as|dos|das) [\\p{L}]+)? (?:j[aá] )?(?:notou|nota|percebeu|percebe|viu|sabe|sabem|conhece|conhecem|comete|cometem|faz|fazem|ignora|ignoram|deve(?:m|ria|riam)? (?:conhecer|saber)|precisa(?:m)? (?:conhecer|saber)|est[aá] falando|fala|falam)' +
      // Poucos ou ninguém que sabem, dito de uma coisa definida por uma relativa ("o bairro onde o aluguel caiu e quase
      // ninguém sabe", "um detalhe que poucos notaram"), no fim da frase; sem a relativa, a coisa está nomeada.
      '|(?:que|(?:onde|que|cuj[oa]s?) (?:[\\p{L}\\p{N}%$€£-]+ ){1,8}?(?:e|mas)) (?:quase )?(?:ningu[eé]m|poucos|poucas)(?: (?:o|a|os|as|se))? (?:sabe|sabia|sabem|conhece|conhecem|notou|notaram|percebeu|perceberam|viu|viram|deu conta|deram conta)(?=[\\s\\p{Extended_Pictographic}\\p{Regional_Indicator}\\uFE0F\\u200D]*(?:[.!?…]|$|https?:|www\\.))',
    example: 'O erro que quase todos cometem ao congelar o pão',
  },
  heldByRelative: {
    pattern:
      "(?:o|a|os|as) (?!\\p{N})(?:[\\p{L}\\p{N}$€%'’-]+ ){1,4}?que (?:(?:nunca|não|sempre|jamais) )?(?:(?:você|voce|vc) )?(?:deveria|deve|precisa|tem que|(?:quase )?(?:todo mundo|todos) (?:comete|faz|cometemos|fazemos|ignora)|(?:pode|poderia|vai) (?:[\\p{L}]+ )?(?:te|seu|sua|seus|suas|você))(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:é|são|era|foi)\\s)",
    example: 'A bebida que você deveria tomar antes de dormir',
  },
  pointerInClause: {
    pattern:
      "(?:encontrou|encontraram|achou|acharam|descobriu|descobriram) (?:este|esta|estes|estas|isto)(?! (?:fim de semana|semana|semanas|mês|mes|meses|ano|anos|dias|noites|tardes|verão|inverno|outono|primavera|temporada|segunda|terça|quarta|quinta|sexta|sábado|domingo|manhã|tarde|noite|é|era|foi)(?![\\p{L}]))(?:(?= [\\p{L}]) (?!(?:em|no|na|de|do|da|a|por|para|com|e|ou|que|antes|depois)(?![\\p{L}]))[\\p{L}-]+)?|(?:comprar|compram|comprou|compraram|comprando|passar|passam|usar|usam|evitar|evitam|vender|vendem|abandonar|abandonam|investir em|investem em|proíbe|proíbem|recolhe|recolhem) (?:este|esta|estes|estas|isto)(?! (?:fim de semana|semana|semanas|mês|mes|meses|ano|anos|dias|noites|tardes|verão|inverno|outono|primavera|temporada|segunda|terça|quarta|quinta|sexta|sábado|domingo|manhã|tarde|noite|é|era|foi)(?![\\p{L}])) (?!(?:em|no|na|de|do|da|a|por|para|com|e|ou|que|antes|depois)(?![\\p{L}]))[\\p{L}-]+",
    example: 'Investidores correm para comprar esta moeda antes de sexta',
  },
  somethingUnnamed: {
    pattern: 'algo que (?:nenhum|nenhuma|ningu[eé]m)(?![\\p{L}])|algo (?:muito )?(?:estranho|inusitado|inesperado|incr[ií]vel|surpreendente|misterioso|curioso|bizarro|nunca visto)' +
      // Algo achado num lugar, ou dito de alguém, sem nome ("comprou um sofá usado e encontrou algo dentro").
      '|(?:encontrou|encontra|encontram|encontraram|achou|acha|acharam|descobriu|descobre|descobriram) algo (?:dentro|escondido|enterrado|sob|debaixo|atr[aá]s|em|no|na|nos|nas)(?![\\p{L}])|(?:disse|diz|postou|publicou|escreveu) algo (?:sobre|contra)(?![\\p{L}])',
    example: 'Mulher encontra algo inusitado no quintal de casa',
  },
  warningWithheld: {
    pattern: '(?:alerta|alertam|adverte|advertem|avisa|avisam) (?:sobre|para|contra) (?:(?:este|esta|estes|estas|esse|essa|esses|essas)(?= )|(?:o|a|os|as) (?:erro|erros|h[aá]bito|h[aá]bitos|alimento|alimentos|sinal|sinais|sintoma|sintomas) mais (?:comum|comuns|frequentes?|perigos[oa]s?)(?![\\p{L}]))|(?:cuidado|aten[cç][aã]o|alerta)[,!:]? se (?:voc[eê] |vc )?(?:tem|t[eê]m|usa|usam|compra|compram|bebe|come|guarda) (?:este|esta|estes|estas|esse|essa|esses|essas)(?= )',
    example: 'Dentistas alertam sobre este hábito antes de dormir',
  },
  crowdReaction: {
    pattern: '(?:revolta|revoltou|indigna|indignou|divide|dividiu|choca|chocou|irrita|irritou|enfurece|enfureceu) (?:a web|a internet|os internautas|as redes(?: sociais)?|os fãs|os seguidores|os funcionários|os clientes)',
    example: 'O final da novela que revoltou os fãs',
  },
  beliefCorrected: {
    pattern:
      '(?:mais|menos|pior|melhor) do que (?:voc[eê] )?(?:imagina|pensa|acha|imaginava|pensava)|n[aã]o [eé] o que (?:voc[eê] )?(?:pensa|imagina|parece)|n[aã]o (?:[eé]|s[aã]o|era) (?:o|a|os|as|quem) que (?:voc[eê] )?(?:pensa|imagina|acha|espera)|(?:voc[eê] )?(?:est[aá]|esteve|tem estado) (?:fazendo|usando|lavando|comendo|guardando|tomando|carregando) (?:[\\p{L}]+\\s+){0,3}?errado',
    example: 'Você está lavando o jeans errado',
  },
  questionHeadline: {
    pattern: '(?:por que|porque|o que|qual|quais|como|quanto|quantos|quanta|quantas|quem|onde|quando|voc[eê] sabe|voc[eê] conhece|vale a pena|[eé] seguro|d[aá] para)',
    example: 'Por que os gatos ronronam? https://t.co/x',
  },
  hypedStory: {
    pattern:
      '(?:a|o|as|os|essa|esse|esta|este|uma|um) (?:incr[ií]vel|emocionante|surpreendente|chocante|comovente|inusitad[oa]|impressionante|bizarr[oa]|curios[oa]|inacredit[aá]vel|hil[aá]ri[oa])s? (?:hist[oó]rias?|rea[cç][aã]o|resposta|imagem|v[ií]deo|foto|mensagem|gesto|momento|cena|transforma[cç][aã]o|descoberta|carta|motivo|raz[aã]o|truque)s?',
    example: 'A incrível história do cachorro que esperou o dono',
  },
  secretKept: {
    pattern: 'não (?:querem|quer) que (?:você|vc|voce|tu) (?:saiba|conheça|veja|descubra)',
    example: 'O truque que os bancos não querem que você saiba',
  },
  guessWho: { pattern: 'adivinh(?:a|e|em) (?:quem|o que|qual|onde|quanto)', example: 'Adivinha quem é essa famosa?' },
  oneThing: {
    pattern:
      '(?:esse|essa|este|esta|esses|essas|estes|estas) (?:simples|pequen[oa]s?|[uú]nic[oa]s?|estranh[oa]s?) (?:truque|h[aá]bito|frase|pergunta|erro|gesto|dica|regra|palavra|alimento|exerc[ií]cio|segredo|detalhe)s?' +
      // Um só hábito, com a sua estranheza e sem nome ("inclui um hábito surpreendente"), como o inglês "one surprising habit".
      '|(?:um|uma) (?:truque|h[aá]bito|gesto|ingrediente|alimento|segredo|detalhe|erro) (?:surpreendente|curios[oa]|estranh[oa]|inesperad[oa]|inusitad[oa]|secret[oa])' +
      // Um truque ou hábito simples, sem nome ("Um truque simples que pode baixar sua pressão").
      "|(?:um|uma) (?:simples|pequen[oa]|f[aá]cil|r[aá]pid[oa]) (?:truque|h[aá]bito|ingrediente|alimento|exerc[ií]cio|segredo|bebida|suplemento)(?![\\p{L}])|(?:um|uma) (?:truque|h[aá]bito|ingrediente|alimento|exerc[ií]cio|segredo|bebida|suplemento) (?:simples|f[aá]cil|r[aá]pid[oa])(?![\\p{L}])",
    example: 'Ele mudou a vida dela com essa única frase',
  },
  leadInWh: {
    pattern: '(?:olha|olhe|olhem|vejam|veja) (?:s[oó] |bem |s[oó] bem )(?:o que|como|quem|quanto|onde)(?! (?:voc[eê]s?|vc|tu|eu|n[oó]s)(?![\\p{L}]))|(?:aten[çc][ãa]o|repara|reparem|escuta|escutem|ou[çc]a|ou[çc]am) (?:para )?(?:ao que|no que|o que|como|quem|quanto|onde)(?! (?:voc[eê]s?|vc|tu|eu|n[oó]s)(?![\\p{L}]))',
    example: 'Atenção ao que o ministro disse sobre a aposentadoria',
  },
  whatHappensTo: {
    pattern: '(?:(?:isso|isto) (?:é )?|é )?o que (?:acontece|aconteceu|vai acontecer|ocorre|acontecerá) (?:com|ao|à|a|aos|às|no|na) (?:[\\p{L}]+\\s+){1,3}?(?:quando|se|depois de|ao|após)',
    example: 'Isso é o que acontece com seu corpo quando você para de comer açúcar',
  },
});

export const ptValue: ValueLexicon = {
  teaser: [
    {
      pattern: "(?:uma|um) (?:nova |novo |importante |grande )?(?:mudança|regra|lei|medida|exigência|obrigação) (?:importante |nova )?que (?:afeta|vai afetar|pode afetar|afetará) (?:milhões|milhares|todos|todas|quase todos|a maioria|quem|você|seu|sua)(?![\\p{L}])",
      why: 'Anuncia uma mudança ou uma regra por quem ela atinge ("uma mudança que afeta milhões de motoristas") e guarda qual é; o que vem depois dos dois-pontos diz.',
      example: "Atenção: Receita alerta para uma mudança que afeta milhões de contribuintes",
      answeredInClause: true,
    },
    {
      // O que alguém sem nome fez, disse ou encontrou ("a descoberta de um pescador", "a reação de uma avó").
      pattern: "(?:a|o) (?:descoberta|achado|reação|resposta|gesto|mensagem|confissão|surpresa|decisão) de (?:um|uma) (?:[\\p{L}]+ )?(?:pescador|pescadora|avó|avô|criança|menino|menina|mãe|pai|mulher|homem|jovem|vizinh[oa]|turista|motorista|garçom|garçonete|professor|professora|alun[oa]|estudante|médic[oa]|enfermeir[oa]|agricultor|agricultora|bombeiro|taxista|cachorro|cão|gat[oa]|casal|noiv[oa]|torcedor|torcedora|passageir[oa]|comissária|cliente|entregador|entregadora|idos[oa]|aposentad[oa])(?![\\p{L}])",
      why: 'Conta que alguém sem nome encontrou, disse ou fez algo ("a descoberta de um pescador") e guarda o quê; o que vem depois dos dois-pontos diz.',
      example: '"Nunca tinha visto nada assim": a descoberta de um pescador no litoral de Santos',
    },
    {
      pattern: "(?:os |as )?(?:fãs|seguidores|internautas|usuários|clientes) (?:est[aã]o |ficam |ficaram )?(?:(?:muito|super|totalmente) )?(?:divididos|divididas|revoltados|revoltadas|furiosos|furiosas|chocados|chocadas|indignados|indignadas|irritados|irritadas) (?:com|por|após|diante)(?![\\p{L}])",
      why: 'O público dividido ou revoltado com algo ("Fãs ficam divididos com o novo visual de…") sem dizer o quê; um número depois diz.',
      example: "Fãs ficam divididos com o novo visual de Anitta",
      answeredByAmount: true,
    },
    {
      // O sujeito nomeado só por uma descrição ("Um famoso ator", "Uma cantora conhecida"): quem é fica atrás do link.
      pattern: "(?:um|uma) (?:(?:famos[oa]|conhecid[oa]|popular|renomad[oa]|querid[oa]) (?:[\\p{L}-]+ )?(?:ator|atriz|cantor|cantora|jogador|jogadora|apresentador|apresentadora|marca|rede|loja|restaurante|empresa|influenciador|influenciadora|youtuber|chef|modelo|atleta|piloto|jornalista|humorista|rapper|banda)|(?:ator|atriz|cantor|cantora|jogador|jogadora|apresentador|apresentadora|marca|rede|empresa|influenciador|influenciadora|chef|modelo|atleta|piloto|jornalista|humorista|rapper) (?:[\\p{L}-]+ )?(?:famos[oa]|conhecid[oa]|popular|renomad[oa]))(?![\\p{L}])(?!(?:\\s+[\\p{L}\\p{N}'’.-]+){0,3}\\s*,\\s*[^,.!?:\\n]{2,40},)",
      why: 'Nomeia o sujeito só por uma descrição ("Um famoso ator", "Uma cantora conhecida") e guarda quem é; um nome depois diz.',
      example: 'Uma cantora famosa anuncia aposentadoria e fãs não acreditam',
      atStart: true,
      answeredByAmount: true,
    },
    {
      pattern: "(?:confirmado|confirmada|(?:agora )?[eé] oficial|oficial)(?=[\\s.!…]*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D][\\s.!…]*)*(?:https?:|www\\.|$))",
      why: 'Um rótulo sozinho ("Confirmado 👀", "É oficial!") antes de um link: o que foi confirmado fica atrás dele; "Confirmado: o governo prorroga…" diz.',
      example: "Confirmado 👀 https://t.co/x",
      atStart: true,
    },
    {
      // The crowd as the subject, going wild ("las redes enloquecen", "fans go wild") over something the post does not
      // say; a count or an amount in the sentence (the goal in minute 95) tells what they reacted to.
      pattern: "(?:as redes|a internet|a web|os internautas|os fãs) (?:enlouquece|enlouquecem|enlouqueceram|explode|explodem|explodiu|vai à loucura|vão à loucura|pira|piram|piraram)",
      why: WHY.reactionUntold,
      example: "Anitta surpreende fãs com novo visual e a web enlouquece",
      answeredByAmount: true,
    },
    {
      pattern: '(?:(?:finalmente|enfim|j[aá]) (?:descobrem|descobriu|descobriram|desvendam|desvendaram|sabem)|(?:descobrem|descobriram|sabem) finalmente|resolvem o mist[eé]rio de|resolveram o mist[eé]rio de) (?:por que|porque|como|o que)(?![\\p{L}])',
      why: WHY.knowledgePromised,
      example: 'Cientistas finalmente descobrem por que bocejamos',
    },
    {
      pattern: '(?:far[aá]|faz|fez|anuncia|anunciou|prepara|planeja|tomar[aá]|tomou|toma) (?:um|uma) (?:grande|importante|enorme|dr[aá]stic[oa]|radical|surpreendente|pol[eê]mic[oa]|inesperad[oa]) (?:mudan[cç]a|an[uú]ncio|decis[aã]o)(?![\\p{L}])',
      why: WHY.changeUntold,
      example: 'McDonald’s fará uma grande mudança no cardápio',
      answeredInClause: true,
    },
    {
      pattern: '(?:ningu[eé]m|voc[eê] n[aã]o) est[aá] (?:preparad[oa]|pront[oa]) para (?:o que|isso|isto|est[ae]s?|como)(?![\\p{L}])',
      why: WHY.surpriseWithheld,
      example: 'Ninguém está preparado para o que acontece no episódio desta semana',
      atStart: true,
    },
    {
      // Uma coisa definida só pela surpresa que causou ("o momento que ninguém esperava na final do BBB"): onde
      // aconteceu é o cenário, não o que aconteceu.
      pattern: '(?:o|a|os|as) (?:[\\p{L}]+ )?(?:momento|reviravolta|rea[cç][aã]o|resposta|gesto|convidad[oa]|surpresa|presente|mensagem|final|cena|beijo|desfecho|resultado|pergunta|detalhe|contrata[cç][aã]o|transfer[eê]ncia|decis[aã]o|an[uú]ncio|acordo|troca|separa[cç][aã]o) que (?:quase )?ningu[eé]m (?:esperava|previa|imaginava|viu chegando|viu chegar|podia imaginar)(?![\\p{L}])',
      why: WHY.surpriseDefined,
      example: 'O momento que ninguém esperava na final do BBB',
      atStart: true,
      answeredByAmount: true,
      shown: true,
    },
    {
      // Um superlativo leva seu âmbito na frase ("a melhor cidade do Brasil", "a cidade mais barata da Europa"): o lugar
      // dentro do qual se ordena não diz qual é.
      pattern:
        '(?:esta|essa|este|esse) (?:[eé]|foi|ser[aá]|seria) (?:a|o) (?:[\\p{L}]+\\s+){0,2}?(?:mais|menos|melhor|pior|maior)(?:(?: [\\p{L}\\p{N}-]+){0,2}? (?:de|do|da|dos|das|em|no|na) (?!(?:mim|meu|minha|meus|minhas|nosso|nossa|nossos|nossas|seu|sua|tua|teu)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: (?!https?:|www\\.)(?!(?:meu|minha|nosso|nossa)(?![\\p{L}]))[\\p{L}\\p{N}.-]+)?)?',
      why: 'A demonstrative with a superlative ("this is the best city in Europe…") ranks what a headline keeps behind the click; the place it ranks within is part of the phrase, not the answer, and someone exclaiming over what they share shows it.',
      example: 'Esta é a melhor cidade do Brasil para morar, segundo a Exame',
      atStart: true,
      namedAnswers: true,
      shown: true,
    },
    {
      pattern: 'diz tudo(?=\\s*(?:[.!…👀😂😭🤣]|$|https?:))|fala por si(?: s[oó])?(?=\\s*(?:[.!…👀😂😭🤣]|$|https?:))',
      why: 'Uma reação ou uma foto que "diz tudo" não diz nada: fica tudo atrás do link.',
      example: 'A reação da Anitta ao ver o ex no show diz tudo 👀',
    },
    {
      pattern: '(?:pol[eê]mica|revolta|indigna[cç][aã]o|repercuss[aã]o) (?:por|ap[oó]s|com) o que (?:ele |ela |eles |elas |esse [\\p{L}]+ |essa [\\p{L}]+ )?(?:disse|fez|postou|publicou|escreveu)',
      why: 'A polêmica pelo que alguém disse, sem dizer o quê.',
      example: 'Polêmica após o que esse apresentador disse ao vivo',
    },
    {
      pattern: '(?:aten[cç][aã]o|cuidado) (?:a |com )?(?:essa|esta|este|esse|essas|estas) (?:mudan[cç]as?|regras?|multas?|novidades?|erros?|detalhes?)(?![\\p{L}])',
      why: 'Aponta para "essa mudança" sem dizer qual.',
      example: 'Atenção a essa mudança que afeta todos os motoristas a partir de segunda',
    },
    {
      pattern: "(?:o|os) (?:erro|erros) (?:mais comu(?:m|ns) )?que (?:voc[eê] comete|voc[eê]s cometem|todo mundo comete|cometemos|muita gente comete|quase todos cometem)",
      why: 'Nomeia um erro do leitor e guarda qual é ("o erro que você comete ao escovar os dentes").',
      example: "O erro que você comete ao escovar os dentes",
      atStart: true,
    },
    {
      pattern: "o que (?:se esconde|h[aá]|existe) por tr[aá]s (?:d[aoe]s?|dest[ae]s?|dess[ae]s?)",
      why: 'Promete o que há por trás de algo e o guarda ("o que se esconde por trás do sorriso").',
      example: "O que se esconde por trás do sorriso da Mona Lisa",
      atStart: true,
    },
    {
      pattern: '(?:h[aá]|existe|tem) (?:uma (?:forma|maneira)|um (?:jeito|truque|m[eé]todo))(?: (?:simples|f[aá]cil|r[aá]pid[oa]|legal|secret[oa]|pouco conhecid[oa]))? (?:de|para|pra)(?![\\p{L}])',
      why: 'Diz que existe um jeito ou um truque e o guarda ("existe um jeito de pagar menos na conta de luz"); o jeito depois dos dois-pontos o diz.',
      example: 'Você sabia que existe um jeito de pagar menos na conta de luz sem trocar de empresa?',
    },
    {
      pattern: '(?:h[aá]|tem) (?:um|uma) (?:bom |boa |simples |curios[oa] )?(?:motivo|raz[aã]o|explica[cç][aã]o)(?: (?:cient[ií]fica|curiosa))? (?:para|pel[oa] qual|por tr[aá]s)(?![\\p{L}])',
      why: 'Diz que há um motivo e o guarda ("há um motivo para os táxis serem rosa"); o motivo depois de dois-pontos o diz.',
      example: 'Há um motivo para os táxis da Cidade do México serem rosa',
    },
    {
      pattern: "(?:a|o) (?:frase|coment[aá]rio|declara[cç][aã]o|pergunta|gesto|foto|v[ií]deo|resposta|piada) (?:[\\p{L}'’]+ ){0,3}?que (?:gerou|causou|provocou|desencadeou|acendeu) (?:a |uma )?(?:pol[eê]mica|revolta|indigna[cç][aã]o|debate|pol[eê]mica)",
      why: 'Nomeia a frase ou a foto só pela polêmica que causou e guarda o que era, como "La frase de … que desató la polémica".',
      example: "A frase do prefeito que gerou polêmica nas redes",
      atStart: true,
    },
    {
      // Alguém apresentado só por uma descrição ("Conheça a idosa de 90 anos que bomba no TikTok"), como "Meet the…"
      // e "Conoce a la abuela que…"; um nome depois de "conheça" diz quem é.
      pattern: `(?:conhe[cç]a|conhe[cç]am) (?:a|o|as|os|esta|este|essa|esse) (?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:${WHO}|idos[oa]s?|senhora|senhor|médic[oa]|cientista|brasileir[oa]|cidade|vila) (?:que|de|do|da)(?![\\p{L}])`,
      why: WHY.findOutElsewhere,
      example: 'Conheça a idosa de 90 anos que faz sucesso no TikTok',
      atStart: true,
    },
    {
      pattern: '(?:tudo )?o que (?:sabemos|se sabe)(?: (?:at[eé] agora|at[eé] o momento|por enquanto))? (?:de|sobre|do|da|dos|das)',
      why: 'Promete o que se sabe ("o que se sabe sobre o apagão") e não traz nada, como "lo que se sabe de".',
      example: 'O que se sabe até agora sobre o incidente no metrô',
      atStart: true,
    },
    {
      pattern: "(?:leia|leiam|l[eê]|veja|vejam|assista|assistam) (?:isto|isso|este|esta|esse|essa) antes de",
      why: WHY.mustSee,
      example: 'Leia isto antes de reservar seu próximo voo',
      atStart: true,
      forward: true,
    },
    {
      pattern: "(?:arrasta|arraste|arrastem|desliza|deslize) (?:pro lado |para o lado |pra o lado )?(?:pra|para) (?:ver|saber|descobrir|ler|conhecer)",
      why: "A legenda de um carrossel que manda para as imagens (\"Arrasta pro lado pra ver os 5 erros\"): o prometido está em imagens que o post não diz.",
      example: "Arrasta pro lado pra ver os 5 erros que acabam com seu currículo",
      forward: true,
    },
    {
      // "Como" is also "as" ("Como mulher, eu…", "Como qualquer pai…"): only before a verb, never those words.
      pattern: 'como (?!(?:mulher|qualquer|colher|lugar|familiar|popular|particular|similar|militar|sempre|ajudar|doar|apoiar)(?![\\p{L}]))[\\p{L}]{2,}(?:ar|er|ir)(?![\\p{L}])',
      why: 'A how-to title ("Como" and a verb) with none of the how in the post, as the English "How to…".',
      example: 'Como economizar 500 reais por ano no supermercado https://t.co/x',
      atStart: true,
      answeredByMeans: true,
    },
    {
      pattern: `(?:veja|confira|descubra|saiba|entenda|assista|olha|olhe) (?:${WH}|os|as|o|a|fotos|imagens|v[ií]deo|tudo)`,
      why: 'Sends the reader off to find out what the post could have said ("Veja o que...").',
      example: 'Veja o que aconteceu com o ator',
      atStart: true,
    },
    {
      pattern: '(?:você|voce|vc|vocês) (?:não|nao|n) (?:vai|vão|vai nem) acreditar',
      why: WHY.surpriseWithheld,
      example: 'Você não vai acreditar no que ela fez',
    },
    {
      // Um preço ou uma pessoa que "você nem imagina"; "você não imagina como estou feliz" diz um sentimento.
      pattern: '(?:você|voce|vc|vocês) (?:nem|não|nao) (?:imagina|imaginam) (?:quanto (?:custa|custam|ganha|ganham|cobra|cobram|vale|valem) (?:um|uma|o|a|os|as|este|esta|esse|essa)(?![\\p{L}])|quem (?:[eé]|era|apareceu))',
      why: WHY.surpriseWithheld,
      example: 'Você nem imagina quanto custa um apartamento neste bairro de São Paulo',
    },
    {
      pattern: '(?:você|voce|vc) (?:precisa|tem que|deveria|deve) (?:ver|saber|conhecer|ler|assistir)(?= (?:isso|isto|este|esta|estes|estas|como|o que|por que)|\\s*[.!]*$)',
      why: WHY.mustSee,
      example: 'Você precisa ver isso',
    },
    {
      pattern: '(?:(?:veja|vejam|olha|olhem|olhe) como (?:(?:ele|ela|eles|elas) )?(?:ficou|ficaram|est[aá]|est[aã]o)|assim (?:ficou|ficaram))(?: (?:hoje|agora|atualmente|hoje em dia))?(?=\\s*(?:[.!…👇👀📸]|$|https?:|www\\.))',
      why: 'Como alguém ou algo está hoje, guardado para o clique ("Lembra do menino de Esqueceram de Mim? Veja como ele está hoje"); depois do que o autor mesmo fez, é a legenda da foto (appearance).',
      example: 'Finalmente terminamos a casa na árvore. Olha como ficou!',
      atStart: true,
      forward: true,
      appearance: true,
    },
    {
      pattern: 'e (?:veja|vejam|olha|olhem) (?:s[oó] )?o que (?:(?:ele|ela|eles|elas) )?[\\p{L}]+(?: (?:depois|em seguida))?(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))',
      why: 'O desfecho de uma história, guardado no fim, seja o que for que a pessoa fez ("Homem encontra cobra no carro e veja o que ele fez").',
      example: 'Homem encontra cobra no carro e veja o que ele fez',
      forward: true,
    },
    {
      pattern: '(?:voc[eê] )?sabia que (?:este|esta|estes|estas|esse|essa|esses|essas) ',
      why: 'Uma pergunta que esconde o assunto atrás de “este”: o post nunca diz qual alimento (“Você sabia que este alimento pode prejudicar seu fígado?”).',
      example: 'Você sabia que este alimento pode prejudicar seu fígado?',
      question: true,
      shown: true,
    },
    {
      pattern: 'e (?:(?:isso|isto) (?:é o que|foi o que) aconteceu|(?:foi|é) isso (?:o )?que aconteceu|olha (?:s[oó] )?o que aconteceu|veja o que aconteceu|(?:esse|este|aqui) (?:é|est[aá]|vai) o (?:nosso|meu) (?:veredito|veredicto|ranking))(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))',
      why: 'The payoff of a story, withheld at its end ("Fizemos balé por cinco semanas e isso é o que aconteceu").',
      example: 'Fizemos balé por cinco semanas e isso é o que aconteceu',
      forward: true,
    },
    {
      pattern: 'o que (?:aconteceu|acontece|rolou|houve) (?:depois|quando|em seguida|a seguir)',
      why: WHY.outcomePromised,
      example: 'O que aconteceu depois é inacreditável',
    },
    {
      pattern: 'assim (?:reagiu|reagiram|foi|é|ficou|ficaram|está|estão|respondeu|responderam|vive|vivem|era|eram|fica)',
      why: 'Cataphoric "assim" at the start points at a scene the post does not show.',
      example: 'Assim reagiu a torcida ao gol',
      atStart: true,
    },
    {
      pattern: '(?:isso|isto) (?:é o que|acontece|aconteceu)|(?:é|foi) (?:isso|assim) que acontece',
      why: WHY.forwardReference,
      example: 'Isso é o que acontece quando você dorme pouco',
      atStart: true,
    },
    {
      pattern: '(?:esta|essa|este|esse) é (?:a|o) (?:razão|motivo|segredo|verdade|foto|vídeo|momento|reação|resposta)',
      why: 'Names that a reason exists and withholds it.',
      example: 'Esse é o motivo de tanto sucesso',
      atStart: true,
    },
    {
      pattern: '(?:a|o) (?:razão|motivo|segredo|verdade|resposta|final) (?:vai|vão|irá) (?:te |lhe )?(?:surpreender|chocar|emocionar)|vai te (?:surpreender|emocionar|fazer chorar|fazer rir|deixar|chocar)',
      why: WHY.effectPromised,
      example: 'O final vai te surpreender',
    },
    {
      pattern: `(?:(?:os|as) )?${NUMBER} (?:[\\p{L}]+\\s+)?${LIST_NOUN} (?:que|para|sobre|de|em que|do|da|dos|das|incríveis|inacreditáveis)`,
      why: WHY.listicle,
      example: '17 coisas que você não sabia sobre preguiças',
      atStart: true,
    },
    {
      pattern: '(?:reage|reagiu|reagem|reagiram) (?:a|ao|à|às|aos|assim)',
      why: WHY.reactionUntold,
      example: 'Cantora reage a críticas de fãs',
    },
    {
      pattern: 'tudo o que (?:você|voce|vc) precisa saber|o que (?:você|voce|vc) (?:precisa|deve) saber|(?:coisas|o) que (?:você|voce|vc) (?:não|nao) sabia',
      why: WHY.knowledgePromised,
      example: 'Tudo o que você precisa saber sobre o eclipse',
    },
    {
      pattern: `(?:você|voce|vc) sabe ${WH}|sabe ${WH}`,
      why: WHY.questionBehindClick,
      example: 'Você sabe o que significa esse emoji?',
      atStart: true,
    },
    {
      pattern: '(?:você|voce|vc) sabia que',
      why: WHY.factMustFollow,
      example: 'Você sabia que…?',
      answeredInClause: true,
    },
    ...COMPOSED,
  ],
  sympathy: [
    { pattern: '(?:meus|nossos) (?:sinceros )?pêsames|(?:meus|nossos) (?:sinceros )?sentimentos|(?:minhas|nossas) (?:sinceras )?condolências', why: WHY.condolences, example: 'Meus pêsames à família' },
    { pattern: '(?:orando|rezando|orações|oremos|rezemos|oro|rezo|orem|rezem) (?:por|pela|pelo|pelas|pelos)', why: WHY.prayer, example: 'Orando pelo Rio Grande do Sul' },
    { pattern: '(?:descanse|descansem) em paz|rip', why: WHY.farewell, example: 'Descanse em paz' },
    { pattern: '(?:muita )?força (?:a|às|aos|para)|(?:meu|nosso) coração (?:está )?com|(?:todo o meu|todo nosso|todo o nosso) apoio|(?:toda a |toda )?(?:minha |nossa )?solidariedade (?:a|às|aos|com)|(?:mando|mandamos|envio|enviamos) (?:muito |todo o meu )?(?:amor|força|carinho|apoio)', why: WHY.warmthOnly, example: 'Muita força para as famílias' },
    { pattern: '(?:meus|nossos) pensamentos (?:e orações )?(?:estão )?(?:com|para)|(?:minhas|nossas) orações (?:estão )?(?:com|para)', why: WHY.sympathyOnly, example: 'Nossos pensamentos estão com as vítimas' },
    { pattern: '(?:fiquem|fique) (?:bem|seguros|em segurança|em casa e seguros)|se cuidem', why: WHY.emptyWish, example: 'Fiquem bem' },
    { pattern: 'deus (?:(?:te|os|as|vos|nos|lhe|lhes) )?(?:abençoe|proteja|guarde|ajude)(?! (?:esta|este|estes|estas|nossa|nosso|minha|meu) (?:comida|mesa|casa|lar|dia|refeição|almoço|jantar|colheita)(?![\\p{L}]))|deus esteja com(?! (?:esta|este|estes|estas|nossa|nosso|minha|meu) (?:comida|mesa|casa|lar|dia|refeição|almoço|jantar|colheita)(?![\\p{L}]))', why: 'Uma bênção sem informação: a blessing with nothing told.', example: 'Que Deus abençoe as famílias' },
    { pattern: '(?:que|quanta|muita) tristeza|(?:muito |tão |que )?(?:triste|terrível|horrível|trágico) (?:saber|ver|ler|notícia)|(?:meu )?coração (?:partido|apertado|dói)|(?:me )?parte o coração', why: 'Feeling about the news, with none of the news.', example: 'Que tristeza ver isso' },
    { pattern: '(?:espero|esperamos|tomara) que (?:todos|todo mundo|toda a gente|minha família|meus amigos)(?: [\\p{L}]+){0,3}? (?:estejam|esteja|fiquem) (?:bem|seguros|a salvo)', why: WHY.emptyWish, example: 'Espero que todos estejam bem' },
  ],
  warmth: [
    { pattern: '(?:meu|o) canal (?:favorito|preferido)|(?:meu|minha) (?:youtuber|criador|criadora) (?:favorit[oa]|preferid[oa])|o melhor canal (?:do|de) (?:youtube|culin[aá]ria|m[uú]sica|tecnologia)', why: WHY.praiseOfTheirWork, example: 'Esse é o melhor canal do YouTube, sério' },
    { pattern: 'que (?:hist[oó]ria|lembran[cç]a|texto|mem[oó]ria) (?:mais )?(?:lind[oa]|bonit[oa]|emocionante)', why: WHY.praiseOfTheirWords, example: 'Que história linda da sua avó' },
    { pattern: 'que (?:lindo|linda|bonito|bonita|emocionante|fofo|fofa) (?:o que (?:voc[eê] (?:conta|contou|escreveu)|tu contas)|(?:essa |esta )?(?:hist[oó]ria|lembran[cç]a|texto|mem[oó]ria))', why: WHY.praiseOfTheirWords, example: 'Que lindo o que você conta da sua avó' },
    { pattern: 'parabéns|parabens|felicidades', why: WHY.congratulations, example: 'Parabéns!!' },
    { pattern: 'bem[- ]vind[oa]s? (?:ao time|à equipe|a equipe|a bordo|ao grupo|ao laborat[oó]rio)', why: 'A welcome to someone joining the team: warmth to that person, not an announcement of the author\'s.', example: 'Bem-vinda ao time, Ana!' },
    { pattern: 'feliz aniversário|feliz aniversario|boa sorte|melhoras|estimo melhoras|sucesso!|merecido', why: WHY.wish, example: 'Boa sorte amanhã!' },
    { pattern: '(?:sinto muito|sinto tanto)|orgulho de (?:você|voce|vc)', why: WHY.sympathyInReply, example: 'Sinto muito pela sua perda' },
    { pattern: '(?:estamos|estou|to|tô|t[oô]) torcendo por (?:voc[eê]s?|vc|ti)|pensando em (?:voc[eê]s?|vc|ti)|(?:estamos|estou) (?:aqui )?(?:com|contigo|por) (?:voc[eê]s?|vc)|(?:estamos|estou) contigo', why: WHY.supportInReply, example: 'Força, Carla! Estamos torcendo por você' },
    { pattern: '(?:muito )?obrigad[oa]|valeu', why: WHY.thanksInReply, example: 'Muito obrigada!' },
    // Thanks typed short, as in English "thx", "ty": "vlw" (valeu), "obg"/"obgd" (obrigado), "brigado".
    { pattern: 'vlw|obg|obgd[oa]?|brigad[oa]', why: WHY.thanksInReply, example: 'vlw, ajudou demais!' },
    { pattern: '(?:um )?abraço(?: forte)?|abraços|beijos', why: WHY.warmthInReply, example: 'Um abraço forte' },
  ],
  report: [
    { pattern: "entra(?:m|r[aá]|r[aã]o)? em vigor|entrou em vigor|(?:ser[aá]|ser[aã]o|passa a ser|passam a ser) (?:obrigat[oó]ri[oa]s?|proibid[oa]s?|ilegal|ilegais)|fica(?:m|r[aá]|r[aã]o)? proibid[oa]s?", why: 'A rule that takes effect or becomes binding ("takes effect on July 1", "entra en vigor", "será obligatoria"): what changes, and for whom, is the news.', example: "A partir de 1º de julho a vistoria das motos será obrigatória a cada dois anos" },
    { pattern: 'alerta de (?:golpe|fraude|phishing)|cuidado com (?:o )?golpe|(?:aviso|alerta) de recolhimento|recall(?: ?:|!)|(?:estamos recolhendo|recolhemos) (?:o|a|os|as|nosso|nossa)', why: 'A warning of a scam or a recall: what to avoid and what to do, a notice for the reader.', example: 'Alerta de golpe: não pedimos PIX pelo WhatsApp' },
    { pattern: '(?:diz|dizem|disse|informa|informou|confirma|confirmou|anuncia|anunciou|alerta|segundo|de acordo com) ', why: WHY.source, example: 'Segundo a Defesa Civil, há dois feridos' },
    { pattern: '(?:polícia|bombeiros|defesa civil|prefeitura|governo|ministério|autoridades)', why: WHY.authority, example: 'Os bombeiros pedem para evitar a área' },
    { pattern: '(?:urgente|atualização|alerta|aviso|atenção):', why: WHY.newsLabel, example: 'Aviso: a estrada está interditada' },
    { pattern: '(?:envia|enviou|expressa|expressou|manifesta|manifestou|presta|prestou) (?:suas )?(?:condolências|pêsames|solidariedade)', why: WHY.reportedSympathy, example: 'O governador manifesta solidariedade às famílias' },
    { pattern: '(?:disse|declarou|afirmou) (?:à imprensa|aos jornalistas)|porta-voz|(?:em |segundo )?comunicado', why: WHY.pressSource, example: 'O porta-voz dos bombeiros disse à imprensa que o fogo está controlado' },
  ],
  happened: [
    { pattern: '(?:morre|morrem|morreu|morreram|falece|falecem|faleceu|faleceram|perde a vida|perdeu a vida|perderam a vida)', why: WHY.whatHappened, example: 'Morre bombeiro em incêndio numa fábrica em Rosário' },
    // An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.
    { pattern: "(?:declara|declarou|decreta|decretou) (?:[\\p{L}-]+ ){1,9}?(?:a |uma |o )?(?:emerg[eê]ncia|pandemia|calamidade|estado de (?:emerg[eê]ncia|calamidade|s[ií]tio))", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "A OMS declarou o surto de mpox uma emergência de saúde pública" },
    { pattern: "(?:alerta|adverte|avisa) (?:os |as )?(?:consumidores|usu[aá]rios|moradores|residentes|pais|motoristas|viajantes|pacientes|a popula[cç][aã]o) (?:a n[aã]o|para|sobre|que|de)(?![\\p{L}])", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Anvisa alerta consumidores para não comerem esses vegetais congelados" },
    { pattern: "(?:vai|ir[aá]) deixar de (?:vender|fabricar|produzir|oferecer)|deixar[aá] de (?:vender|fabricar|produzir|oferecer)|suspende a venda", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Apple vai deixar de vender o iPhone SE na UE" },
    { pattern: "(?:(?:um|o|uma|a|novo) )?(?:estudo|pesquisa|levantamento|relat[oó]rio) (?:[\\p{L}\\p{N}.,'’-]+ ){0,8}?(?:associa|relaciona|liga|vincula|conclui que|mostra que|revela que|aponta que|confirma que)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Estudo da USP com 3.400 crianças associa mais de duas horas de tela a notas piores" },
    { pattern: '(?:fechad[oa]s?|interditad[oa]s?|abert[oa]s?|cancelad[oa]s?|adiad[oa]s?|suspens[oa]s?|evacuad[oa]s?|alagad[oa]s?|sem luz)', why: WHY.changeOfState, example: 'A linha 3 está interditada até as 18h' },
    { pattern: '(?:não há|não tem|sem|continua sem|seguimos sem) (?:aulas?|escola|água|água potável|energia|eletricidade|gás|internet|sinal|trens|ônibus|voos|correio)(?![\\p{L}])|falta de (?:luz|energia|água)', why: WHY.outage, example: 'Amanhã não há aulas e o bairro continua sem água' },
    { pattern: '(?:matando|ferindo)(?! (?:a gente|me)(?![\\p{L}]))|deixando (?:pelo menos |mais de )?(?:\\d[\\d.]*|dezenas de|centenas de|milhares de) (?:mortos|feridos|desabrigados)|descarrilou|(?:desabou|explodiu|naufragou|entrou em erupção)(?![\\p{L}])', why: WHY.eventVerb, example: 'Um trem descarrilou perto da estação, matando quatro pessoas' },
    { pattern: '(?:mortos|feridos|desaparecidos|resgatados|presos)', why: WHY.whatHappened, example: 'Dois feridos no incêndio' },
    { pattern: '(?:atingid[oa]s?|afetad[oa]s?|devastad[oa]s?) (?:por|pel[oa]s?)|(?:se )?espalha|restabelecid[oa]s?|precisa(?:m)? (?:de )?(?:ajuda|resgate|água|comida|voluntários|doações)', why: WHY.eventCourse, example: 'A Guatemala foi atingida por um forte terremoto' },
    { pattern: '(?:número|balanço) de (?:mortos|vítimas)|(?:casas|imóveis|prédios) (?:destruíd[oa]s|queimad[oa]s|alagad[oa]s|danificad[oa]s)|hectares (?:queimados|devastados)|tocou o solo', why: WHY.damageToll, example: 'O número de mortos sobe para 12, com 40 casas destruídas' },
    { pattern: '(?:sobe|sobem|subiu|aumenta|aumentou|cai|caem|caiu|dobra|dobrou|amplia|ampliou|prorroga|prorrogou|reduz|reduziu|corta|cortou|fecha|fechou|atinge|atingiu|eleva|elevou) (?:[\\p{L}\'’-]+ ){0,6}?(?:a|em|até|para|de|ao|no|na)(?: (?:o|a|os|as|um|uma))? (?:R\\$|US\\$|[$€£])? ?\\d[\\d.,]*(?!:\\d)', why: 'A figure changed: a price, limit, rate or deadline raised, cut, extended or closing at a number ("raises its standard plan to $10.99", "amplía hasta el 30 de abril el plazo") is the news itself, not a teaser\'s count.', example: 'A Netflix aumenta o plano padrão para R$ 44,90 por mês' },
  ],
  event: [
    { pattern: 'incêndios?(?: florestal| florestais)?|queimadas?|bombeiros', why: WHY.eventNamed, example: 'O incêndio florestal avança para a vila' },
    { pattern: 'enchentes?|inundaç(?:ão|ões)|alagamentos?|cheias?|terremotos?|sismos?|tremores? de terra|tsunamis?|deslizamentos?|erupç(?:ão|ões)|meteoritos?', why: WHY.eventNamed, example: 'As enchentes cortam a estrada do rio' },
    { pattern: 'tempestades?|furacões|furacão|tufões|tufão|ciclones?|tornados?|ondas? de calor', why: WHY.eventNamed, example: 'O tufão chega à costa esta noite' },
    { pattern: 'explosões|explosão|tiroteios?|atentados?|desabamentos?|descarrilamentos?|acidentes? (?:de|do) (?:trem|comboio|avião|ônibus|helicóptero)', why: WHY.eventNamed, example: 'Explosão na fábrica química' },
  ],
  volunteerCall: [
    { pattern: '(?:precisa|precisam|precisamos|procura|procuram|procuramos) (?:de )?(?:\\d+ |alguns |algumas |mais )?(?:voluntári[oa]s|voluntari[oa]s)', why: WHY.volunteerCall, example: 'Nosso banco de alimentos precisa de 10 voluntários neste sábado' },
    { pattern: '(?:precisa-se de|procuram-se) (?:\\d+ )?voluntári[oa]s|voluntári[oa]s (?:são )?(?:necessári[oa]s|bem-vind[oa]s)', why: WHY.volunteerCall, example: 'Procuram-se voluntários para o mutirão de domingo' },
  ],
  relief: [
    { pattern: '(?:doe|doar|doações) (?:para|à|a) (?:a )?(?:cruz vermelha|unicef|defesa civil)', why: WHY.donateTo, example: 'Doe para a Cruz Vermelha' },
    { pattern: '(?:envie|mande) (?:um )?(?:sms|mensagem) (?:com \\p{L}+ )?(?:para|ao) \\d{3,6}', why: WHY.textToGive, example: 'Envie um SMS com AJUDA para 20222' },
    { pattern: '(?:abrigos?|pontos? de coleta|postos? de arrecadação) (?:está |estão )?(?:abertos? )?(?:em|no|na)', why: WHY.shelterOpen, example: 'Ponto de coleta no ginásio municipal' },
    { pattern: '(?:precisa-se de|procuram-se|precisamos de) voluntários|voluntários (?:são )?(?:necessários|bem-vindos)', why: WHY.volunteersNeeded, example: 'Precisamos de voluntários no abrigo' },
    { pattern: 'como ajudar (?:as |os )?(?:vítimas|desabrigados|atingidos)', why: WHY.howToHelp, example: 'Como ajudar as vítimas das enchentes' },
  ],
  newsSource: [
    { pattern: 'para (?:as )?(?:últimas )?(?:notícias|informações|atualizações) (?:sobre|da|do|de)', why: WHY.followNews, example: 'Siga @defesacivil para as últimas informações sobre as enchentes' },
  ],
  petition: [
    { pattern: 'assin(?:e|em) (?:já|aqui|hoje|a petição)|petição', why: WHY.petitionAsk, example: 'Parem a mina perto do rio. Assine já' },
  ],
  audience: [
    { pattern: 'se (?:voc[eê]s?|tu)', why: WHY.ifYou, example: 'Se você usa Linux no notebook: instale o TLP e a bateria dura 2 horas a mais' },
    { pattern: 'quem (?:tiver|quiser|precisar|puder|estiver|morar|for)', why: WHY.forThoseWho, example: 'Quem tiver cobertor sobrando, o abrigo da Rua XV está recebendo doações até sexta' },
    { pattern: '(?:pra|para) (?:quem|os que|as que|todos que|todo mundo que)', why: WHY.forThoseWho, example: 'Pra quem tem horta em casa: corte o manjericão sempre acima de um par de folhas' },
  ],
  notice: [
    { pattern: 'abert[oa]s? (?:até|das|de|a partir das) \\d[\\d:.]*(?:am|pm|h|hs)?|abre (?:às|as|a partir das) \\d[\\d:.]*(?:am|pm|h|hs)?|abrimos (?:às|as|aos|no|de) (?:\\d[\\d:.]*(?:am|pm|h|hs)?|domingos?|sábados?|segundas?)|abert[oa]s? (?:aos|aos domingos|todos os dias)|(?:novo|nosso) horário|horário (?:de (?:funcionamento|verão|inverno|natal)|especial)', why: WHY.openingHours, example: 'A partir de segunda, a padaria abre às 6h!' },
    { pattern: 'férias coletivas|fechad[oa]s? (?:para|por|de|no|nos|até) (?:férias|feriado|reforma|\\d[\\d:.]*(?:am|pm|h|hs)?|segunda|terça|quarta|quinta|sexta|sábado|domingo)|(?:fechamos|não abrimos) (?:no|nos|de|para|por) (?:\\d[\\d:.]*(?:am|pm|h|hs)?|feriado|férias|segunda|terça|quarta|quinta|sexta|sábado|domingo)', why: WHY.closure, example: 'Fechado para férias coletivas de 20/12 a 05/01' },
    { pattern: '(?:fecha|fecham|fechar[aá]|fechar[aã]o|(?:est[aá]|est[aã]o|estar[aá]|estar[aã]o|fica|ficam|ficar[aá]|ficar[aã]o|permanece|permanecer[aá]) fechad[oa]s?)(?: [\\p{L}\\d]+){0,3}? (?:para|por) (?:limpeza|manuten[cç][aã]o|obras|reforma|reparos|invent[aá]rio|treinamento|um evento privado)', why: WHY.closure, example: 'A piscina municipal fecha na segunda para limpeza' },
  ],
  fundsFor: [
    // Money raised for someone's named need (a wheelchair, an operation, a funeral), not the author's own.
    { pattern: 'ajudar a (?:pagar|custear|comprar|bancar) (?!(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+ ){0,4}?(?:cadeira de rodas|cirurgia|opera[cç][aã]o|tratamento|enterro|funeral|pr[oó]tese|terapia|transplante|aparelhos? auditivos?)(?![\\p{L}])', why: WHY.fundsGoTo, example: 'uma rifa pra ajudar a pagar a cadeira de rodas do Álvaro' },
    { pattern: '(?:cada|todo o) (?:real|reais|euro|centavo|dinheiro)s? (?:arrecadado )?(?:vai|irá) (?:direto |diretamente |integralmente )?(?:para|pra)(?! (?:mim|n[oó]s|meus?|minhas?|nossos?|nossas?)(?![\\p{L}]))|(?:toda a )?renda (?:vai|será revertida) (?:para|pra)(?! (?:mim|n[oó]s|meus?|minhas?|nossos?|nossas?)(?![\\p{L}]))', why: WHY.fundsGoTo, example: 'Todo o dinheiro vai para a casa de apoio' },
    { pattern: '(?:arrecadar|levantar) (?:fundos|dinheiro) (?:para|pra|em prol d[aoe])(?! (?:mim|nós|meu|minha|meus|nosso|nossa)(?![\\p{L}]))|em prol d[aoe]', why: WHY.fundsGoTo, example: 'Vou correr para arrecadar fundos para a ONG' },
  ],
  openLicence: [
    { pattern: 'sem (?:cadastro|registro|conta|e-?mail|login|inscri[cç][aã]o)|sem (?:pedir|dar|deixar) (?:seu |teu |o |nenhum )?e-?mail', why: WHY.noStrings, example: 'Baixe sem cadastro: exemplo.com/planilha' },
    { pattern: 'sem pegadinhas?|sem letras? mi[uú]das?|sem contrapartida', why: WHY.noStrings, example: 'Modelo gratuito de planejamento de aulas, sem pegadinha' },
    { pattern: '(?:[eé]|s[aã]o|totalmente|gr[aá]tis e) (?:de )?(?:c[oó]digo aberto|open[- ]source)|(?:c[oó]digo aberto|open[- ]source)(?=\\s*[:(,.!;]|\\s*$| e gr[aá]tis| no github)|software livre', why: WHY.openLicence, example: 'Fiz uma extensão que esconde os Shorts. Código aberto: github.com/x/noshorts' },
    { pattern: '(?:com|sob) (?:uma )?licença (?:aberta|livre|cc[- ]by|creative commons|mit)|(?:de )?acesso aberto|domínio público|livres? para (?:usar|reutilizar)', why: WHY.openLicence, example: 'Os dados estão sob licença aberta' },
    { pattern: '(?:slides|modelos|templates|anota[cç][õo]es|apostilas|exerc[ií]cios|grava[cç][õo]es|c[oó]digo|colas?)(?: e (?:os |as |meus |minhas )?(?:slides|modelos|anota[cç][õo]es|apostilas|exerc[ií]cios|grava[cç][õo]es|c[oó]digo))? (?:agora |j[áa] )?(?:s[ãa]o|est[ãa]o|[ée]|est[áa]) (?:agora |j[áa] )*(?:gratuit[oa]s?|gr[áa]tis|livres?|liberad[oa]s)(?![\\p{L}]| (?:para (?:membros|assinantes)))', why: WHY.openLicence, example: 'os slides agora são gratuitos: 3 exercícios e uma cola' },
    { pattern: '(?:os )?(?:dados|c[oó]digo)(?: e (?:o |os )?(?:c[oó]digo|dados))? (?:são|é|estão) (?:abertos?|públicos?)(?![\\p{L}])', why: WHY.openLicence, example: 'Os dados e o código são abertos, link abaixo' },
    { pattern: '(?:minha|meu|minhas|meus|nossa|nosso) (?:pequen[ao] )?(?:ferramenta|app|aplicativo|biblioteca|extens[aã]o|projeto|programa|plugin|jogo)s? (?:gratuit[ao] )?(?:de c[oó]digo aberto|open[- ]source)(?![\\p{L}])', why: WHY.openLicence, example: 'Nova versão da minha ferramenta de código aberto para PDF: a 2.3 corrige o travamento com digitalizações' },
  ],
  finding: [
    { pattern: "(?<!(?:sem|nenhuma) )(?:(?:as|a|uma|duas|algumas|principais?|grande) )*(?:limita[cç][oõ]es|limita[cç][aã]o|ressalvas|ressalva|limites)(?: (?:do|deste|do nosso) (?:estudo|trabalho|artigo|levantamento|ensaio))? ?[:—](?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])", why: WHY.limitsStated, example: 'Cada dia acima de 34 °C teve 8% mais internações. Limitações: dados só do SUS e sem informação sobre ar-condicionado.' },
    { pattern: '(?:testei|comparei|testamos|comparamos|experimentei) (?:\\d+|dois|duas|três|quatro|cinco|seis|dez)(?! vezes(?![\\p{L}]))', why: WHY.comparisonRun, example: 'Testei 4 apps de orçamento por 3 meses' },
    { pattern: '(?:mostramos|encontramos|descobrimos|demonstramos|observamos|constatamos) que|(?:nossos|os) (?:resultados|dados) (?:mostram|indicam|sugerem)(?: que)?|(?:o )?(?:principal) (?:achado|resultado)', why: WHY.findingStated, example: 'Mostramos que a vacinação nas escolas aumentou a cobertura em 25%' },
    { pattern: '(?<=(?:\\d|(?<![\\p{L}])(?:todas|todos|ambas|ambos|maioria)(?![\\p{L}]))[^.!?\\n]{0,120})(?:tinham|têm|tem|compartilhavam|partilhavam) (?:uma coisa|algo|um traço) em comum ?[:—]|(?:todas|todos) (?:fizeram|faziam) (?:uma|a mesma) coisa ?[:—]', why: WHY.sharedTrait, example: 'As 9 que chegaram à entrevista tinham uma coisa em comum: a primeira frase citava um problema do anúncio' },
  ],
  generalization: [
    { pattern: '(?:a maioria d(?:os|as)|quase todos os|quase todas as) (?!(?:pessoas|gente|empreendedores|empresas|marcas|dias|noites|semanas|vezes|anos)(?![\\p{L}]))\\p{L}{3,}', why: WHY.generalization, example: 'A maioria dos bancos digitais deixa você agendar boletos sem custo' },
  ],
  hiring: [
    // "Vagas" are seats too: "vagas abertas" beside a course, class or mentoring ("o curso que eu criei… vagas abertas
    // até domingo") sells places in the author's course, not a job (as occasion.ts 'vacancy' leaves out a bare "vaga").
    { pattern: 'estamos contratando|(?:estamos )?com vagas?|(?<!(?:curso|turma|mentoria|aulas?|oficina|workshop|imers[aã]o|treinamento|forma[cç][aã]o)[^.!?\\n]{0,80})vagas? abertas?(?![^.!?\\n]{0,40}(?:curso|turma|mentoria|aulas?|oficina|workshop|imers[aã]o|treinamento|forma[cç][aã]o))|procuramos (?:um|uma) [\\p{L}]+|#vagas?', why: WHY.jobAd, example: 'Estamos contratando atendente para meio período' },
  ],
  saidBy: [
    { pattern: '(?:diz|dizem|disse|disseram|anuncia|anunciam|anunciou|anunciaram|confirma|confirmam|confirmou|confirmaram|informa|informou|afirma|afirmou|declarou)', why: WHY.saidBy, example: 'A prefeitura anunciou que a vacina é gratuita' },
  ],
  accordingTo: [
    { pattern: 'segundo (?:a|o|as|os)|de acordo com|conforme (?:a|o|as|os)', why: WHY.accordingTo, example: 'Segundo a Apple, o iPhone 17 já está disponível' },
  ],
  publicGood: [
    { pattern: '(?:biblioteca|piscina|escola|cozinha|horta|geladeira|despensa|creche)s? (?:pública|municipal|comunitária|solidária)s?|(?:escolas|bibliotecas) (?:públicas|municipais)|geladeiras? solidárias?|bancos? de alimentos|prefeitura|câmara municipal|postos? de saúde|restaurante popular|unidades? básicas? de saúde', why: WHY.publicBody, example: 'A geladeira solidária do bairro está disponível de novo' },
    { pattern: '(?:passe|bilhete|cartão) (?:jovem|estudante|escolar|idoso|de transporte|único)|passe livre', why: WHY.publicPass, example: 'O novo passe jovem já está disponível' },
    { pattern: '(?:em|de|na|no) (?:qualquer|todas as|todos os|cada) (?:estação|estações|biblioteca|bibliotecas|agência dos correios|posto de saúde|postos de saúde)', why: WHY.takenAnywhere, example: 'Retire em qualquer estação' },
    { pattern: '(?:pegue|pega|leve|leva) o que precisar|deixe o que puder', why: WHY.commons, example: 'Comida grátis, pegue o que precisar' },
  ],
  freeForAll: [
    { pattern: '(?:gr[aá]tis|gratuit[oa]s?|de graça) para (?:tod[oa]s|todo mundo|(?:as |os )?(?:crianças|moradores|estudantes|idosos))', why: WHY.freeForAll, example: 'A vacina da gripe é gratuita para todos' },
  ],
  scamWarning: [
    // Um golpe cripto nomeado ou um airdrop desmentido ("não existe airdrop", "nunca vamos pedir sua frase-semente").
    { pattern: "drainers?(?![\\p{L}])|(?:[ée]|s[aã]o) (?:um )?(?:rug ?pull|golpe da pir[aâ]mide)|n[aã]o (?:existe|tem|h[aá]) (?:nenhum )?(?:airdrop|token|pr[ée]-?venda)|nunca (?:vamos |iremos )?(?:pedir|pedimos|pediremos) (?:sua |a |tua )?(?:frase[- ]semente|chave privada|seed)", why: WHY.scamNamed, example: 'Não existe airdrop: esses sites são drainers' },
    // Uma página, perfil ou loja falsa ("um perfil falso usando nossas fotos").
    { pattern: '(?:p[aá]ginas?|perfis|perfil|contas?|lojas?|an[uú]ncios?) (?:falsos?|falsas?|fake)(?![\\p{L}])', why: WHY.scamNamed, example: 'Tem um perfil falso usando nossas fotos e pedindo Pix' },
    // A mensagem ou o boato desmentido numa frase só dele ("É FALSO.", "São falsas!").
    { pattern: '(?<!n[ãa]o )(?:é|são) (?:falso|falsa|falsos|falsas|fake|boato)(?=\\s*[.!]|\\s*$)', why: WHY.scamNamed, example: 'Tá circulando no zap um áudio dizendo que a vacina causa AVC. É FALSO.' },
    { pattern: '(?:é|são|era|eram) (?:um |uma )?(?:golpes?|fraudes?|phishing)(?![\\p{L}])', why: WHY.scamNamed, example: 'Essas mensagens do banco são golpe' },
    { pattern: 'golpe (?:do|da|dos|das|no|na|pelo|pela|por)(?!\\s+destino(?![\\p{L}]))', why: WHY.scamNamed, example: 'Cuidado com o golpe do falso boleto' },
    { pattern: '(?:mensagens?|sms|liga[cç](?:ão|ões|ao|oes)|e-?mails?|sites?|links?|boletos?) (?:falsos?|falsas?|fraudulent[oa]s?)', why: WHY.scamNamed, example: 'Estão chegando boletos falsos por e-mail' },
    { pattern: 'alerta de (?:golpe|fraude|phishing)', why: WHY.scamNamed, example: 'Alerta de golpe: não pedimos PIX pelo WhatsApp' },
    // A regra do remetente verdadeiro para desmascarar o falso ("A Receita NÃO manda link por SMS", "o banco nunca pede sua senha").
    { pattern: '(?:n[aã]o|nunca) (?:te |lhe |nos )?(?:manda|mandam|envia|enviam|vai mandar|vai enviar) (?:nenhum )?(?:links?|liga[cç][aã]o) (?:por|via|pelo|no) (?:sms|whatsapp|zap|e-?mail|mensagem)|(?:n[aã]o|nunca) (?:te |lhe |nos )?(?:pede|pedem|vai pedir|solicita|solicitam) (?:sua |seus |a |o |os |tua |teus )?(?:senhas?|dados (?:do |de )?cart[aã]o|dados banc[aá]rios|c[oó]digos?|token)(?![\\p{L}])', why: WHY.scamNamed, example: 'A Receita não manda link por SMS nem pede senha' },
  ],
};
