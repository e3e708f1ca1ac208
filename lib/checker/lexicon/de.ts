// German: asks as people write them (du and ihr imperatives, "bitte", "würde mich freuen").
import type { AskLexicon, TeaserLexicon } from './types';

export const de: AskLexicon = {
  shorthand: [
    { forms: ['bitteee', 'bidde', 'biddeee', 'pls', 'plz', 'plis'], means: 'bitte', note: 'spoken and borrowed forms of "please"', example: 'abonniert pls' },
    { forms: ['aboniert', 'abbonniert', 'abboniert', 'abonirt'], means: 'abonniert', note: 'common misspellings', example: 'aboniert meinen kanal' },
    { forms: ['abonier', 'aboniere', 'abonnire'], means: 'abonniere', note: 'common misspellings', example: 'aboniere mich' },
    { forms: ['vids'], means: 'videos', note: 'shorthand', example: 'schaut meine vids' },
    { forms: ['abos', 'subs'], means: 'abonnenten', note: 'an audience count', example: 'helft mir 100 abos zu kriegen' },
  ],
  please: ['bitte', 'gerne', 'gern'],
  lead: ['und', 'auch', 'einfach', 'jetzt', 'doch', 'mal', 'leute', 'bitte', 'oder', 'also', 'dann', 'unbedingt'],
  frames: [
    { pattern: '(?:könnt|koennt|könntet|kannst|könntest|würdet|würdest) (?:ihr|du)', note: 'a question that is a request', example: 'könnt ihr meinen Kanal abonnieren?' },
    { pattern: 'wer (?:mag|möchte|mochte|moechte|will|lust hat)(?:,? (?:kann|darf))?', note: 'the favour offered to whoever wants it (only counts with an action toward a thing of the author\'s)', example: 'wer mag, kann ja mal auf meinem Kanal vorbeischauen' },
    { pattern: 'vergess?(?:t|e)? nicht', note: 'the classic closing ask', example: 'vergesst nicht zu abonnieren' },
    { pattern: '(?:würde|wuerde|würd) mich (?:sehr |riesig |mega |echt )?freuen,? (?:wenn)?', note: 'asking for a favour', example: 'würde mich freuen, wenn ihr meinen Kanal abonniert' },
    { pattern: '(?:wäre|waere) (?:echt |sehr |mega |total )?(?:cool|nett|lieb|toll|super|klasse),? (?:wenn)?', note: 'asking for a favour', example: 'wäre cool, wenn ihr folgt' },
    { pattern: '(?:es )?(?:würde|wuerde|würd) (?:mir|uns) (?:sehr |riesig |mega |echt |enorm |total |wahnsinnig )?helfen,? (?:wenn)?', note: 'asking for a favour, as the help it would be', example: 'Würde uns riesig helfen, wenn ihr vorbeischaut' },
    { pattern: '(?:es )?(?:würde|wuerde|würd) (?:mir|uns) (?:sehr |so |unglaublich |total |echt )?(?:viel|die welt|alles) bedeuten,? (?:wenn)?', note: 'asking for a favour, as what it would mean', example: 'Es würde mir viel bedeuten, wenn ihr mein E-Book kauft' },
    { pattern: 'wenn (?:es|euch|dir) (?:das video )?gefallen hat', note: 'the conditional ask at the end of a video', example: 'wenn es euch gefallen hat, abonniert' },
  ],
  welcome: [
    { pattern: '(?:sind |ist |wären |wäre )?(?:sehr |immer |herzlich |ausdrücklich |ausdrucklich )?(?:willkommen|erwünscht|erwunscht|gern gesehen|geschätzt|geschatzt)', note: 'the passive ask', example: 'Shares sind sehr willkommen' },
    { pattern: '(?:freue ich mich|freuen wir uns|wäre ich (?:sehr |euch |dir |unglaublich )?dankbar|bin ich (?:sehr |euch |dir |unglaublich )?dankbar|würde mir (?:sehr )?helfen)', note: 'the same wish said as the author’s gladness, the action noun first (“über ein Teilen freue ich mich”)', example: 'Über ein Teilen freue ich mich sehr!' },
  ],
  helpMe: [
    { pattern: '(?:helft ihr|hilfst du|helfen sie|könnt ihr|konnt ihr|kannst du) (?:mir|uns)(?: helfen)?', bareCount: '(?:zu \\S+)?', note: 'the same request asked as a question ("Helft ihr mir, die 1000 zu knacken?")', example: 'Helft ihr mir, 1000 Follower zu erreichen?' },
    { pattern: '(?:helft|hilf|helfen sie) (?:mir|uns)', bareCount: '(?:zu \\S+)?', note: 'asking for audience numbers (a count alone, its verb after it, is one: "helft mir, die 10k zu knacken!")', example: 'helft mir, 1000 Abonnenten zu erreichen' },
  ],
  actions: [
    { forms: ['sucht', 'such', 'suche', 'googelt'], finds: true, note: 'ein Name, den man auf einer Seite suchen soll: ein Kanal, wo keine Links erlaubt sind', example: 'Sucht mal nach DJ Kato auf YouTube, jede Woche neuer Mix' },
    { forms: ['abonniert', 'abonniere', 'abonnieren', 'abonnier', 'abonnement', 'abonnierst'], self: true, link: true, asking: ['abonniert'], note: 'subscribing helps the channel asking (the du form after a frame too: "würde mich freuen, wenn du abonnierst")', example: 'Abonniert meinen Kanal!' },
    { forms: ['folgt', 'folge', 'folgen', 'followt', 'followed', 'folgst'], self: true, obeys: true, link: true, note: 'a follow helps the account asking', example: 'folgt mir für mehr' },
    { forms: ['teilt', 'teile', 'teilen', 'retweetet', 'rt', 'repostet', 'teilst'], self: true, link: true, note: 'sharing spreads whoever asks', example: 'bitte teilen' },
    { forms: ['unterstützt', 'unterstütze', 'unterstützen', 'supportet'], link: true, note: 'support for the author', example: 'unterstützt meinen Kanal' },
    { forms: ['stimmt', 'stimme', 'votet', 'voten', 'spendet', 'spende', 'spenden'], self: true, link: true, note: 'votes and money for the one asking', example: 'votet für mich' },
    { forms: ['besucht', 'besuche', 'besuchen', 'schaut', 'schau', 'guckt', 'guck', 'seht', 'sieh', 'ansehen', 'anschauen', 'hört', 'hör', 'hoert', 'besuchst', 'schaust', 'reinschaust', 'vorbeischaust', 'reinschaut', 'vorbeischaut', 'vorbeischauen', 'reinschauen', 'hörst'], link: true, note: 'views and traffic for the author (du forms ask only after a frame: "wäre cool, wenn du mal reinschaust")', example: 'schaut euch mein neues Video an' },
    { forms: ['buchen', 'bucht', 'buche', 'buch', 'reserviert', 'reservieren', 'reserviere', 'vereinbart', 'vereinbaren', 'vereinbare', 'sichert', 'sichern'], sells: true, note: 'a booking of the author’s time, only with the author named as company ("buchen Sie ein Gespräch mit mir")', example: 'Buchen Sie jetzt ein kostenloses Erstgespräch mit mir' },
    { forms: ['nimm', 'nehmt', 'nutz', 'nutze', 'nutzt', 'benutz', 'benutze', 'benutzt', 'probier', 'probiere', 'probiert', 'teste', 'testet'], favour: true, note: '„nimm meine Erweiterung“: Installationen und Verkäufe für den Autor, nur mit einer Sache von ihm („nimm die Treppe“, „probiert diesen Trick“ bitten um nichts)', example: 'Ehrlich gesagt, nimm einfach meine App, die macht das alles für dich' },
    { forms: ['liked', 'likt', 'liken', 'like', 'likest'], note: 'a like for the author', example: 'liked mein Video' },
    { forms: ['kauft', 'kauf', 'kaufen', 'bestellt', 'bestell', 'ladet', 'lade', 'tretet', 'tritt', 'klickt', 'klick', 'meldet', 'melde', 'kaufst', 'bestellst', 'klickst'], link: true, sells: true, note: 'sales, installs, members and clicks for the author', example: 'kauft mein Buch' },
  ],
  // Das substantivierte Verb auch: "Teilen ist erwünscht", "Weitersagen erwünscht".
  actionNouns: ['boosts', 'boost', 'shares', 'likes', 'follows', 'abos', 'retweets', 'reposts', 'spenden', 'stimmen', 'teilen', 'weitersagen', 'weiterleiten'],
  me: ['mir', 'mich', 'uns'],
  my: ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
  we: ['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
  your: ['dein', 'deine', 'deinen', 'euer', 'eure', 'euren'],
  owned: [
    'programm', 'coaching', 'mentoring',
    'kanal', 'video', 'videos', 'seite', 'profil', 'account', 'shop', 'laden', 'website', 'webseite', 'blog', 'buch', 'kurs', 'podcast', 'musik', 'song',
    'beitrag', 'post', 'kunst', 'projekt', 'link', 'stream', 'channel', 'newsletter', 'app', 'spiel', 'album', 'youtube', 'tiktok', 'instagram',
    'insta', 'petition', 'kampagne', 'gruppe', 'community', 'arbeit', 'content', 'reel', 'reels', 'short', 'shorts',
    // Name und Bild des Kommentierenden führen zu seinem Kanal ('klickt auf meinen Namen').
    'namen', 'profilbild',
    // Die anderen Seiten und die Werke im Plural, zu denen ein Kommentator schickt ('folgt meinem Twitter', 'hört meine Songs').
    'twitter', 'facebook', 'tumblr', 'songs', 'lieder', 'covers',
    // Der Kommentar selbst ('liked diesen Kommentar, damit alle meinen Kanal sehen'), wie englisch 'like this comment'.
    'kommentar',
    'soundcloud', 'spotify', 'bandcamp', 'track', 'tracks',
    // Was der Autor spielt oder leitet ('hört euch meine Band an', 'tretet meinem Clan bei').
    'band', 'clan',
    // Eigene Fassungen des Songs im Video ('schaut euch meine Parodie an', 'hört meine Version').
    'parodie', 'version', 'freestyle',
    'cover', 'covers', 'remix', 'playlist', 'vlog',
    // Was der Autor baut oder schreibt und anbietet („nimm meine Erweiterung“), wie im Englischen.
    'erweiterung', 'plugin', 'produkt', 'produkte', 'ebook', 'vorlage',
  ],
  audience: ['abonnenten', 'abos', 'follower', 'aufrufe', 'likes', 'stimmen', 'klicks', 'zuschauer', 'mitglieder', 'unterschriften'],
  streak: ['tag'],
  pointing: ['das', 'dies', 'diesen', 'es'],
  negation: ['nicht', 'nie', 'niemals', 'kein', 'keine'],
  // Abtönungspartikeln stehen nach dem Verb vor seinem Objekt („nimm einfach meine App“, „abonniert doch meinen Kanal“).
  particles: ['an', 'vorbei', 'rein', 'herunter', 'runter', 'bei', 'auf', 'zu', 'für', 'fuer', 'euch', 'dir', 'mal', 'ab', 'einfach', 'doch', 'unbedingt', 'ruhig'],
  subjects: ['ich', 'wir'],
  // "Hab gerade abonniert", "direkt abonniert": the participle told, the same letters as the ihr-imperative.
  told: ['hab', 'habe', 'haben', 'habt', 'direkt', 'sofort', 'gerade', 'grad', 'schon', 'längst', 'eben', 'soeben', 'natürlich', 'auch'],
  resale: { words: ['verkaufen', 'verkauften'], note: 'ein Preisnachlass beim Verkaufen als Schritt erzählt ist ein Tipp', example: 'Brot vom Vortag zum halben Preis verkaufen' },
  scam: { imitates: { words: ['kopiert', 'kopieren', 'kopierte', 'imitiert', 'imitieren', 'klont', 'klonen', 'nachgemacht', 'gibt sich aus als', 'geben sich aus als'], note: 'das Eigene als das genannt, was ein Betrug kopiert, ist nachgeahmt, keine Werbung', example: 'Eine Fake-Seite kopiert unseren Shop und verkauft alles mit 70 % Rabatt' }, only: { words: ['nur', 'ausschließlich', 'ausschliesslich'], note: 'der einzige Ort, an dem es das Echte gibt, trennt den echten Shop vom falschen', example: 'Das sind nicht wir. Wir verkaufen nur auf holzliebe.de' } },
  closers: ['bitte', 'jetzt', 'heute', 'leute', 'und', 'auch', 'danke', 'gerne', 'hier', 'unten'],
  theirs: ['ihr', 'ihre', 'ihren', 'sein', 'seine', 'seinen'],
  ownerOf: ['von', 'vom'],
  speech: {
    say: ['sagt', 'sagen', 'sagte', 'sagten', 'meint', 'meinen', 'meinte', 'findet', 'finden', 'rat', 'riet', 'will', 'mochte', 'erzahlt', 'behauptet'],
    speakers: [
      'nichte', 'neffe', 'enkelin', 'enkel',
      'bruder', 'schwester', 'mutter', 'vater', 'mama', 'papa', 'eltern', 'frau', 'mann', 'freundin', 'freund', 'freunde', 'partner', 'partnerin', 'sohn',
      'tochter', 'oma', 'opa', 'tante', 'onkel', 'cousin', 'cousine', 'chef', 'chefin', 'kollege', 'kollegin', 'kollegen', 'lehrer', 'lehrerin', 'therapeut',
      'therapeutin', 'arzt', 'arztin', 'nachbar', 'nachbarin', 'alle', 'leute', 'jeder', 'familie', 'er', 'sie',
    ],
    self: ['ich', 'wir', 'sage'],
    opens: ['dass', 'ich', 'wir', 'mein', 'meine', 'meinen', 'zu'],
    // German reports such words in a relative clause with the verb last ("Leute, die 'abonniert meinen Kanal' schreiben"),
    // which this reading does not follow: no participle stands in for it.
    describes: [],
    cut: ['aber', 'also', 'doch', 'jedenfalls'],
    sharedPlaces: ['strasse', 'straße', 'viertel', 'stadt', 'dorf', 'gegend', 'gebaude', 'siedlung', 'schule', 'fluss', 'brucke', 'ort', 'kiez'],
    hazards: ['hochwasser', 'uberschwemmung', 'flut', 'feuer', 'brand', 'rauch', 'sturm', 'unwetter', 'tornado', 'erdbeben', 'erdrutsch', 'stromausfall', 'gasleck', 'evakuierung', 'evakuiert'],
    note: 'meine Mutter meint, alle sagen mir: was folgt, sind die Worte anderer',
    example: 'Meine Mutter meint, ich solle einen Onlineshop eröffnen',
  },
  loneUrgency: [
    { pattern: 'letzte chance', note: 'also narrative (sports, news)', example: 'die letzte Chance für Bayern' },
    { pattern: 'endet ', note: 'seasons and events end too', example: 'die Saison endet morgen' },
  ],
  thanks: ['danke', 'vielen dank', 'dankeschön'],
  meeting: ['kaffee', 'mittagessen', 'abendessen', 'bier', 'treffen', 'kennenlernen', 'quatschen', 'plaudern'],
  notImperative: '(?:end)$',
  forOthers: ['opfer', 'betroffene', 'betroffenen', 'hilfe', 'rettung', 'evakuierung', 'vermisst', 'vermisste', 'notfall', 'katastrophe', 'spendenaufruf', 'verletzte', 'spenden', 'freiwillige', 'freiwilliger', 'ehrenamtlich'],
  drives: ['spendenaktion', 'spendenkampagne', 'sammelaktion', 'spendenaufruf', 'crowdfunding', 'tombola', 'gofundme'],
  // Lost animals (types.ts): "Lost cat near Elm Park, please share".
  lostWords: ['entlaufen', 'zugelaufen', 'vermisst', 'verloren', 'ausgebüxt', 'entwischt', 'weggelaufen', 'abgehauen'],
  animals: ['hund', 'hündin', 'katze', 'kater', 'kätzchen', 'hündchen', 'katerchen', 'mieze', 'welpe', 'haustier', 'papagei', 'wellensittich', 'kaninchen', 'hase', 'schildkröte', 'pferd', 'pony', 'frettchen'],
  // Found belongings (types.ts): "Keys found near the playground, message me to describe them".
  foundWords: ['gefunden', 'fundstück', 'abgegeben'],
  belongings: ['schlüssel', 'schlüsselbund', 'geldbörse', 'portemonnaie', 'brieftasche', 'handy', 'tasche', 'rucksack', 'brille', 'sonnenbrille', 'ring', 'kette', 'armband', 'uhr', 'schal', 'jacke', 'mantel', 'regenschirm', 'pass', 'ausweis', 'laptop', 'kopfhörer', 'fahrrad', 'kuscheltier'],
  // Wer in einer Anzeige bürgt (types.ts): "Ärzte sagen, dieses Mittel verbrennt Fett. Jetzt für 29 € erhältlich".
  endorsers: ['experten', 'experte', 'ärzte', 'arzt', 'zahnärzte', 'dermatologen', 'ernährungsberater', 'wissenschaftler', 'forscher', 'studien', 'nutzer', 'kunden', 'käufer', 'bewertungen', 'influencer', 'leute', 'fans', 'alle', 'mütter', 'profis', 'insider', 'trader', 'analysten', 'kritiker'],
  // Event words a tag is, or ends with after a place or a name (#yycflood, #qldfloods, #HighParkFire, #earthquake):
  // the tag files the post under the event, not under reach (hashtag-stuffing does not count it).
  eventTags: ['hochwasser', 'flut', 'uberschwemmung', 'brand', 'waldbrand', 'feuer', 'erdbeben', 'beben', 'sturm', 'unwetter', 'orkan', 'taifun', 'hurrikan', 'tornado', 'tsunami', 'explosion', 'anschlag', 'amoklauf', 'unglück', 'einsturz', 'erdrutsch'],
  toolInUse: {
    before: ['mit', 'auf', 'zu', 'nach'],
    articles: ['das', 'die', 'der'],
    note: 'a version right after a tool the author moves to or works with is that tool’s release in use, not an offer',
    example: 'Wir sind auf Zotero v7 umgestiegen, die Zitate laufen jetzt sauber',
  },
  talksWith: [
    { pattern: '(?:wir|ich) (?:sprechen|sprachen|spreche|sprach|reden|redeten|rede|plaudern) mit ((?:[^!?\\n]{1,60}?)) (?:uber|zum|zur)', note: 'the author talks with a guest about a topic', example: 'Neue Folge: Wir sprechen mit Dr. Lena Ortiz über Schlaf und Schichtarbeit.' },
    { pattern: '(?:ein|eine) ((?:[^!?.,:\\n]{1,40}?)) (?:erklart|erzahlt|spricht uber)', note: 'a guest described by their work explains the topic', example: 'Neue Folge: Eine Hebamme erklärt die ersten 48 Stunden nach der Geburt.' },
    { pattern: '(?:mit|zu gast ist|zu gast:) ((?:[^!?\\n]{1,60}?)) (?:sprechen|reden|sprachen|redeten) (?:wir|ich) uber', note: 'the guest named before the verb', example: 'Mit Dr. Lena Ortiz sprechen wir über Schlaf.' },
  ],
  introduces: [
    { pattern: '(?:ich|wir) (?:habe|hab|haben|hatte)(?: (?:mal|jetzt|gerade|auch))*(?: (?:ein|eine|einen|mein|meine|meinen|unser|unsere|unseren))?(?: (?:neues|neue|neuen|eigenes|eigene|eigenen|erstes|erste|ersten|kleines|kleine))*', note: 'the author says they made or have a thing of their own', example: 'Ich habe ein Cover von dem Song gemacht, hört es euch an' },
    { pattern: '(?<!(?:^|\\s)(?:auf|in|im|bei|von|vom|aus) )(?:mein|meine|meinen|unser|unsere|unseren)(?: (?:neues|neue|neuen|eigenes|eigene|eigenen|erstes|erste|ersten|letztes|letzte))*', note: 'the author names a thing of their own (not a place it sits)', example: 'hier ist mein neuer Song, hört ihn euch an' },
  ],
  purpose: { words: ['um'], note: 'a purpose after a follow or a subscription that names the author is the author\'s ask', example: 'abonniert um meine Videos zu sehen' },
  forAuthor: { words: ['für'], note: 'eine Stimme für den Autor, ein paar Wörter nach dem Verb genannt', example: 'Bitte stimmt beim Bäckerei-Award für uns ab!' },
  sites: { words: ['youtube', 'yt', 'spotify', 'soundcloud', 'bandcamp', 'tiktok', 'instagram', 'insta', 'ig', 'twitch', 'google'], before: ['mal', 'doch', 'nach'], note: 'sites a name is looked up on', example: 'sucht nach DJ Kato auf YouTube' },
  conditions: [
    { pattern: 'wenn (?:du|ihr)(?: \\S+)? (?:magst|mogt|liebst|liebt|feierst|feiert)', note: 'the conditional opening of a pitch', example: 'wenn du echten Rap magst schau auf meinem Kanal vorbei' },
    { pattern: '(?<![\\s\\S])(?:fur|um) (?:\\S+ ){0,4}?(?:gunstige?[nrs]?|billige?[nrs]?|kostenlose?[nrs]?|gratis)', note: 'ein Schnäppchen am Satzanfang ("Für günstige Schuhe…"), dann die Handlung zu einem Link oder Ort des Autors; "Für aktuelle Infos besucht link" verweist auf Nachrichten', example: 'Für günstige Schuhe besucht www.schuhe-billig.de' },
    { pattern: '(?:wer|alle die|jeder der)(?: \\S+){0,3} (?:mag|mogen|liebt|lieben|feiert|feiern|hort|horen)', note: 'dieselbe Bedingung, von den Lesern gesagt, auf die sie passt: ein Pitch an sie', example: 'Wer echten Rap mag, schaut auf meinem Kanal vorbei' },
  ],
  comparatives: ['mehr', 'besser', 'lieber', 'als'],
  guidance: {
    words: ['schritte', 'schritten', 'schritt', 'anleitung', 'anleitungen', 'anweisungen', 'anweisung', 'hinweise', 'hinweisen', 'tipps', 'ratschlagen', 'ratschlag', 'rezept', 'regeln', 'plan', 'beschreibung', 'empfehlungen', 'empfehlung', 'checkliste', 'ablauf', 'reihenfolge', 'schildern', 'beschilderung', 'vorgaben', 'muster'],
    before: ['diesen', 'dieser', 'diesem', 'der', 'den', 'dem', 'die', 'einfach', 'genau', 'nur', 'mal', 'folgenden', 'einfachen', 'bitte', 'unbedingt', 'ruhig'],
    note: 'was man befolgt, indem man es tut: damit dahinter sagt "folgt" wie, und bittet um keinen Follow',
    example: 'Folge einfach diesen 4 Schritten: Router aus, 30 Sekunden warten…',
  },
  madeIt: [{ pattern: "(?:das|den|die) (?:ich|wir) (?:gemacht|aufgenommen|erstellt|gedreht|geschnitten|gesungen)", note: 'the author says they made the thing just named', example: "schaut euch dieses Video an, das ich gemacht habe" }],
  booked: ['ein', 'eine', 'einen', 'einem', 'ihr', 'ihren', 'ihre', 'dein', 'deinen', 'deine', 'euren', 'eure'],
  withMe: [{ forms: ['mit mir', 'mit uns', 'bei mir', 'bei uns'], note: 'the author as company ("bei mir" books a slot in their calendar): a booking with them sells their time', example: 'Buchen Sie jetzt ein kostenloses Erstgespräch mit mir' }],
  launch: ['wir stellen vor', 'vorhang auf für', 'darf ich vorstellen'],
  proclitic: [],
  places: ['auf', 'in', 'bei', 'unter'],
};

/** The words the teaser checks read (teasers.ts, rules/learned-bait.ts). */
export const deTeaser: TeaserLexicon = {
  means: {
    pattern: '(?<![\\p{L}])(?:indem|durch|dank)(?![\\p{L}])',
    note: 'eine Wie-Zeile, die ihr Mittel nennt, sagt das Wie („indem wir…“, „durch Caching“, „dank“)',
    example: 'Wie man die CI-Zeit von 40 auf 9 Minuten senkt, indem man node_modules cacht und die Tests aufteilt',
  },
  and: { words: ['und'], note: 'a sentence may open with "und" and still point forward at what it keeps back', example: 'Und deshalb solltest du dein Handy nie über Nacht laden' },
  attention: {
    words: ['achtung', 'wahnsinn', 'krass', 'wow', 'omg'],
    note: 'a call for attention or a gasp, set off by a comma or "!", leaves the teaser after it at its sentence start',
    example: 'Achtung, das passiert, wenn du dein Handy über Nacht lädst',
  },
  denial: { words: ['nicht', 'kein', 'keine'], note: 'ein Name gleich nach einer Verneinung ist ausgeschlossen, nicht genannt', example: 'Das ist die günstigste Stadt Deutschlands (nicht Leipzig)' },
  source: { words: ['laut', 'nach angaben von'], note: 'ein Name gleich nach einer Quellenangabe ist die Quelle, nicht die Antwort', example: 'Das ist die beste Stadt zum Leben, laut Mercer' },
  knownSubjects: { words: ['er', 'sie'], note: 'a third-person subject opening the post: someone from the writer’s own circle, not a headline’s named subject', example: 'Er trägt seit fünf Jahren dieselben Laufschuhe und läuft immer noch 10 km am Tag' },
  announce: {
    words: ['verkünden', 'bekanntgeben', 'bekanntzugeben', 'mitteilen', 'mitzuteilen'],
    note: 'the verbs an author announces their own news with',
    example: 'Ich freue mich, mitteilen zu dürfen, dass ich bei der Müller GmbH anfange',
  },
  everyone: { words: ['alle'], note: 'Eine erste Person neben "alle" ("der Fehler, den wir alle machen") spricht für jeden, nicht vom Leben des Autors.', example: 'Ein Arzt verrät das Geheimnis, das wir alle kennen sollten' },
  exclaiming: {
    interjections: {
      words: ['boah', 'wow', 'omg', 'krass', 'juhu', 'oha', 'puh', 'uff', 'herrje'],
      note: 'interjections are someone speaking: a headline does not say "boah" or "puh" ("Wahnsinn" is left out: headlines name a "Mieten-Wahnsinn")',
      example: 'boah dieser Sonnenuntergang heute am See',
    },
    laughter: { pattern: '(?:ha){2,}h?|(?:hi){2,}|(?:he){2,}|lol|xd+|rofl', note: 'laughter is someone reacting, not a headline', example: 'Mein Hund schläft schon wieder auf der Tastatur hahaha' },
    exclamatives: {
      words: ['was für ein', 'was für eine', 'was für einen', 'welch ein', 'welch eine'],
      note: '"was für ein" with a noun and the end of the clause exclaims',
      example: 'Was für ein Spiel, was für ein Abend',
    },
    notExclamative: { words: [], note: 'the openers end in an article, so no verb can follow them at once', example: 'Was für ein Auto fährt eigentlich der Kanzler' },
    intensifiers: { words: ['so', 'voll', 'mega', 'echt'], note: '"so" or "mega" before a word that ends its clause is the speaker\'s feeling ("einfach so schön")', example: 'Dieses Lied ist einfach so schön, läuft den ganzen Tag' },
    notIntensified: { words: ['weiter', 'ähnlich', 'geht', 'gehts', "geht's", 'war', 'ist'], note: '"und so weiter", "so geht\'s" end no exclamation', example: 'Brot, Butter, Käse und so weiter.' },
    speakerOpeners: {
      words: ['kaum zu glauben', 'kann es nicht glauben', 'kanns kaum erwarten'],
      note: 'the speaker\'s disbelief or longing at the start of a sentence',
      example: 'Kaum zu glauben, dass schon Dezember ist',
    },
    opinionLabels: { words: ['unpopuläre meinung', 'steile these', 'meiner meinung nach', 'meine meinung'], note: 'the speaker labels what follows as their own view: an opinion said, not a headline keeping something back', example: 'Unpopuläre Meinung: Meetings sollten fast immer E-Mails sein' },
    verdicts: { words: ['perfekt', 'herrlich', 'traumhaft', 'himmlisch'], note: 'a one-word verdict as the last sentence is the speaker summing up their moment', example: 'Regnerischer Montag, Kaffee und ein gutes Buch. Perfekt' },
    elongation: 4,
  },
};
