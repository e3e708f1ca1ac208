// Portuguese: asks as people write them ("se inscreva", "me segue", "pfv", "ativa o sininho").
import type { AskLexicon, TeaserLexicon } from './types';

export const pt: AskLexicon = {
  shorthand: [
    { forms: ['pfv', 'pfvr', 'pf', 'porfavor', 'plmds', 'pls', 'plz', 'plis'], means: 'por favor', note: 'the usual short forms of "please"', example: 'se inscreve pfv' },
    { forms: ['vc', 'vcs', 'voce', 'voces'], means: 'você', note: 'texting shorthand', example: 'vc pode me seguir?' },
    { forms: ['q'], means: 'que', note: 'texting shorthand', example: 'ajudaria muito q me seguissem' },
    { forms: ['tb', 'tbm'], means: 'também', note: 'texting shorthand', example: 'compartilha tbm' },
    { forms: ['pq'], means: 'porque', note: 'texting shorthand', example: 'pq ajuda muito' },
    { forms: ['increva-se', 'inscreve-se', 'increvam-se'], means: 'inscreva-se', note: 'common misspellings', example: 'increva-se no canal' },
    { forms: ['vids'], means: 'vídeos', note: 'shorthand', example: 'assistam meus vids' },
    { forms: ['subs'], means: 'inscritos', note: 'an audience count', example: 'me ajudem a chegar em 100 subs' },
  ],
  please: ['por favor'],
  lead: ['e', 'também', 'tambem', 'só', 'so', 'ja', 'já', 'galera', 'gente', 'pessoal', 'vem', 'vai', 'vamos', 'dá', 'da', 'deixa', 'deixe', 'ativa', 'ative', 'se', 'ou'],
  frames: [
    { pattern: '(?:você|vocês) (?:pode|podem|poderia|poderiam)', note: 'a question that is a request', example: 'vocês podem compartilhar?' },
    { pattern: '(?:pode|podem|poderia|poderiam)', note: 'a question that is a request', example: 'pode me seguir?' },
    { pattern: 'se (?:você |vocês |vc |vcs )?(?:puder|puderem)', note: 'a request put as a condition (future subjunctive)', example: 'se puderem compartilhar, já ajuda muito' },
    { pattern: '(?:se (?:algu[ée]m |voc[êe] |voc[êe]s |vc |vcs )?|quem )(?:quiser|quiserem)(?: dar uma)?', note: 'the favour offered to whoever wants it (only counts with an action toward a thing of the author\'s)', example: 'se alguém quiser dar uma passada no meu canal agradeço demais' },
    { pattern: 'n[ãa]o (?:se )?esque[çc](?:a|am) de', note: 'the classic closing ask', example: 'não esqueça de se inscrever' },
    { pattern: '(?:me )?ajudaria (?:muito|demais)(?: se| que)?', note: 'asking for a favour', example: 'ajudaria muito se vocês compartilhassem' },
    { pattern: '(?:ia|iria) (?:me |nos )?ajudar (?:muito|demais|bastante)(?: se| que)?', note: 'the same favour in speech ("ia me ajudar" for "ajudaria")', example: 'ia me ajudar muito se vc se inscrevesse' },
    { pattern: '(?:significaria|ia significar) (?:muito|demais|tudo|o mundo)(?: (?:pra|para) (?:mim|gente|a gente|n[óo]s))?(?: se)?', note: 'asking for a favour, as what it would mean', example: 'significaria muito se vocês comprassem meu ebook' },
    { pattern: '(?:ficaria|fico) (?:muito )?(?:feliz|grato|grata)(?: se| que)?', note: 'asking for a favour', example: 'ficaria feliz se vocês seguissem' },
    { pattern: 'agrade[çc]o se', note: 'asking for a favour', example: 'agradeço se compartilharem' },
    { pattern: 'se (?:você|vocês) (?:gostou|gostaram|curtiu|curtiram)', note: 'the conditional ask at the end of a video', example: 'se você gostou, se inscreva' },
  ],
  welcome: [
    { pattern: '(?:[ée] |s[ãa]o |seria )?(?:muito )?(?:bem-vind[oa]s?|bem vind[oa]s?)', note: 'the passive ask', example: 'compartilhamentos são bem-vindos' },
  ],
  helpMe: [
    { pattern: '(?:me|nos) ajud(?:a|e|em|am) a (?:chegar|bater|alcan[çc]ar|conseguir)', bareCount: '', note: 'asking for audience numbers (a count alone at the end of the clause is one: "me ajuda a chegar a 10k!")', example: 'me ajudem a chegar em 1000 inscritos' },
  ],
  actions: [
    { forms: ['pesquisa', 'pesquisem', 'pesquise', 'procura', 'procurem', 'procure', 'busca', 'busquem', 'busque'], finds: true, note: 'um nome para procurar num site: um canal indicado onde links não são permitidos', example: 'Pesquisem DJ Kato no youtube, mix novo toda semana' },
    { forms: ['inscreva-se', 'inscrevam-se', 'inscreva', 'inscrevam', 'inscrever', 'inscreve', 'assine', 'assinem', 'inscrevesse', 'inscrevessem'], self: true, link: true, asking: ['inscreva-se', 'inscrevam-se'], note: 'subscribing helps the channel asking', example: 'se inscreva no canal' },
    { forms: ['siga', 'sigam', 'segue', 'seguir', 'segue-me', 'sigam-me', 'sigam-nos'], self: true, obeys: true, link: true, asking: ['segue-me', 'sigam-me', 'sigam-nos'], note: 'a follow helps the account asking', example: 'me segue lá' },
    { forms: ['compartilhe', 'compartilha', 'compartilhem', 'compartilhar', 'partilhe', 'partilhem', 'partilha', 'rt', 'divulga', 'divulguem'], self: true, link: true, note: 'sharing spreads whoever asks', example: 'compartilha por favor' },
    { forms: ['apoie', 'apoiem', 'apoia', 'apoiar'], link: true, note: 'support for the author', example: 'apoie meu trabalho' },
    { forms: ['vote', 'votem', 'vota', 'votar', 'doe', 'doem', 'doar'], self: true, link: true, note: 'votes and money for the one asking', example: 'votem em mim' },
    { forms: ['visite', 'visitem', 'visita', 'assista', 'assistam', 'assiste', 'confira', 'confiram', 'veja', 'vejam', 'ouça', 'ouçam', 'ouca', 'escuta', 'escutem', 'acesse', 'acessem', 'acessa', 'passa', 'passem', 'passar', 'passada', 'passadinha'], link: true, note: 'views and traffic for the author', example: 'assistam meu vídeo novo' },
    { forms: ['agende', 'agendem', 'agenda', 'marque', 'marquem', 'reserve', 'reservem'], sells: true, note: 'a booking of the author’s time, only with the author named as company ("agende uma call comigo")', example: 'Agende uma call gratuita comigo' },
    { forms: ['usa', 'use', 'usem', 'experimenta', 'experimente', 'experimentem', 'testa', 'testem'], favour: true, note: '"usa minha extensão": instalações e vendas para o autor, só com uma coisa dele ("usa a escada", "testa esse truque" não pedem nada)', example: 'Sinceramente, usa meu app, ele faz tudo isso por você' },
    { forms: ['curta', 'curtam', 'curte', 'like', 'sininho'], note: 'a like for the author ("ativa o sininho": the bell)', example: 'curta minha página' },
    { forms: ['compre', 'comprem', 'comprasse', 'comprassem', 'comprarem', 'baixe', 'baixem', 'entre', 'entrem', 'clique', 'cliquem', 'clica', 'cadastre-se', 'participe', 'participem'], link: true, sells: true, note: 'sales, installs, members and clicks for the author', example: 'entrem no meu grupo' },
  ],
  // O infinitivo como sujeito também: "compartilhar é bem-vindo".
  actionNouns: ['boosts', 'compartilhamentos', 'rts', 'likes', 'curtidas', 'votos', 'doações', 'compartilhar'],
  me: ['me', 'mim', 'nós', 'nos'],
  my: ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas'],
  we: ['nós', 'nos', 'nosso', 'nossa', 'nossos', 'nossas', 'a gente'],
  your: ['seu', 'sua', 'seus', 'suas', 'teu', 'tua'],
  owned: [
    'programa', 'mentoria',
    'canal', 'vídeo', 'vídeos', 'video', 'videos', 'página', 'pagina', 'perfil', 'conta', 'loja', 'site', 'blog', 'livro', 'curso', 'podcast', 'música',
    'musica', 'post', 'publicação', 'projeto', 'link', 'arte', 'trabalho', 'conteúdo', 'vaquinha', 'live', 'insta', 'instagram', 'youtube', 'tiktok',
    'grupo', 'comunidade', 'jogo', 'app', 'álbum', 'album', 'reel', 'reels',
    // O nome e a foto de quem comenta levam ao canal dele ('clica no meu nome').
    'nome',
    // Os outros sites e as obras no plural para onde um comentarista manda ('segue meu twitter', 'ouçam minhas músicas').
    'twitter', 'facebook', 'face', 'tumblr', 'músicas', 'musicas', 'som', 'sons', 'covers',
    // O próprio comentário ('curte esse comentário pra todo mundo ver meu canal'), como o inglês 'like this comment'.
    'comentário', 'comentario',
    'soundcloud', 'spotify', 'bandcamp', 'faixa', 'faixas',
    // O que o autor toca ou dirige ('ouçam minha banda', 'entrem no meu clã').
    'banda', 'clã', 'cla',
    // Versões próprias da música do vídeo ('vejam minha paródia', 'escutem minha versão').
    'paródia', 'parodia', 'versão', 'versao', 'freestyle',
    // A crowdfunding campaign of the author's ("apoie nossa campanha no Catarse").
    'campanha', 'kickstarter', 'catarse', 'benfeitoria', 'financiamento',
    'cover', 'covers', 'remix', 'playlist', 'vlog',
    // O que o autor fabrica ou escreve e oferece ('usa minha extensão', 'assina minha newsletter'), como no inglês.
    'extensão', 'extensao', 'plugin', 'ferramenta', 'produto', 'produtos', 'newsletter', 'ebook', 'e-book', 'aplicativo',
  ],
  audience: ['inscritos', 'seguidores', 'views', 'visualizações', 'curtidas', 'likes', 'votos', 'membros', 'assinaturas'],
  streak: ['dia'],
  pointing: ['isso', 'isto', 'esse', 'essa', 'este', 'esta', 'o', 'a'],
  articles: ['o', 'a'],
  negation: ['não', 'nao', 'nunca', 'nem'],
  particles: ['no', 'na', 'em', 'a', 'ao', 'pra', 'para', 'lá', 'la', 'aqui'],
  // Only words that are never an object too (Portuguese "nós" folds to "nos", "us").
  subjects: ['eu'],
  resale: { words: ['vender', 'vendíamos', 'vendia'], note: 'um desconto depois de vender dito como passo é uma dica', example: 'vender o pão do dia anterior pela metade do preço' },
  scam: { imitates: { words: ['copia', 'copiam', 'copiou', 'copiando', 'imita', 'imitam', 'imitando', 'clona', 'clonam', 'clonando', 'se passa por', 'se passando por', 'finge ser', 'fingindo ser'], note: 'o que é do autor nomeado como o que um golpe copia está imitado, não promovido', example: 'Um site falso copiando nossa loja vende tudo com 70% de desconto' }, only: { words: ['só', 'apenas', 'somente'], note: 'o único lugar onde se compra o verdadeiro separa a loja real da falsa', example: 'Não somos nós. Só vendemos em afolha.com.br' } },
  closers: ['por', 'favor', 'agora', 'hoje', 'galera', 'gente', 'e', 'também', 'obrigado', 'obrigada', 'aí', 'ai'],
  theirs: ['dele', 'dela', 'deles', 'delas', 'seu', 'sua'],
  ownerOf: ['de', 'da', 'do'],
  speech: {
    say: ['diz', 'dizem', 'disse', 'disseram', 'dizendo', 'fala', 'falam', 'falou', 'acha', 'acham', 'quer', 'recomenda', 'aconselha', 'pediu', 'pede', 'insiste'],
    speakers: [
      'sobrinha', 'sobrinho', 'neta', 'neto',
      'irmao', 'irma', 'mae', 'pai', 'pais', 'mulher', 'marido', 'esposa', 'esposo', 'namorada', 'namorado', 'filho', 'filha', 'avo', 'tia', 'tio', 'primo',
      'prima', 'amigo', 'amiga', 'amigos', 'amigas', 'chefe', 'colega', 'colegas', 'professor', 'professora', 'terapeuta', 'medico', 'vizinho', 'vizinha',
      'mundo', 'gente', 'todos', 'familia', 'ele', 'ela', 'eles',
      'comentarios', 'spammers', 'alguem',
    ],
    self: ['eu', 'nos', 'digo', 'dizemos'],
    opens: ['que', 'para', 'pra', 'eu', 'meu', 'minha', 'meus', 'minhas'],
    describes: ['dizendo', 'falando', 'pedindo', 'implorando', 'escrevendo', 'comentando', 'spamando'],
    cut: ['mas', 'entao', 'porem', 'enfim'],
    sharedPlaces: ['rua', 'bairro', 'cidade', 'vila', 'estrada', 'predio', 'edificio', 'regiao', 'escola', 'rio', 'ponte', 'praia'],
    hazards: ['enchente', 'enchentes', 'inundacao', 'alagamento', 'alagada', 'alagado', 'incendio', 'fogo', 'fumaca', 'tempestade', 'tornado', 'furacao', 'terremoto', 'deslizamento', 'apagao', 'vazamento', 'evacuacao'],
    note: 'minha mãe diz que, todo mundo me diz para: o que segue são palavras de outra pessoa',
    example: 'Minha mãe diz que eu deveria abrir uma loja',
  },
  loneUrgency: [
    { pattern: '[uú]ltim(?:a|as|o|os) (?:chance|oportunidade|dias|horas)', note: 'also narrative (sports, news)', example: 'a última chance do Flamengo' },
    { pattern: '(?:termina|acaba) ', note: 'seasons and events end too', example: 'a temporada termina amanhã' },
  ],
  thanks: ['obrigado', 'obrigada', 'valeu'],
  meeting: ['encontra', 'encontramos', 'café', 'cafe', 'almoço', 'almoco', 'jantar', 'cerveja', 'encontrar', 'conhecer', 'papo', 'conversar'],
  notImperative: '(?:ando|endo|indo|ado|ido)$',
  forOthers: ['vítimas', 'vitimas', 'afetados', 'desabrigados', 'resgate', 'desaparecido', 'desaparecida', 'emergência', 'emergencia', 'desastre', 'solidariedade', 'abrigo', 'feridos', 'doar', 'doações', 'voluntários', 'voluntário', 'voluntariado'],
  drives: ['campanha', 'vaquinha', 'vakinha', 'arrecadação', 'rifa', 'gofundme'],
  // Lost animals (types.ts): "Lost cat near Elm Park, please share".
  lostWords: ['perdido', 'perdida', 'perdemos', 'perdeu', 'desaparecido', 'desaparecida', 'fugiu', 'sumiu'],
  animals: ['cachorro', 'cachorra', 'cão', 'cadela', 'gato', 'gata', 'gatinho', 'gatinha', 'cachorrinho', 'cachorrinha', 'cãozinho', 'cadelinha', 'bichinho', 'vira-lata', 'filhote', 'pet', 'papagaio', 'periquito', 'coelho', 'tartaruga', 'cavalo'],
  // Found belongings (types.ts): "Keys found near the playground, message me to describe them".
  foundWords: ['encontrado', 'encontrada', 'encontrados', 'encontradas', 'encontrei', 'encontramos', 'achado', 'achada', 'achados', 'achadas', 'achei'],
  belongings: ['chaves', 'chave', 'carteira', 'celular', 'telemóvel', 'bolsa', 'mochila', 'óculos', 'anel', 'colar', 'pulseira', 'relógio', 'cachecol', 'jaqueta', 'casaco', 'guarda-chuva', 'passaporte', 'documentos', 'notebook', 'fones', 'bicicleta', 'bike', 'pelúcia'],
  // Quem avaliza num anúncio (types.ts): "Médicos dizem que este suplemento queima gordura. Já disponível por R$ 99".
  endorsers: ['especialistas', 'especialista', 'médicos', 'medicos', 'médico', 'dentistas', 'dermatologistas', 'nutricionistas', 'cientistas', 'pesquisadores', 'estudos', 'usuários', 'usuarios', 'clientes', 'compradores', 'avaliações', 'influenciadores', 'influencers', 'pessoas', 'fãs', 'todos', 'mães', 'profissionais', 'traders', 'analistas', 'críticos'],
  // Event words a tag is, or ends with after a place or a name (#yycflood, #qldfloods, #HighParkFire, #earthquake):
  // the tag files the post under the event, not under reach (hashtag-stuffing does not count it).
  eventTags: ['enchente', 'enchentes', 'inundacao', 'inundacoes', 'incendio', 'incendios', 'queimada', 'queimadas', 'terremoto', 'sismo', 'tempestade', 'furacao', 'tufao', 'ciclone', 'tornado', 'tsunami', 'explosao', 'tiroteio', 'atentado', 'acidente', 'desabamento', 'deslizamento'],
  toolInUse: {
    before: ['com', 'para', 'pro', 'no', 'na', 'em'],
    articles: ['o'],
    note: 'a version right after a tool the author moves to or works with is that tool’s release in use, not an offer',
    example: 'Migrei o projeto para o Node v22 e o build caiu de 9 para 6 minutos',
  },
  talksWith: [
    { pattern: '(?:conversamos|falamos|conversei|falei|batemos um papo|bati um papo) com ((?:[^!?\\n]{1,60}?)) sobre', note: 'the author talks with a guest about a topic', example: 'Novo episódio: conversamos com a Dra. Lena Ortiz sobre sono e trabalho por turnos.' },
    { pattern: '(?:um|uma) ((?:[^!?.,:\\n]{1,40}?)) (?:explica|nos explica|conta|nos conta|fala sobre)', note: 'a guest described by their work explains the topic', example: 'Episódio novo! Uma parteira explica as primeiras 48 horas depois do parto.' },
    { pattern: 'entrevistamos ((?:[^!?\\n]{1,60}?)) sobre', note: 'the author interviews a guest on a topic', example: 'Entrevistamos Ana Souza sobre hortas urbanas.' },
  ],
  introduces: [
    { pattern: '(?:fiz|fizemos|postei|postamos|tenho|temos|gravei|gravamos|criei|criamos|lancei|lancamos|acabei de (?:postar|lancar|gravar|fazer)|acabamos de (?:postar|lancar|gravar|fazer))(?: (?:um|uma|meu|minha|nosso|nossa))?(?: (?:novo|nova|primeiro|primeira|proprio|propria))*', note: 'the author says they made or have a thing of their own', example: 'fiz um cover dessa música, escuta aí' },
    { pattern: '(?<!(?:^|\\s)(?:no|na|em|de|do|da) )(?:meu|minha|meus|minhas|nosso|nossa)(?: (?:novo|nova|primeiro|primeira|proprio|propria|ultimo|ultima))*', note: 'the author names a thing of their own (not a place it sits)', example: 'saiu meu novo som, confere' },
  ],
  purpose: { words: ['para', 'pra'], note: 'a purpose after a follow or a subscription that names the author is the author\'s ask', example: 'se inscreve pra ver meus vídeos' },
  forAuthor: { words: ['em', 'por', 'para', 'pra'], note: 'um voto para o autor, nomeado algumas palavras depois do verbo', example: 'Votem no concurso da cidade em nós!' },
  sites: { words: ['youtube', 'yt', 'spotify', 'soundcloud', 'bandcamp', 'tiktok', 'instagram', 'insta', 'ig', 'twitch', 'google'], before: ['por', 'pelo', 'pela'], note: 'sites a name is looked up on', example: 'pesquisem DJ Kato no youtube' },
  conditions: [
    { pattern: '(?:se|caso) (?:voce |voces |vc |vcs )?(?:gosta|gostam|curte|curtem|ama|amam|gostou|curtiu)', note: 'the conditional opening of a pitch', example: 'se você curte rap de verdade passa no meu canal' },
    { pattern: '(?<![\\s\\S])(?:para|pra) (?:\\S+ ){0,4}?(?:gratis|barat[oa]s?|descontos?)', note: 'uma pechincha que abre a frase ("Pra baixar a música grátis…"), e depois a ação para um link ou um lugar do autor; "Para mais informações acesse link" remete a notícias', example: 'Pra baixar a música grátis acesse www.baixarmusicas.com.br' },
    { pattern: '(?:quem|todo mundo que|todos que)(?: aqui)? (?:gosta|gostar|curte|curtir|ama|amar|escuta)', note: 'a mesma condição dita dos leitores que a cumprem: um pitch para eles', example: 'Quem gosta de rap deveria ouvir as músicas do meu canal' },
  ],
  comparatives: ['mais', 'melhor', 'menos'],
  guidance: {
    words: ['passos', 'passo', 'instrucoes', 'instrucao', 'orientacoes', 'orientacao', 'dicas', 'conselhos', 'recomendacoes', 'guia', 'receita', 'regras', 'procedimento', 'protocolo', 'tutorial', 'placas', 'sinalizacao', 'metodo', 'plano', 'rotina', 'bula', 'manual', 'ordem'],
    before: ['estes', 'estas', 'esses', 'essas', 'este', 'esta', 'os', 'as', 'o', 'a', 'seguintes', 'simples', 'mesmos', 'mesmas', 'so', 'bem', 'todos', 'todas', 'direitinho'],
    note: 'o que se segue fazendo: com isso depois, "siga" diz como e não pede seguidores',
    example: 'Siga estes passos: desligue o roteador 30 segundos, ligue de novo.',
  },
  madeIt: [{ pattern: "(?:que )?(?:fiz|fizemos|gravei|gravamos|postei|criei|editei|cantei)", note: 'the author says they made the thing just named', example: "confiram esse video que fiz" }],
  booked: ['um', 'uma', 'sua', 'seu', 'tua', 'teu'],
  withMe: [{ forms: ['comigo', 'conosco', 'com a gente', 'com nós'], note: 'the author as company: a booking with them sells their time', example: 'Agende uma call gratuita comigo' }],
  launch: ['apresentamos', 'conheça', 'conheçam'],
  proclitic: ['me', 'nos'],
  places: ['no', 'na', 'nos', 'nas', 'em', 'pelo', 'pela'],
};

/** The words the teaser checks read (teasers.ts, rules/learned-bait.ts). */
export const ptTeaser: TeaserLexicon = {
  means: {
    pattern: '(?<![\\p{L}])(?:usando|gra[cç]as a|[\\p{L}]{3,}(?:ando|endo|indo))(?![\\p{L}])',
    note: 'uma linha de como aconteceu que nomeia o meio conta o como ("usando cache", "graças a", um gerúndio)',
    example: 'Como reduzir o tempo de CI de 40 para 9 minutos usando o cache do node_modules',
  },
  and: { words: ['e'], note: 'a sentence may open with "e" and still point forward at what it keeps back', example: 'E é por isso que você nunca deve carregar o celular à noite' },
  attention: {
    words: ['atenção', 'atencão', 'atençao', 'atencao', 'olha', 'nossa', 'uau', 'wow', 'omg'],
    note: 'a call for attention or a gasp, set off by a comma or "!", leaves the teaser after it at its sentence start',
    example: 'Atenção, é isso que acontece se você carregar o celular à noite',
  },
  denial: { words: ['não é', 'nao é', 'não são', 'não foi', 'nem'], note: 'um nome logo depois de uma negação fica descartado, não dado', example: 'Esta é a cidade mais barata para morar (não é Curitiba)' },
  source: { words: ['segundo', 'de acordo com', 'conforme'], note: 'um nome logo depois de uma fonte é quem o diz, não a resposta', example: 'Esta é a melhor cidade do Brasil para morar, segundo a Exame' },
  knownSubjects: { words: ['ele', 'ela', 'eles', 'elas'], note: 'a third-person subject opening the post: someone from the writer’s own circle, not a headline’s named subject', example: 'Ele usa o mesmo tênis há cinco anos e ainda corre 10 km por dia' },
  announce: { words: ['anunciar'], note: 'the verbs an author announces their own news with', example: 'Feliz em anunciar que fui aprovada no processo seletivo do Itaú' },
  notAlwaysAuthor: { words: ['nos'], note: '"nos" is "us", and far more often "in the"', example: 'as músicas que marcaram nos anos 90' },
  firstPerson: {
    clauseOpeners: { words: ['que', 'qual', 'quem', 'onde', 'quando'], note: 'relatives after which the verb comes first', example: 'o motivo pelo qual durmo tão pouco' },
    beforeVerb: {
      words: ['não', 'nao', 'nunca', 'já', 'ja', 'sempre', 'ainda', 'também', 'mais', 'te', 'se', 'lhe', 'lhes'],
      note: 'a negation, a time word or a clitic pronoun may stand between the relative and its verb ("o" and "a" are left out: before a noun in -o they are articles)',
      example: 'a razão pela qual nunca durmo cedo',
    },
    verb: {
      pattern: '^(?:\\p{Ll}{2,}o|\\p{Ll}+ei|\\p{Ll}+[^aeiouáéíóúâêôãõ]i|\\p{Ll}{2,}mos)$',
      note: 'the first person: present "-o", preterite "-ei" and "-i" after a consonant, plural "-mos"',
      example: 'o que cozinhei ontem',
    },
    notVerb: {
      words: [
        'todo', 'tudo', 'isso', 'isto', 'muito', 'pouco', 'tanto', 'quanto', 'mesmo', 'como', 'novo', 'pelo', 'logo', 'primeiro', 'segundo',
        'veio', 'ali', 'aqui', 'lei', 'rei', 'dentro', 'menos', 'ontem', 'hoje',
      ],
      endings: [],
      note: 'words that end as a first person does and are none: pronouns, adverbs, nouns, "veio"',
      example: 'o que veio depois',
    },
    we: {
      // Unaccented only: "últimos", "próximos" are adjectives; a capital is a name ("Ramos").
      pattern: '^[a-zç]{2,}(?:amos|emos|imos)$',
      note: 'the first person plural, "-amos/-emos/-imos": what "we" did',
      example: 'Finalmente terminamos a casa na árvore',
    },
  },
  everyone: { words: ['todos', 'todas'], note: 'Uma primeira pessoa junto de "todos" ("o erro que todos nós cometemos") fala por qualquer um, não da vida do autor.', example: 'Médico revela o erro que todos nós cometemos no café da manhã' },
  exclaiming: {
    interjections: {
      words: ['uau', 'wow', 'omg', 'eita', 'caramba', 'meu deus', 'mds', 'aff', 'affs', 'oxe', 'vixe', 'vish'],
      note: 'interjections are someone speaking: a headline does not say "eita" or "meu deus" ("nossa" is left out: it is "our" as often)',
      example: 'meu deus esse pôr do sol hoje na praia',
    },
    laughter: { pattern: 'k{3,}|(?:rs){2,}|(?:ha){2,}h?|(?:he){2,}|(?:hu[ea]){2,}', note: 'laughter is someone reacting, not a headline', example: 'meu gato dormindo no teclado de novo kkkkk' },
    exclamatives: {
      words: ['que', 'quê'],
      note: '"que" with a noun or an adjective and the end of the clause exclaims ("Que jogo", "que golaço")',
      example: 'Que golaço do Vini, que jogo',
    },
    relatives: ['que', 'quê'],
    notExclamative: {
      words: [
        'é', 'são', 'foi', 'era', 'está', 'estão', 'tem', 'há', 'acontece', 'aconteceu', 'fazer', 'significa', 'se', 'o', 'a', 'os', 'as', 'não',
        'nao', 'eu', 'você', 'voce', 'ele', 'ela', 'isso', 'horas', 'te', 'me', 'lhe', 'nos',
      ],
      note: 'a verb, a pronoun or an article after "que" makes a question or a clause ("Que horas são", "Que é o ebola")',
      example: 'Que aconteceu em Brumadinho',
    },
    intensifiers: { words: ['tão', 'tao', 'mó', 'super'], note: '"tão" or "mó" before a word that ends its clause is the speaker\'s feeling ("muito" is left out: news says "a situação é muito grave")', example: 'Esse show foi tão bom, ainda estou sem voz' },
    notIntensified: { words: ['mais', 'menos', 'pouco', 'tempo', 'antes', 'depois', 'bem'], note: '"tão pouco", "tão bem" end no exclamation', example: 'Dormiu tão pouco.' },
    trailing: { words: ['demais', 'dms'], note: '"linda demais": the intensifier after the word', example: 'Essa música é linda demais, escuto todo dia' },
    speakerOpeners: { words: ['nem acredito', 'não acredito', 'nao acredito', 'mal posso esperar'], note: 'the speaker\'s disbelief or longing at the start of a sentence', example: 'Nem acredito que já é dezembro' },
    opinionLabels: { words: ['opinião impopular', 'opiniao impopular', 'na minha opinião', 'na minha opiniao'], note: 'the speaker labels what follows as their own view: an opinion said, not a headline keeping something back', example: 'Opinião impopular: reunião deveria ser e-mail' },
    verdicts: { words: ['perfeito', 'perfeição', 'felicidade', 'paz'], note: 'a one-word verdict as the last sentence is the speaker summing up their moment', example: 'Segunda chuvosa, café e um bom livro. Perfeito' },
    elongation: 3,
  },
};
