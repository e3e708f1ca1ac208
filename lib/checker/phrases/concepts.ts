// Words a rewording swaps for one another, grouped by what they mean, so the content-word view of a post
// (similarity.ts contentWords) sees "hiring" and "vaga", "DM" and "mensaje privado", "vence" and "gana" as the same
// word. Each concept lists the written forms of all five languages (accents are folded before lookup, so either
// spelling works; forms are matched whole, after the function words are dropped, so inflections are listed).
//
// Keep concepts tight: two different messages on one topic share more words once their synonyms meet, so a concept
// holds only words a person would swap when saying the same thing again, never merely related ones ("job" and
// "hiring" stay apart: "job cuts" is not a vacancy).
//
// TURNS are pairs of concepts that say a thing changed state: a post that says "reopened" about what an earlier one
// said was "closed" is news about it, not the same message (history.ts reworded).
import type { Lang } from '../types';

export interface Concept {
  id: string;
  why: string;
  /** Two posts saying one message with words of this concept. */
  example: string;
  words: Record<Lang, readonly string[]>;
}

const SWAPPED = 'Swapped for one another when the same message is said again.';

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'hiring',
    why: 'A vacancy said as a verb ("we are hiring") or a noun ("open position"): the same job ad.',
    example: '"Estamos contratando dev back-end" / "Vaga aberta: dev back-end"',
    words: {
      en: ['hire', 'hires', 'hiring', 'recruit', 'recruiting', 'recruits', 'vacancy', 'vacancies'],
      es: ['contratando', 'contratar', 'contratamos', 'contrata', 'vacante', 'vacantes', 'reclutando', 'buscamos'],
      de: ['einstellen', 'stellenangebot', 'stellenanzeige', 'recruiting'],
      fr: ['recrute', 'recrutons', 'recruter', 'recrutement', 'embauche', 'embauchons', 'poste'],
      pt: ['contratando', 'contratar', 'contratamos', 'contrata', 'vaga', 'vagas', 'recrutando', 'recrutamos'],
    },
  },
  {
    id: 'developer',
    why: 'The person who writes software, by any of its names.',
    example: '"dev front React" / "développeur front-end React"',
    words: {
      en: ['developer', 'developers', 'dev', 'devs', 'programmer', 'programmers', 'engineer', 'engineers'],
      es: ['desarrollador', 'desarrolladora', 'desarrolladores', 'programador', 'programadora', 'ingeniero', 'ingeniera'],
      de: ['entwickler', 'entwicklerin', 'programmierer', 'programmiererin', 'ingenieur', 'ingenieurin'],
      fr: ['developpeur', 'developpeuse', 'developpeurs', 'programmeur', 'ingenieur', 'ingenieure'],
      pt: ['desenvolvedor', 'desenvolvedora', 'desenvolvedores', 'programador', 'programadora', 'engenheiro', 'engenheira'],
    },
  },
  {
    id: 'job',
    why: 'A post of work, by any of its names.',
    example: '"new role at Stripe" / "new job at Stripe"',
    words: {
      en: ['job', 'jobs', 'role', 'roles', 'position', 'positions'],
      es: ['empleo', 'puesto', 'puestos'],
      de: ['job', 'jobs', 'stelle', 'stellen'],
      fr: ['emploi', 'emplois', 'job'],
      pt: ['emprego', 'empregos'],
    },
  },
  {
    id: 'staff',
    why: 'The people who work for an employer.',
    example: '"lays off 9,000 employees" / "9,000 staff let go"',
    words: {
      en: ['employees', 'employee', 'staff', 'workers', 'worker', 'staffers'],
      es: ['empleados', 'empleadas', 'trabajadores', 'plantilla'],
      de: ['mitarbeiter', 'mitarbeitende', 'beschaftigte', 'angestellte', 'belegschaft'],
      fr: ['employes', 'effectifs', 'personnel'],
      pt: ['funcionarios', 'empregados', 'trabalhadores'],
    },
  },
  {
    id: 'layoff',
    why: 'Jobs cut by an employer.',
    example: '"Amazon lays off 9,000" / "9,000 layoffs at Amazon"',
    words: {
      en: ['layoff', 'layoffs', 'lays', 'laid', 'redundancies'],
      es: ['despidos', 'despide', 'despedir', 'despidio', 'ere'],
      de: ['entlassungen', 'entlasst', 'stellenabbau', 'kundigungen'],
      fr: ['licenciements', 'licencie', 'licencier', 'suppressions'],
      pt: ['demissoes', 'demite', 'demitir', 'demitiu', 'cortes'],
    },
  },
  {
    id: 'ads',
    why: 'Advertising, long or short.',
    example: '"hit hardest in ads" / "mostly in advertising"',
    words: {
      en: ['ads', 'advertising', 'adverts', 'advertisement', 'advertisements'],
      es: ['publicidad', 'anuncios'],
      de: ['werbung'],
      fr: ['publicite', 'pubs'],
      pt: ['publicidade', 'anuncios'],
    },
  },
  {
    id: 'dm',
    why: 'A private message, by any of its names.',
    example: '"Envoyez-moi un message privé" / "Écrivez-moi en MP"',
    words: {
      en: ['dm', 'dms', 'inbox', 'message', 'messages'],
      es: ['md', 'privado', 'mensaje', 'mensajes'],
      de: ['pn', 'nachricht', 'nachrichten'],
      fr: ['mp', 'prive', 'message', 'messages'],
      pt: ['dm', 'privado', 'mensagem', 'inbox'],
    },
  },
  {
    id: 'contact',
    why: 'Asking to be written to, by any verb.',
    example: '"Mándame un mensaje" / "Escríbeme por privado"',
    words: {
      en: ['contact', 'email'],
      es: ['escribeme', 'escribenos', 'mandame', 'contactame', 'contactanos', 'escribidme'],
      de: ['schreib', 'schreibt', 'kontaktiert', 'kontaktiere', 'melde'],
      fr: ['ecrivez', 'envoyez', 'contactez', 'ecris'],
      pt: ['escreva', 'escrevam', 'manda', 'mandem', 'contate'],
    },
  },
  {
    id: 'win',
    why: 'A win told by its verb: "beat", "won", "vence", "gana", "schlägt".',
    example: '"el Madrid vence al Barça" / "el Real Madrid gana al Barcelona"',
    words: {
      en: ['win', 'wins', 'won', 'beat', 'beats', 'defeat', 'defeats', 'defeated'],
      es: ['gana', 'ganan', 'gano', 'vence', 'vencen', 'vencio', 'golea', 'goleo'],
      de: ['gewinnt', 'gewinnen', 'gewonnen', 'schlagt', 'besiegt', 'siegt'],
      fr: ['gagne', 'gagnent', 'bat', 'battu', 'remporte', 'emporte'],
      pt: ['ganha', 'ganhou', 'vence', 'venceu', 'bate', 'bateu', 'goleia', 'goleou'],
    },
  },
  {
    id: 'goal',
    why: 'A goal as a noun or as what a player does.',
    example: '"Wirtz trifft doppelt" / "Zwei Tore von Wirtz"',
    words: {
      en: ['goal', 'goals', 'scores', 'scored', 'brace'],
      es: ['gol', 'goles', 'anota', 'anoto'],
      de: ['tor', 'tore', 'treffer', 'trifft', 'traf'],
      fr: ['buts'],
      pt: ['gol', 'gols', 'golo', 'golos'],
    },
  },
  {
    id: 'approve',
    why: 'A body agreeing to a measure, as a verb or noun (vowel-changing forms like "aprueba" stem apart).',
    example: '"Aprobada la subida" / "El gobierno aprueba subir"',
    words: {
      en: ['approve', 'approves', 'approved', 'approval'],
      es: ['aprueba', 'aprueban', 'aprobada', 'aprobado', 'aprobo', 'aprobar', 'aprobacion'],
      de: ['genehmigt', 'beschliesst', 'beschlossen', 'billigt', 'verabschiedet'],
      fr: ['approuve', 'approuvee', 'adopte', 'adoptee'],
      pt: ['aprova', 'aprovada', 'aprovado', 'aprovou', 'aprovacao'],
    },
  },
  {
    id: 'rise',
    why: 'Something going up, by noun or verb.',
    example: '"la subida del salario mínimo" / "subir el salario mínimo"',
    words: {
      en: ['rise', 'rises', 'rising', 'rose', 'increase', 'increases', 'increased', 'raise', 'raises', 'raised', 'hike', 'hikes', 'hiked'],
      es: ['sube', 'suben', 'subida', 'subir', 'subio', 'aumento', 'aumenta', 'aumentan', 'alza'],
      de: ['steigt', 'steigen', 'gestiegen', 'erhoht', 'erhohung', 'anstieg', 'erhohen'],
      fr: ['hausse', 'augmente', 'augmentent', 'augmentation'],
      pt: ['sobe', 'sobem', 'subiu', 'aumento', 'aumenta', 'aumentou', 'subida'],
    },
  },
  {
    id: 'fall',
    why: 'Something going down, by noun or verb.',
    example: '"prices drop 5%" / "a 5% fall in prices"',
    words: {
      en: ['fall', 'falls', 'fell', 'drop', 'drops', 'dropped', 'decrease', 'decreases', 'decreased', 'decline', 'declines', 'declined'],
      es: ['baja', 'bajan', 'bajada', 'cae', 'caen', 'cayo', 'caida', 'descenso', 'descienden'],
      de: ['sinkt', 'sinken', 'gesunken', 'ruckgang', 'senkt', 'senkung'],
      fr: ['baisse', 'baissent', 'chute', 'chutent', 'diminue', 'diminution'],
      pt: ['cai', 'caem', 'caiu', 'queda', 'diminui'],
    },
  },
  {
    id: 'month',
    why: 'A month or monthly.',
    example: '"1.134 euros al mes" / "1134 € mensuales"',
    words: {
      en: ['month', 'months', 'monthly'],
      es: ['mes', 'meses', 'mensual', 'mensuales'],
      de: ['monat', 'monate', 'monatlich', 'monatliche', 'monatlichen'],
      fr: ['mois', 'mensuel', 'mensuelle', 'mensuels'],
      pt: ['mes', 'meses', 'mensal', 'mensais'],
    },
  },
  {
    id: 'sale',
    why: 'Prices cut for a while.',
    example: '"40% de descuento en rebajas" / "rebajas: 40% en toda la tienda"',
    words: {
      en: ['sale', 'sales', 'discount', 'discounts', 'discounted'],
      es: ['rebajas', 'descuento', 'descuentos', 'oferta', 'ofertas'],
      de: ['rabatt', 'rabatte', 'ausverkauf', 'schlussverkauf', 'sale'],
      fr: ['soldes', 'remise', 'reduction', 'promo', 'promotion'],
      pt: ['liquidacao', 'desconto', 'descontos', 'promocao', 'saldos'],
    },
  },
  {
    id: 'fee',
    why: 'What is charged on top.',
    example: '"no more oat milk surcharge" / "oat milk at no extra charge"',
    words: {
      en: ['charge', 'charges', 'surcharge', 'fee', 'fees'],
      es: ['recargo', 'tarifa', 'comision'],
      de: ['aufpreis', 'gebuhr', 'gebuhren', 'zuschlag'],
      fr: ['supplement', 'frais'],
      pt: ['taxa', 'taxas', 'acrescimo', 'tarifa'],
    },
  },
  {
    id: 'coffee',
    why: 'Coffee and the café that sells it.',
    example: '"oat milk with any coffee" / "our cafe has oat milk"',
    words: {
      en: ['coffee', 'cafe', 'coffeeshop'],
      es: ['cafe', 'cafeteria'],
      de: ['kaffee', 'cafe'],
      fr: ['cafe'],
      pt: ['cafe', 'cafeteria'],
    },
  },
  {
    id: 'salary',
    why: 'Pay for work.',
    example: '"minimum wage" / "salario mínimo"',
    words: {
      en: ['salary', 'salaries', 'wage', 'wages', 'pay'],
      es: ['salario', 'salarios', 'sueldo', 'sueldos'],
      de: ['gehalt', 'gehalter', 'lohn', 'lohne', 'mindestlohn'],
      fr: ['salaire', 'salaires', 'smic'],
      pt: ['salario', 'salarios'],
    },
  },
  {
    id: 'remote',
    why: 'Working from home, by any of its names.',
    example: '"100% remote" / "télétravail complet"',
    words: {
      en: ['remote', 'remotely', 'wfh'],
      es: ['remoto', 'remota', 'teletrabajo'],
      de: ['remote', 'homeoffice'],
      fr: ['teletravail'],
      pt: ['remoto', 'remota', 'teletrabalho'],
    },
  },
  {
    id: 'huge',
    why: 'Something very big, by any of the words a retelling swaps: "giant", "massive", "huge", "enorme", "riesig".',
    example: '"A giant sinkhole swallowed a car" / "massive sinkhole ate a car"',
    words: {
      en: ['huge', 'giant', 'massive', 'enormous', 'gigantic', 'colossal', 'mega'],
      es: ['enorme', 'enormes', 'gigante', 'gigantes', 'gigantesco', 'gigantesca', 'inmenso', 'inmensa', 'descomunal'],
      de: ['riesig', 'riesige', 'riesigen', 'riesiger', 'riesiges', 'gewaltig', 'gewaltige', 'gewaltigen', 'gewaltiger', 'gewaltiges', 'gigantisch', 'gigantische', 'enorm'],
      fr: ['enorme', 'enormes', 'geant', 'geante', 'geants', 'gigantesque', 'gigantesques', 'immense', 'immenses', 'colossal', 'colossale'],
      pt: ['enorme', 'enormes', 'gigante', 'gigantes', 'gigantesco', 'gigantesca', 'imenso', 'imensa', 'colossal'],
    },
  },
  {
    id: 'pregnant',
    why: 'A pregnancy told by adjective, noun or the baby on its way: "is pregnant", "expecting a baby", "schwanger".',
    example: '"Helene Fischer ist schwanger" / "helene fischer erwartet ein baby 🍼"',
    words: {
      en: ['pregnant', 'pregnancy', 'baby'],
      es: ['embarazada', 'embarazadas', 'embarazo', 'bebe'],
      de: ['schwanger', 'schwangerschaft', 'babybauch'],
      fr: ['enceinte', 'grossesse', 'bebe'],
      pt: ['gravida', 'gravidez', 'bebe'],
    },
  },
  {
    id: 'delay',
    why: 'Running late.',
    example: '"trains delayed" / "delays on the trains"',
    words: {
      en: ['delay', 'delays', 'delayed', 'pushed'],
      es: ['retraso', 'retrasos', 'retrasado', 'retrasados', 'retrasada', 'retrasa', 'retrasan'],
      de: ['verspatung', 'verspatungen', 'verspatet', 'verzogert', 'verzogerung'],
      fr: ['retard', 'retards', 'retarde', 'retardee', 'retardent', 'repousse', 'repoussee', 'repousses'],
      pt: ['atraso', 'atrasos', 'atrasado', 'atrasados', 'atrasada', 'atrasa', 'atrasou'],
    },
  },
  {
    id: 'workshop',
    why: 'A hands-on session, by any of its names.',
    example: '"taller de huerto" / "workshop on urban gardening"',
    words: {
      en: ['workshop', 'workshops'],
      es: ['taller', 'talleres'],
      de: ['workshop', 'workshops'],
      fr: ['atelier', 'ateliers'],
      pt: ['oficina', 'oficinas', 'workshop'],
    },
  },
  {
    id: 'halted',
    why: 'Something stopped, closed or moved away: the state a later "reopened" or "back" turns (TURNS).',
    example: '"I-70 closed from Golden to Vail" / "snow has shut I-70 between Golden and Vail"',
    words: {
      en: ['closed', 'shut', 'shuts', 'shutting', 'shutdown', 'cancelled', 'canceled', 'suspended', 'evacuated', 'evacuating', 'rerouted', 'diverted', 'blocked', 'outage', 'closing', 'postponed', 'postpones', 'scrubbed', 'scrubs', 'adjourned'],
      es: ['cerrado', 'cerrada', 'cerrados', 'cierra', 'cierran', 'cancelado', 'cancelada', 'suspendido', 'suspendida', 'evacuados', 'evacuado', 'desviado', 'desviados', 'cortada', 'cortado', 'cerrar', 'cierre', 'aplazado', 'aplazada', 'aplaza', 'aplazan', 'aplazó', 'pospuesto', 'pospuesta', 'pospone', 'posponen', 'desconvocada', 'desconvocado', 'desconvocan'],
      de: ['geschlossen', 'gesperrt', 'schliesst', 'abgesagt', 'evakuiert', 'umgeleitet', 'ausfall', 'schliessen', 'schließen', 'schliessung', 'schließung', 'verschoben', 'verschiebt', 'vertagt', 'abgebrochen'],
      fr: ['ferme', 'fermee', 'fermes', 'fermees', 'fermeture', 'annule', 'annulee', 'suspendu', 'suspendue', 'evacue', 'evacues', 'devie', 'fermer', 'reporte', 'reportee', 'ajourne', 'ajournee'],
      pt: ['fechado', 'fechada', 'fechados', 'fecham', 'cancelado', 'cancelada', 'suspenso', 'suspensa', 'evacuados', 'desviado', 'interditada', 'interditado', 'fechar', 'fechamento', 'encerramento', 'adiado', 'adiada', 'adia', 'adiam', 'adiou', 'adiaram'],
    },
  },
  {
    id: 'resumed',
    why: 'Running again: what turns an earlier "closed" or "evacuated" into news (TURNS).',
    example: '"I-70 has reopened" / "I-70 is open again"',
    words: {
      en: ['reopened', 'reopens', 'reopen', 'reopening', 'resumed', 'resumes', 'resume', 'restore', 'restores', 'restored', 'back', 'returning', 'returned'],
      es: ['reabre', 'reabren', 'reabierto', 'reabierta', 'reanuda', 'reanudado', 'restablecido', 'restablecida', 'normalidad'],
      de: ['wiedereroffnet', 'freigegeben', 'wiederhergestellt', 'wieder'],
      fr: ['rouvre', 'rouvert', 'rouverte', 'reouverture', 'reprend', 'reprise', 'retabli', 'retablie'],
      pt: ['reaberto', 'reaberta', 'reabre', 'retomado', 'retomada', 'restabelecido', 'restabelecida', 'normalizado', 'volta'],
    },
  },
  {
    id: 'lost',
    why: 'Something lost or missing: a later "found" is news (TURNS).',
    example: '"Lost: black wallet near the café" / "Missing my black wallet, near the café"',
    words: {
      en: ['lost', 'missing'],
      es: ['perdido', 'perdida', 'perdi', 'extraviado', 'extraviada'],
      de: ['verloren', 'vermisst', 'verlegt'],
      fr: ['perdu', 'perdue', 'egare', 'egaree'],
      pt: ['perdido', 'perdida', 'perdi', 'sumiu', 'desaparecido'],
    },
  },
  {
    id: 'found',
    why: 'Something found: news about what an earlier post said was lost (TURNS).',
    example: '"Found: a set of keys" / "Someone found keys on Main St"',
    words: {
      en: ['found'],
      es: ['encontrado', 'encontrada', 'encontre', 'hallado', 'hallada'],
      de: ['gefunden'],
      fr: ['trouve', 'trouvee', 'retrouve', 'retrouvee'],
      pt: ['encontrado', 'encontrada', 'encontrei', 'achado', 'achada', 'achei'],
    },
  },
  {
    id: 'begins',
    why: 'Something starting: a post that says it started is other news than one that says it ends (TURNS).',
    example: '"the sale starts Friday" / "our sale begins on Friday"',
    words: {
      en: ['starts', 'started', 'begins', 'began', 'begin', 'kicks'],
      es: ['empieza', 'comienza', 'empezo', 'comenzo', 'arranca'],
      de: ['beginnt', 'startet', 'begonnen', 'gestartet'],
      fr: ['commence', 'debute', 'demarre'],
      pt: ['comeca', 'comecou', 'inicia', 'iniciou', 'arranca'],
    },
  },
  {
    id: 'ends',
    why: 'Something ending or finished: other news than its start or its closure (TURNS).',
    example: '"our spring sale ends Friday" / "spring sale is over Friday"',
    words: {
      en: ['ends', 'ended', 'finished', 'finishes', 'wraps', 'lifted'],
      es: ['termina', 'terminan', 'termino', 'terminado', 'terminada', 'acaba', 'acabo', 'finaliza', 'finalizado', 'levantada', 'levantado'],
      de: ['endet', 'beendet', 'vorbei', 'fertig', 'aufgehoben'],
      fr: ['termine', 'terminee', 'finit', 'fini', 'finie', 'acheve', 'levee', 'levees'],
      pt: ['termina', 'terminou', 'terminado', 'terminada', 'acaba', 'acabou', 'encerra', 'encerrado', 'revogado', 'revogada'],
    },
  },
  {
    id: 'appointed',
    why: 'Someone put in a post: what a later "stepped down" or "ousted" turns (TURNS).',
    example: '"Yaccarino appointed CEO of X" / "X names Yaccarino as its new chief executive"',
    words: {
      en: ['appointed', 'appoints', 'appointment'],
      es: ['nombrado', 'nombrada', 'nombra', 'nombramiento'],
      de: ['ernannt', 'ernennt', 'ernennung'],
      fr: ['nomme', 'nommee', 'nomination'],
      pt: ['nomeado', 'nomeada', 'nomeia', 'nomeacao'],
    },
  },
  {
    id: 'departs',
    why: 'Someone leaving a post, of their will or not: "stepped down", "ousted", "removed", "dimite".',
    example: '"the board removed Sam Altman" / "Sam Altman ousted by the board"',
    words: {
      en: ['resigns', 'resigned', 'resign', 'resignation', 'quits', 'stepped', 'ousted', 'ousts', 'removed'],
      es: ['dimite', 'dimitio', 'dimision', 'renuncio', 'destituido', 'destituida', 'destituye', 'cesado', 'cesada'],
      de: ['zuruckgetreten', 'rucktritt', 'abgesetzt'],
      fr: ['demissionne', 'demission', 'limoge', 'limogee', 'evince', 'evincee'],
      pt: ['renunciou', 'demitido', 'demitida', 'afastado', 'afastada', 'exonerado', 'exonerada'],
    },
  },
  {
    id: 'quake',
    why: 'An earthquake by any of its names, and the verb for it ("tembló", "bebt" is rare).',
    example: '"Sismo de magnitud 6.1 en CDMX" / "tembló en cdmx, 6.1"',
    words: {
      en: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'temblor'],
      es: ['sismo', 'sismos', 'terremoto', 'terremotos', 'temblo', 'tiembla'],
      de: ['erdbeben', 'beben'],
      fr: ['seisme', 'seismes', 'tremblement'],
      pt: ['sismo', 'terremoto', 'terremotos', 'tremor', 'tremeu'],
    },
  },
  {
    id: 'dies',
    why: 'Someone dead, as a verb, an adjective or "RIP": how the news of a death is retold.',
    example: '"RIP Ozzy Osbourne" / "Ozzy Osbourne has died at 76"',
    words: {
      en: ['dies', 'died', 'dead', 'rip'],
      es: ['muere', 'murio', 'fallece', 'fallecio', 'fallecido', 'fallecida', 'muerto', 'muerta'],
      de: ['stirbt', 'gestorben', 'verstorben', 'tot'],
      fr: ['meurt', 'mort', 'morte', 'decede', 'decedee', 'deces'],
      pt: ['morre', 'morreu', 'faleceu', 'falece', 'morto', 'morta'],
    },
  },
  {
    id: 'breakup',
    why: 'A couple splitting up, by noun or verb: "divorcing", "split", "se separan", "Trennung".',
    example: '"Shakira y Piqué confirman su separación" / "se acabó: shakira y piqué se separan"',
    words: {
      en: ['divorce', 'divorced', 'divorcing', 'divorces', 'split', 'splits', 'breakup', 'separated', 'separating', 'separation'],
      es: ['separan', 'separacion', 'separados', 'separaron', 'divorcio', 'divorcian', 'divorciaron', 'ruptura'],
      de: ['trennung', 'getrennt', 'trennen', 'scheidung', 'geschieden'],
      fr: ['separent', 'separes', 'rupture', 'divorcent', 'divorce'],
      pt: ['separacao', 'separam', 'separaram', 'divorcio', 'separados'],
    },
  },
  {
    id: 'married',
    why: 'A wedding, by noun or verb: "got married", "weds", "se casan", "heiratet", "mariage".',
    example: '"Selena Gomez and Benny Blanco are married" / "selena and benny blanco had their wedding"',
    words: {
      en: ['married', 'marries', 'weds', 'wedding'],
      es: ['casan', 'casaron', 'boda', 'casados'],
      de: ['heiraten', 'heiratet', 'geheiratet', 'hochzeit', 'verheiratet'],
      fr: ['maries', 'marient', 'mariage', 'epouse'],
      pt: ['casam', 'casaram', 'casou', 'casamento', 'casados'],
    },
  },
  {
    id: 'arrested',
    why: 'Someone taken by the police, by noun or verb.',
    example: '"Rapper arrested in Atlanta" / "police detained the rapper in Atlanta"',
    words: {
      en: ['arrested', 'arrest', 'arrests', 'detained'],
      es: ['detenido', 'detenida', 'detienen', 'arrestado', 'arrestada', 'arresto', 'detencion'],
      de: ['festgenommen', 'verhaftet', 'festnahme', 'verhaftung'],
      fr: ['interpelle', 'interpellee', 'interpellation', 'arrestation'],
      pt: ['preso', 'presa', 'detido', 'detida', 'prisao'],
    },
  },
  {
    id: 'breach',
    why: 'Data taken from a company, by noun or verb: "data breach", "leaked", "hacked", "filtración", "Datenleck", "fuite", "vazamento".',
    example: '"Ticketmaster confirms data breach, 560 million customers affected" / "560M ticketmaster accounts leaked"',
    words: {
      en: ['breach', 'breached', 'leaked', 'hacked', 'hackers'],
      es: ['filtracion', 'filtrados', 'filtradas', 'filtrado', 'hackeo', 'hackeado', 'hackeados'],
      de: ['datenleck', 'datenlecks', 'geleakt', 'gehackt', 'hackerangriff'],
      fr: ['fuite', 'piratage', 'pirater', 'hackers'],
      pt: ['vazamento', 'vazados', 'vazou', 'vazaram', 'hackeado', 'hackeados'],
    },
  },
  {
    id: 'flop',
    why: 'A film or product that failed at the box office, by noun or verb: "flop", "bombed", "fracaso", "Reinfall", "bide".',
    example: '"the new Snow White made just $43M opening weekend, huge flop" / "snow white bombed, only 43 mil"',
    words: {
      en: ['flop', 'flops', 'flopped', 'bombed'],
      es: ['fracaso', 'fracasa', 'fracasan', 'pinchazo'],
      de: ['flop', 'gefloppt', 'floppt', 'reinfall'],
      fr: ['flop', 'bide'],
      pt: ['fracasso', 'fracassou', 'fracassa', 'flopou'],
    },
  },
  {
    id: 'unveil',
    why: 'Something made known by its maker: "announces", "unveils", "reveals", "presenta", "dévoile".',
    example: '"Apple unveils the iPhone 16" / "Apple announces iPhone 16"',
    words: {
      en: ['announces', 'announced', 'announce', 'announcing', 'unveils', 'unveiled', 'unveil', 'reveals', 'revealed', 'introduces', 'introduced'],
      es: ['anuncia', 'anuncian', 'anuncio', 'presenta', 'presentan', 'presento', 'revela', 'desvela'],
      de: ['enthullt', 'prasentiert', 'vorgestellt', 'kundigt'],
      fr: ['devoile', 'devoilee', 'annonce', 'annoncent', 'presente', 'revele'],
      pt: ['anunciou', 'anunciam', 'apresenta', 'apresentou', 'revela', 'revelou'],
    },
  },
];

/** Pairs of concepts where one says the other's state changed: news about the same thing, not the same message. */
export const TURNS: readonly (readonly [string, string, string])[] = [
  ['halted', 'resumed', 'Closed then reopened, evacuated then back home: "I-70 has reopened" after "snow closed I-70".'],
  ['lost', 'found', '"Found: a wallet" after "Lost: a wallet" says the search is over.'],
  ['rise', 'fall', 'Prices up, then prices down: two figures, two reports.'],
  ['begins', 'ends', '"The festival starts Friday" and "the festival ends Sunday" are two notices.'],
  ['appointed', 'departs', '"Yaccarino is the new CEO" and then "Yaccarino has stepped down": a new fact.'],
  ['departs', 'resumed', '"Altman removed by the board" and then "Altman is returning as CEO": he is back, a new fact.'],
  ['delay', 'resumed', '"Trains delayed by a signal fault" and then "trains running again": a new fact.'],
];

/**
 * Words of a turn that on their own say something changed since an earlier post that named no side of it ("the
 * strike is called off", "Desconvocada la huelga", "has stepped down", "found", "the warning was lifted"): a
 * follow-up (history.ts CHANGE_MARGIN raises the bar, it does not rule a repeat out: "closed" is also a deal closed).
 * A delay too: "The House delayed its vote on the bill the Senate passed" after "The Senate passed the bill".
 * Not "resumed": "is back", "volta", "returning" also announce a show or a product again (measured on the rw17
 * pairs: it cost repeats and caught no follow-up). Not rise and fall: "drop" is also a noun ("new drop").
 */
export const CHANGES: readonly string[] = ['halted', 'departs', 'found', 'ends', 'delay'];

// Not concepts, on purpose: "open" (a shop opening, "applications open until Friday" repeats "applications close
// Friday"), lose next to win (a match is told from either side: "Bayern verliert gegen Leverkusen" and "Leverkusen
// schlägt Bayern" say the same), "free" and "new" (function words for the content view already).
// "pm" is a time ("6 pm"), not a private message.

/**
 * Words that say nothing of a post's message, left out of its content words as function words are (history.ts):
 * interjections and chat shorthand ("omg", "lol", "smh", "mdr"), who said it ("says", "per", "según", "laut",
 * "selon", "diz"), function words as chats write them ("thru", "gonna", "xq", "vcs"), and adverbs that only vouch for or time the news
 * ("officially", "reportedly", "breaking", "c'est officiel", "offiziell"). Rewordings on trending topics add
 * and drop them freely ("TAYLOR SWIFT WINS AOTY AGAIN omg", "c'est officiel mbappé part du psg"), and two different
 * messages never differ by them alone. Not "finally", "endlich", "enfin": "Endlich klappt das gerollte R!" after "…
 * klappt noch nicht" is news. Laughter of any length ("jajaja", "kkkk", "hahaha", "rsrs") is left out in
 * similarity.ts. Written as posts write them, lower case (accents are not folded before this lookup).
 */
export const SAYS_NOTHING: Record<Lang, readonly string[]> = {
  en: [
    'lol', 'lmao', 'lmfao', 'rofl', 'omg', 'omfg', 'smh', 'ngl', 'tbh', 'imo', 'imho', 'wow', 'woah', 'whoa', 'yay', 'yikes',
    'oof', 'ugh', 'wtf', 'bruh', 'damn', 'dang', 'breaking', 'officially', 'literally', 'actually', 'seriously',
    'honestly', 'basically', 'apparently', 'reportedly', 'totally', 'absolutely', 'definitely', 'tho', 'btw', 'fyi',
    // Who said it: rewordings add and drop the source ("per Apple", ", says CDOT", "according to Bloomberg").
    'says', 'said', 'according', 'per', 'via',
    // Function words as chats write them.
    'thru', 'cuz', 'coz', 'bcuz', 'gonna', 'wanna', 'gotta', 'lemme', 'ur', 'pls', 'plz', 'thx', 'yall', "y'all",
  ],
  es: ['dice', 'dicen', 'según', 'segun', 'xq', 'porq', 'tmb', 'tbm', 'xd', 'guau', 'oficial', 'oficialmente', 'literalmente', 'realmente', 'urgente', 'confirmadísimo', 'alv', 'uff'],
  de: ['sagt', 'laut', 'vllt', 'evtl', 'nen', 'krass', 'boah', 'offiziell', 'eilmeldung', 'echt', 'wirklich', 'tatsächlich', 'eigentlich', 'wahnsinn'],
  fr: ['selon', 'affirme', 'jsp', 'pcq', 'bcp', 'tkt', 'stp', 'svp', 'mdr', 'ptdr', 'waouh', 'officiel', 'officielle', 'officiellement', 'vraiment', 'littéralement', 'carrément', 'franchement'],
  pt: ['diz', 'dizem', 'conforme', 'vcs', 'tbm', 'mto', 'aff', 'caramba', 'oficial', 'oficialmente', 'literalmente', 'realmente', 'urgente'],
};

/**
 * Words that hedge a claim instead of stating it: a rumour, a poll, a forecast, what could or should happen ("Mbappé
 * to Real rumours again", "exit poll says Labour heading for a landslide", "el Madrid puede ganar la liga el
 * domingo"). A post that hedges what the other states (or states what the other hedged) is another message on the
 * trend: the prediction is not the result (history.ts ASK_MARGIN). Pressure and calls for a thing are not the thing
 * ("health minister under pressure to step down, opposition calls for a vote" before "Health minister steps down"); so is a
 * request ("recount requested", "Nachzählung beantragt", "recontagem pedida") before its outcome, and a bet or a
 * favourite named ("ich tippe auf Proteindesign", "favorite des bookmakers") before the prize. Whole words or phrases, as written (accents
 * either way); never "will", "can", "may", "puede", "pode" or "if", which plain announcements say as often as their
 * repeats ("ya se puede reservar"), nor a forecast's "expected"/"attendus" or "likely", nor news's "reportedly",
 * "allegedly", "soll", which a forecast or a report retold drops.
 */
export const HEDGES: Record<Lang, readonly string[]> = {
  en: ['rumour', 'rumours', 'rumor', 'rumors', 'rumoured', 'rumored', 'could', 'might', 'maybe', 'prediction', 'predictions', 'exit poll', 'poll', 'polls', 'in talks', 'under pressure', 'calls for', 'calls on', 'requested', 'tipped', 'i bet', 'favourite to', 'favorite to'],
  es: ['rumor', 'rumores', 'se rumorea', 'podría', 'podrían', 'quizá', 'quizás', 'tal vez', 'encuesta', 'encuestas', 'sondeo', 'en negociaciones', 'bajo presión', 'piden la', 'exigen la', 'piden un', 'solicita', 'solicitan', 'solicitado', 'solicitada', 'apuesto', 'favorito para', 'favorita para'],
  de: ['gerücht', 'gerüchte', 'könnte', 'könnten', 'vielleicht', 'umfrage', 'umfragen', 'hochrechnung', 'in gesprächen', 'unter druck', 'fordert', 'fordern', 'beantragt', 'beantragen', 'tippe', 'tippen', 'favorit', 'favoritin'],
  fr: ['rumeur', 'rumeurs', 'pourrait', 'pourraient', 'peut-être', 'sondage', 'sondages', 'en discussions', 'sous pression', 'réclame', 'réclament', 'demandé', 'demandée', 'pronostic', 'favori des', 'favorite des', 'favori pour', 'favorite pour'],
  pt: ['rumor', 'rumores', 'boato', 'boatos', 'poderia', 'poderiam', 'talvez', 'pesquisa', 'pesquisas', 'sondagem', 'em negociações', 'sob pressão', 'pedem a', 'exigem a', 'pedida', 'solicitada', 'solicitado', 'aposto', 'favorito para', 'favorita para'],
};

/**
 * Words that judge what happened rather than tell it: an opinion, a verdict of taste, disbelief ("cowboy carter is
 * her best album, no debate", "the most predictable win ever", "lo más sobrevalorado del año", "j'y crois pas"), or
 * doubts it against what one believed ("married in June? I thought she already got married in 2020", "ich dachte"). A
 * post that judges where the other told (or the reverse) is a reaction to the news, not the news again (history.ts
 * ASK_MARGIN). Both judging is no reason. Not "can't believe"/"no me lo creo", said as often in wonder at the
 * news retold ("can't believe our little app got here").
 */
export const JUDGES: Record<Lang, readonly string[]> = {
  en: ['overrated', 'underrated', 'predictable', 'boring', 'useless', 'deserved', 'undeserved', 'robbed', 'a joke', 'disappointing', 'disappointed', 'worst', 'best', 'i think', 'you think', 'imo', 'no debate', 'i thought'],
  es: ['sobrevalorado', 'sobrevalorada', 'infravalorado', 'infravalorada', 'decepcionante', 'decepcionado', 'decepcionada', 'aburrido', 'aburrida', 'merecido', 'merecida', 'vergüenza', 'peor', 'lo mejor', 'el mejor', 'la mejor', 'creo que', 'un chiste', 'una broma', 'pensé que', 'creí que', 'creía que'],
  de: ['überbewertet', 'unterbewertet', 'langweilig', 'enttäuschend', 'enttäuscht', 'verdient', 'peinlich', 'schlechteste', 'schlechtester', 'beste', 'bester', 'ich glaube', 'ich finde', 'ein witz', 'ich dachte', 'dachte ich'],
  fr: ['surcoté', 'surcotée', 'sous-coté', 'décevant', 'décevante', 'déçu', 'déçue', 'ennuyeux', 'mérité', 'méritée', 'honte', 'nul', 'nulle', 'pire', 'le meilleur', 'la meilleure', 'je pense', 'une blague', 'je croyais', 'je pensais'],
  pt: ['superestimado', 'superestimada', 'decepcionante', 'decepcionado', 'decepcionada', 'fraco', 'fraca', 'chato', 'chata', 'merecido', 'merecida', 'vergonha', 'pior', 'o melhor', 'a melhor', 'eu acho', 'uma piada', 'eu achava', 'pensei que'],
};

/**
 * Words that deny a claim, one or two words each: "her rep says they are NOT engaged", "dément vouloir dissoudre", "niega el fichaje". A
 * post that denies what the other claims (or the reverse) says the opposite, however many words the two share
 * (history.ts: a turn). Not "no longer" ("ya no es el entrenador" tells a departure again). A refusal is a denial
 * of what the other post tells: "says she will not resign", "refuse de démissionner", "no piensa dimitir" after the
 * resignation. A verdict or finding negated with its auxiliary ("jury says Sheeran did not copy Marvin Gaye", "n'a pas
 * copié") denies the one that says he did, and a clip or a claim called fake ("that clip is fake", "ist fake", "é
 * fake") denies what it shows. A rejection is a refusal: "writers rejected the studios' offer" after "writers reached
 * a deal with the studios", "los empresarios lo rechazan", "abgelehnt", "rejeté", "rejeitou".
 */
export const DENIALS: Record<Lang, readonly string[]> = {
  en: ['denies', 'denied', 'deny', 'is not', 'are not', 'was not', 'were not', "isn't", "aren't", "wasn't", "weren't", 'not true', 'fake news', 'debunked', "won't", 'will not', 'refuses', 'refused', 'did not', "didn't", 'does not', "doesn't", 'is fake', 'was fake', 'rejects', 'rejected', 'rejecting'],
  es: ['niega', 'niegan', 'negó', 'desmiente', 'desmienten', 'desmintió', 'es falso', 'es mentira', 'se niega', 'se niegan', 'se negó', 'no piensa', 'no piensan', 'es fake', 'era falso', 'rechaza', 'rechazan', 'rechazó', 'rechazaron', 'rechazado', 'rechazada'],
  de: ['dementiert', 'dementieren', 'bestreitet', 'stimmt nicht', 'ist falsch', 'weist zurück', 'weigert', 'weigern', 'weigerte', 'ist fake', 'ist gefälscht', 'war fake', 'lehnt', 'lehnen', 'abgelehnt', 'lehnte', 'lehnten'],
  fr: ['dément', 'démentent', 'démenti', 'dementi', 'pas vrai', "c'est faux", 'est faux', 'refuse', 'refusent', 'refusé', 'est fake', "n'a pas", "n'ont pas", 'rejette', 'rejettent', 'rejeté', 'rejetée', 'rejetés'],
  pt: ['nega', 'negam', 'negou', 'desmente', 'desmentem', 'desmentiu', 'é falso', 'é mentira', 'recusa', 'recusam', 'recusou', 'é fake', 'era falso', 'rejeita', 'rejeitam', 'rejeitou', 'rejeitaram', 'rejeitado', 'rejeitada'],
};

/**
 * Words of a party's answer to what happened: an apology, an appeal, a lawsuit, a refund, blame laid, a response
 * ("Carlsen apologised for slamming the table", "Amber Heard will appeal the verdict", "Ticketmaster sued over the
 * presale crash", "Sabalenka blames the wind"). On a trend the answer is the next story, not the event again: a post
 * that tells one where the other told the event (either way round) is another message (history.ts ASK_MARGIN), and
 * both telling one is no reason. One or two words each, as written (accents either way). Not French "appel" alone (a
 * call) nor "demanda" alone (demand), "processo" (any process), "poursuit" (goes on).
 */
export const RESPONSES: Record<Lang, readonly string[]> = {
  en: [
    'apologises', 'apologizes', 'apologised', 'apologized', 'apologising', 'apologizing', 'apology', 'apologies',
    'appeal', 'appeals', 'appealed', 'appealing', 'sues', 'sued', 'suing', 'lawsuit', 'lawsuits',
    'refund', 'refunds', 'refunded', 'blames', 'blamed', 'responds', 'responded', 'reacts', 'reacted',
  ],
  es: [
    'se disculpa', 'se disculpó', 'disculpas', 'pide perdón', 'pidió perdón', 'recurrirá', 'recurre', 'apelará', 'apela',
    'apelación', 'demanda a', 'demandan a', 'demandó a', 'demandada', 'demandado', 'reembolso', 'reembolsará', 'reembolsa',
    'culpa a', 'culpó a', 'responde', 'respondió', 'reacciona', 'reaccionó',
  ],
  de: [
    'entschuldigt', 'entschuldigte', 'entschuldigung', 'berufung', 'klagt', 'verklagt', 'klage', 'erstattung', 'erstattet',
    'beschuldigt', 'reagiert', 'antwortet',
  ],
  fr: [
    "s'excuse", 's’excuse', 'excuses', 'fait appel', 'faire appel', 'plainte', 'porte plainte', 'remboursement', 'rembourse',
    'remboursés', 'accuse', 'blâme', 'réagit', 'répond',
  ],
  pt: [
    'desculpas', 'pede desculpa', 'recorre', 'recorrerá', 'apelação', 'recurso', 'processa', 'processou', 'processado',
    'reembolso', 'reembolsa', 'culpa', 'culpou', 'reage', 'reagiu', 'responde', 'respondeu',
  ],
};
