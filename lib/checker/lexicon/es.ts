// Spanish: asks as people write them (with and without accents; accents are folded before lookup).
import type { AskLexicon, TeaserLexicon } from './types';

export const es: AskLexicon = {
  shorthand: [
    { forms: ['porfa', 'porfavor', 'xfa', 'xfavor', 'pf', 'porfis', 'plis', 'pls', 'plz'], means: 'por favor', note: 'the usual ways to write "please"', example: 'porfa suscríbete' },
    { forms: ['q', 'k'], means: 'que', note: 'texting shorthand', example: 'me ayudaría mucho q me sigan' },
    { forms: ['xq', 'pq', 'xk', 'porq'], means: 'porque', note: 'texting shorthand', example: 'xq me ayuda mucho' },
    { forms: ['suscribete', 'subscribete', 'suscribanse', 'subscribanse', 'suscribance', 'suscribite', 'suscribirse'], means: 'suscríbete', note: 'without accents and with the English "sub-"', example: 'subscribete a mi canal' },
    { forms: ['vids'], means: 'videos', note: 'shorthand', example: 'mira mis vids' },
    { forms: ['subs'], means: 'suscriptores', note: 'an audience count', example: 'ayúdame a llegar a 100 subs' },
    { forms: ['tmb', 'tb', 'tmbn'], means: 'también', note: 'texting shorthand', example: 'comparte tmb' },
  ],
  please: ['por favor'],
  lead: ['y', 'e', 'tambien', 'porfavor', 'solo', 'ya', 'dale', 'denle', 'den', 'da', 'chicos', 'amigos', 'gente', 'vamos', 'no', 'o', 'pasen', 'pasate', 'vayan', 've', 'dadle', 'dad'],
  frames: [
    { pattern: '(?:puedes|podrias|pueden|podrian|podeis)', note: 'a question that is a request', example: '¿podrías seguirme?' },
    { pattern: 'si (?:alguien (?:quiere|le apetece)|quereis|quieres|quieren|os apetece|te apetece|les apetece)', note: 'el favor ofrecido a quien quiera (solo cuenta con una acción hacia algo del autor)', example: 'si alguien quiere pasarse por mi canal se agradece' },
    { pattern: 'no (?:te |se )?olvid(?:es|en) (?:de)?', note: 'the classic closing ask', example: 'no olvides suscribirte' },
    { pattern: '(?:me|nos) (?:ayudaria|ayudarias|ayudarian|encantaria) (?:mucho |un monton |un monton de |muchisimo |bastante )?(?:que|si)?', note: 'asking for a favour ("un montón", "muchísimo": how much, in speech)', example: 'me ayudaría mucho que me sigan' },
    { pattern: '(?:te|les|os) agradeceria (?:mucho )?(?:que|si)?', note: 'asking for a favour', example: 'les agradecería que compartan' },
    { pattern: 'significaria (?:mucho|muchisimo|un monton|todo) (?:para (?:mi|nosotros) )?si', note: 'asking for a favour ("muchísimo", "todo": how much)', example: 'significaría muchísimo si compráis mi ebook' },
    { pattern: 'si (?:te|os|les) (?:ha |han )?(?:gusto|gusta|gustado|sirvio|sirve|servido)', note: 'the conditional ask at the end of a video, to one viewer or to all ("si os ha gustado")', example: 'si os ha gustado, suscribiros' },
  ],
  welcome: [
    { pattern: '(?:se )?(?:agradece|agradecen|agradeceria|agradeceran)|(?:son |es )?bienvenid[oa]s?', note: 'the passive ask', example: 'compartidos se agradecen' },
    { pattern: '(?:ya )?(?:me|nos) (?:ayudar[ií]a|ayudar[ií]an)|(?:ya )?(?:me|nos) (?:ayuda|ayudan) (?:much[ií]simo|un mont[oó]n|un mundo|un huevo|un mogoll[oó]n)', note: 'the same wish said as what the action would do for the author; the present only with a strong intensifier ("compartir me ayuda a pensar", "me ayuda mucho a ordenar ideas" name a use, not an ask)', example: 'Cualquier compartido me ayuda muchísimo' },
  ],
  helpMe: [
    { pattern: '(?:me|nos) ayud(?:as|ais|[aá]is|an|ar[ií]as|ar[ií]ais|ar[ií]an) a (?:llegar|conseguir|alcanzar|tener)', bareCount: '', note: 'the same request asked as a question ("¿me ayudáis a llegar a 1000?")', example: '¿Me ayudáis a llegar a 1000 seguidores?' },
    { pattern: 'ayud(?:a|e|en|ame|enme|anos|adme)(?: me| nos)? a (?:llegar|conseguir|alcanzar|tener)', bareCount: '', note: 'asking for audience numbers (a count alone at the end of the clause is one: "¡ayúdame a llegar a 10k!")', example: 'ayúdame a llegar a 100 suscriptores' },
  ],
  actions: [
    { forms: ['busca', 'busquen', 'buscad', 'buscar', 'buscame', 'busquenme', 'buscanos'], finds: true, note: 'un nombre que buscar en un sitio: un canal señalado donde no se permiten enlaces', example: 'Busquen DJ Kato en youtube, sube mezclas cada semana' },
    { forms: ['suscribete', 'suscribanse', 'suscribirte', 'suscribirse', 'suscribir', 'suscribirme', 'suscribase', 'suscribiros', 'suscribios', 'suscribes', 'suscribas'], self: true, link: true, asking: ['suscribete', 'suscribanse', 'suscribase', 'suscribios', 'suscribiros'], note: 'subscribing helps the channel asking', example: 'suscríbete a mi canal' },
    { forms: ['sigueme', 'siganme', 'siguenos', 'siganos', 'seguidme', 'seguidnos', 'seguirme', 'seguirnos', 'sigan', 'sigue', 'seguir'], self: true, obeys: true, link: true, asking: ['sigueme', 'siganme', 'siguenos', 'siganos', 'seguidme', 'seguidnos'], note: 'a follow helps the account asking', example: 'sígueme para más' },
    { forms: ['comparte', 'compartan', 'compartid', 'compartir', 'compartelo', 'compartanlo', 'compartirlo', 'difunde', 'difundan', 'rt', 'retuitea'], self: true, link: true, note: 'sharing spreads whoever asks', example: 'comparte por favor' },
    { forms: ['apoyame', 'apoyanos', 'apoyenme', 'apoya', 'apoyen', 'apoyar', 'apoyarme'], link: true, asking: ['apoyame', 'apoyanos', 'apoyenme'], note: 'support for the author', example: 'apóyame con un like' },
    { forms: ['vota', 'voten', 'votar', 'votad', 'votame', 'votenme', 'votanos', 'votennos', 'votadnos'], self: true, link: true, asking: ['votame', 'votenme', 'votanos', 'votennos', 'votadnos'], note: 'votes for the one asking', example: 'voten por mí' },
    { forms: ['dona', 'donen', 'donar'], self: true, link: true, note: 'money for the one asking', example: 'donen a mi campaña' },
    { forms: ['visita', 'visiten', 'visitad', 'visitar', 'pasate', 'pasen', 'pasaos', 'pasad', 'pasas', 'pases', 'pasarse', 'pasarte', 'pasaros', 'pasense'], link: true, note: 'traffic for the author', example: 'visita mi canal' },
    { forms: ['entra', 'entren', 'entrad', 'ingresa', 'ingresen', 'accede', 'accedan'], link: true, note: '"entra a www…": traffic for the author, only toward a link or a place of theirs ("el coro entra en el 1:20" sends nobody)', example: 'para descargar la canción entra a www.descargas.net' },
    { forms: ['mira', 'miren', 'mirad', 'mirar', 've', 'vean', 'ved', 'ver', 'checa', 'chequea', 'echa', 'echen'], link: true, note: 'views for the author', example: 'miren mi último video' },
    { forms: ['like', 'likes'], note: 'a like for the author (not "gusta": "me gusta arreglar cosas" is the author liking; "dale me gusta" is a phrase)', example: 'dale like a mi video' },
    { forms: ['compra', 'compren', 'comprar', 'comprais', 'comprarais', 'pide', 'pidan', 'descarga', 'descarguen', 'descargar', 'unete', 'unanse', 'unirte', 'registrate', 'registrense', 'escucha', 'escuchen', 'escuchar', 'haz', 'hagan', 'clic', 'click', 'entra', 'entren'], link: true, sells: true, note: 'sales, installs, members and clicks for the author', example: 'únete a mi grupo' },
    { forms: ['agenda', 'agende', 'agenden', 'agendad', 'reserva', 'reserve', 'reserven', 'reservad', 'programa', 'contrata', 'contraten'], sells: true, note: 'a booking of the author’s time, only with the author named as company ("agenda una llamada conmigo"); "agenda del evento: link" is a timetable', example: 'Agenda una llamada gratuita conmigo' },
    { forms: ['usa', 'usen', 'usad', 'prueba', 'prueben', 'probad'], favour: true, note: '"usa mi extensión": instalaciones y ventas para el autor, solo con una cosa suya ("usa la escalera", "prueba este truco" no piden nada)', example: 'La verdad, usa mi app, hace todo eso por ti' },
    { forms: ['escuchalo', 'escuchala', 'escuchenlo', 'escuchenla', 'escuchadlo', 'miralo', 'mirala', 'mirenlo', 'mirenla', 'velo', 'veanlo', 'chequealo', 'checalo', 'denle', 'echale', 'echenle', 'echadle'], withIt: true, favour: true, note: 'forms that carry "it": plays for the author when "it" is a thing the author just brought in', example: 'hice un cover de esta canción, denle una escuchada' },
  ],
  // The infinitive as the subject too: "compartir se agradece", "difundir es bienvenido".
  actionNouns: ['boosts', 'compartidos', 'compartido', 'rts', 'retuits', 'likes', 'votos', 'donaciones', 'seguidores', 'suscripciones', 'compartir', 'difundir', 'difusion'],
  me: ['me', 'mi', 'nos', 'nosotros', 'mio'],
  my: ['mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  we: ['nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  your: ['tu', 'tus'],
  owned: [
    'canal', 'video', 'videos', 'programa', 'mentoria', 'taller', 'pagina', 'perfil', 'cuenta', 'tienda', 'web', 'sitio', 'blog', 'libro', 'curso', 'podcast', 'musica', 'cancion',
    'tema', 'publicacion', 'post', 'foto', 'fotos', 'emprendimiento', 'negocio', 'proyecto', 'enlace', 'link', 'trabajo', 'arte', 'contenido', 'directo',
    'stream', 'grupo', 'comunidad', 'rifa', 'campana', 'youtube', 'tiktok', 'instagram', 'insta', 'juego', 'app', 'marca', 'album', 'disco', 'reel', 'reels',
    // Los otros sitios y las obras en plural a los que un comentarista manda ('sígueme en mi twitter', 'escucha mis canciones').
    'twitter', 'facebook', 'face', 'tumblr', 'canciones', 'temas', 'covers',
    // El comentario mismo ('dale like a este comentario para que vean mi canal'), como en inglés 'like this comment'.
    'comentario',
    // El nombre y la foto del comentarista llevan a su canal ('dale a mi nombre').
    'nombre',
    'soundcloud', 'spotify', 'bandcamp', 'pista', 'pistas', 'cover', 'covers', 'remix', 'playlist', 'vlog',
    // Lo que el autor toca o dirige ('escuchen a mi banda', 'únete a mi clan').
    'banda', 'clan',
    // Versiones propias de la canción del video ('miren mi parodia', 'escuchen mi versión').
    'parodia', 'version', 'freestyle',
    // Lo que el autor fabrica o escribe y ofrece ('usa mi extensión', 'lee mi newsletter'), como en inglés.
    'extension', 'plugin', 'herramienta', 'producto', 'productos', 'newsletter', 'ebook', 'plantilla', 'plantillas',
  ],
  audience: ['suscriptores', 'seguidores', 'vistas', 'visitas', 'likes', 'votos', 'subs', 'reproducciones', 'miembros', 'firmas'],
  streak: ['día', 'dia'],
  pointing: ['esto', 'este', 'esta', 'lo', 'la'],
  articles: ['lo', 'la'],
  negation: ['no', 'nunca', 'jamas', 'ni'],
  particles: ['a', 'al', 'en', 'por', 'para', 'un', 'una'],
  subjects: ['yo', 'nosotros', 'nosotras'],
  resale: { words: ['vender', 'vendíamos', 'vendía'], note: 'una rebaja tras vender dicho como paso es un consejo', example: 'vender el pan del día anterior a mitad de precio' },
  scam: { imitates: { words: ['copia', 'copian', 'copió', 'copio', 'copiaron', 'copiando', 'imita', 'imitan', 'imitando', 'clona', 'clonan', 'clonando', 'se hace pasar por', 'se hacen pasar por', 'haciéndose pasar por', 'haciendose pasar por'], note: 'lo del autor nombrado como lo que copia una estafa está imitado, no promocionado', example: 'Una web falsa que copia nuestra tienda vende todo al 70%' }, only: { words: ['solo', 'sólo', 'solamente', 'únicamente', 'unicamente'], note: 'el único sitio donde se consigue lo real distingue la tienda real de la falsa', example: 'No somos nosotros. Solo vendemos en lahoja.es' } },
  closers: ['por', 'favor', 'ya', 'ahora', 'hoy', 'chicos', 'amigos', 'gente', 'y', 'tambien', 'porfa', 'gracias', 'aqui', 'abajo', 'para'],
  theirs: ['su', 'sus', 'ella', 'el', 'ellos', 'ellas'],
  ownerOf: ['de', 'del'],
  speech: {
    say: ['dice', 'dicen', 'dijo', 'dijeron', 'decia', 'decian', 'repite', 'insiste', 'cree', 'piensa', 'recomienda', 'recomendo', 'aconseja', 'quiere', 'pide', 'pidio'],
    speakers: [
      'sobrina', 'sobrino', 'nieta', 'nieto',
      'hermano', 'hermana', 'madre', 'padre', 'mama', 'papa', 'padres', 'mujer', 'marido', 'esposa', 'esposo', 'novia', 'novio', 'pareja', 'hijo', 'hija',
      'abuela', 'abuelo', 'tia', 'tio', 'primo', 'prima', 'amigo', 'amiga', 'amigos', 'amigas', 'jefe', 'jefa', 'companero', 'companera', 'profe', 'profesor',
      'profesora', 'terapeuta', 'medico', 'vecino', 'vecina', 'todos', 'mundo', 'gente', 'familia', 'el', 'ella', 'ellos',
      'comentarios', 'spammers', 'alguien',
    ],
    self: ['yo', 'nosotros', 'digo', 'decimos'],
    opens: ['que', 'yo', 'mi', 'mis'],
    describes: ['diciendo', 'pidiendo', 'rogando', 'escribiendo', 'comentando', 'poniendo', 'spameando'],
    cut: ['pero', 'asi', 'aunque', 'igual'],
    sharedPlaces: ['calle', 'barrio', 'pueblo', 'ciudad', 'carretera', 'edificio', 'zona', 'colonia', 'escuela', 'rio', 'puente', 'playa', 'comarca'],
    hazards: ['inundacion', 'inundaciones', 'inundado', 'inundada', 'incendio', 'incendios', 'fuego', 'humo', 'tormenta', 'tornado', 'huracan', 'terremoto', 'sismo', 'deslave', 'apagon', 'fuga', 'evacuacion', 'evacuar'],
    // The vosotros forms carry "you all" in the verb: "mi amigo dice que todos deberíais suscribiros a mi canal".
    toReaders: /^\p{L}{3,}(?:ais|eis)$/u,
    note: 'mi hermano dice que, todo el mundo me dice que: lo que sigue son palabras de otro',
    example: 'Mi hermano dice que estoy buscando trabajo, pero yo solo quiero terminar la carrera',
  },
  loneUrgency: [
    { pattern: '[uú]ltim(?:a|as|o|os) (?:oportunidad|d[ií]as|horas)', note: 'also narrative ("la última oportunidad del partido")', example: 'última oportunidad para el Madrid' },
    { pattern: '(?:termina|acaba|cierra) ', note: 'seasons and events end too', example: 'la temporada termina mañana' },
  ],
  thanks: ['gracias', 'mil gracias'],
  meeting: ['reunimos', 'juntamos', 'cafe', 'café', 'comer', 'cenar', 'almorzar', 'desayunar', 'cerveza', 'vernos', 'quedar', 'quedamos', 'charlar', 'conocernos'],
  notImperative: '(?:ando|iendo|ado|ido)$',
  forOthers: ['víctimas', 'afectados', 'damnificados', 'rescate', 'evacuados', 'desaparecido', 'desaparecida', 'emergencia', 'desastre', 'beneficencia', 'solidaridad', 'refugio', 'heridos', 'donar', 'donaciones', 'voluntarios', 'voluntario', 'voluntariado'],
  drives: ['campaña', 'colecta', 'recaudación', 'vaquita', 'rifa', 'gofundme'],
  // Lost animals (types.ts): "Lost cat near Elm Park, please share".
  lostWords: ['perdido', 'perdida', 'perdio', 'perdimos', 'extraviado', 'extraviada', 'escapado', 'escapada', 'escapo', 'se escapo'],
  animals: ['perro', 'perra', 'perrito', 'perrita', 'gato', 'gata', 'gatito', 'gatita', 'cachorro', 'mascota', 'loro', 'periquito', 'conejo', 'tortuga', 'caballo'],
  // Found belongings (types.ts): "Keys found near the playground, message me to describe them".
  foundWords: ['encontrado', 'encontrada', 'encontrados', 'encontradas', 'encontré', 'encontramos', 'hallado', 'hallada', 'hallados', 'halladas'],
  belongings: ['llaves', 'llave', 'cartera', 'billetera', 'monedero', 'móvil', 'celular', 'bolso', 'mochila', 'gafas', 'anillo', 'collar', 'pulsera', 'reloj', 'bufanda', 'chaqueta', 'abrigo', 'paraguas', 'pasaporte', 'dni', 'portátil', 'auriculares', 'bici', 'bicicleta', 'peluche'],
  // Quien avala en un anuncio (types.ts): "Los médicos dicen que este suplemento quema grasa. Ya disponible por 29 €".
  endorsers: ['expertos', 'experto', 'médicos', 'medicos', 'médico', 'dentistas', 'dermatólogos', 'nutricionistas', 'científicos', 'cientificos', 'estudios', 'usuarios', 'clientes', 'compradores', 'reseñas', 'influencers', 'gente', 'fans', 'todos', 'mamás', 'profesionales', 'traders', 'analistas', 'críticos'],
  // Event words a tag is, or ends with after a place or a name (#yycflood, #qldfloods, #HighParkFire, #earthquake):
  // the tag files the post under the event, not under reach (hashtag-stuffing does not count it).
  eventTags: ['inundacion', 'inundaciones', 'incendio', 'incendios', 'terremoto', 'sismo', 'temblor', 'huracan', 'tormenta', 'tifon', 'tornado', 'tsunami', 'explosion', 'tiroteo', 'atentado', 'accidente', 'derrumbe', 'deslave', 'erupcion'],
  toolInUse: {
    before: ['con', 'usando', 'a', 'al', 'en'],
    articles: ['el', 'la'],
    note: 'a version right after a tool the author moves to or works with is that tool’s release in use, not an offer',
    example: 'Transcribo las entrevistas con Whisper v3 y reviso a mano',
  },
  talksWith: [
    { pattern: '(?:hablamos|conversamos|charlamos|hablo|converso|charlo) con ((?:[^!?\\n]{1,60}?)) (?:sobre|de)', note: 'the author talks with a guest about a topic', example: 'Nuevo episodio: hablamos con la Dra. Lena Ortiz sobre el sueño.' },
    { pattern: '(?:un|una) ((?:[^!?.,:\\n]{1,40}?)) (?:explica|nos explica|nos cuenta|nos habla de|nos habla sobre)', note: 'a guest described by their work explains the topic', example: 'Nuevo episodio: una matrona explica las primeras 48 horas tras el parto.' },
    { pattern: 'entrevistamos a ((?:[^!?\\n]{1,60}?)) (?:sobre|de)', note: 'the author interviews a guest on a topic', example: 'Entrevistamos a Marta Gil sobre huertos urbanos.' },
  ],
  introduces: [
    { pattern: '(?:hice|hicimos|subi|subimos|tengo|tenemos|grabe|grabamos|cree|creamos|saque|sacamos|publique|publicamos|he hecho|he subido|he grabado|hemos hecho|hemos subido|acabo de (?:subir|sacar|hacer|grabar|publicar))(?: (?:un|una|unos|mi|mis|nuestro|nuestra))?(?: (?:nuevo|nueva|propio|propia|primer|primera|pequeno|pequena))*', note: 'the author says they made or have a thing of their own', example: 'hice un cover de esta canción, denle una escuchada' },
    { pattern: '(?<!(?:^|\\s)(?:en|de|a|por) )(?:mi|mis|nuestro|nuestra)(?: (?:nuevo|nueva|primer|primera|propio|propia|ultimo|ultima))*', note: 'the author names a thing of their own (not a place it sits)', example: 'este es mi nuevo tema, escúchalo' },
  ],
  purpose: { words: ['para'], note: 'a purpose after a follow or a subscription that names the author is the author\'s ask', example: 'suscríbete para ver mis videos' },
  forAuthor: { words: ['por', 'para'], note: 'un voto o un favor para el autor, nombrado unas palabras después', example: 'Votad en los premios de la ciudad por nosotros' },
  sites: { words: ['youtube', 'yt', 'spotify', 'soundcloud', 'bandcamp', 'tiktok', 'instagram', 'insta', 'ig', 'twitch', 'google'], before: ['a', 'por'], note: 'sites a name is looked up on', example: 'busquen DJ Kato en youtube' },
  conditions: [
    { pattern: 'si (?:te|les|os) (?:gusta|gustan|gusto|encanta|encantan)', note: 'the conditional opening of a pitch', example: 'si te gusta el rap de verdad pasate por mi canal' },
    { pattern: '(?<![\\s\\S])(?:para|pa) (?:\\S+ ){0,4}?(?:gratis|barat[oa]s?|descuentos?)', note: 'una ganga que abre la frase ("Para descargar la canción gratis…"), y luego la acción hacia un enlace o un sitio del autor; "Para más información entra a link" remite a noticias', example: 'Para descargar la canción gratis entra a www.descargasmp3.net' },
    { pattern: '(?:a )?(?:quien|quienes|el que|la que|los que|las que|todo el que|todos los que)(?: (?:le|les))? (?:guste|gusten|gusta|gustan|encante|encanta|ame|aman|escuche|escuchan)', note: 'la misma condición dicha de los lectores que la cumplen: un pitch para ellos', example: 'A quien le guste el reggaeton que pase por mi canal' },
  ],
  comparatives: ['mas', 'mejor', 'menos'],
  guidance: {
    words: ['pasos', 'paso', 'instrucciones', 'indicaciones', 'consejos', 'recomendaciones', 'guia', 'receta', 'normas', 'reglas', 'procedimiento', 'protocolo', 'tutorial', 'senales', 'plan', 'rutina', 'metodo', 'proceso', 'patron', 'orden', 'pautas', 'manual'],
    before: ['los', 'las', 'estos', 'estas', 'esos', 'esas', 'el', 'la', 'este', 'esta', 'siguientes', 'mismos', 'mismas', 'sencillos', 'simples', 'unos', 'unas', 'todos', 'todas', 'bien', 'solo'],
    note: 'lo que se sigue haciéndolo: con esto detrás, "sigue" explica cómo y no pide seguidores',
    example: 'Sigue estos pasos: apágala 30 segundos, ve a Configuración > Red…',
  },
  madeIt: [{ pattern: "(?:que )?(?:hice|hicimos|grabe|grabamos|subi|subimos|cree|creamos|edite|cante)", note: 'the author says they made the thing just named', example: "miren este video que hice" }],
  booked: ['un', 'una', 'tu', 'su', 'vuestra', 'vuestro'],
  withMe: [{ forms: ['conmigo', 'con nosotros', 'con nosotras', 'con migo'], note: 'the author as company: a booking with them sells their time', example: 'Agenda una llamada gratuita conmigo' }],
  launch: ['presentamos', 'os presentamos', 'les presentamos', 'conoce', 'conozcan'],
  proclitic: ['me', 'nos'],
  places: ['en', 'por'],
};

/** The words the teaser checks read (teasers.ts, rules/learned-bait.ts). */
export const esTeaser: TeaserLexicon = {
  means: {
    pattern: '(?<![\\p{L}])(?:usando|utilizando|gracias a|[\\p{L}]{3,}(?:ando|iendo))(?![\\p{L}])',
    note: 'una línea de cómo pasó que nombra su medio cuenta el cómo ("usando caché", "gracias a", un gerundio)',
    example: 'Cómo reducir el tiempo de CI de 40 a 9 minutos usando la caché de node_modules',
  },
  and: { words: ['y', 'e'], note: 'a sentence may open with "y" (or "e" before an i-sound) and still point forward at what it keeps back', example: 'Y así lucía la ciudad hace 100 años' },
  attention: {
    words: ['atención', 'atencion', 'ojo', 'alerta', 'mira', 'guau', 'vaya', 'wow', 'omg'],
    note: 'a call for attention or a gasp, set off by a comma or "!", leaves the teaser after it at its sentence start',
    example: 'Atención, esto es lo que pasa si cargas el móvil de noche',
  },
  denial: { words: ['no es', 'no son', 'no fue', 'no era', 'ni'], note: 'un nombre justo tras una negación queda descartado, no dado', example: 'Este es el país con el mejor salario mínimo (no es Chile)' },
  source: { words: ['según', 'segun', 'de acuerdo con'], note: 'un nombre justo tras una fuente es quien lo dice, no la respuesta', example: 'Esta es la mejor ciudad de España para vivir, según la OCU' },
  knownSubjects: { words: ['él', 'ella', 'ellos', 'ellas'], note: 'a third-person subject opening the post: someone from the writer’s own circle, not a headline’s named subject', example: 'Ella lleva cinco años con las mismas zapatillas y todavía corre 10 km al día' },
  announce: { words: ['anunciar', 'anunciamos', 'anunciarles'], note: 'the verbs an author announces their own news with', example: 'Feliz de anunciarles que me uno al equipo de Globant' },
  firstPerson: {
    clauseOpeners: { words: ['que', 'cual', 'quien', 'donde', 'cuando'], note: 'relatives after which the verb comes first', example: 'la razón por la que amo el otoño' },
    beforeVerb: {
      // Clitics that are no article: "la", "o", "a" before a noun ending in -o ("que la mano") are.
      words: ['no', 'nunca', 'ya', 'siempre', 'aún', 'también', 'más', 'lo', 'le', 'les', 'te', 'se'],
      note: 'a negation, a time word or a clitic pronoun may stand between the relative and its verb',
      example: 'el plato que nunca le preparé a nadie',
    },
    verb: {
      pattern: '^\\p{Ll}{2,}(?:o|oy|é|í|mos)$',
      note: 'the first person: present "-o", "estoy", preterite "-é/-í", plural "-mos"',
      example: 'lo que cociné anoche',
    },
    notVerb: {
      words: [
        'todo', 'esto', 'eso', 'ello', 'algo', 'mucho', 'poco', 'tanto', 'cuanto', 'mismo', 'solo', 'pero', 'como', 'nuevo', 'medio',
        'tampoco', 'luego', 'pronto', 'primero', 'segundo', 'hoy', 'qué', 'café', 'bebé', 'aquí', 'así', 'allí', 'ahí', 'según', 'hubo',
      ],
      endings: ['dijo', 'hizo', 'tuvo', 'puso', 'quiso', 'supo', 'vino', 'trajo', 'pudo', 'duvo', 'cupo', 'dujo', 'dio', 'vio', 'rio'],
      note: 'words that end as a first person does and are none: pronouns, adverbs, nouns, and third-person preterites in -o',
      example: 'lo que dijo el ministro',
    },
    we: {
      // Unaccented only: "últimos", "próximos", "mínimos" are adjectives; a capital is a name ("Ramos").
      pattern: '^[a-zñ]{2,}(?:amos|emos|imos)$',
      note: 'the first person plural, "-amos/-emos/-imos": what "we" did',
      example: 'Por fin terminamos la casa del árbol',
    },
    unaccented: {
      accents: 'áéíóú',
      ending: 'o',
      firstOnly: ['go', 'zco'],
      except: ['llego', 'pago', 'juego', 'cargo', 'jugo', 'apago', 'entrego', 'pego', 'riego', 'niego', 'ago', 'lago', 'algo', 'amigo'],
      note: 'typed without accents, "paso", "cambio", "murio" are as often "pasó", "cambió", "murió": the news, not I. Then only presents in -go/-zco, which no preterite shares, tell the author (not nouns such as "lago" or preterites such as "llego" for "llegó")',
      example: 'lo que hago cuando no puedo dormir',
    },
  },
  everyone: { words: ['todos', 'todas'], note: 'Una primera persona junto a "todos" ("el error que todos cometemos", "todos nosotros") habla por cualquiera, no de la vida del autor.', example: 'Un médico revela el error que todos nosotros cometemos al desayunar' },
  exclaiming: {
    interjections: {
      words: ['guau', 'wow', 'omg', 'uf', 'uff', 'buah', 'uy', 'ay', 'dios mío', 'dios mio', 'madre mía', 'madre mia', 'olé', 'wtf'],
      note: 'interjections are someone speaking: a headline does not say "uf" or "madre mía"',
      example: 'Madre mía, el atardecer de hoy en la playa',
    },
    laughter: { pattern: '(?:j[aei]){2,}j?|(?:js){2,}j?|(?:ha){2,}h?|xd+', note: 'laughter is someone reacting, not a headline', example: 'mi gato durmiendo encima del teclado otra vez jajaja' },
    exclamatives: {
      words: ['qué', 'que', 'vaya', 'menudo', 'menuda', 'menudos', 'menudas'],
      note: '"qué" (or "vaya", "menudo") with a noun or an adjective and the end of the clause exclaims ("Qué golazo", "Vaya partido")',
      example: 'Qué golazo de Messi, qué partido',
    },
    relatives: ['que'],
    notExclamative: {
      words: [
        'es', 'son', 'fue', 'era', 'está', 'están', 'hay', 'pasa', 'pasó', 'paso', 'hacer', 'significa', 'sabemos', 'sabe', 'dice', 'dijo', 'ocurre',
        'ocurrió', 'hace', 'puede', 'pueden', 'debes', 'se', 'le', 'les', 'te', 'me', 'nos', 'lo', 'la', 'los', 'las', 'el', 'no', 'si',
      ],
      note: 'a verb, a pronoun or an article after "qué"/"que" makes a question or a clause ("Qué es el ébola", "Que no te engañen")',
      example: 'Qué pasó en Venezuela',
    },
    intensifiers: { words: ['tan', 're', 'súper', 'super'], note: '"tan" before a word that ends its clause is the speaker\'s feeling ("qué canción tan bonita")', example: 'Qué canción tan bonita, la escucho todos los días' },
    notIntensified: { words: ['solo', 'sólo', 'pronto'], note: '"tan solo", "tan pronto" end no exclamation', example: 'Se fue tan pronto.' },
    speakerOpeners: {
      words: ['no puedo creer', 'no lo puedo creer', 'no me lo creo'],
      note: 'the speaker\'s disbelief at the start of a sentence',
      example: 'No puedo creer que ya sea diciembre',
    },
    opinionLabels: { words: ['opinión impopular', 'opinion impopular', 'opinión polémica', 'en mi opinión', 'en mi opinion'], note: 'the speaker labels what follows as their own view: an opinion said, not a headline keeping something back', example: 'Opinión impopular: la piña en la pizza es lo mejor' },
    verdicts: { words: ['perfecto', 'perfección', 'felicidad', 'gloria'], note: 'a one-word verdict as the last sentence is the speaker summing up their moment', example: 'Tarde de lluvia, café y una buena película. Perfecto' },
    elongation: 3,
  },
};
