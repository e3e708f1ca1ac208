// Portuguese offers, Brazilian and European: first-person launches ("lançamos", "acabamos de lançar"), "nosso
// novo", availability ("já disponível", "pré-venda") and shop imperatives, with and without accents.
import { MARKETPLACES, STREAMING, PRICE, versionEntry, WHY, type OfferLexicon } from './entry';

export const ptOffer: OfferLexicon = {
  release: [
    {
      pattern:
        '(?:acabamos|acabei) de (?:lan[cç]ar|publicar|abrir|estrear|atualizar)|(?:lan[cç]amos|lan[cç][aá]mos|estreamos|apresentamos)|(?:estamos|estou) (?:lan[cç]ando|estreando)',
      why: WHY.weRelease,
      example: 'Acabamos de lançar o nosso app de receitas',
    },
    {
      pattern:
        '(?:criei|fiz|desenvolvi|programei|constru[ií]|criamos|fizemos|desenvolvemos) (?:um|uma|o meu|a minha|meu|minha|nosso|nossa) (?:(?:pequeno|pequena|novo|nova|simples) )?(?:app|aplicativo|site|ferramenta|extens[aã]o|jogo|bot|curso|template|plugin|newsletter|plataforma|ebook|e-book|guia)s?',
      why: WHY.weMade,
      example: 'Criei um app gratuito para controlar gastos, testem',
    },
    {
      // Uma coisa com nome feita pelo autor justamente para o que se pergunta ("Criei o LinkNest justamente pra isso").
      pattern:
        '(?:criei|fiz|desenvolvi|programei|constru[ií]|criamos|fizemos|desenvolvemos) (?:o |a )?(?!(?:um|uma|uns|umas|meu|minha|isso|isto|tempo|o|a|os|as)\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}.-]* (?:justamente |exatamente |justo |bem )?(?:pra|para) (?:isso|isto)(?![\\p{L}])',
      why: WHY.weMade,
      example: 'Eu criei o LinkNest justamente pra isso, testa aí',
    },
    {
      // O mesmo sem o nome antes: o autor construiu justamente o que se pergunta ("A gente construiu exatamente isso na
      // Contix"). Só verbos de construir: "fizemos exatamente isso ano passado" conta o que alguém fez.
      pattern:
        '(?:a gente (?:construiu|criou|desenvolveu|programou)|constru[ií]mos|criamos|desenvolvemos|programamos|constru[ií]|criei|desenvolvi|programei) (?:exatamente|justamente) (?:isso|isto)(?![\\p{L}])',
      why: WHY.weMade,
      example: 'A gente construiu exatamente isso na Contix, 3 meses grátis se quiserem testar',
    },
    {
      // A coisa nomeada antes e o autor depois como quem a fez ("usa o app que eu desenvolvi", "o curso que a gente criou").
      pattern:
        '(?:app|aplicativo|site|ferramenta|extens[aã]o|jogo|bot|curso|template|plugin|newsletter|plataforma|ebook|e-book|guia)s? que (?:(?:eu )?(?:criei|desenvolvi|programei|constru[ií]|lancei)|a gente (?:criou|desenvolveu|programou|construiu|lançou)|(?:n[oó]s )?(?:criamos|desenvolvemos|programamos|constru[ií]mos|lançamos))(?![\\p{L}])',
      why: WHY.weMade,
      example: 'usa o app que eu desenvolvi, faz exatamente isso: contai.app',
    },
    { pattern: '(?:apresento|apresentamos) (?:a voc[eê]s|o|a|os|as|nosso|nossa|meu|minha)', why: WHY.presenting, example: 'Apresento a vocês o meu novo livro' },
    { pattern: '(?:vendo|vendemos|organizamos|oferecemos|organizo|ofere[cç]o|a gente (?:tamb[eé]m |agora )?(?:vende|organiza|oferece))', why: WHY.hosting, example: 'Organizamos uma oficina de pão no sábado' },
    { pattern: '(?:nosso|nossa|nossos|nossas|meu|minha|meus|minhas) (?:novo|nova|novos|novas|primeiro|primeira|pr[oó]ximo|pr[oó]xima)', why: WHY.ourNew, example: 'Conheça a nossa nova coleção' },
    { pattern: '(?:felizes|feliz|orgulhos[oa]s?|animad[oa]s?) (?:em|de) (?:anunciar|apresentar|lan[cç]ar)', why: WHY.announce, example: 'Felizes em anunciar nosso curso' },
    { pattern: '(?:fizemos|fechamos) (?:uma )?parceria com|(?:nossa|uma) (?:nova )?parceria com', why: WHY.partner, example: 'Fechamos uma parceria com a Stripe para pagamentos na hora' },
    {
      pattern: '(?:adicionamos|adicionei|acrescentamos) (?:suporte|compatibilidade|integração) (?:a|ao|à|para|com)',
      why: WHY.weAdded,
      example: 'Adicionamos suporte ao OpenRouter hoje',
    },
    {
      pattern: '(?:estou|estamos) (?:construindo|criando|desenvolvendo) (?:um|uma) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:app|aplicativo|ferramenta|editor|extensão|plugin|plataforma|jogo|motor|biblioteca|bot|agente|startup|produto)',
      why: WHY.weBuild,
      example: 'Estou desenvolvendo um editor de shaders para Three.js',
    },
  ],
  available: [
    { pattern: `(?:est[aá]|est[aã]o|t[aá]) (?:j[aá] |tamb[eé]m |s[oó] )?(?:na|no|em) ${MARKETPLACES}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onMarketplace, example: 'Está na Amazon por R$ 29,90' },
    { pattern: `(?:est[aá]|est[aã]o|t[aá]) (?:j[aá] |tamb[eé]m |dispon[ií]vel |dispon[ií]veis )*(?:na|no|em) ${STREAMING}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onStreaming, example: 'Meu podcast já está no Spotify' },
    { pattern: '(?:ingressos|bilhetes) (?:no|na|em|pelo|pela)|(?:ingressos|bilhetes)(?= ?:)', why: WHY.ticketsAt, example: 'Nossa turnê: ingressos no ospassaros.com.br' },
    { pattern: `(?:ingressos?|entradas?|bilhetes?) (?:antecipados? |na porta )?(?:a |por |de |: )?(?:s[óo] )?${PRICE}|(?:ainda )?(?:tem|t[eê]m|h[aá]|temos|restam) (?:(?:os|uns|poucos|[uú]ltimos) )*(?:ingressos?|bilhetes?|entradas?)(?: dispon[ií]ve(?:l|is))? (?:a |por |de )(?:s[óo] )?${PRICE}`, why: WHY.ticketPrice, example: 'Sábado a gente toca no Bar Opinião, ingressos R$30 na porta' },
    versionEntry('Lumen v2.1 chegou, experimente grátis'),
    {
      pattern: 'j[aá] (?:est[aá]o?|se encontra) (?:dispon[ií]ve(?:l|is)|[aà] venda|no ar|online)|j[aá] dispon[ií]ve(?:l|is)|dispon[ií]ve(?:l|is) (?:agora|j[aá]|hoje|a partir de hoje)|[aà] venda',
      why: WHY.nowAvailable,
      example: 'Já disponível em todas as lojas',
    },
    { pattern: '(?:voltou|voltaram|est[aá] de volta|est[aã]o de volta)(?![\\p{L}])', why: WHY.backAgain, example: 'Nosso calendário do Advento voltou' },
    { pattern: '(?:saiu|chegou|est[aá] no ar)(?! (?:de|da|do|dos|das|com|para|pra|ontem)(?![\\p{L}]))', why: WHY.nowAvailable, example: 'Meu livro de receitas veganas saiu!' },
    { pattern: 'agora (?:suporta|[eé] compat[ií]vel com|funciona com|se integra com|permite)', why: WHY.nowSupports, example: 'O Contafácil agora se integra com o seu banco, atualize agora' },
    { pattern: '(?:lan[cç]a|lan[cç]ou|estreia) (?:o|a|os|as|seu|sua|um|uma|hoje)', why: WHY.launches, example: 'A Acme lança hoje o novo app' },
    { pattern: 'em breve|chega (?:amanh[aã]|este|esta|no)', why: WHY.soon, example: 'Em breve nas livrarias' },
    { pattern: '(?:sai|lan[çc]a) (?:hoje|amanh[ãa]|hoje [àa] noite|semana que vem|na pr[óo]xima semana|esta semana)', why: WHY.soon, example: 'O template sai semana que vem' },
  ],
  opening: [
    { pattern: 'pr[eé]-?venda|pr[eé]-?encomenda', why: WHY.preorder, example: 'A pré-venda começa segunda' },
    { pattern: 'lista de espera|acesso antecipado', why: WHY.waitlist, example: 'Entre na lista de espera' },
    { pattern: 'ingressos (?:j[aá] )?(?:[aà] venda|dispon[ií]veis)|bilhetes (?:[aà] venda|dispon[ií]veis)', why: WHY.tickets, example: 'Ingressos à venda no link' },
    { pattern: 'inscri[cç][oõ]es (?:j[aá] )?abertas', why: WHY.registration, example: 'Inscrições abertas para a turma de maio' },
    { pattern: 'inscri[cç][oõ]es (?:para|pro|pra|do|da) (?:o |a )?(?:meu|minha|nosso|nossa|meus|minhas|nossos|nossas) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:j[aá] )?est[ãa]o (?:oficialmente )?abertas', why: WHY.registration, example: 'As inscrições para o nosso curso de março estão abertas' },
  ],
  acquire: [
    // O teste oferecido como escolha do leitor ("se quiserem testar", "se quiser experimentar"): o mesmo pedido, mais suave.
    { pattern: '(?:quiserem|quiser) (?:testar|experimentar)(?![\\p{L}])', why: WHY.takeIt, example: 'A gente construiu isso, 3 meses grátis se quiserem testar' },
    // xlang19: a phone or WhatsApp number to call for the service: how an ad is taken up (backs its copy).
    { pattern: "(?:liga|ligue|liguem|zap|whats(?:app)?|wpp)(?: (?:no|pro|para o|pra))?(?: (?:zap|whats))?:? ?\\+?\\(?\\d[\\d().\\s/-]{6,}\\d", why: WHY.contact, example: "Orçamento grátis, liga (31) 95555-1234" },
    { pattern: '(?:testa|testem|experimenta|experimentem) a[ií]', why: WHY.takeIt, example: 'Testa aí e conta pra gente o que achou!' },
    { pattern: 'ainda n[aã]o (?:garantiu|garantiram|comprou|compraram|pegou|pegaram|adquiriu)[^.!?\\n]{0,60}\\?', why: WHY.notYetBought, example: 'Ainda não garantiu o seu?' },
    { pattern: "(?:ou[çc]am|ou[çc]a|escutem|escute|assistam|assista) (?:j[aá] |agora )?(?:no|na) (?:spotify|youtube|deezer|apple podcasts)|(?:ou[çc]am?|escutem?) (?:j[aá] |agora )?(?:no|na|em) (?:seu|sua|todas as|qualquer) (?:app|aplicativo|plataformas?|tocador)(?: de podcasts?)?|(?:ou[çc]a|assista) (?:j[aá] |agora )?no (?:meu|nosso) canal|dispon[ií]vel em todas as plataformas", why: WHY.listenAt, example: "Ouça no seu app de podcasts" },
    {
      pattern: '(?:compre|garanta|baixe|experimente|teste|pe[cç]a|adquira|encomende) (?:j[aá]|agora|aqui|hoje|gr[aá]tis|o seu|a sua|o teu|a tua|o app|o|a|os|as|seu|sua|em|no|na)',
      why: WHY.takeIt,
      example: 'Garanta o seu hoje',
    },
    { pattern: 'atualize (?:j[aá] |agora |hoje )?(?:na|pela|pelo|no) (?:app store|play store|google play|loja|console)', why: WHY.update, example: 'O Contafácil 5.0 chegou, atualize agora na App Store' },
    { pattern: 'd[aá] (?:pra|para) (?:comprar|encomendar|baixar|pedir|garantir)|(?:voc[eê] pode|voc[eê]s podem|pode|podem) (?:j[aá] )?(?:comprar|encomendar|baixar|pedir)', why: WHY.takeIt, example: 'Dá pra comprar direto comigo' },
    { pattern: 'fa[cç]a (?:j[aá] )?(?:o )?seu pedido|fa[cç]am (?:j[aá] )?(?:o )?seus? pedidos?|test(?:em|e|a) (?:e|ai|a[ií]|l[aá]|agora)', why: WHY.takeIt, example: 'Nossa loja está no ar, faça seu pedido no site' },
    { pattern: 'inscreva-se|cadastre-se|assine (?:j[aá]|agora|aqui)|entre na lista', why: WHY.signUp, example: 'Inscreva-se até sexta' },
    { pattern: 'reserve (?:j[aá]|agora|aqui|o seu|a sua|seu|sua)', why: WHY.reserve, example: 'Reserve a sua vaga' },
    { pattern: 'me chama|chama no (?:direct|dm|privado|zap)|manda (?:uma )?mensagem|fale conosco|entre em contato', why: WHY.contact, example: 'Vendo pulseiras feitas à mão, me chama no direct' },
  ],
  moreAt: [
    { pattern: 'na (?:loja|nossa loja|lojas) (?:e|ou) (?:no (?:site|nosso site)|online)|(?:no site|online) (?:e|ou) na loja', why: WHY.inStoreOnline, example: 'Edição limitada, disponível na loja e no site' },
    { pattern: `${PRICE} (?:(?:no|na|em|pela|pelo) ${MARKETPLACES}|(?:no|na|em|pela|pelo) (?:minha |nossa |meu )?(?:loja(?: online)?|banca))`, why: WHY.soldAt, example: 'O cardigã Juniper já saiu, 7 € no Ravelry' },
    { pattern: `(?:(?:no|na|em|pela|pelo) ${MARKETPLACES}|(?:no|na|em) (?:minha |nossa |meu )?(?:loja(?: online)?|banca)),? por ${PRICE}`, why: WHY.soldAt, example: 'na minha loja por R$ 30' },
    { pattern: 'saiba mais|mais (?:informa[cç][oõ]es|detalhes|info) (?:aqui|no|em|abaixo)|(?:detalhes|informa[cç][oõ]es|infos?) no (?:meu|nosso) (?:site|perfil|link)|(?:link|demo|tutorial) (?:na bio|abaixo|↓|👇)', why: WHY.learnMore, example: 'Saiba mais no site' },
  ],
  trial: [
    {
      pattern: 'primeira (?:aula|li[cç][aã]o|sess[aã]o|consulta) (?:[eé] )?(?:gr[aá]tis|gratuita)|aula (?:experimental|teste) (?:gr[aá]tis|gratuita)',
      why: WHY.freeTrial,
      example: 'Dou aulas de violão online, a primeira aula é grátis',
    },
  ],
  releaseCall: [
    { pattern: 'prepare-se|preparem-se|fiquem ligados|fique ligad[oa]|anot(?:e|em) (?:a data|na agenda)|marqu(?:e|em) na agenda|salv(?:e|em) a data', why: WHY.getReady, example: 'A versão estável chega em março, preparem-se!' },
    {
      pattern: '(?:digam?|contem?|conta|falem?|fala) (?:pra|para) (?:(?:a )?gente|n[oó]s) o que (?:achou|acharam|acha|acham)|(?:digam?|contem?)-nos o que (?:achou|acharam|acha|acham)',
      why: WHY.feedback,
      example: 'Atualizem o app e contem pra gente o que acharam',
    },
    {
      pattern:
        '(?:nosso|nossa|meu|minha) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:(?:sai|sairá|lança|chega|chegará|estreia) (?:em|daqui a) (?:\\d+|dois|duas|três|quatro|cinco|poucos) (?:dias|horas|semanas)|(?:sai|chega|estreia) (?:amanhã|hoje à noite))',
      why: WHY.countdown,
      example: 'Nosso novo álbum sai em 3 dias!',
    },
  ],
  updateCall: [
    { pattern: 'atualiz[ae] (?:j[aá]|agora|hoje)(?![\\p{L}])|atualiz[ae] (?:o|seu|teu) app', why: WHY.updateNow, example: 'Finalmente chegou o modo escuro, atualize já!' },
  ],
  issueHeading: [
    { pattern: 'novo (?:epis[oó]dio|v[ií]deo|post|artigo)(?=\\s*[:–—-])', why: WHY.newIssue, example: 'Novo episódio: a Dra. Lee explica por que o sono importa' },
    {
      pattern: '(?:novo (?:epis[oó]dio|v[ií]deo|post|artigo)|(?:epis[oó]dio|v[ií]deo) novo)(?: (?:do|do meu|do nosso) (?:podcast|canal|blog))? (?:j[aá] )?(?:est[aá] )?(?:no ar|dispon[ií]vel|online|publicado)(?![\\p{L}])',
      why: WHY.newIssue,
      example: 'Episódio novo do podcast no ar 🎙️ Ouça no Spotify',
    },
  ],
  featureHeading: [
    { pattern: '(?:novas? (?:fun[cç][aã]o|fun[cç][oõ]es|funcionalidades?|integra[cç][aã]o)|novidade)(?=\\s*(?:[:–—!-]|\\p{Extended_Pictographic}))', why: WHY.newFeature, example: 'Novidade 🚨 Agora você pode agendar posts para 12 contas' },
  ],
  pitchTurn: [
    {
      pattern:
        '(?:(?:foi|é) (?:(?:exatamente|justamente) )?por isso que|por isso|foi pensando nisso que) (?:nós )?(?:criamos|criei|fizemos|fiz|desenvolvemos|desenvolvi|lançamos|lancei|constru[ií]mos|constru[ií]|fundamos|fundei)',
      why: WHY.pitchTurn,
      example: 'Foi por isso que criamos o LedgerLite, contabilidade automática para freelancers',
    },
    {
      // "Foi exatamente para isso que criámos o X" sob o problema de outro, também com o pretérito de Portugal
      // ("criámos", "lançámos"); só verbos de criar um produto ("foi para isso que fizemos a vaquinha" conta).
      pattern: '(?:(?:foi|é) (?:(?:exatamente|justamente) )?(?:para|por) isso que|(?:exatamente|justamente) para isso) (?:nós )?(?:cri[aá]mos|criei|desenvolvemos|desenvolvi|lan[cç][aá]mos|lancei|fund[aá]mos|fundei|program[aá]mos)',
      why: WHY.pitchTurn,
      example: 'Foi exatamente para isso que criámos o Faturix',
    },
  ],
};
