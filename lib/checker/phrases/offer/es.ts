// Spanish offers: first-person launches ("lanzamos", "acabamos de lanzar"), "nuestro nuevo", availability ("ya
// disponible", "preventa") and the imperatives of shops, written with and without accents as people type.
import { MARKETPLACES, STREAMING, PRICE, versionEntry, WHY, type OfferLexicon } from './entry';

export const esOffer: OfferLexicon = {
  release: [
    {
      pattern:
        '(?:acabamos|acabo) de (?:lanzar|publicar|estrenar|abrir|sacar|presentar|actualizar)|(?:hemos|he) (?:lanzado|publicado|estrenado|abierto|sacado|actualizado)|(?:lanzamos|estrenamos|presentamos)|(?:estamos|estoy) (?:lanzando|estrenando|preparando algo)',
      why: WHY.weRelease,
      example: 'Acabamos de lanzar la versión 2 de la app',
    },
    {
      pattern:
        '(?:hice|he hecho|hicimos|hemos hecho|arm[eé]|he armado|armamos|mont[eé]|he montado|montamos|cre[eé]|he creado|creamos|hemos creado|program[eé]|he programado|desarroll[eé]|he desarrollado|desarrollamos|constru[ií]|he construido) (?:un|una|mi|nuestr[oa]) (?:(?:peque[nñ]a|peque[nñ]o|nueva|nuevo|sencilla|sencillo|gratuita|gratuito|gratis) ){0,2}(?:app|aplicaci[oó]n|herramienta|extensi[oó]n|web|p[aá]gina|sitio|juego|bot|plantilla|curso|newsletter|plataforma|plugin|ebook|gu[ií]a)s?',
      why: WHY.weMade,
      example: 'Hice una app gratuita para aprender verbos, ¿la probáis?',
    },
    {
      // Una cosa con nombre hecha por el autor justo para lo que se pregunta ("Creé LinkNido justo para esto").
      pattern:
        '(?:cre[eé]|hice|he creado|he hecho|program[eé]|he programado|desarroll[eé]|he desarrollado|constru[ií]|he construido|creamos|hicimos|hemos creado|hemos hecho|desarrollamos) (?!(?:un|una|unos|unas|el|la|los|las|lo|mi|mis|esta|este|esto|eso|esa|tiempo)\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}.-]* (?:justo |justamente |precisamente |exactamente )?para (?:esto|eso)(?![\\p{L}])',
      why: WHY.weMade,
      example: 'Yo creé LinkNido justo para esto, pruébalo',
    },
    {
      // Lo mismo sin el nombre delante: el autor construyó justo lo que se pregunta ("Construimos justo esto en Contafy").
      // Solo verbos de construir: "hicimos justo esto el año pasado" cuenta lo que alguien hizo, y "cree" es creer.
      pattern:
        '(?:constru[ií]|construimos|creé|creamos|desarroll[eé]|desarrollamos|program[eé]|programamos|montamos|(?:he|hemos) (?:construido|creado|desarrollado|programado|montado)) (?:justo|justamente|exactamente|precisamente) (?:esto|eso)(?![\\p{L}])',
      why: WHY.weMade,
      example: 'Construimos justo esto en Contafy, 3 meses gratis si queréis probarlo',
    },
    {
      // La cosa nombrada antes y el autor como quien la hizo después ("usa la app que desarrollé", "el curso que creamos").
      pattern:
        '(?:app|aplicaci[oó]n|herramienta|extensi[oó]n|web|p[aá]gina|juego|bot|plantilla|curso|newsletter|plataforma|ebook|e-book|gu[ií]a)s? que (?:yo |nosotr[oa]s )?(?:creé|desarrollé|programé|construí|lancé|he creado|he desarrollado|he programado|he lanzado|creamos|desarrollamos|programamos|lanzamos|hemos creado|hemos desarrollado|hemos lanzado)(?![\\p{L}])',
      why: WHY.weMade,
      example: 'usa la app que desarrollé, hace justo eso: contai.app',
    },
    { pattern: '(?:les|os|te) presento|os presentamos|les presentamos', why: WHY.presenting, example: 'Les presento mi nuevo libro' },
    { pattern: '(?:nuestro|nuestra|nuestros|nuestras|mi|mis) (?:nuevo|nueva|nuevos|nuevas|primer|primera|pr[oó]ximo|pr[oó]xima)', why: WHY.ourNew, example: 'Ya está aquí nuestra nueva colección' },
    { pattern: '(?:feliz|felices|emocionad[oa]s?|orgullos[oa]s?) de (?:anunciar|presentar|lanzar|compartir)', why: WHY.announce, example: 'Felices de anunciar nuestro curso de cerámica' },
    { pattern: '(?:organizamos|ofrecemos|vendemos|abrimos|vendo|ofrezco|organizo)', why: WHY.hosting, example: 'Organizamos un taller de pan el sábado' },
    { pattern: '(?:nos hemos asociado|nos asociamos|nos aliamos|nos hemos aliado|nos unimos) con|nuestra (?:nueva )?alianza con', why: WHY.partner, example: 'Nos hemos asociado con Stripe para ofrecer pagos al instante' },
    {
      pattern: '(?:añadimos|agregamos|hemos añadido|hemos agregado|he añadido) (?:soporte|compatibilidad|integración|una integración) (?:para|con|a)',
      why: WHY.weAdded,
      example: 'Hemos añadido soporte para OpenRouter',
    },
    {
      pattern: '(?:estoy|estamos) (?:construyendo|creando|desarrollando) (?:un|una) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:app|aplicación|herramienta|editor|extensión|plugin|plataforma|juego|motor|librería|bot|agente|startup|producto)',
      why: WHY.weBuild,
      example: 'Estoy construyendo una herramienta para editar shaders',
    },
  ],
  available: [
    { pattern: `(?:est[aá]|est[aá]n) (?:ya |tambi[eé]n |solo )?en ${MARKETPLACES}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onMarketplace, example: 'Está en Amazon por 9,99 €' },
    { pattern: `(?:est[aá]|est[aá]n|lo ten[eé]is|lo tienes|la ten[eé]is|la tienes) (?:ya |tambi[eé]n |disponibles? )*en ${STREAMING}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onStreaming, example: 'Mi podcast ya está en Spotify e Ivoox' },
    { pattern: '(?:entradas|boletos) (?:en|por|v[ií]a)|(?:entradas|boletos)(?= ?:)', why: WHY.ticketsAt, example: '¡Nos vamos de gira! Entradas en lospajaros.com' },
    { pattern: `(?:entradas?|boletos?) (?:anticipadas? |en taquilla |en puerta )?(?:a |desde |por |de )?(?:solo |s[oó]lo )?${PRICE}|(?:quedan|hay|tenemos) (?:todav[ií]a |a[uú]n |ya )?(?:(?:las |unas )?(?:[uú]ltimas|pocas|algunas) )?(?:entradas|boletos)(?: anticipad[oa]s)? (?:a |desde |por |de )(?:solo |s[oó]lo )?${PRICE}|${PRICE} (?:la )?(?:entrada|boleto)(?![\\p{L}])`, why: WHY.ticketPrice, example: 'Tocamos el viernes en la Sala Clamores, entradas a 12€ en taquilla' },
    versionEntry('Lumen v2.1 ya está aquí, pruébalo gratis'),
    {
      pattern: 'ya (?:est[aá]n?|se puede) (?:disponibles?|aqu[ií]|a la venta|en l[ií]nea|online|abiert[oa]s?)|ya disponibles?|disponibles? (?:ya|ahora|desde hoy|hoy)|a la venta',
      why: WHY.nowAvailable,
      example: 'Ya disponible en todas las tiendas',
    },
    { pattern: '(?:vuelve|vuelven|regresa|regresan)(?= (?:nuestr[oa]s?|mis?|el|la|los|las)(?![\\p{L}]))|(?:ha|han) vuelto|est[aá]n? de vuelta', why: WHY.backAgain, example: '¡Vuelve nuestro calendario de Adviento!' },
    { pattern: '(?:por fin|ya) (?:ha|han) llegado|(?:ha|han) llegado (?:por fin|ya)(?![\\p{L}])', why: WHY.arrived, example: 'Por fin ha llegado el modo oscuro a nuestra app' },
    { pattern: 'ahora (?:es compatible con|admite|soporta|funciona con|se integra con|te permite)', why: WHY.nowSupports, example: 'Contaplus ahora se integra con tu banco, actualízala ya' },
    { pattern: '(?:lanza|ha lanzado|estrena|ha estrenado)', why: WHY.launches, example: 'Acme lanza Tally 2, pruébala gratis' },
    { pattern: 'pr[oó]ximamente|muy pronto|llega (?:el|este|ma[nñ]ana)', why: WHY.soon, example: 'Próximamente en tu ciudad' },
    { pattern: 'se lanza (?:pronto|hoy|ma[nñ]ana|esta noche|la pr[oó]xima semana|esta semana)', why: WHY.soon, example: 'La plantilla se lanza la próxima semana' },
  ],
  opening: [
    { pattern: 'pre-?venta|pre-?pedidos?|reservas? anticipadas?', why: WHY.preorder, example: 'La preventa empieza el lunes' },
    { pattern: 'lista de espera|acceso anticipado', why: WHY.waitlist, example: 'Únete a la lista de espera' },
    { pattern: '(?:entradas|boletos) (?:ya )?(?:a la venta|disponibles)', why: WHY.tickets, example: 'Entradas a la venta en el enlace' },
    { pattern: 'inscripciones (?:ya )?abiertas|(?:abrimos|abren) (?:las )?inscripciones', why: WHY.registration, example: 'Inscripciones abiertas para el curso de mayo' },
    // Las plazas del programa o el curso abiertas ("Plazas abiertas para enero"), como las inscripciones.
    { pattern: 'plazas (?:ya )?abiertas|(?:abrimos|abro|abren) (?:las )?plazas', why: WHY.registration, example: 'Plazas abiertas para el programa de enero' },
    { pattern: 'inscripciones (?:para|de|del|a) (?:mi|nuestro|nuestra|mis|nuestros|nuestras) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:ya )?est[aá]n (?:oficialmente )?abiertas', why: WHY.registration, example: 'Las inscripciones para nuestro taller de marzo están abiertas' },
  ],
  acquire: [
    // Trying it offered as the reader's choice ("si queréis probarlo", "si quieres probarla"): the same ask, softened.
    { pattern: '(?:quer[eé]is|quieres|quieren|quer[eé]s) (?:probarl[oa]s?|testearl[oa]s?|probar)(?![\\p{L}])', why: WHY.takeIt, example: 'Construimos justo esto, 3 meses gratis si queréis probarlo' },
    // xlang19: a phone or WhatsApp number to call for the service: how an ad is taken up (backs its copy).
    { pattern: "(?:llama|llamen|ll[aá]manos|ll[aá]mame|ll[aá]menos|ll[aá]menme|wsp|whatsapp|wasap|wpp)(?: (?:al|a))?:? ?\\+?\\(?\\d[\\d().\\s/-]{6,}\\d", why: WHY.contact, example: "Presupuesto sin compromiso, llama al 612 555 123" },
    { pattern: 'pru[eé]bal[oa]s?|probadl[oa]s?|pru[eé]benl[oa]s?', why: WHY.takeIt, example: '¡Pruébala y cuéntanos qué te parece!' },
    { pattern: '(?:todav[ií]a|a[uú]n) no (?:tienes|ten[eé]is|has (?:comprado|conseguido|pillado|pedido)|te has hecho con|os hab[eé]is hecho con)[^.!?\\n]{0,60}\\?', why: WHY.notYetBought, example: '¿Todavía no tienes el libro?' },
    { pattern: "esc[uú]cha(?:d|dlo|dla|nlo|nla|la)? (?:ya |ahora )?en (?:spotify|ivoox|apple podcasts|youtube)|esc[uú]chalo (?:ya|aqu[ií]|en)|esc[uú]chalo$|escucha el episodio|(?:disponible|esc[uú]chalo) en (?:tu|todas las) (?:app|aplicaci[oó]n|plataformas?) de podcasts?|m[ií]ralo (?:ya |ahora )?en (?:mi|nuestro) canal", why: WHY.listenAt, example: "Escúchalo en tu app de podcasts" },
    {
      pattern:
        '(?:consigue|consiguelo|cons[ií]guelo|compra|c[oó]mpralo|descarga|desc[aá]rgala|desc[aá]rgalo|pru[eé]balo|pru[eé]bala|prueba|pide|obt[eé]n) (?:ya|ahora|aqu[ií]|hoy|gratis|el tuyo|la tuya|tu|tus|la app|en)',
      why: WHY.takeIt,
      example: 'Descárgala gratis en la App Store',
    },
    { pattern: 'actual[ií]za(?:la|lo)? (?:ya |ahora |hoy )?(?:desde|en) (?:la )?(?:app store|play store|google play|tienda|consola)', why: WHY.update, example: 'La versión 3 ya está aquí, actualiza ya desde la tienda' },
    { pattern: '(?:puedes|pod[eé]is|pueden|se puede) (?:ya )?(?:comprarlo|comprarla|comprar|pedirlo|pedirla|pedir|descargarlo|descargarla|descargar|reservar)', why: WHY.takeIt, example: 'Mi libro ya salió, puedes pedirlo en mi web' },
    { pattern: '(?:haz|hagan|haced) (?:ya )?(?:tu|su|vuestro) pedido|pru[eé]ba(?:la|lo|las|los)', why: WHY.takeIt, example: 'Nuestra tienda ya está abierta, haz tu pedido en el enlace' },
    { pattern: 'reg[ií]strate|inscr[ií]bete|ap[uú]ntate|suscr[ií]bete|[uú]nete a (?:la lista|nuestr[oa])', why: WHY.signUp, example: 'Inscríbete antes del viernes' },
    { pattern: 'reserva (?:ya|ahora|aqu[ií]|hoy|tu (?:plaza|lugar|mesa|entrada|cita))', why: WHY.reserve, example: 'Reserva tu plaza hoy' },
    { pattern: 'escr[ií]be(?:me|nos)|m[aá]nda(?:me|nos) un (?:mensaje|md|dm|privado)|cont[aá]cta(?:me|nos)|ll[aá]ma(?:me|nos)', why: WHY.contact, example: 'Vendo pulseras hechas a mano, escríbeme' },
  ],
  moreAt: [
    { pattern: 'en (?:(?:la|nuestra|nuestras) )?tiendas? (?:y|o) (?:en (?:la |nuestra )?web|online|en l[ií]nea)|online (?:y|o) en (?:tienda|tiendas)', why: WHY.inStoreOnline, example: 'Edición limitada, disponible en tienda y en la web' },
    { pattern: `${PRICE} (?:(?:en|por) ${MARKETPLACES}|(?:en|por) (?:mi |nuestra |nuestro )?(?:tienda(?: online)?|puesto))`, why: WHY.soldAt, example: 'El cárdigan Juniper ya está disponible, 7 € en Ravelry' },
    { pattern: `(?:(?:en|por) ${MARKETPLACES}|en (?:mi |nuestra |nuestro )?(?:tienda(?: online)?|puesto)),? por ${PRICE}`, why: WHY.soldAt, example: 'en mi tienda por 25 €' },
    { pattern: 'm[aá]s (?:info|informaci[oó]n|detalles) (?:aqu[ií]|en|abajo)|(?:enlace|link|demo|tutorial) (?:en (?:la )?bio|abajo|aqu[ií]|↓|👇)', why: WHY.learnMore, example: 'Más info en el enlace' },
  ],
  trial: [
    {
      pattern: '(?:primera|1ra) (?:clase|lecci[oó]n|sesi[oó]n|consulta) (?:es )?(?:gratis|gratuita|sin costo)|(?:clase|lecci[oó]n|sesi[oó]n) de prueba (?:gratis|gratuita)',
      why: WHY.freeTrial,
      example: 'Doy clases de dibujo por Zoom, la primera clase es gratis',
    },
  ],
  releaseCall: [
    { pattern: 'prep[aá]rate|prep[aá]rense|preparaos|(?:estad|seguid|estate|mantente|mant[eé]nganse) atent[oa]s?|apunta la fecha|apuntad la fecha|reserva la fecha|pon(?:ed|gan)? (?:un |el |tu |vuestro )?recordatorio', why: WHY.getReady, example: 'La versión estable llega en marzo, ¡prepárate!' },
    {
      pattern: '(?:cu[eé]ntanos|cu[eé]ntennos|contadnos) qu[eé] (?:te parece|os parece|les parece|opinas|opin[aá]is|opinan)|d(?:inos|[ií]gannos|ecidnos) qu[eé] (?:te parece|os parece|les parece|opinas|opinan)|esperamos (?:tus|vuestros|sus) comentarios',
      why: WHY.feedback,
      example: 'Actualizad la app y contadnos qué os parece',
    },
    {
      pattern:
        '(?:nuestr[oa]s?|mis?) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:(?:sale|saldrá|se lanza|llega|llegará|se estrena|estrenamos|lanzamos) (?:en|dentro de) (?:\\d+|dos|tres|cuatro|cinco|unos) (?:días|horas|semanas)|(?:sale|saldrá|se lanza|llega|se estrena) (?:mañana|esta noche))',
      why: WHY.countdown,
      example: 'Nuestro nuevo disco sale en 3 días',
    },
  ],
  updateCall: [
    { pattern: 'actual[ií]za(?:la|lo)? (?:ya|ahora|hoy)(?![\\p{L}])|actualiza (?:la|tu) app', why: WHY.updateNow, example: 'Por fin ha llegado el modo oscuro, ¡actualiza ya!' },
  ],
  issueHeading: [
    { pattern: 'nuevo (?:episodio|v[ií]deo|post|art[ií]culo|cap[ií]tulo)(?=\\s*[:–—-])', why: WHY.newIssue, example: 'Nuevo episodio: la Dra. Lee explica por qué el sueño importa' },
    {
      pattern: '(?:nuevo (?:episodio|v[ií]deo|post|art[ií]culo|cap[ií]tulo)|(?:episodio|v[ií]deo|cap[ií]tulo) nuevo)(?: (?:del|de mi|de nuestro) (?:p[óo]dcast|canal|blog|programa))? (?:ya )?(?:est[áa] )?(?:disponible|fuera|online|en l[ií]nea|publicado)(?![\\p{L}])',
      why: WHY.newIssue,
      example: 'Nuevo episodio del pódcast ya disponible 🎙️ Escúchalo en Spotify',
    },
  ],
  featureHeading: [
    { pattern: '(?:nuevas? (?:funci[oó]n|funciones|funcionalidad|funcionalidades|integraci[oó]n))(?=\\s*(?:[:–—!-]|\\p{Extended_Pictographic}))', why: WHY.newFeature, example: '¡Nueva función! Ya puedes programar publicaciones para 12 cuentas' },
  ],
  pitchTurn: [
    {
      pattern:
        '(?:es )?por (?:eso|esto|esa raz[oó]n|ese motivo) (?:(?:mismo|justamente|exactamente) )?(?:que )?(?:creamos|cre[eé]|hicimos|hice|desarrollamos|desarroll[eé]|lanzamos|lanc[eé]|fundamos|fund[eé]|construimos|constru[ií]|dise[nñ]amos|dise[nñ][eé])',
      why: WHY.pitchTurn,
      example: 'Por eso creamos LedgerLite, contabilidad automática para autónomos',
    },
    {
      // "Justo para esto creamos X" bajo el problema de otro: el mismo giro, solo con verbos de crear un producto
      // ("para eso hice la lista" cuenta un apaño).
      pattern: '(?:justo|justamente|precisamente|exactamente) para (?:esto|eso)(?: mismo)? (?:creamos|cre[eé]|desarrollamos|desarroll[eé]|lanzamos|lanc[eé]|fundamos|fund[eé]|dise[nñ]amos|programamos)',
      why: WHY.pitchTurn,
      example: 'Justo para esto creamos Facturín, te lo recomiendo',
    },
  ],
};
