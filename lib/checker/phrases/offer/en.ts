// English offers. Release verbs come first person ("we launched"), since "Red Cross launches an appeal" and "OpenAI
// just released" are other people's news; the imperatives are the ones shops and launch posts use.
import { MARKETPLACES, STREAMING, PRICE, versionEntry, WHY, type OfferLexicon } from './entry';

export const enOffer: OfferLexicon = {
  release: [
    {
      pattern:
        "(?:we|i)(?:'ve|'re|'m|'ll| have| are| am| will)? (?:just |finally |officially |now |today |also |actually |recently )?(?:be )?(?:launched|launching|released|releasing|(?:shipped|shipping)(?!\\s+(?:[\\p{L}'’]+\\s+){0,3}off\\b)|rolled out|rolling out|unveiled|unveiling|updated|introduced|introducing|dropped|dropping|opened|opening|built|published)",
      why: WHY.weRelease,
      example: "We've updated the Sweep tool, try it from the History sidebar",
    },
    {
      pattern: "(?:i|we)(?:'ve|'re| have| are)? (?:just |finally )?(?:been )?(?:working on|building|cooking up|making) (?:something|this|a new|our|my)",
      why: WHY.weRelease,
      example: "We've been building something new for months",
    },
    {
      pattern:
        "(?:i|we)(?:'ve| have)? (?:just |finally |also )?(?:made|created|coded|developed|built|put together) (?:a|an|my|our|this) (?:(?:free|little|small|new|simple|tiny|open-source|open source|quick|whole|mac|ios|android|web|chrome|firefox|browser|desktop|mobile|ai|python|slack|discord|notion|figma|wordpress|shopify|online) ){0,3}(?:app|tool|extension|plugin|website|site|game|bot|template|course|newsletter|library|platform|dashboard|widget|theme|planner|ebook|e-book|guide|api|cli)s?",
      why: WHY.weMade,
      example: 'I made a free tool that turns your bank CSV into a budget',
    },
    {
      // A named thing of the author's made for the very need asked about ("I made LinkNest for exactly this").
      pattern: "(?:i|we)(?:'ve| have)? (?:just |actually )?(?:made|created|coded|developed|wrote) (?!(?:a|an|the|my|our|this|it|one|some|that|these|those|time|sure)\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}.-]* (?:exactly |precisely |just )?for (?:exactly |precisely )?(?:this|that)(?![\\p{L}])",
      why: WHY.weMade,
      example: 'I made LinkNest for exactly this, try it',
    },
    {
      // The thing named first, the author as its maker after it ("use the app I made, it does exactly this", "the course we created").
      pattern:
        "(?:app|tool|extension|plugin|website|site|game|bot|template|course|newsletter|platform|dashboard|ebook|e-book|guide)s? (?:that |which )?(?:i|we)(?:'ve| have)? (?:(?:just|actually|recently) )?(?:made|created|coded|developed|built|designed|launched)(?![\\p{L}])",
      why: WHY.weMade,
      example: 'use the app I made, it does exactly this: contai.app',
    },
    { pattern: 'introducing', why: WHY.presenting, example: 'Introducing Ping Links: payments from any wallet' },
    { pattern: 'say hello to|meet the new|meet our', why: WHY.presenting, example: 'Say hello to the new Lumen app' },
    {
      pattern: '(?:our|my) (?:brand[- ]new|all-new|new|newest|latest|first|debut|upcoming|next) [\\p{L}\\p{N}][\\p{L}\\p{N}-]*',
      why: WHY.ourNew,
      example: 'Celebrate with our new family puzzle',
    },
    {
      pattern: '(?:excited|thrilled|proud|happy|pleased|delighted) to (?:announce|launch|introduce|release|unveil|present|open)',
      why: WHY.announce,
      example: 'Thrilled to launch the spring menu',
    },
    {
      // "Running" offers only with what is run ("running a workshop"): "I'm running the Berlin marathon" and "we're
      // running late" offer nothing.
      pattern: "(?:we|i)(?:'re|'m| are| am) (?:now )?(?:hosting|selling|offering|opening|taking (?:orders|bookings|pre-?orders)|running (?:a|an|our|my|the|another) (?:[\\p{L}-]+ ){0,2}(?:workshops?|class(?:es)?|courses?|sale|promo(?:tion)?|special|discount|webinars?|giveaway|offer|deal|sessions?|clinics?|(?:boot)?camps?|retreats?|masterclass|cohort))",
      why: WHY.hosting,
      example: "We're hosting a pottery workshop on Saturday",
    },
    {
      // The simple present of a shop's trade ("we sell these in 6 colours", "I also sell them"), as "vendemos", "wir
      // verkaufen", "on vend": the author's own stock. "Only" before a real shop in a scam warning is handled by the rule;
      // "I sell on Etsy too and their fees went up" is a fellow seller's experience.
      pattern: "(?:we|i) (?:also |now |actually |even )?(?:sell|stock)(?![\\p{L}])(?! (?:on|via|through) )",
      why: WHY.hosting,
      example: 'we sell these in 6 colours, $24 at shopluma.co',
    },
    {
      pattern:
        "(?:we|i)(?:'re|'ve| are| have)? (?:just |officially |now )?(?:partnered|partnering) with|(?:excited|thrilled|proud|happy|pleased|delighted) to (?:partner|team up|join forces) with|our (?:new )?partnership with",
      why: WHY.partner,
      example: "We've partnered with Stripe to bring instant payouts to every seller",
    },
    {
      pattern: "(?:we|i)(?:'ve| have)? (?:just |now |also |finally )?added (?:support for|[\\p{L}\\p{N}._-]+ support|(?:an? )?(?:new )?integrations? with)",
      why: WHY.weAdded,
      example: 'We added OpenRouter support today',
    },
    {
      pattern: "(?:i'm|im|i am|we're|we are) (?:now |currently |quietly )?building an? (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:app|tool|editor|extension|plugin|platform|game|engine|library|framework|sdk|api|bot|agent|saas|startup|product|marketplace|dashboard)s?",
      why: WHY.weBuild,
      example: "I'm building a first-class shader graph editor for Three.js",
    },
  ],
  available: [
    { pattern: `(?:is|are|it's|its|they're) (?:now |still |also |only )?(?:on|at) ${MARKETPLACES}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onMarketplace, example: "It's on Amazon for $9.99" },
    { pattern: `(?:is|are|it's|its|they're|we're|i'm) (?:now |also |finally |out |live |streaming )*(?:on|in) ${STREAMING}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onStreaming, example: 'My new album is on Spotify now' },
    { pattern: 'tickets? (?:at|via)|tickets?(?= ?:)', why: WHY.ticketsAt, example: 'Our tour dates are out! Tickets at thewildbirds.com' },
    { pattern: `(?:tickets?|entry|admission) (?:are |is |cost |costs |at |from )?(?:only |just )?${PRICE}|${PRICE} (?:advance |presale |early ?bird )?(?:tickets?|entry|admission)(?![\\p{L}])`, why: WHY.ticketPrice, example: "we're playing the Fleece on Saturday, tickets £10 on the door" },
    versionEntry('Lumen v2.1 is here, try it free'),
    {
      pattern: '(?:is|are) (?:now |finally |officially )(?:live|out|available|open|in beta|on sale)|(?:is|are) (?:live|available|on sale|in beta)',
      why: WHY.nowAvailable,
      example: 'The testnet v2 is now live',
    },
    { pattern: '(?:our|my) (?!fav(?:ou?rite|e)s?(?![\\p{L}]))(?:[\\p{L}\\p{N}\'’-]+ ){1,4}?(?:is|are) back(?![\\p{L}])|back in stock|back by popular demand', why: WHY.backAgain, example: 'Our Advent calendar is back, limited edition' },
    { pattern: '(?:is|are) (?:finally|now) here(?![\\p{L}])', why: WHY.arrived, example: 'Dark mode is finally here in our app' },
    {
      pattern: '(?:now|finally) (?:live|available|open|out|in beta|on sale|shipping)|(?:out|available|live) now|available (?:today|for pre-?order)',
      why: WHY.nowAvailable,
      example: 'Riverflow 2.0 now available in Flora',
    },
    { pattern: 'now (?:supports|works with|integrates with|lets you|runs on|comes with|ships with)', why: WHY.nowSupports, example: 'Acme Cloud now supports Postgres 17, upgrade your cluster from the console' },
    { pattern: '(?:launches|has launched|is launching|releases|has released|unveils|rolls out|debuts)', why: WHY.launches, example: 'Acme launches Tally 2 today, try it free at tally.example.app' },
    { pattern: 'coming soon|launching (?:today|tomorrow|soon|next week|this week)|(?:stable )?release incoming', why: WHY.soon, example: 'Stable release incoming, get ready' },
    { pattern: 'dropping (?:soon|next week)|drops soon', why: WHY.soon, example: 'A free mint on ETH, dropping soon on OpenSea' },
  ],
  opening: [
    { pattern: 'pre-?orders?|pre-?sale', why: WHY.preorder, example: 'Pre-orders open Friday' },
    { pattern: 'wait ?list|early access|(?:open|public|private) beta|priority access', why: WHY.waitlist, example: 'Join the waitlist for early access' },
    { pattern: 'tickets? (?:are |is )?(?:now )?(?:on sale|available|live|selling)|mint is live', why: WHY.tickets, example: 'Tickets are on sale now' },
    { pattern: '(?:registration|enrol+ment|sign-?ups?|doors) (?:is |are )?(?:now )?open', why: WHY.registration, example: 'Registration is now open for the spring cohort' },
    // What is open named between, when it is the author's own ("Spots for my January cohort are open").
    { pattern: "(?:registration|enrol+ment|sign-?ups?|applications|spots|places|seats|slots) for (?:my|our) (?:[\\p{L}\\p{N}'’-]+ ){1,4}?(?:is|are) (?:now |officially |finally )?open|(?:my|our) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:course|cohort|class|workshop|program|programme|bootcamp|mentorship|masterclass|retreat)s? (?:is|are) (?:now )?open for (?:enrol+ment|registration|sign-?ups|applications|bookings)", why: WHY.registration, example: 'Spots for my January coaching cohort are open' },
  ],
  acquire: [
    // xlang19: a phone or WhatsApp number to call for the service: how an ad is taken up (backs its copy).
    { pattern: "(?:call|ring|text|whatsapp|phone)(?: (?:us|me|now|today))?(?: on| at)?:? ?\\+?\\(?\\d[\\d().\\s/-]{6,}\\d", why: WHY.contact, example: "Free quotes, call 0113 555 1234" },
    { pattern: 'give (?:it|them) a (?:spin|go|whirl)', why: WHY.takeIt, example: 'Give it a spin and tell us what you think' },
    { pattern: "(?<!(?:i|we|they|he|she) )(?:still )?(?:haven't|havent|have not|didn't|didnt|did not) (?:yet )?(?:grabbed|got|gotten|picked up|ordered|bought|snagged) [^.!?\\n]{0,60}\\?", why: WHY.notYetBought, example: "Still haven't grabbed your copy?" },
    { pattern: "(?:listen|tune in|(?:have|give (?:it|us|me)) a listen)(?: to it| to the (?:full )?episode)?(?: now| today)?,? (?:wherever|anywhere) you (?:get|listen to|find) (?:your )?podcasts|(?:listen|watch|read)(?: it| the (?:full )?(?:episode|video|post))? (?:now )?on (?:my|our) (?:channel|podcast|blog|substack|site|website)|(?:listen|watch)(?: it| the (?:full )?(?:episode|video))? (?:now )?on (?:spotify|apple podcasts|youtube)", why: WHY.listenAt, example: "Listen wherever you get podcasts" },
    {
      // Not after a subject ("photograph every receipt the day you get it", "once we buy one"): that tells, it asks nothing.
      pattern:
        '(?<!(?:you|we|i|they|he|she|u|people|customers)\\s)(?:try|get|grab|download|install|order|buy|shop|claim|play) (?:it|them|one|yours|your copy|it now|it free|it for free|it here|now|today|here|the app|the (?:new |updated |latest )?[\\p{L}\\p{N}-]+ (?:now|today|here|free|for free|below)|our|my|for free|free)',
      why: WHY.takeIt,
      example: 'Try it for free',
    },
    { pattern: 'try (?:the )?(?:new |updated |latest )[\\p{L}\\p{N}-]+|try out|give it a try|take it for a spin', why: WHY.takeIt, example: 'Try the updated Sweep tool' },
    { pattern: 'get (?:your|early) (?:copy|tickets?|seat|spot|access|hands on|invite|box|order)|get started', why: WHY.takeIt, example: 'Get your tickets before Friday' },
    { pattern: '(?:update|upgrade) (?:it )?(?:now |today )?(?:from|in|on|via) (?:the )?(?:app store|play store|google play|microsoft store|console|dashboard)|upgrade your (?:plan|account|cluster|workspace|subscription|project|instance|license|licence)', why: WHY.update, example: 'Acme 2.0 is live: update today from the App Store' },
    { pattern: 'you can (?:now )?(?:buy|order|get|download|pre-?order|grab) (?:it|one|yours|a copy|your copy|them)', why: WHY.takeIt, example: 'My zine is out, you can order a copy from my shop' },
    { pattern: 'place (?:your|an) order|(?:try|test) it out', why: WHY.takeIt, example: 'Our bakery now delivers, place your order at the link' },
    { pattern: 'sign up|join the (?:waitlist|wait list|beta|cohort|list)', why: WHY.signUp, example: 'Sign up at the link' },
    { pattern: '(?:register|enrol+|subscribe|apply) (?:now|today|here|for free|free|below|at the link)', why: WHY.signUp, example: 'Register now, places are limited' },
    { pattern: '(?:book|reserve) (?:now|today|here|yours|your (?:spot|seat|place|table|session|slot))', why: WHY.reserve, example: 'Book your spot today' },
    { pattern: 'pre-?order (?:now|today|here|yours|it|your)', why: WHY.takeIt, example: 'Pre-order yours now' },
    { pattern: '(?:dm|message|msg|email|e-mail|text|contact|inbox|call) (?:me|us)', why: WHY.contact, example: "I'm selling handmade bracelets, 5 dollars each, message me" },
  ],
  moreAt: [
    { pattern: '(?:in(?:-| )stores? (?:and|&|or) online|online (?:and|&|or) in(?:-| )stores?|in (?:our|the) (?:shop|store|boutique) (?:and|&|or) online)', why: WHY.inStoreOnline, example: 'Limited edition, available in store and online' },
    { pattern: `${PRICE} (?:(?:on|at|from|via) ${MARKETPLACES}|(?:on|at|from|in|via) (?:my |our )?(?:(?:etsy |online )?(?:shop|store)|stall|booth))`, why: WHY.soldAt, example: 'The Juniper cardigan is out now, €7 on Ravelry' },
    { pattern: `(?:(?:on|at|from|via) ${MARKETPLACES}|(?:on|at|in) (?:my |our )?(?:(?:etsy |online )?(?:shop|store)|stall|booth)),? for ${PRICE}`, why: WHY.soldAt, example: 'in my shop for $25' },
    { pattern: '(?:learn|read|find out|see) more|more (?:info|details|here)|details (?:here|below|in)', why: WHY.learnMore, example: 'Learn more about the update here' },
    { pattern: '(?:link|links|demo|tutorial|details) (?:is |are )?(?:below|here|↓|👇|in (?:the )?(?:bio|comments|thread|replies))|full (?:tutorial|demo|details|guide|breakdown) ?(?:below|here|↓|👇)', why: WHY.linkThere, example: 'Full tutorial & demo below' },
    { pattern: '(?:check|see) (?:it|them) (?:out|here)', why: WHY.learnMore, example: 'Check it out here' },
    { pattern: "here's how (?:it works|to (?:get|try|use) it|to get started)", why: WHY.learnMore, example: "Today we launched Local Uploads. Here's how it works" },
  ],
  trial: [
    {
      pattern: "(?:first|1st|intro|introductory|trial) (?:lesson|class|session|consultation|call)s?(?:'s| is| are)? (?:free|on me|on us)|free (?:first|intro|introductory|trial) (?:lesson|class|session|consultation|call)s?",
      why: WHY.freeTrial,
      example: 'I coach swimmers online, first session free, DM me',
    },
  ],
  releaseCall: [
    { pattern: 'get ready|stay tuned|set (?:a |your )?reminders?|mark your calendars?|save the date', why: WHY.getReady, example: 'Stable release next month, get ready!' },
    {
      pattern: "(?:let us|tell us) know what you think|tell us what you think|(?:we'd|we would) love (?:your|to hear your) (?:feedback|thoughts)|(?:your )?feedback (?:is )?(?:welcome|appreciated)",
      why: WHY.feedback,
      example: 'Update and let us know what you think!',
    },
    {
      pattern:
        '(?:our|my) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:(?:drops?|releases?|launch(?:es)?|comes? out|goes live|premieres?|lands?|is out|will be out) in (?:\\d+|one|two|three|four|five|six|seven|a few) (?:days?|hours?|weeks?)|(?:drops?|releases?|launch(?:es)?|comes? out|goes live|premieres?|is out|will be out) (?:tomorrow|tonight))',
      why: WHY.countdown,
      example: "Our game Demo releases in 2 days!!!",
    },
  ],
  updateCall: [
    { pattern: 'update (?:your app |the app |it )?(?:now|today)(?![\\p{L}])', why: WHY.updateNow, example: 'Dark mode is finally here, update your app today' },
  ],
  issueHeading: [
    { pattern: 'new (?:episode|video|post|blog post|article|essay|issue|podcast episode)(?=\\s*[:–—-])', why: WHY.newIssue, example: 'New episode: Dr. Lee explains why sleep matters more than diet' },
    // The same heading told as out ("New podcast episode is out 🎙️ … Listen on Spotify"), beside the way to take it.
    {
      pattern: "new (?:(?:podcast|pod|youtube|yt|blog) )?(?:episode|video|post|blog post|article|essay|issue)(?: of (?:the|my|our) (?:podcast|pod|show|channel|series|newsletter))? (?:is |just )?(?:out|live|up|dropped|went live)(?![\\p{L}])",
      why: WHY.newIssue,
      example: 'New podcast episode is out 🎙️ We talk with Marta about farming. Listen on Spotify',
    },
  ],
  featureHeading: [
    { pattern: '(?:new (?:features?|integration)(?: alert| drop)?|feature (?:alert|drop))(?=\\s*(?:[:–—!-]|\\p{Extended_Pictographic}))', why: WHY.newFeature, example: 'New feature alert 🚨 You can now schedule posts for 12 accounts' },
  ],
  pitchTurn: [
    {
      pattern:
        "(?:that's|that is|this is|which is|and that's|so that's) (?:exactly |precisely |just |literally )?why (?:we|i)(?:'ve| have)? (?:built|made|created|started|launched|developed|designed|founded|wrote|put together)",
      why: WHY.pitchTurn,
      example: "That's exactly why we built LedgerLite, automatic bookkeeping for freelancers",
    },
  ],
};
