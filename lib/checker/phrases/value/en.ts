// English teasers, sympathy and warmth. Teasers are built from parts: a forward reference or a withheld answer
// ("here's why", "what happened next", "the reason will surprise you") and a vague or second-person object ("you",
// "this guy", "17 things"). Sources: Chakraborty et al. 2016 (clickbait forward references, listicles, second person),
// Blom & Hansen 2015 (forward-referring demonstratives and adverbs in headlines).
import { WHY, type ValueLexicon } from './entry';
import { composeTeasers } from './teaser-kinds';

const WH = '(?:what|why|how|who|which|when|where)';
const NUMBER =
  '(?:(?<!\\d[:.,])\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|a hundred|100)';
/** Nouns a listicle counts; vague on their own ("things", "reasons", "times") or a class of people or pictures. */
const LIST_NOUN =
  '(?:things|times|reasons|ways|pictures|photos|pics|gifs|tweets|posts|signs|facts|secrets|tricks|hacks|moments|' +
  'struggles|questions|people|celebrities|celebs|struggles|foods|products|items|movies|films|songs|books|shows|places|' +
  'words|quotes|lessons|mistakes|habits|truths|problems|thoughts|ideas|stories|memes|jokes|animals|dogs|cats|' +
  'reactions|confessions|charts|maps|snacks|recipes|dinners|desserts|looks|outfits|tips|myths|rules|types|kinds|' +
  'characters|guys|girls|women|men|kids|parents|couples|brides|details|examples|images|videos|texts|hairstyles|gifts|' +
  'workouts|lies|vines|essays|differences|selfies|transformations|phrases|scenes|costumes|tattoos|drinks|cocktails|dishes|feelings)';
/** What follows a listicle's noun: a relative clause, the reader, or a vague class ("that will", "you", "every"). */
const LIST_TAIL =
  "(?:that(?:'ll|’ll|'d|’d| will| won't| won’t)?|who|which|you|you'll|you're|your|to|for|every|everyone|anyone|all|only|guaranteed|we|of (?:the|our|your|all)|from|about|so|too|ever|in (?:history|the world|\\d{4})|never|no one|nobody|almost|literally|actually|perfectly|people|(?:doctors|experts|nutritionists|dietitians|dentists|cardiologists|dermatologists|pilots|flight attendants|chefs|lawyers|psychologists|therapists|scientists|teachers|nurses|plumbers|electricians|mechanics|realtors|millionaires|billionaires|rich people|successful people|celebrities|parents|moms|dads) (?:never|always|won't|don't|refuse to|swear by|avoid|wish|hate|secretly))";
/** Subjects a demonstrative headline withholds ("this guy...", "these photos..."). */
const WHO = '(?:guy|man|woman|girl|boy|kid|kids|couple|dog|cat|puppy|baby|mom|dad|mum|teen|student|teacher|grandma|grandpa|bride|groom|artist|family|reporter|celebrity|actor|actress|photo|photos|video|videos|picture|pictures|pic|pics|tweet|tweets|trick|hack|map|chart|ad|commercial|story|song|guys|girls|women|men|people|dogs|cats|animals|parents|couples)';
/**
 * Words that make a count a fact rather than a listicle ("130 dead after rains", "two leaks in two weeks", "2 million
 * years", "24 pages of comics"): casualties, time spans, magnitudes, units, and prepositions news puts after a count.
 */
const COUNT_IS_A_FACT =
  "(?!(?:dead|killed|injured|hurt|missing|arrested|after|as|in|on|at|million|billion|thousand|hundred|more|than|new|" +
  "years?|days?|weeks?|months?|hours?|minutes?|seconds?|decades?|states|homes|houses|people die|times?|pages|copies|" +
  "cups|grams|pounds|lbs|miles|kilometres|kilometers|meters|metres|feet|inches|dollars|euros|percent|points|votes|" +
  "seats|rooms|floors|stars)(?![\\p{L}]))";
const HYPE =
  '(?:insane|amazing|hilarious|adorable|perfect|everything|incredible|genius|precious|gorgeous|fascinating|terrifying|heartbreaking|iconic|legendary|stunning|mesmerizing|mesmerising|satisfying|glorious|magical|epic|goals|life|too real|too much|too pure|too precious|what dreams are made of|the best|the funniest|the cutest|the most [\\p{L}-]+)';
const EFFECT = '(?:make you|blow your mind|restore your faith|change (?:the way you|how you|your)|leave you|give you (?:chills|goosebumps|all the)|melt your heart|warm your heart|break your heart|make your day|brighten your day|surprise you|shock you|amaze you|have you)';

/** Teasers of the kinds every language composes (teaser-kinds.ts) that the list above does not already hold. */
const COMPOSED = composeTeasers({
  surpriseWith: {
    pattern:
      "(?:stuns|stunned|shocks|shocked|surprises|surprised|wows|wowed|dazzles|dazzled|floors|floored|delights|delighted) (?:(?:her |his |their )?(?:fans|followers|viewers|everyone|the internet) )?with (?:(?:her|his|their|a|an|new|this) )?(?:[\\p{L}-]+ )?(?:look|transformation|makeover|photo|pic|selfie|post|video|clip|message|announcement|confession|revelation|appearance|change|haircut|decision|news|update)s?(?![\\p{L}])",
    example: "Selena Gomez stuns fans with new look",
  },
  puzzleDare: {
    pattern:
      "(?:solve|solves|solved|solving|crack|cracks|cracked|answer|answers|pass|passes|ace|aces|beat|beats|figure out|get|gets) (?:(?:the|all|every) )?(?:[\\p{L}'’-]+ ){0,2}?(?:(?:in|on|of|from) )?(?:this|these) (?:[\\p{L}'’-]+ )?(?:riddle|puzzle|brain ?teaser|brainteaser|optical illusion|math problem|maths problem|equation|quiz|test)s?(?![\\p{L}])|(?:spot|spots|spotted|find|finds|see|sees|notice|notices) (?:the |a |an |all )?(?:[\\p{L}'’-]+ ){0,2}?(?:mistake|error|difference|hidden [\\p{L}]+|odd one out|animal|cat|dog|face|number|word|letter|snake|owl|problem)s? (?:[\\p{L}'’-]+ ){0,2}?in (?:this|these) (?:photo|picture|image|pic|painting|drawing|puzzle)s?(?![\\p{L}])",
    example: "Only 1 in 50 people can spot the mistake in this photo",
  },
  revealWithheld: {
    pattern: '(?:reveals?|revealed|explains?|explained|shares?|shared|opens? up about|spills|admits|confesses) (?:what|why|how|the (?:secret|truth|reason|real|one|surprising|shocking|best)|the (?:\\d+ |biggest |simple |common |worst )?(?:mistakes?|errors?|tricks?|habits?|foods?|signs?)(?![\\p{L}])|(?:his|her|their) (?:secret|biggest|real|one|surprising|shocking)|(?:the|his|her|their) (?:strangest|weirdest|oddest|craziest|funniest|rudest|most (?:bizarre|unusual|embarrassing|awkward|outrageous|ridiculous|absurd|memorable)) [\\p{L}-]+)',
    example: 'A doctor reveals the mistake we all make at breakfast',
  },
  neitherNor: {
    pattern: "(?:forget|never mind) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+,? (?:and|or) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:this|these|here)(?:'s| is| are)?(?![\\p{L}])|not [\\p{L}\\p{N}'’-]+(?: [\\p{L}\\p{N}'’-]+){0,2},? (?:not|nor) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:this|these|here)(?:'s| is| are)?(?![\\p{L}])|not [\\p{L}\\p{N}'’-]+(?: [\\p{L}\\p{N}'’-]+){0,2},? (?:not|nor) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: the [\\p{L}-]+ (?:that|which|(?:[\\p{L}]+ )?(?:recommend|recommends|swear by|swears by|prefer|prefers|use|uses|love|loves))(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:is|are|was|were)\\s)",
    example: "Forget Paris and Rome: this is Europe's most beautiful city, say readers",
  },
  asWeKnowIt: {
    pattern: 'as we (?:know|knew) (?:it|them|him|her)(?=\\s*(?:[.!?…👇👀]|$|https?:|www\\.))',
    example: 'Goodbye to the office as we know it',
  },
  crowdKnows: {
    pattern:
      '(?:that|which|the one [\\p{L}]+|this [\\p{L}]+) (?:almost |nearly )?(?:everyone|everybody|nobody|no one|most people|few people|all [\\p{L}]+|every [\\p{L}]+)(?: (?:on|in|at) [\\p{L}]+(?: [\\p{L}]+)?)? (?:is |are |has |have )?(?:talking about|noticed|knows|missed|must know|should know|needs to know|gets wrong|makes|watching|buying|ignores|overlooks|uses|swears by|relies on|recommends)|(?:everyone|everybody|the internet) (?:is|are|was|has been|can\'t stop) talking about (?:this|these|that|the)|(?:everyone|everybody)\'s talking about (?:this|these|that|the)|(?:nobody|no one|everyone|everybody) (?:is|are|was) (?:talking about|noticing|mentioning)(?=\\s*(?:[.!?…👇👀]|$|https?:|www\\.))' +
      // A thing defined by a relative clause and the crowd's ignorance of it ("the suburb where rents fell and almost
      // nobody knows it"), at the end of the line. Without the relative ("Rents in Hackney fell 8%, and almost nobody
      // knows it") the thing is named; "and nobody knows why…" goes on to say what is unknown.
      "|(?:where|that|which|whose) (?:[\\p{L}\\p{N}'’%$€£-]+ ){1,8}?(?:and|but) (?:almost |nearly |hardly )?(?:nobody|no one|anyone|few people|few) (?:knows|knew|noticed|has noticed|realises|realizes)(?: (?:it|this|that|about it))?(?=[\\s\\p{Extended_Pictographic}\\p{Regional_Indicator}\\uFE0F\\u200D]*(?:[.!?…]|$|https?:|www\\.))",
    example: 'Everybody is talking about this clip from the awards show',
  },
  whatsComing: {
    // A change announced by a pointer ("Everything changes for renters from Monday"): what changes is kept back.
    // And what is coming at a time, held back ("you are not ready for what's coming tomorrow 👀").
    pattern: "(?:this|that|everything|it all|what) (?:changes|will change|is changing)(?= (?:(?:for|in) (?:[\\p{L}]+ ){1,3})?(?:from|on|next|this|in (?:january|february|march|april|may|june|july|august|september|october|november|december))(?![\\p{L}]))|what(?:'s| is) (?:coming|dropping) (?:tomorrow|tonight|next week|this week(?:end)?|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\\p{L}])",
    example: 'Everything changes for renters from Monday',
  },
  nobodyTellsYou: {
    pattern:
      "what (?:nobody|no one|no-one) (?:(?:ever )?(?:tells|told|warns|warned) (?:you|us)|(?:wants|dares|is willing) to (?:say|admit|tell you|talk about)|will (?:tell|admit)|is saying)",
    example: 'What nobody wants to say about the housing bill',
  },
  heldByRelative: {
    pattern:
      "the (?!\\p{N})(?:[\\p{L}\\p{N}£$€%'’-]+ ){1,4}?(?:(?:that|which) (?:could|can|will|may|might|would) (?:[\\p{L}]+ ){0,1}?(?:you|your)|(?:that |which )?(?:you|we all|everyone|most of us) (?:(?:should|must|need to|have to|ought to)(?: never| always| really| probably)? [\\p{L}]+|(?:are|'re) (?:probably |still |all )?(?:making|doing|using|eating|drinking|ignoring)|(?:all )?(?:make|do|ignore|get wrong)))(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:is|are|was|were)\\s)",
    example: 'The £1 supermarket swap that could save your family hundreds this winter',
  },
  pointerInClause: {
    pattern:
      "(?:found|finds|discovered|discovers|spotted|spots) (?:this|these)(?! (?:week|weekend|morning|evening|afternoon|year|month|time|summer|winter|spring|fall|autumn|season|quarter|holiday|christmas|election|monday|tuesday|wednesday|thursday|friday|saturday|sunday|one|is|was|are|were)(?![\\p{L}]))(?:(?= [\\p{L}]) (?!(?:in|at|on|under|inside|behind|from|to|for|with|and|or|but|before|after)(?![\\p{L}]))[\\p{L}-]+)?|(?:buy|buys|buying|bought|pass|passing|try|trying|tried|eat|eating|drink|drinking|use|using|ban|bans|banned|banning|ditch|ditches|ditching|ditched|quit|quitting|avoid|avoiding|sell|selling|wear|wearing|swear by|swears by|obsessed with|freaking out over|flocking to|fleeing|moving to|investing in|stockpiling|hoarding|recalling) (?:this|these)(?! (?:week|weekend|morning|evening|afternoon|year|month|time|summer|winter|spring|fall|autumn|season|quarter|holiday|christmas|election|monday|tuesday|wednesday|thursday|friday|saturday|sunday|one|is|was|are|were)(?![\\p{L}])) (?!(?:in|at|on|under|inside|behind|from|to|for|with|and|or|but|before|after)(?![\\p{L}]))[\\p{L}-]+",
    example: 'Crypto traders are rushing to buy this coin before Friday',
  },
  somethingUnnamed: {
    pattern:
      '(?:finds?|found|discovers?|discovered|spots?|spotted|notices?|noticed|sees?|saw|reveals?|revealed|did|does|said|says) something (?:so |very |truly )?(?:strange|weird|unusual|incredible|unexpected|shocking|surprising|bizarre|amazing|mysterious|odd|terrifying|unbelievable|extraordinary|nobody|no one)|the one (?:[\\p{L}]+ ){1,2}?(?:everyone|everybody|nobody|no one|you need|you should|experts|investors|doctors)' +
      "|(?:about to|going to|set to|expected to) do something (?:very |really |truly |quite )?(?:unusual|strange|weird|rare|surprising|unexpected|incredible|amazing|special)" +
      "|(?:did|does|do|done|doing|said|says) something no (?:[\\p{L}-]+ ){1,2}?(?:has|had|have) (?:ever|never) (?:done|said|tried|dared|seen)(?![\\p{L}])|(?:did|does|do|done|doing|is|was|turned out to be) something (?:else|much (?:worse|better|bigger|stranger|darker)|far (?:worse|better)|(?:it|he|she|they|we|you|no one|nobody) (?:hasn't|hadn't|has never|had never|never|didn't|won't|wouldn't|can't|couldn't))" +
      // Something found in a place, or said about someone, and never named ("bought a used couch and found something
      // inside", "Trump just said something about Mexico").
      "|(?:found|finds|discovered|discovers|spotted|spots|noticed|notices|uncovered|uncovers) something (?:inside|hidden|buried|under|underneath|behind|at the bottom of|in (?:the|her|his|their|its|a|an)|on (?:the|her|his|their|its))(?![\\p{L}])|(?:just )?(?:said|posted|tweeted|wrote) something (?:about|to|on|at)(?![\\p{L}])",
    example: 'A hiker found something strange at the bottom of the lake',
  },
  hiddenSubject: {
    pattern: `meet (?:the|this|these) (?:[\\p{L}'’-]+\\s+){0,2}?(?:${WHO}|man|woman|teen|teenager|doctor|nurse|chef|farmer|worker|student|startup|company|app|robot) (?:who|that|behind|whose)`,
    example: 'Meet the man who has been living in an airport for years',
  },
  warningWithheld: {
    pattern:
      '(?:warn|warns|warned|(?:is|are|were|was) warning|alert|alerts|(?:is|are) alerting) (?:people |everyone |parents |drivers |you )?(?:about|against|over|of) (?:(?:this|these)(?= )|(?:the|a) (?:most common|biggest|worst|common|classic|number one|#1|most dangerous) (?:[\\p{L}-]+ )?(?:mistake|error|habit|food|drink|sign|symptom)s?(?![\\p{L}]))|(?:watch out|careful|be careful|beware|warning|heads up)[,!:]? if you (?:have|own|use|buy|drink|eat|take|keep|got|bought) (?:this|these)(?= )',
    example: 'Dentists are warning about this bedtime habit',
  },
  wentViral: {
    pattern:
      // Keyed on the rarer word ("going viral", not "is going viral"): common first words cost every check a try.
      '(?:going|gone|went|goes) viral|(?:set|sets|setting|has set) (?:social media|the internet|twitter|the web) (?:on fire|ablaze|alight)|(?:broke|breaks|breaking|melted|melts|melting|won|wins|winning) the internet|(?:internet|twitter|tiktok) (?:is|are|was|can\'t|cannot) (?:obsessed|losing it|divided|freaking out|stop|get enough)',
    example: 'A bus driver’s kind gesture is going viral',
  },
  crowdReaction: {
    pattern:
      '(?:has|have|had|is leaving|left|leaves|sends?|sent|got) (?:the internet|twitter|fans|viewers|parents|employees|workers|staff|customers|shoppers|people|users|everyone|readers|voters)(?: [\\p{L}]+)? (?:in tears|baffled|stunned|speechless|divided|in shock|losing it|losing their minds)|(?:has|have|had|is leaving|left|leaves|got) (?:the |its |their |his |her )?[\\p{L}]+(?: [\\p{L}]+)? (?:furious|fuming|outraged|livid|seeing red|up in arms)',
    example: 'What the coach said after the game has fans fuming',
  },
  beliefCorrected: {
    pattern:
      "(?:more|less|worse|better|older|younger|bigger|smaller|harder|easier|cheaper|further|farther|faster|slower|longer|shorter|closer|weirder|stranger|scarier|deadlier|common|dangerous|important|complicated|healthier|riskier|richer|poorer) than (?:you|u|we|most people) (?:think|thought|realize|realise|expect|expected|imagine|imagined|know)|(?:it's|it is|they're|they are|this is|that's) not what (?:you|u) (?:think|thought|expect)|(?:is not|isn't|are not|aren't|was not|wasn't) (?:the one|the ones|who|what|where) (?:you'd|you would|you|most people|most of us) (?:think|guess|expect|imagine|assume)|(?:you're|you are|you've been|you have been|you might be|you may be|you could be|most people are|everyone is) (?:probably |totally |all )?[\\p{L}]+ing (?:[\\p{L}'’]+\\s+){0,3}?(?:wrong|all wrong|the wrong way|incorrectly)",
    example: "You've been washing your jeans wrong",
  },
  questionHeadline: {
    pattern:
      "(?:do|does|did|are|is|should|have|has) (?:you|your|u)|(?:do|does|did|are|is|can|could|should|would|will|have|has) (?:this|these|those)|(?:why|how) (?:do|does|did|is|are|was|were|can|could|should|would|has|have|this|these|your|you|one)(?![\\p{L}])|what (?:is|are|does|do|did|would|happens|makes|if) (?:you|your|this|these|it|the)",
    example: 'Do you make this common mistake when boiling eggs? https://t.co/x',
  },
  hypedStory: {
    pattern:
      "the (?:incredible|heartwarming|heartbreaking|amazing|shocking|surprising|bizarre|hilarious|touching|inspiring|remarkable|unbelievable|weird|adorable|emotional|unexpected|mind-blowing|genius|clever|simple|sneaky|strange) (?:story|stories|reason|reasons|truth|reaction|response|moment|video|photo|thing|things|secret|trick|way|habit|mistake|message|letter|note|detail|twist|answer)",
    example: 'The surprising reason your coffee tastes bitter',
  },
  secretKept: {
    pattern: "(?:don't|do not|doesn't|does not|won't|will not|never) want (?:you|u) to (?:know|see|find out|hear|read|notice)",
    example: "The one trick landlords don't want you to know",
  },
  oneThing: {
    pattern:
      '(?:(?:this|these) (?:one|simple|little|tiny|weird|easy|single|surprising|quick|small|odd|strange|everyday)|one (?:surprising|weird|strange|unusual|odd|unexpected|little-known|secret|bizarre|sneaky|genius)) (?:[\\p{L}-]+ )?(?:trick|habit|hack|sentence|word|question|mistake|thing|food|ingredient|exercise|rule|tip|secret|change|move|step|phrase|line|detail|technique|method|shift|tweak|switch|swap|routine|principle)s?' +
      // One simple, easy or small trick or habit, unnamed ("One simple trick doctors say can lower your blood pressure").
      "|one (?:simple|easy|quick|little|tiny|small|everyday|cheap) (?:[\\p{L}-]+ )?(?:trick|hack|habit|food|drink|ingredient|exercise|secret|technique|supplement|snack|spice)s?(?![\\p{L}])",
    example: 'He changed her life with this one sentence',
  },
  leadInWh: {
    pattern: "(?:look|looky|lookit|check out|watch|listen to|get a load of|take a look at|pay attention to|just look|look closely) (?:at )?(?:what|where|why|who(?!['’]s| is)|how(?= (?:the|this|that|these|those|a|an|he|she|they|his|her|their|people|fans|everyone|one|some)(?![\\p{L}])))(?! (?:i|i'm|i've|we|we're|we've|you|you're|you've)(?![\\p{L}']))",
    example: 'Look at what the council decided last night https://t.co/x',
  },
  whatHappensTo: {
    pattern: "(?:(?:this|that)(?: is|'s) |here(?:'s| is) )?what (?:happens|happened|will happen|could happen) to (?:[\\p{L}'’]+\\s+){1,3}?(?:when|if|after|once|the moment)",
    example: 'This is what happens to your body when you stop eating sugar',
  },
});

export const enValue: ValueLexicon = {
  teaser: [
    {
      pattern: "(?:a|an|one) (?:new |big |major |important |key |small )?(?:change|rule|law|measure|update|requirement) (?:that |which )?(?:affects|will affect|could affect|may affect|impacts|will impact|could impact|applies to) (?:millions|thousands|every|all|most|you|your)(?![\\p{L}])",
      why: 'Announces a change or a rule by whom it hits ("a change that affects millions of drivers") and keeps what it is; what follows a colon tells.',
      example: "The IRS warns of a change that affects millions of taxpayers",
      answeredInClause: true,
    },
    {
      // What someone unnamed found, said or did, as a possessive ("A fisherman's find", "A bride's reaction to…").
      pattern: "(?:a|an|one) (?:[\\p{L}-]+ )?(?:fisherman|grandma|grandmother|grandpa|kid|boy|girl|mom|dad|mother|father|woman|man|teen|neighbor|neighbour|tourist|driver|waiter|waitress|teacher|student|doctor|nurse|farmer|firefighter|dog|cat|bride|groom|fan|passenger|flight attendant|customer|delivery driver|retiree)['’]s (?:find|discovery|reaction|response|gesture|message|confession|surprise|decision|reply)(?![\\p{L}])",
      why: 'Tells that someone unnamed found, said or did something ("A fisherman\'s find off the coast") and keeps what; what follows a colon tells.',
      example: "A fisherman's find off the Cornish coast has scientists scratching their heads",
    },
    {
      pattern: "(?:fans|viewers|parents|shoppers|customers|people|users|readers|voters|the internet|twitter|social media|followers) (?:are|is|were|was) (?:(?:so|very|really|pretty|super|extremely|absolutely|totally) )?(?:divided|split|furious|fuming|outraged|baffled|stunned|livid|obsessed|freaking out|up in arms|not happy|in tears|upset|mad|angry|horrified|disgusted|confused|shocked) (?:over|about|after|by|with)(?![\\p{L}])",
      why: 'The crowd divided or upset over something ("Fans are divided over Zendaya\'s latest look") with what it is kept; a count or an amount after it tells.',
      example: "Fans are divided over Zendaya's latest red carpet look",
      answeredByAmount: true,
    },
    {
      // The subject named only by a description ("A popular cereal brand is disappearing", "A well-known talk show host
      // just revealed…"): who it is, the news itself, stays behind the link.
      pattern: "(?:a|an) (?:famous|popular|well-known|beloved|iconic|legendary|big-name|hollywood|a-list|much-loved|fan-favorite|fan-favourite) (?:[\\p{L}-]+ ){0,2}?(?:actor|actress|singer|star|rapper|chef|brand|chain|restaurant|company|retailer|store|influencer|youtuber|tiktoker|athlete|player|quarterback|host|presenter|celebrity|comedian|director|model|designer|airline|band|musician|author|tv personality)s?(?![\\p{L}])(?!(?:\\s+[\\p{L}\\p{N}'’.-]+){0,3}\\s*,\\s*[^,.!?:\\n]{2,40},)",
      why: 'Names its subject only by a description ("A famous chef", "A popular cereal brand") and keeps who it is for the click; a name set off after it ("A popular pizza chain, Lou Malnati’s, will close…") or a count or an amount ("…cut 2,000 jobs") tells.',
      example: 'A popular cereal brand is disappearing from shelves, and shoppers are not happy',
      atStart: true,
      answeredByAmount: true,
    },
    {
      pattern: "(?:confirmed|it(?:'s| is) official|official|it(?:'s| is) happening)(?=[\\s.!…]*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D][\\s.!…]*)*(?:https?:|www\\.|$))",
      why: 'A label alone ("Confirmed. 👀", "It\'s official!") before a link: what was confirmed stays behind it; "Confirmed: Beyoncé will headline…" says it.',
      example: "Confirmed. 👀 https://t.co/x",
      atStart: true,
    },
    {
      // A thing named only by how much it was talked about, seen or shared ("The most talked-about dress at the Met Gala").
      pattern: "the most (?:talked-about|talked about|shared|viewed|watched|retweeted|googled|searched|commented) (?:photo|picture|video|moment|look|dress|outfit|tweet|scene|post|clip)s?(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:is|are|was|were)\\s)",
      why: 'Names a thing only by how much it was talked about, seen or shared, and keeps what it is for the click.',
      example: 'The most talked-about dress at the Met Gala',
      atStart: true,
    },
    {
      pattern: "like (?:you've|you have) never seen (?:it|him|her|them|this)(?: before)?|as (?:you've|you have) never seen (?:it|him|her|them)(?: before)?(?![\\p{L}])",
      why: WHY.surpriseWithheld,
      example: "Beyoncé like you've never seen her before",
    },
    {
      // The crowd as the subject, going wild ("las redes enloquecen", "fans go wild") over something the post does not
      // say; a count or an amount in the sentence (the goal in minute 95) tells what they reacted to.
      pattern: "(?:the internet|twitter|social media|fans|viewers) (?:goes|go|went|is going|are going) (?:wild|crazy|nuts|bananas)(?=\\s*(?:[.!…👀😱🔥]|$|https?:|www\\.))",
      why: WHY.reactionUntold,
      example: "Selena Gomez stuns with new look and fans go wild",
      answeredByAmount: true,
    },
    {
      // "this" as the whole object of a deed, with nothing after it but where or when ("An Olympic gymnast did THIS on
      // the balance beam"), and a reason held by "this" at the end ("kicked off a flight for this reason").
      pattern: "(?:did|does|do|tried|wore|posted|made|built|ate|drew|wrote|sang|said|found) this(?= (?:on|at|in|to|for|with|after|during|while|when|before|live|today|yesterday)(?![\\p{L}])|\\s*(?:[.!…👀😱]|$|https?:|www\\.))|for (?:this|that) (?:one |simple |strange |bizarre |surprising )?reason(?=\\s*(?:[.!…👀😱]|$|https?:|www\\.))",
      why: WHY.forwardReference,
      example: 'An Olympic gymnast did THIS on the balance beam',
      aboutOthers: true,
    },
    {
      pattern: "in the most [\\p{L}'’-]+(?: [\\p{L}'’-]+)? way(?: possible| ever| imaginable)?(?=\\s*(?:[.!…👀😂]|$|https?:|www\\.))",
      why: 'Says someone did something "in the most X way possible" instead of saying what they did.',
      example: 'Drake responded to Meek Mill in the most Drake way possible',
    },
    {
      // Someone finally knows why or how, and the post keeps it ("Scientists have finally figured out why we yawn"); a
      // means named after it ("… by tracking 3,000 mice") tells the how. A plain "discovered how" is a science
      // report's verb ("Scientists discovered how the virus enters lung cells"), so only "finally" or "figured out" count.
      pattern: "(?:(?:finally|now) (?:figured out|found out|worked out|discovered|uncovered|know|solved the mystery of)|(?:figured out|found out|worked out|solved the mystery of)) (?:exactly )?(?:why|how|what)(?![\\p{L}])",
      why: WHY.knowledgePromised,
      example: 'Scientists have finally figured out why we yawn',
      answeredByMeans: true,
    },
    {
      // A big change or decision announced and not said ("McDonald's is making a big change to its menu"); what
      // changes, told in the rest of its clause, answers it.
      pattern: "(?:is|are) (?:making|planning|set to make|about to make) (?:a |one )?(?:big|major|huge|massive|drastic|surprising|controversial|significant|radical) (?:change|changes|announcement|decision)|(?:made|makes|will make|has made|have made|announced|announces|unveiled|unveils) (?:a |one )?(?:big|major|huge|massive|drastic|surprising|controversial|radical) (?:change|changes|announcement|decision)(?![\\p{L}])|(?:a |one )?(?:big|major|huge|massive|drastic) (?:change|changes) (?:is|are) (?:coming|headed|on (?:its|their) way) (?:to|for)(?![\\p{L}])",
      why: WHY.changeUntold,
      example: "McDonald's is making a big change to its menu",
      answeredInClause: true,
    },
    {
      pattern: "(?:nobody|no one|no-one) (?:is|was|will be) (?:ready|prepared) for (?:what|this|these|how)|(?:you|we)(?:'re| are)(?: not|n't| never| so not) (?:ready|prepared) for (?:what|this|these|how)(?![\\p{L}])",
      why: WHY.surpriseWithheld,
      example: "Nobody is ready for what happens in this week's episode",
      atStart: true,
    },
    {
      // A thing defined only by the surprise it caused ("the moment nobody expected at the Oscars", "the twist no one
      // saw coming in the finale"): where it happened is the setting, not what happened.
      pattern: "the (?:[\\p{L}'’-]+ )?(?:moment|twist|ending|reaction|response|answer|result|guest|surprise|gift|message|turn|scene|kiss|cameo|comeback|winner|question|move|gesture|detail|trade|deal|signing|transfer|decision|announcement|hire|breakup|split) (?:that |which )?(?:nobody|no one|no-one|few people|few) (?:expected|saw coming|could have predicted|predicted|imagined|was ready for|anticipated)(?![\\p{L}])",
      why: WHY.surpriseDefined,
      example: 'The moment nobody expected at the Oscars',
      atStart: true,
      answeredByAmount: true,
      shown: true,
    },
    {
      pattern: '(?:says it all|speaks for itself)(?=\\s*(?:[.!…👀😂😭🤣]|$|https?:))',
      why: 'A reaction or a picture that "says it all" says none of it: the post leaves the reader to open the link.',
      example: 'Her reaction when she saw him in the crowd says it all 👀',
    },
    {
      pattern: '(?:outrage|backlash|uproar|controversy|fury) (?:over|after|at) what (?:(?:he|she|they) |(?:this|that) (?:[\\p{L}-]+ ){1,2}?)(?:said|did|posted|wrote)',
      why: 'The outrage over what someone said, with what was said left out.',
      example: 'Outrage over what this TV host said live on air',
    },
    {
      pattern: '(?:attention|heads up|beware),? (?:to )?(?:this|these) (?:change|changes|new rule|new rules|fine|fines|mistake|detail)(?![\\p{L}])',
      why: 'Points at "this change" the reader must watch and keeps which one for the click.',
      example: 'Heads up to this change that affects all drivers from Monday',
    },
    {
      pattern: "the (?:one |biggest |most common |common )?(?:mistake|error) (?:you(?:'re| are)? (?:making|make)|(?:we|people|most people|everyone) (?:all )?(?:make|makes|are making))",
      why: 'Names a mistake the reader makes and keeps which it is ("the mistake you make when boiling eggs").',
      example: "The mistake you are making when you boil eggs",
      atStart: true,
    },
    {
      pattern: "what(?:'s| is) (?:really |actually )?(?:behind|hiding behind)|the (?:truth|story|secret) behind (?:the|this|that|his|her|their)",
      why: 'Promises what lies behind something and keeps it ("what\'s really behind the smile").',
      example: "What's really behind the Mona Lisa's smile",
      atStart: true,
    },
    {
      pattern: "(?:there(?:'s| is)|there are) (?:a|one|some) (?:simple |easy |quick |cheap |legal |little-known |secret |smarter |better |clever )?(?:way|ways|trick|tricks|method|hack|hacks) (?:to|for)(?![\\p{L}])",
      why: 'Says a way or a trick exists ("there\'s a simple way to cut your power bill") and keeps it for the click; the way after a colon or a dash tells.',
      example: "There's a simple way to cut your power bill without switching providers",
    },
    {
      pattern: "there(?:'s| is) (?:a|one) (?:good |simple |scientific |surprising |very good |real )?reason (?:why|for|behind)(?![\\p{L}])",
      why: 'Says there is a reason and keeps it ("there\'s a reason why taxis are pink"); a reason after a colon or a dash tells.',
      example: 'There\'s a reason why the taxis in Mexico City are pink',
    },
    {
      pattern: "the (?:comment|remark|question|photo|picture|video|tweet|post|gesture|words|quote|line|answer|response|joke) (?:[\\p{L}'’]+ ){0,3}?that (?:sparked|caused|triggered|ignited|set off|started|stirred|fuel(?:l)?ed) (?:a |an )?(?:[\\p{L}]+ )?(?:outrage|backlash|controversy|uproar|debate|stir|firestorm|storm|fury|row)",
      why: 'Names a remark or a picture only by the stir it caused ("the comment that sparked outrage") and keeps what it was, as "La frase de … que desató la polémica".',
      example: "The comment from the mayor that sparked outrage online",
      atStart: true,
    },
    {
      // Only where the topic ends the sentence (a link, a stop or a colon next): "What We Know About the Russian Meteor
      // Event We have the technology to…" runs on into something it does say.
      pattern: "(?:what (?:we|is)|everything (?:that )?we) (?:know|known)(?: so far| now| for sure)? (?:about|of|on) (?:[\\p{L}\\p{N}'’#@.-]+ ){0,7}?[\\p{L}\\p{N}'’-]+(?=\\s*(?:[.!?…:|—–]|$|https?:|www\\.))",
      why: 'Promises what is known ("what we know about the outage", "everything we know so far about…") and holds none of it, as "lo que se sabe de" does; the facts after a colon tell.',
      example: 'What we know so far about the Metro incident',
      atStart: true,
    },
    {
      pattern: "swipe (?:left |right )?(?:to (?:see|read|learn|find out|get)|for (?:the|all|more|my|part)|through)",
      why: "A carousel's caption that sends the reader into the slides (\"Swipe ➡️ to see the 5 mistakes\"): what it promises is in pictures the post does not say.",
      example: "Swipe to see the 5 mistakes killing your resume",
      forward: true,
    },
    {
      pattern: `here(?:'s| is| are) (?:${WH}|the (?:reason|real reason|truth|secret|answer|thing|one thing|trick|best|worst|most|only)|everything|all you|a (?:look|peek|glimpse))`,
      why: 'Points forward at an answer ("here’s why") and then leaves it for the click.',
      example: "Here's what happened when people tried ballet for the first time",
      atStart: true,
    },
    {
      pattern: `(?:this|that|these|those)(?: is|'s| are| was| were)(?: (?:actually|really|exactly|literally|basically|probably|officially))? (?:${WH}|the (?:reason|moment|only|real|one))`,
      why: 'A demonstrative at the start refers forward to something outside the post ("this is why...").',
      example: 'This is why you should never leave your dog alone',
      atStart: true,
      namedAnswers: true,
    },
    {
      // The superlative's scope is part of the phrase ("the best city in Europe", "the most expensive home in Los
      // Angeles"): a place it ranks within is no answer to which one.
      pattern: `(?:this|that|these|those)(?: is|'s| are| was| were)(?: (?:actually|really|exactly|literally|basically|probably|officially))? the (?:most|best|worst|cutest|funniest|weirdest|perfect|happy)(?:(?: [\\p{L}\\p{N}'’-]+){0,3}? (?:in|of|on|across) (?:the )?(?!(?:my|our|your|me|us|you|mine|ours|yours)(?![\\p{L}]))[\\p{L}\\p{N}'’.-]+(?: (?!https?:|www\\.)(?!(?:my|our|your|me|us|you)(?![\\p{L}]))[\\p{L}\\p{N}'’.-]+)?)?`,
      why: 'A demonstrative with a superlative ("this is the cutest…", "this is the best city in Europe…") praises what a headline keeps behind the click; someone exclaiming over what they share shows it.',
      example: 'This is the cutest thing you will see today',
      atStart: true,
      namedAnswers: true,
      shown: true,
    },
    {
      // "…moments before the crash" points at the same withheld scene from the other side of the event.
      pattern: 'what (?:happened|happens|happen|(?:he|she|they|it) (?:did|found|said|does|saw)) (?:next|when|after|(?:in )?(?:the )?(?:moments|minutes|seconds|hours) (?:before|after))',
      why: 'Promises an outcome ("what happened next") without telling it.',
      example: 'You will never guess what happened next',
      forward: true,
    },
    {
      pattern: "(?:you|u) (?:won't|wont|will not|will never|'ll never|would never|will not) (?:believe|guess)",
      why: WHY.surpriseWithheld,
      example: "You won't believe what this cat did",
      forward: true,
    },
    {
      // A price or a person the reader "can't imagine": "you can't imagine how happy I am" tells a feeling, not a withheld fact.
      pattern: "(?:you|u) (?:can't|cant|cannot|won't|wont|will never) (?:even )?imagine (?:how much (?:a|an|the|this|that|one|your) (?:[\\p{L}]+ ){0,3}(?:costs?|earns?|makes?|pays?|charges?)|who (?:is|was|turned up|showed up|appeared))",
      why: WHY.surpriseWithheld,
      example: "You can't imagine how much a flat costs in this Madrid neighbourhood",
      forward: true,
    },
    {
      pattern: `(?:will|could|might|may|is going to|are going to|gonna|guaranteed to|that'll|which will) ${EFFECT}`,
      why: 'Promises an effect on the reader ("will make you cry") in place of the thing itself.',
      example: 'Cookie Monster without fur will make you cry',
      forward: true,
    },
    {
      pattern: '(?:the |his |her |their )?(?:reason|answer|result|ending|truth|outcome|twist|response|reaction|reply)s? (?:will|might|may|is going to|are going to) (?:surprise|shock|amaze|stun|delight|make|leave|break|blow|melt)',
      why: WHY.answerWithheld,
      example: 'The reason will surprise you',
      forward: true,
    },
    {
      pattern: "(?:you|u) (?:need|have|gotta|got|must|should|ought) (?:to )?(?:see|watch|know|hear|read|meet|look at)(?= (?:this|these|that|about|how|why|what|who|before|right now|today)|\\s*[.!]*$)",
      why: WHY.mustSee,
      example: 'You need to see this',
    },
    {
      pattern: '(?:read|watch|see) (?:this|these) before (?:you|u|booking|buying|signing|renting)',
      why: WHY.mustSee,
      example: 'Read this before you book your next flight',
      atStart: true,
      forward: true,
    },
    {
      // Someone introduced only by a description ("Meet the 82-year-old grandma who is taking TikTok by storm"): the
      // names after it are the setting, not who it is; "Meet Nova, a 3-year-old golden retriever who…" names them.
      pattern: `meet (?:the|this|these) (?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${WHO}|man|woman|teen|teenager|doctor|nurse|chef|farmer|worker|student|grandmother|grandfather|granny|mother|father|scientist|engineer|pilot|driver|firefighter|officer|athlete|twins|town|village|startup|company) (?:who|that|behind|whose)(?![\\p{L}])`,
      why: 'Introduces someone only by a description ("Meet the grandma who…") and keeps who they are and what they did for the click; a name after "meet" tells.',
      example: 'Meet the 82-year-old grandma who is taking TikTok by storm',
      atStart: true,
    },
    {
      pattern: "(?:everything|all|what|things|stuff|facts) (?:you|u) (?:need|want|have|should|ought|didn't|did not|never|don't|probably don't|might not|may not) (?:to )?(?:know|knew|realize|realise)",
      why: 'Promises knowledge ("everything you need to know", "things you didn’t know") and delivers none here.',
      example: '17 things you didn’t know about sloths',
    },
    {
      pattern: `(?:the )?${NUMBER} (?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?${LIST_NOUN} ${LIST_TAIL}`,
      why: 'A listicle title: a count of vague things aimed at the reader, with none of the things in the post.',
      example: '21 pictures that will make you feel old',
      atStart: true,
    },
    {
      pattern: `(?:the )?${NUMBER} (?:most|best|worst|greatest|cutest|funniest|weirdest|craziest|biggest|strangest|smartest|dumbest|saddest|happiest) `,
      why: 'A ranked listicle ("the 27 most exciting...") names a count and a superlative, not the items.',
      example: 'The 27 most exciting books coming next year',
      atStart: true,
    },
    {
      pattern: `${NUMBER} of (?:the|our|your|my|these|those) `,
      why: 'A listicle title by another road ("25 of the best...").',
      example: '25 of our deepest desires',
      atStart: true,
    },
    {
      pattern: "can (?:you|u) (?:guess|name|tell|spot|find|identify|pass|get|match|answer|figure out|solve|handle|survive|remember|recognize|recognise|ace|beat|pick)(?! (?:me|us|him|her|them)\\b)",
      why: 'A quiz put to the reader: the answer (and the quiz) live behind the click.',
      example: 'Can you guess the movie from one frame?',
      atStart: true,
    },
    {
      pattern: '(?:how well|how much|how many) (?:[\\p{L}\'’-]+\\s+){0,5}?(?:do|can|did|would|have) (?:you|u)',
      why: 'A quiz question to the reader, asked by a post that holds no quiz.',
      example: 'How well do you know Friends?',
      atStart: true,
    },
    {
      pattern: "(?:which|what) (?:[\\p{L}'’-]+\\s+){1,8}?(?:(?:are|were) (?:you|u)(?=\\s*(?:[?.!]|$|based|according|really|secretly|deep down|most like))|should you|would you be|would you belong|would you have|matches your)",
      why: 'A personality quiz ("which character are you") that the post does not contain.',
      example: 'Which Disney princess are you based on your zodiac sign',
      atStart: true,
    },
    {
      pattern: '(?:we|i) (?:know|can guess|will guess|can tell) (?:which|what|your|how|whether|if|exactly|who)',
      why: 'Claims to know something about the reader and keeps it for the click.',
      example: 'We know your favourite pizza based on your star sign',
    },
    {
      pattern: 'based on your (?:zodiac|star sign|birth month|birthday|favou?rite|choices|answers|taste|name)',
      why: 'The mark of a personality quiz.',
      example: 'Pick some snacks and we will tell you your soulmate based on your answers',
    },
    {
      pattern: "(?:are|r) (?:you|u) (?:more |a |an |team )?(?:[\\p{L}'’-]+\\s+){1,4}?or ",
      why: 'An either-or quiz put to the reader ("are you more X or Y").',
      example: 'Are you more Jimmy Fallon or Stephen Colbert',
      atStart: true,
    },
    {
      pattern: "(?:how|what percent|what percentage) (?:[\\p{L}'’-]+\\s+){0,2}(?:are|is) (?:you|your)(?=\\s*[?!.]*$)",
      why: 'A score about the reader ("how millennial are you") from a quiz the post does not hold.',
      example: 'How British are you',
      atStart: true,
    },
    {
      pattern: "(?:do|did|would) (?:you|u) (?:remember|recognize|recognise) (?:these|this|the|what|when|how|who|which)",
      why: 'A nostalgia quiz: the things to remember are behind the click.',
      example: 'Do you remember these 90s snacks',
      atStart: true,
    },
    {
      pattern: `(?:this|these) (?:[\\p{L}'’-]+\\s+){0,2}?${WHO} (?:is|are|was|were|just|will|has|have|had|did|does|do|perfectly|totally|literally|actually|took|made|used|shows?|proves?|explains?|sums? up|says?|won|went|got|gave|tried|found|turned|asked)`,
      why: 'A headline built on “this guy” or “these photos” withholds who or what it is about.',
      example: 'This guy used a dating app to find his worst enemy',
      atStart: true,
      namedAnswers: true,
      shown: true,
    },
    {
      // A thing to buy behind a demonstrative, priced or not ("This $12 gadget is a game changer"): which one is the click.
      pattern: `(?:this|these) (?:[$£€]\\d[\\d.,]* )?(?:[\\p{L}'’-]+\\s+){0,2}?(?:gadget|gadgets|device|gizmo|product|products|item|items|find|buy|coin|stock|cream|serum|supplement|tool|kitchen tool|appliance) (?:is|are|has|have|will|could|can|might|just|keeps?|sold|sells|went)`,
      why: 'A headline built on “this gadget” or “this coin” withholds which one it is, to sell the click.',
      example: 'This $12 gadget is a game changer for small kitchens',
      atStart: true,
      namedAnswers: true,
      shown: true,
    },
    {
      pattern: '(?:reacts?|reacted|reacting) to',
      why: 'Promises a reaction without saying what it was.',
      example: 'Grandparents react to modern slang',
    },
    {
      pattern: '(?:had|has|gave|gives) (?:the|a|an) (?:best|perfect|most|greatest|amazing|awesome|brilliant|epic|savage|hilarious) (?:[\\p{L}\'’-]+\\s+)?(?:response|reaction|reply|comeback|answer)',
      why: 'Tells the reader a response was perfect without quoting it.',
      example: 'Ryan Reynolds had the perfect response to the trolls',
    },
    {
      pattern: "(?:perfectly|totally|pretty much|basically|accurately) (?:sums? up|summed up|describes?|described|captures?|nails?)",
      why: 'Claims something is captured perfectly while showing none of it.',
      example: 'These tweets perfectly sum up being a writer',
    },
    {
      pattern: "(?:is|are) (?:way |just |literally )?(?:too|so) (?:real|relatable|accurate|true)",
      why: 'A relatability hook that says nothing about what is relatable.',
      example: 'These pictures are way too real for anyone who hates driving',
    },
    {
      pattern: "(?:you'll|you will|you'd|you would|u will) never (?:look at|see|think about|eat|use|want|guess|believe)",
      why: 'Promises a change in the reader instead of giving the fact that would change them.',
      example: "You'll never look at bananas the same way again",
    },
    {
      pattern: "(?:you|we) (?:all )?(?:need|needed) (?:today|right now|in your life|this week|to see today)",
      why: 'Tells readers they need something and does not say what it is.',
      example: 'This puppy is the happy you need today',
    },
    {
      pattern: "why (?:you|you're|your|everyone|we|people|this|these|it's|u) (?:should|shouldn't|need|must|can't|won't|will|are|is|never|always|really|actually)",
      why: 'A “why” title with the reason left out.',
      example: 'Why you should never wash your jeans',
      atStart: true,
    },
    {
      pattern: '(?:the (?:real |actual |one |only )?(?:secret|truth|reason|trick|key) (?:to|about|behind|why)|the (?:real|actual|true) reason|the one thing (?:you|every|all))',
      why: WHY.secretNamed,
      example: 'The real reason cats knock things off tables',
      atStart: true,
    },
    {
      pattern: '(?:find out|see|discover|learn|guess) (?:what|why|how|which|who)',
      why: WHY.findOutElsewhere,
      example: 'Find out which celebrity lives next door',
      atStart: true,
    },
    {
      pattern: "(?:wait|just wait) (?:till|until|'til|til) (?:you|u) (?:see|hear|read|find out)",
      why: 'A pure suspense hook.',
      example: 'Wait till you see the ending',
    },
    {
      pattern: "(?:everyone|everybody|anyone|all|every) (?:[\\p{L}'’-]+\\s+){0,4}?(?:knows? to be true|can relate to|will (?:understand|relate|recognize|recognise|love|get))",
      why: 'Appeals to a group ("things every nurse knows to be true") instead of saying the thing.',
      example: 'Struggles every tall girl knows to be true',
    },
    {
      pattern: '(?:take|try) (?:this|our|the) quiz|quiz:',
      why: 'The quiz lives behind the click.',
      example: 'Take this quiz to find your dream job',
    },
    {
      pattern: 'did (?:you|u) know(?: that)?',
      why: WHY.factMustFollow,
      example: 'Did you know?',
      answeredInClause: true,
    },
    {
      pattern: `(?:this|these) (?:[\\p{L}\\p{N}'’-]+\\s+){1,8}?(?:is|are|was|were|will be|just|looks?|sounds?) (?:so |too |actually |literally |basically |absolutely |totally |pretty much |fucking |officially |almost too |kind of )?${HYPE}`,
      why: 'A demonstrative subject with a verdict ("this video is insane") tells the reader how to feel about something it does not describe.',
      example: 'This music video starring all dogs is insane',
      atStart: true,
    },
    {
      pattern: `(?:this|these|our|the) (?:[\\p{L}'’-]+\\s+){0,3}?(?:test|quiz|question|game) (?:will|can|could) (?:reveal|determine|tell|show|guess|predict|decide)`,
      why: 'A quiz that promises to reveal something about the reader, none of it in the post.',
      example: 'This picture test will reveal your ideal partner',
      atStart: true,
    },
    {
      pattern: '(?:what|which) (?:[\\p{L}\'’-]+\\s+){1,6}?(?:says?|reveals?|describes?|suits?|fits?|represents?|matches|should be) (?:about )?(?:you|your)',
      why: 'A personality quiz ("what your coffee order says about you") that the post does not contain.',
      example: 'What your coffee order says about you',
      atStart: true,
    },
    {
      pattern: '(?:can|could) we (?:guess|tell|predict|figure out)',
      why: 'A quiz that claims to read the reader, behind the click.',
      example: 'Can we guess your age from your taste in music',
      atStart: true,
    },
    {
      pattern: "how many (?:[\\p{L}\\p{N}'’-]+\\s+){0,8}?(?:(?:have|did|do) (?:you|u) (?:read|seen|see|done|tried|eaten|visited|watched|heard|been|used|played|know)|can (?:you|u) (?:name|guess|spot|get|remember|identify))|how many of (?:these|the|your) (?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(?:were|are|do|did|have|can) (?:on |in )?(?:you|your)",
      why: 'A checklist quiz put to the reader.',
      example: 'How many of these books have you read',
      atStart: true,
    },
    {
      pattern: 'do (?:you|u) (?:belong|fit) (?:in|with)',
      why: 'A quiz put to the reader.',
      example: 'Do you belong in London or San Francisco',
      atStart: true,
    },
    {
      pattern: `${NUMBER} (?:[\\p{L}'’-]+\\s+){0,2}?(?:times|reasons|things|ways|signs|secrets|facts|struggles|thoughts|truths|realities|moments)(?! (?:a|an|per|more|less|as|faster|bigger|higher|larger|over|ago|in a row)(?![\\p{L}]))`,
      why: 'A listicle built on a vague counted noun ("21 times...", "15 reasons...") withholds every item it counts.',
      example: '21 times Tumblr knew you better than you knew yourself',
      atStart: true,
    },
    {
      // Not before "you": "Watch what you eat" is advice to the reader, not a video kept back.
      pattern: "watch (?:this|these|what|how|as|the moment|people|him|her|them|when)(?! (?:you|you're|you've|your)(?![\\p{L}']))",
      why: WHY.videoUndescribed,
      example: 'Watch this seahorse give birth',
      atStart: true,
    },
    {
      pattern: 'we need to talk about',
      why: 'Announces a conversation and withholds what it is about beyond the name.',
      example: 'We need to talk about blanket scarves',
      atStart: true,
    },
    {
      pattern: 'how (?:to|i|we|you|your|my) ',
      why: 'A how-to or how-it-happened title with none of the how in the post.',
      example: 'How to dress for the gym without looking like a tool',
      atStart: true,
      answeredByMeans: true,
    },
    {
      pattern: "here(?:'s| is| are) (?:a|an|some|our|my|the|\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)(?! (?:(?:latest|full|official|updated|short|current) )?(?:map|list|link|links|advisory|update|updates|statement|info|information|number|numbers|schedule|guide|timeline|details|forecast|transcript)(?![\\p{L}]))",
      why: 'Presents something ("here’s a photo of...") that lives outside the post; a map, a list or an advisory is a resource, not a teaser.',
      example: "Here's a preview of the new makeup line",
      atStart: true,
      namedAnswers: true,
    },
    {
      pattern: "(?:and|so) (?:this|that)(?: is|'s) what (?:happened|happens|we found|they found|i found|came out)(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))",
      why: 'The payoff of a story, withheld at its end ("We tried ballet for five weeks and this is what happened"): the story is the setup, and nothing after it tells.',
      example: 'We Tried Five Weeks Of Ballet Fitness And This Is What Happened',
      forward: true,
    },
    {
      pattern: "(?:and|so) (?:this|that)(?: is|'s) what (?:it|he|she|they|(?:the|this|his|her|their|my|our) [\\p{L}]+) (?:looks?|look) like(?: (?:now|today|these days))?(?=\\s*(?:[.!…👇👀📸]|$|https?:|www\\.))",
      why: 'How something looks now, withheld at a story’s end ("They renovated the old station and this is what it looks like now"); after the author’s own making it captions their photo (appearance).',
      example: "We finally finished the treehouse and this is what it looks like!",
      forward: true,
      appearance: true,
    },
    {
      pattern: "(?:this|that)(?: is|'s) what (?:it|he|she|they|(?:the|this|his|her|their|my|our) [\\p{L}]+) (?:looks?|look) like(?: (?:now|today|these days))?(?=\\s*(?:[.!…👇👀📸]|$|https?:|www\\.))",
      why: 'How someone or something looks now, kept for the click ("Remember the kid from Home Alone? This is what he looks like now").',
      example: 'Remember the kid from Home Alone? This is what he looks like now',
      atStart: true,
      forward: true,
      appearance: true,
    },
    {
      pattern: "(?:and )?here(?:'s| is) what (?:it|he|she|they|(?:the|this|his|her|their|my|our) [\\p{L}]+) (?:looks?|look) like(?: (?:now|today|these days))?",
      why: 'How something looks, presented and kept outside the post ("here’s what it looks like"); after the author’s own making it captions their photo.',
      example: "I repainted the whole kitchen myself and here is what it looks like now",
      appearance: true,
    },
    {
      pattern: "(?:and|so) this(?: is|'s) what (?:(?:he|she|they|it|we|i|you|the [\\p{L}]+|(?:his|her|their) [\\p{L}]+) )?[\\p{L}]+(?: (?:next|then|after|back))?(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))",
      why: 'A story’s payoff withheld at its end, whoever acted ("A man finds a snake in his car and this is what he did"). Only "this" points forward; "so that’s what I did" ends a story that told it.',
      example: 'A man finds a snake in his car and this is what he did',
      forward: true,
    },
    {
      pattern: 'did (?:you|u) know (?:that )?(?:this|these) ',
      why: 'A question that hides its subject behind “this”: the post never says which food, which habit (“Did you know this food can damage your liver?”).',
      example: 'Did you know this food can damage your liver?',
      question: true,
      shown: true,
    },
    {
      pattern: '(?:nobody|no one|no-one) (?:expected|saw|predicted|was ready for) (?:this|these) (?!(?:and|but|or|so|yet|to|from|at|in|on|when|one|time|year|week|month|morning)(?![\\p{L}]))[\\p{L}]+',
      why: 'A surprise whose subject the post keeps back (“Nobody expected this ending”).',
      example: 'Nobody expected this ending in the Madrid game',
      shown: true,
    },
    {
      pattern: "(?:and )?here(?:'s| is) what (?:happened|happens|i learned|we learned|they found)|(?:and )?here(?:'s| is) (?:our|my) (?:honest |final |brutally honest )?(?:verdict|ranking)(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))",
      why: 'The payoff of a story, withheld ("I gave up sugar and here’s what happened").',
      example: "I gave up sugar for two months and here's what happened",
    },
    {
      pattern: "(?:you'll|you will) (?:ever|probably ever) (?:take|see|read|watch)",
      why: 'A superlative aimed at the reader ("the hardest quiz you’ll ever take").',
      example: "The hardest food quiz you'll ever take",
    },
    {
      pattern: '(?:a|the) (?:definitive|ultimate|official|complete|only) (?:ranking|guide|list|power ranking) (?:of|to)',
      why: 'A ranking or guide that lives behind the click.',
      example: 'The definitive ranking of 90s cartoons',
      atStart: true,
    },
    {
      pattern: '(?:try|tried|trying|tries|taste|tasted|tasting) (?:[\\p{L}\\p{N}\'’-]+\\s+){1,5}?for the first time',
      why: 'A reaction video or story whose reaction is withheld.',
      example: 'Americans try Indian snacks for the first time',
    },
    {
      pattern: `and (?:the (?:results?|outcome|internet|reactions?) (?:are|is|was|were)|people are (?:freaking|losing|going)|nothing will ever be the same|(?:it's|it is|they're|they are) (?:so |too |absolutely |actually )?${HYPE})`,
      why: 'A hype coda ("...and the results are gorgeous") gives a verdict on what the post does not show.',
      example: 'An artist reimagined princesses at their current ages and the results are gorgeous',
    },
    {
      pattern: 'people are (?:freaking out|losing (?:it|their minds)|obsessed|going crazy|going wild|divided|furious|loving|in love) (?:over|about|with)',
      why: 'Reports a crowd’s reaction instead of what it reacted to.',
      example: 'People are freaking out over this optical illusion',
    },
    {
      pattern: `${NUMBER} (?:${COUNT_IS_A_FACT}[\\p{L}'’-]+\\s+){0,3}?${COUNT_IS_A_FACT}(?:[\\p{L}'’-]{2,}(?<![su])s|people|women|men|children|kids)(?:\\s*[.!]*$| (?:who|that|which|to|you|you'll|you're|your|of|from|with|for|under|just|every|everyone|anyone|we|guaranteed|so|too|ever|never(?! [\\p{L}]+ed(?![\\p{L}]))|only)(?![\\p{L}]))`,
      why: 'A listicle title counts a class of things ("27 motorcycle jackets under $100") and gives none of them.',
      example: '17 hilarious literary Thanksgiving puns',
      atStart: true,
    },
    {
      pattern: `(?:this|these) (?!(?:week|weekend|morning|evening|afternoon|year|month|time|summer|winter|spring|fall|autumn|season|quarter|sprint|release|update|version|is|was|are|were|one|thread|has|had|will|can|could|might|may|must|should|would|just|makes|made|means|isn't|wasn't|time)(?![\\p{L}]))(?:[\\p{L}\\p{N}'’-]+\\s+){1,4}?(?:just|has|have|had|will|can|could|might|made|makes|went|got|gave|took|lost|hurt|wore|ran|sang|wrote|drew|fell|left|met|paid|sent|spent|told|won|broke|built|did|does|wants|needs|shows|proves|matches|features|explains|[\\p{L}]{3,}ed)(?![\\p{L}])`,
      why: 'A story told about "this guy" or "these students" withholds who they are and what the story is.',
      example: 'This reporter responded to a vulgar comment with a joke',
      atStart: true,
      namedAnswers: true,
    },
    {
      pattern: "take (?:this|our|the) (?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:quiz|test|challenge|cleanse|poll)",
      why: 'The quiz or challenge lives behind the click.',
      example: 'Take this color test to see how far you would go for love',
      atStart: true,
    },
    {
      pattern: "how well (?:do |can |did |would )?(?:you|u) (?:know|remember|recall)",
      why: 'A quiz question to the reader.',
      example: "Let's see how well you remember the first episode",
    },
    {
      pattern: 'who said it|tell us (?:about|what|which|how|your|whether|if|in the comments)|tell us:',
      why: 'A prompt to the audience that holds nothing of its own.',
      example: 'Tell us: have you ever snapped one off at work',
      atStart: true,
      prompt: true,
    },
    {
      pattern: "(?:is|are) (?:literally |basically |absolutely |truly |officially )?(?:everything|goals|life|perfection|iconic|a mood)(?=\\s*[.!]*$)",
      why: 'A verdict at the end ("...is everything") says how to feel, not what happened.',
      example: "Leonardo DiCaprio's face when Lady Gaga walked by is everything",
    },
    {
      pattern: "what it(?:'s| is| was| feels| felt) like (?:to|when|being|growing up)",
      why: 'Promises an experience and gives none of it.',
      example: "What it's like to be behind the table at a comic convention",
      atStart: true,
    },
    ...COMPOSED,
  ],
  sympathy: [
    { pattern: 'thoughts (?:and|&|\\+) prayers', why: 'The stock phrase of sympathy.', example: 'Thoughts & prayers to everyone affected' },
    {
      pattern: '(?:my|our|all my|all our|all of our) (?:heartfelt )?(?:thoughts|prayers|hearts?)(?: (?:and|&|\\+) (?:thoughts|prayers|hearts?|wishes|love))? (?:(?:go|goes|going|are|is|be|sent|remain|stay) )?(?:out )?(?:to|too|with|w/|2)',
      why: 'Our thoughts, prayers or hearts sent to, or with, whoever it is for: ' + WHY.sympathyOnly,
      example: 'My thoughts go out to all over there',
    },
    {
      pattern: '(?:thoughts|prayers|hearts?)(?: (?:and|&|\\+) (?:thoughts|prayers|hearts?|wishes|love))? (?:(?:go|goes|going|are|is|sent|remain) )?(?:out )?(?:with|w/)|(?:thoughts|prayers|hearts?)(?: (?:and|&|\\+) (?:thoughts|prayers|hearts?|wishes|love))? (?:go|goes|going|are|is|sent|remain) (?:out )?(?:to|too|2)|prayers (?:out )?(?:to|2)',
      why: 'The same without a word of whose: thoughts that go out, prayers to, hearts with. ' + WHY.sympathyOnly,
      example: 'Thoughts with all affected by the derailment',
    },
    { pattern: '(?:praying|pray|prayers|prayer|praises) (?:for|4|that|everyone|everybody|up)', why: WHY.prayerAsPost, example: 'Praying for Boston' },
    { pattern: '#pray ?(?:for|4) ?\\p{L}+', why: 'The hashtag form of the same.', example: '#prayforboston' },
    { pattern: '(?:keep|keeping) (?:\\S+ ){1,8}?in (?:your|my|our|their) (?:thoughts|prayers)', why: 'Asking that someone be kept in mind or in prayer: sympathy, nothing told.', example: 'Please keep the firefighters in your prayers' },
    { pattern: '(?:rip|r\\.i\\.p\\.?|rest in peace)', why: WHY.farewell, example: 'RIP to all the victims' },
    { pattern: '(?:sending|send|sends|sent) (?:(?:my|our|all my|all our|lots of|so much|much|some|out|out some|as much) )?(?:love|hugs|strength|prayers|positive vibes|good vibes|(?:positive |good )?thoughts|support|best wishes)', why: WHY.warmthOnly, example: 'Sending love to everyone in Texas' },
    { pattern: '(?:my |our )?(?:deepest |sincere |sincerest |heartfelt )?condolences', why: WHY.condolences, example: 'Deepest condolences to the families' },
    { pattern: '(?:my|our) (?:deepest |sincere |sincerest |heartfelt |deep )?(?:sympathy|sympathies)', why: 'Sympathy named, with no detail of its own.', example: 'Our sympathy with the victims of the shooting' },
    { pattern: '(?:stay|be|keep) safe(?: and dry| & dry| and well| & well)?(?: everyone| everybody| all| out there| guys| y\'all| people)?', why: WHY.emptyWish, example: 'Stay safe everyone' },
    { pattern: '(?:may )?god (?:bless|help|protect|be with|keep|watch over)(?! (?:this|these|our|my) (?:food|meal|dinner|lunch|breakfast|table|house|home|day|marriage|union|new home|harvest)(?![\\p{L}]))|godbless|bless (?:all|them|those|you all|everyone)', why: 'A blessing with no information in it. Not grace over a meal or a home ("God bless this food"): that blesses the author’s own day, not people in trouble.', example: 'God bless the firefighters' },
    {
      pattern: '(?:so |very |truly |such |really |just )?(?:sad|saddened|heartbroken|heartbreaking|heart breaking|heart-breaking|heart wrenching|heartwrenching|devastated|devastating|tragic|awful|terrible|horrible|horrific|shocking|shocked|sickened) (?:to (?:hear|see|read|learn)|news|by the news|what(?:\'s| has) happened)|(?:so|very|truly|such|really) (?:sad|saddened|heartbroken|devastated|awful|terrible|horrible|shocked) about',
      why: 'Feeling about the news, with none of the news.',
      example: 'So sad to hear about the explosion',
    },
    {
      pattern: "(?:my |our )?hearts? (?:is |are )?(?:still |truly |really |just )?(?:aching|aches|ache|breaking|breaks|broken|bleeds|bleeding|hurts|sank|sinks)|breaks? my heart|breaking my heart",
      why: 'A heart that aches or breaks: feeling shared, nothing told.',
      example: 'My heart is still aching this morning',
    },
    {
      pattern: "(?:hope|hoping|praying) (?:that )?(?:everyone|everybody|all|you all|y'all|they|people|you guys|my (?:family|friends)|our (?:family|friends))(?: [\\p{L}'’]+){0,4}? (?:is|are|'s|'re|stay|stays|keeps?|keeping|get|gets|will be|made it|got out)(?: \\p{L}+)? ?(?:ok|okay|okkk+|safe|alright|all right|well|home|out|fine|unhurt|and safe)",
      why: WHY.emptyWish,
      example: 'Hope everyone in the pub is ok',
    },
    { pattern: 'thinking (?:of|about) (?:you|everyone|everybody|all|the|those)', why: 'Sympathy without anything the reader can use.', example: 'Thinking of everyone in Calgary tonight' },
    { pattern: 'hang in there|stay strong', why: 'Encouragement to whoever is hit: sympathy, nothing told (in a reply, support for the person answered).', example: 'Hang in there New South Wales' },
    { pattern: '(?:grieving|mourning) (?:for|with)|peace (?:to|be with) (?:the|all|those|everyone)', why: 'Mourning with those hit, nothing told.', example: 'Grieving for the families who lost loved ones' },
  ],
  warmth: [
    { pattern: 'my (?:all[- ]time |new |absolute )?(?:favou?rite|fav|comfort|go-?to) (?:channel|youtuber|creator)s?', why: WHY.praiseOfTheirWork, example: 'My favourite channel on YouTube, no contest' },
    { pattern: '(?:what a|such a) (?:lovely|beautiful|wonderful|moving|touching|sweet|great|powerful) (?:story|post|thread|memory|tribute|read)', why: WHY.praiseOfTheirWords, example: 'What a lovely story about your grandma' },
    { pattern: "(?:this|your|his|her|their)(?: channel| page)?(?:'s| is| was)? (?:still |honestly |literally |by far |easily |hands down |genuinely )*(?:the |my )?(?:best|greatest|most underrated|favou?rite|comfort) (?:channel|video|tutorial|explanation|teacher|creator|youtuber|content|podcast|series|song)s?", why: WHY.praiseOfTheirWork, example: "I've been subscribed since 2015 and this is still the best channel on YouTube" },
    { pattern: 'congrat(?:s|ulations|z)', why: 'Congratulations to someone else give them something; they are never empty in a reply.', example: 'Congrats!!' },
    { pattern: 'welcome (?:to the (?:team|crew|lab|group|squad)|aboard|on board)', why: 'A welcome to someone joining the team: warmth to that person, not an announcement of the author\'s.', example: 'Welcome to the team, Deshawn!' },
    { pattern: '(?:well done|way to go|so proud of you|proud of you|you deserve (?:it|this)|well deserved|well-deserved)', why: 'Praise of the person, not of the post: warmth to someone else.', example: 'Well deserved!' },
    { pattern: '(?:happy (?:birthday|anniversary|bday)|hbd)', why: WHY.wish, example: 'Happy birthday Sam!' },
    { pattern: '(?:get well soon|feel better soon|speedy recovery|good luck|best of luck|all the best|safe travels|break a leg|fingers crossed)', why: WHY.wish, example: 'Good luck tomorrow!' },
    { pattern: "(?:so |very |really )?sorry (?:for|about|to hear)(?: your| about| of)?", why: 'Sympathy offered to the person one is answering.', example: 'So sorry for your loss' },
    { pattern: '(?:sending|big|many) (?:hugs|love)|hugs', why: 'Warmth offered to the person one is answering.', example: 'Sending hugs' },
    { pattern: "(?:we're|we are|i'm|i am|we're all|we are all) (?:here )?(?:with|for) you|here for you|(?:you(?:'ve| have)?|u) got this", why: WHY.supportInReply, example: "Stay strong, we're all with you" },
    { pattern: 'thank(?:s| you)(?: so much| very much| all| again)?|thx|ty|much appreciated', why: WHY.thanksInReply, example: 'Thank you!' },
  ],
  report: [
    { pattern: "(?:takes|took|will take|take) effect|(?:comes|came|will come|come) into (?:force|effect)|(?:becomes|became|will become|will be|is now|are now) (?:mandatory|compulsory|illegal)", why: 'A rule that takes effect or becomes binding ("takes effect on July 1", "entra en vigor", "será obligatoria"): what changes, and for whom, is the news.', example: "The helmet rule takes effect on July 1 for riders under 18" },
    { pattern: "(?:scam|fraud|phishing|safety|allergy|allergen) (?:warning|alert)|(?:product |safety )?recall(?: ?:|!)|recall notice|(?:we are|we're|we have|we've|we) (?:recalling|recalled)", why: 'A warning of a scam or a recall: what to avoid and what to do, a notice for the reader.', example: 'SCAM WARNING: texts "from us" asking for card details are fake' },
    { pattern: "(?:says?|said|say|reports?|reported|reporting|confirms?|confirmed|announces?|announced|warns?|warned|according to|per|via) ", why: WHY.source, example: 'Police say two people were injured' },
    { pattern: '(?:officials?|police|authorities|firefighters|fire crews|rescuers|the mayor|the council|the city|the county|the state|government|ministry|agency|sheriff|paramedics|emergency services|first responders|rescue (?:teams?|crews?|workers))', why: 'Those who give notice in an emergency; naming them is naming a source.', example: 'Officials have opened a shelter at the high school' },
    { pattern: '(?:breaking|update|updated|alert|advisory|warning|watch|notice|psa)(?: ?:|!)', why: WHY.newsLabel, example: 'UPDATE: the bridge is open again' },
    { pattern: '(?:evacuate|shelter in place|avoid the area|boil (?:your )?water|stay indoors|move to higher ground|call \\d)', why: 'A warning the reader can act on.', example: 'Residents should evacuate now' },
    { pattern: '(?:sends|sent|offers|offered|expresses|expressed|extends|extended|conveys|conveyed) (?:(?:his|her|their|its) )?(?:deepest |sincere |heartfelt )?(?:condolences|sympathy|sympathies|prayers|thoughts|support|solidarity)', why: WHY.reportedSympathy, example: "The prime minister sends condolences to the victims' families" },
    { pattern: "(?:told|tells) (?:reporters|the press|journalists|the media)|spokes(?:man|woman|person)|(?:in a|a) statement", why: WHY.pressSource, example: 'A fire service spokesman told reporters the blaze is contained' },
  ],
  happened: [
    // An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.
    { pattern: "(?:declares?|declared|declaring) (?:[\\p{L}-]+ ){1,9}?(?:an? |the )?(?:(?:public )?(?:health )?emergency|pandemic|disaster (?:area|zone)|state of (?:emergency|disaster|alarm))", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "The WHO has declared the mpox outbreak a public health emergency" },
    { pattern: "warns? (?:consumers|customers|residents|people|parents|drivers|travell?ers|the public|users|shoppers|patients|tenants|homeowners) (?:not to|to|against|about|that|of)(?![\\p{L}])", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "FDA warns consumers not to eat frozen vegetables sold under two store brands" },
    { pattern: "(?:will|to|would) (?:stop|halt|end|cease|suspend|resume) (?:selling|sales of|making|production of|producing|offering|shipping)(?![\\p{L}])", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Apple will stop selling the iPhone SE in the EU" },
    { pattern: "(?:a |the |new )?(?:study|trial|survey|report) (?:[\\p{L}\\p{N}.,'’-]+ ){0,8}?(?:links|linked|ties|tied|finds|found|shows|showed|concludes|concluded) (?:that )?(?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:to|with|that|more|less|fewer|higher|lower|no)(?![\\p{L}])", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "A study of 3,400 children links more than two hours of screens a day to lower reading scores" },
    { pattern: '(?:states? of emergency|evacuations|(?:road )?closures|power outages?|evacuation (?:centers?|centres?|orders?)|shelters? (?:open|opened|at))', why: 'A notice in a noun: what is closed, ordered or open to the public.', example: 'Lots of evacuations and road closures' },
    { pattern: '(?:is|are|was|were|has been|have been|remains?|now|still) (?:closed|open|reopened|cancel+ed|postponed|suspended|delayed|evacuated|flooded|blocked|without power|out|down|back up|contained|under (?:water|way|control))', why: 'A change of state: the reader learns what is open, closed or cancelled.', example: 'The M1 has been reopened southbound' },
    { pattern: '(?:no|without) (?:school|classes|lectures|power|electricity|running water|water|gas|heat|heating|internet|phone service|cell service|mobile service|signal|trains?|buses|bus service|flights|mail)(?![\\p{L}])(?! (?:to|of|in my|in your)(?![\\p{L}]))', why: WHY.outage, example: 'No school today and no power on the east side' },
    { pattern: '(?:killing|injuring|wounding)(?! (?:it|me|us|them|time)(?![\\p{L}]))|leaving (?:(?:at least|more than|over|about|some) )?(?:\\d[\\d,.]*|dozens|hundreds|thousands) (?:people )?(?:dead|injured|homeless)|derail(?:s|ed)|(?:crash(?:es|ed)|plunge[sd]|slam(?:s|med)) into|(?:collapses|explodes|erupts|erupted|capsizes|capsized)', why: WHY.eventVerb, example: 'A train derailed near the station, killing four' },
    { pattern: '(?:killed|injured|wounded|dead|died|missing|rescued|evacuated|arrested|charged|damaged|destroyed|collapsed|displaced|hospitali[sz]ed|stranded|trapped|unaccounted for|death toll|casualties)', why: 'What happened to whom: the facts of an event.', example: 'At least 80 missing after the train blaze' },
    { pattern: "(?:(?:was|were|got|been|is|are|just) )?(?:hit|struck|battered|ravaged|rocked|pounded|lashed) (?:by|the)|(?:affected|forced out|driven out|cut off) (?:by|of|from)|(?:is|are|keeps?|kept|still) (?:spreading|rising|pouring|burning|growing)|(?:fires?|flames?|smoke|water|waters|floods?|flooding) (?:(?:is|are|keeps?) )?(?:spreading|rising)|spreading (?:fast|quickly|rapidly|towards?)|(?:has|have|had|was|were|been|now|just) (?:been )?restored|(?:is|are|also|still|urgently|badly) in need of|(?:needs?|needing) (?:help|rescue|rescuing|water|food|volunteers|donations|supplies)|(?:help|aid|rescuers|relief) (?:is|are) on (?:its|their|the) way", why: WHY.eventCourse, example: 'Guatemala is affected by a hard earthquake' },
    { pattern: '(?:confirmed|feared|reported|found) dead|(?:death|body) (?:toll|count)|toll (?:rises|rose|climbs|climbed) to|(?:homes?|houses?|buildings?|structures?) (?:lost|burned|burnt|destroyed|damaged|flooded|razed)|(?:acres?|hectares?) (?:burned|burnt|scorched)|(?:burned|burnt|washed|swept) away|makes? landfall|made landfall|doubles? in size', why: WHY.damageToll, example: '112 homes lost and 2 confirmed dead as the fire doubles in size' },
    { pattern: '(?:raises?|raised|raising|hikes?|hiked|cuts?|cutting|lowers?|lowered|slashe[sd]|doubles?|doubled|doubling|triples?|tripled|halve[sd]|increases?|increased|extends?|extended|rises?|rose|falls?|fell|drops?|dropped|climbs?|climbed|jumps?|jumped|closes?|closed) (?:[\\p{L}\'’-]+ ){0,6}?(?:to|by|at)(?: (?:a|an|about|nearly|almost|around|roughly))? (?:R\\$|US\\$|[$€£])? ?\\d[\\d.,]*(?!:\\d)', why: 'A figure changed: a price, limit, rate or deadline raised, cut, extended or closing at a number ("raises its standard plan to $10.99", "amplía hasta el 30 de abril el plazo") is the news itself, not a teaser\'s count.', example: 'Netflix raises the price of its standard plan to $10.99 a month' },
  ],
  event: [
    { pattern: '(?:wild|bush|forest|brush|grass|house) ?fires?|(?:apartment|building|factory|refinery) fires?|fires? (?:crews?|service|fighters|department|brigade)|firefighters|blaze', why: WHY.eventNamed, example: 'Crews are still fighting the bushfire near the ridge' },
    { pattern: '(?:flash )?floods?|flooding|earthquakes?|quakes?|aftershocks?|tsunamis?|landslides?|mudslides?|(?:volcanic )?eruptions?|meteors?', why: WHY.eventNamed, example: 'Flooding closes the river road' },
    { pattern: '(?:tropical|winter|snow|ice|dust|severe|thunder|hail) ?storms?|storm (?:surge|warnings?|damage)|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|blizzards?|heatwaves?|heat waves?', why: WHY.eventNamed, example: 'The typhoon makes landfall tonight' },
    { pattern: 'explosions?|(?:train|plane|bus|car|helicopter|air|rail|jet|ferry) (?:crash(?:es)?|derailment|accident)|derailment|shootings?|bombings?|(?:building|factory|bridge|roof|mine|dam|tower) collapse', why: WHY.eventNamed, example: 'Explosion at the fertiliser plant' },
  ],
  volunteerCall: [
    { pattern: '(?:need|needs|needed|needing|looking for|seeking|recruiting) (?:\\d+|a few|some|more|extra|(?:a )?couple of|two|three|four|five|six|ten)? ?(?:more |extra )?(?:volunteers|helpers|helping hands)', why: WHY.volunteerCall, example: 'Our food bank needs 10 volunteers this Saturday' },
    { pattern: '(?:volunteers|helpers) (?:are )?(?:urgently |still )?(?:needed|wanted)', why: WHY.volunteerCall, example: 'Volunteers needed at the community garden on Sunday' },
  ],
  relief: [
    { pattern: '(?:donate|give|donations?) (?:to|at|via|through) (?:the )?(?:american |canadian |australian |philippine )?(?:red cross|salvation army|unicef|food bank|relief fund|disaster relief|\\p{L}+ relief(?: fund)?|(?:flood|fire|quake|typhoon|storm) appeal)', why: WHY.donateTo, example: 'You can donate to the Red Cross at redcross.org' },
    { pattern: 'text (?:\\p{L}+ )?to \\d{3,6}|text to (?:give|donate)', why: WHY.textToGive, example: 'Text REDCROSS to 90999 to give $10' },
    { pattern: '(?:shelters?|evacuation (?:centers?|centres?)|warming (?:centers?|centres?)|relief (?:centers?|centres?)) (?:is |are )?(?:now )?open(?:ed)? (?:at|in|for)', why: WHY.shelterOpen, example: 'Shelter open at the Lincoln high school gym' },
    { pattern: '(?:donation )?drop[- ]?off (?:points?|locations?|sites?|centers?|centres?)', why: WHY.shelterOpen, example: 'Donation drop-off points for the flood victims are listed below' },
    { pattern: 'volunteers (?:are )?(?:urgently |still )?(?:needed|wanted)|(?:looking for|need|needs|needing) volunteers', why: WHY.volunteersNeeded, example: 'Volunteers needed at the sandbag site on 5th Street' },
    { pattern: '(?:how|where|ways) (?:you can |to |people can )(?:help|donate|volunteer|give)(?! (?:me|us|my|our)(?![\\p{L}]))', why: WHY.howToHelp, example: 'Here is how to help the people of Tacloban' },
    { pattern: '(?:relief|recovery|rescue|clean-?up) (?:efforts?|drive|fund)', why: WHY.howToHelp, example: 'To help w/ #WestTX relief efforts we are opening our showers to evacuees' },
  ],
  newsSource: [
    { pattern: 'for (?:all )?(?:the )?latest(?: news| updates| info)? (?:on|about|from)|for (?:live |the latest |more |regular )?(?:updates|coverage|info|information) (?:on|about|from)', why: WHY.followNews, example: 'Following @KHOU for all the latest on the explosion' },
  ],
  petition: [
    { pattern: 'sign (?:now|here|today|it|this|the petition|our petition|this petition)|petition', why: WHY.petitionAsk, example: 'Stop the mine above the flood plain. Sign now' },
  ],
  audience: [
    { pattern: "if you(?:'re| are| have| use| run| own| sell| want| need)?", why: WHY.ifYou, example: 'If you self-host it and the UI feels slow: turn on the cache' },
    { pattern: '(?:for|to) (?:anyone|anybody|everyone|those|people|folks|whoever)(?: who| that| wondering| looking| asking| trying| new to| in| with)?', why: WHY.forThoseWho, example: 'For anyone wondering, the lens is a 35mm f/2' },
  ],
  notice: [
    { pattern: 'open (?:until|till|til|from|to) (?:\\d[\\d:.]*(?:am|pm|h|hs)?|midnight|noon|late)|open (?:on |every |all day )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|open (?:daily|every day|7 days a week)', why: WHY.openingHours, example: 'Our library is now open until 9pm on Thursdays!' },
    { pattern: '(?:new|winter|summer|holiday|christmas|opening|normal|usual|extended|reduced) (?:opening )?hours', why: WHY.openingHours, example: 'Normal hours from Tuesday' },
    { pattern: "(?:closed|closing) (?:on |this |next |from |over |until |till |for (?:the )?)?(?:the )?(?:holidays?|christmas|easter|thanksgiving|new year's|bank holiday|public holiday|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\\p{L}.]* \\d[\\d:.]*(?:am|pm|h|hs)?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", why: WHY.closure, example: "We'll be closed from Dec 24 to Jan 2 for the holidays" },
    { pattern: '(?:closes|closing|will close|will be closed|is closed|are closed|stays closed|remains closed|will remain closed|shuts|is shut|will be shut)(?: [\\p{L}\\d]+){0,3}? for (?:cleaning|deep cleaning|maintenance|repairs|renovations?|refurbishment|works|inventory|stocktaking|staff training|a private event)', why: WHY.closure, example: 'The municipal pool closes on Monday for cleaning' },
  ],
  fundsFor: [
    // Money raised for someone's named need (a wheelchair, an operation, a funeral), not the author's own.
    { pattern: '(?:to help|help) (?:pay for|cover|fund|buy) (?!(?:me|my|us|our|myself)(?![\\p{L}]))(?:[\\p{L}\\p{N}\'’-]+ ){0,4}?(?:wheelchair|surgery|operation|treatment|funeral|medical bills|vet bills|prosthetic|transplant|therapy|chemo|hearing aids?)(?![\\p{L}])', why: WHY.fundsGoTo, example: 'Raffle to help pay for Alfie\'s wheelchair' },
    { pattern: "(?:every|each) (?:euro|dollar|pound|penny|cent|peso|real)s? (?:raised |donated |you give )?(?:goes|will go) (?:directly |straight )?(?:to|towards)(?! (?:me|my|us|our|myself)(?![\\p{L}]))|(?:all|100% of the|all the) (?:proceeds|profits|money raised|funds raised|donations) (?:will )?(?:go|goes) (?:directly |straight )?(?:to|towards)(?! (?:me|my|us|our|myself)(?![\\p{L}]))", why: WHY.fundsGoTo, example: "Every euro goes to the ward's play room" },
    { pattern: '(?:raising|to raise|raise) (?:money|funds) (?:for|towards)(?! (?:me|my|us|our|myself)(?![\\p{L}]))|in aid of', why: WHY.fundsGoTo, example: 'Running the half marathon to raise money for the food bank' },
  ],
  openLicence: [
    { pattern: '(?:no|without(?: a| an| any)?) (?:sign-?up|registration|e-?mail|log-?in)(?: address)?(?: needed| required)?|without (?:an? )?account|no (?:account|e-?mail address) (?:needed|required)', why: WHY.noStrings, example: 'Template here, no sign-up: docs.example.com/swap' },
    { pattern: 'no strings(?: attached)?|no catch|no paywall', why: WHY.noStrings, example: 'Free lesson-plan template for new teachers, no strings attached' },
    { pattern: '(?:cc[- ]by(?:[- ](?:sa|nc|nd))*|cc0|creative commons|open|openly|mit|apache|permissively)(?: 2\\.0| 4\\.0)?[- ]licen[cs]ed|under (?:an? |the )?(?:open|cc[- ]by(?:[- ](?:sa|nc|nd))*|cc0|creative commons|mit|apache 2\\.0|apache|permissive) licen[cs]e', why: WHY.openLicence, example: '12,000 annotated bird calls, CC-BY licensed' },
    { pattern: 'free (?:for anyone )?to (?:use|reuse)|public domain|open access', why: WHY.openLicence, example: 'All the recordings are free to use' },
    { pattern: "(?:is|it's|its|are|fully|completely|free and|free &) open[- ]sourced?|open[- ]sourced?(?=\\s*[:(,.!;]|\\s*$| (?:and|&) free| on github| under)", why: WHY.openLicence, example: 'I made a free extension that hides Shorts. Open source: github.com/x/noshorts' },
    { pattern: "(?:slides|slide deck|deck|templates?|notes|worksheets?|handouts?|recordings|exercises|cheat ?sheets?|code|scripts)(?: and (?:the |my |our )?(?:slides|templates|notes|worksheets|handouts|recordings|exercises|code|scripts))? (?:are|is) (?:now |all |finally )*(?:free|freely available)(?![\\p{L}]| (?:of|from|for (?:members|subscribers|patrons)|with (?:any|every|each|your)))", why: WHY.openLicence, example: 'Happy to share that the slides are now free: 3 exercises and a cheat sheet' },
    { pattern: '(?:the )?(?:data|code|dataset|datasets|materials|scripts)(?: and (?:the )?(?:code|data|materials|scripts))? (?:are|is) (?:all )?(?:open|openly available|freely available|public)(?![\\p{L}])', why: WHY.openLicence, example: 'Data and code are open, link below' },
    { pattern: '(?:my|our) (?:(?:little|small|tiny|new|free)(?: and| &|,)? )*open[- ]sourced?(?= [\\p{L}])', why: WHY.openLicence, example: 'New release of my open-source PDF tool: v2.3 fixes the crash on scanned files' },
  ],
  finding: [
    { pattern: "(?<!(?:no|without|zero) )(?:(?:the|one|two|three|a few|some|big|main|biggest|important|obvious|usual|known) )*(?:caveats?|limitations?|limits|weaknesses)(?: of (?:the|our|this|my) (?:study|paper|analysis|data|work|test|experiment|survey|trial))? ?[:—](?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])", why: WHY.limitsStated, example: "Each extra 10% of canopy went with nights 0.6°C cooler. Caveats: it's observational and we only had two summers of data." },
    { pattern: "(?:i|we)(?:'ve| have)? (?:tested|compared|benchmarked|trialled|trialed) (?:\\d+|two|three|four|five|six|seven|eight|ten|a dozen)(?! times(?![\\p{L}]))", why: WHY.comparisonRun, example: 'I tested 4 budgeting apps for 3 months. The only one I kept imports my statements' },
    { pattern: "(?:we|i) (?:find|found|show|showed|shown|demonstrate|demonstrated) (?:that|how)|(?:our|the) (?:results|findings|data|analysis) (?:show|showed|suggest|suggested|indicate|indicated)(?: that)?|(?:the )?(?:main|key|headline) (?:finding|result)(?:s)?(?: is| are| was| were|:)", why: WHY.findingStated, example: 'We find that small models fine-tuned on 2k examples match larger ones' },
    { pattern: '(?<=(?:\\d|(?<![\\p{L}])(?:all|both|most|every)(?![\\p{L}]))[^.!?\\n]{0,120})(?:all )?(?:had|have|shared|share|did) (?:one|a single|the same) (?:thing|trait|habit)(?: in common)? ?[:—]', why: WHY.sharedTrait, example: 'The 9 that got interviews all had one thing in common: the first line named a problem from our ad' },
  ],
  generalization: [
    { pattern: '(?:most|nearly all|almost all|the majority of) (?!(?:people|of|folks|guys|men|women|humans|creators|entrepreneurs|founders|businesses|brands|days|nights|mornings|evenings|weekends|weeks|months|years|times)(?![\\p{L}]))(?:\\p{L}+ ){0,2}?\\p{L}{2,}s(?![\\p{L}])', why: WHY.generalization, example: 'Most grad programs waive the application fee if you email and ask' },
  ],
  hiring: [
    { pattern: "(?:we're|we are|we're now|now|currently|(?:the )?(?:shop|café|cafe|bakery|studio|team|lab|restaurant) is) hiring|#hiring|job opening|open (?:role|position)s?", why: WHY.jobAd, example: "We're hiring! Two junior data analysts in Lisbon" },
  ],
  saidBy: [
    { pattern: '(?:has |have |had )?(?:says|said|say|announced|announces|confirmed|confirms|reported|reports|stated|revealed|told reporters)', why: WHY.saidBy, example: 'Apple says the iPhone 17 is available now' },
  ],
  accordingTo: [
    { pattern: 'according to|as reported by|per a (?:statement|report|press release) (?:from|by)', why: WHY.accordingTo, example: 'According to Valve, the Steam Deck is now available in 12 more countries' },
  ],
  publicGood: [
    { pattern: '(?:public|city|town|municipal|county|school|community|neighbou?rhood|village|parish) (?:librar(?:y|ies)|(?:swimming )?pools?|parks?|gardens?|fridges?|pantr(?:y|ies)|kitchens?|cent(?:er|re)s?|clinics?|halls?|schools?|transport|transit|buses|toilets|health service)', why: WHY.publicBody, example: 'The public library now lends out tools for free' },
    { pattern: "food banks?|soup kitchens?|free fridges?|library cards?|town hall|city hall|(?:city|town|county|district|borough|parish) council|the council|the municipality|school (?:board|district)|(?:health|transit|transport) (?:department|authority|agency)|public health|post offices?", why: WHY.publicBody, example: 'The food bank on Elm St is open again on Fridays' },
    { pattern: '(?:bus|travel|transit|rail|train|metro|subway|tram) (?:pass|passes|card|cards)|(?:youth|student|senior|pensioner|concession) (?:bus |travel |transit )?(?:pass|passes|card|cards|fares?)', why: WHY.publicPass, example: 'The new youth bus pass is available now' },
    { pattern: '(?:at|from|in) (?:any|every|all|your local|your nearest|the nearest) (?:stations?|librar(?:y|ies)|post offices?|town halls?|community cent(?:er|re)s?)', why: WHY.takenAnywhere, example: 'Get it at any station' },
    { pattern: 'take what you need|leave what you can|take what you can use', why: WHY.commons, example: 'Free food, take what you need, leave what you can' },
  ],
  freeForAll: [
    { pattern: '(?:free|free of charge) (?:for|to) (?:everyone|everybody|all|anyone|the public|(?:all )?residents|every (?:child|kid|student|resident)|all (?:kids|children|students|ages|residents))|free (?:school meals|flu (?:shots?|jabs?)|vaccin(?:es|ations)|public transport|screenings)', why: WHY.freeForAll, example: 'Flu shots are free for everyone over 65' },
  ],
  scamWarning: [
    // A crypto scam named ("wallet drainers", "a rug pull") or a giveaway denied ("there is no airdrop"), and the rule every wallet keeps ("we will never ask for your seed phrase").
    { pattern: "(?:wallet )?drainers?(?![\\p{L}])|(?:is|are|was|it's|it’s) (?:a )?(?:rug ?pull|honeypot|drainer)|there (?:is|'s|’s) no (?:airdrop|token|presale|giveaway)|(?:we|they|the team) (?:will )?never (?:ask|dm) (?:you )?(?:for )?(?:your )?(?:seed phrase|private key|recovery phrase)", why: WHY.scamNamed, example: "The 'free $ZEN airdrop' sites are wallet drainers. There is no airdrop." },
    // A fake page, account or shop posing as someone ("a fake Facebook page is using our photos", "impostor accounts").
    { pattern: '(?:fake|impostor|imposter|cloned|copycat) (?:(?:facebook|instagram|insta|ig|tiktok|whatsapp|telegram|twitter|linkedin|etsy|amazon|ebay|shopify|online|google) )?(?:pages?|accounts?|profiles?|shops?|stores?|ads?|adverts?|listings?|giveaways?)(?![\\p{L}])', why: WHY.scamNamed, example: 'A fake Facebook page is using our photos and selling our candles at 80% off' },
    // The message or rumour debunked in a sentence of its own ("It's FAKE.", "That's false!"), as a scam named is.
    { pattern: '(?:it\'s|it’s|that\'s|that’s|they\'re|they’re) (?:fake|false|a hoax)(?=\\s*[.!]|\\s*$)', why: WHY.scamNamed, example: "Got a text 'from HMRC' saying I owe £483, pay via a link. It's FAKE." },
    { pattern: '(?:is|are|it\'s|it’s|that\'s|that’s|they\'re|they’re|was|were) (?:a |an |all |just (?:a |an )?|definitely (?:a |an )?)?(?:scams?|phishing|fraud)(?![\\p{L}])', why: WHY.scamNamed, example: 'Those parcel texts going around are a scam' },
    { pattern: '(?:scam|phishing|fraudulent|fake) (?:texts?|calls?|e-?mails?|messages?|sms|websites?|sites?|links?|listings?|invoices?|parcel texts?|delivery texts?)', why: WHY.scamNamed, example: 'Phishing emails pretending to be the council are going around' },
    { pattern: '(?:scam|fraud|phishing) (?:alert|warning)', why: WHY.scamNamed, example: 'Scam alert: we never ask for card details by text' },
    // The real sender's rule told to unmask a fake ("The IRS does NOT send links by text", "your bank will never ask for your PIN"): a warning, whoever it names.
    { pattern: "(?:does not|do not|will not|would not|doesn't|don't|won't|wouldn't) (?:ever )?(?:send|text|email|e-mail) (?:you )?(?:any )?(?:payment )?links? (?:by|via|over|in) (?:a )?(?:texts?|sms|emails?|e-mails?|whatsapp)|never (?:send|sends|texts?|emails?) (?:you )?(?:any )?(?:payment )?links? (?:by|via|over|in) (?:a )?(?:texts?|sms|emails?|e-mails?|whatsapp)|(?:never|does not|do not|will not|would not|doesn't|don't|won't|wouldn't) (?:ever )?asks? (?:you )?for (?:your )?(?:card details|card numbers?|bank details|pin|pins|passwords?|one-time codes?)(?![\\p{L}])", why: WHY.scamNamed, example: 'The IRS does NOT send links by text or ask for card details' },
  ],
};
