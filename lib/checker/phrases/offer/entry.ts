// Lexicon entries for an offer of the author's own: a product, release, sale, event, course or service brought out
// by the author (release), or said to be there for the taking (available), together with a way for the reader to
// take it (acquire) or a pointer to where it is (moreAt). No entry decides alone: product-plug composes them (an
// announcement with nowhere to go is news; "try it" with nothing announced is advice). Each entry carries a note on
// why it belongs and an example its pattern must match (a test checks every example). Patterns use the phrase
// syntax of phrases.ts (a space is any gap, ' is either apostrophe).

export interface OfferEntry {
  pattern: string;
  /** Why a phrase like this belongs in the list. */
  why: string;
  /** A line the pattern matches, in the words people write. */
  example: string;
}

export interface OfferLexicon {
  /** The author brings out a thing of their own: "we just launched", "introducing", "our new". */
  release: OfferEntry[];
  /**
   * The thing can be had now or soon: "now live", "pre-orders open", "waitlist", "tickets on sale". It names no
   * owner ("the shelter is now open" is someone else's news), so it counts only in a post that names its author
   * (I, we, our) or asks the reader to take it.
   */
  available: OfferEntry[];
  /**
   * A sale or sign-up opens ahead of the thing: "pre-orders", "waitlist", "early access", "tickets on sale",
   * "registration open". Nobody but a seller opens one, so with somewhere to go (a link, "link in bio") it is an
   * offer even when the post names no author ("Presale opens Friday: link").
   */
  opening: OfferEntry[];
  /** Asks the reader to take the thing: "try it", "get yours", "sign up", "pre-order". */
  acquire: OfferEntry[];
  /** Points to where the thing is, without asking outright: "learn more", "link below", "details here". */
  moreAt: OfferEntry[];
  /**
   * A sale's opening term: a free first lesson, class, session or consultation ("first lesson free"). It names what
   * the buyer gets for nothing before paying; it teaches nothing, so its "lesson" is no lesson given here.
   */
  trial: OfferEntry[];
  /**
   * The maker turns to the reader about the release itself, with nowhere to go: "get ready", "let us know what you
   * think", "mark your calendars", or counts them down to it ("out in 3 days"). A fan says "get ready" of someone else's trailer, so it counts only beside the
   * author's own release (product-plug): the sign-off of a release note that has no link.
   */
  releaseCall: OfferEntry[];
  /**
   * The author turns the problem told just before into the thing they made: "that's why we built", "por eso creamos",
   * "deshalb haben wir … entwickelt". It is a release, and the sentences before it are the pitch's set-up (product-plug).
   */
  pitchTurn: OfferEntry[];
  /**
   * A heading that opens the maker's own release of a show, a channel or a blog: "New episode:", "Nuevo vídeo:". Only
   * beside a way to take it asked for ("listen wherever you get podcasts"): "New post: <headline> <link>" is also how
   * news feeds pass headlines on.
   */
  issueHeading: OfferEntry[];
  /**
   * Asks users to update now: "update your app today", "¡actualiza ya!", "jetzt updaten", "mettez à jour dès
   * maintenant", "atualize já". A way to take the author's own release only where the post names its author ("our
   * app"): "iOS 18.2 is out, update now" is a user's tip about someone else's release (product-plug).
   */
  updateCall: OfferEntry[];
  /**
   * A heading that announces a new feature: "New feature alert", "¡Nueva función!", "Neues Feature:", "Nouvelle
   * fonctionnalité :", "Novidade:". A user passes someone else's on the same way ("New feature in Gmail: … try it"), so
   * it is the author's release only in a post that names its author (we, us, our) and asks to take it (product-plug).
   */
  featureHeading: OfferEntry[];
}

export const OFFER_KEYS = ['release', 'available', 'opening', 'acquire', 'moreAt', 'trial'] as const;

/** The patterns of each list, in the shape the phrase book indexes. */
/**
 * Lists read only beside an offer of the author's own (product-plug): kept out of OFFER_KEYS, which other rules read
 * as weak evidence of an offer on their own.
 */
export const OFFER_SIGN_OFF_KEYS = ['releaseCall', 'pitchTurn', 'issueHeading', 'updateCall', 'featureHeading'] as const;

export function offerLists(lexicon: OfferLexicon): Record<(typeof OFFER_KEYS)[number] | (typeof OFFER_SIGN_OFF_KEYS)[number], string[]> {
  return {
    release: lexicon.release.map((e) => e.pattern),
    available: lexicon.available.map((e) => e.pattern),
    opening: lexicon.opening.map((e) => e.pattern),
    acquire: lexicon.acquire.map((e) => e.pattern),
    moreAt: lexicon.moreAt.map((e) => e.pattern),
    trial: lexicon.trial.map((e) => e.pattern),
    releaseCall: lexicon.releaseCall.map((e) => e.pattern),
    pitchTurn: lexicon.pitchTurn.map((e) => e.pattern),
    issueHeading: lexicon.issueHeading.map((e) => e.pattern),
    updateCall: lexicon.updateCall.map((e) => e.pattern),
    featureHeading: lexicon.featureHeading.map((e) => e.pattern),
  };
}

/** A numbered version, the same in every language: "Portrait V2.1", "Eleven v3". */
export function versionEntry(example: string): OfferEntry {
  // Not a version joined to a name by a hyphen, underscore or dot ("Whisper large-v3", "YOLO-v8", "model_v2"): that is
  // the name of a model or file someone uses, not a release announced.
  return { pattern: '(?<![\\p{L}\\p{N}][-_.])v\\d+(?:\\.\\d+)*', why: WHY.version, example };
}

/** A price as a seller writes it: "€7", "$25", "7 €", "12 euros", "R$ 30". */
export const PRICE = '(?:(?:r\\$|[$€£]) ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:€|\\$|£|eur|euros?|usd|dollars|reais))';
/**
 * Marketplaces where makers sell their own things (patterns, prints, ebooks, music, games): a price "on Ravelry" is a
 * price at the author's stall, in every language.
 */
export const MARKETPLACES =
  '(?:etsy|ravelry|gumroad|ko-?fi|patreon|payhip|bandcamp|redbubble|society6|depop|vinted|ebay|amazon|kindle|itch\\.io|teachers pay teachers|tpt|lemon ?squeezy|wallapop|mercado ?(?:libre|livre)|hotmart|elo7|shopee|olx|leboncoin|kleinanzeigen)';

/**
 * The second-hand and maker marketplaces where a seller keeps a page of their own ("it's all on my Vinted", "mi Wallapop",
 * "mein Kleinanzeigen", "mon Vinted", "meu Enjoei"): the author's stall, as "my shop" is. Not the buyer's order or parcel
 * from one ("my Vinted parcel never came", "mi pedido de Etsy", "meine Vinted-Bestellung", "ma commande Vinted").
 */
export const SHOPFRONTS =
  '(?:etsy|vinted|depop|wallapop|leboncoin|kleinanzeigen|enjoei|ravelry|gumroad|bandcamp|redbubble|society6|payhip|elo7)(?![\\p{L}-])' +
  '(?! (?:orders?|parcels?|packages?|purchases?|refunds?|hauls?|buyers?|pedidos?|paquetes?|compras?|bestellung(?:en)?|pakete?|k[äa]ufe?|commandes?|colis|achats?|encomendas?|pacotes?)(?![\\p{L}]))';

/**
 * Where music, podcasts, audiobooks, films and apps are streamed or installed: a work "on Spotify" can be had there now,
 * in every language. Like a marketplace it names no maker, so it counts only beside the author (WHY.onStreaming).
 */
export const STREAMING =
  '(?:spotify|apple (?:music|podcasts)|itunes|ivoox|deezer|soundcloud|tidal|youtube music|amazon music|audible|netflix|steam|(?:the )?app ?store|google play|play store)(?![\\p{L}])';

/** Notes that hold for the same kind of phrase in every language: one note, many lexicons. */
export const WHY = {
  weRelease: 'The author (we, I) brings something out: a launch, a release, an update of their own.',
  weMade: 'The author (I, we) made a thing people can use (an app, a tool, a site, a course): with somewhere to get it, that is its launch.',
  weBuild:
    'The author is building a thing people will use (an app, an editor, a platform), told as it is made: with somewhere to go or a model that reads a pitch, it is the build-in-public launch. A shed or a treehouse is no product.',
  presenting: 'Presents a thing to the audience as the author’s to show.',
  ourNew: 'The author’s own new or first thing, whatever it is.',
  announce: 'Announces something the author is glad to bring out.',
  partner: 'The author announces a partnership or integration of their own, a company’s news about itself: first person, not “X partners with Y” reported.',
  hosting: 'The author runs, hosts or sells something people can come to or buy.',
  nowAvailable: 'Says a thing can be had now: live, out, on sale, open.',
  backAgain: 'Says a thing is back ("our calendar is back", "vuelve", "gibt\'s wieder", "est de retour", "voltou"): on sale again, like "now live"; it names no owner.',
  inStoreOnline: 'Says where the thing is sold, in the shop and online: where to take it, as a link would.',
  arrived: 'Says a thing has arrived or is here at last ("is finally here", "ha llegado", "endlich ist er da", "est enfin arrivé"): out now, like "now live".',
  updateNow: 'Asks users to update now: with the author named ("our app") it is the way to take their release; alone, a user\'s tip about someone else\'s.',
  ticketsAt:
    'Says where tickets are had ("Tickets at thewildbirds.com", "Entradas en…"): like a marketplace it names no seller, so it counts only beside the author ("Our tour dates are out"); a newsroom\'s "Tickets at ticketmaster.co.uk" reports a tour.',
  onStreaming:
    'Says a work is where it streams or installs ("it\'s on Spotify", "está en Ivoox", "gibt\'s bei Audible"): it can be had there now. Like a marketplace it names no maker, so it counts only beside the author ("My new album is on Spotify now"); a fan\'s "Taylor\'s album is on Spotify" passes news on.',
  onMarketplace:
    'Says a thing is on a marketplace where makers sell ("it\'s on Amazon", "está en Etsy"): it can be bought there now. It names no seller, so it counts only beside the author, an ask or a price where it is sold; asked ("is it still on Amazon?") it offers nothing.',
  launches: 'Somebody brings a thing out, told in the third person: the company’s own voice, or news of another’s launch.',
  nowSupports: 'A release note in the maker’s third-person voice: the thing now does something new ("now supports", "ahora admite").',
  soon: 'Says a thing will be out soon: a launch date people can wait for.',
  preorder: 'A pre-sale: the thing can be bought before it exists.',
  waitlist: 'A waiting list or early access: people sign up to get the thing first.',
  tickets: 'Tickets or places on sale for an event.',
  ticketPrice:
    'A ticket or entry price ("tickets £10", "Eintritt 8 €"): a seller’s words for an event. It names no seller (the council’s concert has one too), so it counts only where the post names its author (we play, my show) or asks the reader to take it.',
  registration: 'Sign-ups are open for an event, a course or a programme.',
  version: 'A numbered version (v2, V2.1) is a release of a thing someone makes: with a way to take it, it is on offer.',
  takeIt: 'Asks the reader to try, get, download or buy the thing.',
  notYetBought:
    'Asks readers who have not bought the thing yet whether they still have not ("Still haven\'t grabbed your copy?", "¿Todavía no tienes el libro?"): the seller\'s nudge to take it, asked as a question.',
  update: 'Asks users to update where the maker ships it (the App Store, the console) or to upgrade their plan: the maker’s voice. A bare "update now" is also a user’s tip about someone else’s release ("Python 3.13 is out, update now if…").',
  signUp: 'Asks the reader to sign up, register or join.',
  reserve: 'Asks the reader to book or reserve a place.',
  contact: 'Says how to buy or book: write to the author (an offer of help or an invitation to meet is told apart by the checker).',
  learnMore: 'Points to more about the thing somewhere else.',
  soldAt: 'A price beside where the thing is sold (a marketplace, the author’s shop): where to buy it, link or not. A price alone ("a €7 ruler does the job") is a tip’s detail.',
  linkThere: 'Says where the link is.',
  weAdded: 'The author (we, I) added support for something to a thing of their own: a release note in the maker’s voice.',
  countdown:
    'Counts the reader down to the author’s own thing: "my new album drops in 3 days", "our demo is out tomorrow". A fan counts down to someone else’s trailer, so the thing counted down to is "our" or "my", and it counts only beside the author’s release, as "get ready" does.',
  getReady: 'Tells readers to wait for a release the author announces: get ready, set a reminder, note the date.',
  feedback: 'Asks readers what they make of the thing the author has just put out: the maker asks for feedback on the release.',
  pitchTurn:
    'The author answers a problem just told with a thing of their own ("that\'s why we built"): the tip or the pain before it sets up the product, so beside a way to take it those sentences are the pitch\'s, not a lesson given.',
  newIssue:
    'A heading "New episode:", "New video:" opens the maker\'s own release of a show, a channel or a blog, as a title card does: a fan names whose it is ("the new episode of Severance is out").',
  listenAt:
    'Tells the reader where or when to listen, watch or read the thing ("listen wherever you get podcasts", "watch it on my channel"): the maker\'s sign-off that takes them to it.',
  newFeature:
    'A heading "New feature:" announces what a product can now do, as a release note does: the maker\'s own where the post speaks as its maker and asks to try it.',
  freeTrial: 'A free first lesson, class, session or consultation: the opening term of a paid service, not a lesson given.',
} as const;
