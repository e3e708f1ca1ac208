// Spanish teasers, sympathy and warmth. Newsroom teasers in Spanish lean on cataphoric "así" and "esto", on verbs
// aimed at the reader ("te contamos", "no vas a creer") and on reported reactions ("así reaccionó"). Written with
// and without accents, as people type.
import { WHY, type ValueLexicon } from './entry';
import { composeTeasers } from './teaser-kinds';

const NUMBER = '(?:(?<!\\d[:.,])\\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cincuenta|cien)';
const LIST_NOUN =
  '(?:cosas|razones|motivos|formas|maneras|secretos|trucos|fotos|fotograf[ií]as|im[aá]genes|se[nñ]ales|datos|' +
  'curiosidades|lugares|alimentos|errores|consejos|veces|personas|famosos|pel[ií]culas|series|canciones|frases|memes|' +
  'tuits|tweets|v[ií]deos|h[aá]bitos|preguntas|momentos|reacciones|mitos|verdades|claves|detalles|ejemplos|tips)';
const WH = '(?:qu[eé]|cu[aá]l|cu[aá]les|c[oó]mo|qui[eé]n|qui[eé]nes|d[oó]nde|cu[aá]ndo|cu[aá]nto|cu[aá]nta|cu[aá]ntos|por qu[eé]|lo que)';

const DEMONSTRATIVE = '(?:este|esta|estos|estas|ese|esa|esos|esas)';
/** Subjects a headline hides behind a demonstrative: people, animals, pictures, tricks. */
const WHO =
  '(?:perr[oa]s?|perrit[oa]s?|frutas?|verduras?|bebidas?|infusi[oó]n(?:es)?|plantas?|ejercicios?|suplementos?|gat[oa]s?|gatit[oa]s?|ni[nñ][oa]s?|beb[eé]s?|abuel[oa]s?|hombres?|mujer(?:es)?|j[oó]ven(?:es)?|chic[oa]s?|' +
  'parejas?|madres?|padres?|mam[aá]s?|pap[aá]s?|novi[oa]s?|camarer[oa]s?|profesor(?:a|es)?|alumn[oa]s?|estudiantes?|famos[oa]s?|actriz|actor|' +
  'cantantes?|trucos?|v[ií]deos?|fotos?|im[aá]gen(?:es)?|mensajes?|gestos?|alimentos?|h[aá]bitos?|error(?:es)?|lugar(?:es)?|pueblos?|casas?|' +
  'animal(?:es)?|personas?|turistas?|vecin[oa]s?|clientes?|se[nñ]or(?:a)?|escena|momento|cambios?|detalles?|sencill[oa]s? (?:cambios?|gestos?|trucos?))';

/** Teasers composed by kind (teaser-kinds.ts): the parts above, one pattern and one example per kind. */
const COMPOSED = composeTeasers({
  surpriseWith: {
    pattern:
      "(?:sorprende|sorprendi[oó]|impacta|impact[oó]|deslumbra|deslumbr[oó]|conmociona|conmocion[oó]|paraliza|paraliz[oó]) (?:a (?:sus |los )?(?:fans|seguidores|todos|las redes|internet|los internautas) )?con (?:su|sus|un|una|este|esta) (?:[\\p{L}]+ )?(?:nuevo look|look|cambio|transformaci[oó]n|mensaje|foto|fotograf[ií]a|imagen|v[ií]deo|confesi[oó]n|revelaci[oó]n|anuncio|aspecto|apariencia|decisi[oó]n|publicaci[oó]n|noticia)(?:s|es)?(?![\\p{L}])",
    example: "Millie Bobby Brown sorprende con su nuevo look",
  },
  puzzleDare: {
    pattern:
      "(?:resolver|resuelve|resuelven|resolvieron|descifrar|descifra|descifran|superar|supera|superan|aprobar|aprueba|aprueban|acertar|acierta|aciertan|responder|responde|responden) (?:(?:el|la|los|las) )?(?:[\\p{L}]+ ){0,2}?(?:(?:de|en) )?(?:este|esta|estos|estas) (?:[\\p{L}]+ )?(?:acertijo|enigma|rompecabezas|adivinanza|ilusi[oó]n [oó]ptica|problema (?:de matem[aá]ticas|matem[aá]tico)|ecuaci[oó]n|test|examen)(?:s|es)?(?![\\p{L}])|(?:encontrar|encuentra|encuentran|ver|ve|ven|detectar|detecta|detectan|ubicar|ubica|ubican) (?:el|la|los|las|al|un|una) (?:[\\p{L}]+ ){0,2}?(?:error|errores|diferencia|diferencias|gato|animal|n[uú]mero|palabra|letra|serpiente|rostro|cara|intruso|oculto|oculta|escondido|escondida) (?:[\\p{L}]+ ){0,2}?(?:en|de) (?:este|esta|estos|estas) (?:foto|fotograf[ií]a|imagen|dibujo|cuadro|ilustraci[oó]n)(?:s|es)?(?![\\p{L}])",
    example: "Solo el 2% de las personas puede resolver este acertijo",
  },
  revealWithheld: {
    pattern: '(?:revela|revelan|revel[oó]|revelaron|desvela|desvelan|desvel[oó]|confiesa|confes[oó]|cuenta|cont[oó]|explica|explic[oó]) (?:el secreto|la verdad|la raz[oó]n|el motivo|(?:el|la) (?:verdader[oa]|real|aut[eé]ntic[oa]) (?:motivo|raz[oó]n|causa|historia)|c[oó]mo|por qu[eé]|qu[eé]|lo que|(?:el|los) (?:error|errores|truco|trucos|h[aá]bito|h[aá]bitos|alimento|alimentos)(?![\\p{L}])|la clave|las claves|las se[nñ]ales|lo m[aá]s (?:raro|extra[nñ]o|insólito|loco|absurdo|vergonzoso)|(?:el|la|los|las) (?:[\\p{L}]+ ){1,2}?m[aá]s (?:extra[nñ][oa]s?|rar[oa]s?|insólit[oa]s?|loc[oa]s?|absurd[oa]s?|vergonzos[oa]s?)(?![\\p{L}]))',
    example: 'Un médico revela el error que todos cometemos al desayunar',
  },
  neitherNor: {
    pattern: "ni (?:[\\p{L}\\p{N}'’-]+,? ){0,3}?[\\p{L}\\p{N}'’-]+,? ni (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:est[ea]s?|[eé]st[ea]s?|aqu[ií]|as[ií]|lo que|el que|la que)(?![\\p{L}])|ni (?:[\\p{L}\\p{N}'’-]+,? ){0,3}?[\\p{L}\\p{N}'’-]+,? ni (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:el|la|los|las) [\\p{L}]+ (?:que|m[aá]s|con|para)(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:es|son|era|fue|ser[aá])\\s)",
    example: "Ni Mallorca ni Ibiza: esta es la isla más bonita de España según los lectores",
  },
  asWeKnowIt: {
    pattern: 'tal (?:y )?como (?:lo|la|los|las) (?:conocemos|conoc[ií]amos)(?=\\s*(?:[.!?…👇👀]|$|https?:|www\\.))',
    example: 'Adiós a la tarjeta sanitaria tal y como la conocemos',
  },
  whatsComing: {
    // Also a change announced by a pointer ("esto cambia desde el lunes", "todo cambia a partir de enero"): what changes
    // is the news, kept back.
    pattern: 'lo que (?:llega|viene|se viene|se nos viene|nos espera|os espera|te espera|se avecina)(?![\\p{L}])|(?:esto|eso|todo|lo que) (?:es lo que )?(?:cambia|cambiar[aá])(?= (?:para (?:[\\p{L}]+ ){1,3})?(?:desde|a partir|este|esta|el pr[oó]ximo|la pr[oó]xima|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))(?![\\p{L}]))',
    example: 'La Aemet avisa: lo que llega este fin de semana',
  },
  hiddenSubject: { pattern: `${DEMONSTRATIVE} (?:[\\p{L}]+\\s+){0,2}?${WHO}`, example: 'Esta abuela aprendió a nadar sola' },
  storyOfHidden: {
    pattern: `(?:la|el) (?:reacci[oó]n|historia|respuesta|gesto|mensaje|transformaci[oó]n) de ${DEMONSTRATIVE} (?:[\\p{L}]+\\s+)?${WHO}`,
    example: 'La reacción de este gato al ver un pepino',
  },
  deedWithheld: {
    pattern: '(?:ya (?:viste|vieron|has visto) )?lo que (?:hizo|hicieron|dijo|dijeron|encontr[oó]|encontraron|descubri[oó]|descubrieron|vio|vieron|escondía|le dijo|le hizo|le pas[oó]|respondi[oó]|(?:le )?(?:ha|han) (?:hecho|dicho|encontrado|descubierto|respondido|escrito|visto))|ya (?:viste|vieron|has visto) (?:lo que|c[oó]mo|qui[eé]n|el v[ií]deo)',
    example: 'Lo que encontraron bajo el suelo de la cocina',
  },
  nobodyTellsYou: {
    pattern: 'lo que (?:nadie|nunca) (?:te|os|les|nos) (?:dice|dicen|cuenta|cuentan|dijo|dijeron|cont[oó]|explica|explican)|lo que nadie (?:quiere|se atreve a|se anima a|va a) (?:decir|contar|admitir|reconocer|contarte|decirte)|lo que (?:[\\p{L}]+\\s+){1,2}no (?:te|os|nos) (?:dicen|cuentan|dice|cuenta|quieren contar)',
    example: 'Lo que nadie te cuenta de ser autónomo',
  },
  nobodyExpected: { pattern: 'nadie (?:se )?(?:esperaba|imaginaba|vio venir|lo esperaba|se lo esperaba)|(?:y )?(?:entonces|luego|despu[eé]s) (?:pas[oó]|ocurri[oó]|sucedi[oó]) esto', example: 'Nadie esperaba lo que pasó en la final' },
  effectOnReader: {
    pattern: '(?:va|van) a (?:cambiar|revolucionar|transformar) (?:c[oó]mo|la (?:forma|manera) (?:en )?(?:que|como|de)|tus?|vuestr[oa]s?)(?![\\p{L}])|(?:te|os|les) (?:va|van) a (?:romper el coraz[oó]n|hacer llorar|dejar (?:sin palabras|con la boca abierta)|sacar una sonrisa|volar la cabeza|cambiar la vida|emocionar)|(?:te|os) (?:romper[aá]|romper[aá]n) el coraz[oó]n|(?:te|os) (?:enamorar[aá]|sorprender[aá]|encantar[aá]|emocionar[aá]|impactar[aá]|dejar[aá] (?:sin palabras|helad[oa]|con la boca abierta)|har[aá] llorar)n?',
    example: 'La historia de esta perrita te va a romper el corazón',
  },
  wentViral: {
    pattern: '(?:ha )?(?:dado|da) la vuelta al mundo|rompe (?:internet|las redes)|(?:emociona|emocion[oó]|enternece|enterneci[oó]) a (?:las redes|internet|los internautas|miles)|(?:el|la|este|esta) (?:v[ií]deo|foto|imagen|audio|tuit) viral|se (?:ha |han )?(?:hecho|vuelto|hizo|hace|hacen) virale?s?|se viraliz(?:a|an|[oó]|aron)|(?:ha |han )?(?:encendido|incendiado|encendi[oó]|incendi[oó]|enciende|incendia) (?:a )?(?:las redes|internet)',
    example: 'El gesto de un conductor de autobús que ha dado la vuelta al mundo',
  },
  countedByDemonstrative: { pattern: `(?:estos|estas|esos|esas) ${NUMBER}`, example: 'Estos 5 alimentos engordan más de lo que crees' },
  trickFor: {
    // A teaser's praise may stand between the trick and its purpose ("el truco viral para", "el remedio casero contra").
    pattern: '(?:el|un|este) (?:truco|secreto|remedio|m[eé]todo) (?:(?:viral|definitivo|infalible|sencillo|simple|genial|casero|milagroso) )?(?:(?:de|del) (?:[\\p{L}]+\\s+){1,3}?)?(?:para|contra)',
    example: 'El truco de los chefs para pelar ajos',
  },
  whyYouShould: { pattern: '(?:es|fue) por (?:esto|eso) (?:que|por lo que)', example: 'Es por esto que los gatos duermen tanto' },
  happeningHere: { pattern: '(?:esto|eso) (?:est[aá] pasando|acaba de pasar|acaba de ocurrir)', example: 'Esto está pasando ahora mismo en el centro' },
  crowdKnows: {
    pattern:
      '(?:que|y) (?:casi |muy )?(?:todos|todas|todo el mundo|nadie|pocos|pocas|la mayor[ií]a)(?: (?:los|las|de los|de las) [\\p{L}]+)? (?:(?:ya |a[uú]n )?(?:ha|han|hab[ií]a) )?(?:notado|visto|sabe|saben|conoce|conocen|deber[ií]an? (?:conocer|saber)|deben? (?:conocer|saber)|tiene(?:n)? que (?:conocer|saber)|comete|cometen|hace|hacen|ignora|ignoran|se ha dado cuenta|habla|hablan|est[aá] hablando)' +
      // Los pocos o nadie que lo saben, dicho de una cosa definida por una relativa ("el barrio donde las rentas
      // bajaron y casi nadie lo sabe", "un detalle que pocos notaron"), al cierre de la frase. Sin la relativa ("Los
      // alquileres bajaron un 8 % en Vallecas y casi nadie lo sabe") la cosa está nombrada.
      '|(?:que|(?:donde|que|cuy[oa]s?) (?:[\\p{L}\\p{N}%$€£-]+ ){1,8}?(?:y|pero)) (?:casi |muy )?(?:nadie|pocos|pocas)(?: (?:lo|la|los|las|se))? (?:sabe|saben|sab[ií]a|sab[ií]an|conoce|conocen|not[oó]|notaron|vio|vieron|dio cuenta|dieron cuenta)(?=[\\s\\p{Extended_Pictographic}\\p{Regional_Indicator}\\uFE0F\\u200D]*(?:[.!?…]|$|https?:|www\\.))',
    example: 'El gesto que casi nadie ha notado en la foto oficial',
  },
  heldByRelative: {
    pattern:
      "(?:el|la|los|las) (?!\\p{N})(?:[\\p{L}\\p{N}$€%'’-]+ ){1,4}?que (?:(?:nunca|no|siempre|jam[aá]s) )?(?:deber[ií]as|debes|tienes que|necesitas|te conviene|(?:casi )?(?:todos|todas|todo el mundo) (?:cometemos|hacemos|comete|hace|ignoramos)|(?:podr[ií]a|puede|va a) (?:[\\p{L}]+ )?(?:tu|tus|te)|te (?:puede|podr[ií]a|va a|har[aá]|ahorrar[aá]|salvar[aá]))(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:es|son|era|fue)\\s)",
    example: 'La bebida que deberías tomar antes de dormir si quieres bajar de peso',
  },
  pointerInClause: {
    pattern:
      "(?:encontró|encontraron|encuentra|encuentran|halló|hallaron|descubrió|descubrieron) (?:este|esta|estos|estas|esto)(?! (?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|fin de semana|semana|semanas|mes|meses|año|años|d[ií]as|noches|tardes|verano|invierno|otoño|primavera|temporada|jornada|mañana|tarde|noche|es|era|fue)(?![\\p{L}]))(?:(?= [\\p{L}]) (?!(?:en|de|a|por|para|con|y|o|que|antes|después)(?![\\p{L}]))[\\p{L}-]+)?|(?:comprar|compran|compra|compró|compraron|comprando|probar|prueban|probó|pasar|pasan|superar|superan|supera|usar|usan|evitar|evitan|vender|venden|abandonar|abandonan|abandonando|invertir en|invierten en|huyen de|prohíbe|prohíben|prohibió|retiran|retiró) (?:este|esta|estos|estas|esto)(?! (?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|fin de semana|semana|semanas|mes|meses|año|años|d[ií]as|noches|tardes|verano|invierno|otoño|primavera|temporada|jornada|mañana|tarde|noche|es|era|fue)(?![\\p{L}])) (?!(?:en|de|a|por|para|con|y|o|que|antes|después)(?![\\p{L}]))[\\p{L}-]+",
    example: 'Los inversionistas corren a comprar esta criptomoneda antes del viernes',
  },
  somethingUnnamed: {
    pattern: '(?:algo|una cosa) (?:muy )?(?:ins[oó]lit[oa]|extra[nñ][oa]|inesperad[oa]|incre[ií]ble|sorprendente|misterios[oa]|curios[oa]|rar[oa]|nunca vist[oa]|que nadie (?:hab[ií]a|ha|hab[ií]an|han) (?:hecho|logrado|conseguido|visto|dicho|hecho nunca))' +
      // Algo hallado en un sitio, o dicho de alguien, sin nombrarlo («compró un sofá y encontró algo dentro»).
      '|(?:encontr[oó]|encuentra|encuentran|encontraron|hall[oó]|halla|hallan|hallaron|descubri[oó]|descubre|descubren|descubrieron) algo (?:dentro|escondido|enterrado|bajo|debajo|detr[aá]s|en (?:el|la|los|las|su|sus|un|una))(?![\\p{L}])|(?:dijo|dice|public[oó]|publica|escribi[oó]|tuite[oó]) algo (?:sobre|de|a|en contra)(?![\\p{L}])',
    example: 'Un vecino encuentra algo insólito bajo su coche',
  },
  warningWithheld: {
    pattern: '(?:alerta|alertan|advierte|advierten|avisa|avisan|aconseja|aconsejan) (?:sobre|de|contra) (?:(?:este|esta|estos|estas|ese|esa)(?= )|(?:el|la|los|las) (?:error|errores|fallo|fallos|h[aá]bito|h[aá]bitos|alimento|alimentos|s[ií]ntoma|s[ií]ntomas|se[nñ]al|se[nñ]ales) m[aá]s (?:com[uú]n|comunes|frecuentes?|habitual(?:es)?|peligros[oa]s?)(?![\\p{L}]))|(?:cuidado|atenci[oó]n|ojo|alerta)[,!:]? si (?:tienes|tiene|ten[eé]is|tienen|usas|usa|us[aá]is|usan|compras|compraste|bebes|comes|guardas) (?:este|esta|estos|estas)(?= )',
    example: 'Los dentistas alertan sobre este hábito antes de dormir',
  },
  crowdReaction: {
    pattern: '(?:ha|han|hab[ií]a) (?:indignad|enfadad|enfurecid|revolucionad|incendiad|dividid|conmocionad|desconcertad|sorprendid)o a (?:las redes|internet|los internautas|(?:los |sus )?(?:fans|seguidores|usuarios|espectadores|clientes|vecinos|trabajadores|empleados)|miles|medio mundo|todo el mundo)|(?:tiene|tienen|tuvo) a (?:las redes|internet|los internautas|(?:los |sus )?(?:fans|seguidores|usuarios|espectadores|clientes|vecinos|trabajadores|empleados)|miles|medio mundo|todo el mundo) (?:indignad|enfadad|revolucionad|dividid|desconcertad)[oa]s',
    example: 'El final de la serie que ha indignado a los fans',
  },
  beliefCorrected: {
    pattern:
      '(?:m[aá]s|menos|peor|mejor) (?:de lo|que lo) que (?:crees|piensas|imaginas|cre[ií]as|pensabas|te imaginas)|no es lo que (?:crees|piensas|parece)|no (?:es|son|era) (?:el|la|los|las|lo|quien|quienes) que (?:crees|piensas|imaginas|esperas|te imaginas)|(?:lo |los |las )?(?:est[aá]s|has estado|hemos estado|estamos) (?:haciendo|usando|comiendo|lavando|cocinando|guardando|limpiando|tomando|cargando) (?:[\\p{L}]+\\s+){0,3}?mal',
    example: 'Llevas años lavando los vaqueros y lo estás haciendo mal',
  },
  questionHeadline: {
    pattern:
      '(?:por qu[eé]|qu[eé]|cu[aá]l(?:es)?|c[oó]mo|cu[aá]nt[oa]s?|qui[eé]n(?:es)?|d[oó]nde|cu[aá]ndo|es|son|est[aá]s?|sabes|sab[ií]as|conoces|puedes|debes|deber[ií]as|tienes|te|vale la pena|existe|realmente)',
    example: '¿Por qué los gatos ronronean? https://t.co/x',
  },
  hypedStory: {
    pattern:
      // In Spanish a feeling put before its noun ("el impresionante rescate", "la emotiva despedida") is the headline's
      // sales voice; news puts the fact first. "Polémico" and "viral" before a noun are plain news words, so only
      // before a story or picture.
      '(?:la|el|las|los|una|un) (?:incre[ií]ble|emotiv[oa]|conmovedor(?:a)?|ins[oó]lit[oa]|impactante|sorprendente|curios[oa]|tiern[oa]|divertid[oa]|escalofriante|desgarrador(?:a)?|espectacular|inesperad[oa]|brutal|tremend[oa]|asombros[oa]|extra[nñ][oa]|impresionante|hermos[oa]|adorable|tierno|terrible|aterrador(?:a)?)(?:s|es)? [\\p{L}]{3,}' +
      '|(?:la|el|las|los|una|un) (?:viral|pol[eé]mic[oa])s? (?:historias?|reacci[oó]n(?:es)?|respuestas?|im[aá]gen(?:es)?|v[ií]deos?|fotos?|mensajes?|gestos?|momentos?|escenas?)' +
      '|(?:el )?antes y (?:el )?despu[eé]s (?:de|del)' +
      '|(?:la|el|las|los) (?:im[aá]gen(?:es)?|fotos?|v[ií]deos?|momentos?|reacci[oó]n(?:es)?|frases?|escenas?) m[aá]s (?:impactantes?|incre[ií]bles?|divertid[oa]s?|emotiv[oa]s?|tiern[oa]s?|sorprendentes?|virales?|curios[oa]s?|espectaculares?|escalofriantes?|impresionantes?)' +
      '|el momento (?:exacto |justo )?(?:en (?:el )?que|cuando)',
    example: 'La increíble historia del perro que esperó a su dueño',
  },
  secretKept: {
    pattern: 'no (?:quieren|quiere) que (?:sepas|conozcas|veas|descubras|sepan|sepamos|te enteres)',
    example: 'El truco que los bancos no quieren que conozcas',
  },
  guessWho: { pattern: 'adivina(?:s|n)? (?:qui[eé]n|qu[eé]|cu[aá]l|d[oó]nde|cu[aá]nto)', example: '¿Adivinas quién es este famoso?' },
  oneThing: {
    pattern:
      '(?:este|esta|estos|estas) (?:sencill[oa]s?|simples?|peque[nñ][oa]s?|curios[oa]s?|[uú]nic[oa]s?) (?:truco|h[aá]bito|gesto|frase|pregunta|error|cambio|paso|ingrediente|alimento|ejercicio|consejo|secreto|regla)(?:s|es)?' +
      // Un solo hábito, con su rareza y sin nombre («incluye un hábito sorprendente»), como el inglés «one surprising habit».
      '|(?:un|una) (?:truco|h[aá]bito|gesto|ingrediente|alimento|secreto|detalle|error) (?:sorprendente|curios[oa]|extra[nñ][oa]|inesperad[oa]|insólit[oa]|secret[oa])' +
      // Un truco o hábito simple, sin nombre («Un simple truco que baja la tensión»).
      "|(?:un|una) (?:simple|sencill[oa]|peque[nñ][oa]|f[aá]cil|r[aá]pid[oa]) (?:truco|h[aá]bito|ingrediente|alimento|ejercicio|secreto|bebida|suplemento)(?![\\p{L}])|(?:un|una) (?:truco|h[aá]bito|ingrediente|alimento|ejercicio|secreto|bebida|suplemento) (?:sencill[oa]|simple|f[aá]cil|r[aá]pid[oa])(?![\\p{L}])",
    example: 'Con esta sencilla frase le cambió la vida',
  },
  // A verb for "you" after the lead-in ("Ojo con lo que comes") makes it advice to the reader, not a teaser.
  leadInWh: {
    pattern: '(?:atenci[oó]n|ojo|mucho ojo|pendientes?|f[ií]jate|f[ií]jense|escucha|escuchen|miren|mir[aá]) (?:a |con |en |de )?(?:lo que|qui[eé]n(?:es)?|c[oó]mo|cu[aá]nto|d[oó]nde|por qu[eé])(?! (?:(?:te|no) )?(?!(?:les|las|mis|tus|sus|nos|m[aá]s|antes|veces|meses|ellas)(?![\\p{L}]))[\\p{L}]+(?:as|es)(?![\\p{L}]))',
    example: 'Atención a lo que dijo el ministro sobre las pensiones',
  },
  whatHappensTo: {
    pattern: '(?:(?:esto|eso) es )?(?:lo que|qu[eé]) (?:le |les )?(?:pasa|pasar[aá]|ocurre|ocurrir[aá]|sucede|suceder[aá]) (?:a|al|con|en) (?:[\\p{L}]+\\s+){1,3}?(?:si|cuando|al|tras|despu[eé]s de)',
    example: 'Esto es lo que le pasa a tu cuerpo si dejas el azúcar',
  },
});

export const esValue: ValueLexicon = {
  teaser: [
    {
      pattern: "(?:un|una) (?:nuevo |nueva |importante |gran )?(?:cambio|norma|regla|ley|medida|requisito|obligaci[oó]n) (?:importante |nuev[oa] )?que (?:afecta|afectar[aá]|puede afectar|podr[ií]a afectar) a (?:millones|miles|todos|todas|casi todos|la mayor[ií]a|quienes|los que|tu|tus)(?![\\p{L}])",
      why: 'Anuncia un cambio o una norma por a quién afecta («un cambio que afecta a millones de conductores») y se guarda cuál es; lo que sigue a dos puntos lo dice.',
      example: "Ojo: Hacienda avisa de un cambio que afecta a millones de contribuyentes",
      answeredInClause: true,
    },
    {
      // Lo que hizo, dijo o encontró alguien sin nombre («el hallazgo de un pescador», «la reacción de una abuela»): ni
      // quién ni qué; lo que hay tras dos puntos lo dice.
      pattern: "(?:el|la) (?:hallazgo|descubrimiento|reacci[oó]n|respuesta|gesto|mensaje|confesi[oó]n|sorpresa|decisi[oó]n) de (?:un|una) (?:[\\p{L}]+ )?(?:pescador|pescadora|abuel[oa]|ni[nñ][oa]|madre|padre|mujer|hombre|joven|vecin[oa]|turista|conductor|conductora|camarer[oa]|profesor|profesora|alumn[oa]|estudiante|m[eé]dic[oa]|enfermer[oa]|agricultor|agricultora|bombero|taxista|perr[oa]|perrit[oa]|gat[oa]|pareja|novi[oa]|aficionad[oa]|hincha|pasajer[oa]|azafata|cliente|repartidor|repartidora|ancian[oa]|jubilad[oa]|famos[oa])(?![\\p{L}])",
      why: 'Cuenta que alguien sin nombre encontró, dijo o hizo algo («el hallazgo de un pescador en Cádiz») y se guarda qué; lo que sigue a dos puntos lo dice.',
      example: '«Nunca había visto algo así»: el hallazgo de un pescador en la costa de Huelva',
    },
    {
      pattern: "(?:los |las )?(?:fans|seguidores|seguidoras|usuarios|internautas|espectadores|clientes|vecinos|redes),? (?:est[aá]n |se muestran |quedan )?(?:(?:muy|totalmente|super) )?(?:divididos|divididas|indignados|indignadas|furiosos|furiosas|desconcertados|desconcertadas|enfadados|enfadadas|molestos|molestas|alucinando) (?:por|con|tras|ante)(?![\\p{L}])",
      why: 'El público dividido o indignado por algo («Los fans, divididos por el nuevo look de…») sin decir qué es; una cifra después lo dice.',
      example: "Los fans, divididos por el nuevo look de Rosalía",
      answeredByAmount: true,
    },
    {
      // El sujeto nombrado solo por una descripción («Un famoso actor», «Una conocida cantante mexicana»): quién es, la
      // noticia misma, queda tras el enlace.
      pattern: "(?:un|una) (?:(?:famos[oa]|conocid[oa]|popular|reconocid[oa]|querid[oa]|mediátic[oa]|legendari[oa]|cl[aá]sic[oa]|important[e]) (?:[\\p{L}-]+ )?(?:actor|actriz|cantante|futbolista|presentador|presentadora|marca|cadena|tienda|restaurante|empresa|influencer|youtuber|tiktoker|chef|cocinero|cocinera|modelo|deportista|jugador|jugadora|tenista|piloto|director|directora|periodista|humorista|rapero|rapera|banda|grupo|escritor|escritora)|(?:actor|actriz|cantante|futbolista|presentador|presentadora|marca|cadena|empresa|influencer|chef|modelo|deportista|jugador|jugadora|tenista|piloto|periodista|humorista|rapero|rapera) (?:[\\p{L}-]+ )?(?:famos[oa]|conocid[oa]|popular|reconocid[oa]|mediátic[oa]))(?![\\p{L}])(?!(?:\\s+[\\p{L}\\p{N}'’.-]+){0,3}\\s*,\\s*[^,.!?:\\n]{2,40},)",
      why: 'Nombra a su sujeto solo por una descripción («Un famoso actor», «Una conocida cantante») y se guarda quién es; un nombre detrás lo dice.',
      example: 'Una conocida cantante mexicana anuncia su retiro y sus fans no lo pueden creer',
      atStart: true,
      answeredByAmount: true,
    },
    {
      pattern: "(?:confirmado|confirmada|(?:ya )?es oficial|oficial)(?=[\\s.!…]*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D][\\s.!…]*)*(?:https?:|www\\.|$))",
      why: 'Una etiqueta sola («Confirmado 👀», «¡Es oficial!») antes de un enlace: lo confirmado queda detrás; «Confirmado: el Gobierno prorroga…» lo dice.',
      example: "Confirmado 👀 https://t.co/x",
      atStart: true,
    },
    {
      // Lo más comentado, visto o compartido, sin decir qué es («La foto más comentada de la gala de los Goya»).
      pattern: '(?:la|el|las|los) (?:fotos?|im[aá]gen(?:es)?|v[ií]deos?|momentos?|looks?|vestidos?|tuits?|mensajes?|frases?|escenas?|publicaci[oó]n(?:es)?) m[aá]s (?:comentad[oa]s?|vist[oa]s?|compartid[oa]s?|virale?s?|buscad[oa]s?|pol[eé]mic[oa]s?)(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:es|son|fue|fueron)\\s)',
      why: 'Names a thing only by how much it was talked about, seen or shared, and keeps what it is for the click.',
      example: 'La foto más comentada de la gala de los Goya',
      atStart: true,
    },
    {
      // Lo nunca visto, alguien como nunca antes lo habías visto: la novedad anunciada, no dicha.
      pattern: 'lo nunca visto|como nunca (?:antes )?(?:l[oa]s?|le|les) (?:hab[ií]as|has) visto|como nunca (?:antes )?(?:hab[ií]as|has) visto(?![\\p{L}])',
      why: WHY.surpriseWithheld,
      example: 'Rosalía, como nunca antes la habías visto',
    },
    {
      // El sueldo, el precio o la fortuna de alguien sin la cifra («El sueldo que cobra un controlador aéreo»).
      pattern: '(?:el|la|los|las) (?:sueldo|salario|dinero|precio|fortuna|cantidad|cifra|pensi[oó]n)(?:es|s)? (?:que|por (?:el|la) que) (?:cobra|cobran|gana|ganan|paga|pagan|cuesta|cuestan|vale|valen|tiene|tienen|recibe|reciben)(?![\\p{L}])',
      why: WHY.questionBehindClick,
      example: 'El sueldo que cobra un controlador aéreo',
      atStart: true,
      answeredByAmount: true,
    },
    {
      // Lo que alguien le dijo a otro, sin las palabras («Lo que Shakira le dijo a Piqué antes de separarse»); una cita
      // tras dos puntos las da.
      pattern: 'lo que (?:[\\p{L}]+ ){1,3}?le (?:dijo|dice|escribi[oó]|pidi[oó]|respondi[oó]|contest[oó]|susurr[oó]|confes[oó]) a(?![\\p{L}])(?![^\\n]*[«“"])',
      why: WHY.reactionUntold,
      example: 'Lo que Shakira le dijo a Piqué antes de separarse',
      atStart: true,
    },
    {
      // The crowd as the subject, going wild ("las redes enloquecen", "fans go wild") over something the post does not
      // say; a count or an amount in the sentence (the goal in minute 95) tells what they reacted to.
      pattern: "(?:las redes|las redes sociales|internet|los internautas) (?:enloquecen|enloquece|enloquecieron|estallan|estalla|estallaron|explotan|explota|arden|arde|se rinden|se incendian|se incendia|se vuelven locas|se vuelve loco)",
      why: WHY.reactionUntold,
      example: "Las redes enloquecen con el nuevo look de Rosalía",
      answeredByAmount: true,
    },
    {
      // «esto» como todo el objeto de lo que alguien hizo, sin más que dónde o cuándo («Una gimnasta hizo ESTO en la
      // barra»).
      pattern: "(?:hizo|hace|hicieron|dijo|public[oó]|encontr[oó]|encontraron|se puso|llev[oó]) (?:esto|ESTO)(?= (?:en|a|al|durante|tras|antes|mientras|hoy|ayer|con)(?![\\p{L}])|\\s*(?:[.!…👀😱]|$|https?:|www\\.))",
      why: WHY.forwardReference,
      example: 'Una gimnasta hizo ESTO en la barra de equilibrio',
      aboutOthers: true,
    },
    {
      // Un titular que abre con una pregunta indirecta y sin signos («Cuánto cuesta vivir en Madrid», «Por qué los gatos
      // ronronean»), como los escriben las redacciones: la respuesta queda tras el enlace. Si la frase se pregunta con
      // «?», la lee la pregunta de titular; una respuesta tras dos puntos la cuenta. Dicha al lector («Cuál es tu serie
      // favorita») le pide su respuesta, no esconde ninguna.
      pattern: '(?:por qu[eé]|cu[aá]l es|cu[aá]les son|qu[eé] (?:es|son|significa|significan|pasa|pasar[aá]|ocurre|hay detr[aá]s)|d[oó]nde (?:est[aá]|est[aá]n|vive|viven))(?![^?\\n]*\\?)(?![^\\n]*(?<![\\p{L}])(?:tu|tus|te|ti|vuestr[oa]s?|os|usted|ustedes)(?![\\p{L}]))',
      why: WHY.questionBehindClick,
      example: 'Cuál es la mejor hora para tomar café, según la ciencia',
      atStart: true,
    },
    {
      // Cuánto cuesta o cobra algo, sin la cifra: una cifra en la frase la da.
      pattern: 'cu[aá]nto (?:cuesta|cuestan|gana|ganan|cobra|cobran|vale|valen|paga|pagan|dinero)(?![^?\\n]*\\?)(?![^\\n]*(?<![\\p{L}])(?:tu|tus|te|ti|vuestr[oa]s?|os|usted|ustedes)(?![\\p{L}]))',
      why: WHY.questionBehindClick,
      example: 'Cuánto cuesta vivir en Madrid',
      atStart: true,
      answeredByAmount: true,
    },
    {
      // Alguien por fin sabe por qué o cómo, y el post se lo guarda («Los científicos por fin descubren por qué
      // bostezamos»); el medio nombrado después (un gerundio, «gracias a») cuenta el cómo.
      pattern: '(?:(?:por fin|al fin|ya) (?:descubren|descubri[oó]|descubrieron|averiguan|averigu[oó]|averiguaron|saben)|(?:descubren|descubrieron|averiguan|averiguaron|saben) por fin|averiguan|averiguaron|resuelven el misterio de|resolvieron el misterio de) (?:por qu[eé]|c[oó]mo|qu[eé]|lo que)(?![\\p{L}])',
      why: WHY.knowledgePromised,
      example: 'Los científicos por fin descubren por qué bostezamos',
      answeredByMeans: true,
    },
    {
      // Un gran cambio o una decisión anunciados y no dichos («McDonald's hará un gran cambio en su menú»).
      pattern: '(?:har[aá]|har[aá]n|hace|hizo|anuncia|anunci[oó]|prepara|planea|tomar[aá]|tom[oó]|toma) (?:un|una) (?:gran|importante|enorme|dr[aá]stic[oa]|radical|sorprendente|pol[eé]mic[oa]|inesperad[oa]) (?:cambio|anuncio|decisi[oó]n)(?![\\p{L}])|(?:llega|se viene|se avecina) (?:un )?(?:gran|enorme|importante|dr[aá]stico|radical) cambio (?:a|en|para)(?![\\p{L}])',
      why: WHY.changeUntold,
      example: "McDonald's hará un gran cambio en su menú",
      answeredInClause: true,
    },
    {
      pattern: '(?:nadie|no) est[aá](?:s|is|mos|n)? (?:preparad[oa]s?|list[oa]s?) para (?:lo que|esto|est[ae]s?|c[oó]mo)(?![\\p{L}])',
      why: WHY.surpriseWithheld,
      example: 'Nadie está preparado para lo que pasa en el capítulo de esta semana',
      atStart: true,
    },
    {
      // La confesión, la respuesta o el mensaje vendidos por su tono («La dura confesión de Isabel Pantoja»), sin lo
      // que dicen; una cita tras dos puntos los cuenta.
      pattern: '(?:la|el|las|los) (?:dur[oa]s?|trist(?:e|es)|fuertes?|pol[eé]mic[oa]s?|inesperad[oa]s?|sincer[oa]s?|tajantes?|contundentes?|sorpresiv[oa]s?) (?:confesi[oó]n|confesiones|revelaci[oó]n|respuesta|reacci[oó]n|mensaje|carta|declaraci[oó]n|palabras)(?![\\p{L}])',
      why: WHY.reactionUntold,
      example: 'La dura confesión de Isabel Pantoja',
      atStart: true,
    },
    {
      // Una cosa definida solo por la sorpresa que causó ("el momento que nadie esperaba en la final de MasterChef"):
      // dónde pasó es el escenario, no lo que pasó.
      pattern: '(?:el|la|los|las) (?:[\\p{L}]+ )?(?:momento|giro|final|reacci[oó]n|respuesta|gesto|invitad[oa]|sorpresa|resultado|regalo|desenlace|mensaje|escena|beso|encuentro|pregunta|detalle|cambio|fichaje|traspaso|decisi[oó]n|anuncio|acuerdo|ruptura|nombramiento) (?:que|del que|de la que) (?:casi )?nadie (?:se )?(?:esperaba|esperaban|imaginaba|vio venir|vi[oó] venir|lo esperaba|se esperaba|pod[ií]a imaginar)(?![\\p{L}])',
      why: WHY.surpriseDefined,
      example: 'El momento que nadie esperaba en la final de MasterChef',
      atStart: true,
      answeredByAmount: true,
      shown: true,
    },
    {
      pattern: '(?:lo )?(?:dice|dicen) todo(?=\\s*(?:[.!…👀😂😭🤣]|$|https?:))|habla por s[ií] (?:sol[oa]|mism[oa])',
      why: 'Una reacción o una foto que "lo dice todo" no dice nada: lo deja para el enlace.',
      example: 'La reacción de Shakira al ver a Piqué en el concierto lo dice todo 👀',
    },
    {
      pattern: '(?:pol[eé]mica|indignaci[oó]n|revuelo|esc[aá]ndalo|furor|cr[ií]ticas|lluvia de cr[ií]ticas) (?:por|tras|ante) lo que (?:dijo|hizo|ha dicho|ha hecho|public[oó]|ha publicado|respondi[oó]|escribi[oó])',
      why: 'La polémica por lo que alguien dijo, sin decir qué dijo.',
      example: 'Polémica por lo que dijo este presentador en directo',
    },
    {
      pattern: '(?:atenci[oó]n|ojo|cuidado) (?:a|con) (?:este|esta|estos|estas) (?:cambios?|novedad(?:es)?|normas?|multas?|errores?|detalles?)(?![\\p{L}])',
      why: 'Señala "este cambio" que el lector debe vigilar y se guarda cuál es.',
      example: 'Atención a este cambio que afecta a todos los conductores desde el lunes',
    },
    {
      pattern: "(?:el|los) (?:error|errores) (?:m[aá]s com[uú]n(?:es)? )?que (?:cometes|comet[eé]is|cometemos|todos cometemos|muchos cometen|la mayor[ií]a comete|casi todos cometen|sueles cometer)",
      why: 'Nombra un error del lector y se guarda cuál es ("el error que cometes al lavarte los dientes").',
      example: "El error que cometes al lavarte los dientes",
      atStart: true,
    },
    {
      pattern: "lo que (?:se esconde|se oculta|hay|realmente hay) (?:detr[aá]s|tras)(?: de(?:l)?)?",
      why: 'Promete lo que hay detrás de algo y se lo guarda ("lo que se esconde detrás de la sonrisa").',
      example: "Lo que se esconde detrás de la sonrisa de la Mona Lisa",
      atStart: true,
    },
    {
      pattern: "(?:captan|captaron|graban|grabaron|cachan|cacharon|sorprenden|sorprendieron) (?:a )?(?:un|una|unos|unas) (?:extra[ñn][oa]s?|misterios[oa]s?|ins[oó]lit[oa]s?|curios[oa]s?|enorme|gigantesc[oa]s?|raro|rara|inusual(?:es)?)",
      why: 'Un hallazgo en video contado por su rareza ("Captan a un extraño animal"), sin decir qué es.',
      example: "Captan a un extraño animal en las calles de Monterrey",
      atStart: true,
    },
    {
      pattern: '(?:hay|existe) (?:una (?:forma|manera|t[eé]cnica)(?: (?:muy )?(?:sencilla|f[aá]cil|r[aá]pida|legal|secreta|poco conocida))?|un (?:truco|m[eé]todo|modo)(?: (?:muy )?(?:sencillo|f[aá]cil|r[aá]pido|legal|secreto|poco conocido))?) (?:de|para)(?![\\p{L}])',
      why: 'Dice que hay una forma o un truco y se lo guarda ("¿Sabías que hay una forma de pagar menos luz?"); la forma tras dos puntos la dice.',
      example: '¿Sabías que hay una forma de pagar menos luz sin cambiar de compañía?',
    },
    {
      pattern: 'hay una (?:buena |sencilla |curiosa |poderosa )?(?:raz[oó]n|explicaci[oó]n)(?: (?:cient[ií]fica|muy sencilla|curiosa))? (?:por la que|por la cual|de por qu[eé]|detr[aá]s)',
      why: 'Dice que hay una razón y se la guarda ("hay una razón por la que los taxis son rosas"); la razón tras dos puntos la dice.',
      example: '¿Sabías que hay una razón por la que los taxis de la CDMX son rosas?',
    },
    {
      pattern: "(?:lee|leed|lea|lean|mira|mirad|mire|miren) (?:esto|este|esta) antes de",
      why: WHY.mustSee,
      example: 'Lee esto antes de reservar tu próximo vuelo',
      atStart: true,
      forward: true,
    },
    {
      pattern: "(?:desliza|deslizad|desliz[aá]) (?:hacia la (?:izquierda|derecha) )?para (?:ver|leer|descubrir|saber|conocer)",
      why: "El pie de un carrusel que manda a las diapositivas (\"Desliza para ver los 5 errores\"): lo prometido está en imágenes que el post no dice.",
      example: "Desliza para ver los 5 errores que arruinan tu CV",
      forward: true,
    },
    {
      // "Cómo ayudar a los damnificados" points at a resource (teasers.ts HELP_RE), not at a withheld how.
      pattern: 'c[oó]mo (?!(?:ayudar|donar|apoyar|colaborar)(?![\\p{L}]))(?:se )?[\\p{L}]{2,}(?:ar|er|ir)(?:l[oa]s?|se|te|me)?(?![\\p{L}])',
      why: 'A how-to title ("Cómo" and a verb) with none of the how in the post, as the English "How to…".',
      example: 'Cómo ahorrar 500 euros al año en la compra https://t.co/x',
      atStart: true,
      answeredByMeans: true,
    },
    {
      pattern: "as[ií] (?:luce|lucen|lució|qued[oó]|quedaron|queda|quedan|se ve|se ven)(?: (?:ahora|hoy|hoy en d[ií]a|actualmente))?(?=\\s*(?:[.!…👇👀📸]|$|https?:|www\\.))",
      why: 'Cómo luce algo ahora, guardado para el clic ("¿Recuerdas al niño de Solo en casa? Así luce ahora"); tras lo que el autor hizo con sus manos, es el pie de su foto (appearance).',
      example: 'Por fin terminamos la casa del árbol. Así quedó',
      atStart: true,
      forward: true,
      appearance: true,
    },
    {
      pattern: "as[ií] (?!(?:que|como|mismo|pues|y|no|s[ií]|es que|de|tambi[eé]n|como|ya|entonces)(?![\\p{L}]))(?:se |te |lo |la |le |les |nos )?[\\p{L}]+",
      why: 'Cataphoric "así" at the start ("Así reaccionó...", "Así luce...") points at a scene the post does not show.',
      example: 'Así reaccionó el público al ver al cantante',
      atStart: true,
    },
    {
      pattern: '(?:y|as[ií] que) (?:(?:esto|eso) (?:es lo que )?(?:pas[oó]|ocurri[oó]|sucedi[oó])|(?:este|ese|aqu[ií]) (?:es|est[aá]|va) (?:nuestro|mi) (?:veredicto|ranking))(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))',
      why: 'The payoff of a story, withheld at its end ("Probamos el ballet cinco semanas y esto es lo que pasó").',
      example: 'Probamos el ballet cinco semanas y esto es lo que pasó',
      forward: true,
    },
    {
      pattern: 'y (?:esto es|mira|mirad|mire|f[ií]jate en) lo que (?:(?:[eé]l|ella|ellos|ellas) )?[\\p{L}]+(?: (?:despu[eé]s|luego))?(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))',
      why: 'El desenlace de una historia, callado al final, haga lo que haga quien la protagoniza ("Un hombre encuentra una serpiente en su coche y esto es lo que hizo"). Solo "esto" y "mira" apuntan adelante; "y eso es lo que hice" cierra una historia ya contada.',
      example: 'Un hombre encuentra una serpiente en su coche y esto es lo que hizo',
      forward: true,
    },
    {
      pattern: '¿?sab[ií]as que (?:este|esta|estos|estas|ese|esa|esos|esas) ',
      why: 'Una pregunta que esconde su sujeto tras “este”: el post nunca dice qué alimento, qué hábito (“¿Sabías que este alimento puede dañar tu hígado?”).',
      example: '¿Sabías que este alimento puede dañar tu hígado?',
      question: true,
      shown: true,
    },
    {
      pattern: 'lo que (?:pas[oó]|pasa|pasar[aá]|sucedi[oó]|sucede|ocurri[oó]|ocurre|hizo|dijo|encontr[oó]|descubri[oó]|vio) (?:despu[eé]s|luego|cuando|al|a continuaci[oó]n|(?:(?:los|unos) )?(?:momentos|minutos|segundos|instantes) (?:antes|despu[eé]s))',
      why: 'Promises an outcome ("lo que pasó después") without telling it.',
      example: 'No creerás lo que pasó después',
      forward: true,
    },
    {
      pattern: '(?:no )?(?:os |te |les )?(?:vas|van|vais) a creer|no (?:lo )?(?:creer[aá]s|creer[aá]n|podr[aá]s creer)|no te lo vas a creer',
      why: WHY.surpriseWithheld,
      example: 'No vas a creer quién apareció en la boda',
      forward: true,
    },
    {
      pattern: '(?:esto|eso) (?:es lo que(?! (?:cuestan?|ganan?|cobran?|valen?|pagan?)(?![\\p{L}]))|pasa|pas[oó]|sucede|sucedi[oó]|ocurre|ocurri[oó]|dijo|hizo|respondi[oó]|opina|piensa|sabemos)',
      why: WHY.forwardReference,
      example: 'Esto es lo que pasa si duermes poco',
      atStart: true,
      namedAnswers: true,
    },
    {
      // An amount withheld: a place or a name in the sentence ("vivir en Madrid") says what it is the price of, not
      // the price; only the amount itself, after a colon or in the sentence, answers.
      pattern: '(?:esto|eso) (?:es lo que |es (?:lo )?cu[aá]nto )?(?:cuestan?|ganan?|cobran?|valen?|pagan?)(?![\\p{L}])',
      why: WHY.forwardReference,
      example: 'Esto es lo que cuesta vivir en Madrid',
      atStart: true,
      answeredByAmount: true,
    },
    {
      pattern: '(?:esta|[eé]sta) es la (?:raz[oó]n|verdad|historia|foto|imagen|reacci[oó]n|respuesta|clave|forma|manera)|(?:este|[eé]ste) es el (?:motivo|v[ií]deo|secreto|truco|momento|lugar|mensaje)|(?:estos|[eé]stos) son (?:los|sus)|(?:estas|[eé]stas) son (?:las|sus)',
      why: '"Esta es la razón..." names that a reason exists and withholds it.',
      example: 'Esta es la razón por la que tu gato te ignora',
      atStart: true,
    },
    {
      // With no object and its clause ended ("no hace falta experiencia, te enseñamos."), the verb promises the reader
      // something in person, not an article: "te lo contamos 👇" still points.
      pattern: '(?:te|les|os) (?:(?:lo|la|los|las) (?:decimos|contamos|explicamos|mostramos|presentamos|ense[nñ]amos|compartimos|dejamos|traemos|revelamos|damos)|(?:decimos|contamos|explicamos|mostramos|presentamos|ense[nñ]amos|compartimos|dejamos|traemos|revelamos|damos)(?!\\s*(?:[.,;!]|$)))',
      why: 'A verb aimed at the reader ("te contamos") that points at an article, not at what it says.',
      example: 'Te contamos todo sobre el nuevo iPhone',
    },
    {
      pattern: `(?:descubre|descubra|conoce|conozca|ent[eé]rate(?: de)?|mira|mir[aá]|checa|averigua|adivina) (?:${WH}|a (?:la|el|los|las|este|esta)|el|la|los|las|este|esta|estos|estas)`,
      why: WHY.findOutElsewhere,
      example: 'Descubre qué significa soñar con agua',
      atStart: true,
    },
    {
      pattern: '(?:la|el) (?:raz[oó]n|motivo|secreto|verdad|truco|clave) (?:por la que|por el que|por la cual|detr[aá]s de|de su|del [eé]xito)',
      why: WHY.secretNamed,
      example: 'El secreto detrás de su sonrisa',
      atStart: true,
    },
    {
      pattern: '(?:te|los|las|les|lo|la) (?:sorprender[aá]|sorprender[aá]n|va a sorprender|van a sorprender|va a encantar|van a encantar|encantar[aá]|encantar[aá]n|dejar[aá] sin palabras|har[aá] llorar|har[aá] re[ií]r|har[aá]n llorar|har[aá]n re[ií]r|conmover[aá]|impactar[aá])',
      why: WHY.effectPromised,
      example: 'El final te sorprenderá',
    },
    {
      pattern: '(?:reacciona|reaccion[oó]|reaccionan|reaccionaron|responde|respondi[oó]) (?:a|al|ante|as[ií]|de esta forma|de esta manera|con)',
      why: WHY.reactionUntold,
      example: 'Shakira reacciona a la canción de su ex',
    },
    {
      pattern: `(?:(?:las|los|estas|estos|sus) )?${NUMBER} (?:[\\p{L}]+\\s+)?${LIST_NOUN}`,
      why: WHY.listicle,
      example: '17 cosas que no sabías sobre los gatos',
      atStart: true,
    },
    {
      pattern: 'lo que (?:no sab[ií]as|debes saber|tienes que saber|necesitas saber|nadie te (?:dijo|cuenta)|hay que saber)|todo lo que (?:debes|tienes que|necesitas|hay que) saber',
      why: WHY.knowledgePromised,
      example: 'Todo lo que debes saber sobre el eclipse',
    },
    {
      pattern: `(?:sabes|sab[ií]as|conoces) (?:qué|cu[aá]l|cu[aá]les|c[oó]mo|qui[eé]n|d[oó]nde|cu[aá]ndo|cu[aá]nto|cu[aá]ntos|por qu[eé]|lo que|el significado|la historia|el origen)`,
      why: WHY.questionBehindClick,
      example: '¿Sabes qué significa este emoji?',
      atStart: true,
    },
    {
      pattern: 'sab[ií]as que',
      why: WHY.factMustFollow,
      example: '¿Sabías que…?',
      answeredInClause: true,
    },
    {
      pattern: '(?:qu[eé]|cu[aá]l|cu[aá]nto) (?:[\\p{L}]+\\s+){0,3}?(?:eres|ser[ií]as|te define|te representa)',
      why: 'A personality quiz that the post does not contain.',
      example: '¿Qué personaje de Friends eres?',
      atStart: true,
    },
    {
      pattern: 'qu[eé] (?:pas[oó]|pasar[aá]|sucedi[oó]|hay detr[aá]s|se sabe) (?:con|de|del|en|tras)',
      why: 'A question headline that keeps its own answer.',
      example: '¿Qué pasó con la actriz de la serie?',
      atStart: true,
    },
    {
      pattern: '(?:el|la|los|las) (?:v[ií]deo|foto|fotos|imagen|im[aá]genes|momento|reacci[oó]n|respuesta|mensaje|tuit|truco|frase|comentario|declaraci[oó]n|pregunta|gesto) (?:[\\p{L}]+\\s+){0,3}?que (?:est[aá]|ha|han|tiene|se|conmueve|conmovi[oó]|enterneci[oó]|enternece|sorprende|sorprendi[oó]|indign[oó]|indigna|arrasa|dio|desat[oó]|provoc[oó]|gener[oó]|caus[oó]|encendi[oó]|incendi[oó])',
      why: '"El vídeo que conmovió a las redes" describes the effect of something it does not show.',
      example: 'El vídeo que conmovió a las redes',
      atStart: true,
    },
    {
      pattern: 'por (?:esta|esa) raz[oó]n|por qu[eé] (?:debes|deber[ií]as|nunca|no debes|todos|tienes que|es importante)',
      why: 'A "why" title with the reason left out.',
      example: 'Por qué nunca debes cargar el móvil de noche',
      atStart: true,
    },
    {
      pattern: '(?:tienes|ten[eé]s|hay) que ver (?:esto|este|esta|estos|estas|c[oó]mo|lo que)',
      why: WHY.mustSee,
      example: 'Tienes que ver esto',
    },
    {
      pattern: '(?:impactante|incre[ií]ble|ins[oó]lito|sorprendente|espectacular|conmovedor|tremendo|escalofriante|pol[eé]mic[oa]|viral)(?:es)?(?: (?:v[ií]deo|imagen|foto|momento|reacci[oó]n))? ?[:!]',
      why: 'A hype label at the start ("¡Impactante!", "Increíble:") says how to feel before saying anything.',
      example: '¡Impactante! Un perro salva a su dueño',
      atStart: true,
    },
    {
      pattern: '(?:se (?:hace|hizo|vuelve|volvi[oó]) viral|(?:causa|caus[oó]) furor|arrasa en (?:las )?redes|(?:enloquece|enloqueci[oó]|conmueve|conmovi[oó]|sorprende|sorprendi[oó]|indigna|indign[oó]|divide|dividi[oó]|revoluciona|revolucion[oó]) a (?:las redes|internet|los internautas|sus fans|sus seguidores|todos))',
      why: 'Reports that something went viral instead of saying what it is.',
      example: 'El baile de una abuela se hace viral',
    },
    {
      pattern: '(?:todo )?lo que (?:sabemos|se sabe)(?: (?:hasta (?:ahora|el momento|hoy)|por ahora|por el momento))? (?:de|sobre|del)',
      why: 'Promises what is known and holds none of it.',
      example: 'Lo que sabemos sobre el apagón',
      atStart: true,
    },
    {
      pattern: '(?:ve|mira|checa|revisa|no te pierdas) (?:el|este|esta|la) (?:v[ií]deo|momento|imagen|foto|reacci[oó]n)',
      why: WHY.videoUndescribed,
      example: 'Mira el momento en que el tren llega a la estación',
      atStart: true,
    },
    {
      pattern: '(?:nunca|jam[aá]s) (?:imaginar[ií]as|adivinar[ií]as|creer[ií]as)',
      why: WHY.surpriseWithheld,
      example: 'Nunca imaginarías quién es su padre',
    },
    {
      // Un precio o una persona que "ni te imaginas"; "no te imaginas lo feliz que estoy" dice un sentimiento.
      pattern: '(?:ni|no) (?:te|se) (?:imaginas|imagina|imaginan|imagin[aá]is) (?:(?:lo que|cu[aá]nto) (?:cuesta|cuestan|cobra|cobran|gana|ganan|vale|valen) (?:un|una|el|la|los|las|este|esta|ese|esa)(?![\\p{L}])|qui[eé]n (?:es|era|apareci[oó]|ha sido|fue|ser[aá]))',
      why: WHY.surpriseWithheld,
      example: 'Ni te imaginas lo que cuesta un piso en este barrio de Madrid',
    },
    {
      pattern:
        // Un superlativo lleva su ámbito en la frase ("la mejor ciudad de España", "la ciudad más barata de Europa"):
        // el lugar dentro del que se ordena no dice cuál es.
        '(?:este|[eé]ste|esta|[eé]sta) es (?:el|la) (?:(?:[\\p{L}]+\\s+){1,2}?(?:que|con|donde|en (?:el|la) que|del que|de la que)|(?:[\\p{L}]+\\s+){0,2}?(?:m[aá]s|menos|mejor|peor|mayor)(?:(?: [\\p{L}\\p{N}-]+){0,2}? (?:de|del|en) (?:la |el |los |las )?(?!(?:mi|mis|tu|tus|nuestr[oa]s?|vuestr[oa]s?)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: (?!https?:|www\\.)(?!(?:mi|mis|tu|tus|nuestr[oa]s?)(?![\\p{L}]))[\\p{L}\\p{N}.-]+)?)?)',
      why: 'Points forward at a place, person or thing ("Este es el país con la gasolina más barata") and keeps which one for the click; a name after it tells.',
      example: 'Este es el país con la gasolina más barata del mundo',
      atStart: true,
      namedAnswers: true,
    },
    {
      pattern:
        'aqu[ií] (?:te|les|os) (?:lo |la |los |las )?(?:decimos|contamos|explicamos|mostramos|dejamos|compartimos)|aqu[ií] (?:los detalles|el v[ií]deo|las im[aá]genes|la lista|lo que|la respuesta|el momento|la raz[oó]n)',
      why: WHY.forwardReference,
      example: 'Aquí te decimos cuánto cuesta el nuevo pasaporte',
      atStart: true,
    },
    {
      pattern: '(?:[eé]l|ella|ellos|ellas) (?:es|son|era|eran) (?:el|la|los|las) ',
      why: 'A pronoun at the start ("Ella es la nueva novia de...") points at a person in a picture the post does not name.',
      example: 'Ella es la nueva novia del cantante',
      atStart: true,
    },
    {
      pattern: '(?:esto|eso) es (?:todo )?lo que (?:debes|tienes que|necesitas|hay que|deber[ií]as) saber',
      why: WHY.knowledgePromised,
      example: 'Esto es lo que debes saber antes de viajar a Cancún',
      atStart: true,
    },
    ...COMPOSED,
  ],
  sympathy: [
    { pattern: '(?:oremos|oramos|rezamos|recemos|orando|rezando|oraciones|oro|rezo|recen|oren) (?:por|para)', why: WHY.prayerAsPost, example: 'Oremos por México' },
    { pattern: '(?:mis|nuestras|sentidas|sinceras) (?:m[aá]s )?(?:sentidas |sinceras |profundas )?condolencias|(?:mi|nuestro) (?:m[aá]s )?(?:sentido )?p[eé]same', why: WHY.condolences, example: 'Mis condolencias a las familias' },
    { pattern: '(?:mi|nuestro|todo mi|todo nuestro) coraz[oó]n (?:est[aá] )?(?:con|para)|(?:mis|nuestros) pensamientos (?:y oraciones )?(?:est[aá]n |van )?(?:con|para|a)|(?:mis|nuestras) oraciones (?:est[aá]n |van )?(?:con|para|a)', why: WHY.sympathyOnly, example: 'Mi corazón está con Valencia' },
    { pattern: '(?:descansen|descanse) en paz|d\\.e\\.p\\.?|q\\.?e\\.?p\\.?d\\.?|qepd|rip', why: WHY.farewell, example: 'Descansen en paz' },
    { pattern: 'fuerza (?:a|para)(?![\\p{L}])|mucha fuerza|mucho [aá]nimo|[aá]nimo (?:a|para)(?![\\p{L}])|(?:todo|mucho) (?:mi|nuestro) (?:apoyo|cari[nñ]o)|(?:env[ií]o|enviamos|mando|mandamos) (?:mucho |todo mi |todo nuestro )?(?:amor|fuerza|cari[nñ]o|apoyo|abrazos)', why: WHY.warmthOnly, example: 'Mucha fuerza a las familias' },
    { pattern: 'cu[ií]dense(?: mucho)?|(?:est[eé]n|mant[eé]nganse|qu[eé]dense) (?:a salvo|seguros)', why: WHY.emptyWish, example: 'Cuídense mucho' },
    { pattern: 'dios(?:ito)? (?:(?:te|los|las|les|lo|la|nos|os) )?(?:bendiga|proteja|cuide|ayude)(?! (?:esta|este|estos|estas|nuestra|nuestro|mi) (?:comida|mesa|casa|hogar|d[ií]a|cosecha|almuerzo|cena|desayuno)(?![\\p{L}]))|dios est[eé] con|bendiciones (?:a|para) ', why: 'Una bendición sin información: a blessing with nothing told.', example: 'Dios bendiga a las familias' },
    { pattern: '(?:qu[eé]|tanta|mucha|much[ií]sima) tristeza|(?:me|nos) (?:parte|rompe|duele) (?:el|en el) (?:alma|coraz[oó]n)|coraz[oó]n (?:roto|partido)|(?:muy |tan |qu[eé] )?(?:triste|terrible|horrible|tr[aá]gico) (?:lo (?:que pas[oó]|ocurrido|sucedido)|noticia)', why: 'Feeling about the news, with none of the news.', example: 'Qué tristeza lo que pasó' },
    { pattern: '(?:espero|esperamos|ojal[aá]) (?:que )?(?:todos|todo el mundo|toda la gente|mi familia|mis amigos)(?: [\\p{L}]+){0,4}? (?:est[eé]n|se encuentren|est[eé]) (?:bien|a salvo|seguros)', why: WHY.emptyWish, example: 'Espero que todos estén bien' },
    { pattern: '(?:pensando|pienso) en (?:todos |todas )?(?:los|las) (?:afectad[oa]s|v[ií]ctimas|familias|damnificad[oa]s)|solidaridad con', why: 'Sympathy without anything the reader can use.', example: 'Pensando en todos los afectados' },
  ],
  warmth: [
    { pattern: '(?:mi|el) canal (?:favorito|preferido)|mi (?:youtuber|creador|creadora) (?:favorit[oa]|preferid[oa])|el mejor canal (?:de|en) (?:youtube|cocina|m[uú]sica|tecnolog[ií]a)', why: WHY.praiseOfTheirWork, example: 'Este canal es mi canal favorito, lo veo todos los días' },
    { pattern: 'qu[eé] (?:historia|recuerdo|texto) (?:m[aá]s |tan )?(?:bonit[oa]|lind[oa]|precios[oa]|emotiv[oa])', why: WHY.praiseOfTheirWords, example: 'Qué historia tan bonita la de tu abuela' },
    { pattern: 'qu[eé] (?:bonito|bonita|lindo|linda|precios[oa]|emotiv[oa]) (?:es )?(?:lo que (?:cuentas|escribes|compartes|contaste|escribiste)|(?:esta |esa )?(?:historia|recuerdo|texto|publicaci[oó]n))', why: WHY.praiseOfTheirWords, example: 'Qué bonito lo que cuentas de tu abuela' },
    { pattern: 'felicidades|felicitaciones|enhorabuena|felicito', why: WHY.congratulations, example: '¡Felicidades!' },
    { pattern: 'bienvenid[oa]s? (?:al equipo|a bordo|al grupo|al laboratorio)', why: 'A welcome to someone joining the team: warmth to that person, not an announcement of the author\'s.', example: '¡Bienvenida al equipo, Marta!' },
    { pattern: 'feliz (?:cumplea[nñ]os|cumple|aniversario)', why: WHY.wish, example: 'Feliz cumple, Ana' },
    { pattern: '(?:mucha |buena )suerte|mejórate|que te mejores|(?:lo )?siento mucho|mi m[aá]s sentido p[eé]same|te lo mereces|bien merecido|orgullos[oa] de ti', why: 'A wish or sympathy to the person one is answering.', example: 'Lo siento mucho' },
    { pattern: '(?:estamos|estoy) contigo|(?:estamos|estoy) aqu[ií] para (?:ti|lo que necesites)|pensando en (?:ti|vos|ustedes|vosotros|vosotras)|(?:te|les) mando (?:un )?(?:abrazo|fuerza)', why: WHY.supportInReply, example: 'Pensando en ti, Lucía' },
    { pattern: '(?:muchas )?gracias|mil gracias', why: WHY.thanksInReply, example: '¡Muchas gracias!' },
    // Thanks typed short, as in English "thx": "grax", "grcs".
    { pattern: 'grax|grcs|thx', why: WHY.thanksInReply, example: 'grax, me sirvió un montón!' },
    { pattern: '(?:un )?abrazo(?: fuerte)?|abrazos', why: WHY.warmthInReply, example: 'Un abrazo fuerte' },
  ],
  report: [
    { pattern: "entra(?:n|r[aá]|r[aá]n)? en vigor|entr[oó] en vigor|(?:ser[aá]|ser[aá]n|pasa a ser|pasan a ser) (?:obligatori[oa]s?|ilegal(?:es)?)|queda(?:n|r[aá]|r[aá]n)? prohibid[oa]s?", why: 'A rule that takes effect or becomes binding ("takes effect on July 1", "entra en vigor", "será obligatoria"): what changes, and for whom, is the news.', example: "Desde el 1 de julio la ITV de las motos será obligatoria cada dos años" },
    { pattern: 'alerta (?:de )?(?:estafa|fraude|phishing|seguridad)|aviso de (?:estafa|fraude|retirada)|retirada (?:de(?:l)? (?:producto|mercado))|(?:retiramos|estamos retirando) (?:del mercado )?(?:el|la|los|las|nuestr[oa]s?)', why: 'A warning of a scam or a recall: what to avoid and what to do, a notice for the reader.', example: 'Alerta de estafa: no pedimos datos de tarjeta por SMS' },
    { pattern: '(?:dice|dicen|dijo|informa|inform[oó]|confirma|confirm[oó]|anuncia|anunci[oó]|advierte|seg[uú]n) ', why: WHY.source, example: 'Según Protección Civil, hay tres heridos' },
    { pattern: '(?:autoridades|polic[ií]a|bomberos|protecci[oó]n civil|ayuntamiento|gobierno|ministerio)', why: WHY.authority, example: 'Los bomberos piden evitar la zona' },
    { pattern: '(?:[uú]ltima hora|actualizaci[oó]n|alerta|aviso|atenci[oó]n):', why: WHY.newsLabel, example: 'Aviso: la carretera está cortada' },
    { pattern: '(?:env[ií]a|envi[oó]|env[ií]an|expres[aó]|expresan|transmite|transmiti[oó]) (?:sus )?(?:m[aá]s sentidas )?(?:condolencias|p[eé]same|solidaridad)', why: WHY.reportedSympathy, example: 'El rey envía sus condolencias a las familias' },
    { pattern: '(?:dijo|declar[oó]|explic[oó]) a (?:los )?(?:periodistas|medios)|portavoz|(?:en un )?comunicado', why: WHY.pressSource, example: 'El portavoz de bomberos dijo a los periodistas que el fuego sigue activo' },
  ],
  happened: [
    { pattern: '(?:muere|mueren|muri[oó]|murieron|fallece|fallecen|falleci[oó]|fallecieron|ha muerto|han muerto|ha fallecido|han fallecido|pierde la vida|pierden la vida|perdi[oó] la vida|perdieron la vida)', why: WHY.whatHappened, example: 'Muere un bombero en el incendio de una fábrica en Rosario' },
    // An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.
    { pattern: "(?:declara|declar[oó]|ha declarado|decreta|decret[oó]|ha decretado) (?:[\\p{L}-]+ ){1,9}?(?:la |una |el )?(?:emergencia|pandemia|zona (?:de )?(?:desastre|cat[aá]strofe)|estado de (?:alarma|emergencia|excepci[oó]n|sitio))", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "La OMS declara el brote de mpox una emergencia de salud pública internacional" },
    { pattern: "(?:advierte|alerta|pide) a (?:los |las )?(?:consumidores|usuarios|vecinos|residentes|padres|conductores|viajeros|pacientes|la poblaci[oó]n|la ciudadan[ií]a) (?:que|no|sobre|de|a no)(?![\\p{L}])", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Sanidad advierte a los consumidores que no coman estas verduras congeladas" },
    { pattern: "dejar[aá] de (?:vender|fabricar|producir|ofrecer|comercializar)|(?:suspende|retira|retir[oó]) (?:la venta|del mercado)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Apple dejará de vender el iPhone SE en la UE" },
    { pattern: "(?:(?:un|el|una|la|nuevo) )?(?:estudio|ensayo|encuesta|informe|investigaci[oó]n) (?:[\\p{L}\\p{N}.,'’-]+ ){0,8}?(?:vincula|relaciona|asocia|liga|concluye que|demuestra que|revela que|muestra que|confirma que)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Un estudio del CSIC con 3.400 niños vincula más de dos horas diarias de pantalla con peores notas" },
    { pattern: '(?:cerrad[oa]s?|cortad[oa]s?|abiert[oa]s?|cancelad[oa]s?|suspendid[oa]s?|aplazad[oa]s?|evacuad[oa]s?|inundad[oa]s?|sin luz)', why: WHY.changeOfState, example: 'La línea 3 está cortada hasta las 18:00' },
    { pattern: '(?:no hay|sin|no tenemos|seguimos sin) (?:clases|colegio|escuela|agua|agua potable|electricidad|energ[ií]a|gas|calefacci[oó]n|internet|se[ñn]al|cobertura|trenes|autobuses|vuelos|correo)(?![\\p{L}])', why: WHY.outage, example: 'Mañana no hay clases y el barrio sigue sin agua' },
    { pattern: '(?:matando|hiriendo) a|dejando (?:al menos |m[aá]s de )?(?:\\d[\\d,.]*|decenas de|cientos de|miles de) (?:muertos|heridos|damnificados)|descarril[oó]|se (?:estrell[oó]|derrumb[oó]|desplom[oó])(?![\\p{L}])|explot[oó]|hizo erupci[oó]n', why: WHY.eventVerb, example: 'Un tren descarriló cerca de la estación, matando a cuatro personas' },
    { pattern: '(?:muertos|heridos|fallecidos|desaparecidos|rescatados|detenidos)', why: WHY.whatHappened, example: 'Dos heridos en el incendio' },
    { pattern: '(?:afectad[oa]s?|golpead[oa]s?|azotad[oa]s?|arrasad[oa]s?) por|(?:azot[oó]|arras[oó]|golpe[oó]) (?:a|el|la|los|las)|(?:se )?(?:propagan?|extienden?|avanzan?) (?:hacia|por|a)|restablecid[oa]s?|necesita(?:n)? (?:ayuda|rescate|agua|comida|voluntarios|donaciones)', why: WHY.eventCourse, example: 'Guatemala ha sido afectada por un fuerte sismo' },
    { pattern: 'cifra de (?:muertos|v[ií]ctimas|fallecidos)|(?:casas|viviendas|edificios) (?:destruid[oa]s|quemad[oa]s|inundad[oa]s|da[nñ]ad[oa]s)|hect[aá]reas (?:quemadas|arrasadas)|toc[oó] tierra', why: WHY.damageToll, example: 'La cifra de muertos sube a 12 y hay 40 viviendas destruidas' },
    { pattern: '(?:sube|suben|subió|subieron|aumenta|aumentó|baja|bajan|bajó|cae|cayó|duplica|duplicó|amplía|amplió|extiende|extendió|prorroga|prorrogó|recorta|recortó|reduce|redujo|cerró|cierra|alcanza|alcanzó|eleva|elevó) (?:[\\p{L}\'’-]+ ){0,6}?(?:a|en|hasta|al|de|del)(?: (?:el|la|los|las|un|una))? (?:R\\$|US\\$|[$€£])? ?\\d[\\d.,]*(?!:\\d)', why: 'A figure changed: a price, limit, rate or deadline raised, cut, extended or closing at a number ("raises its standard plan to $10.99", "amplía hasta el 30 de abril el plazo") is the news itself, not a teaser\'s count.', example: 'El SAT amplía hasta el 30 de abril el plazo para la declaración anual' },
  ],
  event: [
    { pattern: 'incendios?(?: forestal(?:es)?)?|fuegos? forestal(?:es)?|bomberos forestales', why: WHY.eventNamed, example: 'El incendio forestal avanza hacia el pueblo' },
    { pattern: 'inundaci[oó]n(?:es)?|riadas?|terremotos?|sismos?|temblor(?:es)?|r[eé]plicas?|tsunamis?|deslaves?|deslizamientos?|erupci[oó]n(?:es)?|meteoritos?', why: WHY.eventNamed, example: 'Las inundaciones cortan la carretera del río' },
    { pattern: 'tormentas?|huracan(?:es)?|hurac[aá]n|tifones|tif[oó]n|ciclones|cicl[oó]n|tornados?|ola de calor|temporal', why: WHY.eventNamed, example: 'El huracán toca tierra esta noche' },
    { pattern: 'explosi[oó]n(?:es)?|tiroteos?|atentados?|derrumbes?|descarrilamientos?|accidente (?:de|del) (?:tren|avi[oó]n|autob[uú]s|helic[oó]ptero)', why: WHY.eventNamed, example: 'Explosión en la planta química' },
  ],
  volunteerCall: [
    { pattern: '(?:necesita|necesitan|necesitamos|buscamos|busca|buscan) (?:\\d+|unos|unas|algunos|algunas|m[aá]s|dos|tres|cuatro|cinco|diez)? ?(?:voluntari[oa]s|personas voluntarias)', why: WHY.volunteerCall, example: 'Nuestro banco de alimentos necesita 10 voluntarios este sábado' },
    { pattern: 'se (?:necesitan|buscan) voluntari[oa]s|voluntari[oa]s (?:necesari[oa]s|urgentes)', why: WHY.volunteerCall, example: 'Se necesitan voluntarios en el comedor social el domingo' },
  ],
  relief: [
    { pattern: 'don(?:a|ar|en|ad) (?:a|en) (?:la )?(?:cruz roja|c[aá]ritas|unicef|banco de alimentos)', why: WHY.donateTo, example: 'Puedes donar a la Cruz Roja en su web' },
    { pattern: '(?:env[ií]a|manda) (?:un )?(?:sms|mensaje) (?:con \\p{L}+ )?al \\d{3,6}', why: WHY.textToGive, example: 'Envía un SMS con AYUDA al 28092' },
    { pattern: '(?:albergues?|refugios?|centros? de acopio) (?:est[aá]n? )?(?:abiertos? )?(?:en)', why: WHY.shelterOpen, example: 'Centro de acopio en la plaza mayor' },
    { pattern: 'se (?:necesitan|buscan) voluntari[oa]s|voluntari[oa]s (?:necesari[oa]s|urgentes)', why: WHY.volunteersNeeded, example: 'Se necesitan voluntarios en el polideportivo' },
    { pattern: 'c[oó]mo (?:puedes |podemos )?ayudar a (?:los |las )?(?:afectad[oa]s|v[ií]ctimas|damnificad[oa]s)', why: WHY.howToHelp, example: 'Cómo ayudar a los afectados por el terremoto' },
  ],
  newsSource: [
    { pattern: 'para (?:las )?[uú]ltimas (?:noticias|novedades) (?:sobre|de)|para (?:m[aá]s )?(?:informaci[oó]n|actualizaciones|novedades) (?:sobre|de)', why: WHY.followNews, example: 'Sigue a @emergencias para las últimas noticias sobre el incendio' },
  ],
  petition: [
    { pattern: 'firm(?:a|ad|en) (?:ya|aqu[ií]|hoy|la petici[oó]n)|petici[oó]n', why: WHY.petitionAsk, example: 'Que paren la mina junto al río. Firma ya' },
  ],
  audience: [
    { pattern: 'si (?:tienes|usas|eres|vas|quieres|buscas|est[aá]s|vives|trabajas|os|te|(?:constru|vend|lanz|mont|gestion|dirig|llev|factur|cobr|contrat|abr|empiez|ten[eé]s|us[aá]s|mane|program|dise[nñ]|escrib|ense[nñ]|entren|cocin|hornea|cultiv|alquil|compr)[\\p{L}]*(?:as|es|[aáeé]s))(?![\\p{L}])', why: WHY.ifYou, example: 'Si usas Excel a diario: aprende los atajos de las tablas dinámicas' },
    { pattern: 'quien (?:tenga|quiera|necesite|pueda|est[eé]|viva|sea)', why: WHY.forThoseWho, example: 'Quien tenga mantas de sobra, el albergue de la calle Mayor las recoge hasta el viernes' },
    { pattern: 'para (?:quien|quienes|los que|las que|todos los que|cualquiera que)', why: WHY.forThoseWho, example: 'Para quienes buscan piso en Valencia: el Idealista avisa antes si activas las alertas' },
  ],
  notice: [
    { pattern: 'abiert[oa]s? (?:hasta|desde) (?:las? )?(?:\\d[\\d:.]*(?:am|pm|h|hs)?|medianoche|mediod[ií]a)|abrimos (?:tambi[eé]n )?(?:los |el |todos los )?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|d[ií]as)|abiert[oa]s? (?:los |todos los )?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos|d[ií]as)', why: WHY.openingHours, example: 'A partir del lunes abrimos también los domingos de 10 a 14 h' },
    { pattern: '(?:nuevo|el nuevo) horario|horario (?:de (?:verano|invierno|navidad|apertura|siempre)|habitual)', why: WHY.openingHours, example: 'Volvemos el día 16 con el horario de siempre' },
    { pattern: '(?:cerramos|cerrad[oa]s?|cierre) (?:por (?:vacaciones|festivo|navidad|obras|inventario)|(?:el|los|del|desde el|hasta el) (?:\\d[\\d:.]*(?:am|pm|h|hs)?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))', why: WHY.closure, example: 'Cerramos por vacaciones del 1 al 15 de agosto' },
    { pattern: '(?:cierra|cierran|cerrar[aá]n?|(?:est[aá]n?|estar[aá]n?|permanece|permanecen|permanecer[aá]n?|sigue|seguir[aá]) cerrad[oa]s?)(?: [\\p{L}\\d]+){0,3}? por (?:limpieza|mantenimiento|obras|reformas?|reparaci[oó]n|reparaciones|inventario|formaci[oó]n|un evento privado)', why: WHY.closure, example: 'La piscina municipal cierra el lunes por limpieza' },
  ],
  fundsFor: [
    // Money raised for someone's named need (a wheelchair, an operation, a funeral), not the author's own.
    { pattern: 'ayudar a (?:pagar|costear|financiar|comprar) (?!(?:mi|mis|nuestr[oa]s?)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+ ){0,4}?(?:silla de ruedas|operaci[oó]n|tratamiento|cirug[ií]a|entierro|funeral|pr[oó]tesis|terapia|trasplante|aud[ií]fonos?)(?![\\p{L}])', why: WHY.fundsGoTo, example: 'una rifa para ayudar a pagar la silla de ruedas de Álvaro' },
    { pattern: '(?:cada|todo el) (?:euro|d[oó]lar|peso|c[eé]ntimo|dinero)s? (?:recaudado )?(?:va|ir[aá]) (?:directamente |íntegramente )?(?:para|a)(?! (?:m[ií]|mis?|nosotros|nuestr[oa]s?)(?![\\p{L}]))|todo (?:lo recaudado|el dinero) va (?:directamente |íntegramente )?(?:para|a)(?! (?:m[ií]|mis?|nosotros|nuestr[oa]s?)(?![\\p{L}]))|todo va para (?:la|el|los|las|sus)|(?:los )?beneficios (?:van|ir[aá]n) (?:para|a)(?! (?:m[ií]|mis?|nosotros|nuestr[oa]s?)(?![\\p{L}]))', why: WHY.fundsGoTo, example: 'Todo va para sus talleres' },
    { pattern: 'recaudar (?:fondos|dinero) (?:para|a favor de)(?! (?:m[ií]|mis|nosotros|nuestr[oa]s?)(?![\\p{L}]))|a beneficio de', why: WHY.fundsGoTo, example: 'Corro la maratón para recaudar fondos para la asociación de alzhéimer' },
  ],
  openLicence: [
    { pattern: 'sin (?:registro|registrarte|registrarse|cuenta|correo|e-?mail|iniciar sesi[oó]n)|sin (?:pedir|dar|dejar) (?:tu |el |ning[uú]n )?(?:correo|e-?mail)', why: WHY.noStrings, example: 'Plantilla gratis, sin registro: ejemplo.com/plantilla' },
    { pattern: 'sin trampa(?: ni cart[oó]n)?|sin letra peque[nñ]a|sin muro de pago', why: WHY.noStrings, example: 'Plantilla gratuita de planificación, sin trampa' },
    { pattern: '(?:es|son|totalmente|gratis y) (?:de )?(?:c[oó]digo abierto|open[- ]source)|(?:c[oó]digo abierto|open[- ]source)(?=\\s*[:(,.!;]|\\s*$| y gratis| en github)|software libre', why: WHY.openLicence, example: 'Hice una extensión que oculta los Shorts. Código abierto: github.com/x/noshorts' },
    { pattern: '(?:con|bajo) (?:una )?licencia (?:abierta|libre|cc[- ]by|creative commons|mit)|(?:de )?(?:acceso abierto|dominio p[uú]blico)|(?:libres?|gratis) para (?:usar|reutilizar)', why: WHY.openLicence, example: '5.000 audios de acentos del español, con licencia abierta' },
    { pattern: '(?:diapositivas|slides|plantillas|apuntes|fichas|ejercicios|grabaciones|c[oó]digo|chuletas?)(?: y (?:las |los |mis )?(?:diapositivas|plantillas|apuntes|fichas|ejercicios|grabaciones|c[oó]digo))? (?:ya |ahora )?(?:son|est[aá]n|es|est[aá]) (?:ya |ahora )*(?:libres?|gratis|gratuit[oa]s?|de acceso libre)(?![\\p{L}]| (?:para (?:miembros|suscriptores)))', why: WHY.openLicence, example: 'las diapositivas ya son libres: 3 ejercicios y una chuleta' },
    { pattern: '(?:los )?(?:datos|c[oó]digo)(?: y (?:el |los )?(?:c[oó]digo|datos))? (?:son|es|est[aá]n) (?:abiertos?|p[uú]blicos?)(?![\\p{L}])', why: WHY.openLicence, example: 'Los datos y el código son abiertos, enlace abajo' },
    { pattern: '(?:mi|mis|nuestr[ao]s?) (?:peque[ñn][ao] )?(?:herramienta|app|aplicaci[oó]n|librer[ií]a|biblioteca|extensi[oó]n|proyecto|programa|plugin|juego)s? (?:gratuit[ao] |libre )?(?:de c[oó]digo abierto|open[- ]source)(?![\\p{L}])', why: WHY.openLicence, example: 'Nueva versión de mi herramienta de código abierto para PDF: la 2.3 arregla el fallo con escaneos' },
  ],
  finding: [
    { pattern: "(?<!(?:sin|cero) )(?:(?:las|los|la|el|una|dos|algunas|principales?|gran) )*(?:limitaciones|limitaci[oó]n|salvedades|salvedad|advertencias|l[ií]mites)(?: (?:del|de nuestro|de este) (?:estudio|trabajo|an[aá]lisis|art[ií]culo|ensayo))? ?[:—](?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])", why: WHY.limitsStated, example: 'Prohibir el móvil en el recreo se asoció con un 11% menos de acoso. Limitaciones: no fue aleatorio y los datos los reportan los centros.' },
    { pattern: '(?:prob[eé]|probamos|compar[eé]|comparamos|teste[eé]|testamos) (?:\\d+|dos|tres|cuatro|cinco|seis|diez)(?! veces(?![\\p{L}]))', why: WHY.comparisonRun, example: 'Probé 4 apps de presupuesto durante 3 meses: solo me quedo con una' },
    { pattern: '(?:encontramos|mostramos|demostramos|hallamos|observamos|descubrimos) que|(?:nuestros|los) (?:resultados|datos) (?:muestran|indican|sugieren)(?: que)?|(?:el )?(?:hallazgo|resultado) principal|(?:el )?principal (?:hallazgo|resultado)', why: WHY.findingStated, example: 'Encontramos que los bosques de ribera reducen la temperatura del agua' },
    { pattern: '(?<=(?:\\d|(?<![\\p{L}])(?:todas|todos|ambas|ambos|mayoría)(?![\\p{L}]))[^.!?\\n]{0,120})(?:tenían|tienen|compartían|comparten) (?:algo|una cosa|un rasgo) en común ?[:—]|(?:todas|todos) (?:hacían|hicieron) (?:una|la misma) cosa ?[:—]', why: WHY.sharedTrait, example: 'Las 9 que consiguieron entrevista tenían algo en común: la primera frase nombraba un problema de la oferta' },
  ],
  generalization: [
    { pattern: '(?:la mayor[ií]a de (?:los|las)|casi todos los|casi todas las) (?!(?:personas|gente|emprendedores|empresas|marcas|d[ií]as|noches|semanas|veces|a[nñ]os)(?![\\p{L}]))\\p{L}{3,}', why: WHY.generalization, example: 'La mayoría de las bibliotecas prestan lectores de libros electrónicos' },
  ],
  hiring: [
    { pattern: '(?:estamos )?contratando|contratamos|buscamos (?:un|una|[\\p{L}]+/a|[\\p{L}]+ o [\\p{L}]+)|oferta de empleo|#empleo', why: WHY.jobAd, example: 'Buscamos cocinero/a para media jornada' },
  ],
  saidBy: [
    { pattern: '(?:ha |han |hab[ií]a )?(?:dice|dicen|dijo|dijeron|anuncia|anuncian|anunci[oó]|anunciaron|anunciado|confirma|confirman|confirm[oó]|confirmaron|confirmado|informa|informan|inform[oó]|informaron|informado|asegura|asegur[oó]|afirma|afirm[oó]|comunic[oó])', why: WHY.saidBy, example: 'El ayuntamiento anunció que el bono joven ya está disponible' },
  ],
  accordingTo: [
    { pattern: 'seg[uú]n|de acuerdo con', why: WHY.accordingTo, example: 'Según Apple, el iPhone 17 ya está disponible' },
  ],
  publicGood: [
    { pattern: '(?:biblioteca|piscina|escuela|colegio|centro|servicio|transporte|comedor|huerto|cocina|nevera|despensa)s? (?:municipal|p[uú]blic[oa]|comunitari[oa]|vecinal|solidari[oa]|social|escolar)(?:e?s)?', why: WHY.publicBody, example: 'La biblioteca municipal ya presta herramientas' },
    { pattern: 'banco de alimentos|comedor social|centros? de salud|ayuntamiento|consistorio|junta (?:municipal|de distrito)', why: WHY.publicBody, example: 'El banco de alimentos vuelve a abrir los viernes' },
    { pattern: '(?:abono|bono|pase|tarjeta) (?:de )?(?:transporte|joven|jubilado|estudiante|escolar)', why: WHY.publicPass, example: 'El nuevo abono joven ya está disponible' },
    { pattern: '(?:en|de) (?:cualquier|todas las|cada) (?:estaci[oó]n|biblioteca|oficina de correos)(?:es)?', why: WHY.takenAnywhere, example: 'Se consigue en cualquier estación' },
    { pattern: '(?:coge|toma|llévate) lo que necesites|deja lo que puedas', why: WHY.commons, example: 'Coge lo que necesites y deja lo que puedas' },
  ],
  freeForAll: [
    { pattern: '(?:gratis|gratuit[oa]s?) para (?:tod[oa]s|todo el mundo|(?:los |las )?(?:vecin[oa]s|niñ[oa]s|mayores|estudiantes|menores))', why: WHY.freeForAll, example: 'Comida gratis para todos' },
  ],
  scamWarning: [
    // Una estafa cripto nombrada o un airdrop desmentido ("no hay ningún airdrop", "nunca te pediremos la frase semilla").
    { pattern: "drainers?(?![\\p{L}])|(?:es|son) (?:un |una )?(?:rug ?pull|estafa piramidal)|no hay (?:ning[uú]n )?(?:airdrop|token|preventa|sorteo)|nunca (?:te |os |les )?(?:pediremos|pedimos|pedir[aá]n) (?:tu |vuestra |su |la )?(?:frase semilla|clave privada|seed)", why: WHY.scamNamed, example: 'No hay ningún airdrop: esas webs son drainers' },
    // Una página, cuenta o tienda que se hace pasar por otro ("un perfil falso usa nuestras fotos").
    { pattern: '(?:perfil(?:es)?|cuentas?|tiendas?|anuncios?) (?:falsos?|falsas?|fake)(?![\\p{L}])', why: WHY.scamNamed, example: 'Hay un perfil falso que usa nuestras fotos y pide Bizum' },
    // The message or rumour debunked in a sentence of its own ("Es FALSO.", "Son falsos!"), as a scam named is.
    { pattern: '(?<!no )(?:es|son) (?:falso|falsa|falsos|falsas|fake|un bulo)(?=\\s*[.!]|\\s*$)', why: WHY.scamNamed, example: "Me llegó un SMS 'de Rentas' con un link para pagar una deuda. Es FALSO." },
    { pattern: '(?:es|son|era|eran) (?:una |un |todo un )?(?:estafas?|timos?|fraudes?|phishing)(?![\\p{L}])', why: WHY.scamNamed, example: 'Esos SMS de Correos son una estafa' },
    { pattern: '(?:estafa|timo|fraude) (?:del|de la|de los|de las|por (?:sms|whatsapp|tel[eé]fono|correo|email))(?![\\p{L}])', why: WHY.scamNamed, example: 'Circula la estafa del falso paquete' },
    { pattern: '(?:sms|mensajes?|llamadas?|correos?|webs?|p[aá]ginas?|enlaces?|facturas?) (?:falsos?|falsas?|fraudulent[oa]s?)', why: WHY.scamNamed, example: 'Llegan SMS falsos del banco pidiendo el PIN' },
    { pattern: 'alerta (?:de )?(?:estafa|fraude|phishing)', why: WHY.scamNamed, example: 'Alerta de estafa: no pedimos datos por SMS' },
    // La regla del remitente real para desenmascarar al falso ("La DIAN NO manda links por SMS", "el banco nunca te pide el PIN").
    { pattern: '(?:no|nunca) (?:te |les |os |le |nos )?(?:manda|mandan|env[ií]a|env[ií]an|mandar[aá]n?|enviar[aá]n?) (?:ning[uú]n |ningunos? )?(?:links?|enlaces?|v[ií]nculos?) (?:por|v[ií]a|en) (?:sms|whatsapp|correo|mensajes?|e-?mail)|(?:no|nunca) (?:te |les |os |le |nos )?(?:pide|piden|pedir[aá]n?|solicita|solicitan) (?:tus |sus |los |el |la |tu |su )?(?:datos (?:de (?:la |tu |su )?tarjeta|bancarios)|pin|contraseñas?|claves?)(?![\\p{L}])', why: WHY.scamNamed, example: 'La DIAN no manda links por SMS ni pide datos de tarjeta' },
  ],
};
