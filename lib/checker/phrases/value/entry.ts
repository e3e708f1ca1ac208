// Lexicon entries for the missing-value family and the giving it must not mistake for it: each phrase carries a
// note on why it belongs and an example it must match (a test checks every example), so the lists read as data.
// The patterns use the phrase syntax of phrases.ts (a space is any gap, ' is either apostrophe).

export interface ValueEntry {
  pattern: string;
  /** Why a phrase like this belongs in the list. */
  why: string;
  /** A line the pattern matches, in the words people write. */
  example: string;
  /** The phrase only counts at the start of its sentence: later, "this"/"so"/"así" points back, not forward. */
  atStart?: boolean;
  /**
   * A pointer whose referent the sentence goes on to name: a number or time ("this is why speeds are cut to 50
   * km/h"), an account or a name in running text ("this is what the sun looks like in Colorado") is the news itself.
   */
  namedAnswers?: boolean;
  /** An amount withheld ("esto es lo que cuesta…"): only an amount in its sentence answers it, not a year or a name. */
  answeredByAmount?: boolean;
  /** What follows the phrase in its sentence is the answer ("did you know that 1 in 4 ..."), not more teaser. */
  answeredInClause?: boolean;
  /** A how-it-happened line that names its means in its sentence ("… by caching node_modules") tells the how (lexicon `means`). */
  answeredByMeans?: boolean;
  /**
   * The phrase opens a question headline ("¿Por qué los gatos ronronean?", "Do you make this mistake?"): it only
   * counts when its sentence ends in a question mark and nothing after that sentence answers it. "¿Qué pasa en
   * Venezuela? El Gobierno decreta el estado de excepción" asks and then tells, so it is news.
   */
  question?: boolean;
  /**
   * The phrase points only forward, at an outcome the link holds ("what happened next", "the results will surprise
   * you", "lo que pasó después"): what the post says before it is the setup, not the answer, so only what follows
   * it can deliver.
   */
  forward?: boolean;
  /**
   * A demonstrative before who or what the post is about ("this guy", "ce chiot", "esse gato"): in a headline it hides
   * the subject, but where someone exclaims ("this song is so good", "Ce chiot est trop mignon", "kkkkk") it points
   * at the photo or the song they share, and keeps nothing back (exclaims in teasers.ts).
   */
  shown?: boolean;
  /**
   * A pointer in a sentence about other people ("Crypto traders are rushing to buy this coin"): it counts only where
   * something stands before it in its sentence and no word there is the author's (I, my, we) or the addressee's
   * (you), and it is not asked: "Found this in my attic" and "We can't stop using this app" show the author's own
   * thing, "Où as-tu acheté cette lampe ?" asks about one both can see.
   */
  aboutOthers?: boolean;
  /**
   * The withheld payoff is how something looks now ("and this is what it looks like", "así quedó", "so sieht es jetzt
   * aus"). Where the author has told of their own making anywhere in the post ("We finally finished the treehouse and
   * this is what it looks like!"), it captions their photo; "Remember the kid from Home Alone? This is what he looks
   * like now" keeps the face for the click.
   */
  appearance?: boolean;
  /**
   * A prompt to the audience ("tell us in the comments"): after a question that asks the reader for their own answer
   * ("How did your team find this week? Tell us in the comments") it asks for that answer, and hides nothing.
   */
  prompt?: boolean;
}

export interface ValueLexicon {
  /**
   * A teaser: a forward reference or a withheld answer ("here's why", "what happened next", "you won't believe",
   * "17 things you didn't know") pointing at something the post does not hold.
   */
  teaser: ValueEntry[];
  /** Sympathy with no detail of its own ("thoughts and prayers"): warm in a reply, empty as a post on its own. */
  sympathy: ValueEntry[];
  /** Brief warmth to someone else: congratulations, good wishes, thanks. A reply made of it is never "missing value". */
  warmth: ValueEntry[];
  /** Words that report or give notice: a source ("police say"), a notice ("road closures"), a warning ("evacuate"). */
  report: ValueEntry[];
  /**
   * What happened or is happening: a toll ("two dead"), a change of state ("closed", "evacuated"), what an event did
   * ("struck the coast", "keeps rising"). A sentence holding one tells news, so its count or demonstrative is no teaser.
   */
  happened: ValueEntry[];
  /**
   * An event that makes news in its own name: a fire, a flood, a quake, an explosion, a crash, a shooting, a storm.
   * A post that names one reports it, so its ask to watch, follow or sign up points at coverage (evidence.ts).
   */
  event: ValueEntry[];
  /**
   * A frame that opens a sentence by naming the readers it is for ("If you self-host…", "For anyone wondering,",
   * "Pra quem tem horta:"): with something concrete after it, the sentence is a tip for them.
   */
  audience: ValueEntry[];
  /**
   * A way to help those an event hit, passed on: where to donate ("donate to the Red Cross"), a text-to-give number, a
   * shelter that is open, volunteers needed, how to help. Help for others, not a take of the author's.
   */
  relief: ValueEntry[];
  /**
   * A call for volunteers, counted or named ("Our food bank needs 10 volunteers", "necesita 10 voluntarios", "braucht
   * diesen Samstag 10 Freiwillige", "a besoin de 10 bénévoles", "precisa de 10 voluntários"): with a time, a place or a
   * count of its own it says where, when and what to do, an invitation to help others (signals.ts addVolunteerCall).
   */
  volunteerCall: ValueEntry[];
  /**
   * Where the latest news of something is ("for all the latest on", "for updates on"): beside a handle in a post
   * naming an event ("Following @KHOU for the latest on the explosion") it passes on where the news is.
   */
  newsSource: ValueEntry[];
  /**
   * A petition's ask ("sign now", "sign the petition"): in a post about an event and not about its author, a civic
   * call about the event, not the author's call to act for them.
   */
  petition: ValueEntry[];
  /**
   * A notice to customers: opening hours, a change of hours, a closure for the holidays ("open until 9pm on
   * Thursdays", "cerramos por vacaciones", "donnerstags bis 20 Uhr geöffnet"). It tells the reader when they can come:
   * the shop's "is now open" beside it is the notice's verb, not the author's news (humblebrag).
   */
  notice: ValueEntry[];
  /**
   * Where money raised goes, when it goes to others: "every euro goes to the ward", "raising money for the food bank",
   * "recaudar fondos para". A fundraiser's "link in my bio" asks for a charity, not for the author. "Help me pay my
   * rent, link to my GoFundMe" names no one else and stays the author's.
   */
  fundsFor: ValueEntry[];
  /**
   * A release handed over for anyone's use: an open licence, "open-source", "free to use" ("CC-BY licensed",
   * "licencia abierta", "offen lizenziert"). A dataset or a tool given away gives; its "download at <link>" is where to
   * take it, not an ask for the author.
   */
  openLicence: ValueEntry[];
  /**
   * A finding stated by those who found it: "we find that…", "our results show…", "wir zeigen, dass…". What follows is
   * the result itself, the "one useful piece of it" a paper's or a study's announcement owes the reader.
   */
  finding: ValueEntry[];
  /**
   * A claim about most of a class of things at the start of a sentence: "Most grad programs waive…", "La mayoría de las
   * bibliotecas prestan…", "Die meisten Krankenkassen zahlen…". How things generally are is a fact the reader can use;
   * beside a detail of its own it informs (signals.ts addInforming). Not about people in general ("most people never…"),
   * which is a motto's opening.
   */
  generalization: ValueEntry[];
  /**
   * A job ad: "we're hiring", "buscamos cocinero/a", "wir stellen ein", "on recrute". The opening is the reader's to take
   * (a job, its pay and hours); "apply at <link>" is how to take it, not a pitch for the author's shop.
   */
  hiring: ValueEntry[];
  /**
   * A verb of saying after its source ("Apple says", "el ayuntamiento anunció", "die Stadt hat bestätigt", "la mairie a
   * annoncé", "a prefeitura anunciou"): the post passes on a third party's announcement. It counts only with a source
   * right before it that is not the author (policy.ts reportsAnnouncement): "CA to be announced" names none.
   */
  saidBy: ValueEntry[];
  /**
   * A phrase before its source ("according to Valve", "según Apple", "laut Apple", "selon la SNCF", "segundo a
   * Nintendo"): the post passes on what a third party announced. It counts only with a source after it that is not the
   * author ("according to me" is the author's own word).
   */
  accordingTo: ValueEntry[];
  /**
   * A public or community good: a public body or place (the council, a public library, a community fridge, a food bank),
   * a public transport pass, where anyone takes it ("at any station"), or a commons' own words ("take what you need").
   * Its "is available again" or "get it at any station" tells people about something no author sells.
   */
  publicGood: ValueEntry[];
  /**
   * Free for everyone, or for a whole group ("free for everyone", "gratis para todos", "kostenlos für alle", "gratuit
   * pour tous", "grátis para todos"): a good handed to all. Alone it speaks for a post that names no author; a firm's
   * "our workspace is free for everyone this week" is still its offer.
   */
  freeForAll: ValueEntry[];
  /**
   * A scam named as one: "those texts are a scam", "la estafa del falso paquete", "golpe do falso boleto", "arnaque au
   * faux colis", "neue Betrugsmasche". It tells readers what to ignore, with or without a number or a name; in a post
   * that sells ("most courses are scams, mine isn't: 40% off") it is the pitch's foil and gives nothing.
   */
  scamWarning: ValueEntry[];
}

export const VALUE_KEYS = ['teaser', 'sympathy', 'warmth', 'report', 'happened', 'event', 'audience', 'relief', 'volunteerCall', 'newsSource', 'petition', 'notice', 'fundsFor', 'openLicence', 'finding', 'generalization', 'hiring', 'saidBy', 'accordingTo', 'publicGood', 'freeForAll', 'scamWarning'] as const;

/**
 * The patterns of each list, in the shape the phrase book indexes. Teasers that count only at the start of a
 * sentence form a list of their own (`teaserLead`), tried only where a sentence starts.
 */
export function valueLists(lexicon: ValueLexicon): Record<(typeof VALUE_KEYS)[number] | 'teaserLead', string[]> {
  return {
    teaser: lexicon.teaser.filter((e) => !e.atStart).map((e) => e.pattern),
    teaserLead: lexicon.teaser.filter((e) => e.atStart).map((e) => e.pattern),
    sympathy: lexicon.sympathy.map((e) => e.pattern),
    warmth: lexicon.warmth.map((e) => e.pattern),
    report: lexicon.report.map((e) => e.pattern),
    happened: lexicon.happened.map((e) => e.pattern),
    event: lexicon.event.map((e) => e.pattern),
    audience: lexicon.audience.map((e) => e.pattern),
    relief: lexicon.relief.map((e) => e.pattern),
    volunteerCall: lexicon.volunteerCall.map((e) => e.pattern),
    newsSource: lexicon.newsSource.map((e) => e.pattern),
    petition: lexicon.petition.map((e) => e.pattern),
    notice: lexicon.notice.map((e) => e.pattern),
    fundsFor: lexicon.fundsFor.map((e) => e.pattern),
    openLicence: lexicon.openLicence.map((e) => e.pattern),
    finding: lexicon.finding.map((e) => e.pattern),
    generalization: lexicon.generalization.map((e) => e.pattern),
    hiring: lexicon.hiring.map((e) => e.pattern),
    saidBy: lexicon.saidBy.map((e) => e.pattern),
    accordingTo: lexicon.accordingTo.map((e) => e.pattern),
    publicGood: lexicon.publicGood.map((e) => e.pattern),
    freeForAll: lexicon.freeForAll.map((e) => e.pattern),
    scamWarning: lexicon.scamWarning.map((e) => e.pattern),
  };
}

/** Notes that hold for the same kind of phrase in every language: one note, many lexicons. */
export const WHY = {
  surpriseWithheld: 'Tells the reader they will be surprised instead of saying what surprised the writer.',
  wish: 'A wish to someone.',
  thanksInReply: 'Thanks to the person one is answering.',
  factMustFollow: 'Fine when the fact follows in the same sentence; a teaser when it does not.',
  condolences: 'Condolences say that one cares, not what happened.',
  emptyWish: 'A wish with no information in it.',
  source: 'A source: the post passes on what someone with knowledge said.',
  newsLabel: 'A label for news or a notice.',
  farewell: 'A farewell with no detail of its own.',
  whatHappened: 'What happened to whom.',
  eventNamed: 'An event that makes news in its own name: a post naming it reports it.',
  warmthOnly: 'Warmth sent, nothing said.',
  authority: 'Those who give notice; naming them is naming a source.',
  mustSee: 'Tells the reader they must see something the post does not describe.',
  sympathyOnly: 'Sympathy sent without saying what happened or how to help.',
  donateTo: 'Where to give: a named relief body or fund that takes donations for those hit.',
  textToGive: 'A text-to-give number: a way to donate in one message.',
  shelterOpen: 'Where shelter or a collection point is open: help the reader can go to or pass on.',
  volunteersNeeded: 'A call for volunteers for those hit: help for others, not for the author.',
  howToHelp: 'How to help those hit: the way to help itself, or the pointer to it.',
  volunteerCall: 'A call for volunteers, the help others need: with when and where, an invitation to come and help.',
  followNews: 'Where the latest news is told: beside a newsroom’s or an agency’s handle it passes its coverage on.',
  openingHours: 'Opening hours or a change of them: when customers can come, a notice to them.',
  closure: 'A closure with its dates or its reason: customers learn when not to come and when to come back.',
  fundsGoTo: 'Says where the money raised goes, to someone other than the author: a fundraiser for others.',
  generalization: 'How most of a class of things works (most programs, most libraries): a fact about the world, not a motto about people.',
  openLicence: 'An open licence, "free to use", or teaching material announced as now free (slides, templates, notes, code): what is released is handed over for anyone to use.',
  noStrings: 'Handed over with nothing asked back (no sign-up, no account, no e-mail): taken freely, like an open licence; a price, a code or a trial still sells.',
  comparisonRun: 'A test the author ran on several things ("I tested 4 budgeting apps"): what they kept and why is a result the reader can use.',
  findingStated: 'States a finding by those who found it: the result follows in the sentence, not behind a link.',
  limitsStated: 'Names the limits of the author\'s own study or test ("Caveats:", "Limitations:"): an honest report of how far the result goes, with the result beside it.',
  sharedTrait: 'Says what the cases that worked had in common, and then says it: the pattern found is the lesson.',
  jobAd: 'Opens a job ad: the post offers readers a job, its pay and hours, rather than the author\'s product.',
  petitionAsk: 'A petition’s ask: a call to sign about a public matter, for no one’s account.',
  scamNamed: 'Names a scam as one (the texts, calls or sites that are fake): a warning that tells readers what to ignore.',
  damageToll: 'The toll or the damage of an event: how many dead, how much burned or destroyed, where it struck.',
  pressSource: 'A statement to the press or by a spokesperson: the post passes on what someone with knowledge said.',
  reportedSympathy: 'Sympathy someone else sent, reported: news of a statement, not the author’s own platitude.',
  findOutElsewhere: 'Sends the reader off to find out what the post could have said.',
  reactionUntold: 'Reports a reaction without saying what it was.',
  changeUntold: 'Announces a big change or decision without saying what it is; what changes, told in the rest of the clause, answers it.',
  surpriseDefined:
    'Opens on a thing defined only by the surprise it caused ("the moment nobody expected at the Oscars", "el momento que nadie esperaba en MasterChef"): where it happened is the setting, not what happened; a count or an amount in the sentence, or an answer after a colon, tells.',
  knowledgePromised: 'Promises knowledge and delivers none here.',
  congratulations: 'Congratulations to someone else.',
  questionBehindClick: 'A question to the reader whose answer is behind the click.',
  listicle: 'A listicle title: a count of vague things, with none of them in the post.',
  changeOfState: 'A change of state: what is open, closed or cancelled.',
  eventVerb: 'What an event did, told in a headline’s verb (“a train derailed, killing four”, “the building collapses”): the news itself.',
  outage: 'A service or a day that is not there (no school, no power, no water): what is cancelled or cut off, told in a noun.',
  eventCourse:
    'What an event did or is doing (it struck a place, it spreads, people were forced out, a place needs help): the news itself, where it stands outside a sentence of sympathy.',
  sympathyInReply: 'Sympathy or praise to the person one is answering.',
  supportInReply: 'Support said to the person one is answering (we are with you, thinking of you): warmth to them, not a slogan.',
  prayer: 'Sympathy as prayer.',
  effectPromised: 'Promises an effect on the reader in place of the thing itself.',
  secretNamed: 'Names that a secret or reason exists without giving it.',
  forwardReference: 'A demonstrative at the start refers forward to something outside the post.',
  warmthInReply: 'Warmth to the person one is answering.',
  praiseOfTheirWords:
    'Praise of what the person one is answering told or shared ("what a lovely story about your grandma"): warmth to them, as thanks are.',
  praiseOfTheirWork:
    'Praise of the creator whose page the comment is on ("this is still the best channel on YouTube"): warmth to them, not a plug; "this" and "your" point at their work, never the author\'s.',
  ifYou: 'A condition on the reader: what follows is for readers in that case.',
  forThoseWho: 'Names the readers the sentence is for: what follows is meant for them.',
  prayerAsPost: 'Sympathy as prayer; kind in a reply, empty as a whole post.',
  outcomePromised: 'Promises an outcome without telling it.',
  videoUndescribed: 'Points at a video the post does not describe.',
  answerWithheld: 'Announces that an answer exists and is surprising, and withholds it.',
  saidBy: 'A verb of saying after its source: the post passes on what a third party announced, not an offer of the author.',
  accordingTo: 'Names the source of what follows: the post passes on what a third party announced, not an offer of the author.',
  publicBody: 'A public body or a public or community place: what it provides is run for everyone, not sold by the author.',
  publicPass: 'A public transport or concession pass: a public service, whatever it costs.',
  takenAnywhere: 'Where anyone takes it, at any station or library of a public network: a public service handed out, not a shop.',
  commons: 'The words of a commons (a community fridge, a free shelf): take what you need, leave what you can.',
  freeForAll: 'Free for everyone or for a whole group of people: a good handed to all, not a sale.',
} as const;
