// Portuguese (Brazil and Portugal). Written with and without accents, as people type them.
import { FAVOURITE } from './favourite';
import type { Lexicon } from './book';
import { ptValue } from './value/pt';
import { offerLists, SHOPFRONTS } from './offer/entry';
import { ptOffer } from './offer/pt';
import { copyLists } from './copy/entry';
import { ptCopy } from './copy/pt';
import { hypeLists } from './hype/entry';
import { ptHype } from './hype/pt';
import { valueLists } from './value/entry';

/** An amount of money as lures write it: "$4,200", "500 €", "R$ 300". */
const AMOUNT = '(?:(?:R\\$|[$€]) ?\\d[\\d,.]*k?|\\d[\\d,.]*k? ?(?:reais|mil reais|mil|d[oó]lares|euros?))';
const PRODUCT =
  '(?:' + SHOPFRONTS + '|loja|lojinha|livro|e-?book|curso|oficina|aula|webinar|webin[aá]rio|programa|modelo|guia|canal|podcast|epis[oó]dio|newsletter|blog|' +
  'app|aplicativo|produto|site|p[aá]gina|portf[oó]lio|cole[cç][aã]o|[aá]lbum|v[ií]deo|marca|neg[oó]cio|servi[cç]os|ag[eê]ncia|perfil)';
/** Guidance one follows by doing it ("siga estes passos", "sigam estas dicas"), as lexicon pt.ts `guidance` lists it. */
const PT_GUIDANCE =
  '(?:passos?|instru[cç](?:[oõ]es|[aã]o)|orienta[cç](?:[oõ]es|[aã]o)|dicas|conselhos|recomenda[cç][oõ]es|guia|receita|regras|procedimento|' +
  'protocolo|tutorial|placas|sinaliza[cç][aã]o|m[eé]todo|plano|rotina|bula|manual|ordem)(?![\\p{L}])';

export const pt: Lexicon = {
  phrases: {
    ...valueLists(ptValue),
    ...offerLists(ptOffer),
    ...hypeLists(ptHype),
    ...copyLists(ptCopy),
    callToAction: [
      // A isca da venda em rede: como entrar no time do autor, contado no privado ("me chama que eu te conto como entrar pro
      // meu time"). Uma vaga de emprego nomeia o cargo.
      '(?:te (?:conto|explico|mostro|falo) como|me chama (?:pra|para)) (?:entrar|entrei|fazer parte) (?:pro|para o|no|do) meu (?:time|neg[óo]cio)(?![\\p{L}])|(?:te (?:conto|explico|mostro|falo) como|me chama (?:pra|para)) (?:entrar|entrei|fazer parte) (?:pra|para a|na|da) minha equipe(?![\\p{L}])',
      // xlang21: o contato com o número do autor como alvo ("me chama no (51) 99999-1234", "liga-nos para o 912 345 678").
      '(?:me chama|chama|me liga|liga|ligue|liga-nos|ligue-nos|ligue-me|liga-me|contacte-nos|contacte-me|contacta-me|contacta-nos|manda (?:uma )?mensagem|mande (?:uma )?mensagem|fala comigo) (?:no|pelo|para o|pro|:) (?:zap |whats |whatsapp |wpp |telefone |n[uú]mero )?\\+?\\(?\\d[\\d ()/.-]{5,}\\d',
      // O fechamento do consultor depois do problema do leitor ("Se a sua empresa fatura mas nunca tem caixa, me chama que a
      // gente vê"): o serviço dele como resposta, como "DM me".
      '(?<=(?<![\\p{L}])se (?:a sua|o seu|sua|seu|a tua|o teu|tua|teu) (?:empresa|neg[oó]cio|marca|site|loja|equipe|equipa|startup|cl[ií]nica|escrit[oó]rio|ag[eê]ncia|e-?commerce|faturamento)(?![\\p{L}])[^.!?\\n]{0,120})(?:me chama|me chame|chama no (?:direct|dm|privado|whats)|me manda (?:uma )?(?:mensagem|dm|direct)|fala comigo)(?: no (?:direct|dm|privado|whats(?:app)?))?,? (?:que|e) (?:a gente|n[oó]s) (?:v[eê]|olha|conversa|analisa|resolve)(?![\\p{L}])',
      // A vaquinha do próprio trabalho pedida como um café ("se quiser me pagar um café ☕ ko-fi.com/…"): dinheiro para o
      // autor, como "me apoia no Ko-fi". "Me paga um café amanhã" é um encontro.
      '(?:me paga|me pague|me pagar|pague-me|me oferece|me ofere[çc]a|nos paga|nos pague|nos pagar) um (?:caf[eé]|cafezinho|ko-?fi)(?![\\p{L}])(?=[^\\n]{0,80}?(?:https?://|www\\.|ko-?fi\\.com|buymeacoffee|bmc\\.link|paypal|pix|bizum|👉|→|⬇️|👇))',
      '(?:pode|podem|voc[eê] pode|voc[eê]s podem|se quiser(?:em)?,?|quem puder,?|quem quiser,?|se (?:te|vos) ajudou,?) (?:me |nos )?(?:pagar|paga|oferecer) um (?:caf[eé]|cafezinho|ko-?fi)(?![\\p{L}])(?! (?:amanh[aã]|depois|quando|qualquer dia)(?![\\p{L}]))',
      // Onde estão as coisas do autor, a banca dele numa plataforma ("tá tudo no meu Enjoei", "estão na minha Vinted"): um
      // ponteiro para comprar, como "link na bio". "Minha encomenda da Vinted" é de quem compra (SHOPFRONTS).
      // A loja própria também ("tá na minha loja da Amazon"). Com "meu"/"minha" por chave e o verbo olhado atrás: "tá", "tem"
      // estão em toda parte.
      `(?<=(?<![\\p{L}])(?:t[aá]|est[aá]|est[aã]o|t[aã]o|tem|(?:(?:vc|voc[eê]s?)\\s+)?(?:encontra|encontram|acha|acham))\\s+(?:(?:tudo|todos|todas|j[aá]|tamb[eé]m|l[aá])\\s+)*(?:no|na|em)\\s+)(?:meu|minha) (?:loja(?![\\p{L}])|linktree|${SHOPFRONTS})`,
      // Uma call ou auditoria grátis do serviço do autor para agendar ("Agende uma auditoria de preços gratuita").
      '(?:agende|agenda|reserve|reserva|marque|marca|solicite|garanta|garante) (?:a sua |sua |tua |a tua |uma |um )(?:[\\p{L}-]+ ){0,2}?(?:auditoria|call|consultoria|sess[aã]o|demo|diagn[oó]stico|an[aá]lise|conversa|reuni[aã]o|mentoria|consulta)(?: [\\p{L}-]+){0,3}? (?:gratuita|gratuito|gr[aá]tis|sem compromisso|sem custo)(?: comigo| com a gente| conosco)?(?![\\p{L}])',
      // O do autor fixado onde o leitor acha ("escrevi uma thread sobre isso, tá fixada no meu perfil").
      '(?:est[aá]|t[aá]|deixei) (?:fixad[oa]|linkad[oa]) (?:no|em cima no) meu (?:perfil|canal|feed)(?![\\p{L}])',
      // Uma venda fechada nos comentários ("comenta pra reservar", "comente 'quero' para garantir").
      "coment(?:a|e|em) (?:aqui |abaixo |['\"“]?(?:quero|eu quero|meu|minha)['\"”]? )?(?:pra|para) (?:reservar|garantir|comprar|encomendar|pedir)(?:o|a|os|as)?(?![\\p{L}])",
      // A experiência do autor transformada em algo para levar ("mês passado transformei isso num curso por e-mail"), com onde ou como
      // pegar depois. O livro de receitas da família não é oferta.
      '(?:transformei|transformamos|virei|convertemos|converti) (?:isso|tudo isso|isto|tudo) (?:em|num|numa) (?:um |uma |meu |minha |nosso |nossa )?(?:[\\p{L}\\p{N}-]+ ){0,2}?(?:curso|guia|e-?book|livro|programa|aula|newsletter|oficina|workshop|template|mentoria|masterclass)(?![\\p{L}])(?=[\\s\\S]{0,200}?(?:https?:|www\\.|[\\p{L}\\p{N}-]\\.(?:com|br|pt|io|org|net|app)|link|inscri|gr[aá]tis|gratuit|[$€£]\\d|r\\$ ?\\d))',
      // O próprio texto sobre o tema, com o link ('Escrevi exatamente sobre isso semana passada… link').
      '(?:eu )?(?:j[aá] )?(?:escrevi|publiquei|fiz um (?:post|fio|v[ií]deo)) (?:exatamente |justamente |justo )?sobre (?:isso|esse assunto|esse tema)(?![\\p{L}])(?=[^\\n]{0,200}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|org|net|io|co|de|fr|es|pt|br|uk|blog|news|substack|medium)(?:\\.[\\p{L}]{2,3})?/))',
      // Uma força pedida para um pequeno negócio, o do autor ("deem uma força pra um pequeno negócio"), como 'help a small
      // business out'; "apoiem os pequenos comércios" no plural fala de todos.
      '(?:ajud(?:a|e|em|ar)|apoi(?:a|e|em|ar)|d(?:a|ê|e|eem|ar) uma for[çc]a) (?:a |ao |pra |para )?(?:um|uma|nosso|nossa|meu|minha|esse|este) (?:pequen[oa] )?(?:neg[oó]cio|com[eé]rcio|loja|empreendimento)(?: (?:pequen[oa]|local|familiar|de bairro))?(?![\\p{L}])',
      // A própria pré-venda anunciada como aberta ("A pré-venda abriu!"), como 'pre-orders are open'.
      'pr[eé]-?venda (?:j[aá] )?(?:abriu|aberta|est[aá] aberta|t[aá] aberta|come[çc]ou)(?![\\p{L}])(?!\\s*\\?)|(?:abriu|abrimos|abri) a pr[eé]-?venda',
      // As próprias encomendas anunciadas abertas ("Encomendas de panetone abertas até 20 de dezembro").
      '(?:as )?encomendas (?:de [^.!?\\n]{1,40} )?(?:j[aá] )?(?:est[aã]o )?(?:abertas|liberadas)(?![\\p{L}])(?!\\s*\\?)|(?:abrimos|abri) (?:as )?encomendas|(?:aceitamos|aceito|estou aceitando|estamos aceitando|pegando) encomendas(?![\\p{L}])(?!\\s*\\?)',
      // As próprias encomendas abertas ditas ao leitor ("Já podem encomendar o panetone", "já dá pra encomendar"): a mesma
      // abertura, como 'you can now pre-order'.
      '(?:j[aá]|agora) (?:podem|pode|d[aá] (?:pra|para)|voc[eê]s? (?:j[aá] )?(?:podem|pode)) encomendar(?![\\p{L}])',
      // O empurrão do anúncio logo antes do link ("Tá esperando o quê? 👉 loja.com.br").
      '(?:(?:t[aá]|est[aá]|est[aã]o|t[aã]o) esperando o qu[eê]|o que (?:voc[eê]s? )?(?:est[aá] |est[aã]o |t[aá] )?esperando)(?=[?!.:…\\s\\p{Extended_Pictographic}\\uFE0F→-]*(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|io|app|co|ai|xyz|net|org|shop|store|es|de|fr|br|pt|uk|at|ch|be|mx|ar)(?![\\p{L}])))',
      // Uma multidão de usuários a que se juntar ("Junte-se a mais de 5.000 equipes que já usam o Flowdesk"): o pedido de cadastro.
      '(?:junte-se|junta-te|juntem-se|venha se juntar|vem se juntar) (?:a|aos|às) (?:mais de |outros |outras )?\\d[\\d.,]*k?\\+? (?:outros |outras )?(?:equipes|equipas|usu[aá]rios|usu[aá]rias|clientes|criadores|criadoras|empresas|assinantes|leitores|leitoras|alunos|alunas|marcas|desenvolvedores|profissionais|empreendedores|empreendedoras|traders|investidores)(?![\\p{L}])',
      // O compartilhamento desejado no condicional ("Seria massa se vocês viessem e espalhassem pros amigos").
      '(?:seria|ia ser) (?:(?:muito|super|mega) )?(?:massa|incr[ií]vel|[oó]timo|top|legal|demais|lindo|[oó]timo) se (?:voc[eê]s|vcs|voc[eê]|vc|a galera) (?:[\\p{L}]+ (?:e )?){0,5}?(?:compartilhassem|compartilhasse|partilhassem|partilhasse|espalhassem|divulgassem|divulgasse|repostassem)(?![\\p{L}])',
      // Um horário marcado por um canal do autor ("Agende pelo WhatsApp (21) 9…", "marque sua sessão no direct").
      '(?<!(?:pode|podes|d[aá] pra|consegue|voc[eê]) )(?:agende|agendem|marque|marquem|reserve|reservem) (?:j[aá] )?(?:(?:o |a )?(?:seu|teu|sua|tua) (?:hor[aá]rio|consulta|sess[aã]o|vaga) )?(?:pelo|no|via|por) (?:whats ?app|zap|whats|direct|dm|insta(?:gram)?|telefone)(?![\\p{L}])',
      // Um concurso ganho com a ajuda do leitor ("me ajudem a ganhar o concurso"): votos para o autor.
      '(?:me ajudem|me ajuda|nos ajudem|ajudem-me) a ganhar (?:o|esse|este|um|meu|nosso|a|essa|esta) (?:[\\p{L}-]+ ){0,2}?(?:concurso|pr[eê]mio|competi[çc][aã]o|vota[çc][aã]o|batalha)',
      // A meta da própria vaquinha com a ajuda do leitor ("Ajuda a gente a bater a meta da vaquinha").
      '(?:me ajudem|me ajuda|nos ajudem|nos ajuda|ajudem-me|ajudem-nos|ajuda-nos|ajud(?:a|e|em) a gente) a (?:bater|atingir|alcan[çc]ar|chegar [àa]|chegar na) (?:a |nossa |minha |o |nosso |meu )?(?:meta|objetivo) (?:da|do|na|no|de) (?:nossa |minha )?(?:vaquinha|vakinha|catarse|benfeitoria|kickstarter|crowdfunding|campanha|financiamento coletivo)(?![\\p{L}])',
      // O pedido escrito numa palavra só ("seinscrevenomeucanal", "visitemeucanal").
      '(?:se ?inscreve|inscreva-?se|increve|visit[ae]m?|confira|conferem?)(?:no|o)?meu(?:canal|perfil|insta|video|som)[\\p{L}]*',
      // Um @ rotulado com o site, no lugar do pedido ("IG: @bia.receitas"): onde seguir o autor.
      '(?<!(?:seu|sua|o|a|do|da|dele|dela)\\s)(?:ig|insta|instagram|tiktok|tik tok|twitter|snap|snapchat|twitch|soundcloud|fb|facebook|threads|bsky|bluesky|kick)(?=\\s?(?:[:=|>–—-]+|👉|➡️?)\\s?@[\\p{L}\\p{N}_])',
      // O que o autor fez, posto no próprio canal na mesma frase ("fiz o review desse celular no meu canal"): o mesmo ponteiro que "tá no meu canal".
      `(?<=(?<![\\p{L}])(?:eu|fiz|fa[çc]o|postei|gravei|subi|tenho|coloquei|fizemos)\\s(?:[^.!?\\n]{0,50}\\s)?)no meu (?:pr[oó]prio )?canal(?![\\p{L}])(?! ${FAVOURITE})`,
      // Um e-mail pedido como preço do brinde do autor ("E-book grátis: é só deixar seu e-mail", "deixe seu e-mail para
      // receber o guia"): a porta de um ímã de leads, não um presente.
      '(?<=(?<![\\p{L}])(?:(?:gr[aá]tis|gratuit[oa]s?|de presente) (?:[\\p{L}-]+ ){0,2}?(?:e-?books?|guias?|modelos?|checklists?|pdfs?|cursos?|minicursos?|masterclass|webinars?|aulas?|fichas?|cap[ií]tulos?|planners?|planilhas?|materiais)|(?:e-?books?|guias?|modelos?|checklists?|pdfs?|cursos?|minicursos?|masterclass|webinars?|aulas?|fichas?|cap[ií]tulos?|planners?|planilhas?|materiais) (?:[\\p{L}-]+ ){0,3}?(?:gr[aá]tis|gratuit[oa]s?|de presente))(?![\\p{L}])[^\\n]{0,80})(?:[eé] s[oó] )?(?:deixe|deixa|deixar|coloque|coloca|colocar|digite|digita|informe|cadastre) (?:o |aqui )?(?:seu|teu) (?:melhor )?(?:e-?mail|email)(?![\\p{L}])',
      '(?:deixe|deixa|coloque|coloca|digite|digita|informe|cadastre) (?:o )?(?:seu|teu) (?:melhor )?(?:e-?mail|email) (?:para|e) (?:receber|baixar|ganhar|garantir|(?:eu )?te (?:mando|envio))(?=[^.!?\\n]{0,40}?(?<![\\p{L}])(?:e-?books?|guias?|modelos?|checklists?|pdfs?|cursos?|minicursos?|masterclass|webinars?|aulas?|fichas?|cap[ií]tulos?|planners?|planilhas?|materiais)(?![\\p{L}]))',
      // Onde votar ("A votação é aqui").
      '(?:a vota[cç][aã]o [ée]|votem|vote) aqui',
      // O voto como necessidade do autor ("Precisamos do vosso voto, dá para votar uma vez por dia"), como "votem em nós".
      '(?:precisamos|preciso) (?:muito )?(?:do|de) (?:vosso|seu|teu|vossos|seus|teus|cada) votos?(?![\\p{L}])',
      // Inscrever-se onde o autor aponta ("Mais informações e inscrição no primeiro comentário 👇"), como "link nos comentários".
      '(?:(?:mais )?informa[cç](?:[oõ]es|[aã]o) (?:e|&) )?(?:inscri[cç](?:[aã]o|[oõ]es)|ingressos) (?:no|nos) (?:primeiro )?coment[aá]rios?(?![\\p{L}])',
      // A loja convida para a loja, como "come see us": "venham nos visitar", "passa lá na loja".
      '(?:venham|venha|vem) nos (?:visitar|ver|conhecer)|passa(?:m)? (?:l[aá] )?na (?:loja|nossa loja)',
      // Um voto no que é do autor, verbo ou substantivo ("Votem na nossa padaria", "adoraríamos o seu voto para a nossa…").
      '(?<!(?:eu|ele|ela|você|voce|que) )vot(?:e|em|a|ar) (?:em|no|na|nos|nas|pelo|pela|para|pra) (?:a |o )?(?:meus?|minhas?|noss[oa]s?)(?![\\p{L}])|(?:seu|teu|vosso|sua|tua) voto (?:para|pra|em|no|na|pelo|pela) (?:a |o )?(?:meus?|minhas?|noss[oa]s?)(?![\\p{L}])',
      // Ou o próprio comentário como palavra-chave ("Deixa um comentário que eu te mando").
      '(?:deixa|deixe|deixem) (?:um |seu |teu )?coment[aá]rio(?: aqui| abaixo| a[ií])? (?:que|e) (?:eu |a gente )?(?:te |lhe |vos )?(?:mando|envio|mandamos|enviamos|passo)',
      // O funil da palavra-chave com qualquer verbo de resposta ("Comenta GUIA que eu te mando"), como em inglês.
      // Com a palavra de dois ("Comenta EU QUERO") e com a promessa de chamar o leitor ("que te chamo no privado"): o mesmo funil.
      '(?:coment(?:a|e|em)|responde|responda|escreve|escreva|digita|digite|manda|mande|mandem|envia|envie) ["“\'‘«]?(?:eu quero|[\\p{L}\\p{N}]+)["”\'’»]?(?: aqui| abaixo| a[ií]| (?:no|na|por|pelo) (?:direct|dm|inbox|privado|whats ?app|zap))? (?:que|e) (?:eu |a gente |n[oó]s )?(?:te |lhe |vos |te )?(?:mando|envio|mandamos|enviamos|passo|chamo|chamamos|escrevo|contacto|contato)',
      // A caixinha para o próprio trabalho, nomeada na frase ("um cafezinho no ko-fi me ajuda a continuar desenhando").
      '(?<=(?<![\\p{L}])(?:ko-?fi|patreon|apoia\\.se|catarse|pix|doa[cç][aã]o|cafezinho)[^.!?\\n]{0,60})(?:me|nos) ajuda(?:m)? a (?:continuar|seguir|manter)',
      // O apoio ao autor oferecido com o lugar onde dá-lo ("quem quiser pode me apoiar no apoia.se", "dá pra nos apoiar
      // aqui 👉"); "você pode me apoiar nisso" pede concordância.
      '(?:pode|podem|podes|d[aá] pra|d[aá] para) (?:me|nos) apoiar(?= ?(?:[:👉→]|(?:no|na|pelo|pela|via|aqui)(?![\\p{L}])))',
      // O apoio ao autor oferecido a quem quiser ("se quiserem me apoiar, tenho um apoia.se"), como 'if you want to support me'.
      '(?:se (?:quiserem|quiser|vocês quiserem|você quiser|puderem|puder)|quem (?:quiser|puder)) (?:me apoiar|nos apoiar|apoiar (?:o meu|meu|o nosso|nosso) trabalho)(?![\\p{L}])',
      // As cinco estrelas pedidas para o programa, livro ou app do autor ("deixa 5 estrelas ⭐"); "o hotel merecia 5
      // estrelas" avalia o alheio. E "não esquece de seguir": o lembrete que pede o seguimento.
      '(?:deixa|deixe|deixem|deixar|deixarem|d[aá]|d[eê]em|dar|darem)(?: (?:a gente|pra gente|para a gente|pra mim))? (?:5|cinco) estrel(?:as|inhas)',
      // A review or rating asked for the author's own show, book or app: to the author ("leave us a review"), or beside
      // the follow or subscription asked in the same sentence ("subscribe and leave a review"). "Leave a review for your
      // host" alone advises.
      '(?:deixa|deixe|deixem) (?:pra gente|para a gente|pra mim|para mim) (?:uma |sua |a sua )?(?:avalia[cç][aã]o|resenha|review)(?![\\p{L}])',
      '(?<=(?<![\\p{L}])(?:se inscrev|inscrev|sig[au]|ou[çc]a|escut)[^.!?\\n]{0,40})(?:deixa|deixe|deixem) (?:uma |sua |a sua )?(?:avalia[cç][aã]o|resenha|review)(?![\\p{L}])',
      'n[ãa]o (?:esque[cç]a|esquece|esque[cç]am) de (?:seguir|se inscrever|curtir|compartilhar|deixar (?:um|uma|sua|seu) (?:like|avalia[cç][aã]o))',
      // Dinheiro para a própria vaquinha, na frase que a nomeia ("Criamos uma vaquinha para reconstruir, qualquer ajuda
      // conta"). Uma vaquinha para outros diz para onde vai o dinheiro (fundsFor) e se lê como ajuda.
      '(?<=(?<![\\p{L}])(?:vaquinha|vakinha|gofundme|pix|doa[cç][aã]o|doa[cç][oõ]es|doar|campanha)[^.!?\\n]{0,80})(?:qualquer (?:ajuda|valor|contribui[cç][aã]o)|toda ajuda|cada (?:real|centavo)|tudo) (?:conta|ajuda|soma)(?![\\p{L}])',
      // A contagem do próprio comentário como preço de algo ("Se esse comentário chegar a 500 likes eu posto a parte 2"):
      // likes pedidos para o alcance do autor.
      'se (?:esse|este|meu) (?:coment[aá]rio|post) (?:chegar a|chegar em|bater|tiver|atingir) \\d[\\d,.]*k?',
      // A contagem pedida sem promessa ("esse comentário pode chegar a 1000 likes?", "bora fazer meu comentário bater 1k"): os mesmos likes para o autor.
      '(?:esse|este|meu) coment[aá]rio (?:pode|consegue|vai) (?:chegar a|chegar em|ter|bater|atingir|alcan[çc]ar) \\d[\\d,.]*k?',
      '(?:bora|vamos|ajudem a|me ajudem a) (?:fazer )?(?:esse|este|meu) coment[aá]rio (?:chegar a|chegar em|ter|bater|atingir) \\d[\\d,.]*k?',
      // O plano ou a necessidade do leitor, e depois a oferta de conversar ("Pensando em vender? Vamos conversar."): o ofício do autor como resposta.
      '(?<=\\?\\s*)(?:vamos conversar|bora conversar|vamos bater um papo|conversamos)(?! sobre| depois| amanh[ãa])',
      // O favor para a vaquinha ou o post do próprio autor, antes do que significaria ("compartilhar já me ajuda muito").
      '(?:compartilhar|um compartilhamento|uma doa[cç][ãa]o|doar)(?: (?:j[áa]|tamb[ée]m))? (?:me |nos )?(?:ajuda(?:ria)?|significaria) (?:muito|demais|tudo)',
      // O clique de voto ou de apoio pedido como favor ("um clique me ajudaria muito" sob uma votação popular).
      'um (?:simples |s[óo] )?clique (?:me |nos )(?:ajudaria|ajuda) (?:muito|demais)',
      // O mesmo favor pedido a quem puder, com o agradecimento depois ("Quem puder compartilhar, agradeço", "se alguém
      // puder dar RT, obrigada"), e o RT que ajudaria ("um RT ajudaria muito"); "quem puder me ajudar com o Excel" pede ajuda.
      '(?:quem|se (?:algu[ée]m|voc[eê]s|vcs|voc[eê]|vc)) (?:puder|puderem|pode|podem) (?:compartilhar|dar (?:um )?rt|retuitar|repostar|divulgar)(?: (?:isso|esse post|aqui))?(?=\\s*(?:[,.!🙏]|$)|\\s+(?:agrade[çc]o|obrigad[oa]|valeu|ajuda muito|me ajuda)(?![\\p{L}]))',
      '(?:um|qualquer|cada) (?:rt|retweet|compartilhamento|repost) (?:ajuda(?:ria)?|j[áa] ajuda|[ée] bem-vindo|seria [óo]timo)',
      // O mesmo favor no condicional educado ("ficaria muito grata se vocês pudessem curtir e compartilhar"); "se vocês
      // pudessem me indicar um encanador" pede ajuda e fica de fora.
      'ficar(?:ia|[ií]amos) (?:muito |super |eternamente |imensamente )?grat[oa]s? se (?:voc[eê]s? |vcs? |puder(?:em)? |pudesse(?:m)? )+(?:curtir|compartilhar|repostar|divulgar|me seguir|nos seguir|seguir (?:a gente|o perfil|a p[aá]gina)|se inscrever)',
      // A lista de desejos do leitor pedida para o jogo do autor ("adiciona na sua lista de desejos da Steam"); "tá na
      // minha lista de desejos" conta, não pede.
      '(?:na|[àa]|em) (?:sua|tua|suas|tuas) (?:listas? de desejos|wishlists?)',
      // Cada wishlist contada como ajuda ("cada wishlist ajuda", "cada wishlist conta"), como "every wishlist helps".
      'cada (?:wishlist|lista de desejos) (?:ajuda|conta|soma)(?![\\p{L}])',
      // O que falta para um número redondo ("faltam 3 inscritos pra 100").
      '(?:s[oó] )?falta(?:m)? \\d+ (?:inscritos|seguidores|subs) (?:pra|para)',
      // Uma mensagem privada como o caminho da compra ("DM pra agendar", "chama no direct pra orçamento"); "chama no
      // direct se tiver dúvida" ajuda.
      '(?:dm|direct|inbox|whatsapp|zap|me chama|chama no (?:direct|privado|zap|whats)|me (?:manda|mande) (?:uma )?mensagem) (?:pra|para) (?:agendar|reservar|encomendar|comprar|pedir|or[çc]amentos?|pre[çc]os|encomendas|reservas|agendamentos?|visitas?)(?![\\p{L}])',
      // Uma visita ao imóvel pedida ao leitor ("Agende sua visita pelo WhatsApp", "Marque já a sua visita"): o anúncio de
      // um corretor ou de um senhorio.
      '(?:agende|agendem|agenda|marque|marquem|marca) (?:j[aá] |agora |hoje )?(?:a )?(?:sua|tua) visita(?![\\p{L}])',
      // Onde se inscrever ou pedir, dito como substantivo ("Inscrições pelo direct", "encomendas pelo WhatsApp").
      '(?<!(?:aceitam|aceita|recebem|recebe|pegam|pega|s[óo] aceitam|s[óo] aceita)\\s(?:(?:os|as|s[óo])\\s)?)(?:inscri[çc][õo]es|reservas?|pr[eé]-?encomendas?|pedidos?|encomendas?) (?:(?:s[óo]|somente|apenas|exclusivamente) )?(?:no|pelo|por|via|na) (?:direct|dm|inbox|whatsapp|whats|zap|privado|telefone|mensagem(?: privada)?|mp)(?![\\p{L}])',
      // Vir provar o que é do autor ("Venham provar nosso bolo de fubá").
      // "O menu de primavera chegou, venham provar!": vir traz o leitor à casa do autor; "o nosso" leva o artigo.
      '(?:vem|venha|venham) (?:provar|experimentar)(?: (?:o |a |os |as )?(?:nosso|nossa|nossos|nossas|meu|minha)|-(?:o|a|os|as|lo|la|los|las))?(?![\\p{L}-])(?! (?:o|a|os|as|um|uma|esse|essa|este|esta) )',
      // A versão própria apresentada ("aqui está meu cover", "eu também faço covers"): divulgação sem o link.
      `(?:aqui est[aá]|a[ií] vai|segue) (?:o |a )?(?:meu|minha|meus|minhas) (?:cover|vers[aã]o|par[oó]dia|remix|canal)s?(?![\\p{L}])(?! ${FAVOURITE})`,
      '(?:eu )?(?:tamb[eé]m )?(?:fa[çc]o|posto|gravo) (?:covers|vers[oõ]es|par[oó]dias|remixes|v[ií]deos|beats) (?:tamb[eé]m|toda|todo|no meu canal|se algu[eé]m)(?![\\p{L}])',
      // Público pedido por número ou prometido em troca ("preciso de 100 inscritos", "1000 inscritos e eu mostro o rosto").
      '(?:preciso de|me ajudem a chegar a?) \\d[\\d,.]*k? (?:inscritos|seguidores)',
      '\\d[\\d,.]*k? (?:inscritos|seguidores|likes|curtidas) e (?:eu|fa[çc]o|posto)',
      // Um nome para procurar num site onde link não passa: "procurem beatsbyjoe no youtube". Imperativo e um nome, não
      // "a versão ao vivo".
      '(?:procura|procurem|pesquisa|pesquisem|busca|busquem|digita|digitem|coloca|coloquem) (?:por )?(?!(?:o|a|os|as|um|uma|esse|essa|este|esta|seu|sua|dele|dela|letra)(?![\\p{L}]))[\\p{L}\\p{N}_-]+ (?:no|na|em) (?:youtube|yt|google|instagram|insta|ig|tiktok|spotify|soundcloud|facebook|fb|twitter|twitch)(?![\\p{L}])',
      // Onde está a coisa do autor, dito no lugar de um link: "tá no meu canal".
      '(?:est[aá]|t[aá]|est[aã]o|t[aã]o) no meu (?:canal|perfil|insta|instagram|tiktok|soundcloud|spotify)|(?:est[aá]|t[aá]) na minha (?:p[aá]gina|conta)',
      // Correntes de inscritos: uma inscrição devolvida por outra.
      // Escritas também à inglesa ("sub4sub", "s4s"), e a inscrição pedida com a promessa de retribuir ("se inscreve que eu
      // retribuo").
      'troc(?:a|ar|amos|o) (?:de )?inscri[cç](?:[aã]o|[oõ]es)|(?:me )?inscrevo de volta|sub ?(?:por|pra|4|for) ?sub|s4s|(?:se inscreve(?:m)?|me segue(?:m)?|sigam) que (?:eu )?(?:retribuo|me inscrevo|sigo)',
      '(?:experimente|teste) (?:gr[aá]tis|aqui)',
      'compre (?:j[aá]|agora|aqui)',
      'garanta (?:o seu|a sua|j[aá]|agora)',
      'encomende',
      'inscreva-se',
      'inscri[cç][oõ]es abertas',
      'cadastre-se',
      'reserve (?:j[aá]|agora|o seu|a sua|sua vaga)',
      // "Assine o canal", "assine a newsletter"; uma petição ou um abaixo-assinado pede por outros (petition).
      'assine(?! (?:(?:a|esta|essa|nossa|o|este|esse|nosso) )?(?:peti[cç][aã]o|abaixo-assinado|carta aberta|manifesto))',
      'se inscreva',
      // "Siga"/"sigam" alone ask for the author's follow; with an article and someone else after it ("Sigam a Ana Souza
      // pra mais dicas") they recommend that person (the author's own page, "sigam a minha página", is a composed ask).
      // With guidance after it ("Siga estes passos", "Sigam estas dicas", "Siga esta receita") it says how to do
      // something (lexicon pt.ts guidance).
      `(?:me |nos )?sig(?:a|am)(?: (?:a gente|aqui|l[aá]))?(?! (?:o|a|os|as) (?!gente))(?! (?:(?:estes|estas|esses|essas|este|esta|esse|essa|seguintes|simples|mesm[oa]s|\\d+) )*${PT_GUIDANCE})`,
      'me segue',
      'segue a gente',
      'curte e compartilha',
      // Not when negated ("o Teams não compartilha tela", "ela não compartilha nada") nor of a screen ("compartilha a
      // tela"): those describe, they ask no one to pass the post on.
      '(?<!(?:n[ãa]o|nunca|ele|ela|eles|elas) )(?:compartilh(?:a|e|em)|partilh(?:a|e))(?! (?:a |sua |minha |tua |o )?(?:tela|ecr[ãa]))(?! (?:a |o |as |os |sua |seu |suas |seus |tua |teu )?(?:mensagem|erro|erros|log|logs|c[óo]digo|print|prints|captura|vers[ãa]o|config|configura[çc][ãa]o|detalhes|dados|sa[íi]da)(?![\\p{L}]))(?: com| se| esse| este|!)?',
      'se puder compartilha',
      // Sem o artigo também ("manda dm", "me chama inbox"), como "dm me"; "manda mensagem" sem artigo pode contar o que alguém faz.
      '(?:me )?(?:chama|chamem|chame|manda|mandem|mande) (?:(?:no |na |uma |pelo |por )?(?:dm|direct|inbox|privado)|(?:no|na|uma) mensagem)(?![\\p{L}])',
      // Uma assinatura vendida pelo preço ("Assine por R$ 9,90/mês").
      '(?:entre|assine|torne-se (?:membro|apoiador|apoiadora|assinante)) (?:por|a partir de) (?:apenas |s[oó] )?(?:[$€£] ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:€|\\$|£|euros?|dollars|reais)|r\\$ ?\\d[\\d.,]*)',
      // O infinitivo dos classificados ("Interessados chamar inbox", "interessados me chamar no privado").
      'interessad[oa]s,? (?:me )?(?:chamar|chama|mandar mensagem|falar) (?:no |na |por |pelo )?(?:inbox|privado|direct|pv|dm|whats|whatsapp|zap)(?![\\p{L}])',
      // O interesse como pergunta e o canal sem verbo ("Interessados? DM ou zap (11) 9…"), como "Interested? DM".
      'interessad[oa]s? ?[?!,:.…]+ ?(?:dm|direct|inbox|pv|privado|zap|whats(?:app)?)(?![\\p{L}])',
      // A vaga guardada a quem escreve ("Manda mensagem que eu guardo a tua vaga"): a reserva pela mensagem.
      '(?:manda|mande|mandem|me manda|me chama|chama) (?:uma )?(?:mensagem|dm|direct|no (?:zap|direct|privado)) (?:que|e) (?:eu )?(?:te |lhe |vos )?(?:guardo|reservo|seguro|garanto) (?:a |uma )?(?:tua |sua )?(?:vaga|lugar)(?![\\p{L}])',
      // A forma de Portugal, com o pronome depois ("envie-me mensagem", "manda-me uma DM"), como "DM me".
      '(?:envie|envia|mande|manda|enviem|mandem)-(?:me|nos) (?:uma )?(?:mensagem|mensagem privada|dm|direct|mp|inbox)(?![\\p{L}])',
      // A palavra-chave mandada no privado ("me manda QUERO no direct", "envia-me INFO por mensagem").
      '(?:me (?:manda|mande|envia|envie)|(?:manda|mande|envia|envie)-me) ["“\'‘«]?[\\p{L}\\p{N}]+["”\'’»]? (?:no|por|pelo|via|em) (?:direct|dm|privado|inbox|mensagem|whats(?:app)?|zap)',
      '(?:me )?(?:chama|manda mensagem|fala comigo) no (?:zap|whats|whatsapp|telegram|insta)',
      // "É só me chamar", "basta mandar mensagem": o contacto como único passo até à compra.
      '(?<=(?:[ée] s[oó]|basta) )(?:me )?(?:chamar|mandar (?:uma )?mensagem|falar comigo)(?: no (?:direct|privado|insta|instagram|zap|whats(?:app)?|dm|inbox|pv))?',
      // Said as a sentence too ("o link está na bio", "link tá na bio"), as in English "the link is in my bio".
      '(?:link|linque) (?:est[aá] |t[aá] |fica )?na (?:minha )?bio',
      // Where the link is, on the author's own page ("link no meu canal"); a look or a quick visit ("dá uma passadinha
      // lá") asked for at the author's place.
      '(?:link|linque) (?:no meu|na minha) (?:perfil|canal|p[aá]gina|descri[cç][aã]o)',
      // Com "de" ("pelo link da bio", "no link do meu perfil"): o mesmo lugar.
      '(?:link|linque) (?:da (?:minha )?bio|do (?:meu )?perfil(?! d[aoe]s?(?![\\p{L}])))',
      // With the article alone too ("link no perfil"), the author's own; "no perfil da Ana" is someone else's.
      '(?:link|linque) (?:est[aá] |t[aá] |fica )?no perfil(?! d[aoe]s?(?![\\p{L}]))',
      '(?:d[aá]|deem|d[eê]) uma (?:olhada|olhadinha|conferida|ouvida|passada|passadinha|chance) (?:l[aá]|no meu|na minha|nos meus|nas minhas)',
      // "passa lá no canal", "passem lá": come by (where "lá" is the author's place just named).
      'pass(?:a|em|e) (?:l[aá]|no meu|na minha)',
      // The same visit asked as a favour, at the author's own work ("se puderem passar no meu canal", "poderiam dar uma olhada no meu
      // portfólio"); "se puder passar no meu escritório amanhã" invites to meet.
      '(?:puder|puderem|pudesse|pudessem|pode|podem|poderia|poderiam) (?:dar uma (?:olhada|olhadinha|conferida|ouvida|passada|passadinha|chance)|passar) (?:l[aá]|(?:no meu|na minha|nos meus|nas minhas) (?:canal|perfil|p[aá]gina|loja|trabalho|portf[oó]lio|site|blog|v[ií]deos?|conte[uú]do|insta|instagram|tiktok|twitch|podcast|livro|m[uú]sicas?|arte|projeto))(?![\\p{L}])',
      // Uma força pedida ao canal ou ao perfil do autor ("se puderem dar uma força lá no canal agradeço"); "dar uma força lá na
      // vaquinha do abrigo" é a de outro.
      '(?:puder|puderem|pudesse|pudessem|pode|podem|poderia|poderiam) (?:dar uma (?:for[cç]a|for[cç]inha|moral)|dar um (?:apoio|moral|help)) (?:l[aá] )?(?:no|na) (?:meu |minha )?(?:canal|perfil|p[aá]gina|insta|instagram|tiktok|loja)(?![\\p{L}])',
      // Each act counted as help to the author, or pledged against ("a cada inscrito que eu ganhar…").
      // Correntes de seguidores: um follow devolvido por outro ("me segue que eu sigo de volta").
      'sigo de volta',
      '(?:me )?segue(?:m)? que (?:eu )?sigo',
      'retribuo (?:o follow|a inscri[cç][aã]o|o sub)',
      'cada (?:inscrito|inscri[cç][aã]o|like|curtida|view|visualiza[cç][aã]o|compartilhamento) (?:me |nos )?(?:ajuda|conta|vale)',
      '(?:a|para) cada (?:inscrito|inscri[cç][aã]o|like|curtida|seguidor) (?:novo )?que (?:eu )?(?:ganhar|receber|tiver|conseguir)',
      // O link mostrado mais abaixo, como "link below"; nos comentários também.
      '(?:o )?links? (?:est[aá] |t[aá] |fica )?(?:nos coment[aá]rios|no (?:primeiro )?coment[aá]rio|abaixo|aqui embaixo)',
      'clique (?:aqui|no link)',
      'baixe (?:j[aá]|agora|o app)',
      'vem (?:pra|para) (?:loja|c[aá])',
      'use (?:o |meu )?cupom',
      'vote (?:em mim|na gente|em n[oó]s)',
      'me ajuda (?:a divulgar|compartilhando)',
      // The job seeker's own ask, as en's "open to work" / "looking for my next role" / "hire me": "Estou em busca de
      // novas oportunidades", "Estou aberta a novas oportunidades". First person only: a firm's ad says "Estamos
      // contratando", a question "Como vocês procuram emprego?", a search told as over "finalmente consegui uma vaga".
      'estou(?<!(?:^|[^\\p{L}])n[aã]o estou) (?:dispon[ií]vel|procurando (?:emprego|trabalho|uma nova|um novo desafio(?= (?:como|profissional|na [aá]rea))))',
      // "Não estou procurando emprego" says the search is over.
      'estou(?<!(?:^|[^\\p{L}])n[aã]o estou) (?:procurando|em busca de|[àa] procura de) (?:novas oportunidades|um novo (?:emprego|trabalho|desafio)|uma nova (?:oportunidade|vaga|posi[cç][aã]o)|emprego|trabalho|recoloca[cç][aã]o|minha pr[oó]xima)',
      'estou(?<!(?:^|[^\\p{L}])n[aã]o estou) abert[oa] (?:a|para) novas oportunidades',
      // A busca na primeira pessoa sem "estou" ("Procuro vagas de planejamento em SP", "procuro emprego"), como o espanhol "busco trabajo".
      'procuro (?:vagas?(?! (?:de |para |pra |no |na )?(?:estacionamento|garagem|carro|moto|creche|escola|apartamento|quarto))|emprego|trabalho|uma (?:vaga|oportunidade|nova oportunidade|recoloca[cç][aã]o)|novas oportunidades|recoloca[cç][aã]o|minha pr[oó]xima)(?![\\p{L}])',
      'contrate-me',
      // Quem vende e diz "nós" ("somos uma livraria de bairro, cada compra faz diferença") pede a compra como favor.
      '(?<=(?<![\\p{L}])(?:somos|a gente|n[óo]s)(?![\\p{L}])[^\\n]{0,120})cada (?:compra|pedido|encomenda|venda) (?:conta|ajuda|importa|faz (?:toda a |muita )?diferen[çc]a)(?! (?:pra|para|pros|pras|aos|[àa]s) (?!n[óo]s|a gente|mim)[\\p{L}])',
      // O mesmo favor para a própria vaquinha ("Nossa vaquinha acaba em 5 dias… cada real ajuda").
      '(?<=(?<![\\p{L}])(?:nossa|nosso|minha|meu)(?![\\p{L}])[^\\n]{0,40}(?:vaquinha|crowdfunding|kickstarter|catarse|benfeitoria|campanha|financiamento coletivo)[^\\n]{0,160})cada (?:real|euro|contribui[cç][aã]o|apoio) (?:conta|ajuda|importa|faz (?:toda a |muita )?diferen[çc]a)(?! (?:pra|para) (?!n[óo]s|a gente|mim)[\\p{L}])',
      // O mesmo com o autor na frase ('cada pedido ajuda demais a gente'); 'nos ajuda a planejar' é um aviso.
      'cada (?:compra|pedido|encomenda|venda) (?:nos ajuda|ajuda (?:demais |muito |bastante )?a gente)(?: (?:demais|muito|bastante|horrores))?(?!\\s*[\\p{L}\\p{N}])',
      // O questionário do autor para responder ("responde o questionário", "preencham minha pesquisa"): respostas para a
      // dissertação ou o negócio dele. "A pesquisa da prefeitura fecha sexta" aponta para a de outro.
      '(?:responde|responda|respondam|preenche|preencha|preencham) (?:o |a )?(?:meu |minha |nosso |nossa |esse |este |essa |esta )?(?:question[aá]rio|pesquisa)(?! (?:d[oa]s?|de)(?![\\p{L}]))|(?:responder|preencher) (?:o |a )?(?:meu|minha|nosso|nossa|esse|este|essa|esta) (?:question[aá]rio|pesquisa)',
      '#opentowork',
      // Uma mensagem privada pedida conforme o interesse do leitor ("DM se tiver interesse", "chama no pv se quiser um"): assim se vende.
      '(?:dm|pv|chama no (?:dm|direct|pv|privado)) se (?:tiver interesse|interessar|(?:quiser|precisar) (?:um|uma))',
      // Um começo grátis oferecido ("Comece grátis hoje"): a entrada no produto do autor, como "teste grátis".
      '(?:comece|começa|comecem|inicie) (?:hoje |agora |já )?(?:gr[aá]tis|de gra[cç]a|gratuitamente|sem pagar)(?![\\p{L}])(?! (?:com|no|na|pelo|pela|usando) )',
      // O e-mail pedido onde se deixa, no site do autor ("Deixa seu e-mail em driftdesk.io/beta"): uma lista de espera ou um beta.
      '(?:deixa|deixe|deixem) (?:o )?(?:seu|teu) (?:melhor )?(?:e-?mail|email) (?:em|no)(?= [\\p{L}\\p{N}-]+\\.[\\p{L}]{2,})',
    ],
    service: [
      // Quartos, mesas ou datas do autor ainda livres ("ainda temos quartos livres", "tenho algumas datas disponíveis"):
      // o anúncio de uma pousada, um restaurante ou uma fotógrafa, como "we still have rooms free"; "para quem…" ou "de
      // graça" é ajuda.
      '(?:ainda temos|temos ainda|ainda tenho|tenho ainda|ainda restam|restam|sobraram) (?:(?:s[oó]|apenas|\\d+|dois|duas|tr[eê]s|alguns|algumas|poucos|poucas) )*(?:quartos|mesas|datas|hor[aá]rios|s[aá]bados) (?:livres|dispon[ií]veis|vagos)(?![\\p{L}])(?![^.!?\\n]{0,60}(?:para quem|pra quem|se algu[eé]m|de gra[cç]a|gr[aá]tis|sem custo))',
      // A necessidade do negócio do leitor como condição para falar com o autor ("Se sua empresa precisa de ajuda, vamos conversar").
      'se (?:a )?(?:sua|tua) (?:empresa|marca|loja|equipe|startup|agência|clínica|site|página) (?:precisa|está precisando|procura|quer) [^.!?\\n]{1,80}?[,:.!]? (?:vamos conversar|(?:minha|meu) (?:dm|direct|inbox) (?:est[aá] )?aberta?|bora conversar|me chama|me chame|fala comigo|fale comigo|me manda (?:uma )?mensagem|entre em contato|entra em contato)',
      // O consultório do autor aberto a clientes de novo ("estamos aceitando novos pacientes"); o de outro ("a clínica da
      // Dra. Ana aceita novos pacientes") é notícia.
      '(?:aceitamos|aceito|estamos aceitando|voltamos a aceitar|estou pegando|pego) (?:\\d+ )?(?:novos |novas )?(?:clientes|pacientes|alunos|alunas)(?![\\p{L}])',
      // Vagas para clientes novos no ofício do autor ("tenho 2 vagas para novos clientes", "temos agenda para mais alunos").
      // Vagas contadas na própria oferta ("Ainda tenho 2 vagas para mentoria individual em janeiro").
      '(?:ainda )?(?:tenho|temos) (?:ainda )?(?:\\d+|duas|tr[eê]s|poucas|algumas) vagas (?:abertas |livres )?(?:para|pra) (?:a |o )?(?:mentoria|consultoria|coaching|aulas?|sess[oõ]es|atendimentos?|ensaios?|consultas?|tatuagens?|encomendas)(?![\\p{L}])',
      '(?:tenho|temos) (?:de novo |ainda )?(?:\\d+ )?(?:vagas?|espa[cç]o|disponibilidade|agenda) (?:abertas? |livres? )?para (?:\\d+ )?(?:novos |novas |mais )?(?:clientes|alunos|alunas|pacientes|projetos|sess[oõ]es|consultas|mentorias|atendimentos)(?![\\p{L}])',
      // Clientes procurados para o ofício do autor ("procuro novos clientes de web design"): o mesmo anúncio.
      '(?:procuro|procuramos|estou procurando|estamos procurando|busco|buscamos|estou buscando) (?:novos |novas |mais )?(?:clientes|alunos|alunas|pacientes)(?![\\p{L}])',
      // Uma linha de serviço: "ajudo <quem> a <conseguir>" abre o pitch (en: "I help ... get").
      // Também a resposta de uma empresa sob o post de outro: "ajudamos empresas a resolver exatamente isso",
      // "é exatamente isso que fazemos na Aurora".
      '(?:isso|isto) é (?:exatamente |justamente )?(?:com )?o que (?:fazemos|resolvemos|trabalhamos|oferecemos) (?:para (?:clientes|empresas|marcas|negócios)|n[ao] (?!(?:casa|minha|meu|nossa|nosso|aulas?|terapia|sess[aã]o|equipe|fam[ií]lia|grupo|escola|sala|turma|oficina)(?![\\p{L}]))[\\p{L}\\p{N}]+)',
      'é (?:exatamente|justamente) (?:com )?isso que (?:fazemos|resolvemos|trabalhamos|oferecemos) (?:para (?:clientes|empresas|marcas|negócios)|n[ao] (?!(?:casa|minha|meu|nossa|nosso|aulas?|terapia|sess[aã]o|equipe|fam[ií]lia|grupo|escola|sala|turma|oficina)(?![\\p{L}]))[\\p{L}\\p{N}]+)',
      '(?:ajudo|ajudamos|acompanho|acompanhamos) (?!(?:a )?(?:minha|meu|meus|minhas|nossa|nosso) )(?:[\\p{L}\\p{N}-]+ ){1,4}(?:a )?(?:vender|conseguir|crescer|encontrar|ganhar|escalar|lan[cç]ar|dobrar|atrair|aumentar|resolver|reduzir|automatizar|candidat\\p{L}*|obter|captar|faturar|lucrar|poupar|economizar|liderar|conquistar|investir|posicionar)(?![\\p{L}])',
      // Trabalho por encomenda oferecido com suas condições, rapidez e preço ("faço rápido e com preço justo", "consertamos
      // a preço acessível"): o pitch de um ofício. "Barato" sozinho fica de fora, como numa receita.
      '(?:faço|fazemos|crio|criamos|desenvolvo|desenvolvemos|programo|programamos|monto|montamos|conserto|consertamos|edito|editamos)(?: [\\p{L}\\p{N}-]+){0,3}? (?:rápido ?(?:e|&|,) ?(?:com preço justo|a preço acessível)|(?:com|a|por) pre[çc]os? (?:justos?|acess[íi]veis|acess[íi]vel|baixos?|camaradas?))',
      // Quantos clientes novos o ofício do autor pega ("Só pegamos 3 marcas novas por trimestre"): a escassez de uma agência.
      '(?:(?:s[oó]|apenas) (?:pegamos|atendemos|aceitamos|pego|atendo|aceito) |(?:pegamos|atendemos|aceitamos|pego|atendo|aceito) (?:s[oó]|apenas) )(?:\\d+|duas|dois|tr[eê]s|quatro|cinco) (?:novos |novas )?(?:clientes|marcas|projetos|empresas|contas)(?: nov[oa]s)? (?:por|a cada) (?:m[eê]s|trimestre|ano|semestre)',
    ],
    discount: [
      // A price kept for those who come to the author's event ("special price for attendees"): the free session's sale.
      '(?:pre[çc]o|desconto|oferta|condi[çc][aã]o) (?:especial |exclusiv[oa] )?(?:s[oó] |apenas )?para (?:os |as )?(?:participantes|quem (?:vier|participar|for|estiver))',
     '\\d{1,2}(?:[.,]\\d+)? ?% (?:de )?(?:desconto|off)', '(?<!(?:com|sem|por|de|dos|os|muito|todo|cada|n[oa]) )cupom(?: de desconto)?', 'frete gr[aá]tis', '(?:pela |a |na )?metade do pre[çc]o',
      // A promoção e a liquidação de quem vende ("Promoção!", "promoção relâmpago", "liquidação em toda a loja"); "recebi
      // uma promoção" é um cargo novo.
      'promo[cç][aã]o(?=\\s*!)|promo[cç][aã]o (?:rel[aâ]mpago|imperd[ií]vel|de (?:natal|black friday|dia das m[aã]es|anivers[aá]rio))|promo[cç][aã]o (?:na|em toda a|da) (?:nossa )?loja|(?:nossa|mega|super) promo[cç][aã]o',
      'liquida[cç][aã]o(?=\\s*!)|liquida[cç][aã]o (?:total|na loja|em toda a loja)|(?:nossa|grande|mega) liquida[cç][aã]o'],
    codeWord: ['c[oó]digo', 'cupom', 'code'],
    urgency: [
      // A corrida anunciada ("vai acabar rápido", "voa") e a fornada contada ("só fiz 20").
      '(?:vai|v[aã]o|deve|devem) (?:acabar|esgotar|voar) (?:r[aá]pido|logo)|(?:sempre )?voa(?:m)? r[aá]pido',
      '(?:s[oó]|apenas) (?:fiz|fizemos|temos|tenho|restam) \\d+(?![\\p{N}])',
      // Um brinde para quem chega antes ("os primeiros 50 ganham um café"): a correria de uma inauguração.
      '(?:os|as) (?:primeir[oa]s \\d+|\\d+ primeir[oa]s) (?:clientes |pessoas |inscrit[oa]s |alun[oa]s |assinantes |a chegar |a comprar |a se inscrever )?(?:ganham|levam|recebem|ganhar[aã]o|levar[aã]o)(?![\\p{L}])',
      // Vagas escassas: "vagas limitadas", "restam poucas vagas".
      'vagas limitadas|(?:restam|últimas) (?:poucas )?vagas',
      '(?:restam|sobraram|faltam|s[oó] mais) \\d+ vagas(?! (?:no|em) (?:meu|nosso|o) carro)',
      '(?:s[oó]|apenas|somente) \\d+ (?:vagas|unidades|pe[cç]as|lugares)',
      '[uú]ltimas? (?:vagas|unidades|chance|dias|horas)',
      'por tempo limitado',
      'enquanto durarem os estoques',
      '(?:acaba|termina|encerra) (?:hoje|amanh[aã]|domingo|em breve)',
      '(?:s[oó]|somente) (?:hoje|essa semana|esta semana)',
      // "Corre!" apressa quando abre a frase ou a oração ("Gente, corre que acaba hoje"); depois de um sujeito ou de um
      // advérbio é o verbo na terceira pessoa ("ele ainda corre 10 km por dia").
      '(?<!\\p{L}\\s)corr(?:e|am)(?![\\p{L}])',
      'n[aã]o (?:percam|perca)',
    ],
    giveaway: ['sorteio', 'sorteando', 'para participar', 'concorra', 'ganhe (?:um|uma)',
      // O prêmio prometido como chance depois da participação ("marque 3 amigos e você pode ganhar um jantar"), como
      // "and you might win"; "com esse deck você pode ganhar uma partida" fica quieto.
      'e (?:voc[eê] |vc |voc[eê]s )?(?:pode|podem|poder[aá]|poder[aã]o) ganhar (?:um|uma|o|a|\\d)', 'giveaway', 'e o (?:vencedor|ganhador) [ée]|(?:um|uma) (?:sortud[oa]|ganhador[a]?) (?:vai levar|levar[áa]|receber[áa])'],
    plug: [
      `(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas) (?:[\\p{L}\\p{N}'’&()-]+ ){0,3}?${PRODUCT}`,
      // Um software do autor apresentado como novo ou como IA ("nossa ferramenta de IA", "minha nova extensão"); "nossa
      // ferramenta interna" é o trabalho, não uma oferta.
      '(?:meu|minha|nosso|nossa) (?:nov[oa]|pr[oó]pri[oa]) (?:ferramenta|extens[aã]o|plataforma|software|bot|agente|assistente)',
      '(?:meu|minha|nosso|nossa) (?:ferramenta|extens[aã]o|plataforma|software|bot|agente|assistente)(?= (?:de )?(?:ia|ai)(?![\\p{L}]))',
    ],
    // O autor diz que é autopromoção: "desculpa o jabá", "autopromo".
    selfPlug: [
      // O próprio texto largado como link ('escrevi algo parecido aqui: blog').
      '(?:(?<![\\p{L}\\p{N}] )|eu )(?:escrevi|fiz|postei|gravei) (?:algo (?:parecido|similar|assim)|um post|um artigo|uma thread|um fio|um v[ií]deo) (?:parecido |similar )?(?:sobre (?:isso|isto) )?(?:aqui|a[ií])?\\s?[:👉→-]?(?=[^\\n]{0,12}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.[a-z]{2,}(?:/|\\s|$)))',
      // Mais do mesmo no perfil do autor ('mais dicas assim no meu perfil').
      'mais (?:[\\p{L}-]+ )?(?:assim|como (?:essa|esse|essas|esses|isso|esta|este)) n[oa] (?:meu|minha|nosso|nossa) (?:perfil|p[aá]gina|canal|conta|feed|blog|insta|tiktok)(?![\\p{L}])',
      // Onde o autor já falou ('falo disso a fundo na minha newsletter'): o fio recebe o ponteiro, não a coisa.
      '(?:falo|falei|escrevi|escrevo|explico|expliquei|conto|contei)(?: sobre)? (?:isso|disso|isto|disto|exatamente isso)(?: [\\p{L}]+){0,4}? n[oa] (?:minha|meu|nossa|nosso) (?:[\\p{L}-]+ )?(?:newsletter|blog|podcast|canal|livro|curso|v[ií]deo)(?![\\p{L}])(?!\\s*:\\s*(?!https?:|www\\.)[\\p{L}])',
      // O próprio trabalho oferecido conforme o interesse do leitor ("eu faço edits de Free Fire se alguém tiver interesse").
      '(?:eu )?(?:tamb[eé]m )?(?:fa[çc]o|posto|gravo|desenho|edito|vendo) (?:[\\p{L}\\p{N}-]+,? ){1,4}?(?:se|caso) (?:algu[eé]m|voc[eê]s?) (?:tiver|tenha|tiverem|tenham) interesse','auto-?promo', '(?:um pouco de|pequena|r[aá]pida) autopromo[cç][aã]o', 'jab[aá] (?:rapidinho|r[aá]pido|aqui)', '(?:momento|hora do|alerta de) jab[aá](?![\\p{L}])', '(?:desculp[ae]m?|perd[aã]o) (?:pelo|o|a) (?:jab[aá]|spam|propaganda|divulga[cç][aã]o)',
      // Apresentar-se como criador pequeno ou novo abre a divulgação do canal ("sou um pequeno youtuber").
      `(?:sou|somos) (?:um|uma) (?:(?:pequen[oa]|nov[oa]) (?:youtuber|criador(?:a)?(?: de conte[úu]do)?|streamer|rapper|cantor(?:a)?|artista|canal|banda)|(?:youtuber|criador(?:a)? de conte[úu]do|streamer|rapper|cantor(?:a)?|artista|canal|banda) (?:pequen[oa]|nov[oa]|iniciante))(?![\\p{L}])`,
      // "novo rapper aqui", "tentando divulgar minha música".
      '(?:novo|nova|pequen[oa]) (?:youtuber|rapper|artista|cantor(?:a)?|banda) aqui',
      // Idade e ofício ("sou um rapper de 15 anos"): um criador se apresenta.
      '(?:sou|somos) (?:um|uma|uns) (?:rappers?|cantor(?:a|es)?|youtubers?|artistas?|produtor(?:a|es)?|m[uú]sic[oa]s?) de \\d+ anos',
      '(?:tentando|quero|queria) divulgar (?:minha (?:m[uú]sica|banda)|meu (?:canal|trabalho|som)|minhas (?:m[uú]sicas|can[çc][õo]es))',
      // O autor recomenda o que é seu pelo gosto do leitor ("Se você curtiu Inside, vai amar o nosso jogo"). Um lugar
      // ("nossa cidade") não é produto.
      'se (?:você |vc )?(?:gosta|gostou|curte|curtiu|ama|amou)(?: [^\\s.!?]+){1,6},? (?:você |vc )?vai (?:amar|gostar|curtir) (?:d?[oa] )?(?:nosso|nossa|meu|minha) (?!(?:cidade|vila|país|ilha|região|bairro)(?![\\p{L}]))[\\p{L}\\p{N}-]+',
      'vai (?:amar|gostar|curtir) (?:d?[oa] )?(?:nosso|nossa|meu|minha) (?!(?:cidade|vila|país|ilha|região|bairro)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+ ){1,3}?se (?:você |vc )?(?:gosta|gostou|curte|curtiu)',
    ],
    // Iscas: "ganhei R$500 por semana trabalhando de casa", "você foi selecionado", "inscritos grátis".
    lure: [
      `(?:ganhei|ganho|fiz|faturei|recebi|lucrei|tiro) (?:mais de |at[eé] |uns )?${AMOUNT}(?: [\\p{L}]+){0,4}? (?:por|em|na|no|ao|a cada|toda|todo) (?:dia|semana|m[eê]s|hora)`,
      `(?:ganhei|ganho|ganhar|ganhando|faturando) (?:dinheiro|${AMOUNT})(?: [\\p{L}]+){0,3}? (?:de|em) casa`,
      'voc[eê] (?:foi|acaba de ser) (?:selecionad[oa]|sorteado|sorteada|escolhid[oa])',
      '(?:parab[eé]ns),? voc[eê] ganhou',
      'resgate (?:seu|o seu|sua|a sua) (?:pr[eê]mio|presente|recompensa)',
      '(?:inscritos|seguidores|views|visualiza[cç][oõ]es|curtidas) gr[aá]tis',
      '(?:cart(?:[aã]o|[oõ]es)(?: de)? presente|gift ?cards?|c[oó]digos|robux|diamantes|dinheiro|moedas|bitcoins?|iphones?)(?: [\\p{L}]+){0,3}? (?:gr[aá]tis|gratuit[oa]s?|de gra[cç]a)',
      '(?:ganhe|ganhar|gere|gerar) dinheiro (?:online|na internet|pelo celular)',
      'solteir[oa]s (?:perto de voc[eê]|na sua (?:regi[aã]o|cidade))',
      // Pago por algo à toa ("ganhe dinheiro assistindo vídeos"): a oferta de fazenda de cliques.
      '(?:ganhe|ganhar|ganha|ganhem) dinheiro (?:assistindo|vendo|jogando|respondendo|curtindo) (?:v[ií]deos|jogos|pesquisas|an[uú]ncios|posts)',
      // Um corpo mudado até uma data ("perca 10 quilos em 2 semanas"): a promessa do anúncio de pílula.
      '(?:perca|perder|elimine|eliminar|emagre[cç]a|emagrecer) (?:at[eé] )?\\d+ ?(?:quilos|kg|kilos) em (?:apenas |s[oó] )?(?:\\d+|uma|um|duas|dois|tr[eê]s|quatro) (?:dias?|semanas?|m[eê]s(?:es)?)',
      '(?:emagre(?:cer|[cç]a)|perder peso|perca peso) (?:r[aá]pido|sem dieta|sem academia)',
      // Ganho prometido como certo: nenhum negócio honesto pode dizer isso.
      '(?<!(?:^|[^\\p{L}])(?:nenhum|nenhuma|n[aã]o|nunca|sem|promete|prometem|prometer|promessa de)\\s(?:[\\p{L}-]+\\s){0,2})(?:(?:renda extra|lucro|lucros|ganhos?) garantid[oa]s?)',
      // O depoimento-golpe sob os vídeos, como em inglês: o 'grande feiticeiro', o melhor gestor, 'obrigado ao Sr. X pelas dicas de investimento', a carteira que 'subiu 300%'. Com WhatsApp ou Telegram (reach), ou dois juntos, é a isca.
      '(?:grande|poderos[oa]|melhor|verdadeir[oa]) (?:feiticeir[oa]|bruxo|bruxa|pai de santo|m[aã]e de santo|vidente|curandeir[oa])',
      '(?:trouxe|devolveu) (?:de volta )?(?:o meu|a minha|meu|minha) (?:ex|marido|esposa|namorad[oa]|parceir[oa]|amor)(?: de volta)? em (?:apenas |s[oó] |menos de )?(?:\\d+|um|uma|dois|duas|tr[eê]s) (?:horas?|dias?|semanas?)',
      '(?:obrigad[oa]|grat[oa]|agrade[çc]o) (?:ao |[àa] |a )?(?:senhor|senhora|sr|sra|dr|dra|doutor|doutora|especialista)\\.? [\\p{L}]+(?: (?!(?:pelas?|pelos?|por|para|que|e|de)(?![\\p{L}]))[\\p{L}]+)?(?=[^.!?\\n]{0,60}(?<![\\p{L}])(?:investimentos?|investir|trading|trade|forex|cripto|bitcoin|lucros?|renda|carteira|rendimentos?))',
      '(?:carteira|conta|investimento|capital|lucros?) (?:j[aá] )?(?:subiu|cresceu|aumentou|dobrou|triplicou|rendeu)(?: em| uns)? \\d[\\d,.]* ?%',
      '(?:melhor|grande|honest[oa]|confi[aá]vel) (?:gestor[a]? de investimentos|gerente de conta|trader|corretor[a]?|hacker)',
      // yt23: o ajudante nomeado por um título de dinheiro sem elogio antes ("o especialista em investimentos Carlos
      // Mendes", "a assessora financeira Ana"), e o dinheiro feito "com o especialista X". Isca só com WhatsApp, Telegram,
      // um @ ou um link (reach); "minha assessora financeira se aposentou" não nomeia ninguém.
      '(?<!(?:^|[^\\p{L}])(?:meu|minha|nosso|nossa) )(?:assessor[a]?|consultor[a]?|gestor[a]?|especialista|mentor[a]?) (?:financeir[oa]|de investimentos|em investimentos|de trading|em trading|em cripto(?:moedas)?|de forex)(?: (?:senhor|senhora|sr|sra|dr|dra)\\.?)? (?!(?:[eé]|foi|era|disse|diz|que|e|de|me|nos|te|se|o|a|em|por|para|com|j[aá])(?![\\p{L}]))[\\p{L}]+',
      '(?:bitcoin|btc|cripto(?:moedas)?|forex|trading|investimentos?)(?: [\\p{L}]+){0,2} com (?:o |a )?(?:especialista|mentor[a]?|senhor|senhora|sr|sra)\\.? [\\p{L}]+',
    ],
    reach: ['pesquis(?:e|a|ar) [\\p{L}\\p{N}_]+(?: [\\p{L}\\p{N}_]+){0,2} no (?:google|youtube|telegram|instagram)', 'whats ?app', 'zap', 'telegram',
      // Uma resposta como porta de entrada ("comenta que eu te explico", "responde e eu te conto como").
      '(?:responde|responda|comenta|comente)(?: (?:aqui|a[ií] embaixo))? (?:e|que) (?:eu )?(?:te |lhe )?(?:conto|explico|ensino|mando|passo|falo)', '(?:me chama|chama ela|chama ele|fala com ela|fala com ele)'],
    affiliate: [
      // O link, código ou cupom de indicação ("usa meu cupom de indicação"), como 'referral code'.
      '(?:link|c[oó]digo|cupom) de indica[cç][aã]o', '(?:compra|compras|compre|comprar|comprando|comprarem|comprem) (?:\\p{L}+ ){0,2}?(?:pelo|com o|atrav[eé]s do) meu link', 'meu código de convite', 'links? (?:de )?afiliad[oa]s?', '#publi', '#publicidade', 'parceria paga', 'patrocinado por', '#ad'],
    brag: [
      // A live do autor, ao lado do link ("Hoje às 19h tem live de Stardew de novo, cola lá 💚 twitch.tv/…", "vou fazer
      // live"); "ela faz live" é a de outra pessoa.
      "(?<=(?:tem|ter|teremos|fazer|farei|fazendo|faço|faco)\\s+(?:uma\\s+)?)live(?![-\\p{L}])(?=[^\\n]{0,200}?(?:twitch|kick\\.com|/live))",
      // xlang21: um prémio com o ano, dado ao autor («eleitos «Melhor Imobiliária do Porto 2027»»).
      '(?:eleit[oa]s?|premiad[oa]s?|reconhecid[oa]s?|escolhid[oa]s?|votad[oa]s?|nomead[oa]s?|distinguid[oa]s?) (?:como )?(?:o |a |os |as )?[«"“] ?[^»"”\\n]{3,60}?(?:19|20)\\d\\d ?[»"”]',
      // Um prémio do ano ("O nosso escritório foi distinguido como escritório do ano"); com outro sujeito antes ("Anitta
      // foi eleita artista do ano") é notícia (humblebrag aboutSomeoneElse).
      '(?:eleit|reconhecid|escolhid|selecionad|distinguid|premiad|nomead)[oa]s? (?:como )?(?:o |a |os |as )?(?:[«"“]?[\\p{L}\\p{N}&-]+ ){0,5}?do ano(?![\\p{L}])',
      // A imprensa como etiqueta do que o autor vende ("Como visto na Globo", "como vista no Fantástico").
      '(?<=^\\s*|\\n\\s*|[✨⭐🌟📺] ?)(?:como (?:visto|vista|vistos|vistas|aparecemos|saímos) (?:na|no|em|nas|nos))(?![\\p{L}])',
      // Convidado do programa ou podcast de outro, contado como a notícia ("Feliz por ter participado do podcast…", "fui
      // entrevistada no programa…"), como o inglês 'I was a guest on'.
      '(?:ter participado|participei|participamos|fui (?:convidad[oa]|entrevistad[oa])|ter sido (?:convidad[oa]|entrevistad[oa])|estive) (?:d[oa]|n[oa]|para o|para a|em|pelo|pela) (?:(?:novo|[uú]ltimo) )?(?:[\\p{L}\\p{N}@".-]+ ){0,4}?(?:podcast|programa|live|canal|r[aá]dio|epis[oó]dio|webinar|mesa redonda)(?![\\p{L}])',
      // Um mix, set ou remix novo do autor anunciado como lançado ("mix novo saiu hoje"); "o mix novo já saiu?" pergunta pelo de outro.
      '(?<!(?:o|a|seu|sua|um|uma)\\s)(?:(?:novo|nova) (?:mix|mixtape|set|remix|freestyle|beat ?tape)|(?:mix|mixtape|set|remix|freestyle) (?:novo|nova))(?: [\\p{L}]+){0,3}? (?:j[aá] )?(?:saiu|dispon[ií]vel|no ar|chegou)(?![\\p{L}])',
      // O nosso da música postado ("o nosso dessa música já tá no canal").
      '(?:j[aá] )?(?:postamos|gravamos|subimos|lan[çc]amos) (?:o|a) noss[oa]|(?:o|a) noss[oa] (?:dessa|desta) m[uú]sica (?:j[aá] )?(?:t[aá]|est[aá]) (?:no (?:canal|nosso canal|meu canal)|no ar)',
      // Eleitos ou votados os melhores, como o inglês "voted the best".
      '(?:eleit[oa]s?|votad[oa]s?|selecionad[oa]s?|reconhecid[oa]s?|escolhid[oa]s?) (?:como )?(?:um dos|uma das|entre (?:os|as)|(?:o|a|os|as) melhor(?:es)?|melhor(?:es)?|finalistas?)(?![\\p{L}])',
      // A própria indicação ("Fui indicada como melhor criadora"), como "nominated for".
      '(?:fui|estou|fomos|estamos) (?:indicad[oa]s?|nomead[oa]s?) (?:a|ao|como|para|na|no|em)(?![\\p{L}])',
      // O próprio cover ou vídeo recém-postado ("acabei de postar um cover dessa música"), como 'just uploaded my cover'.
      '(?:acabei de|acabamos de) (?:postar|lan[cç]ar|gravar|subir|publicar) (?:um|uma|meu|minha|nosso|nossa) (?:nov[oa] )?(?:cover|vers[aã]o|v[ií]deo|remix|m[uú]sica|som|par[oó]dia|clipe)',
      // Uma live anunciada ("Live hoje às 20h", "estamos ao vivo", "ao vivo em 10 minutos"); um single, um álbum ou um clipe novo.
      '(?:estou|estamos|t[oô]|vou estar|vamos estar|vou entrar|vamos entrar) ao vivo|(?<!\\p{L}\\s)ao vivo em \\d+ ?min(?:utos?)?|(?<!\\p{L}\\s)live (?:(?:na|no) (?:twitch|youtube|insta|instagram|tiktok|kick) )?em \\d+ ?min(?:utos?)?|(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:a |o )?(?:live|stream) (?:come[cç]ando|come[cç]a|vai come[cç]ar) (?:em|às|as|hoje|agora|j[aá])(?![\\p{L}])|(?<!\\p{L}+ (?:t[aá]|est[aá]|est[aã]o|segue|continua|passa|fica) )ao vivo (?:no|na|agora|hoje)|novo (?:single|[aá]lbum|clipe)(?! (?:de|da|do|das|dos)(?![\\p{L}]))',
      // O dia ou a hora da live e o site ao abrir o post ("hoje às 20h tem live na twitch, cola lá!"), como "Live on Twitch
      // tonight at 8". Não o YouTube: lá transmitem câmaras e telejornais.
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:hoje|amanh[ãa])(?: (?:[àa]s|as) \\d+(?::\\d+)?h?)? (?:tem |vai ter |teremos )?live (?:na|no) (?:twitch|kick|tiktok)(?![\\p{L}])',
      // O primeiro ou novo single, o livro próprio anunciado como lançado ("meu primeiro single já saiu").
      // Com o título no meio e nas plataformas ("Nosso primeiro EP 'Maré Baixa' já tá em todas as plataformas").
      "(?:meu|nosso) (?:(?:primeiro|novo|[uú]ltimo|segundo) )?(?:single|[aá]lbum|ep|livro|romance|clipe|curso|podcast)(?: [\"'‘“«][^\"'’”»\\n]{1,40}[\"'’”»])? (?:j[aá] |finalmente |agora |tamb[eé]m |oficialmente )*(?:saiu|est[aá] dispon[ií]vel|chegou|t[aá] no ar|(?:est[aá]|t[aá]) em todas as plataformas)",
      '(?:meu|nosso) (?:(?:primeiro|novo|[uú]ltimo|segundo) )?(?:single|[aá]lbum|ep|livro|romance|clipe|curso|podcast) (?:j[aá] |finalmente |agora |tamb[eé]m |oficialmente )*(?:saiu|est[aá] dispon[ií]vel|chegou|t[aá] no ar)|(?:minha|nossa) (?:(?:primeira|nova|[uú]ltima|segunda) )?(?:m[uú]sica|can[cç][aã]o) (?:j[aá] |finalmente |agora |tamb[eé]m |oficialmente )*(?:saiu|est[aá] dispon[ií]vel|chegou)',
      // Orgulho de si: a conquista do autor como notícia.
      'orgulho de mim(?: mesm[oa])?|orgulhos[oa]s? de mim(?: mesm[oa])?|orgulho de n[oó]s',
      '(?:estou|estamos) (?:muito |super )?(?:feliz(?:es)?|orgulhos[oa]s?|animad[oa]s?) (?:em|de) (?:anunciar|compartilhar|contar|apresentar)',
      // Pride opens the post without its verb ("Orgulhosa de anunciar que…"), as English's "Proud to announce".
      '(?:muito )?orgulhos[oa]s? (?:em|de) (?:anunciar|compartilhar|contar|apresentar)',
      // A alegria abre o post sem verbo ("Muito feliz em compartilhar que…"), como "So happy to share"; sem "contar"
      // ("feliz em contar com vocês" conta com alguém).
      '(?:muito |super )?(?:feliz(?:es)?|animad[oa]s?|empolgad[oa]s?) (?:em|de) (?:anunciar|apresentar|compartilhar(?= (?:que|com voc[eê]s|a not[ií]cia|esta not[ií]cia|essa not[ií]cia|meu|minha|meus|minhas|nosso|nossa)(?![\\p{L}])|\\s*:))',
      // A promoção no trabalho contada ("recebi uma promoção para gerente"), como "fui promovida".
      '(?:recebi|ganhei|conquistei) (?:uma |a minha |minha )?promo[cç][aã]o',
      'lancei (?:minha|meu|nossa|nosso)',
      // O mesmo anúncio pela fórmula do prazer ou do orgulho ("tenho o prazer de anunciar", "é com alegria que compartilho").
      '(?:tenho|temos) o (?:prazer|orgulho) de (?:anunciar|compartilhar|contar|apresentar)|fico (?:muito )?feliz em (?:anunciar|compartilhar|contar(?! com))|[eé] com (?:muita |grande )?(?:alegria|satisfa[cç][aã]o|orgulho) que (?:anuncio|anunciamos|compartilho|compartilhamos)',
      'acabei de (?:lan[cç]ar|abrir|publicar)',
      // Um cargo novo anunciado com o título ("Começando um novo cargo como analista de dados na…").
      '(?:come[cç]ando|comecei|come[cç]o|iniciando|iniciei|estou come[cç]ando) (?:hoje )?(?:(?:um )?novo (?:cargo|emprego|trabalho)|(?:uma |minha )?nova (?:posi[çc][ãa]o|fun[çc][ãa]o|etapa|fase|jornada)) como',
      'j[aá] est[aá] (?:dispon[ií]vel|no ar)',
      'chegou',
      'ganhamos',
      // O livro ou disco próprio anunciado para hoje ("O meu livro «Crescer sem pressa» sai hoje").
      '(?:meu|minha|nosso|nossa) (?:(?:primeiro|primeira|novo|nova|[uú]ltimo|segundo) )?(?:single|[aá]lbum|livro|romance|ep|curso|podcast|jogo|m[uú]sica|clipe)(?: [«"“][^»"”\\n]{1,60}[»"”])? (?:sai|chega|estreia|é lan[cç]ad[oa]) (?:finalmente |oficialmente )?(?:hoje|amanh[aã]|nest[ae] (?:segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|domingo)|dia \\d)',
      // Um marco do próprio número ("Batemos 100 mil inscritos", "passamos dos 10 mil clientes"), como "crossed 10k".
      // Dito como o momento de uma história ("Quando passamos dos 10 mil clientes, o suporte não escalava"), não é a notícia.
      // O mesmo marco em dinheiro ("batemos R$ 100 mil de faturamento", "passamos dos 20k de MRR").
      '(?<!(?:quando|desde que|depois que|at[eé] que|antes de|se) )(?:batemos|bati|passamos|passei|atingimos|atingi|ultrapassamos|ultrapassei|superamos|acabamos de (?:bater|passar|atingir|ultrapassar)|acabei de (?:bater|passar|atingir|ultrapassar)) (?:a marca d[eo]s? |d[oa]s |os |mais de )?(?:r\\$ ?|\\$|€)?\\d[\\d.,]*(?: ?(?:mil|k|mi|milh[oõ]es|milh[aã]o))? (?:de )?(?:mrr|arr|faturamento|receita)(?![\\p{L}])',
      '(?<!(?:quando|desde que|depois que|at[eé] que|antes de|se) )(?:batemos|bati|passamos|passei|chegamos|cheguei|atingimos|atingi|alcan[cç]amos|alcancei|ultrapassamos|ultrapassei|superamos|superei|acabamos de (?:bater|passar|atingir|chegar a|ultrapassar)|acabei de (?:bater|passar|atingir|chegar a|ultrapassar)) (?:a marca d[eo]s? |d[oa]s |os |as |a |aos |mais de )?\\d[\\d.,]*(?: ?(?:mil|k|milh[oõ]es|milh[aã]o))? (?:de )?(?:seguidores|inscritos|clientes|vendas|downloads|usu[aá]rios|pedidos|membros|leitores|ouvintes|alunos|alunas|visualiza[cç][oõ]es)(?![\\p{L}])(?!\\s+(?:a|para|pra)\\s+\\d)',
      // A new episode as a new video: the author's own release (Spanish and English say the same).
      // Uma coleção limitada nova ("Drop novo sexta"), como 'new drop'.
      'novo (?:v[ií]deo|epis[oó]dio|drop)|(?:v[ií]deo|epis[oó]dio|drop) novo',
      'sonho realizado',
      // O orgulho ou a alegria como forma de anunciar ("Com muito orgulho anuncio…"), e a promoção própria contada.
      'com (?:muito |grande |imenso |enorme )?(?:orgulho|alegria|satisfa[cç][aã]o),? (?:que )?(?:anuncio|anunciamos|compartilho|compartilhamos|conto)',
      'fui promovid[oa] (?:a|para|como)',
      // O próprio reconhecimento numa lista ou prémio ("fui reconhecido como Top Voice", "fomos eleitos entre as 50 melhores"),
      // como "named one of"; "o meu pai foi eleito" é de outro.
      '(?:fui|fomos) (?:eleit|reconhecid|escolhid|selecionad|seleccionad|premiad|distinguid|citad|nomead|inclu[ií]d)[oa]s? (?:como|entre|um dos|uma das|(?:na|para a|pra) lista|no top|no ranking|pel[oa] (?:terceira|segunda|quarta|quinta) vez)(?![\\p{L}])',
      // A aparição própria na imprensa ("Saímos no Público!", "Apareci no Jornal Nacional ontem"), como "featured in".
      '(?:sa[ií]mos|sa[ií]|aparecemos|apareci) (?:no|na|em) (?:tv|televis[ãa]o|r[áa]dio|jornal|revista|p[úu]blico|expresso|globo|folha|estad[ãa]o|rtp|sic|tvi|g1|fant[áa]stico)(?![\\p{L}])|(?:fui|fomos) entrevistad[oa]s? (?:no|na|pel[oa]|para)(?![\\p{L}])',
      // A parte seguinte da série do autor no canal ("Saiu a parte 2 lá no canal!!"), como "Part 2 is up on the channel".
      '(?:saiu|j[aá] (?:saiu|t[aá]|est[aá])|t[aá] no ar|chegou) (?:a |o )?(?:parte|epis[oó]dio|cap[ií]tulo) \\d+ (?:l[aá] )?(?:no|em) (?:canal|meu canal|nosso canal)|(?:a |o )?(?:parte|epis[oó]dio|cap[ií]tulo) \\d+ (?:j[aá] )?(?:saiu|t[aá]|est[aá]) (?:l[aá] )?(?:no|em) (?:canal|meu canal|nosso canal)',
      // O lançamento próprio num site de lançamentos ou de financiamento coletivo ("Estamos no Product Hunt hoje!").
      '(?:estamos|estou) (?:hoje |finalmente |oficialmente )?(?:ao vivo )?(?:no|na) (?:product ?hunt|kickstarter|catarse|indiegogo|benfeitoria)(?![\\p{L}])',
      // O do autor no topo de uma lista ("Nosso app acabou de chegar ao primeiro lugar da App Store"), como "hit #1".
      '(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas) (?:[\\p{L}\\p{N}\'-]+ ){0,2}?(?:app|aplicativo|livro|disco|[aá]lbum|single|m[uú]sica|podcast|jogo|loja|produto|canal|v[ií]deo|curso|startup|marca|romance)s? (?:(?!favorit|preferid)[\\p{L}\\p{N}\'-]+ )?(?:acabou de |j[aá] |finalmente )?(?:chegou|chegar|subiu|subir|est[aá]|[ée]|ficou|alcan[çc]ou|alcan[çc]ar) (?:ao |em |no |na )?(?:primeiro lugar|n[uú]mero (?:1|um)|#1|top \\d+)(?![\\p{L}\\p{N}])',
      // O do autor na imprensa ("Nossa agência saiu hoje no Estadão entre as 10…"), como "featured in".
      '(?:nossa|nosso|minha|meu) (?:ag[êe]ncia|empresa|marca|loja|est[úu]dio|escrit[óo]rio|restaurante|startup|projeto|livro|app|neg[óo]cio|padaria|caf[ée]|bar) (?:saiu|sai|aparece|apareceu|foi destaque|foi citad[oa]) (?:hoje |ontem |essa semana |esta semana |este m[êe]s )?(?:no|na|em)(?![\\p{L}])',
    ],
    bait: [
      // A concordância pescada perguntando se o autor é o único ("Só eu que…?", "Vocês também sentem…?").
      's[oó] eu (?:que|ou)[^.!?\\n\\d]{0,80}\\?|mais algu[eé]m (?:sente|acha|percebeu|sentiu|tamb[eé]m)[^.!?\\n\\d]{0,80}\\?|(?:voc[eê]s|vcs) tamb[eé]m (?:sentem|acham|t[eê]m)[^.!?\\n\\d]{0,80}\\?',
      // A palavra pedida em troca de uma condição ("Digite AMÉM se você acredita…", "Comenta SIM se concorda"), como "Type AMEN if".
      '(?:digite|digita|digitem|escreva|escreve|escrevam|comente|comenta|comentem) ["“\'‘]?(?:sim|am[eé]m|eu|1|concordo)["”\'’]?(?: aqui| nos coment[aá]rios)?,? (?:se|pra|para)',
      // Quem está aqui no ano ('Quem tá ouvindo em 2024?'), como 'alguém aí em 2024' e o inglês "who's watching in 2024".
      'quem (?:mais )?(?:ainda )?(?:t[aá]|est[aá]|continua|segue) (?:(?:ouvindo|assistindo|vendo|aqui)(?: isso| essa m[uú]sica| esse v[ií]deo)? )?(?:em|no ano de) \\d{4}',
      // yt23: o mesmo sem o verbo, como se escreve rápido ('quem mais assistindo em 2026?').
      'quem mais (?:ouvindo|assistindo|vendo|aqui)(?: isso| essa m[uú]sica| esse v[ií]deo)? (?:em|no ano de) \\d{4}',
      // yt23: o like pedido pra o autor ser notado ('curte esse comentário pra minha mãe ver', 'dá like pra eu ficar famoso').
      '(?:curte|curtam|d[aá] like|deem like|d[eê]em like)(?: (?:nesse|neste|esse|este|no meu) coment[áa]rio)? (?:pra|para) (?:eu|minha|meu|ele|chegar|todo mundo|o pessoal)(?![\\p{L}])',
      // O like pedido a quem está aí ("Deixa o like aí", "deixem seu like").
      '(?:deixa|deixe|deixem|solta|soltem|manda) (?:o|seu|teu|um|aquele) (?:like|joinha)',
      'curte se',
      'algu[eé]m (?:a[ií] )?(?:ainda )?(?:em|no ano de) \\d{4}',
      'compartilha se',
      'marque (?:um|uma|\\d+|seus|suas|algu[eé]m|aquela|aquele)',
      // A participação em infinitivos ("seguir a página, gostar da publicação e identificar 2 amigos").
      '(?:marcar|identificar) (?:\\d+|dois|duas|tr[eê]s|um|uma|seus|suas|teus|tuas) (?:amig[oa]s?|pessoas)(?![\\p{L}])|(?<=(?:^|[:,;\\n]|\\d[.)]|[✅➡️👉•-]|e)\\s*)(?:curtir|gostar d)(?:a|o)? ?(?:a |esta |essa |este |esse |nossa |nosso )?(?:publica[cç][aã]o|foto|p[aá]gina|post)(?![\\p{L}])',
      'marca (?:um|uma|\\d+|algu[eé]m|aquela|aquele)',
      'comente ["“]?\\p{L}+["”]?',
      // Um emoji como voto ("Comenta 🔥 se vc é da manhã"): uma enquete por reações, como o inglês "comment 🔥 if".
      'coment(?:a|e|em)\\s*[\\p{Extended_Pictographic}][\\p{Extended_Pictographic}\\uFE0F\\u200D\\s]*,? se (?:vc|você|voce|tu|vcs|vocês|voces)(?![\\p{L}])',
      // A palavra-chave entre aspas, na forma de você/tu também ("Comenta 'GUIA' que eu te mando").
      'coment(?:a|em) ["“\'‘]\\p{L}+',
      // Singular or plural ("Concordam? 👇", "Vocês concordam?"): the same ask for agreement.
      'concorda(?:m)?\\?',
      // Com "comigo" e a escolha "sim ou não?", como "Agree?" e "Yes or no?".
      'concorda(?:m)? comigo\\?|sim ou n[ãa]o\\?|quem (?:mais )?(?:t[aá]|est[aá]) comigo\\?',
      // A mesma adesão pedida ("Quem pensa igual?", "Quem também acha?"), com a pergunta logo a seguir.
      'quem (?:mais )?(?:pensa|acha|v[eê]|sente)(?: (?:isso|assim|o mesmo|igual|tamb[eé]m|a mesma coisa|da mesma forma))+\\?|quem tamb[eé]m (?:pensa|acha|sente|v[eê])(?: (?:isso|assim|o mesmo|igual))*\\?',
      'quem (?:mais|concorda)',
      // A razão pedida ao público ("Quem me dá razão?") e a escolha "concorda ou não?", como "Agree or not?".
      'quem me d[aá] raz[aã]o\\?|concorda(?:m)? ou n[ãa]o\\?',
      // Identificar-se, pedido ao público ("Quem se identifica?"), como "who can relate?".
      'quem (?:mais )?se identifica\\??',
      'me ajuda a chegar (?:a|em) \\d',
      // Um marco do próprio público comemorado ("não acredito que esse canalzinho chegou aqui", "obrigada pelos 10k").
      'n[aã]o acredito que (?:esse|este|essa|esta|meu|minha|nosso|nossa) (?:pequen[oa] )?(?:canal|canalzinho|perfil|conta|p[aá]gina)(?: \\p{L}+){0,3} (?:chegou (?:at[eé] )?aqui|(?:chegou a|bateu|atingiu|j[aá] tem) \\d[\\d,.]*k? (?:seguidores|inscritos))',
      'obrigad[oa] (?:a todos )?(?:pelos|por) \\d[\\d,.]*k? (?:seguidores|inscritos|subs)',
      // Um emoji em troca da próxima parte ("Deixa um 🔥 se quiserem a parte 2"), como "Drop a 🔥 if".
      '(?:deixa|deixe|deixem|manda|mande|mandem|solta|coloca|coloque|coloquem) (?:um|uma) (?:like |cora[çc][ãa]o |emoji )?(?:se|aqui|nos coment[áa]rios|embaixo)(?![\\p{L}])',
    ],
    vaguePointer: [
      // A novidade guardada para depois ("Não vejo a hora de contar mais", "em breve conto tudo").
      '(?:n[aã]o vejo a hora|mal posso esperar) (?:de|pra|para) (?:contar|mostrar|revelar) (?:mais|tudo)|(?:em breve|logo|j[aá] j[aá]) (?:eu )?(?:conto|contarei|trago) (?:mais|tudo|novidades)(?![\\p{L}])(?!\\s*:)',
      // Perguntar se o que se mostra é familiar ("Soa familiar?", "Te lembra algo?"): nada dele é dito.
      '(?:soa|parece) familiar\\s?\\?|(?:te|vos|lhes) lembra (?:algo|alguma coisa)\\s?\\?',
      // A novidade guardada para logo ("Em breve conto tudo").
      '(?:em breve|logo|amanh[aã]|depois) (?:eu )?(?:te |vos |lhes )?conto(?: tudo| mais)?|(?:eu )?(?:te |vos )?conto (?:tudo |mais )?(?:em breve|logo|amanh[aã]|depois)',
      // A legenda de um carrossel que deixa o conteúdo nas imagens ("Salva pra depois 📌"); se lista as dicas, tem
      // substância e fica quieta. "Arrasta pro lado pra ver…" é isca (value/pt.ts).
      'salv(?:a|e|em)(?: esse post| este post| esse carrossel)? (?:pra|para) (?:depois|ver depois|ler depois|mais tarde)',
// A história prometida para depois ("depois conto tudo", "amanhã vos conto"): guarda o que diz.
'(?:depois|amanh[aã]|mais tarde|logo|[àa] noite) (?:eu )?(?:te |vos |lhes |vo?s )?conto(?: tudo)?|(?:te|vos|lhes) conto (?:tudo )?(?:depois|amanh[aã]|mais tarde|logo|[àa] noite)|conto tudo depois', 'olha isso', 'vejam isso', 'confere', 'confira', 'leitura obrigat[oó]ria', 'o que (?:voc[eê]s )?acham\\?', '(?:o )?que (?:vcs|vc|voc[eê]) (?:acham|acha)\\?|(?:vcs|voc[eê]s) acham o qu[eê]\\?', 'opini[oõ]es\\?', 'em breve', 'aguardem', 'vem a[ií]',
      // Um anúncio próprio que só se anuncia ("vem novidade aí", "vem coisa grande por aí", "vem coisa muito boa aí", "fiquem ligados").
      'vem (?:novidade|coisa (?:(?:muito|mega|bem|super) )?(?:boa|grande|nova))s?(?: grandes?)? (?:a[ií]|por a[ií])', 'fiquem ligad[oa]s',
      // A novidade que o autor diz ainda não poder contar ("não posso falar nada ainda", "ainda não podemos revelar nada").
      'ainda n[aã]o (?:posso|podemos) (?:falar|contar|dizer|revelar) (?:nada|muito|mais)|n[aã]o (?:posso|podemos) (?:falar|contar|dizer|revelar) (?:nada|muito|mais) (?:ainda|por enquanto|por agora)',
      // O mesmo anúncio com o quando no lugar do "aí" ("Vem coisa grande semana que vem"), ou com a data ("Vem novidade
      // grande dia 15", "vem coisa nova dia 20/12"): o dia diz quando, nunca o quê.
      'vem (?:novidade|coisa (?:boa|grande|nova))s?(?: grandes?)? (?:(?:na )?semana que vem|(?:no )?m[eê]s que vem|amanh[aã]|em breve|logo|(?:no |na )?(?:dia|sexta|s[aá]bado|domingo|segunda|ter[cç]a|quarta|quinta) \\d{1,2}(?:/\\d{1,2})?(?![\\d/]))',
      // "Você está preparado?" depois do hype: preparado pra quê, o post nunca diz.
      '(?:voc[eê] est[aá]|voc[eê]s est[aã]o|vc est[aá]|vcs est[aã]o|t[aá]|t[aã]o|est[aá]s) (?:preparad[oa]s?|pront[oa]s?)\\?+'],
    agreement: ['verdade demais', 'muito verdade', 'pura verdade', 'isso mesmo!*', 'concordo demais', 'concordo plenamente'],
    // Um empurrão que não diz o que fazer ("Segunda de novo... vocês sabem o que fazer 💪").
    // Thanks for a year or a chapter, with nothing of what it held ('Grateful for another chapter 🙏', 'Gratidão por mais um ciclo').
    platitude: ['(?:gratid[aã]o|grat[oa]s?|aben[cç]oad[oa]s?) (?:por|pelo|pela) (?:mais )?(?:um|uma|este|esse|esta|essa|outro)? ?(?:ciclo|ano|cap[ií]tulo|caminho|jornada)(?: (?:que se encerra|que termina|que passou))?(?![\\p{L}])(?=\\s*[.!,\\n\\p{Extended_Pictographic}]|\\s*$)', 'quem (?:para|deixa) de (?:aprender|crescer|sonhar|tentar),? (?:para|deixa) de (?:crescer|viver|aprender|sonhar)', 'nunca (?:pare|parem|deixe|deixem) de (?:aprender|crescer|sonhar|acreditar|tentar|melhorar)', 'menos (?:é|e) (?:sempre )?mais', '(?:a |o |os )?(?:const[aâ]ncia|disciplina|a[cç][aã]o|execu[cç][aã]o|persist[eê]ncia|h[aá]bitos?|feito) (?:vence|vencem|supera|superam|ganha d[eo]|bate) (?:o |a )?(?:talento|motiva[cç][aã]o|perfei[cç][aã]o|perfeito|sorte|ideias?|estrat[eé]gia)(?![\\p{L}])', '(?:seu|teu) [uú]nico limite (?:[eé] voc[eê]|[eé]s tu|[eé] a (?:sua|tua) mente)', '(?:voc[eê]s sabem|voc[eê] sabe|vc sabe|vcs sabem|tu sabes|sabem) o que (?:fazer|tem que ser feito)(?!\\s*:)', 'nunca desista', 'nunca pare de sonhar', '(?:siga|persiga|corra atr[aá]s d(?:os)?) (?:os )?(?:seus|teus) sonhos', '(?:acredite|acredita) (?:em voc[eê]|em si|no seu potencial|no teu potencial|nos seus sonhos)', 'o resto (?:[eé] consequ[eê]ncia|vem naturalmente|vir[aá])', 'o sucesso,? (?:[eé]|n[aã]o [eé]|vem|come[cç]a)', '(?<![\\p{L},] )sucesso,? (?:[eé]|n[aã]o [eé]) ', 'a disciplina,? (?:[eé]|vence|supera)', 'mentalidade', 'gratid[aã]o(?=\\s*[.!\\n]|\\s*$)', 'aben[cç]oad[oa]s?', 'mindset', 'motiva[cç][aã]o', 'foco,? for[cç]a e f[eé]',
      // A virtude definida sem artigo ao abrir a frase ("Disciplina é fazer o que precisa ser feito, mesmo sem vontade").
      '(?<![\\p{L},] )(?:disciplina|const[aâ]ncia|lideran[cç]a),? [ée] (?:fazer|escolher|n[aã]o |uma (?:escolha|decis[aã]o)|um (?:h[aá]bito|caminho))(?![\\p{L}])', '(?:nova semana|novo dia|novo m[eê]s|novo ano)[,.!]? nov[oa]s? (?:oportunidades|metas|objetivos|desafios|come[çc]os|energias?|chances|possibilidades|b[eê]n[çc][aã]os)(?![\\p{L}])', 'ano novo[,.!]? vida nova',
      // A vida definida por contraste ("A vida não é o que te acontece, é como você reage"): um lema, nada a fazer.
      'a vida n[aã]o [eé] (?:o que|sobre|esperar|quanto)[^.!?\\n]{1,60}, (?:[eé]|mas)(?![\\p{L}])', 'o futuro (?:pertence|[eé]) (?:a quem|de quem|aos que|[àa]queles que|dos que)', 'quem (?:n[aã]o )?se adaptar (?:vai (?:ganhar|ficar para tr[aá]s)|ficar[aá] para tr[aá]s|vence)'],
    teaching: [
      // Uma ferramenta que o autor usa, dada como resposta ("eu uso o Obsidian pra isso", "recomendo"); o próprio (meu, nosso) é anúncio.
      '(?:eu )?(?:uso|usamos|utilizo) (?!(?:meu|minha|meus|minhas|nosso|nossa|isso|isto)(?![\\p{L}]))(?:[\\p{L}\\p{N}.+-]+ ){1,7}?(?:pra|para) (?:isso|isto|o mesmo)(?![\\p{L}])|(?:eu )?(?:te )?recomendo (?!(?:o meu|a minha|meu|minha|nosso|nossa)(?![\\p{L}]))',
      // O que ajuda, anunciado e dito depois dos dois-pontos ("O que mais ajuda: levantar depois de 20 minutos…").
      'o que (?:mais |realmente |costuma )?(?:ajuda|funciona|me ajudou|funcionou)(?: (?:mais|melhor))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Um resumo dado depois do anúncio, com algumas palavras no meio ("Vídeo novo no ar, mas aqui vai o resumo pra você não precisar assistir: …").
      '(?:aqui vai |aqui est[aá] |segue )?(?:o |a |um |meu )?(?:resumo|resum[ãa]o|vers[aã]o curta|tl;? ?dr)(?:,? [^.!?:\\n]{1,60})? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Como o autor fez, anunciado e contado depois dos dois-pontos ("Como gravei o vídeo da feira: Sony a6400, 1/50…").
      '(?:como|assim) (?:eu |n[oó]s )?(?:o |a |os |as )?(?:fiz|fizemos|[\\p{L}]+ei|[\\p{L}]+amos)(?![\\p{L}])[^.!?:\\n]{0,80}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // O que muda, anunciado e dito depois dos dois-pontos ("O que muda para os motoristas: …").
      '(?:o que|que) (?:muda|vai mudar|isso significa|significa)(?: (?:para|pra) (?:voc[eê]s?|os [\\p{L}]+|as [\\p{L}]+|[\\p{L}]+))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // A escolha entre as opções para um uso ('pra um blog o GoatCounter é provavelmente o mais fácil').
      '(?:pra|para) (?:um|uma|o teu|a tua|o seu|a sua|seu|sua|teu|tua) [\\p{L}-]+(?: [\\p{L}-]+)?,? (?:o |a )?(?!(?:meu|minha|nosso|nossa|eu|isso|isto|este|esta|esse|essa)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+)? é (?:provavelmente |com certeza |sem dúvida |sinceramente )?(?:o|a) (?:mais (?:fácil|simples|barat[oa]|segur[oa]|rápid[oa])|melhor)(?![\\p{L}])',
      // Uma dica com a condição na frente ("Se o seu pão espalha, tire 5% da água"), como o inglês "if your…, try".
      '(?<![\\p{L}])se (?:o seu|a sua|os seus|as suas|seu|sua|voc[eê]|teu|tua) [^.!?\\n]{3,80}?[,:—-] ?(?:tente|use|usa|coloque|p[oõ]e|verifique|fa[cç]a|faz|evite|comece|mantenha|pergunte|tire|tira|baixe|diminua|corte|troque|deixe|misture|leia|escolha|n[aã]o)(?![\\p{L}])',
      // A fix reported by what it did: after the step, the thing worked again ("danach lief es bei mir wieder"): the steps before it are the answer.
      'voltou a funcionar|funcionou de novo|comigo resolveu|resolveu (?:pra|para) mim',
      '(?:coisa|mudança|truque|hábito|regra|ajuste)s? (?:[\\p{L}]+ )?que (?:me |nos )?(?:economizou|poupou|salvou|mudou|reduziu|dobrou)[^:\\n]{0,40}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])', 'dicas?', 'que (?:funciona|funcionam) (?:mesmo|de verdade|de fato):(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])', 'como (?:fazer|evitar|conseguir)', '(?:ensino|mostro|explico|aprenda|saiba|entenda|descubra) como [\\p{L}]{2,}(?:ar|er|ir)(?![\\p{L}])', 'passo (?:\\d{1,2}(?!\\d)|um|dois|tr[eê]s)', 'li[cç](?:[aã]o|[oõ]es)', 'erros?', 'por exemplo', 'de [$€£]?\\d[\\d.,]*\\s?(?:%|k|[\\p{L}]{1,8})? para [$€£]?\\d+', 'o segredo [eé]', 'resumindo', 'em resumo', '(?:resolvi|resolvemos|consertei|consertamos|arrumei)(?: o problema| isso)? [\\p{L}]+ndo', '(?:alerta de )?spoiler ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])', 'o mais importante [eé]', 'a chave [eé]', 'o que funcion(?:a|ou)', 'dobrou de (?:tamanho|valor)|triplicou|(?:caiu|reduziu|diminuiu) pela metade', 'muito melhor (?:se|quando)', 'funciona (?:muito melhor|super bem|que [eé] uma maravilha)'],
    advice: [
      // A coisa certa dita como o que o leitor procura ("o link que você procura é o oficial", "o que você precisa é uma
      // chave de torque"): uma recomendação.
      'o que (?:voc[eê]|vc|tu) (?:precisa|procura|quer) [ée]|(?:o|a) (?:link|site|p[aá]gina|app|formul[aá]rio|ferramenta|op[cç][aã]o|n[uú]mero) que (?:voc[eê]|vc|tu) (?:precisa|procura|quer) [ée]',
      // O que fazer diante do perigo ("Na dúvida, vá direto ao veterinário, não espere"): o aviso diz como agir.
      'na d[uú]vida,? (?:v[aá]|procure|procurem|ligue|liguem|leve|levem|chame|chamem)(?![\\p{L}])|n[aã]o (?:espere|esperem|demore|demorem)(?=\\s*[.!,;\\n]|\\s*$)|mantenha(?:m)? (?:o|a|os|as|seu|sua|seus|suas) ',
      '(?:use|coloque|experimente|adicione|deixe|evite|guarde|misture|comece|anote|troque|fa[cç]a|n[aã]o (?:use|coloque|deixe|esque[cç]a))',
      // O mesmo conselho no imperativo do dia a dia ("Tira as folhas, molha só a terra"); só no começo da oração, onde
      // "usa" ou "deixa" não são "ele usa", "ela deixa".
      // "Faz 10 anos", "faz dois meses" tell how long ago, not what to do.
      '(?:usa|coloca|bota|tira|deixa|evita|mistura|come[cç]a|anota|faz(?! (?:\\d+|um|uma|dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|v[aá]rios|v[aá]rias|muitos|muitas|poucos|poucas|alguns|algumas|mais de|quase|uns|umas) )|molha|corta|n[aã]o (?:usa|coloca|bota|deixa|esquece))(?![\\p{L}])',
      // Os passos de um conserto, como "turn off", "go to", "restart" em inglês ("Vá em Configurações, desative…");
      // sem "atualize", "instale", "abra", "escolha": "atualize agora" é o pedido de um lançamento.
      '(?:v[áa] (?:em|para|at[ée])|desative|desligue|reinicie|desinstale|apague|clique|aperte|toque em)(?![\\p{L}])',
      // Os passos de cozinha e cuidado e o que faltava do mesmo imperativo ("polvilha farinha de arroz"); nem aqui nem acima
      // "guarda", "troca", "passa", "lava", que abrem frases como nomes ("Guarda Nacional", "Troca de turno").
      '(?:p[õo]e|experimenta|adiciona|polvilha|polvilhe|enx[aá]gua|deixa de molho|rega|regue|descasca|mexe|tempera)(?![\\p{L}])',
      // Passos de cuidado e de segurança ("Toque na fivela antes de prender a criança", "Segure o bebê na vertical").
      '(?:toque (?:na|no|nas|nos)|toca (?:na|no|nas|nos)|jogue|segure|segura (?:o|a|os|as)|levante|retire|deite)(?![\\p{L}])',
      // Um passo com o pronome ligado ("regue-a uma vez por semana", "guarde-o na geladeira", "alimente-o duas vezes por
      // dia"): com o pronome, "guarda", "lava", "troca" são verbos, não nomes. Os pedidos ("siga-me", "compartilhe-o",
      // "assine", "baixe-o", "compre-o") não estão: pedem, não ensinam.
      ...[
        'regu', 'reg', 'guard', 'aliment', 'lav', 'limp', 'cort', 'sequ', 'sec', 'coloqu', 'coloc', 'deix', 'mantenh', 'mant', 'plant', 'pod', 'adub', 'escov', 'vacin', 'mistur', 'adicion', 'acrescent', 'aque[cç]', 'esfri', 'congel', 'descongel', 'tamp', 'cubr', 'mex', 'desligu', 'deslig', 'lig', 'reinici', 'desativ', 'troqu', 'troc', 'pass', 'temper', 'frit', 'ass', 'cozinh', 'ferv', 'enxagu', 'enxágu', 'molh', 'pendur', 'dobr', 'embal', 'sirv', 'serv', 'banh', 'pentei', 'pente', 'põ', 'po', 'faç', 'fa[cç]', 'tir', 'bot', 'descasqu', 'descasc', 'pes', 'me[cç]',
      ].map((v) => `${v}(?:e|a)-(?:o|a|os|as|lo|la|los|las|lhe|lhes)(?![\\p{L}])`),
    ],
    explaining: ['porque', 'em vez de', 'ao inv[eé]s de', 'para que', 'sen[aã]o'],
    lesson: [
      // O que deu errado, anunciado e contado ("O que deu errado: na primeira noite o neon piscava…").
      '(?:o que|que) (?:deu errado|falhou|n[aã]o funcionou|n[aã]o deu certo|fiz de errado|errei)(?: (?:na primeira vez|no come[cç]o))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // O que funcionou, apontado e dito depois dos dois-pontos ("Depois de 50 candidaturas, isso me funcionou: …").
      '(?:isso|isto|foi isso que) (?:me |nos )?(?:funcionou|ajudou|serviu)(?: pra mim| para mim| comigo)? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Um resultado contado desde que se faz assim ('0 quebras em 600 pedidos desde que começamos a fazer assim').
      '(?<=\\d[^.!?\\n]{0,80})desde que (?:(?:come[çc]amos|comecei) a (?:fazer assim|fazer isso|usar isso)|(?:fazemos|fa[çc]o) assim|mudamos|mudei)(?![\\p{L}])',
      // O que o ponto ou o texto de alguém mudou no jeito de trabalhar do autor ("mudou meu jeito de fazer formulários").
      '(?:mudou|mudaram|transformou) (?:o |a )?(?:meu|minha|nosso|nossa) (?:jeito|forma|maneira|modo) de(?![\\p{L}])',
      // O que serviu, contado pelo efeito ("salvou minha prova"): como "saved my", o autor atesta um conselho.
      '(?:isso |isto )?(?:me )?salvou (?:o|a|os|as|meu|minha|meus|minhas)',
      // What helped the author most, and what they wish they had been told, said before it: the lesson follows.
      'o que (?:mais )?(?:me|nos) ajudou(?! ?\\?)', '(?:o que|coisas que) eu (?:queria|gostaria de) ter sabido', 'queria que (?:algu[eé]m )?(?:tivesse me|me tivesse) (?:dito|avisado|contado)',
      'o que (?:realmente |de fato )?(?:funciona|funcionou) (?:pra|para|comigo)(?: mim| n[óo]s)?(?! ?\\?)', 'aprendi', 'aprendemos', 'o que aprendi', 'percebi que', '(?:descobrimos|encontramos|vimos|constatamos) que', '(?:nossos|os) (?:resultados|dados) (?:mostram|mostraram|indicam|sugerem)'],
    credit: [
      // A obra de outro apresentada como a melhor leitura ("Melhor leitura da semana: o artigo da Ana Souza…").
      '(?:a )?melhor (?:leitura|coisa que li|artigo|texto|thread|livro)(?: (?:da|desta|dessa|de minha|da minha) semana| do m[eê]s| do ano| que li (?:esta|essa) semana)?(?=\\s*[:\\-–—👇])',
      // Um cliente passado a outra pessoa: quem está sem agenda indica outra ('estou com a agenda cheia até março, mas a Juliana…', 'em meu nome').
      '(?:estou|t[ôo]|estamos) (?:com a agenda (?:cheia|lotada|fechada)|lotad[oa]s?|sem agenda|sem vagas?)(?: at[ée] [^.!?\\n]{1,25}?)?,? mas(?= (?!(?:eu|a gente|n[óo]s|posso|podemos|se|meu|minha|meus|minhas|nosso|nossa|voc[êe]|vc|me chama|chama)(?![\\p{L}])))',
      '(?:fala|fale|diz|diga|manda|mande|chama|chame) (?:(?:com|pra|para|a) )?(?:ela|ele|eles|elas) (?:em meu nome|da minha parte|que (?:eu )?(?:te |lhe )?indiquei|que fui eu que (?:te |lhe )?indiquei)',
      // "de @fulana" contraído com o artigo ("fio da @lena", "vídeo do @joao") credita do mesmo jeito.
      // Uma recomendação anunciada como tal ("dica de podcast: …"): trabalho alheio passado adiante.
      // Também com umas palavras antes dos dois pontos ("dica de livro da semana: …").
      '(?:dica|indica[cç][aã]o|recomenda[cç][aã]o) de (?:podcast|livro|leitura|newsletter|canal|s[ée]rie|[aá]lbum|document[aá]rio)(?: [\\p{L}]+){0,4}?(?=\\s*[:\\-–—👇])',
      '#followfriday(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '#ff(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '(?:newsletter|podcast|canal|blog|livro|curso|loja) (?:da|do) (?:minha|meu) (?:amig[oa]|irm[ãa]o?|colega|prim[oa]|vizinh[oa]|m[ãa]e|pai|namorad[oa]|espos[oa])', 'gra[cç]as a', 'via @', 'd[ao]s? @[\\p{L}\\p{N}_]+', 'cr[eé]ditos? (?:para|a)', 'de @[\\p{L}\\p{N}_]+', 'inspirad[oa] (?:em|por)', 'recomendo', 'agradecimento especial',
      // A obra nova de outra pessoa contada como dela ("Minha colega Lena acabou de publicar o artigo dela sobre…", "publicou seu livro").
      '(?:publicou|lan[çc]ou|escreveu|acabou de publicar|acabou de lan[çc]ar) (?:o |a )?(?:seu|sua) (?:novo |nova |primeiro |primeira )?(?:artigo|livro|estudo|fio|thread|v[ií]deo|[aá]lbum|tese|ensaio|podcast|guia)(?![\\p{L}])|(?:publicou|lan[çc]ou|escreveu|acabou de publicar|acabou de lan[çc]ar) (?:o|a) (?:novo |nova |primeiro |primeira )?(?:artigo|livro|estudo|fio|thread|v[ií]deo|[aá]lbum|tese|ensaio|podcast|guia) (?:dela|dele|deles|delas)(?![\\p{L}])',
    ],
    thanks: ['(?:fio|thread|post) de agradecimentos? (?:a|à|ao|aos|às|para|pra)', '(?:quero|queria|queremos|gostaria de|gostar[ií]amos de) agradecer (?:a|à|ao|aos|às|pel[oa]s?|por)', 'obrigad[oa] (?:a|ao|à|às|aos|pel[oa]s?|por)', 'obrigad[oa],? @[\\p{L}\\p{N}_.-]+,? (?:pel[oa]s?|por)', 'muito obrigad[oa] (?:a|pel[oa]|por)', 'agrade[cç]o (?:a|ao|à|pel[oa])', 'um agradecimento (?:especial )?(?:a|à|ao)'],
    question: [
      // The name of a thing in plain view asked after ("What's the name of the song at the end?"): a fact asked of whoever knows it.
      '(?:qual (?:[eé] )?o nome d[aoe] |como se chama (?:a|o|essa|esse) )(?:m[uú]sica|can[cç][aã]o|jogo|fonte|app|aplicativo|marca|filme|s[eé]rie|banda|artista)(?= (?:[\\p{L}]+ ){0,3}?(?:(?:do|no) (?:final|come[cç]o|in[ií]cio)|de fundo|que toca|no v[ií]deo|que (?:voc[eê]|vc|ele|ela) usa))',
      // O que a pessoa a quem se fala usa ou tem, perguntado pela coisa ("Qual microfone você usa?"): a resposta é dela.
      '(?:qual|que) (?:[\\p{L}-]+ ){1,2}?(?:voc[eê]|tu|vc) (?:usa|usou|utiliza|tem|recomenda)(?![\\p{L}])','algu[eé]m (?:sabe|tem|conhece|j[aá])', 'quem (?:conhece|indica|recomenda|sabe de) (?:um|uma|algum|alguma|algu[eé]m)(?![\\p{L}])', 'quem (?:j[aá] )?(?:tem experi[eê]ncia|usou|testou)(?![\\p{L}])', 'em algum (?:lugar|s[ií]tio)\\s?\\?', 'onde (?:posso|d[aá] pra|d[aá] para|se pode) (?:ainda )?(?:comprar|achar|encontrar|pedir)', 'tenho uma d[uú]vida', 'alguma dica', 'como voc[eê]s fazem', 'como (?:[\\p{L}]+ ){0,2}(?:a |o )?(?:sua|seu|suas|seus|tua|teu|tuas|teus)', "qual (?:é|e|s[aã]o) (?:o seu|a sua|os seus|as suas|o teu|a tua|seu|sua|teu|tua)", "o que voc[eê]s? (?:est[aá]|est[aã]o) (?:lendo|assistindo|ouvindo|fazendo)", "o que voc[eê]s? (?:acha|acham|recomenda|recomendam|usa|usam)"],
    rhetorical: ['quem mais', 'concorda\\?', 'n[eé]\\?', '(?:voc[eê] )?(?:quer|querem) (?:aprender|dominar|melhorar|ganhar|emagrecer)'],
    // Also pointing readers at a way to help someone else: 'como ajudar os desabrigados', 'onde doar'.
    helping: [
      // Uma olhada oferecida ("se quiser eu dou uma olhada no seu currículo"), como 'happy to look over'.
      '(?:dou|posso dar) uma olhada (?:no|na|nos|nas) (?:seu|sua|seus|suas|teu|tua)(?![\\p{L}])|(?:eu )?(?:reviso|leio) (?:o |a )?(?:seu|sua|teu|tua)(?![\\p{L}])',
      // O que é do autor emprestado a quem pergunta ("se quiser eu te empresto o carrinho, me chama no privado"): ajuda de vizinho.
      '(?:(?:te|lhe|vos) (?:empresto|emprestaria)|(?:posso|podia|poderia) (?:te |lhe )?emprestar)(?![\\p{L}])(?! (?:o )?(?:dinheiro|grana|empr[eé]stimos?|[$€£]))',
      // O próprio desaconselhado pelo bem do leitor ('você não precisa do nosso gabarito: um retalho de compensado resolve').
      '(?:voc[êe]s?|vc|tu) n[ãa]o precisa(?:m|s)? (?:comprar )?(?:d?[oa]s? )?(?:nosso|nossa|nossos|nossas|meu|minha|meus|minhas)(?![\\p{L}])',
      // Uma apresentação oferecida ('posso te apresentar à Carla', 'faço a ponte').
      '(?:fa[cç]o|fazer|fa[cç]o questão de fazer) a ponte|(?:te|vos) (?:apresento|coloco em contato)|posso (?:te )?apresentar|(?:te )?coloco em contato',
      // A ajuda oferecida é de graça, dito à parte depois do contato ("Se precisar de ajuda, me chama, sem custo", "me liga
      // no 915 555 203, não cobro nada").
      '(?<=(?:ajuda|problemas?|d[uú]vidas?|me chama|me manda (?:uma )?mensagem|manda (?:uma )?mensagem|chama no (?:direct|privado|pv|dm)|me liga|liga-me|ligue-me|s[oó] ligar)[^.!?\\n]{0,80}(?:[,;:—–(-]\\s*|\\se\\s))(?:sem custo|de gra[cç]a|gr[aá]tis|n[aã]o cobro(?: nada)?|[eé] de gra[cç]a|[eé] gr[aá]tis|n[aã]o custa nada|na faixa)(?=\\s*[,.!;)]|\\s*$)',
      // O trabalho feito de graça pra quem pedir ("se alguém precisar instalar Linux, me chama. Faço de graça").
      '(?:fa[cç]o|conserto|instalo|arrumo|reviso)(?: (?:isso|isto|[\\p{L}]+)){0,2}? (?:de gra[cç]a|sem cobrar|gr[aá]tis|na faixa)(?! (?:na |a )?primeira)',
      // Algo concreto oferecido a quem se responde ("posso te mandar o gráfico"); preços e orçamento são venda.
      'posso (?:te |lhe |vos )?(?:mandar|enviar|passar|compartilhar|mostrar) (?:o|a|os|as|meu|minha|meus|minhas)(?! (?:pre[cç]os?|cat[aá]logo|or[cç]amentos?)(?![\\p{L}]))',
      '(?:eu )?(?:te )?(?:explico|ajudo|mostro)(?: [\\p{L}]+){0,2}? (?:de gra[cç]a|sem cobrar|gr[aá]tis)', '(?:como|onde) (?:ajudar|doar)', 'ajud(?:ar|e) (?:as|os) (?:v[ií]timas|desabrigad[oa]s|atingid[oa]s|fam[ií]lias)', 'espero que ajude', 'se (?:te |lhe )?ajudar', '(?:caso|se) (?:isso |isto )?(?:te |lhe |vos )?(?:ajude|sirva)', 'se (?:te |lhe )?servir', 'fico feliz em ajudar', 'qualquer d[uú]vida',
      // Uma coisa precisa oferecida a quem se responde ("me chama que te passo o modelo"), como o espanhol "te paso el
      // modelo"; preços, catálogo ou orçamento são venda.
      '(?:te|lhe|vos) (?:passo|mando|envio) (?:o|a|os|as|meu|minha)(?! (?:pre[çc]os?|valor(?:es)?|cat[áa]logo|tabela|or[çc]amento|guia|curso|ebook|link|desconto|cupom|c[óo]digo|pix)(?![\\p{L}]))',
    ],
    invitation: [
      // Meeting those who will be there anyway ("se estiver por lá, passa pra dizer oi").
      '(?:passa|passem|venha|venham) (?:pra|para|a) (?:dizer oi|dar um oi|dar um ol[aá]),? se (?:estiver|estiverem|for|forem) (?:por l[aá]|l[aá]|perto)',
      'se (?:estiver|estiverem|for|forem) (?:por l[aá]|l[aá]|perto),? (?:passa|passem|venha|venham) (?:pra|para|a) (?:dizer oi|dar um oi|dar um ol[aá])',
      'vamos tomar um caf[eé]', 'bora conversar', 'adoraria (?:conversar|conhecer)',
      // A porta aberta de um encontro: qualquer um pode vir, sem comprar nem reservar ("entrada franca, sem inscrição").
      '(?:todos|todas|todo mundo|(?:as )?crian[çc]as|(?:as )?fam[ií]lias|(?:os )?cachorros) (?:s[aã]o |[ée] |est[aã]o )?(?:muito )?bem-vind[oa]s?|entrada (?:franca|livre)|sem (?:inscri[cç][aã]o|cadastro)|aberto a todos|[ée] s[oó] aparecer|n[aã]o (?:precisa|[ée] preciso) (?:se )?(?:inscrever|de inscri[cç][aã]o|reservar)'],
  },
  words: {
    stop: [
      'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'e', 'ou', 'mas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no',
      // Contractions of a preposition and a pointer or an article ("nessa caminhada", "desse jeito", "num dia").
      'nesse', 'nessa', 'neste', 'nesta', 'nisso', 'nisto', 'desse', 'dessa', 'deste', 'desta', 'disso', 'disto', 'num', 'numa',
      'pelos', 'pelas', 'naquele', 'naquela',
      'na', 'nos', 'nas', 'por', 'pelo', 'pela', 'para', 'pra', 'com', 'sem', 'que', 'é', 'são', 'foi', 'ser', 'estar',
      'está', 'tá', 'tem', 'ter', 'há', 'não', 'nao', 'sim', 'se', 'me', 'te', 'lhe', 'eu', 'tu', 'você', 'voce', 'ele',
      'ela', 'nós', 'vocês', 'eles', 'elas', 'meu', 'minha', 'seu', 'sua', 'nosso', 'nossa', 'esse', 'essa', 'este',
      'esta', 'isso', 'isto', 'muito', 'mais', 'já', 'ja', 'também', 'tambem', 'quando', 'onde', 'como', 'aqui', 'hoje',
      'todo', 'toda', 'todos', 'todas', 'ao', 'aos', 'à', 'às', 'bom', 'boa', 'dia', 'gente', 'obrigado', 'obrigada',
    ],
    me: ['eu', 'me', 'mim', 'meu', 'minha', 'meus', 'minhas', 'nós', 'nos', 'nosso', 'nossa', 'nossos', 'nossas', 'a gente', 'tocamos'],
    you: ['você', 'voce', 'vocês', 'tu', 'te', 'ti', 'teu', 'tua', 'seu', 'sua'],
    filler: ['kkk', 'kkkk', 'kkkkk', 'rs', 'rsrs', 'haha', 'top', 'amém', 'amem', 'primeiro', 'grupo', 'bom', 'dia', 'boa', 'noite', 'tarde', 'oi', 'olá', 'ola', 'parabéns', 'lindo', 'linda', 'show', 'demais', 'vídeo', 'video', 'obrigado', 'obrigada',
      // Concordar com o que foi dito, como o inglês 'same', 'ditto' ('kkkk igual').
      'igual', 'idem', 'exato', 'exatamente', 'verdade', 'concordo', 'totalmente',
      // Elogio pronto ao post, como o inglês 'great post', 'content' ('Ótimo post!', 'que fio incrível').
      'post', 'fio', 'thread', 'publicação', 'publicacao', 'conteúdo', 'conteudo', 'ótimo', 'ótima', 'otimo', 'otima', 'incrível', 'incrivel', 'excelente', 'muito'],
    marker: ['obrigado', 'obrigada', 'parabéns', 'aniversário', 'olá', 'oi', 'saudades', 'abraço', 'abraços', 'beijos', 'valeu', 'mãe', 'pai'],
    plugModifiers: ['novo', 'nova', 'novos', 'novas', 'primeiro', 'primeira', 'pequeno', 'pequena', 'online', 'gratuito', 'gratuita', 'próprio', 'própria'],
  },
};
