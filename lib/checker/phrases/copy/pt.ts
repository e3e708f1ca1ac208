// Portuguese product copy and critique.
import { COPY_WHY as WHY, type CopyLexicon } from './entry';

export const ptCopy: CopyLexicon = {
  copy: [
    // Um imóvel anunciado: os cômodos contados como um anúncio conta ("3 quartos e 2 banheiros", "T3 com 2 casas de banho") e a visita.
    { pattern: "\\d+ quartos?,? (?:e |com )?\\d+ (?:banheiros?|casas? de banho|su[ií]tes?)(?![\\p{L}])", why: WHY.listing, example: 'Apartamento no Porto: 3 quartos e 2 casas de banho, 950 €' },
    { pattern: "visitas? (?:neste|no|este|dia) (?:s[aá]bado|domingo) (?:das|a partir das|[àa]s) \\d+(?:h\\d*|[:.]\\d+)?", why: WHY.listing, example: 'Visitas neste sábado das 10h às 13h' },
    // A entrega do próprio vendedor ("entregamos em casa", "a gente entrega na região"): ao lado de um preço, os termos da venda.
    { pattern: '(?:a gente |n[óo]s )?(?:entregamos|entrega|levamos) (?:em casa|a domic[ií]lio|na regi[ãa]o|no bairro|em toda)|entrega (?:em|a) domic[ií]lio|fazemos entregas?', why: WHY.shipping, example: 'Mel das nossas colmeias, 7 € o frasco, e entregamos em casa' },
    // Mercadoria nova na loja do autor ("Chegaram peças novas no brechó", "novidades na loja").
    { pattern: 'chegaram (?:(?:as |os )?(?:pe[çc]as|produtos|modelos|novidades)(?: nov[oa]s)?|(?:nov[oa]s|mais) (?:pe[çc]as|produtos|modelos))|novidades na loja', why: WHY.edition, example: 'Chegaram peças novas no brechó, jaquetas a partir de R$ 80' },
    // A fornada pequena do autor ("dessa vez só fiz 30", "limitado a 50 unidades"): o pouco que há para comprar.
    { pattern: 's[óo] (?:fiz|fizemos) \\d+|(?:s[óo]|apenas) \\d+ (?:unidades|pe[çc]as|c[óo]pias)|limitad[oa]s? a \\d+', why: WHY.stock, example: 'As velas voltaram, dessa vez só fiz 30' },
    { pattern: 'or[çc]amentos? (?:gr[aá]tis|gratuitos?|sem compromisso)|atendimento 24 ?h(?:oras)?|plant[aã]o 24 ?h', why: WHY.service, example: 'Orçamento grátis e atendimento 24h' },
    { pattern: '(?:frete|envio|entrega) gr[áa]tis|envi(?:amos|o) (?:para|pra) todo o (?:brasil|pa[íi]s|portugal)|envios? para todo o (?:brasil|pa[íi]s|portugal)', why: WHY.shipping, example: 'Frete grátis em todos os pedidos' },
    { pattern: '(?<!se )ainda (?:temos|tem|h[áa]|tenho) (?:\\d+ |algumas |poucas |alguns |poucos )?(?:vagas|hor[áa]rios)(?![\\p{L}])(?!\\s*\\?)', why: 'Seats still open in a course, class or workshop: what is left to buy.', example: 'Ainda temos vagas pro curso de crochê de fevereiro!' },
    { pattern: '(?:restam|[úu]ltimas|[úu]ltimos) (?:poucas |poucos |\\d+ )?(?:vagas|hor[áa]rios)(?![\\p{L}])(?!\\s*\\?)', why: 'Seats left in a course, class or workshop: how much of it is left to buy, as stock is.', example: 'Restam poucas vagas no curso de cerâmica, R$ 300' },
    // O preço parcelado por quem vende ('parcelado em 4x', 'em até 10x sem juros'): um termo da venda.
    { pattern: 'parcel(?:ado|amos|a) em (?:at[ée] )?\\d+ ?x|\\d+ ?x sem juros|(?<!(?:o|um|pedir|solicitar) )pagamento em \\d+ (?:vezes|parcelas|presta[çc][õo]es)', why: 'A term of sale: the price split into instalments, as a seller offers it.', example: 'Pacote de 20 aulas por R$990, parcelado em 4x' },
    { pattern: 'em estoque|de volta ao estoque|(?<!(?:estava|estou|estive|fiquei|fico|t[ôo]|tava|ando|sinto-me|me sinto|me senti|senti-me|completamente|totalmente) )esgotad[oa]s?|[úu]ltimas unidades|pronta entrega', why: WHY.stock, example: 'Últimas unidades em estoque' },
    { pattern: 'edi[çc][ãa]o limitada|nova cole[çc][ãa]o|cole[çc][ãa]o nova|novidades da semana', why: WHY.edition, example: 'Edição limitada, assinada e numerada' },
    { pattern: 'feit[oa]s? [àa] m[ãa]o|artesana(?:l|is)|sob encomenda', why: WHY.made, example: 'Canecas feitas à mão, sob encomenda' },
    { pattern: '(?:chama|chame|me chama|dm|direct) (?:no|na|pra|para) (?:direct|dm|inbox|pv|encomendas?|pedidos?)', why: WHY.order, example: 'Chama no direct para encomendas' },
    // Os detalhes da oferta guardados para uma mensagem privada ("informações no privado", "mais info no direct").
    { pattern: '(?:mais )?(?:info|infos|informa[çc][õo]es) (?:no|pelo|por|via|na) (?:privado|pv|direct|dm|inbox|zap|whatsapp)(?![\\p{L}])', why: WHY.order, example: 'Ainda temos vagas, informações no privado' },
    { pattern: 'dispon[íi]ve(?:l|is) em (?:\\d+|duas|dois|tr[êe]s|quatro|cinco|v[áa]ri[ao]s) (?:cores|tamanhos|modelos|sabores)', why: WHY.variants, example: 'Disponível em 3 cores' },
    { pattern: 'plano gratuito|teste gr[áa]tis|sem assinatura|uso comercial', why: WHY.plans, example: 'O plano gratuito inclui o editor completo' },
    { pattern: 'sai do (?:alfa|beta)|dispon[íi]vel em todas as plataformas|j[áa] dispon[íi]vel (?:na steam|no app|em casa)', why: WHY.channels, example: 'Disponível em todas as plataformas' },
    { pattern: 'mint (?:gr[áa]tis|p[úu]blico)|pre[çc]o do mint|whitelist|lista branca|airdrop (?:de tokens|para holders)|ganhe (?:pontos|recompensas)', why: WHY.tokens, example: 'O mint grátis acontece em 16 de fevereiro' },
    { pattern: "\\d[\\d.,]* ?% ?(?:d'|de )?(?:apy|apr)(?![\\p{L}])", why: WHY.tokens, example: "Faça staking de $ORB e ganhe até 24% de APY" },
    { pattern: 'minte (?:agora|j[áa]|o novo|a nova|o seu|a sua)|mintar (?:agora|o novo|a nova)', why: WHY.tokens, example: 'Minte agora a nova música' },
  ],
  hook: [
    { pattern: "(?:procurando|precisa de) (?:um|uma) [\\p{L}]+ (?:de confian[çc]a|confi[aá]vel|barat[oa])\\?", why: WHY.pain, example: 'Precisa de um encanador de confiança? Ligue hoje' },
    { pattern: 'esse (?:cara|sujeito) literalmente', why: WHY.praiser, example: 'Esse cara literalmente deixou o Claude 10 vezes mais útil' },
    { pattern: 'a maioria das pessoas n[ãa]o sabe|ningu[ée]m est[áa] falando (?:disso|sobre isso)', why: WHY.unknown, example: 'A maioria das pessoas não sabe disso' },
    { pattern: 'pare de (?:rolar|pagar|perder)|voc[êe] est[áa] perdendo (?:horas|tempo|dinheiro)', why: WHY.stop, example: 'Pare de pagar 11 dólares por vídeo' },
    { pattern: 'chega de (?:c[óo]digo manual|trabalho manual|desenvolvedores caros)|nada mais de trabalho manual', why: WHY.noMore, example: 'Chega de trabalho manual' },
    { pattern: 'explodiu minha cabe[çc]a|surreal demais', why: WHY.amazed, example: 'Isso explodiu minha cabeça' },
    { pattern: 'salve (?:esse|este) (?:v[íi]deo|post|fio)', why: WHY.keep, example: 'Salve esse fio para depois' },
    { pattern: '(?:o|a) melhor (?:explica[çc][ãa]o|an[áa]lise|tutorial|fio|v[íi]deo|guia|curso) que (?:eu )?j[áa] (?:vi|li)', why: WHY.raves, example: 'A melhor explicação que eu já vi' },
    { pattern: '(?:\\d+|dez) vezes mais (?:[úu]til|produtivo|poderoso|r[áa]pido)(?!s? (?:desde que|depois (?:que|de (?:criar|adicionar|mudar|trocar|remover))))|com (?:esse|este) [úu]nico (?:sistema|prompt|truque)', why: WHY.multiplies, example: 'Deixou o Claude 10 vezes mais útil com esse único sistema' },
    { pattern: "precisa de um (?:bot|site|app|logo) (?:[\\p{L}]+ )?(?:simples|r[áa]pido|barato)", why: WHY.pain, example: "Precisa de um bot simples? Aqui está o agente que faz isso de graça" },
    { pattern: "(?:aqui est[áa]|esse [ée]|este [ée]) o (?:agente|app|bot|plugin|aplicativo|site) que|s[óo] (?:[ée] )?poss[íi]vel com|eu (?:os )?construo (?:r[áa]pido|para voc[êe])", why: WHY.cure, example: "Aqui está o agente que guarda tudo localmente" },
  ],
  register: [
    { pattern: 'descubra (?:a|o|nossa|nosso) (?:nova|novo|magia|poder|futuro)|viva a experi[êe]ncia|leve (?:o seu|a sua|seu|sua) [\\p{L}]+ ao pr[óo]ximo n[íi]vel|desbloqueie (?:todo )?(?:o )?seu potencial|turbine (?:o seu|a sua|seu|sua) [\\p{L}]+', why: WHY.appeal, example: 'Leve sua cozinha ao próximo nível' },
    { pattern: '(?:projetad|pensad|criad|desenvolvid)[oa]s? (?:especialmente )?para (?:chefs|cozinheiros|criadores|desenvolvedores|profissionais|gamers|o dia a dia|uso di[áa]rio)|(?:qualidade|grau) (?:profissional|comercial|industrial)|seja voc[êe] (?:um|uma) [\\p{L}]+ ou', why: WHY.fit, example: 'Facas projetadas para cozinheiros, qualidade profissional' },
    { pattern: 'sem complica[çc][ãa]o|sem dor de cabe[çc]a|em (?:poucos|dois|tr[êe]s|\\d+) cliques|na palma da (?:sua )?m[ãa]o|tudo em um s[óo] lugar', why: WHY.ease, example: 'Todas as receitas na palma da mão' },
    { pattern: '(?:perfeit|ideal)[oa]? para (?:ag[êe]ncias|equipes|criadores|desenvolvedores|empreendedores|freelancers|startups|iniciantes|traders)', why: WHY.fit, example: 'Ideal para agências, qualidade profissional' },
    { pattern: '(?:milhares|milh[õo]es|centenas) de (?:equipes|criadores|usu[áa]rios|desenvolvedores|empresas|clientes) (?:j[áa] )?(?:usam|confiam|amam)|j[áa] (?:est[ãa]o usando|usam)|junte-se a (?:mais de )?\\d[\\d,.]*[km]?\\+? (?:usu[áa]rios|criadores|assinantes|membros|clientes)|veja como (?:[\\p{L}@&-]+ ){1,5}(?:usa|usou|construiu|economizou)', why: WHY.proof, example: 'Milhares de equipes já usam o app' },
  ],
  benefit: [
    { pattern: '(?:ele|ela|isso|que) (?:te|lhe) (?:permite|ajuda|d[áa]|oferece)|para que voc[êe] possa (?:finalmente|agora|facilmente)|agora voc[êe] pode', why: WHY.benefit, example: 'Ele te permite gerenciar vários agentes ao mesmo tempo' },
  ],
  critique: [
    { pattern: 'comprei|(?:meu|o) pedido (?:chegou|n[ãa]o chegou)', why: WHY.customer, example: 'Comprei a azul e chegou rasgada' },
    { pattern: 'resenha|golpe|caro demais|reembolso|atendimento ao cliente', why: WHY.review, example: 'Caro demais, um golpe' },
  ],
};
