// Spanish product copy and critique.
import { COPY_WHY as WHY, type CopyLexicon } from './entry';

export const esCopy: CopyLexicon = {
  copy: [
    // Un inmueble anunciado: sus estancias contadas como las cuenta un anuncio ("3 habitaciones y 2 baños") y su visita abierta.
    { pattern: "\\d+ (?:habitaciones|dormitorios|hab\\.?),? (?:y )?\\d+ ba[ñn]os?(?![\\p{L}])", why: WHY.listing, example: 'Piso en Triana: 3 habitaciones y 2 baños, 850 €/mes' },
    { pattern: "(?:jornada de )?puertas abiertas (?:este|el) (?:s[aá]bado|domingo)|visitas? (?:este|el) (?:s[aá]bado|domingo) (?:de|a partir de) \\d+(?:h\\d*|[:.]\\d+)?", why: WHY.listing, example: 'Visitas este sábado de 10 a 13h' },
    // El reparto del propio vendedor ("lo llevamos a domicilio", "entregamos a domicilio"): junto a un precio, los términos de la venta.
    { pattern: '(?:lo |los |la |las |te lo |se lo )?(?:llevamos|entregamos|repartimos|mandamos) (?:a domicilio|a casa|por (?:toda|todo|la zona)|en toda)|entrega a domicilio|reparto a domicilio', why: WHY.shipping, example: 'Miel cruda, 8 € el bote, y lo llevamos a domicilio' },
    // Género nuevo en la tienda del autor ("Llegaron prendas nuevas a la tienda", "novedades en tienda").
    { pattern: '(?:llegaron|lleg[oó]|acaban de llegar|ya llegaron) (?:(?:las |los )?(?:prendas|piezas|productos|cosas|modelos|novedades)(?: nuev[oa]s)?|(?:nuev[oa]s|m[aá]s) (?:prendas|piezas|productos|modelos))|novedades en (?:la )?tienda', why: WHY.edition, example: 'Llegaron prendas nuevas a la tienda vintage' },
    // La tanda pequeña del autor ("esta vez solo hice 30", "edición limitada de 50"): lo poco que hay para comprar.
    { pattern: '(?:solo|s[oó]lo) (?:hice|hicimos) \\d+|(?:solo|s[oó]lo) \\d+ (?:unidades|piezas|copias|l[aá]minas)|edici[oó]n limitada de \\d+', why: WHY.stock, example: 'Repuse las velas, esta vez solo hice 30' },
    { pattern: 'presupuestos? (?:gratis|gratuitos?|sin compromiso)|servicio (?:urgente )?(?:24 ?h|24/7)|atenci[oó]n 24 ?h(?:oras)?', why: WHY.service, example: 'Presupuesto sin compromiso y servicio 24h' },
    { pattern: 'env[ií]os? (?:gratis|gratuitos?|a todo el pa[ií]s|a todo (?:chile|colombia|m[eé]xico|espa[nñ]a|per[uú]|argentina)|internacionales?)|enviamos a todo (?:el pa[ií]s|chile|colombia|m[eé]xico|espa[nñ]a|per[uú]|argentina)|entrega gratis', why: WHY.shipping, example: 'Envío gratis en todos los pedidos' },
    { pattern: '(?:todav[ií]a|a[uú]n) (?:hay|tenemos|tengo|nos quedan|me quedan) (?:pocas |algunas |pocos |algunos |\\d+ )?(?:plazas|huecos|citas|turnos)', why: 'Seats still open in a course, class or workshop: what is left to buy.', example: '¡Todavía hay plazas para el taller de cerámica de febrero!' },
    { pattern: '(?:quedan|[uú]ltimas|[uú]ltimos) (?:pocas |pocos |poquitos |poquitas |\\d+ )?(?:plazas|huecos|citas|turnos)(?![\\p{L}])(?!\\s*\\?)', why: 'Seats left in a course, class or workshop: how much of it is left to buy, as stock is.', example: 'Quedan pocas plazas para el taller de cerámica, 120 €' },
    // El precio a plazos que ofrece quien vende ('pago en 3 plazos', 'hasta 12 cuotas sin interés'): un término de la venta.
    { pattern: '(?<!(?:el|un|pedir|solicitar|puedes|puede) )pagos? (?:en|hasta en) \\d+ (?:plazos|cuotas)|(?:paga|p[aá]galo|pagar) en \\d+ (?:plazos|cuotas)|(?:hasta )?\\d+ cuotas sin inter[eé]s|financiaci[oó]n (?:disponible|sin intereses)', why: 'A term of sale: the price split into instalments, as a seller offers it.', example: 'Intensivo de 20 clases por 590 €, pago en 3 plazos' },
    { pattern: 'en stock|sin stock|agotad[oa]s?|[uú]ltimas unidades|reposici[oó]n de stock|(?:ya )?(?:repuse|repusimos|he repuesto|hemos repuesto)(?= (?:las?|los?|el|mis|nuestr[oa]s) )', why: WHY.stock, example: 'Quedan las últimas unidades' },
    { pattern: 'edici[oó]n limitada|nueva colecci[oó]n|colecci[oó]n nueva|novedades de temporada|reci[eé]n llegad[oa]s', why: WHY.edition, example: 'Edición limitada de láminas firmadas' },
    { pattern: 'hech[oa]s? a mano|artesanal(?:es)?|por encargo|bajo pedido', why: WHY.made, example: 'Bolsos hechos a mano, por encargo' },
    { pattern: '(?:escr[ií]be(?:nos|me)|md|dm|mensaje) (?:para|por) (?:pedidos|encargos|precios?|comprar)|pedidos (?:por|al) (?:md|dm|privado|whatsapp)', why: WHY.order, example: 'Escríbenos para pedidos' },
    // Los detalles de la oferta guardados para un mensaje privado ("más info por MD", "info por privado").
    { pattern: '(?:m[aá]s )?info(?:rmaci[oó]n)? (?:por|al|v[ií]a|en el|en) (?:md|dm|privado|mensaje privado|whatsapp|wsp|wasap)(?![\\p{L}])', why: WHY.order, example: 'Quedan plazas para el taller, más info por MD' },
    { pattern: 'disponibles? en (?:\\d+|dos|tres|cuatro|cinco|varios|varias) (?:colores|tallas|modelos|sabores|tamaños|acabados)', why: WHY.variants, example: 'Disponible en 3 colores' },
    { pattern: 'plan gratuito|prueba (?:gratis|gratuita)|sin suscripci[oó]n|(?:para )?uso comercial', why: WHY.plans, example: 'El plan gratuito incluye el editor completo' },
    { pattern: 'sale de (?:la )?(?:alfa|beta)|disponible en todas las plataformas|ya disponible en (?:casa|steam|la app)', why: WHY.channels, example: 'Ya disponible en todas las plataformas' },
    { pattern: 'mint (?:gratis|gratuito|p[uú]blico)|precio (?:del|de) mint|whitelist|lista blanca|airdrop (?:de|para) (?:tokens|holders)|gana (?:puntos|recompensas)', why: WHY.tokens, example: 'El mint gratis es el 16 de febrero' },
    { pattern: "\\d[\\d.,]* ?% ?(?:d'|de )?(?:apy|apr)(?![\\p{L}])", why: WHY.tokens, example: "Haz staking de $ORB y gana hasta un 24% APY" },
    { pattern: 'mintea(?:r|lo)? (?:ya|ahora|el nuevo|la nueva|tu|mi)', why: WHY.tokens, example: 'Mintea ya la nueva canción' },
  ],
  hook: [
    { pattern: "(?:buscas|necesitas) (?:un|una) [\\p{L}]+ (?:de confianza|fiable|barato|barata|econ[oó]mic[oa])\\?", why: WHY.pain, example: '¿Buscas un fontanero de confianza? Llámanos hoy' },
    { pattern: 'este (?:tipo|chico|hombre) literalmente', why: WHY.praiser, example: 'Este tipo literalmente hizo Claude 10 veces más útil' },
    { pattern: 'la mayor[ií]a (?:de la gente )?(?:no sabe|todav[ií]a no)|nadie (?:est[aá] hablando|habla) de esto', why: WHY.unknown, example: 'La mayoría de la gente no sabe esto' },
    { pattern: 'deja de (?:hacer scroll|pagar|perder)|est[aá]s perdiendo (?:horas|tiempo|dinero)', why: WHY.stop, example: 'Deja de pagar 11 dólares por vídeo' },
    { pattern: 'se acab[oó] (?:el|la|lo) (?:c[oó]digo manual|trabajo manual)|no m[aá]s (?:desarrolladores caros|trabajo manual)', why: WHY.noMore, example: 'No más trabajo manual' },
    { pattern: 'me vol[oó] la cabeza|alucinante', why: WHY.amazed, example: 'Esto me voló la cabeza' },
    { pattern: 'guarda (?:este|esto|el) (?:v[ií]deo|post|hilo)', why: WHY.keep, example: 'Guarda este hilo para después' },
    { pattern: '(?:el|la) mejor (?:an[aá]lisis|resumen|tutorial|hilo|v[ií]deo|explicaci[oó]n|gu[ií]a|curso) que (?:he|haya) (?:visto|le[ií]do)', why: WHY.raves, example: 'El mejor análisis que he visto, y no hay comparación' },
    { pattern: '(?:\\d+|diez) veces m[aá]s (?:[uú]til|productivo|potente|r[aá]pido)(?!s? (?:desde que|despu[eé]s de (?:que|a[ñn]adir|cambiar|quitar|mover)|tras (?:a[ñn]adir|cambiar|quitar|mover))(?![\\p{L}]))|con este (?:[uú]nico )?(?:sistema|prompt|truco|flujo)', why: WHY.multiplies, example: 'Hizo Claude 10 veces más útil con este sistema' },
    { pattern: "necesitas un (?:[\\p{L}]+ )?(?:bot|sitio web|logo|editor) (?:simple|f[aá]cil|r[aá]pido|barato)", why: WHY.pain, example: "¿Necesitas un bot simple? Este es el bot que lo hace gratis" },
    { pattern: "(?:este|esta) es (?:el|la) (?:herramienta|app|agente|bot|plugin|extensi[oó]n|plataforma) que|solo es posible con|(?:los|las) (?:construyo|hago) (?:r[aá]pido|para ti)", why: WHY.cure, example: "Este es el agente que lo guarda todo en local" },
  ],
  register: [
    { pattern: 'descubre (?:la|el) (?:nueva|nuevo|magia|poder|futuro)|vive la experiencia|lleva tu [\\p{L}]+ al (?:siguiente|pr[oó]ximo) nivel|desbloquea (?:todo )?(?:tu|su) potencial|(?:potencia|eleva) tu (?:negocio|cocina|rutina|estilo|flujo de trabajo|juego)', why: WHY.appeal, example: 'Lleva tu cocina al siguiente nivel' },
    { pattern: '(?:diseñad|pensad|cread|fabricad)[oa]s? (?:especialmente )?para (?:chefs|cocineros|creadores|desarrolladores|profesionales|gamers|el día a día|el uso diario)|(?:calidad|grado) (?:profesional|comercial|industrial)|tanto si eres [\\p{L}]+ como [\\p{L}]+', why: WHY.fit, example: 'Cuchillos diseñados para cocineros, de calidad profesional' },
    { pattern: 'sin complicaciones|al alcance de tu mano|en (?:solo )?(?:unos|dos|tres|\\d+) clics|saca el m[aá]ximo partido a tu', why: WHY.ease, example: 'Tus recetas al alcance de tu mano' },
    { pattern: '(?:perfecto|ideal|perfecta) para (?:agencias|equipos|creadores|desarrolladores|emprendedores|freelancers|pymes|startups|principiantes|traders)', why: WHY.fit, example: 'Ideal para agencias, de calidad profesional' },
    { pattern: '(?:miles|millones|cientos) de (?:equipos|creadores|usuarios|desarrolladores|empresas|clientes) (?:ya )?(?:usan|conf[ií]an en|aman)|ya (?:lo |la )?(?:est[aá]n usando|usan)|[uú]nete a (?:m[aá]s de )?\\d[\\d,.]*[km]?\\+? (?:usuarios|creadores|suscriptores|miembros|clientes)|descubre c[oó]mo (?:[\\p{L}@&-]+ ){1,5}(?:usa|utiliza|cre[oó]|escal[oó]|ahorr[oó])', why: WHY.proof, example: 'Miles de equipos ya usan la app' },
  ],
  benefit: [
    { pattern: '(?:te|le) (?:permite|ayuda a|da|ofrece)|para que (?:puedas|pueda) (?:por fin|ahora|f[aá]cilmente|centrarte|dedicar)|ahora (?:puedes|podr[aá]s)', why: WHY.benefit, example: 'Te permite gestionar varios agentes a la vez' },
  ],
  critique: [
    { pattern: 'compr[ée]|ped[ií]|me lleg[oó]|mi pedido', why: WHY.customer, example: 'Pedí la azul y me llegó rota' },
    { pattern: 'rese[ñn]a|estafa|timo|car[ií]simo|no (?:compr[ée]is|compres)|reembolso|atenci[oó]n al cliente', why: WHY.review, example: 'Carísimo y se rompió, una estafa' },
  ],
};
