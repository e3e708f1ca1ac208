// The shape of the per-language data behind normalising (shorthand, misspellings) and compositional asks.
// Every entry says why it is there and shows one way people write it, in the style of retext/alex.

export interface Noted {
  /** Why the entry is here. */
  note: string;
  /** A real-sounding line it catches. */
  example: string;
}

/** Written forms of one word that mean a canonical one ("plz" → "please", "chanel" → "channel"). */
export interface Shorthand extends Noted {
  /** Lower-case written forms. */
  forms: string[];
  /** What they stand for (may be two words: "s'il vous plaît"). */
  means: string;
  /**
   * Only when the word sits between two words and the next one is a word it can introduce (a digit "4" reads as
   * "for" in "sub 4 sub", "thanks 4 watching", never in "4 years").
   */
  between?: readonly string[];
}

/** An action whose doing benefits whoever asks for it. */
export interface Action extends Noted {
  /** Canonical lower-case forms: imperative, -ing, past, and forms with a pronoun attached ("sígueme"). */
  forms: string[];
  /**
   * Asking for it helps the author whatever the object: subscribe, upvote, repost, donate. Other actions (watch,
   * visit, like, share) are asks only with a target the author owns.
   */
  self?: boolean;
  /** Forms that already hold the request and the author ("sígueme", "abonnez-vous"): no other cue needed. */
  asking?: string[];
  /** A sale: "order your box here: link" asks even though the box is the reader's once bought. */
  sells?: boolean;
  /** With "me"/"us" it invites rather than asks ("join us for coffee", "join us in wishing…"); "join my server" asks. */
  invites?: boolean;
  /** A link after it is its target (visit, click, watch, join...); "read: link" is not, it points at anything. */
  link?: boolean;
  /**
   * Asks only when it sends readers to a place of the author's ("see it on my page"): "please see below", "see the
   * docs" and "see my comment above" point at something to read, not somewhere to go.
   */
  placed?: boolean;
  /**
   * A favour asked for the author's own thing only ("give it a listen", "give my cover a chance"): with anything else
   * ("give me a break", "give this video a like", "give it a chance" about the song everyone is hearing) it asks nothing.
   */
  favour?: boolean;
  /**
   * Every form carries "it" attached ("escúchalo", "écoutez-la", "denle"): the target is a pointer, as "listen to it".
   * Such forms make an entry of their own.
   */
  withIt?: boolean;
  /**
   * Sends the reader to look a name up on a site ("search DJ Kato on youtube", "busquen Lily Sings en YouTube"): asks
   * only in someone else's thread, with a name after it and a site of `sites` named as where to look. A comment under
   * a video points readers at a channel that way where links are not allowed; "search the error on Google" asks nothing.
   */
  finds?: boolean;
  /**
   * Also means "act on" with a thing of `guidance` as its object ("follow these steps", "sigue las instrucciones",
   * "folgt diesen Schritten", "suivez la recette", "siga estas dicas"): the reader is told how to do something, not
   * asked to follow an account. "Follow me for more steps", "follow this page" still ask.
   */
  obeys?: boolean;
}

/**
 * Reported speech (lib/checker/speech.ts): someone else's words told by the author ("my brother says I'm looking for
 * work"). An ask inside a clause governed by one of these verbs, whose subject is someone else, is not asked of the readers.
 */
export interface SpeechLexicon extends Noted {
  /** Verbs of saying, telling, advising or wanting, in the forms a third person takes (accent-folded). */
  say: readonly string[];
  /** Who may be the speaker: kin, friends, people at work, crowds, third-person pronouns (accent-folded). */
  speakers: readonly string[];
  /** The author as the subject: "I say", "yo digo", "wir sagen": the author's own words, not reported. */
  self: readonly string[];
  /** Words that end the reported clause and go back to the author ("but", "so"): "…, but I just want to finish". */
  cut: readonly string[];
  /**
   * Words that open the reported clause ("that", "to", "que", "dass", "de", "para") or its own subject ("I", "ich",
   * "je"): "everyone says FOLLOW ME" has none, and is the author's own imperative dressed as a quote.
   */
  opens: readonly string[];
  /**
   * Participles that describe what others keep writing ("people saying sub to my channel", "comments begging for
   * subs", "gente diciendo suscríbanse"): after their speaker they open the quoted words themselves, no "that"
   * needed. A complaint about spam quotes the spam; it asks for nothing. Also verbs of saying (accent-folded).
   */
  describes: readonly string[];
  /** Verb forms that speak to the readers without a pronoun (Spanish "deberíais", "visitéis"), folded. */
  toReaders?: RegExp;
  /**
   * Places the author shares with the readers (street, town, building, road): "my sister says the water is rising on
   * our street" tells of the place, not of the author, "our" notwithstanding.
   */
  sharedPlaces: readonly string[];
  /** Hazards (flood, fire, storm, outage): what one's own people say of one is news to readers nearby. */
  hazards: readonly string[];
}

export interface AskLexicon {
  /** Shorthand and misspellings, folded into canonical words before any rule looks. */
  shorthand: Shorthand[];
  /** Words that make an imperative polite; anywhere in the clause they make it a request ("please", "bitte"). */
  please: string[];
  /** Words that may stand before an imperative at the start of a clause ("and", "go", "just", "guys"). */
  lead: string[];
  /**
   * Request frames before the action, as phrase sources over canonical words ("would mean a lot if you",
   * "don't forget to"): they make any action after them in the clause a request.
   */
  frames: (Noted & { pattern: string })[];
  /** Frames after an action noun that ask for it in the passive ("reposts hugely appreciated"). */
  welcome: (Noted & { pattern: string })[];
  /**
   * "help me get / reach": with a count of the audience ("50 subs") the clause asks for it. With `bareCount`, a
   * count alone ends the ask too ("help me hit 10k!"): the words that may follow it before its clause ends ('' for
   * none; German puts its verb after: "die 10k zu knacken").
   */
  helpMe: (Noted & { pattern: string; bareCount?: string })[];
  actions: Action[];
  /** Action nouns that can be welcomed in the passive ("reposts", "upvotes", "shares"). */
  actionNouns: string[];
  /** The author as object: me, us, moi, mir. */
  me: string[];
  /** The author's: my, our, mon, meine. */
  my: string[];
  /**
   * The author as a group (we, our, us; a band, a venue, a team, a shop): "Our tour dates are out… Tickets at <link>"
   * sells the group's own dates, where a fan's "got my tickets! Tickets at ticketmaster" speaks as one buyer. Two-word
   * entries ("a gente") are matched as two words.
   */
  we: string[];
  /** The reader's: your, tu, dein, votre, seu (what a sale hands over: "grab your seat"). */
  your: string[];
  /** Things an author has and wants visited, watched or bought: channel, video, page, shop, book... */
  owned: string[];
  /** Audience counts: subs, followers, views, upvotes (after a number, they are what "help me get" asks for). */
  audience: string[];
  /**
   * Words before a count that number the author's own run of posts ("Day 37 of posting until my bakery hits 1,000
   * followers", "Día 20 publicando hasta…", "Jour 12 du défi"): beside asks for likes and shares the count is the
   * author's streak, not a detail for the reader.
   */
  streak: string[];
  /** "this", "it": a target for actions that help whoever asks (upvote this, share it). */
  pointing: string[];
  /**
   * Pointing words that are also articles ("la", "le", "o"): after an infinitive that opens its sentence and before
   * another word of their clause, they are that word's article ("Compartir la mesa con amigos significa mucho"), since
   * a pronoun after the verb is written onto it ("compartirla", "partagez-le").
   */
  articles?: string[];
  /** Words that undo a request before the action ("don't", "never"), unless a frame says otherwise. */
  negation: string[];
  /** Particles that belong to the action ("check out", "sign up", "subscribe to") and are skipped. */
  particles: string[];
  /**
   * First-person subject pronouns: right before the verb they make it the author's statement, not a request, even
   * with a "please" word in the sentence ("Ich teile gern meine Vorlage": German "gern" is gladness there, not "bitte").
   */
  subjects: string[];
  /**
   * Words that, a few words before an asking form that is also a past participle (German "abonniert", "besucht"), make
   * it a thing the author has done, not a request: "Hab gerade abonniert", "direkt abonniert 👍". In its clause only.
   */
  told?: string[];
  /**
   * Selling in the forms no offer takes (the infinitive of a step, a past habit): a price cut in its clause is how
   * someone sells, a tip ("sell yesterday's bread at half price"), unless a subject of `subjects` stands by it ("we
   * sell everything at half price").
   */
  resale?: Noted & { words: string[] };
  /**
   * How a scam warning tells the author's real thing from the fake (lib/checker/scams.ts). `imitates`: the verbs that
   * put the author's thing as what a scam copies ("a fake site copying our shop"), up to two words before it;
   * `only`: the one place the real thing is had ("we only sell on lahoja.es"). Matched as written, accents included.
   */
  scam?: { imitates: Noted & { words: string[] }; only: Noted & { words: string[] } };
  /** Words after an action that end the request without an object ("subscribe now", "follow back"). */
  closers: string[];
  /** Someone else's: "her", "his", "their": the target belongs to another person (sharing their work). */
  theirs: string[];
  /**
   * Words that make the "my someone" after them the owner of the thing before ("the newsletter of my friend", "la
   * cuenta de mi hermana", "den Newsletter von meiner Freundin"): the thing is that person's, not the author's.
   */
  ownerOf: string[];
  /** Verbs of saying and who says them: an ask in someone else's reported words is theirs, not the author's. */
  speech: SpeechLexicon;
  /**
   * Urgency phrases that also read as plain narrative ("one last chance against Leeds", "season 4 ends tomorrow",
   * "a journey to the Moon"): they count as urgency only in a post that asks for something or links somewhere.
   */
  loneUrgency: (Noted & { pattern: string })[];
  /** Thanks words that may be followed by names ("thank you Ana, Ben and Chidi"). */
  thanks: string[];
  /** Words (one each) of meeting in person or on a call: an ask to DM or join in a sentence with one is an invitation. */
  meeting: string[];
  /**
   * Endings of forms that are never imperatives (-ing, past participles): they ask only inside a frame or beside
   * "please" ("would love if you subscribed"), never at the start of a clause ("joining us at 12:30").
   */
  notImperative: string;
  /**
   * Words that say an ask is made on someone else's behalf (victims, relief, a missing person, donations, volunteers): "please RT",
   * "donate here" in such a post spreads help, not the author. Asks naming the author's own thing still count.
   */
  forOthers: string[];
  /**
   * A money drive (`drives`: drive, fundraiser, campaign, collecte, cagnotte, vaquinha, Spendenaktion) named as the
   * author's own, right after one of `my` ("our winter drive", "notre collecte", "nuestra campaña"): the post's asks
   * are then the author's, whatever `forOthers` words (donate, charity) it holds.
   */
  drives?: string[];
  /**
   * A lost animal: a word for lost or run away (`lostWords`) within a few words of an animal (`animals`) makes an ask
   * made for the animal's sake ("Lost cat near Elm Park, please share"). "Lost" alone is too common to count ("Lost 20
   * pounds with my program, DM me"), and so is "found" even beside an animal ("My cat found a new toy: shop link in bio").
   */
  lostWords: string[];
  animals: string[];
  /**
   * Something found that belongs to someone else: a word for found (`foundWords`) within a few words of a belonging
   * (`belongings`) makes "message me" or "please share" an ask for the owner's sake ("Keys found near the playground,
   * message me to describe them"). A toy or a bargain found is no one's loss ("My cat found a new toy").
   */
  foundWords: string[];
  belongings: string[];
  /**
   * A crowd that vouches for a product in an ad ("Doctors say this supplement melts fat", "Experts say the Lumen lamp is
   * the best of 2025", "Los expertos dicen…"): as the source of a verb of saying it is the seller's testimonial, not a
   * third party's announcement passed on ("Apple says", "the council announced"). Folded, lower case.
   */
  endorsers?: string[];
  /**
   * Words that name an event at the end of a tag, after a place or a name ("#yycflood", "#HighParkFire", "#qldfloods",
   * "#RussianMeteor"), or as the whole tag ("#earthquake"): the tag files the post under the event everyone follows,
   * not under reach. Folded, lower case.
   */
  eventTags: string[];
  /**
   * Words that open a launch when a name follows them ("Introducing Ping Links", "Meet Codex", "Presentamos X"):
   * an announcement about the author's own product, as humblebrag reads it.
   */
  launch: string[];
  /** Object pronouns written before the verb ("me segue", "me suivre"): they name the author as the target. */
  proclitic: string[];
  /**
   * Words that place an action at the author's own thing later in its clause ("watch the full take on my channel",
   * "mírala en mi canal"): whatever the verb's object, the readers are sent there.
   */
  places: string[];
  /**
   * What the author runs for an audience and sells or grows by it (a course, a webinar, a livestream): "join us for
   * our webinar" asks people in, where "join us for coffee" invites. Only languages whose join verb is marked
   * `invites` need the list.
   */
  offerings?: string[];
  /**
   * How an author brings in a thing of their own just before asking for it by a pronoun ("I have a new cover of Roar,
   * please give IT a listen", "hice un cover, escúchalo"): phrase sources over canonical words that end right before
   * an owned word ("i have a new" + "cover", "my" + "song"). A "this"/"it" after one stands for the author's thing.
   */
  introduces?: (Noted & { pattern: string })[];
  /**
   * How a show's episode or a talk names who it talks to and about what ("we talk to Dr. Lena Ortiz about sleep",
   * "hablamos con la Dra. Ortiz sobre el sueño"): a phrase source over folded lower-case text whose group 1 is the
   * guest (humblebrag checks a capitalised name there). The announcement then carries what the reader gets.
   */
  talksWith?: (Noted & { pattern: string })[];
  /**
   * A named tool the author moves to or works with, just before its version ("upgraded our CI to Node v22", "transcribo
   * con Whisper v3"): the words that may come before the tool's name and the articles that may sit between. The version
   * is then someone else's release in use, not the author's offer (product-plug).
   */
  toolInUse?: Noted & { before: string[]; articles: string[] };
  /**
   * Conditions that open a pitch, however long ("if you like raw talent, raw lyrics, straight real hip hop Check my
   * newest song"): an action after one, aimed at the author's own thing, is a request even without a comma or a
   * capital before it.
   */
  conditions?: (Noted & { pattern: string })[];
  /**
   * Words that open a purpose right after a follow or a subscription ("subscribe TO hear me sing", "suscríbete PARA ver
   * mis videos"): when the purpose names the author two words on, the follow is for the author.
   */
  purpose?: Noted & { words: string[] };
  /**
   * Words that name for whom a vote or a share is, a few words after it ("vote at the Best Bakery awards FOR us",
   * "stimmt beim Award FÜR uns ab"): with the author after them, the action is the author's ask whatever stands between.
   */
  forAuthor?: Noted & { words: string[] };
  /**
   * Sites a name is looked up on ("search X ON YOUTUBE"), for `finds` actions, and the words that may stand between
   * the action and the name ("search FOR", "sucht MAL NACH").
   */
  sites?: Noted & { words: string[]; before: string[] };
  /**
   * Things one follows by doing what they say (steps, instructions, a recipe, advice), and the words that may stand
   * between an `obeys` action and them (articles, "these", numbers, "simple", "following"): "follow these 4 simple
   * steps" tells how, it asks for no follow.
   */
  guidance?: Noted & { words: string[]; before: string[] };
  /** Comparisons after "like this video" ("Like this version better than the album"): a taste told, not a like asked for. */
  comparatives?: string[];
  /**
   * Words after "this video" that say the author made it ("check out this cover I did", "mira este video que hice"):
   * a phrase source over canonical words, matched right after the thing.
   */
  madeIt?: (Noted & { pattern: string })[];
  /**
   * The author as company, one word or two ("with me", "conmigo", "mit uns"): a sale's verb with a thing to book "with
   * me" ("book a free call with me", "agenda una llamada conmigo") sells the author's time, whatever the thing is
   * called. An invitation to meet ("grab a coffee with me") names a meeting word and stays an invitation.
   */
  withMe?: (Noted & { forms: string[] })[];
  /**
   * Words that bring in the thing a booking with the author sells ("book A call", "YOUR free session", "ein
   * Erstgespräch"): one must stand within three words of the verb. "Get THE latest on the crash with me on the night
   * show" points at coverage, not a booking.
   */
  booked?: string[];
}

/** A list of words, with why it is there and a line in which one of them does its work. */
export interface WordList extends Noted {
  /** The words as written, in lower case (the checks that read them say whether case and accents matter). */
  words: string[];
}

/**
 * How Spanish and Portuguese mark the author in the verb alone ("la razón por la que amo el otoño", "o motivo pelo
 * qual durmo tão pouco"): no I/my word tells the author there, but a relative clause's verb, right after its opener,
 * in the first person does.
 */
export interface FirstPersonVerbs {
  /** Words that open a relative clause; its verb stands right after. */
  clauseOpeners: WordList;
  /** What may stand between the opener and its verb (at most two): a negation, a time word, a clitic. */
  beforeVerb: WordList;
  /** A first-person verb form, as a regular-expression source over one word as written (case counts). */
  verb: Noted & { pattern: string };
  /** Words the verb pattern takes that are no first-person verb: whole words, and endings of other persons. */
  notVerb: WordList & { endings: string[] };
  /**
   * A verb form only "we" takes, as a regular-expression source over one word as written ("terminamos", "fizemos"):
   * anywhere in the post it tells the author's own doing, which a teaser of how something looks then captions.
   */
  we?: Noted & { pattern: string };
  /**
   * Where typing without accents hides the person ("paso" for "pasó", "cambio" for "cambió"): in a post with none of
   * these accents, a verb with this ending tells the first person only with an ending no other form shares.
   */
  unaccented?: Noted & {
    /** Accented letters whose presence shows the author types accents. */
    accents: string;
    /** The ending that is ambiguous when accents are left out. */
    ending: string;
    /** Endings only a first person takes, accents or not. */
    firstOnly: string[];
    /** Words with those endings that are no verb in the first person (nouns, other persons). */
    except: string[];
  };
}

/**
 * Marks of someone exclaiming rather than a headline announcing: a fan or a friend who says "omg this is the best
 * thing ever" or "Qué golazo de Messi, qué partido" hides nothing, even with no "!" in the line. learned-bait lets the
 * model's bait reading speak on an impersonal line only where none of these marks is.
 */
export interface Exclaiming {
  /** Interjections and chat words, as whole words anywhere ("omg", "ugh", "boah", "nossa"). Matched in any case. */
  interjections: WordList;
  /** Laughter, as a regular-expression source over one word ("haha", "jajaja", "kkkk", "mdr"). */
  laughter: Noted & { pattern: string };
  /**
   * Exclamative openers at the start of a sentence ("what a", "qué", "quel", "was für ein", "que"): with at
   * most three words after them and then the end of the clause ("What a game", "Qué golazo de Messi,"), an exclamation.
   */
  exclamatives: WordList;
  /**
   * Exclamative openers that after a comma are a relative ("…, que deja 5 muertos"): they exclaim only where a
   * sentence starts. The others may open a later clause too ("Qué golazo de Messi, qué partido").
   */
  relatives?: string[];
  /** Words that, right after an exclamative opener, make it a question or a clause instead ("qué es", "quel est"). */
  notExclamative: WordList;
  /** Intensifiers of a word that ends its clause ("so good", "tan bonita", "trop mignon", "muito bom"). */
  intensifiers: WordList;
  /** Words after an intensifier that make it no such thing ("so far", "and so on", "muito mais"). */
  notIntensified: WordList;
  /** Intensifiers after a word at the end of its clause ("cute af", "linda demais", "beau de ouf"). */
  trailing?: WordList;
  /** What a speaker says with the subject left out, at the start of a sentence ("Can't believe it's December"). */
  speakerOpeners?: WordList;
  /** A label the speaker puts on what follows as their own view, at the start of a sentence ("Hot take: …"). */
  opinionLabels?: WordList;
  /** A verdict said alone as the post's last sentence ("Rainy Monday, coffee and a good book. Perfect"). */
  verdicts?: WordList;
  /**
   * How many times a letter must repeat in a row to read as drawn out ("sooo", "goooool"). German joins words into
   * "Schifffahrt", so there it takes four.
   */
  elongation: number;
}

/** The words the teaser checks read (teasers.ts, rules/learned-bait.ts), per language. */
export interface TeaserLexicon {
  /** Conjunctions that may open a sentence before a teaser ("Y así lucía la ciudad hace 100 años"). */
  and: WordList;
  /**
   * A call for attention or a gasp that, set off by a comma or "!", may stand before a teaser at its sentence start
   * ("Atención, esto es lo que…", "Wow, here's why…"). Matched as whole words, in any case.
   */
  attention: WordList;
  /** Verbs the author announces their own news with ("thrilled to announce"). Matched anywhere, in any case. */
  announce: WordList;
  /**
   * Words that rule out what follows them ("(it's not Vienna)", "(no es Chile)"): a name or number right after one is
   * not the answer a pointer withholds. Matched as whole words, in any case, just before the name (an article between).
   */
  denial?: WordList;
  /**
   * Words that name where a claim comes from ("according to", "según", "laut", "selon", "segundo"): a name right after
   * one is the source ("This is the best city to live in, according to The Economist"), not the answer a pointer
   * withholds. Matched as whole words, in any case, just before the name (an article between).
   */
  source?: WordList;
  /** Words of the author's lists (I, my, we) that are as often something else, and so tell no author. */
  notAlwaysAuthor?: WordList;
  /**
   * Third-person subject pronouns ("he", "she", "ele", "ela"): a post that opens with one tells of someone its reader
   * is meant to know from the writer's own circle, as people speak; a headline names whom it is about.
   */
  knownSubjects?: WordList;
  /**
   * Words that make a first person beside them speak for everyone ("the mistake we all make", "nous faisons tous"):
   * within two words of "we", a general truth, not the author's own life.
   */
  everyone?: WordList;
  /** Languages that mark the first person in the verb only. */
  firstPerson?: FirstPersonVerbs;
  /** Marks of someone exclaiming rather than a headline announcing. */
  exclaiming: Exclaiming;
  /**
   * What opens the means in a how-it-happened line ("how I cut our CI time to 9 minutes by caching node_modules"): a
   * regular-expression source matched after the teaser in its sentence. Entries marked `answeredByMeans` read it.
   */
  means?: Noted & { pattern: string };
}
