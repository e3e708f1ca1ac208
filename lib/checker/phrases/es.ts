// Spanish. Seeded by translating the English calls to action, widened with the forms people write (with and without accents).
import { FAVOURITE } from './favourite';
import type { Lexicon } from './book';
import { esValue } from './value/es';
import { offerLists, SHOPFRONTS } from './offer/entry';
import { esOffer } from './offer/es';
import { copyLists } from './copy/entry';
import { esCopy } from './copy/es';
import { hypeLists } from './hype/entry';
import { esHype } from './hype/es';
import { valueLists } from './value/entry';

/** The weather and the seasons, which arrive by themselves ("ya está aquí el verano"): no one's launch. */
const SEASON =
  '(?:verano|invierno|oto[nñ]o|primavera|fr[ií]o|calor|lluvias?|nieve|nevada|sol|buen tiempo|mal tiempo|ola de (?:calor|fr[ií]o)|temporal|tormenta|borrasca|' +
  'gota fr[ií]a|cambio clim[aá]tico|navidad|puente|fin de semana|finde|viernes|lunes)';
/** An amount of money as lures write it: "$4,200", "500 €", "R$ 300". */
const AMOUNT = '(?:[$€] ?\\d[\\d,.]*k?|\\d[\\d,.]*k? ?(?:€|d[oó]lares|euros?|pesos|mil pesos))';
const PRODUCT =
  '(?:' + SHOPFRONTS + '|tienda|tiendita|libro|e-?book|curso|taller|clase|masterclass|webinar|seminario web|programa|plantilla|gu[ií]a|canal|podcast|episodio|' +
  'newsletter|bolet[ií]n|blog|app|aplicaci[oó]n|producto|web|p[aá]gina|portafolio|portfolio|colecci[oó]n|[aá]lbum|' +
  'canci[oó]n|v[ií]deo|marca|emprendimiento|negocio|servicios|agencia|patreon|perfil|cuenta)';

export const es: Lexicon = {
  phrases: {
    ...valueLists(esValue),
    ...offerLists(esOffer),
    ...hypeLists(esHype),
    ...copyLists(esCopy),
    callToAction: [
      // El gancho de la venta en red: cómo entrar en el equipo del autor, contado en privado ("escríbeme y te cuento cómo unirte a
      // mi equipo"). Una oferta de empleo nombra el puesto.
      '(?:te (?:cuento|explico|digo|enseño) c[oó]mo|(?:escr[ií]beme|h[aá]blame|m[aá]ndame (?:un )?(?:md|mensaje)) para) (?:unirte|entrar|entr[eé]|formar parte) (?:a|en|de) mi (?:equipo|negocio)(?![\\p{L}])',
      // El compartir pedido según el gusto del lector, tras el episodio o la pieza propia ("¡compartid si os gusta!", "comparte si
      // te sirvió"): el alcance del autor, como "comparte, porfa".
      '(?:comp[aá]rt(?:e|id|an|elo|idlo|anlo|ela|idla|anla)|dif[uú]nd(?:e|id|an|elo|idlo|anlo))(?: (?:el episodio|el v[ií]deo|el post|la pieza|el art[ií]culo))? si (?:te|os|les) (?:gust[oó]|gusta|ha gustado|han gustado|sirvi[oó]|sirve|ha servido)(?![\\p{L}])',
      // El cierre del consultor tras el problema del lector ("Si tu empresa factura pero nunca tiene liquidez, escríbeme y lo
      // vemos"): su servicio como respuesta, como "DM me". "Escríbeme si tienes dudas" ofrece ayuda y queda fuera.
      '(?<=(?<![\\p{L}])si (?:tu|vuestr[oa]|su) (?:empresa|negocio|marca|web|p[aá]gina|tienda|equipo|pyme|startup|cl[ií]nica|despacho|restaurante|e-?commerce|agencia|proyecto|facturaci[oó]n)(?![\\p{L}])[^.!?\\n]{0,120})(?:escr[ií]be(?:me|nos)|escr[ií]ban(?:me|nos)|escribid(?:me|nos)|m[aá]nda(?:me|nos) un (?:mensaje|md|dm|privado)|h[aá]bla(?:me|nos)|cont[aá]cta(?:me|nos))(?: por (?:privado|md|dm|whatsapp))?,? y (?:lo|te lo|os lo|le|la) (?:vemos|miramos|hablamos|revisamos|analizamos|estudiamos)(?![\\p{L}])',
      // La hucha de la obra propia pedida como un café ("puedes invitarme a un café aquí ☕ ko-fi.com/…"): dinero para el autor,
      // como "apóyame en Ko-fi". "Invítame a un café mañana y te cuento" queda para otro día.
      '(?:inv[ií]ta(?:me|nos)|inv[ií]te(?:me|nos)|inv[ií]ten(?:me|nos)|invitad(?:me|nos)|(?:me|nos) invit(?:as|[aá]is|an)|invitar(?:me|nos)) a un (?:caf[eé]|cafecito|ko-?fi)(?![\\p{L}])(?=[^\\n]{0,80}?(?:https?://|www\\.|ko-?fi\\.com|buymeacoffee|bmc\\.link|paypal|pix|bizum|👉|→|⬇️|👇))',
      '(?:puedes|pod[eé]is|pueden|puede|si quer[eé]is|si quieres|si quieren|si te apetece|si os apetece|si (?:te|os|les) ha servido,?) (?:me |nos )?invitar(?:me|nos)? a un (?:caf[eé]|cafecito|ko-?fi)(?![\\p{L}])(?! (?:ma[nñ]ana|luego|otro d[ií]a|cuando|la pr[oó]xima)(?![\\p{L}]))',
      // Dónde está lo que vende el autor, su puesto en un mercado ("está todo en mi Wallapop", "los tenéis en mi Vinted"):
      // un puntero para comprar, como "link en la bio". "Mi pedido de Vinted" es de quien compra (SHOPFRONTS).
      // También la tienda propia ("lo tenéis en mi tienda de Amazon"). Con "mi" por clave y el verbo mirado detrás: "lo",
      // "la", "está" están en todas partes.
      `(?<=(?<![\\p{L}])(?:est[aá]n?|(?:(?:lo|los|las)\\s+)?(?:tienes|ten[eé]is|tienen|encontr[aá]is|encuentras|encuentran)|(?:lo|los|las)\\s+he\\s+(?:subido|colgado|puesto))\\s+(?:(?:todo|todos|todas|ya|tambi[eé]n)\\s+)*(?:en|dentro\\s+de)\\s+)mi (?:tienda(?![\\p{L}])|linktree|${SHOPFRONTS})`,
      // Una llamada o auditoría gratis del servicio del autor para reservar ("Reserva una auditoría de precios gratuita").
      '(?:reserva|agenda|pide|solicita|consigue)(?:r)? (?:tu|una|ya tu) (?:[\\p{L}-]+ ){0,4}?(?:auditor[ií]a|llamada|consultor[ií]a|sesi[oó]n|demo|consulta|diagn[oó]stico|asesor[ií]a|mentor[ií]a)(?: [\\p{L}-]+){0,4}? (?:gratis|gratuit[ao]|sin compromiso|sin coste)(?: conmigo| con nosotros)?(?![\\p{L}])',
      // Lo del autor fijado donde el lector lo verá ("escribí un hilo sobre esto, está fijado en mi perfil").
      '(?:est[aá]|lo tengo|la tengo|lo he dejado|lo dej[eé]) (?:fijad[oa]|anclad[oa]|enlazad[oa]) (?:en|arriba en) mi (?:perfil|p[aá]gina|cuenta|canal)(?![\\p{L}])',
      // Una venta cerrada en los comentarios ("comenta para reservar", "comenta 'mío' para apartarlo").
      "comenta(?:d|r)? (?:aqu[ií] |abajo |['\"“]?(?:m[ií]o|m[ií]a|vendido|lo quiero)['\"”]? )?para (?:reservar|apartar|pedir|comprar|encargar)(?:lo|la|los|las)?(?![\\p{L}])",
      // La experiencia del autor convertida en algo que llevarse ("el mes pasado lo convertí en un curso por email"), con dónde o cómo
      // conseguirlo después. El libro de recetas de la familia no es ninguna oferta.
      '(?:lo|la|los|las|todo (?:eso|esto)) (?:convert[ií]|convertimos|transform[eé]|transformamos|he convertido|hemos convertido) en (?:un|una|mi|nuestr[oa]) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:curso|gu[ií]a|e-?book|libro|programa|clase|newsletter|taller|plantilla|masterclass|mentor[ií]a)(?![\\p{L}])(?=[\\s\\S]{0,200}?(?:https?:|www\\.|[\\p{L}\\p{N}-]\\.(?:com|es|io|co|org|net|app)|enlace|link|inscr|apunt|gratis|gratuit|[$€£]\\d|\\d ?[€$]))',
      // La pieza propia sobre el tema, señalada con su enlace ('Justo escribí sobre esto la semana pasada… enlace').
      '(?:justo |ya |precisamente )?(?:escrib[ií]|he escrito|publiqu[eé]|hice un (?:post|hilo|v[ií]deo)) (?:justo |precisamente |justamente )?(?:sobre|de) (?:esto|eso|este tema)(?![\\p{L}])(?=[^\\n]{0,200}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|org|net|io|co|de|fr|es|pt|br|uk|blog|news|substack|medium)(?:\\.[\\p{L}]{2,3})?/))',
      // Una mano pedida para un pequeño comercio, el del autor ("echadle una mano a un pequeño comercio", "apoya a un negocio
      // familiar"), como 'help a small business out'; "apoyad a los pequeños comercios" en plural habla de todos.
      '(?:apoy(?:a|ad|en|ar)|ayud(?:a|ad|en|ar)|ech(?:a|ad|en|ar|arle|adle|enle|ale|adnos|arnos) (?:una )?mano) a (?:un|una|nuestro|nuestra|mi|este|esta) (?:peque[ñn][oa] )?(?:negocio|comercio|tienda|emprendimiento)(?: (?:peque[ñn][oa]|local|familiar|de barrio))?(?![\\p{L}])',
      // La preventa propia anunciada como abierta ("¡Ya está abierta la preventa!"), como 'pre-orders are open'.
      '(?:ya )?(?:est[aá]|queda) abierta la pre-?venta|(?:abrimos|abro) (?:la )?pre-?venta|(?:la )?pre-?venta (?:ya )?(?:est[aá] )?(?:abierta|activa)(?![\\p{L}])(?!\\s*\\?)',
      // Los pedidos propios anunciados abiertos ("¡Ya están abiertos los pedidos de roscones!", "aceptamos encargos").
      '(?:ya )?(?:est[aá]n |quedan )?abiertos los (?:pedidos|encargos)|(?:los )?(?:pedidos|encargos) (?:de [^.!?\\n]{1,40} )?(?:ya )?(?:est[aá]n )?abiertos(?![\\p{L}])(?!\\s*\\?)|(?:abrimos|abro) (?:los )?(?:pedidos|encargos)|(?:ya )?(?:aceptamos|tomamos|acepto|tomo) (?:pedidos|encargos)(?![\\p{L}])(?!\\s*\\?)',
      // Los encargos propios abiertos dichos al lector ("Ya podéis encargar los roscones de Reyes", "ya se puede encargar
      // la tarta"): la misma apertura de pedidos, como 'you can now pre-order'.
      'ya (?:pod[eé]is|puedes|pueden|podr[eé]is|se pueden|se puede) encargar(?![\\p{L}])',
      // El empujón del anuncio justo antes del enlace ("¿A qué esperas? 👉 tienda.es").
      'a qu[eé] esper(?:as|[aá]is|an)(?=[?!.:…\\s\\p{Extended_Pictographic}\\uFE0F→-]*(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|io|app|co|ai|xyz|net|org|shop|store|es|de|fr|br|pt|uk|at|ch|be|mx|ar)(?![\\p{L}])))',
      // Compartir deseado en subjuntivo ("Nos haría mucha ilusión que vinierais y lo compartierais", "sería genial si lo compartís").
      '(?:(?:me|nos) (?:har[ií]a|encantar[ií]a|ayudar[ií]a)(?: (?:mucha|much[ií]sima) ilusi[oó]n| much[ií]simo| mucho)?|ser[ií]a (?:genial|incre[ií]ble|un detallazo|lindo|buen[ií]simo)) (?:que|si) (?:[\\p{L}]+ (?:y )?){0,5}?(?:compartierais|compartieran|compartieras|compart[ií]s|compartes|comparten|difundierais|difundieran|difundieras|pasarais la voz|pasaran la voz|corrierais la voz|corrieran la voz)(?![\\p{L}])',
      // Citas o pedidos por un canal del autor, dicho en nombre ("Citas por WhatsApp al 612…", "Pedidos por MD"); "ya
      // puedes pedir cita por WhatsApp" cuenta cómo funciona un sitio.
      '(?<!(?:puedes|puede|pod[eé]s|se|ya|dan|piden|pedir|sacar|saqu[eé]|ped[ií]) )(?<!(?:aceptan|acepta|toman|toma|cogen|coge|reciben|recibe)\\s(?:(?:los|las|sus|solo|s[oó]lo)\\s)?)(?:citas|reservas|turnos|pedidos) (?:(?:solo|s[oó]lo|[uú]nicamente|exclusivamente) )?(?:por|al|v[ií]a) (?:whats ?app|wsp|wpp|tel[eé]fono|md|dm|privado|inbox)(?![\\p{L}])',
      // Un concurso ganado con ayuda del lector ("ayúdenme a ganar el concurso"): votos para el autor.
      '(?:ay[uú]d(?:enme|ame|adme|ennos|anos)) a ganar (?:el|este|un|mi|nuestro|la|esta) (?:[\\p{L}-]+ ){0,2}?(?:concurso|premio|competencia|competici[oó]n|votaci[oó]n|batalla)',
      // La meta de una campaña propia alcanzada con ayuda del lector ("Ayúdanos a llegar a la meta del Verkami").
      '(?:ay[uú]d(?:enme|ame|adme|ennos|anos|adnos)) a (?:llegar a|alcanzar|cumplir|conseguir|superar) (?:la|nuestra|mi|el|nuestro) (?:meta|objetivo) (?:del|de la|de nuestro|de nuestra|de mi|en) (?:[\\p{L}-]+ )?(?:verkami|goteo|kickstarter|crowdfunding|campa[nñ]a|micromecenazgo)(?![\\p{L}])',
      // El pedido escrito en una sola palabra ("suscribanseamicanal", "visitenmicanal").
      '(?:suscr[ií]b[ae]n?se|suscr[ií]bete|visit[ae]n?|mir[ae]n?)(?:a)?mi(?:canal|chanel|pagina|musica|videos?)[\\p{L}]*',
      // Un usuario rotulado con su sitio, en lugar del pedido ("IG: @lalo.beats"): dónde seguir al autor.
      '(?<!(?:su|sus|el|la|del|de la)\\s)(?:ig|insta|instagram|tiktok|tik tok|twitter|snap|snapchat|twitch|soundcloud|fb|facebook|threads|bsky|bluesky|kick)(?=\\s?(?:[:=|>–—-]+|👉|➡️?)\\s?@[\\p{L}\\p{N}_])',
      // Lo que hizo el autor, puesto en su propio canal en la misma frase ("hice la reseña de este móvil en mi canal"): el mismo puntero que "está en mi canal". Un canal favorito ajeno no.
      `(?<=(?<![\\p{L}])(?:yo|hice|he|hago|sub[ií]|subo|tengo|grab[eé]|publiqu[eé]|hicimos|subimos)\\s(?:[^.!?\\n]{0,50}\\s)?)en mi (?:propio )?canal(?![\\p{L}])(?! ${FAVOURITE})`,
      // Un correo pedido como precio del regalo del autor ("Ebook gratis: deja tu correo", "deja tu correo para recibir la
      // guía"): la puerta del imán de clientes, no un regalo.
      '(?<=(?<![\\p{L}])(?:(?:gratis|gratuit[oa]s?|de regalo) (?:[\\p{L}-]+ ){0,2}?(?:e-?books?|gu[ií]as?|plantillas?|checklists?|pdfs?|cursos?|minicursos?|masterclass|webinars?|clases?|fichas?|cap[ií]tulos?|descargables?|planificador(?:es)?|libros?)|(?:e-?books?|gu[ií]as?|plantillas?|checklists?|pdfs?|cursos?|minicursos?|masterclass|webinars?|clases?|fichas?|cap[ií]tulos?|descargables?|planificador(?:es)?|libros?) (?:[\\p{L}-]+ ){0,3}?(?:gratis|gratuit[oa]s?|de regalo))(?![\\p{L}])[^\\n]{0,80})(?:solo |s[oó]lo |simplemente )?(?:deja|d[eé]jame|d[eé]janos|dejad|introduce|ingresa|escribe|pon) (?:aqu[ií] )?(?:tu|su|vuestro) (?:correo|e-?mail|email)(?![\\p{L}])',
      '(?:deja|d[eé]jame|d[eé]janos|dejad|introduce|ingresa|escribe|pon) (?:tu|su|vuestro) (?:correo|e-?mail|email)(?: electr[oó]nico)? (?:para|y) (?:recibir|descargar|conseguir|obtener|te (?:lo|la) (?:env[ií]o|mando))(?=[^.!?\\n]{0,40}?(?<![\\p{L}])(?:e-?books?|gu[ií]as?|plantillas?|checklists?|pdfs?|cursos?|minicursos?|masterclass|webinars?|clases?|fichas?|cap[ií]tulos?|descargables?|planificador(?:es)?|libros?)(?![\\p{L}]))',
      // Dónde votar, dicho al lector ("Se vota aquí").
      'se vota (?:aqu[ií]|en (?:el )?(?:enlace|link))|vota(?:d|r)? aqu[ií]',
      // Inscribirse donde el autor señala ("Más info e inscripción en el primer comentario 👇"), como "enlace en comentarios".
      '(?:(?:m[aá]s )?info(?:rmaci[oó]n)? (?:e|y) )?(?:inscripci[oó]n|inscripciones|reservas?|entradas) en (?:el |los )?(?:primer )?comentarios?(?![\\p{L}])',
      // La difusión agradecida por adelantado, con el verbo delante ("¡Se agradecen los boosts!", "se agradece un RT").
      'se agradece(?:n|r[ií]a|r[ií]an)? (?:mucho |un mont[oó]n )?(?:un |una |los |las |el |cualquier |todo )?(?:boosts?|rts?|retuits?|compartidos?|difusi[oó]n|likes?|shares?|reposts?)(?![\\p{L}])',
      // The job seeker's tag, as de/fr/pt list it: the post asks readers to pass the author on.
      '#opentowork',
      // La tienda invita a la tienda, como "come see us": "venid a vernos", "pasaos por la tienda".
      'ven(?:id|gan)? a (?:vernos|visitarnos|conocernos)|p[aá]sa(?:te|os|se|nse) (?:a vernos|por (?:la|nuestra) tienda|por el local)',
      // Un voto para lo propio del autor, verbo o sustantivo ("Votad por nuestra panadería", "nos encantaría tu voto para nuestra…").
      '(?<!(?:yo|él|el|ella|que) )vot(?:a|en|ad|ar) (?:por|a) (?:mis?|nuestr[oa]s?)(?![\\p{L}])|(?:tu|vuestro|su) voto (?:para|por|a) (?:mis?|nuestr[oa]s?)(?![\\p{L}])',
      // El voto como necesidad del autor ("Necesitamos su voto, se vota una vez al día"), como "vota por nosotros".
      '(?:necesitamos|necesito) (?:tu|su|vuestro|tus|sus|vuestros|cada) votos?(?![\\p{L}])',
      // O con el comentario mismo como clave ("Deja un comentario y te la mando por DM").
      '(?:deja|dejad|dejen|d[eé]jame|d[eé]jadme) (?:un |tu )?comentario(?: abajo| aqu[ií])? y (?:te|os|les) (?:lo |la |los |las )?(?:mando|mandamos|env[ií]o|enviamos|paso|pasamos|escribo)',
      // El embudo de la palabra clave con cualquier verbo de respuesta ("Escribe GUÍA y te lo mando"), como en inglés.
      // Con la palabra de dos ("Comenta YO QUIERO") y con la promesa de escribir al lector ("Comenta INFO y te escribo al
      // interno"): el mismo embudo.
      '(?:comenta|comentad|comentar|comenten|escribe|escribid|escriban|responde|responded|respondan|pon|poned|pongan) ["“\'‘«]?(?:yo quiero|[\\p{L}\\p{N}]+)["”\'’»]?(?: abajo| aqu[ií]| en (?:los )?comentarios)? y (?:te|os|les) (?:lo |la |los |las )?(?:mando|mandamos|env[ií]o|enviamos|paso|pasamos|escribo|escribimos|contacto|contactamos)',
      // La hucha de la obra propia nombrada en la frase ("un cafecito en ko-fi me ayuda a seguir dibujando").
      '(?<=(?<![\\p{L}])(?:ko-?fi|patreon|cafecito|donaci[oó]n|donativo|propina)[^.!?\\n]{0,60})(?:me|nos) ayuda(?:n)? a (?:seguir|continuar)',
      // El apoyo al autor ofrecido con el sitio donde darlo ("quien quiera puede apoyarme en Patreon", "podéis apoyarnos
      // aquí 👉"); "puedes apoyarme en esto" pide acuerdo.
      '(?:puedes|pod[eé]is|pueden|puede|podr[ií]as|podr[ií]ais) apoyar(?:me|nos)(?= ?(?:[:👉→]|(?:en|a trav[eé]s de|v[ií]a|por|aqu[ií])(?![\\p{L}])(?! (?:esto|eso|esta|este|ello)(?![\\p{L}]))))',
      // El apoyo al autor ofrecido al lector que quiera ("si queréis apoyarme, tengo un ko-fi"), como 'if you want to
      // support me': el dinero o la atención para quien lo pide.
      '(?:si (?:quer[eé]is|quieres|quieren|os apetece|te apetece|os gusta lo que hago|te gusta lo que hago),? )(?:apoyar(?:me|nos)|echar(?:me|nos) una mano con un (?:caf[eé]|ko-?fi|cafecito))(?![\\p{L}])',
      // Las cinco estrellas pedidas para el programa, libro o app del autor ("déjanos 5 estrellas ⭐"); "dejé 5 estrellas
      // al restaurante" valora lo ajeno. Y "no olvides seguirnos": el olvido que pide el seguimiento ("no olvides
      // hidratarte" aconseja).
      // Con el vosotros y el ustedes del clítico ("dejadnos una reseña de 5 estrellas", "déjennos 5 estrellas").
      '(?:deja|dejad|dejen|d[ée]janos|dejadnos|d[ée]jennos|d[ée]jame|dejadme|d[ée]jenme|dadnos|danos|d[ée]nnos)(?: (?:una|tu|vuestra|su))? (?:(?:valoraci[oó]n|rese[nñ]a|calificaci[oó]n) de )?(?:5|cinco) estrell(?:as|itas)',
      // Pedidas como condición del favor ("si lo descargáis y le dejáis 5 estrellas me ayudáis"), con el clítico delante.
      '(?:le|me|nos) (?:dej[aá]is|dejas|dejan|dej[aá]s|dais|das|dan) (?:una |tu |vuestra |su )?(?:(?:valoraci[oó]n|rese[nñ]a) de )?(?:5|cinco) estrell(?:as|itas)',
      'no (?:olvides|olvid[ée]is|olviden) (?:seguir(?:nos|me)|suscribir(?:te|os|se)|dar(?:nos|me)? (?:like|me gusta)|dejar(?:nos|me)? (?:una |tu |vuestra )?(?:rese[nñ]a|valoraci[oó]n|like|(?:5|cinco) estrellas))',
      // A review or rating asked for the author's own show, book or app: to the author ("leave us a review"), or beside
      // the follow or subscription asked in the same sentence ("subscribe and leave a review"). "Leave a review for your
      // host" alone advises.
      '(?:d[ée]janos|dejadnos|d[ée]jennos|d[ée]jame|dejadme|d[ée]jenme) (?:una |tu |vuestra |su )?(?:rese[nñ]a|valoraci[oó]n|calificaci[oó]n)(?![\\p{L}])',
      '(?<=(?<![\\p{L}])(?:suscr[ií]b|s[ií]gue|seguid|escuch)[^.!?\\n]{0,40})(?:deja|dejad|dejen) (?:una |tu |vuestra |su )?(?:rese[nñ]a|valoraci[oó]n|calificaci[oó]n)(?![\\p{L}])',
      // Dinero pedido para la colecta propia, en la frase que la nombra ("Abrimos un GoFundMe para reconstruir, cualquier
      // ayuda cuenta"). Una colecta para otros dice adónde va el dinero (fundsFor) y se lee como ayuda.
      '(?<=(?<![\\p{L}])(?:gofundme|vaca|vaquita|colecta|campa[nñ]a|donaci[oó]n|donaciones|donar|donen|paypal|bizum)[^.!?\\n]{0,80})(?:cualquier (?:ayuda|aporte|aportaci[oó]n|donaci[oó]n|cosa)|todo|cada (?:euro|peso|d[oó]lar|aporte|granito)) (?:cuenta|suma|ayuda|sirve|importa)(?![\\p{L}])',
      // La cuenta del propio comentario como precio de algo ("Si este comentario llega a 500 likes subo la parte 2"):
      // likes pedidos para el alcance del autor.
      'si (?:este|mi) (?:comentario|post) (?:llega a|consigue|tiene|alcanza) \\d[\\d,.]*k?',
      // La cuenta pedida sin promesa ("¿puede este comentario llegar a 1000 likes?", "que mi comentario llegue a 1k"): los mismos likes para el autor.
      '(?:puede|podr[ií]a) (?:este|mi) comentario (?:llegar a|tener|conseguir|alcanzar) \\d[\\d,.]*k?',
      '(?:que|hagamos que|ay[uú]denme a que|ay[uú]denme para que) (?:este|mi) comentario (?:llegue a|tenga|consiga|alcance) \\d[\\d,.]*k?',
      // El plan o la necesidad del lector, y luego la oferta de hablar ("¿Pensando en vender? Hablemos."): el oficio del autor como respuesta.
      '(?<=\\?\\s*)(?:hablemos|charlemos|conversemos)(?! de| sobre| luego| ma[nñ]ana)',
      // El favor para la colecta o la publicación propia, nombrado antes de lo que significaría ("compartirlo me ayudaría muchísimo").
      '(?:compartir(?:lo|la)?|una donaci[oó]n|donar)(?: (?:o|y) (?:compartir(?:lo|la)?|donar))? (?:me |nos )?(?:significar[ií]a|ayudar[ií]a) (?:much[ií]simo|mucho|un mont[oó]n|el mundo|todo)',
      // El clic de voto o de apoyo pedido como favor ("un clic me ayudaría muchísimo" bajo una votación del público).
      'un (?:solo |simple |peque[nñ]o )?clic (?:me |nos )(?:ayudar[ií]a|ayuda) (?:much[ií]simo|mucho|un mont[oó]n|un mundo)',
      // El mismo favor en condicional cortés, el like o el compartir después ("os agradecería muchísimo un like y que lo
      // compartáis"); "os agradecería vuestra opinión" pide consejo y no cabe aquí.
      '(?:os|te|les) agradecer[ií]a(?:mos)?(?: (?:much[ií]simo|mucho|un mont[oó]n|un mundo|infinitamente))? (?:un like|un me gusta|un rt|que (?:lo |la )?(?:compart|difund|reenv)\\p{L}+|que (?:le |me |nos )?(?:deis|des|den|dierais|dieras|dieran) (?:like|me gusta|rt))',
      // El favor sin el pronombre y pedido a quien pueda ("Agradecería mucho un RT", "si alguien puede compartir, lo
      // agradezco"); "agradecería un consejo" pide ayuda.
      'agradecer[ií]a(?:mos)?(?: (?:much[ií]simo|mucho|un mont[oó]n|un mundo|infinitamente))? (?:un|cualquier|cada) (?:rt|retuit|retweet|compartido|share|repost)(?![\\p{L}])',
      '(?:si (?:alguien|alguno|alguna|pod[eé]is|puedes|pueden)|quien pueda) (?:puede |pod[eé]is |puedes |pueden )?(?:compartir|difundir|dar rt|hacer rt|rtear)(?:lo|la)?(?=\\s*(?:[,.!🙏]|$)|\\s+(?:lo agradezco|os lo agradezco|se agradece|gracias|mil gracias|me ayudar[ií]a)(?![\\p{L}]))',
      // La lista de deseos del lector pedida para el juego del autor ("añádelo a tu lista de deseos de Steam"); "lo
      // tengo en mi lista de deseos" cuenta, no pide.
      '(?:a|en) (?:tu|vuestra|su|tus|vuestras|sus) (?:listas? de deseos|wishlists?)',
      // Cada wishlist contada como ayuda ("cada wishlist cuenta", "cada wishlist ayuda muchísimo"), como "every wishlist helps".
      'cada (?:wishlist|lista de deseos) (?:cuenta|ayuda|suma)(?![\\p{L}])',
      // Los que faltan para una cifra redonda ("me faltan 3 suscriptores para los 100").
      '(?:me |nos )?faltan? \\d+ (?:suscriptores|subs|seguidores) para',
      // Un mensaje privado como la vía para comprar ("MD para reservar", "escríbeme para pedidos"); "escríbeme si
      // tienes dudas" ofrece ayuda.
      '(?:dm|md|mp|privado|whatsapp|escr[ií]be(?:me|nos)) (?:para|pa) (?:reservar|pedir|encargar|comprar|reservas|pedidos|encargos|precios|presupuestos?|citas?)(?![\\p{L}])',
      // La mesa reservada donde el autor la sirve ("¡Reservad mesa al 91…!", "reserva ya tu mesa"), como 'book your table'.
      '(?:reserva|reserve|reserven|reservad|reserv[aá]) (?:ya |ahora |hoy )?(?:tu |su |vuestra )?mesa(?![\\p{L}])',
      // Una visita a lo que se vende o alquila, pedida al lector ("Para visitas llámame al 600…", "Agenda tu visita"):
      // el anuncio de una inmobiliaria o de un casero.
      '(?:para (?:visitas|verl[oa]|visitarl[oa]|agendar (?:una |tu )?visita)[,:]? (?:ll[aá]ma(?:me|nos)|ll[aá]men(?:me|nos)|escr[ií]be(?:me|nos)|cont[aá]cta(?:me|nos)|whatsapp|al \\d))|(?:agenda|agende|agenden|agendad|reserva|reserve|concierta|solicita|pide) (?:ya |ahora |hoy )?(?:tu|su) visita(?![\\p{L}])',
      // Dónde reservar o pedir, dicho como sustantivo ("Reservas por WhatsApp", "pedidos por privado"); ven a probar lo nuestro.
      '(?:reservas?|pre-?pedidos?|pedidos?|inscripciones?|encargos?|pide|encarga) (?:por|al|v[ií]a) (?:whatsapp|whats|wasap|dm|md|privado|mensaje privado|mensaje|tel[eé]fono)(?![\\p{L}])',
      // Venir a probar lo del autor ("ven a probar nuestra crema de calabaza").
      // "Ya está aquí el menú de primavera, ¡venid a probarlo!": venir trae al lector al sitio del autor, y "lo" es suyo.
      '(?:ven|venid|vengan|pasa|pasad|pasen) a (?:probar (?:nuestr[oa]s?|mis?)|probarl[oa]s?)(?![\\p{L}])',
      // La versión propia presentada ("les dejo mi cover", "yo también hago covers"): promoción sin el enlace.
      `(?:aqu[ií] (?:est[aá]|les dejo|te dejo)|les dejo|te dejo) (?:mi|mis) (?:cover|versi[oó]n|parodia|remix|canal)(?:e?s)?(?![\\p{L}])(?! ${FAVOURITE})`,
      '(?:yo )?(?:tambi[eé]n )?(?:hago|subo|grabo) (?:covers|versiones|parodias|remixes|videos|beats) (?:tambi[eé]n|cada|todas|todos|en mi canal|si a alguien)(?![\\p{L}])',
      // Público pedido por cifra o a cambio de algo ("necesito 100 suscriptores", "1000 suscriptores y hago cara"), y
      // suscripciones intercambiadas ("me suscribo de vuelta").
      '(?:necesito|ay[uú]denme a llegar a) \\d[\\d,.]*k? (?:suscriptores|seguidores)',
      '\\d[\\d,.]*k? (?:suscriptores|seguidores|likes|me gusta) y (?:hago|subo|har[eé]|subir[eé])',
      '(?:me )?suscribo de vuelta|(?:te|les) devuelvo (?:la )?(?:suscripci[oó]n|sub)',
      // Un nombre que buscar en un sitio donde no caben enlaces: "busquen beatsbyjoe en youtube". Imperativo y un nombre, no
      // "la versión en vivo".
      '(?:busca|busquen|buscad|buscame|busquenme|pon|pongan|escribe|escriban) (?:a )?(?!(?:el|la|los|las|lo|un|una|este|esta|ese|esa|su|sus|letra)(?![\\p{L}]))[\\p{L}\\p{N}_-]+ en (?:youtube|yt|google|instagram|insta|ig|tiktok|spotify|soundcloud|facebook|fb|twitter|twitch)(?![\\p{L}])',
      // Dónde está lo del autor, dicho en vez de un enlace: "está en mi canal".
      '(?:est[aá]n?|lo tienes|la tienes|lo ten[eé]is|la ten[eé]is|subid[oa]s?) en mi (?:canal|perfil|p[aá]gina|instagram|insta|tiktok|soundcloud|spotify)',
      // Cadenas de suscriptores: una suscripción devuelta por otra.
      // Escritas también a la inglesa ("sub4sub", "s4s"): la jerga de los comentarios cruza idiomas.
      '(?:me|te|os|les) suscribo de vuelta|intercambio de (?:suscripciones|subs|suscriptores)|sub ?(?:por|4|for) ?sub|s4s',
      'deja(?:d|n)? (?:tu|su|vuestro|un) (?:like|me gusta)',
      'pru[eé]ba(?:lo|la)? (?:gratis|aqu[ií])',
      '(?:c[oó]mpra(?:lo|la|los)?|p[ií]de(?:lo|la)?|encarga) (?:ya|ahora|hoy|aqu[ií]|el tuyo|la tuya)',
      'c[oó]mpralo',
      'p[ií]de (?:el tuyo|la tuya|ya)',
      'reg[ií]strate',
      'inscr[ií]bete',
      // Una suscripción vendida a su precio ("Únete por 3 €/mes").
      '(?:[uú]nete|suscr[ií]bete|hazte (?:miembro|socio|socia|mecenas)) (?:por|desde) (?:solo )?(?:[$€£] ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:€|\\$|£|euros?|dollars|reais)|r\\$ ?\\d[\\d.,]*)',
      // Apuntarse a lo del autor ("apúntate aquí", "apuntaos en el enlace"), como "sign up here"; no "apunta la fecha" ni "apúntate esta receta".
      '(?:ap[uú]nta(?:te|os)|ap[uú]ntense)(?! (?:esta|este|estos|estas|esto|eso|la|el|los|las|bien|tambi[eé]n)(?![\\p{L}]))|inscr[ií]b(?:anse|ase|ios)|inscribid(?:os)?',
      '(?:abrimos|abiertas las|ya est[aá]n abiertas las) inscripciones',
      'reserva (?:la tuya|el tuyo|tu (?:plaza|lugar|cupo)|ya|aqu[ií]|ahora)',
      'suscr[ií]bete',
      's[ií]gue(?:me|nos)',
      's[ií]gan(?:me|nos)',
      'seguidme',
      // To one viewer or to all, with or without "a" ("denle like", "dadle a like", "dale un like").
      '(?:dale|denle|dadle) (?:a |un )?(?:like|me gusta|manita)|(?:dale|denle|dadle) a seguir',
      // No la pantalla ("Comparte pantalla con sonido: en Teams…"): eso explica una videollamada, no pide difusión.
      // Not the details someone asks for to help ("comparte el mensaje de error completo y tu versión de Node").
      '(?:comparte|compartan|comp[aá]rtelo)(?! (?:la |tu |su |vuestra |mi )?pantalla)(?! (?:el |la |los |las |tu |tus |su |sus )?(?:mensaje|error|errores|log|logs|c[oó]digo|captura|capturas|pantallazo|versi[oó]n|configuraci[oó]n|config|detalles?|datos|salida|traza)(?![\\p{L}]))(?: con| este| esta| si|!)?',
      'rt (?:por favor|porfa)',
      'escr[ií]be(?:me|nos) (?:por|al|un) (?:dm|md|privado|mensaje|interno|inbox|whatsapp)',
      // El mensaje que recoge una invitación a verse ("si le apetece un café, escríbeme"): la evidencia lo lee como
      // invitación; con un precio al lado es una venta.
      '(?<=(?<![\\p{L}])(?:caf[eé]|cerveza|caña|comer|cenar|almorzar|desayunar|charlar|quedar|vernos|conocernos)(?![\\p{L}])[^.!?\\n]{0,60})(?:escr[ií]be(?:me|nos)|escribid(?:me|nos)|escr[ií]ban(?:me|nos)|m[aá]nda(?:me|nos) un mensaje)(?![\\p{L}])',
      // El mensaje pedido a quien lo quiera o le interese ("Escribidme si queréis una primera visita gratis", "escríbeme si te
      // interesa"): así se cierra un anuncio, como en inglés "message me if you'd like". "Escríbeme si necesitas ayuda" ofrece.
      '(?:escr[ií]be(?:me|nos)|escribid(?:me|nos)|escr[ií]ban(?:me|nos)|m[aá]nda(?:me|nos) un mensaje) si (?:quer[eé]is|quieres|quieren|te interesa|os interesa|les interesa|est[aá]s interesad[oa]|est[aá]is interesad[oa]s)(?![\\p{L}])',
      // Con vosotros y ustedes ("escribidme por privado", "escríbanme al DM") y con el interés por delante, sin verbo
      // ("Interesados por privado"): un anuncio que se cierra en privado.
      '(?:escribid(?:me|nos)|escr[ií]ban(?:me|nos)|mandad(?:me|nos)|m[aá]nden(?:me|nos)) (?:por|al|un|en) (?:dm|md|mp|privado|mensaje|interno|inbox|whatsapp)',
      // Sin preposición, el mensaje mismo pedido al cerrar un anuncio ("Interesados mándenme mensaje", "mándame un mensajito").
      '(?:interesad[oa]s,? )?(?:m[aá]nd(?:enme|ame|adme|anos|ennos)|env[ií](?:enme|ame|adme)) (?:un )?(?:mensaje|mensajito|md|dm|privado|inbox|whatsapp|wsp)(?![\\p{L}])',
      // El presupuesto ofrecido a quien escriba ("Escríbeme al 33 1234 5678 y te paso presupuesto"): el servicio del autor.
      '(?:te|les|os) (?:paso|mando|env[ií]o|hago|doy|preparo) (?:un |el )?presupuesto(?: sin compromiso| gratis| gratuito)?(?![\\p{L}])(?! a (?:todos|todas|mis|cada))',
      'interesad[oa]s,? (?:por|al|en|a) (?:dm|md|mp|privado|interno|inbox|whatsapp)(?![\\p{L}])',
      // El interés como pregunta y el canal sin verbo ("¿Interesados? DM o wsp 304…"), como "Interested? DM".
      'interesad[oa]s? ?[?!,:.…]+ ?(?:dm|md|mp|privado|inbox|whatsapp|wsp|wasap)(?![\\p{L}])',
      // El lugar guardado a quien escriba ("Escríbeme y te guardo un lugar"): la reserva por mensaje.
      '(?:escr[ií]beme|escr[ií]banme|escr[ií]benos|escribime|m[aá]ndame un (?:mensaje|dm|md)) y (?:te|les|os) (?:guardo|reservo|aparto|guardamos|reservamos) (?:un |tu |su |el )?(?:lugar|cupo|plaza|sitio)(?![\\p{L}])',
      // "Solo tienes que escribirme", "basta con mandarme un mensaje": el contacto como único paso hasta la compra.
      '(?<=(?:(?:solo|s[oó]lo) (?:tienes|ten[eé]is|tienen) que|basta con) )(?:escribirme|escribirnos|mandarme un mensaje|hablarme)',
      // La palabra clave enviada en privado ("Mándame INFO por privado", "escríbeme PLAN al DM").
      '(?:env[ií]a(?:me|nos)|m[aá]nda(?:me|nos)|escr[ií]be(?:me|nos)) ["“\'‘«]?[\\p{L}\\p{N}]+["”\'’»]? (?:por|al|en) (?:dm|md|privado|mensaje privado|interno|inbox|whatsapp)',
      '(?:m[aá]ndame|env[ií]ame) (?:un )?(?:dm|md|mensaje)',
      '(?:escr[ií]be(?:me|nos)|h[aá]bla(?:me|nos)|cont[aá]cta(?:me|nos)) (?:al|por|en) (?:whatsapp|whats|wasap|telegram|insta|instagram|ig)',
      // xlang21: the same contact with the author's number as its target ("escribinos al 099 123 456", "llámanos al 954 00 11 22"), voseo forms too.
      '(?:escr[ií]be(?:me|nos)|escrib[ií](?:me|nos)|escr[ií]ban(?:me|nos)|escribid(?:me|nos)|ll[aá]ma(?:me|nos)|llam[aá](?:me|nos)|ll[aá]men(?:me|nos)|llamad(?:me|nos)|cont[aá]cta(?:me|nos)|contact[aá](?:me|nos)|h[aá]bla(?:me|nos)|habl[aá](?:me|nos)) (?:al|por whatsapp al|por wsp al|al whatsapp|al wsp|en el|a este n[uú]mero:?) \\+?\\(?\\d[\\d ()/.-]{5,}\\d',
      // Said as a sentence too ("el link está en mi bio"), as in English "the link is in my bio".
      '(?:enlace|link) (?:est[aá] )?en (?:la |mi )?(?:bio|perfil)',
      // Con "de" ("apúntate en el enlace de mi perfil", "link de la bio"): el mismo sitio.
      '(?:enlace|link) (?:de|del) (?:mi |la )?(?:bio|perfil)(?! de(?![\\p{L}]))',
      // With the article too ("link en el perfil"), the author's own; "en el perfil de Ana" is someone else's.
      '(?:enlace|link) (?:est[aá] )?en el perfil(?! de(?![\\p{L}]))',
      // Where the link is, on the author's own page ("link en mi canal"); a hearing asked for ("denme una escuchada").
      '(?:enlace|link) en (?:mi|nuestro|nuestra) (?:canal|p[aá]gina|descripci[oó]n|perfil)',
      '(?:d[aá]me|d[eé]nme|reg[aá]lame|reg[aá]lenme) (?:una |un )?(?:escuchada|mirada|visita|vuelta|oportunidad|chance)',
      // "pásense a verlo", "pásate por mi canal": come by and see (the reflexive imperative; "que pasen buen día" wishes).
      'p[aá]s(?:ense|ate|aos) (?:a (?:ver|verlo|verla|verlos|escuchar|escucharlo|echar)|por (?:mi|mis|nuestro|nuestra|ac[aá]))',
      // Each act counted as help to the author, or pledged against ("por cada suscriptor que consiga…").
      // Cadenas de seguidores: un follow devuelto a cambio de otro ("sígueme y te sigo", "les devuelvo la suscripción").
      '(?:te|les|los|las) sigo de vuelta',
      '(?:te|les) devuelvo (?:el follow|la suscripci[oó]n|el sub)',
      's[ií]g(?:ueme|anme) y (?:te|les) sigo',
      'cada (?:suscripci[oó]n|suscriptor|sub|like|me gusta|visita|vista|compartido) (?:me |nos )?(?:ayuda|cuenta|suma)',
      'por cada (?:suscriptor|suscripci[oó]n|sub|like|me gusta|compartido) (?:nuevo )?que (?:consiga|tenga|reciba|llegue)',
      '(?:enlace|link) (?:abajo|en (?:los |el )?(?:primer )?comentarios?)',
      'haz clic',
      'pincha (?:aqu[ií]|en el enlace)',
      'desc[aá]rga(?:lo|la)',
      // "¡Únete!", "únete a la comunidad"; no el grupo de otros que se recomienda ("únete al grupo de Telegram de la biblioteca").
      '[uú]nete(?! (?:al|a la|a el) (?:[\\p{L}]+ ){1,4}?(?:de la|del|de los|de las|de tu|de su)(?![\\p{L}]))',
      '(?:visita|mira|echa un vistazo a) (?:mi|nuestra?) ' + PRODUCT,
      'usa (?:mi |el )?c[oó]digo',
      'vota (?:por (?:m[ií]|nosotros)|a)',
      'ap[oó]ya(?:me|nos)',
      // The job seeker's own ask, as en's "open to work" / "I'm looking for my next role" / "hire me": "Estoy buscando
      // nuevas oportunidades como diseñadora", "Estoy abierta a nuevas oportunidades". In the first person only: a firm's
      // ad ("Buscamos desarrollador"), a question ("¿Cómo buscáis trabajo?") or a search told as over ("tras meses
      // buscando trabajo, empiezo el lunes") names no "busco"/"estoy".
      'busco (?:trabajo|empleo|nuevas oportunidades|mi pr[oó]ximo|(?:un )?nuevo (?:puesto|trabajo|empleo|rol)(?![\\p{L}])|(?:un )?nuevo (?:reto|desaf[ií]o)(?= (?:como|profesional|laboral|en (?:el sector|marketing|ventas|tecnolog|dise[ñn]o|datos|rrhh|recursos humanos|finanzas|log[ií]stica)))|una nueva oportunidad)',
      // "Ya no estoy buscando trabajo: empiezo el lunes" says the search is over.
      'estoy(?<!(?:^|[^\\p{L}])no estoy) (?:buscando|en busca de|en b[uú]squeda (?:activa )?de) (?:trabajo|empleo|nuevas oportunidades|mi pr[oó]ximo|un nuevo (?:puesto|trabajo|empleo|rol)|un nuevo (?:reto|desaf[ií]o)(?= (?:como|profesional|laboral))|una nueva oportunidad)',
      'estoy(?<!(?:^|[^\\p{L}])no estoy) abiert[oa] a nuevas oportunidades',
      'contr[aá]tame',
      // Quien vende, hablando de sí ("somos una librería pequeña… cada compra cuenta"), pide la compra como favor.
      '(?<=(?<![\\p{L}])(?:somos|nos)(?![\\p{L}])[^\\n]{0,120})cada (?:compra|pedido|venta|reserva) (?:cuenta|suma|importa|(?:nos )?ayuda)(?! para (?!nosotr|m[ií])[\\p{L}])',
      // El mismo favor para el crowdfunding propio ("A nuestro crowdfunding le quedan 5 días… cada euro cuenta").
      '(?<=(?<![\\p{L}])(?:nuestro|nuestra|mi)(?![\\p{L}])[^\\n]{0,40}(?:crowdfunding|kickstarter|verkami|goteo|campa[ñn]a|micromecenazgo)[^\\n]{0,160})cada (?:euro|peso|aportaci[oó]n|apoyo|granito) (?:cuenta|suma|importa|(?:nos )?ayuda)(?! para (?!nosotr|m[ií])[\\p{L}])',
      // Lo mismo con el autor en la frase ('cada pedido nos ayuda muchísimo'); 'nos ayuda a planificar' es un aviso.
      'cada (?:compra|pedido|venta|reserva) nos (?:ayuda|salva)(?: (?:much[ií]simo|mucho|un mont[oó]n|un mundo|un huevo))?(?!\\s*[\\p{L}\\p{N}])',
      // La encuesta del autor para rellenar ("rellenad esta encuesta de 5 min", "¿me ayudáis a rellenar mi encuesta?"):
      // respuestas para su TFM o su negocio. "La encuesta del ayuntamiento cierra el viernes" apunta a la de otro.
      '(?:rellenad|rellena|rellenen|contestad|contesta|contesten|responded|responde|respondan|completad|completa|completen) (?:esta|mi|nuestra|la) (?:breve |peque[ñn]a |corta |r[aá]pida )?encuesta(?! del(?![\\p{L}])| de (?!\\d))|(?:rellenar|contestar|responder|completar) (?:mi|nuestra|esta) (?:breve |peque[ñn]a |corta |r[aá]pida )?encuesta',
      'estoy disponible para',
      // Un mensaje privado pedido según el interés del lector ("MD si te interesa", "DM si necesitas uno"): cómo se cierra una venta.
      '(?:md|dm|mp|privado) si (?:te interesa|os interesa|interesa|est[aá]s interesad[oa]|necesitas un[oa]?|quieres un[oa]?)',
      // Un comienzo gratis ofrecido ("Empieza gratis hoy"): la entrada al producto del autor, como "pruébalo gratis".
      '(?:empieza|empiece|empezá|empezad|empiecen|comienza|comience|comenzá|comenzad|arranca|arrancá) (?:hoy |ya |ahora )?(?:gratis|gratuitamente|sin pagar)(?![\\p{L}])(?! (?:con|en|usando|desde) )',
      // El correo pedido donde se deja, en la web del autor ("Déjanos tu correo en driftdesk.io/beta"): una lista de espera o una beta.
      '(?:deja|d[eé]jame|d[eé]janos|dejad|d[eé]jennos) (?:tu|su|vuestro) (?:correo|e-?mail|email) en(?= [\\p{L}\\p{N}-]+\\.[\\p{L}]{2,})',
      // Las inscripciones o las plazas abiertas dichas al lector ("Plazas abiertas para enero"), como "Inscriptions ouvertes".
      '(?:inscripciones|plazas) (?:ya )?(?:abiertas|aqu[ií])(?![\\p{L}])',
    ],
    service: [
      // Habitaciones, mesas o fechas propias aún libres ("nos quedan habitaciones libres", "todavía tenemos mesas
      // disponibles"): el anuncio de un hotel, un restaurante o una fotógrafa, como "we still have rooms free";
      // "para quien…" o "gratis" es ayuda.
      '(?:nos quedan|me quedan|todav[ií]a tenemos|a[uú]n tenemos|tenemos todav[ií]a|tenemos a[uú]n|todav[ií]a tengo|a[uú]n tengo) (?:(?:\\d+|dos|tres|algunas|algunos|unas|unos|pocas|pocos) )?(?:habitaciones|mesas|fechas|s[aá]bados|citas|huecos) (?:libres|disponibles)(?![\\p{L}])(?![^.!?\\n]{0,60}(?:para quien|para quienes|si alguien|para los que|gratis|sin coste))',
      // La necesidad del negocio del lector como condición para contactar ("Si tu empresa necesita ayuda, hablemos").
      'si (?:tu|vuestra|su) (?:empresa|negocio|marca|tienda|equipo|web|página|startup|agencia|consulta) (?:necesita|busca|quiere) [^.!?\\n]{1,80}?[,:.!]? (?:hablemos|(?:mis|nuestros) (?:md|dm|mensajes) est[aá]n abiertos|tengo (?:los|el) (?:md|dm) abiertos?|escr[ií]beme|escr[ií]benos|cont[aá]ctame|cont[aá]ctanos|m[aá]ndame un (?:mensaje|dm|md)|ll[aá]mame)',
      // La consulta del autor abierta a clientes otra vez ("aceptamos nuevos pacientes"); la de otro ("el centro de salud
      // acepta nuevos pacientes") es una noticia.
      '(?:aceptamos|acepto|admitimos|estamos aceptando|volvemos a aceptar|cojo|tomo) (?:\\d+ )?(?:nuevos |nuevas )?(?:clientes|pacientes|alumn[oa]s|clientas)(?: nuev[oa]s)?(?![\\p{L}])',
      // Sitio para clientes nuevos en el oficio del autor ("tengo hueco para 2 clientes nuevos", "tenemos plazas para alumnos",
      // "tengo 3 plazas para sesiones 1:1 en enero").
      '(?:tengo|tenemos) (?:(?:otra vez|de nuevo|todav[ií]a) )?(?:hueco|huecos|espacio|plazas?|cupos?|lugar|disponibilidad|\\d+ (?:plazas|huecos|cupos)) (?:libres? |disponibles? )?para (?:\\d+ |dos |tres |un par de )?(?:nuev[oa]s |m[aá]s )?(?:clientes|clientas|alumn[oa]s|pacientes|proyectos|sesiones|consultas|mentor[ií]as)(?: nuev[oa]s)?(?![\\p{L}])',
      // Clientes buscados para el oficio del autor ("busco nuevos clientes de diseño web"): el mismo anuncio.
      '(?:busco|buscamos|estoy buscando|estamos buscando) (?:nuevos |nuevas |m[aá]s )?(?:clientes|clientas|alumn[oa]s|pacientes)(?![\\p{L}])',
      // A service line: "ayudo a <quien> a <lograr>" is how freelancers open a pitch (en: "I help ... get").
      // Also a firm's reply under someone's post: "ayudamos a empresas con justo esto", "esto es justo lo que hacemos en Nube".
      '(?:ayudo|ayudamos|acompaño|acompañamos) a (?!(?:mi|mis|tu|tus|su|sus|nuestr[oa]s?) )(?:[\\p{L}\\p{N}-]+ ){1,4}(?:(?:a )?(?:conseguir|vender|crecer|encontrar|ganar|escalar|lanzar|aumentar|atraer|duplicar|resolver|reducir|automatizar|liderar|ahorrar|facturar|captar|obtener|postular|invertir|posicionar|fidelizar)|con (?:exactamente |justo )?(?:esto|eso))(?![\\p{L}])',
      '(?:esto|eso) es (?:exactamente |justo |justamente )?(?:con )?lo que (?:hacemos|trabajamos|resolvemos|solucionamos|ofrecemos|acompañamos) (?:para (?:clientes|empresas|marcas|negocios)|en (?!(?:casa|el|la|los|las|mi|mis|nuestr[oa]s?|clases?|terapia|consulta|sesi[oó]n|sesiones|equipo|familia|grupo|cole|colegio|escuela|aula|talleres?)(?![\\p{L}]))[\\p{L}\\p{N}]+)',
      '(?:justo|exactamente|justamente) a (?:esto|eso) nos dedicamos',
      // Un trabajo por encargo ofrecido con sus condiciones, rapidez y precio ("los hago rápido y económico", "las reparo a
      // buen precio"): el pitch de un oficio. "Barato" solo queda fuera: "lo hago rápido y barato con sobras" es una receta.
      '(?:hago|diseño|creo|construyo|programo|desarrollo|edito|monto|reparo|hacemos|diseñamos|creamos|programamos|desarrollamos|reparamos)(?: [\\p{L}\\p{N}-]+){0,3}? (?:(?:rápido|rapido|rápidamente) ?(?:y|&|,) ?(?:económico|economico|a buen precio)|a buen precio|a precios? (?:accesibles?|justos?|económicos?))',
      // Cuántos clientes nuevos toma el oficio del autor ("Solo cogemos 3 marcas nuevas por trimestre"): la escasez de una agencia.
      '(?:(?:solo|s[oó]lo|solamente) (?:cogemos|tomamos|aceptamos|trabajamos con|cojo|tomo|acepto|trabajo con) |(?:cogemos|tomamos|aceptamos|trabajamos con|cojo|tomo|acepto|trabajo con) (?:solo|s[oó]lo|solamente) )(?:\\d+|dos|tres|cuatro|cinco) (?:nuev[oa]s )?(?:clientes|clientas|marcas|proyectos|empresas|cuentas)(?: nuev[oa]s)? (?:al|por|cada) (?:mes|trimestre|año|semestre)',
    ],
    discount: [
      // A price kept for those who come to the author's event ("special price for attendees"): the free session's sale.
      '(?:precio|descuento|oferta|tarifa) (?:especial|exclusiv[oa]) (?:solo |s[oó]lo )?para (?:los |las |l@s )?(?:asistentes|participantes|quienes (?:asistan|vengan|participen))',
      '\\d{1,2}(?:[.,]\\d+)? ?% (?:de )?(?:descuento|dto\\.?|off)',
      'c[oó]digo (?:de )?descuento',
      'cup[oó]n',
      'env[ií]o gratis',
      '2x1',
      // Las rebajas en boca de quien vende ("¡Rebajas!", "rebajas en toda la tienda", "empiezan nuestras rebajas"); "ojo con
      // las rebajas" es un consejo al que compra.
      'rebajas(?=\\s*!)|rebajas (?:en|de) (?:la |nuestra |toda la )?tienda|(?:nuestras|empiezan (?:las|nuestras)|ya (?:est[aá]n aqu[ií]|llegaron|empezaron) (?:las|nuestras)) rebajas',
      // "Todo al 50 %", "la tienda está al 30 %": the price cut said as the level things are at; a battery "al 50 %" is not.
      '(?<!bater[ií]a )(?:est[aá]n?|todo|todas?|todos|rebajad[oa]s?) al \\d{1,2} ?%',
      '(?:a )?mitad de precio',
      'oferta (?:especial|flash|limitada)',
    ],
    codeWord: ['c[oó]digo', 'code', 'cup[oó]n'],
    urgency: [
      // La prisa anunciada ("vuelan", "se agotan rápido") y la tanda contada ("solo hice 20").
      '(?:(?:que )?vuelan|se (?:van a )?agota(?:n|r[aá]n) (?:r[aá]pido|enseguida|pronto)|no (?:van a )?dura(?:n|r[aá]n) (?:mucho|nada))(?![\\p{L}])',
      '(?:solo|sólo) (?:he hecho|hice|hay|quedan|tenemos) \\d+(?![\\p{N}])',
      // Un premio por llegar antes ("los primeros 50 se llevan un café"): la prisa de una inauguración.
      '(?:los|las) primer[oa]s \\d+ (?:personas |clientes |inscrit[oa]s |suscriptor[ae]s |alumn[oa]s |en llegar |en comprar |en inscribirse |en apuntarse )?(?:lo |la |los |las )?(?:tienen|se llevan|reciben|recibir[aá]n|tendr[aá]n|ganan|se llevar[aá]n)(?![\\p{L}])',
      // Plazas escasas dichas al revés: "plazas limitadas", "quedan pocas plazas".
      '(?:plazas|cupos|lugares) limitad[oa]s|quedan pocas (?:plazas|entradas|unidades)|pocos cupos',
      '(?:solo|s[oó]lo) (?:quedan )?\\d+ (?:plazas|lugares|cupos|unidades|piezas|entradas)',
      '(?<!(?:solo|s[oó]lo) )quedan \\d+ (?:plazas|lugares|cupos|entradas)(?! (?:en|de) (?:mi|el|nuestro) (?:coche|carro|auto|furgo))',
      'quedan (?:solo |s[oó]lo )?\\d+',
      '[uú]ltim(?:a|as|o|os) (?:oportunidad|plazas|unidades|d[ií]as|horas)',
      '(?:oferta|promoci[oó]n) por tiempo limitado',
      'por tiempo limitado',
      'hasta agotar (?:existencias|stock)',
      // A weekday, as English's "ends Friday": a date ("el plazo de la renta termina el 30 de junio") is a calendar fact.
      '(?:termina|acaba|cierra) (?:hoy|ma[nñ]ana|esta noche|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))',
      '(?:solo|s[oó]lo) (?:hoy|esta semana|este fin de semana)',
      'no te lo pierdas',
      // A varios lectores ("¡no os lo perdáis!", "no se lo pierdan"), como "don't miss out".
      'no (?:os|se) (?:lo|la|los|las) (?:perd[aá]is|pierdan)',
      // "¡Corre!" apura cuando abre la frase o la cláusula ("corre, que se acaba"); tras un sujeto o un adverbio es el
      // verbo en tercera persona ("todavía corre 10 km al día").
      '(?<!\\p{L}\\s)corr(?:e|ed|an)(?![\\p{L}])',
      'date prisa',
    ],
    giveaway: ['sorteo', 'sorteamos', 'regalamos', 'para participar', 'gana(?:r)? (?:un|una)(?! (?:goya|grammy|latin grammy|[oó]scar|emmy|globo de oro|ariel|nobel|pulitzer|bal[oó]n de oro|medalla|oro|plata|bronce|t[ií]tulo|campeonato|mundial|esca[ñn]o|premio (?:goya|nobel|cervantes|planeta|nacional|princesa))(?![\\p{L}]))',
      // Un concurso con premio, no el de una plaza ("concurso de méritos", "concurso público", "concurso de acreedores").
      'concurso(?! (?:de (?:m[ée]ritos|oposici[oó]n|traslados|acreedores|ideas|proyectos|plazas)|p[uú]blico|oposici[oó]n)(?![\\p{L}]))', 'y (?:el|la) ganador(?:a)? es|(?:un|una) (?:afortunad[oa]|ganador[a]?) (?:se llevar[aá]|ganar[aá])'],
    plug: [
      `(?:mi|mis|nuestr[oa]s?) (?:[\\p{L}\\p{N}'’&()-]+ ){0,3}?${PRODUCT}`,
      // Un software del autor presentado como nuevo o como IA ("nuestra herramienta de IA", "mi nueva extensión"); "nuestra
      // herramienta interna" es su lugar de trabajo, no una oferta.
      '(?:mi|nuestr[oa]) (?:nuev[oa]|propi[oa]) (?:herramienta|extensi[oó]n|plataforma|software|bot|agente|asistente)',
      '(?:mi|nuestr[oa]) (?:herramienta|extensi[oó]n|plataforma|software|bot|agente|asistente)(?= (?:de )?(?:ia|ai)(?![\\p{L}]))',
    ],
    // El autor dice que es autopromoción: "perdón por el autobombo", "autopromo".
    selfPlug: [
      // El escrito propio soltado como enlace ('escribí algo parecido acá: blog').
      '(?:(?<![\\p{L}\\p{N}] )|yo )(?:escrib[ií]|hice|publiqu[eé]|grab[eé]) (?:algo (?:parecido|similar|as[ií])|un post|un art[ií]culo|un hilo|un video|un v[ií]deo) (?:parecido |similar )?(?:sobre (?:esto|eso) )?(?:hace (?:un tiempo|poco) )?(?:ac[aá]|aqu[ií])?\\s?[:👉→-]?(?=[^\\n]{0,12}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.[a-z]{2,}(?:/|\\s|$)))',
      // Más de lo mismo en el sitio del autor ('más tips así en mi perfil').
      'm[aá]s (?:[\\p{L}-]+ )?(?:as[ií]|como (?:este|esta|estos|estas|esto)) en (?:mi|nuestro|nuestra) (?:perfil|p[aá]gina|canal|cuenta|feed|blog|insta|tiktok)(?![\\p{L}])',
      // Dónde lo dijo el autor ('hablo de esto a fondo en mi newsletter'): el hilo recibe el puntero, no la cosa.
      '(?:hablo|habl[eé]|escrib[ií]|escribo|explico|expliqu[eé]|cuento|cont[eé])(?: de| sobre)? (?:justo |exactamente )?(?:esto|eso)(?: [\\p{L}]+){0,4}? en (?:mi|nuestro|nuestra) (?:[\\p{L}-]+ )?(?:newsletter|blog|podcast|canal|libro|curso|v[ií]deo)(?![\\p{L}])(?!\\s*:\\s*(?!https?:|www\\.)[\\p{L}])',
      // Lo propio ofrecido según el interés del lector ("yo hago montajes de Fortnite por si a alguien le interesa").
      '(?:yo )?(?:tambi[eé]n )?(?:hago|subo|grabo|dibujo|edito|vendo) (?:[\\p{L}\\p{N}-]+,? ){1,4}?(?:por si|si) (?:a alguien|a alguno de ustedes|a alguno|les|os|te) (?:le |les )?interesa','auto-?promo', '(?:un poco de|peque[ñn]a|breve) autopromoci[oó]n', 'autobombo', '(?:perd[oó]n|disculpen?) (?:por )?(?:la|el) (?:spam|publicidad)',
      // Presentarse como creador pequeño o nuevo abre la promoción del canal ("soy un pequeño youtuber").
      `(?:soy|somos) (?:un|una|unos) (?:(?:peque[ñn][oa]s?|nuev[oa]s?) (?:youtubers?|creador(?:a|es)? de contenido|streamers?|raper[oa]s?|cantantes?|artistas?|canal|banda)|(?:youtubers?|creador(?:a|es)? de contenido|streamers?|raper[oa]s?|cantantes?|artistas?|canal|banda) (?:peque[ñn][oa]s?|nuev[oa]s?|emergentes?))(?![\\p{L}])`,
      // "nuevo rapero aquí", "intentando dar a conocer mi música".
      '(?:nuevo|nueva|peque[ñn][oa]) (?:youtuber|raper[oa]|artista|cantante|banda) aqu[ií]',
      // Edad y oficio ("soy un rapero de 15 años"): se presenta un creador que quiere público.
      '(?:soy|somos) (?:un|una|unos) (?:raper[oa]s?|cantantes?|youtubers?|artistas?|productor(?:a|es)?|m[uú]sic[oa]s?) de \\d+ a[ñn]os',
      '(?:intentando|tratando de|quiero) dar a conocer (?:mi|mis) (?:m[uú]sica|canal|canciones|videos|banda|trabajo)',
      // El autor recomienda lo suyo al lector por sus gustos ("Si te gustó Inside, te va a encantar nuestro juego"). Un lugar
      // ("nuestra ciudad") no es un producto.
      'si te (?:gusta|gustan|gustó|gusto|gustaron|encanta|encantan|encantó)(?: [^\\s.!?]+){1,6},? (?:te|os) (?:(?:va|van) a (?:encantar|gustar)|encantar[áa]n?|gustar[áa]n?) (?:nuestr[oa]s?|mis?) (?!(?:ciudad|pueblo|país|barrio|isla|región)(?![\\p{L}]))[\\p{L}\\p{N}-]+',
      '(?:te|os) (?:(?:va|van) a (?:encantar|gustar)|encantar[áa]n?|gustar[áa]n?) (?:nuestr[oa]s?|mis?) (?!(?:ciudad|pueblo|país|barrio|isla|región)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+ ){1,3}?si te (?:gusta|gustan|gustó|gusto|gustaron|encanta|encantan)',
    ],
    // Señuelos: "gané $500 a la semana desde casa", "has sido seleccionado", "suscriptores gratis".
    lure: [
      `(?:gan[eé]|gano|ganamos|hice|hago|recib[ií]|saqu[eé]) (?:m[aá]s de |hasta |unos )?${AMOUNT}(?: [\\p{L}]+){0,4}? (?:al|por|a la|cada|la|el|en una|en un) (?:d[ií]a|semana|mes|hora)`,
      `(?:gan[eé]|gano|ganar|ganando) (?:dinero|${AMOUNT})(?: [\\p{L}]+){0,3}? desde (?:casa|mi casa)`,
      // The reader chosen ("has sido seleccionado", "usted ha sido elegido para recibir"), not a shop chosen the best ("nuestra tienda ha sido elegida").
      '(?:has|(?:usted|ud\\.?) ha) sido (?:seleccionad[oa]|elegid[oa])|ha sido (?:seleccionad[oa]|elegid[oa]) para (?:recibir|ganar|participar|obtener|un|una)(?![\\p{L}])',
      '(?:felicidades|felicitaciones),? (?:has ganado|ganaste)',
      'reclama tu (?:premio|regalo|recompensa|tarjeta regalo|tarjeta de regalo)',
      '(?:suscriptores|seguidores|vistas|likes) gratis',
      '(?:tarjetas? de regalo|gift ?cards?|c[oó]digos|robux|pavos|dinero|diamantes|gemas|monedas|bitcoins?|iphones?)(?: [\\p{L}]+){0,3}? gratis',
      '(?:gana|ganar|genera|generar) dinero (?:en l[ií]nea|online|por internet|desde tu (?:casa|celular|m[oó]vil))',
      'solter[oa]s (?:cerca de ti|en tu (?:zona|ciudad))',
      // Pagado por algo ocioso ("gana dinero viendo videos"): la oferta de granja de clics.
      '(?:gana|ganar|gane|ganen) dinero (?:viendo|mirando|jugando|respondiendo|contestando|dando like a) (?:videos|juegos|encuestas|anuncios)',
      // Un cuerpo cambiado para una fecha ("baja 10 kilos en 2 semanas"): la promesa del anuncio de pastillas.
      '(?:pierde|perder|baja|bajar|elimina|eliminar|adelgaza|adelgazar) (?:hasta )?\\d+ ?(?:kilos|kg|libras) en (?:solo |s[oó]lo )?(?:\\d+|una|un|dos|tres|cuatro) (?:d[ií]as|semanas?|mes(?:es)?)',
      '(?:pierde|perder|baja|bajar) (?:de )?peso (?:r[aá]pido|sin dieta|sin hacer ejercicio)|adelgaza(?:r)? r[aá]pido',
      // Ganancia prometida como segura: ningún negocio honrado puede decirlo.
      '(?<!(?:^|[^\\p{L}])(?:ning[uú]n|ninguna|no|nunca|sin|promete|prometen|prometer|promesa de)\\s(?:[\\p{L}-]+\\s){0,2})(?:(?:ganancias|beneficios|ingresos extra) garantizad[oa]s|(?:ganancia|renta extra) garantizada)',
      // El testimonio-estafa bajo los vídeos, como en inglés: el 'gran hechicero', el mejor gestor, 'gracias al señor X por sus consejos de inversión', la cartera que 'creció un 300%'. Con WhatsApp o Telegram (reach), o dos juntos, es el cebo.
      '(?:gran|poderos[oa]|mejor|verdader[oa]) (?:hechicer[oa]|brujo|bruja|santer[oa]|cham[aá]n|vidente|curander[oa])|(?:hechicer[oa]|brujo|bruja|santero) (?:llamad[oa]|dr|doctor)',
      '(?:me )?(?:devolvi[oó]|trajo de vuelta|regres[oó]) (?:a )?(?:mi (?:ex|pareja|esposo|esposa|novio|novia|marido|mujer)|[eé]l|ella) en (?:solo |s[oó]lo |menos de )?(?:\\d+|un|una|dos|tres) (?:horas?|d[ií]as?|semanas?)',
      '(?:gracias|agradecid[oa]|agradezco) (?:a |al |a la )?(?:se[ñn]or|se[ñn]ora|sr|sra|srta|dr|dra|doctor|doctora|experto|experta)\\.? [\\p{L}]+(?: (?!(?:por|para|que|y|de)(?![\\p{L}]))[\\p{L}]+)?(?=[^.!?\\n]{0,60}(?<![\\p{L}])(?:inversi[oó]n|inversiones|invertir|trading|forex|cripto|bitcoin|ganancias|ingresos|cartera|rendimientos?))',
      '(?:cartera|cuenta|inversi[oó]n|capital|ganancias) (?:ha |han )?(?:crecido|creci[oó]|subi[oó]|aument[oó]|se duplic[oó]|se triplic[oó])(?: un| en un| en)? \\d[\\d,.]* ?%',
      '(?:mejor|gran|honest[oa]|confiable) (?:gestor[a]? de inversiones|asesor[a]? financier[oa]|administrador[a]? de cuentas|trader|br[oó]ker|hacker)',
      // yt23: la ayudante nombrada por un título de dinero sin elogio delante ("la asesora financiera Marta Ruiz"), y el
      // dinero hecho "con el experto X" ("minando bitcoin con el experto Luis Gómez"). Cebo solo con WhatsApp, Telegram,
      // un usuario o un enlace (reach); "mi asesora financiera se jubila" no nombra a nadie.
      '(?<!(?:^|[^\\p{L}])(?:mi|mis|nuestr[oa]) )(?:asesor[a]?|gestor[a]?|expert[oa]|mentor[a]?) (?:financier[oa]|de inversiones|en inversiones|de trading|en trading|en cripto(?:monedas)?|de forex)(?: (?:se[ñn]or|se[ñn]ora|sr|sra|dr|dra)\\.?)? (?!(?:es|era|fue|dijo|dice|que|y|de|me|nos|te|se|lo|la|le|en|por|para|con|ya)(?![\\p{L}]))[\\p{L}]+',
      '(?:bitcoin|btc|cripto(?:monedas)?|forex|trading|inversiones|inversi[oó]n)(?: [\\p{L}]+){0,2} con (?:el |la )?(?:expert[oa]|mentor[a]?|se[ñn]or|se[ñn]ora|sr|sra)\\.? [\\p{L}]+',
    ],
    reach: ['busca(?:r)? [\\p{L}\\p{N}_]+(?: [\\p{L}\\p{N}_]+){0,2} en (?:google|youtube|telegram|instagram)', 'whats ?app', 'telegram',
      // Una respuesta como vía de entrada ("responde y te digo cómo"): el método llega por privado.
      '(?:responde|responded|comenta|comentad|contesta)(?: (?:aqu[ií]|abajo))? y (?:te|os) (?:digo|cuento|explico|ense[nñ]o|mando|paso|escribo)', '(?:escr[ií]beme|escr[ií]bele|cont[aá]ctame|cont[aá]ctala|cont[aá]ctalo)'],
    affiliate: ['(?:con|desde|por) mi (?:enlace|link) de (?:referido|invitación)',
      // El alta con el enlace o el código del autor, y el premio para los dos ("si te das de alta con mi enlace nos dan 50 € a cada uno").
      '(?:te das de alta|te registras|te apuntas|te abres la cuenta|abres la cuenta|te haces (?:socio|socia|cliente)) (?:con|desde|por|usando) mi (?:enlace|link|c[oó]digo)',
      '(?<=(?<![\\p{L}])(?:enlace|link|c[oó]digo)[^.!?\\n]{0,60})(?:nos|os) (?:dan|regalan|llevamos) \\d+ ?(?:€|euros|\\$|d[oó]lares) (?:a cada uno|a (?:los|las) dos|cada uno)', '(?:compras?|compr[aá]is|compren?|comprar|comprando|comprarla|comprarlo|comprad) (?:(?:algo|la|lo|las|los) )?(?:con|desde|por|a trav[eé]s de) mi (?:enlace|link)', '(?:enlace|link|código) de referido', 'mi código de invitación', '(?:enlaces?|links?) (?:de )?afiliad[oa]s?', '#publi', '#ad', 'colaboraci[oó]n pagada', 'patrocinado por'],
    brag: [
      // El autor en directo, junto al enlace del directo ("Hoy a partir de las 19h vuelvo a streamear Stardew, pasaos 💚
      // twitch.tv/…", "estaré en directo"); "ella streamea" es el de otra.
      "(?:streameo|stremeo|streamear[ée]|vuelvo a streamear|voy a streamear|vamos a streamear|estar[ée] en directo|estaremos en directo|hago directo|hacemos directo)(?![\\p{L}])(?=[^\\n]{0,200}?(?:twitch|kick\\.com|/live))",
      // xlang21: un premio con su año, otorgado al autor («reconocidos como «Mejor Inmobiliaria de Sevilla 2027»»).
      '(?:reconocid[oa]s?|elegid[oa]s?|premiad[oa]s?|nombrad[oa]s?|votad[oa]s?|galardonad[oa]s?|distinguid[oa]s?) (?:como )?(?:el |la |los |las )?[«"“] ?[^»"”\\n]{3,60}?(?:19|20)\\d\\d ?[»"”]',
      // Un premio del año ("Nuestro despacho fue reconocido como «Firma Contable del Año»"); con otro sujeto delante ("Bad
      // Bunny fue elegido artista del año") es noticia (humblebrag aboutSomeoneElse).
      '(?:elegid|votad|seleccionad|reconocid|nombrad|premiad|galardonad|distinguid)[oa]s? (?:como )?(?:el |la |los |las )?(?:[«"“]?[\\p{L}\\p{N}&-]+ ){0,5}?del a[ñn]o(?![\\p{L}])',
      // La prensa en la que salió lo del autor, como etiqueta ("Como visto en El País", "como se vio en la tele").
      '(?<=^\\s*|\\n\\s*|[✨⭐🌟📺] ?)(?:como (?:visto|vista|vistos|vistas|se vio|salimos|aparecimos) en)(?![\\p{L}])',
      // Invitado al programa o podcast de otro, contado como la noticia ("Feliz de haber sido invitada al podcast…", "fui
      // entrevistado en el programa de…"), como el inglés 'I was a guest on'.
      '(?:haber sido|he sido|fui|estuve|estar) (?:invitad[oa]|entrevistad[oa]|de invitad[oa]) (?:al|a la|en el|en la|en|por|a) (?:(?:nuevo|[uú]ltimo) )?(?:[\\p{L}\\p{N}@.-]+ ){0,4}?(?:p[oó]dcast|programa|directo|live|canal|radio|episodio|webinar|mesa redonda)(?![\\p{L}])',
      // Lo mismo dicho llano ("Estuve en el podcast…", "Participé en el programa de…").
      '(?:estuve|particip[eé]|he participado|haber participado|tuve el (?:placer|honor|gusto) de (?:participar|estar)) (?:en|del|de) (?:el |la |un |una )?(?:(?:nuevo|[uú]ltimo) )?(?:[\\p{L}\\p{N}@.-]+ ){0,4}?(?:p[oó]dcast|programa|directo|live|radio|episodio|webinar|mesa redonda)(?![\\p{L}])',
      // Un mix, set o remix nuevo del autor anunciado como disponible ("nuevo mix de reggaetón ya disponible"); "¿el nuevo mix ya salió?" pregunta por el de otro.
      '(?<!(?:el|la|su|tu|un|una)\\s)(?:(?:nuevo|nueva) (?:mix|mixtape|sesi[oó]n|set|remix|freestyle|beat ?tape)|(?:mix|mixtape|set|remix|freestyle) nuev[oa])(?: [\\p{L}]+){0,3}? (?:ya )?(?:disponible|fuera|sali[oó]|est[aá] (?:fuera|disponible|arriba))(?![\\p{L}])',
      // El nuestro de la canción subido ("ya subimos el nuestro de esta canción").
      '(?:ya )?(?:subimos|publicamos|grabamos|hicimos) (?:el|la) nuestr[oa]|(?:el|la) nuestr[oa] (?:de esta canci[oó]n )?(?:ya )?est[aá] (?:en (?:el|nuestro|mi) canal|arriba|subid[oa])',
      // Elegidos o votados como los mejores, como el inglés "voted the best".
      '(?:elegid[oa]s?|votad[oa]s?|seleccionad[oa]s?|reconocid[oa]s?|nombrad[oa]s?) (?:como )?(?:uno de|una de|entre (?:los|las)|(?:el|la|los|las) mejor(?:es)?|mejor(?:es)?|finalistas?)(?![\\p{L}])',
      // La nominación propia ("Estoy nominada a mejor creadora"), como "nominated for".
      '(?:estoy|he sido|hemos sido|fui|estamos) nominad[oa]s? (?:a|como|en|para)',
      // El propio cover o video recién subido ("acabo de subir un cover de esta canción"), como 'just uploaded my cover'.
      '(?:acabo de|acabamos de) (?:subir|publicar|sacar|grabar) (?:un|una|mi|nuestro|nuestra) (?:nuev[oa] )?(?:cover|versi[oó]n|video|v[ií]deo|remix|canci[oó]n|tema|parodia)',
      // Un directo anunciado: el programa del autor empieza ("Estamos en directo en Twitch", "en directo en 10 min"); un disco o un tema nuevo.
      // El comienzo del directo sin sujeto ("En 10 minutos empieza el directo", "el directo empieza a las 20h") o en primera
      // persona con su hora ("En 15 minutos empiezo directo en Twitch").
      '(?:en \\d+ ?min(?:utos?)?|ya|ahora|hoy|esta noche|a las \\d+(?::\\d+)?h?) (?:empieza|arranca|comienza) (?:el|mi|nuestro) directo|(?:en \\d+ ?min(?:utos?)?|ya|ahora|hoy|esta noche|a las \\d+(?::\\d+)?h?) (?:empiezo|empezamos|arranco|arrancamos|comienzo|comenzamos) (?:el )?directo|(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:el |la )?(?:directo|stream) (?:empieza|arranca|comienza) (?:en|a las|ya|ahora)(?![\\p{L}])',
      // El día o la hora del directo y su sitio al abrir el post ("hoy en directo a las 20h en Twitch", "Esta noche directo en
      // Twitch a las 22h"), como "Live on Twitch tonight at 8". YouTube no: ahí emiten plenos y noticieros.
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:(?:hoy|esta noche|ma[nñ]ana)(?: a las \\d+(?::\\d+)?h?)? (?:hay )?(?:en )?(?:directo|stream|live) (?:a las \\d+(?::\\d+)?h? )?en (?:twitch|kick|tiktok)|(?:en )?directo en (?:twitch|kick|tiktok) (?:hoy|esta noche|ma[nñ]ana|a las \\d+(?::\\d+)?h?))(?![\\p{L}])',
      '(?:estoy|estamos|entro|entramos|estar[eé]|estaremos) en (?:directo|vivo)|(?<!\\p{L}\\s)en directo en \\d+ ?min(?:utos?)?|(?<!\\p{L}\\s)directo en \\d+ ?min(?:utos?)?|nuevo (?:single|sencillo|disco|[aá]lbum|tema|videoclip)(?! (?:de|del)(?![\\p{L}]))',
      // El primer o nuevo disco, libro o tema propio anunciado como disponible ("mi primer single ya está disponible").
      // Con su título en medio y en las plataformas ("Mi primer EP 'Marea Baja' ya está en todas las plataformas").
      "(?:mi|nuestro) (?:(?:primer|nuevo|[uú]ltimo|segundo) )?(?:single|sencillo|disco|[aá]lbum|libro|tema|ep|curso|podcast)(?: [\"'‘“«][^\"'’”»\\n]{1,40}[\"'’”»])? (?:ya |por fin |al fin |tambi[eé]n |ahora )*(?:est[aá] disponible|sali[oó]|ha salido|est[aá] fuera|est[aá] en todas (?:las )?plataformas)",
      '(?:mi|nuestro) (?:(?:primer|nuevo|[uú]ltimo|segundo) )?(?:single|sencillo|disco|[aá]lbum|libro|tema|ep|curso|podcast) (?:ya |por fin |al fin |tambi[eé]n |ahora )*(?:est[aá] disponible|sali[oó]|ha salido|est[aá] fuera)|(?:mi|nuestra) (?:(?:primera|nueva|[uú]ltima|segunda) )?(?:canci[oó]n|novela) (?:ya |por fin |al fin |tambi[eé]n |ahora )*(?:est[aá] disponible|sali[oó]|ha salido)',
      // Orgullo de uno mismo: el logro del autor como noticia.
      'orgullos[oa]s? de m[ií] mism[oa]|orgullos[oa]s? de nosotr[oa]s mism[oa]s',
      '(?:estoy|estamos) (?:muy |super )?(?:emocionad[oa]s?|orgullos[oa]s?|feli(?:z|ces)) de (?:anunciar|compartir|contaros|presentar)',
      // Pride opens the post without its verb ("Orgullosa de anunciar que…"), as English's "Proud to announce".
      '(?:muy )?orgullos[oa]s? de (?:anunciar|compartir|contaros|presentar)',
      // La alegría abre el post sin verbo ("Muy feliz de compartir que…", "Encantada de anunciar…"), como "So happy to share".
      '(?:muy |super |s[uú]per )?(?:feli(?:z|ces)|emocionad[oa]s?|encantad[oa]s?|ilusionad[oa]s?) de (?:anunciar|contaros|contarles|presentar|compartir(?= (?:que|con (?:vosotros|ustedes|todos|todas)|la noticia|esta noticia|mi|mis|nuestr[oa]s?)(?![\\p{L}])|\\s*:))',
      // El mismo anuncio con el gusto por sujeto ("me complace anunciar", "nos alegra compartir").
      '(?:me|nos) (?:complace|alegra|enorgullece|hace (?:mucha )?ilusi[oó]n) (?:anunciar|compartir|contaros|contarles|presentar)',
      '(?:ya )?(?:est[aá]|disponible) (?:a la venta|ya)',
      // Lo que llega es del autor o se vende; el tiempo y las estaciones llegan solos ("El invierno ya está aquí", "Por
      // fin llegó la lluvia", "Por fin salió el sol"): eso es el parte, no un anuncio.
      `(?<!${SEASON} )ya est[aá] aqu[ií](?! (?:el|la|los|las) ${SEASON})`,
      `por fin (?:est[aá]|lleg[oó]|sali[oó])(?! (?:aqu[ií] )?(?:el|la|los|las) ${SEASON})`,
      // Un puesto nuevo anunciado con su cargo ("Empiezo un nuevo puesto como analista de datos en…", "hoy empiezo una
      // nueva etapa como Head of Data en…").
      '(?:empiezo|comienzo|empec[eé]|comenc[eé]|arranco|inicio) (?:hoy |ma[nñ]ana |este lunes |en enero )?(?:(?:un )?nuevo (?:puesto|trabajo|cargo|reto|cap[ií]tulo|rol)|una nueva etapa|mi nuevo (?:puesto|trabajo|rol)|a trabajar) como',
      'acabo de (?:lanzar|abrir|publicar|estrenar)',
      'lanc[eé] (?:mi|nuestra?)',
      'hemos ganado',
      // El libro o disco propio anunciado para hoy ("Mi libro «Liderar sin quemarse» sale hoy").
      '(?:mi|nuestro|nuestra) (?:(?:primer|primera|nuevo|nueva|[uú]ltimo|segundo) )?(?:single|sencillo|disco|[aá]lbum|libro|novela|tema|ep|curso|podcast|juego|canci[oó]n)(?: [«"“][^»"”\\n]{1,60}[»"”])? (?:sale|se publica|se estrena|llega) (?:por fin |oficialmente )?(?:hoy|ma[nñ]ana|este (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|el \\d)',
      // Un hito de la propia cifra ("¡Hemos superado los 10.000 clientes!", "alcanzamos 50 mil seguidores"), como
      // "crossed 10k customers"; "la biblioteca superó los 10.000 socios" es de otro.
      // Dicho como el momento de una historia ("Cuando superamos los 10.000 clientes, el soporte no daba abasto"), no es la noticia.
      // El mismo hito en dinero ("superamos los 20.000 € de MRR", "llegamos a 1M de facturación").
      '(?<!(?:cuando|desde que|hasta que|despu[eé]s de que|antes de que|si) )(?:hemos (?:superado|alcanzado|llegado a|pasado)|superamos|alcanzamos|llegamos a|pasamos|acabamos de (?:superar|alcanzar|llegar a|pasar)|acabo de (?:superar|alcanzar|llegar a|pasar)) (?:los |la barrera de (?:los )?)?[$€]?\\d[\\d.,]*(?: ?(?:mil|k|m|millones?))? ?(?:€|euros|\\$|d[oó]lares)? (?:de )?(?:mrr|arr|facturaci[oó]n|ingresos)(?![\\p{L}])',
      '(?<!(?:cuando|desde que|hasta que|despu[eé]s de que|antes de que|si) )(?:hemos (?:superado|alcanzado|llegado a|pasado)|superamos|alcanzamos|llegamos a|pasamos|acabamos de (?:superar|alcanzar|llegar a|pasar)|acabo de (?:superar|alcanzar|llegar a|pasar)|he (?:superado|alcanzado|llegado a)|super[eé]|alcanc[eé]|llegu[eé] a) (?:de )?(?:los |las |la marca de (?:los )?|m[aá]s de )?\\d[\\d.,]*(?: ?(?:mil|k|millones?))? (?:de )?(?:seguidores|suscriptores|clientes|ventas|descargas|usuarios|pedidos|miembros|lectores|oyentes|reproducciones|alumn[oa]s)(?![\\p{L}])(?!\\s+a\\s+\\d)',
      'ganamos',
      'nombrad[oa] (?:como|una de|uno de)(?![\\p{L}])',
      // El reconocimiento propio en una lista o un premio ("he sido elegida entre las 30 mejores", "fuimos reconocidos como
      // mejor agencia"), como "named one of"; "mi hermano fue elegido" es de otro.
      '(?:he sido|hemos sido|fui|fuimos) (?:elegid|reconocid|seleccionad|premiad|galardonad|distinguid|citad|incluid|escogid)[oa]s? (?:como|entre|una de|uno de|(?:en|para|a) la lista|en el top|en el ranking)(?![\\p{L}])',
      // La aparición propia en la prensa ("¡Salimos en El Tiempo!", "nos entrevistaron en Radio Bío-Bío"), como "featured in".
      '(?:salimos|sal[ií]|aparecimos|aparec[ií]) en (?:la |el )?(?:tele|televisi[oó]n|radio|prensa|peri[oó]dico|diario|revista|noticiero|telediario|portada|tiempo|pa[ií]s|mundo|tercera|mercurio|clar[ií]n|caracol|rcn|tve|antena 3)(?![\\p{L}])|(?:nos|me) (?:entrevistaron|hicieron una entrevista) (?:en|para)(?![\\p{L}])',
      'finalistas?',
      // Una colección o edición limitada recién sacada ("nuevo drop este viernes"), como 'new drop'.
      'nuevo (?:v[ií]deo|episodio|lanzamiento|drop)|drop nuevo',
      'un sue[nñ]o hecho realidad',
      // El orgullo o la alegría como manera de anunciar ("Con mucho orgullo os anuncio…"), y el ascenso propio contado.
      'con (?:mucho |gran |enorme |much[ií]simo )?(?:orgullo|alegr[ií]a|ilusi[oó]n),? (?:os |les )?(?:anuncio|anunciamos|comparto|compartimos|cuento|contamos)',
      '(?:me han ascendido|me ascendieron|he sido ascendid[oa]|fui ascendid[oa]) (?:a|como)',
      // La parte siguiente de la serie del autor, en el canal ("Ya está la parte 2 en el canal", "Salió el capítulo 5 en mi
      // canal"), como "Part 2 is up on the channel".
      '(?:ya (?:est[aá]|sali[oó])|sali[oó]|lleg[oó]) (?:la |el )?(?:parte|cap[ií]tulo|episodio) \\d+ (?:ya )?(?:en|a) (?:el|mi|nuestro) canal|(?:la |el )?(?:parte|cap[ií]tulo|episodio) \\d+ (?:ya )?(?:est[aá]|sali[oó]|lleg[oó]) (?:en|a) (?:el|mi|nuestro) canal',
      // El lanzamiento propio en un sitio de lanzamientos o de micromecenazgo ("¡Estamos en Product Hunt hoy!").
      '(?:estamos|estoy|ya estamos) (?:hoy |por fin |oficialmente )?(?:en directo |live )?en (?:product ?hunt|kickstarter|indiegogo|verkami|goteo)(?![\\p{L}])',
      // Lo del autor en lo alto de una lista ("Nuestra app acaba de llegar al número 1 de la App Store"), como "hit #1".
      '(?:mi|mis|nuestr[oa]s?) (?:[\\p{L}\\p{N}\'-]+ ){0,2}?(?:app|aplicaci[oó]n|libro|disco|[aá]lbum|single|canci[oó]n|tema|podcast|juego|tienda|producto|canal|v[ií]deo|curso|startup|marca|novela)s? (?:(?!favorit|preferid)[\\p{L}\\p{N}\'-]+ )?(?:acaba de |ya |por fin )?(?:lleg[oó]|llegar|subi[oó]|subir|est[aá]|es|alcanz[oó]|alcanzar) (?:al |el |en el )?(?:n[uú]mero (?:1|uno)|#1|primer puesto|top \\d+)(?![\\p{L}\\p{N}])',
      // Lo del autor en la prensa ("Nuestra agencia aparece hoy en El País como una de las 10…"), como "featured in".
      '(?:nuestr[oa]|mi) (?:agencia|empresa|marca|tienda|estudio|despacho|restaurante|startup|proyecto|libro|app|negocio|panader[ií]a|caf[eé]|bar) (?:aparece|sale|sali[oó]|apareci[oó]|fue (?:mencionad|destacad|incluid)[oa]) (?:hoy |ayer |esta semana |este mes )?en(?![\\p{L}])',
    ],
    bait: [
      // El acuerdo pescado preguntando si el autor es el único ("¿Soy la única que…?", "¿Vosotros también…?").
      'soy (?:el|la) [uú]nic[oa] (?:que|a (?:la|el) que|a quien)[^.!?\\n\\d]{0,80}\\?|(?:solo|sólo) (?:me pasa|lo pienso) a m[ií][^.!?\\n\\d]{0,40}\\?|(?:a )?alguien m[aá]s le pasa[^.!?\\n\\d]{0,80}\\?|(?:vosotros|ustedes) tambi[eé]n (?:ten[eé]is|tienen|sent[ií]s|sienten|pens[aá]is|piensan)[^.!?\\n\\d]{0,80}\\?',
      // La palabra pedida a cambio de una condición ("Escribe AMÉN si crees…", "Escribe SÍ si estás de acuerdo"), como "Type AMEN if".
      '(?:escribe|escriban|escribid|pon|pongan|poned|comenta|comenten|comentad) ["“\'‘«]?(?:s[ií]|am[eé]n|yo|1|de acuerdo|listo)["”\'’»]?(?: abajo| en (?:los )?comentarios)?,? si',
      // Quién sigue aquí en el año ('¿Quién sigue escuchando esto en 2024?'): relleno de comentario, como el inglés "who's watching in 2024".
      'qui[eé]n (?:m[aá]s )?(?:(?:lo|la) )?(?:sigue|est[aá]|anda|contin[uú]a) (?:(?:escuchando|viendo|oyendo|aqu[ií])(?: esto| esta canci[oó]n| este v[ií]deo)? )?en (?:el )?\\d{4}',
      // yt23: lo mismo sin el verbo, como se escribe rápido ('Quién más viendo esto en 2026??').
      'qui[eé]n m[aá]s (?:escuchando|viendo|oyendo|aqu[ií])(?: esto| esta canci[oó]n| este v[ií]deo)? en (?:el )?\\d{4}',
      // yt23: el like pedido para que el autor se haga notar ('dale like para que mi mamá me vea', 'denle like a este
      // comentario para que llegue arriba'): como el inglés "like this so my mom sees".
      '(?:dale|denle|den|dadle) like (?:a este comentario |a mi comentario )?(?:para que|pa que|pa\' que) (?:me|mi|mis|lo|llegue|todos|m[aá]s|se vea)(?![\\p{L}])',
      // El like pedido a quien esté ahí ("Deja tu like", "dejen su like").
      '(?:deja|dejen|dejad|suelta|regala) (?:tu|su|vuestro|un) like',
      '(?:dale )?like si',
      '(?:comparte|rt) si',
      'etiqueta a (?:un|una|\\d+|tu|alguien|tus)',
      // La participación como lista de infinitivos ("seguir la cuenta, dar like a la foto y etiquetar a 2 amigos").
      'etiquetar a (?:un|una|\\d+|dos|tres|tus|alguien)|dar (?:like|me gusta|un like) (?:a )?(?:la|esta|este|el|nuestra|nuestro) (?:foto|publicaci[oó]n|post|video|v[ií]deo|p[aá]gina)',
      'menciona a (?:un|una|alguien)',
      'comenta(?:d)? ["“\'‘«]?\\p{L}+["”\'’»]?(?: abajo)?',
      '¿?(?:est[aá]s|est[aá]is|est[aá]n) de acuerdo\\?',
      // El acuerdo pedido como firma ("¿Quién firma?", "¿Lo firmáis?"), como "Agree?".
      '(?:qui[eé]n (?:m[aá]s )?firma|lo firm[aá]is|lo firmas)\\?(?=\\s*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D#]\\S*\\s*)*$)',
      // Con "conmigo" y la elección "¿sí o no?", como "Agree?" y "Yes or no?".
      '¿?(?:est[aá]s|est[aá]is|est[aá]n) de acuerdo conmigo\\?|¿?s[ií] o no\\?|¿?qui[eé]n (?:m[aá]s )?(?:est[aá]|se apunta) conmigo\\?',
      // La misma adhesión pescada ("¿Quién piensa igual?", "¿Quién más lo ve así?"), con la pregunta justo después.
      '¿?qui[eé]n (?:m[aá]s )?(?:lo ve|piensa|opina|lo siente|siente)(?: (?:igual|lo mismo|as[ií]|como yo|tambi[eé]n))+\\?',
      // Agreement asked of the crowd by "who" ("¿Quién está de acuerdo?"), as "who agrees?" in English.
      '¿?qui[eé]n(?:es)? (?:m[aá]s )?est[aá]n? de acuerdo\\?',
      // La razón pedida a la gente ("¿Quién me da la razón?") y la elección "¿de acuerdo o no?", como "Agree?" y "Agree or not?".
      '¿?qui[eé]n(?:es)? me (?:da|dan) la raz[oó]n\\?|¿?de acuerdo o no\\?',
      '¿qui[eé]n m[aá]s\\b',
      // Identificarse, pedido a la gente ("¿Quién se siente identificado?"), como "who can relate?".
      '¿?qui[eé]n(?:es)? (?:m[aá]s )?se (?:siente|sienten) identificad[oa]s?\\?|¿?qui[eé]n(?:es)? (?:m[aá]s )?se identifica(?:n)?(?: con esto)?\\?',
      'ay[uú]dame a llegar a \\d',
      // Un hito de la propia audiencia celebrado ("no puedo creer que esta cuentita llegó aquí", "gracias por los 10k").
      'no (?:me )?puedo creer que (?:este|esta|mi|nuestr[oa]) (?:peque[ñn][oa] )?(?:canal|cuenta|cuentita|perfil|p[aá]gina|comunidad)(?: \\p{L}+){0,3} (?:(?:lleg[oó]|haya llegado|ha llegado) (?:hasta )?aqu[ií]|(?:lleg[oó] a|ya tiene) \\d[\\d,.]*k? (?:seguidores|suscriptores))',
      'gracias (?:a todos )?por (?:los )?\\d[\\d,.]*k? (?:seguidores|suscriptores|subs)',
      // Un emoji pedido a cambio de la siguiente parte ("Deja un 🔥 si quieres la segunda parte"), como "Drop a 🔥 if";
      // "Deja un comentario si tienes dudas" pide otra cosa.
      '(?:deja|dejen|dejad|pon|pongan|poned|suelta|manda|mandad|manden) (?:un|una) (?:like |coraz[oó]n |fueguito |emoji )?(?:si|abajo|en (?:los )?comentarios)(?![\\p{L}])',
    ],
    vaguePointer: [
      // La noticia guardada para luego ("Tengo muchas ganas de contaros más", "pronto os cuento más").
      '(?:tengo (?:muchas )?ganas de|no veo la hora de|estoy deseando) (?:contaros|contarles|contarte|ense[ñn]aros|mostraros) (?:m[aá]s|todo)|(?:pronto|muy pronto|en breve) (?:os|les|te) (?:cuento|contar[eé]|cuento m[aá]s|doy m[aá]s detalles)(?![\\p{L}])(?!\\s*:)',
      // Preguntar si al lector le suena lo que se muestra ("¿Os suena?", "¿Te suena de algo?"): no se dice nada de ello.
      '(?:os|te|les) suena(?: de algo)?\\s?\\?',
      // La noticia guardada para pronto ("Pronto os cuento todo").
      '(?:pronto|en breve|muy pronto) (?:os|les|te) (?:lo )?cuento(?: todo| m[aá]s)?|(?:os|les|te) (?:lo )?cuento (?:todo |m[aá]s )?(?:pronto|en breve|muy pronto)',
      // El pie de un carrusel que deja lo suyo en las diapositivas ("Guárdalo para después 📌"); si enumera los consejos,
      // tiene sustancia y calla. "Desliza para ver…" es un gancho (value/es.ts).
      'gu[aá]rda(?:lo|la|te|los)?(?: este post| este carrusel)? para (?:despu[eé]s|luego|m[aá]s tarde)',
      'm[ií]ralo',
      // La historia prometida para luego ("mañana os cuento", "luego te cuento todo"): se guarda lo que dice.
      '(?:ma[nñ]ana|luego|despu[eé]s|esta noche|m[aá]s tarde|en un rato) (?:os|les|te) (?:lo )?cuento(?: todo)?|(?:os|les|te) (?:lo )?cuento (?:todo )?(?:ma[nñ]ana|luego|despu[eé]s|esta noche|m[aá]s tarde|en un rato)',
      'mira esto',
      'echa un vistazo',
      'no te lo pierdas',
      '¿?qu[eé] opin[aá]is\\?',
      '¿?qu[eé] opinan\\?',
      // Lo mismo dicho de palabra ("¿qué os parece?", "¿ustedes qué opinan?").
      '¿?qu[eé] (?:os|les) parece\\?|¿?(?:y )?(?:vosotros|ustedes) qu[eé] (?:opin[aá]is|opinan|pens[aá]is|piensan)\\?',
      'muy interesante',
      'lectura obligada',
      'pronto (?:m[aá]s|novedades)',
      'muy pronto',
      'atentos',
      'se vienen cosas',
      // Un anuncio propio que se anuncia sin decir qué es ("se viene algo grande", "grandes novedades muy pronto"), con
      // los intensificadores de cada país ("algo burda de grande" en Venezuela, "algo full grande", "demasiado grande").
      'se viene algo (?:(?:muy|re|bien|s[uú]per|mega|burda de|full|demasiado|tan) )?(?:grande|gordo|enorme|especial|nuevo|incre[ií]ble)',
      // La noticia que el autor dice no poder contar todavía ("no puedo decir nada todavía", "aún no puedo adelantar nada").
      '(?:todav[ií]a|a[uú]n) no (?:puedo|podemos) (?:decir|contar|adelantar|revelar) (?:nada|mucho|m[aá]s)|no (?:puedo|podemos) (?:decir|contar|adelantar|revelar) (?:nada|mucho|m[aá]s) (?:todav[ií]a|a[uú]n|por ahora|de momento)',
      // El mismo anuncio con el sujeto delante ("Algo grande se viene la semana que viene", "algo nuevo llega pronto").
      'algo (?:(?:muy|re|bien|s[uú]per|mega|burda de|full|demasiado|tan) )?(?:grande|gordo|enorme|especial|nuevo|incre[ií]ble) (?:se viene|viene|llega|se acerca|est[aá] (?:por )?llegar|se est[aá] cocinando)',
      '(?:grandes|muchas|buenas) (?:novedades|noticias) (?:muy )?pronto',
      // Las mismas novedades con solo la fecha detrás ("Grandes novedades el día 15 👀", "Gran anuncio el viernes 🚀").
      '(?:grandes (?:novedades|noticias)|gran (?:novedad|noticia|anuncio)) (?:el |este |el pr[oó]ximo )?(?:d[ií]a )?(?:\\d{1,2}(?:/\\d{1,2})?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?=\\s*[!.]*\\s*(?:[\\p{Extended_Pictographic}\\uFE0F#]|$))',
      // "¿Estás preparado?" tras el bombo: listo para qué, nunca se dice.
      '¿?(?:est[aá]s|est[aá]is|est[aá]n|est[aá] usted) (?:preparad[oa]s?|list[oa]s?)\\?+',
    ],
    agreement: ['qu[eé] verdad', 'tal cual', 'much[ií]sima raz[oó]n', 'totalmente de acuerdo'],
    platitude: [
      // Thanks for a year or a chapter, with nothing of what it held ('Grateful for another chapter 🙏', 'Gratidão por mais um ciclo').
      '(?:agradecid[oa]s?|gratitud|bendecid[oa]s?) (?:por|de) (?:un|este|otro) (?:ciclo|a[nñ]o|cap[ií]tulo|camino)(?: m[aá]s)?(?![\\p{L}])(?=\\s*[.!,\\n\\p{Extended_Pictographic}]|\\s*$)',
      '(?:el que|quien) deja de (?:aprender|crecer|so[nñ]ar|intentar)[^.!?\\n]{0,20}deja de (?:crecer|vivir|aprender|so[nñ]ar)',
      'nunca (?:dejes|dej[eé]is|dejen|pares|par[eé]is|paren) de (?:aprender|crecer|so[nñ]ar|creer|intentarlo|mejorar)',
      'menos es (?:simplemente |siempre )?más',
      // A motto that ranks a virtue above talent ("Consistency beats talent. Every time."): nothing to act on.
      '(?:la |el |los )?(?:constancia|disciplina|acci[oó]n|ejecuci[oó]n|persistencia|h[aá]bitos?|esfuerzo|progreso|hecho) (?:le )?(?:gana|ganan|vence|vencen|supera|superan) (?:al |a la |a )?(?:talento|motivaci[oó]n|perfecci[oó]n|perfecto|suerte|ideas?|estrategia)(?![\\p{L}])',
      'tu [uú]nico l[ií]mite (?:eres t[uú]|es tu mente)',
      // Un empujón que no dice qué hacer ("Otra vez lunes... ya saben lo que toca 💪").
      '(?:ya )?(?:sabes|saben|sab[eé]is) (?:lo que (?:toca|hay que hacer)|qu[eé] hacer)(?!\\s*:)',
      'nunca te rindas',
      // El sueño que no se suelta: perseguirlo, no dejar de soñar.
      'nunca dejes de (?:so[nñ]ar|luchar|creer)|(?:persigue|lucha por|sigue) tus sue[nñ]os',
      'sigue adelante',
      // La fe en uno mismo y la promesa de que lo demás llega: un lema con otras palabras.
      '(?:cree|creed) en (?:ti|vosotros|tu potencial|tus sue[nñ]os)',
      '(?:el resto|lo dem[aá]s) (?:llega(?:r[aá])? solo|viene solo|es consecuencia|vendr[aá])',
      'el [eé]xito,? (?:es|no es|llega|empieza|comienza)',
      'la (?:disciplina|constancia),? (?:es|vence|supera)',
      // La virtud definida sin artículo al abrir la frase ("Disciplina es hacer lo que hay que hacer, aunque no tengas ganas").
      '(?<![\\p{L},] )(?:disciplina|constancia|liderazgo),? es (?:hacer|elegir|no |una? (?:decisi[oó]n|h[aá]bito|elecci[oó]n|camino))(?![\\p{L}])',
      'conf[ií]a en el proceso',
      'mentalidad',
      'motivaci[oó]n',
      'bendecid[oa]s?',
      'agradecid[oa]s?(?=\\s*[.!\\n]|\\s*$)',
      'tu red es tu patrimonio',
      'sue[nñ]a en grande',
      '(?:nuevo d[ií]a|nueva semana|nuevo mes|nuevo a[ñn]o)[,.!]? nuev[oa]s? (?:oportunidades|metas|objetivos|retos|comienzos|energ[ií]as?|posibilidades|bendiciones)(?![\\p{L}])',
      'a[ñn]o nuevo[,.!]? vida nueva',
      // La vida definida por contraste ("La vida no es lo que te pasa, es cómo reaccionas"): un lema, nada que hacer.
      'la vida no es (?:lo que|esperar|sobre|cu[aá]nto)[^.!?\\n]{1,60}, (?:es|sino)(?![\\p{L}])',
      'el futuro (?:es|pertenece a|ser[aá]) (?:de )?(?:quienes|los que|aquellos que|las que)',
      '(?:quienes|los que)(?: no)? se adapten (?:ganar[aá]n|se quedar[aá]n atr[aá]s|liderar[aá]n)',
    ],
    teaching: [
      // Una herramienta que el autor usa, contada como respuesta ("yo uso Obsidian para eso"); lo propio (mi, nuestro) es un anuncio.
      '(?:yo )?(?:uso|usamos|utilizo|utilizamos) (?!(?:mi|mis|nuestr[oa]s?|eso|esto)(?![\\p{L}]))(?:[\\p{L}\\p{N}.+-]+ ){1,7}?para (?:eso|esto|lo mismo|ello)(?![\\p{L}])',
      // Lo que ayuda, anunciado y dicho tras los dos puntos ("Lo que más ayuda: levantarse a los 20 minutos…").
      'lo que (?:m[aá]s |mejor |suele |de verdad |realmente )?(?:ayuda|funciona|me ayud[oó]|me funcion[oó])(?: (?:m[aá]s|mejor))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Un resumen dado tras su título, con unas palabras en medio ("Vídeo nuevo, pero aquí va el resumen para que no tengas que verlo: …").
      '(?:aqu[ií] (?:va|tienes|ten[eé]s|os dejo) )?(?:el |un |mi )?(?:resumen|resumen corto|versi[oó]n corta)(?:,? [^.!?:\\n]{1,60})? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Cómo lo hizo el autor, anunciado y contado tras los dos puntos ("Así grabé el vídeo del mercado: Sony a6400, 1/50…").
      '(?:as[ií]|c[oó]mo) (?:lo |la |los |las )?(?:hice|hicimos|[\\p{L}]+(?:é|í)|[\\p{L}]+amos)(?![\\p{L}])[^.!?:\\n]{0,80}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Lo que cambia, anunciado y dicho tras los dos puntos ("Lo que cambia para los conductores: …").
      '(?:lo que|qu[eé]) (?:cambia|va a cambiar|significa(?: esto)?)(?: para (?:ti|usted|ustedes|vosotros|[\\p{L}]+(?: [\\p{L}]+)?))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Lo que conviene entre las opciones para un uso ('para un blog GoatCounter es probablemente lo más fácil').
      '(?:para|pa) (?:un|una|tu|los|las) [\\p{L}-]+(?: [\\p{L}-]+)?,? (?!(?:mi|mis|nuestro|nuestra|yo|esto|eso|este|esta|ese|esa)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+)? es (?:probablemente |seguramente |sin duda |honestamente )?(?:lo|el|la) (?:más (?:fácil|sencill[oa]|barat[oa]|segur[oa]|rápid[oa])|mejor)(?![\\p{L}])',
      // Un consejo con su condición delante ("Si tu masa madre se queda plana, baja el agua"), como el inglés "if your…, try".
      '(?<![\\p{L}])si (?:tu|tus|te|usted|su|sus|tienes|quieres|vas a) [^.!?\\n]{3,80}?[,:—-] ?(?:prueba|pruebe|usa|use|añade|agrega|pon|revisa|haz|evita|empieza|mantén|manten|pregunta|quita|baja|sube|apaga|enciende|cambia|deja|mira|limpia|mezcla|lee|elige|corta|mueve|no)(?![\\p{L}])',
      // A fix reported by what it did: after the step, the thing worked again ("danach lief es bei mir wieder"): the steps before it are the answer.
      '(?:volvi[oó]|vuelve) a funcionar|funcion[oó] (?:de nuevo|otra vez)(?! (?:hasta|pero))',
      '(?:cosa|cambio|truco|h[aá]bito|regla|ajuste)s? (?:[\\p{L}]+ )?que (?:me |nos )?(?:ahorr[oó]|cambi[oó]|salv[oó]|redujo|duplic[oó]|arregl[oó])[^:\\n]{0,40}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      'c[oó]mo (?:hacer|conseguir|evitar|preparar)',
      // "Cómo" before an infinitive is how to do it ("os enseño cómo empezar una masa madre"); without its accent, "como"
      // is also "as", so there it counts only after a word that teaches ("te enseño como…").
      'cómo (?:se )?[\\p{L}]{2,}(?:ar|er|ir)(?:l[oa]s?|se|te|me)?(?![\\p{L}])',
      '(?:enseño|muestro|explico|aprende|descubre) como (?:se )?[\\p{L}]{2,}(?:ar|er|ir)(?:l[oa]s?|se|te|me)?(?![\\p{L}])',
      'as[ií] es como',
      'paso (?:\\d{1,2}(?!\\d)|uno|dos|tres)',
      '(?<!(?:de|del|en) )consejos?(?! (?:de (?:ministros|administraci[oó]n|seguridad|estado|europa|gobierno|redacci[oó]n)|general|municipal|superior|escolar|consultivo|directivo|rector|nacional|regional|asesor|editorial)(?![\\p{L}]))',
      // "Tip" y "pro tip" se escriben tal cual en español ("pro tip pa los que hacen la EBAU: …").
      '(?:pro )?tips?',
      // Un método presentado como el que funciona, y el método tras los dos puntos ("Cuidado del tatuaje que funciona de verdad: lava…").
      'que (?:de verdad |realmente )?funcionan?(?: de verdad| de veras)?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      'truco',
      'lecci[oó]n(?:es)?',
      'errores?',
      'por ejemplo',
      'la clave (?:es|est[aá])',
      // A summary that hands over the takeaway: "Nuevo vídeo: cómo afilar… Lo más importante: mantener el ángulo".
      // Cómo el autor salió del mismo problema ("lo resolví cambiando el cable HDMI"): la respuesta es el medio.
      '(?:lo |la )?(?:resolv[ií]|arregl[eé]|solucion[eé]|resolvimos|arreglamos|solucionamos)(?: el problema)? [\\p{L}]+(?:ando|iendo)',
      'lo m[aá]s importante(?: es)?:|lo m[aá]s importante es|en resumen,?|en pocas palabras',
      // Un spoiler con sus palabras tras los dos puntos entrega el resultado ("Spoiler: el de 15 € ganó al de 60 €").
      '(?:alerta de )?spoiler ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      'lo que m[aá]s me ayud[oó]',
      'lo que (?:funciona|funcion[oó])',
      'recomiendo',
      '(?:pas[óo]|pasamos|pasaron|baj[óo]|bajamos|subi[óo]|subimos|redujimos|cay[óo]) de [$€£]?\\d[\\d.,]*\\s?(?:%|k|[\\p{L}]{1,8})? a [$€£]?\\d+',
      '(?:se )?duplic[oó]|se triplic[oó]|dobl[oó] (?:su|el) tama[nñ]o|(?:se )?redujo a la mitad', '(?:mucho|bastante|much[ií]simo) mejor (?:si|cuando)', 'funciona (?:de maravilla|mucho mejor|genial)'],
    advice: [
      // Lo que hay que usar, dicho como lo que el lector busca o necesita ("el enlace que buscas es el oficial", "lo que
      // necesitas es una llave dinamométrica"): una recomendación.
      '(?:el|la) (?:enlace|link|web|p[aá]gina|app|formulario|herramienta|opci[oó]n|ajuste|n[uú]mero|que) (?:que )?(?:buscas|necesitas|quieres) es|lo que (?:buscas|necesitas) es',
      '(?:usa|pon|prueba|a[nñ]ade|guarda|lleva|evita|deja|mezcla|revisa|empieza|apunta|cambia|corta|haz|no (?:uses|pongas|compres|dejes|olvides))',
      // Los pasos de un arreglo, como "turn off", "go to", "restart" en inglés ("Ve a Ajustes > Internet, desactiva…");
      // sin "actualiza", "instala", "elige": "actualiza ya", "instala la app" son el pedido de un lanzamiento.
      '(?:desactiva|apaga|enciende|reinicia|configura|ajusta|ve a|entra en|pulsa|desinstala|borra|comprueba)(?![\\p{L}])',
      // El vosotros y el usted de los mismos consejos, y los pasos de cocina y de cuidado ("espolvorea harina de arroz").
      '(?:usad|poned|probad|a[nñ]adid|evitad|guardad|mezclad|traed|ponga|pruebe|a[nñ]ada|evite|espolvorea|espolvoread|enjuaga|remoja|riega|pela|remueve|sazona|hornea)(?![\\p{L}])',
      // Pasos de cuidado y de seguridad ("Toca la hebilla antes de abrochar al peque", "Sujeta al bebé en vertical");
      // "echa un vistazo" manda a mirar algo, no enseña.
      '(?:toca(?:d)? (?:la|el|los|las|con)|toque (?:la|el|los|las|con)|echa(?:d)?(?! (?:un )?(?:vistazo|ojo|una mirada|de menos))|sujeta(?:d)?|sujete|levanta(?:d)?|levante|quita(?:d)?|quite|retira(?:d)?|retire|ponte(?! (?:en contacto|las pilas))|poneos(?! en contacto)|p[oó]nganse(?! en contacto))(?![\\p{L}])',
      // Un paso con su pronombre pegado ("aliméntala dos veces al día", "riégala cada tres días", "guárdalo en la nevera",
      // "límpielo con vinagre"): el tú, el usted y el vosotros de los pasos de cuidado, cocina, limpieza y arreglo. Los
      // pedidos ("sígueme", "suscríbete", "compártelo", "míralo", "descárgala", "pruébalo") no están: piden, no enseñan;
      // ni "guárdalo para luego", que pide guardar la publicación.
      ...[
        'alim[eé]nt', 'ri[eé]gu?', '[uú]s', 'd[eé]j', 'm[eé]zcl', 'c[oó]rt', 'p[eé]l', 'horn[eé]', 's[eé](?:c|qu)', 'l[ií]mpi', 'c[aá]mbi', 'l[aá]v', 'ap[aá]gu?', 'desact[ií]v', 'enci[eé]nd', 'rein[ií]ci', 's[aá](?:c|qu)', 'm[eé]t', 't[aá]p', 'c[uú]br', 'remu[eé]v', 's[ií]rv', 'cu[eé]z', 'hi[eé]rv', 'cu[eé]l', 'a[nñ][aá]d', 'traspl[aá]nt', 'p[oó]d', 'ab[oó]n', 'cali[eé]nt', 'enfr[ií]', 'cong[eé]l', 'descong[eé]l', 'col[oó](?:c|qu)', 'vac[ií]', 'll[eé]n', 'cep[ií]ll', 'b[aá][nñ]', 'pas[eé]', 'vac[uú]n', 'desparas[ií]t', 'aj[uú]st', 'config[uú]r', 'b[oó]rr', 'p[ií]nt', 'l[ií]j', 'd[oó]r', 'coc[ií]n', 'r[aá]ll', 'p[ií](?:c|qu)', 'trit[uú]r', 'b[aá]t', 'ag[ií]t', 'enju[aá]gu?', 'rem[oó]j', 'saz[oó]n', 'desench[uú]f', 'ench[uú]f', 'rev[ií]s', 'compru[eé]b', 'ci[eé]rr', '[aá]br', 'qu[ií]t', 'suj[eé]t', 'su[eé]lt', 'envu[eé]lv', 'cu[eé]lg', 'd[oó]bl', 'm[aá]nten', 'mant[eé]n', 't[eé]n', 'p[oó]n', 'h[aá]z',
      ].map((v) => `${v}(?:a|e|ad|ed|id)?(?:lo|la|los|las|le|les)(?![\\p{L}])`),
      '(?:gu[aá]rd)(?:a|e|ad)(?:lo|la|los|las)(?! para (?:luego|despu[eé]s|m[aá]s tarde|cuando|no perder))(?![\\p{L}])',
    ],
    explaining: ['porque', 'en lugar de', 'en vez de', 'as[ií] que', 'por eso'],
    lesson: [
      // Lo que falló, anunciado y contado ("Lo que falló: la primera noche el neón parpadeaba…").
      '(?:lo que|qu[eé]) (?:fall[oó]|sali[oó] mal|no funcion[oó]|hice mal|hicimos mal)(?: (?:la primera vez|al principio))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Lo que funcionó, señalado y dicho tras los dos puntos ("Tras 60 candidaturas, esto me funcionó: …").
      '(?:esto|eso) (?:es lo que )?(?:me |nos )?(?:funcion[oó]|sirvi[oó]|ayud[oó])(?: de verdad)?(?: a m[ií]| a nosotros)? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Un resultado contado desde que se trabaja así ('0 roturas en 600 pedidos desde que lo hacemos así').
      '(?<=\\d[^.!?\\n]{0,80})desde que (?:(?:empezamos|empec[eé]|comenzamos|comenc[eé]) a (?:hacerlo|usarlo|hacer esto|usar esto)(?: as[ií])?|lo (?:hacemos|hago) as[ií]|cambiamos|cambi[eé])(?![\\p{L}])',
      // Lo que el punto o la pieza de alguien cambió en cómo trabaja el autor ("me cambió la forma de hacer formularios").
      '(?:me|nos) (?:cambi[oó]|ha cambiado|cambiaron|transform[oó]) (?:la forma|la manera|el modo) (?:de|en que|como)(?![\\p{L}])',
      // What helped the author most, and what they wish they had been told, said before it: the lesson follows.
      'lo que m[aá]s (?:me|nos) (?:ayud[oó]|sirvi[oó]|funcion[oó])(?! ?\\?)', 'lo que (?:me|nos) ayud[oó](?! ?\\?)',
      '(?:lo que|cosas que) me (?:hubiera|habr[ií]a) gustado saber', 'ojal[aá] (?:alguien )?me (?:hubiera|hubieran|hubiese|hubiesen) (?:dicho|contado|avisado)',
      // Lo que de verdad le funciona al autor ("Lo que a mí me funciona: …").
      'lo que (?:a m[ií] |a nosotros )?(?:de verdad |realmente )?(?:me|nos) (?:funciona|funcion[oó]|sirve|sirvi[oó])(?! ?\\?)',
      // A finding reported with its result: the study's lesson.
      '(?:descubrimos|encontramos|comprobamos|vimos) que', '(?:nuestros|los) (?:resultados|datos) (?:muestran|mostraron|indican|sugieren)',
      'aprend[ií]',
      'hemos aprendido',
      'lo que aprend[ií]',
      // The count of tries is the lesson's setup; years or months alone only date a job search (as pt, en, de, fr).
      'despu[eé]s de \\d+ (?:entrevistas|intentos)',
      'me cost[oó]',
      'me di cuenta',
      // Lo que sirvió, contado por su efecto ("me salvó el examen"): como "saved my", el autor da fe de un consejo.
      'me salv[oó] (?:el|la|los|las|mi|mis)',
      'lo uso',
    ],
    credit: [
      // La obra de otro encabezada como la mejor lectura ("Lo mejor que he leído esta semana: el artículo de Laura Gómez…").
      '(?:lo mejor que he (?:le[ií]do|visto|escuchado)|la mejor lectura)(?: (?:de )?(?:esta|la) (?:semana|mes|a[ñn]o)| de (?:la|mi) semana| del (?:mes|a[ñn]o)| este (?:mes|a[ñn]o))?(?=\\s*[:\\-–—👇])',
      // Un encargo pasado a otra persona: quien está lleno nombra a otro ('estoy a tope hasta febrero, pero Marcos…', 'escríbele de mi parte').
      '(?:estoy|estamos) (?:a tope|complet[oa]s?|llen[oa]s?|sin huecos?|hasta arriba|con la agenda (?:llena|completa))(?: hasta [^.!?\\n]{1,25}?)?,? pero(?= (?!(?:yo|te|os|puedo|podemos|si|mi|mis|nuestr[oa]s?|escr[ií]beme|ap[uú]ntate|reserva)(?![\\p{L}])))',
      '(?:escr[ií]bele|escr[ií]beles|escr[ií]banle|d[ií]le|d[ií]gale|d[ií]ganle|ll[aá]mal[aeo]|h[aá]blale|cont[aá]ctal[aeo]|preg[uú]ntale) (?:que (?:vas|vienes|van) )?de mi parte',
      '(?:que|y) (?:vas|vienes|van|ven[ií]s) de mi parte',
      // "de @fulana" contraído con el artículo ("el hilo del @colectivo_bici") acredita igual.
      // Una recomendación anunciada como tal ("recomendación de podcast: …"): obra ajena pasada a otros.
      // También con unas palabras antes de los dos puntos ("recomendación de libro de la semana: …").
      '(?:recomendaci[oó]n|recomendaciones) de (?:podcast|libro|lectura|newsletter|canal|serie|disco|documental)(?: [\\p{L}]+){0,4}?(?=\\s*[:\\-–—👇])',
      '#followfriday(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '#ff(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '(?:newsletter|podcast|canal|blog|libro|curso|tienda|panader[ií]a|pasteler[ií]a|restaurante|bar|caf[eé]|cafeter[ií]a|negocio|taller|estudio|puesto|librer[ií]a) de (?:mi|nuestr[oa]) (?:amig[oa]|herman[oa]|compa[nñ]er[oa]|prim[oa]|vecin[oa]|madre|padre|pareja|mujer|marido)', 'gracias al?', 'v[ií]a @', 'del @[\\p{L}\\p{N}_]+', 'cr[eé]ditos? (?:a|para)', 'de @[\\p{L}\\p{N}_]+', 'inspirad[oa] (?:en|por)', 'recomiendo (?:[\\p{L}\\p{N}\'’-]+ ){0,5}@',
      // La obra nueva de otra persona contada como suya ("Mi colega Lena acaba de publicar su artículo sobre…").
      '(?:acaba de |por fin )?(?:public[oó]|publicar|sac[oó]|sacar|lanz[oó]|lanzar|escribi[oó]) su (?:nuev[oa] |primer[oa]? )?(?:art[ií]culo|paper|libro|estudio|hilo|v[ií]deo|disco|[aá]lbum|tesis|ensayo|curso|gu[ií]a|podcast)(?![\\p{L}])',
    ],
    thanks: ['hilo de agradecimientos? (?:a|al|a los|para)', '(?:quiero|quisiera|queremos|quer[ií]a|me gustar[ií]a|nos gustar[ií]a) agradecer(?:le|les)? (?:a|al|por)', 'gracias (?:al?|por)', 'gracias,? @[\\p{L}\\p{N}_.-]+,? por', 'mil gracias (?:a|por)', 'agradecid[oa]s? (?:a|por)', 'agradecimiento (?:especial )?a'],
    question: [
      // The name of a thing in plain view asked after ("What's the name of the song at the end?"): a fact asked of whoever knows it.
      '¿?c[oó]mo se llama (?:la|el|esta|este|esa|ese) (?:canci[oó]n|tema|m[uú]sica|juego|fuente|app|aplicaci[oó]n|marca|pel[ií]cula|serie|grupo|artista)(?= (?:[\\p{L}]+ ){0,3}?(?:(?:del|al) (?:final|principio|inicio)|de fondo|que suena|en el v[ií]deo|que usa|que usas|que toca))',
      // Lo que usa o tiene la persona a quien se habla, preguntado por la cosa ("¿Qué micrófono usas?"): su propia respuesta.
      '¿?(?:qu[eé]|cu[aá]l) (?:[\\p{L}-]+ ){1,2}?(?:usas|utilizas|usaste|tienes|recomiendas|usan|utilizan)(?![\\p{L}])','¿alguien (?:sabe|ha|tiene|conoce)', 'alguien sabe (?:c[oó]mo|qu[eé]|d[oó]nde|cu[aá]l|cu[aá]ndo|qui[eé]n|si|el nombre|de)(?![\\p{L}])', '¿?qui[eé]n (?:conoce|me recomienda|recomienda) (?:un|una|unos|unas|alg[uú]n|alguna|a alguien)(?![\\p{L}])', '¿?qui[eé]n (?:tiene|ha tenido) experiencia', 'en alg[uú]n (?:sitio|lado|lugar)\\s?\\?', 'd[oó]nde (?:puedo|se puede|podemos) (?:todav[ií]a |a[uú]n )?(?:comprar|conseguir|encontrar|pedir)', 'tengo una pregunta', 'me pregunto', '¿c[oó]mo (?:lo )?hac[eé]is', 'c[oó]mo (?:[\\p{L}]+ ){0,2}(?:tu|tus|vuestro|vuestra|vuestros|vuestras)', 'alg[uú]n consejo', "(?:cu[aá]l|qu[eé]) (?:es|son) (?:tu|tus|vuestro|vuestra|vuestros|vuestras)", "qu[eé] (?:est[aá]s|est[aá]is) (?:leyendo|viendo|escuchando|haciendo|cocinando)", "qu[eé] (?:opinas|opin[aá]is|piensas|pens[aá]is|recomiendas|recomend[aá]is|usas|us[aá]is)"],
    rhetorical: ['¿qui[eé]n m[aá]s', 'de acuerdo\\?', '¿verdad\\?', '¿?(?:quieres|quer[eé]is|quiere) (?:aprender|dominar|mejorar|ganar|bajar)'],
    // Also pointing readers at a way to help someone else: 'cómo ayudar a los afectados', 'ayuda a las víctimas'.
    helping: [
      // Una revisión ofrecida a quien se responde ("si quieres te reviso el CV", "os echo un vistazo"), como 'happy to look over'.
      '(?:te|os) (?:reviso|miro|leo|corrijo|repaso) (?:el|la|los|las|tu|tus|vuestro|vuestra|vuestros)(?![\\p{L}])|(?:te|os) echo un (?:vistazo|ojo)',
      // Lo propio prestado a quien pregunta ('te presto mi taladro, escríbeme'): ayuda de vecino, el mensaje la recoge.
      '(?:(?:te|os|les) (?:presto|prestar[eé]|puedo prestar|lo presto|la presto)|puedo prestar(?:te|os|les))(?![\\p{L}])(?! (?:el |la )?(?:dinero|plata|pasta|lana|pr[eé]stamos?|[$€£]))',
      // Lo propio desaconsejado por el bien del lector ('no necesitas nuestra plantilla: con una hoja en blanco vale').
      '(?:no (?:necesitas|necesit[aá]s|necesitan|te hace falta|os hace falta)|no hace falta) (?:comprar )?(?:nuestr[oa]s?|mis?)(?![\\p{L}])',
      // Una presentación ofrecida ('te puedo presentar a Lucía', 'os pongo en contacto').
      '(?:te|os|les) (?:pongo|pondr[eé]|puedo poner) en contacto|(?:te|os) (?:puedo |podr[ií]a )?presentar a|(?:puedo|podr[ií]a) presentarte a|te (?:la|lo) presento',
      // La ayuda ofrecida es gratis, dicho aparte tras el contacto ("Si necesitas ayuda con la impresora, escríbeme, sin coste",
      // "llámenme al 0414-555-3310, lo hago con gusto y sin cobrar").
      '(?<=(?:ayuda|problemas?|dudas?|atascad[oa]s?|escr[ií]beme|escribime|escr[ií]banme|m[aá]ndame (?:un )?(?:mensaje|md|dm)|mandame (?:un )?(?:mensaje|md|dm)|ll[aá]mame|ll[aá]menme|llamadme|llamame)[^.!?\\n]{0,80}(?:[,;:—–(-]\\s*|\\s(?:y|e)\\s))(?:sin coste|sin costo|sin cobrar(?: nada)?|gratis|es gratis|no cobro(?: nada)?|no te cobro(?: nada)?)(?=\\s*[,.!;)]|\\s*$)',
      // El trabajo mismo hecho gratis para quien lo pida ("si alguien necesita ayuda con la renta, escríbanme, lo hago gratis").
      '(?:lo|los|las|te lo|se lo) (?:hago|arreglo|reviso|instalo|miro)(?: [\\p{L}]+){0,2}? (?:gratis|sin cobrar|sin coste|de forma gratuita)(?! (?:la )?primera)',
      // Algo concreto ofrecido a quien se responde ("si quieres te paso el gráfico"); precios o catálogo son venta.
      '(?:te|os|les) (?:paso|mando|env[ií]o|comparto) (?:el|la|los|las|mi|mis)(?! (?:precios?|cat[aá]logo|tarifas?|presupuesto)(?![\\p{L}]))',
      '(?:te|os|les) (?:lo )?(?:explico|ayudo|echo una mano|cuento)(?: [\\p{L}]+){0,2}? (?:gratis|sin cobrar|sin coste)', '(?:c[oó]mo|d[oó]nde) (?:puedes |podemos |se puede )?(?:ayudar|donar)', 'ayuda(?:r)? a (?:los|las) (?:afectad[oa]s|v[ií]ctimas|damnificad[oa]s|familias)', 'espero que (?:te |os |les )?ayude', 'si te sirve', 'si os sirve', 'encantad[oa] de ayudar', 'por si (?:le )?sirve', '[aá]nimo a'],
    invitation: [
      // Meeting those who will be there anyway ("si andas por ahí, pasa a saludar").
      '(?:pasa|p[aá]sate|pasad|ven|venid|vengan) a saludar(?:me|nos)?,? si (?:est[aá]s|est[aá]is|vas|vais|andas|van) (?:por ah[ií]|all[ií]|por all[aá]|cerca)',
      'si (?:est[aá]s|est[aá]is|vas|vais|andas|van) (?:por ah[ií]|all[ií]|por all[aá]|cerca),? (?:pasa|p[aá]sate|pasad|ven|venid|vengan) a saludar',
      'tomamos un caf[eé]', 'hablamos(?! con [^.!?\\n]{1,60}? (?:sobre|de)(?![\\p{L}]))', 'me encantar[ií]a (?:conocer|hablar|charlar)',
      // La puerta abierta de un encuentro: cualquiera puede venir, sin comprar ni reservar ("entrada libre, sin inscripción").
      '(?:tod[oa]s|todo el mundo|(?:los )?niñ[oa]s|(?:las )?familias|(?:los )?peques|(?:los )?perros) (?:(?:son|es|est[aá]n) )?(?:muy )?bienvenid[oa]s?|entrada libre|sin inscripci[oó]n|no hace falta inscribirse'],
  },
  words: {
    stop: [
      'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'de', 'del', 'al', 'a', 'en', 'con', 'por',
      'para', 'sin', 'sobre', 'entre', 'que', 'qué', 'como', 'cómo', 'es', 'son', 'fue', 'ser', 'estar', 'está', 'están',
      'estoy', 'hay', 'ha', 'he', 'han', 'muy', 'más', 'mas', 'ya', 'no', 'sí', 'si', 'se', 'lo', 'le', 'les', 'me', 'te',
      'nos', 'os', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra', 'yo', 'tú', 'él', 'ella', 'nosotros',
      'este', 'esta', 'esto', 'estos', 'ese', 'esa', 'eso', 'todo', 'toda', 'todos', 'también', 'cuando', 'donde',
      'porque', 'hasta', 'desde', 'pues', 'aquí', 'hoy', 'mucho', 'muchísimo', 'cada',
    ],
    me: ['yo', 'me', 'mi', 'mis', 'mío', 'mía', 'nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'tocamos', 'actuamos'],
    you: ['tú', 'tu', 'tus', 'te', 'ti', 'usted', 'ustedes', 'vosotros', 'os', 'vuestro', 'vuestra'],
    filler: ['jaja', 'jajaja', 'jeje', 'genial', 'top', 'gracias', 'hola', 'compartir', 'vídeo', 'video', 'buenos', 'días', 'dias',
      // Los saludos y buenos deseos del día, como 'good', 'morning', 'night', 'day' en inglés ('Buenas noches, lindo día').
      'buenas', 'noches', 'tardes', 'día', 'dia', 'lindo', 'linda', 'amén', 'amen', 'primero', 'siguiendo', 'esto', 'bravo', 'felicidades', 'enhorabuena', 'guau', 'wow',
      // Asentir a lo dicho, como el inglés 'same', 'ditto' ('jajaja igual').
      'igual', 'idem', 'ídem', 'exacto', 'exactamente', 'cierto', 'verdad', 'totalmente', 'acuerdo', 'tal', 'cual',
      // Elogio de serie a la publicación, como el inglés 'great post', 'content' ('¡Excelente publicación!', 'Muy buen hilo').
      'publicación', 'publicacion', 'post', 'hilo', 'aporte', 'contenido', 'excelente', 'buen', 'buena', 'buenísimo', 'muy'],
    marker: ['gracias', 'felicidades', 'felicitaciones', 'enhorabuena', 'cumpleaños', 'cumple', 'hola', 'saludos', 'suerte', 'abrazo', 'abrazos', 'buenísimo', 'qué', 'mamá', 'papá'],
    plugModifiers: ['nuevo', 'nueva', 'nuevos', 'nuevas', 'primer', 'primera', 'pequeña', 'pequeño', 'online', 'gratis', 'gratuito', 'gratuita', 'propio', 'propia'],
  },
};
