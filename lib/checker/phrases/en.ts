// English. Grounded in Facebook's five engagement-bait types (react, vote, share, tag and comment baiting), LinkedIn's
// note that it demotes posts asking for likes to boost reach, Zarrella's retweet studies (calls to action work for
// reach, so the checker shows balance rather than forbidding), SpamAssassin's bounded-gap phrase rules (`.{0,30}`,
// never `.*`) and the politeness strategies of Danescu-Niculescu-Mizil et al. for gratitude and real questions.
import { FAVOURITE } from './favourite';
import type { Lexicon } from './book';
import { enValue } from './value/en';
import { offerLists, SHOPFRONTS } from './offer/entry';
import { enOffer } from './offer/en';
import { copyLists } from './copy/entry';
import { enCopy } from './copy/en';
import { hypeLists } from './hype/entry';
import { enHype } from './hype/en';
import { valueLists } from './value/entry';

/** What "like if you ..." baits people to declare. */
const AGREEING = '(?:agree|support|love|remember|like|think|believe|are|feel|have ever|ever|also|too|want)';
const ASK_VERB = '(?:like|follow|share|rt|retweet|repost|boost|subscribe|sub|comment|save)';
/** An amount of money as lures write it: "$4,200", "500 €", "R$ 300". */
const AMOUNT = '(?:[$€£] ?\\d[\\d,.]*k?|\\d[\\d,.]*k? ?(?:dollars|bucks|euros?|pounds))';
const PRODUCT =
  '(?:' + SHOPFRONTS + '|shop|store|etsy shop|book|e-?book|course|class|masterclass|program|programme|bundle|pack|template|guide|' +
  'channel|podcast|episode|newsletter|substack|blog|app|product|website|portfolio|merch|collection|album|ep|single|' +
  'song|mixtape|video|zine|print|prints|patreon|ko-?fi|workshop|webinar|services|agency|coaching|membership|' +
  'discord|stream|twitch|youtube|tiktok|instagram|insta|store page|listing)';

export const en: Lexicon = {
  phrases: {
    ...valueLists(enValue),
    ...offerLists(enOffer),
    ...hypeLists(enHype),
    ...copyLists(enCopy),
    callToAction: [
      // A network seller's recruiting lure: how to join the author's team, told in private ("comment READY and I'll show you how
      // to join my team", "DM me to join my team"). A hiring post names the job instead.
      "(?:(?:i'll|i will|let me) (?:show|tell) you how (?:to |you can |i )?|(?:dm|message|inbox) me to )(?:join(?:ed)?|got into|started with) my (?:team|business)(?![\\p{L}])",
      // A share asked for on the reader's liking, after the author's own episode or piece ('share if you liked it', 'pass it
      // on if you found it useful'): the author's reach asked for, as 'please share' is.
      "(?:share|repost|retweet|rt|boost|pass (?:it|this) on)(?: it| this)? if (?:you|u) (?:liked|enjoyed|like|enjoy|found (?:it|this) (?:useful|helpful))(?: it| this| the (?:episode|video|post|piece|article|thread))?(?![\\p{L}])",
      // A tip jar asked for the author's own work as a drink bought for them ("you can buy me a coffee here ☕ buymeacoffee.com/…",
      // "buy me a coffee 👉 ko-fi.com/…"): money for the author, as "support me on Ko-fi". A friend's "you can buy me a coffee
      // next time" names a later meeting, and "someone buy me a coffee" points nowhere.
      '(?:buy|get|shout) (?:me|us) an? (?:coffee|cuppa|ko-?fi|tea|beer|pint)(?![\\p{L}])(?! (?:next|when|tomorrow|after|later|sometime|some time|one day)(?![\\p{L}]))(?=[^\\n]{0,80}?(?:https?://|www\\.|ko-?fi\\.com|buymeacoffee|bmc\\.link|paypal|pix|bizum|👉|→|⬇️|👇))',
      '(?:you can|you could|feel free to|why not|consider|please|pls|if you (?:want|like|fancy)(?: to)?,?) (?:buy|get|shout) (?:me|us) an? (?:coffee|cuppa|ko-?fi)(?![\\p{L}])(?! (?:next|when|tomorrow|after|later|sometime|some time|one day)(?![\\p{L}]))',
      // Where the author's things are listed, their own stall on a marketplace ("it's all on my Vinted", "everything's on my
      // depop"): a pointer to buy, as "link in bio" is. "My Vinted parcel" is a buyer's (SHOPFRONTS).
      // The author's own shop too ("Everything I used is linked in my Amazon storefront"). Keyed on "my", the verb looked
      // behind for: "it's", "is", "all" stand everywhere in a long post.
      `(?<=(?<![\\p{L}])(?:it['’]s|its|it\\s+is|they['’]re|theyre|they\\s+are|everything['’]s|everything\\s+is|everythings|is|are|the\\s+rest(?:['’]s|\\s+is|\\s+are)?|all(?:\\s+(?:listed|up))?)\\s+(?:(?:all|now|up|listed|linked|available|already|for\\s+sale)\\s+)*(?:on|in)\\s+)my (?:(?:[\\p{L}\\p{N}-]+ )?(?:shop|store|storefront|ebay|linktree)(?![\\p{L}])|${SHOPFRONTS})`,
      // A free call or audit of the author's service offered to book ("Book a free pricing audit", "book your free 15-min call");
      // "now we book a 20-minute call with every client" tells a practice.
      "(?<!(?:we|i|they|you|to|we'll|i'll|we'd|i'd|then|always|now|usually|often) )(?:book|grab|schedule|claim) (?:a|your|in a|yourself a) (?:free|complimentary|no-obligation|no-strings|\\d+[- ]?min(?:ute)?|quick free) (?:[\\w-]+ ){0,2}?(?:audit|call|consultation|consult|session|demo|review|assessment|strategy call|discovery call|chat)(?: with (?:me|us))?(?![\\p{L}])",
      // The author's own thing pinned where readers will find it ("I wrote a whole thread on this, it's pinned on my profile").
      "(?:it's|it is|its|they're|they are|it's all|i've|i have) (?:been )?(?:pinned|linked|saved|up) (?:on|in|to|at the top of) my (?:profile|page|bio|account|channel|feed)(?![\\p{L}])",
      // A sale closed in the comments ("comment below to claim", "comment SOLD to buy"), as on market posts.
      "comment (?:below |here |['\"“]?(?:sold|mine|claim)['\"”]? )?to (?:claim|order|buy|reserve|grab|get one|purchase)(?![\\p{L}])",
      // One's own piece on the thread's subject pointed to with its link ('I wrote about exactly this last week… link'):
      // the author's article, as 'my latest piece' is; 'I wrote to the council about this' names no piece.
      "(?:i|we) (?:just |also |actually |already )?(?:wrote|blogged|posted|did a (?:post|piece|thread|video)) (?:about|on) (?:exactly |precisely |just )?(?:this|that|it|this topic|this exact thing)(?![\\p{L}])(?=[^\\n]{0,200}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|org|net|io|co|de|fr|es|pt|br|uk|blog|news|substack|medium)(?:\\.[\\p{L}]{2,3})?/))",
      // An ad's nudge right before the link ("What are you waiting for? 👉 shop.com", "Now's the time: tasklyn.com"): go there.
      "(?:what are (?:you|u|y'all|ya) waiting for|now(?:'s| is) the (?:time|moment))(?=[?!.:…\\s\\p{Extended_Pictographic}\\uFE0F→-]*(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|io|app|co|ai|xyz|net|org|shop|store|es|de|fr|br|pt|uk|at|ch|be|mx|ar)(?![\\p{L}])))",
      // A crowd of users to join, the social proof of a sale ("Join 5,000+ teams already using Flowdesk"): an ask to sign up. A
      // march or a meeting to join ("Join 2,000 neighbours at the march") names no users.
      'join (?:over |more than |the )?\\d[\\d,.]*k?\\+? (?:other )?(?:teams|users|people|creators|companies|businesses|founders|developers|devs|marketers|customers|readers|subscribers|students|writers|designers|brands|sellers|shops|professionals|freelancers|agencies|traders|investors) (?:who (?:already )?(?:use|love|trust|read|get|rely on)|(?:already |now )?(?:using|reading|getting|learning|building|growing|saving|trading|investing)|(?:who|that) (?:have )?(?:already )?(?:joined|signed up|subscribed))(?![\\p{L}])',
      // The share wished for in the conditional ("Would be great if you came and spread the word", "It'd mean a lot if you
      // shared this"): the same ask as "please share".
      "(?:would|it'd|it would|that'd|that would) (?:be (?:so |really )?(?:great|amazing|awesome|lovely|nice|cool|brilliant)|mean (?:a lot|the world|so much)) if (?:you|y'all|you all|you guys) (?:[\\p{L}']+ (?:and )?){0,4}?(?:shared?|spread the word|(?:re)?posted|retweeted|boosted|passed (?:it|this) on)(?![\\p{L}])",
      // A booking by a channel of the author's ("Book via WhatsApp on 07700…", "book your slot by DM"); "you can book via
      // WhatsApp" tells how a place works.
      '(?<!(?:can|could|to|you|they|i|we|also|just|will|lets you|let you) )(?:book|reserve|sign up|register|enrol(?:l)?) (?:your |a )?(?:spot|slot|appointment|session|table|place|seat)? ?(?:via|on|by|through|over) (?:whats ?app|text|sms|dm|insta(?:gram)?)(?![\\p{L}])',
      // The same booking with the channel first ("DM to sign up", "text us to book").
      '(?<!(?:can|could|you|they|i|we|just) )(?:dm|pm|text|whats ?app) (?:me |us )?to (?:book|sign up|register|reserve|enrol(?:l)?|grab a (?:spot|place|seat))(?![\\p{L}])',
      // The ask written as one word, no spaces ("checkoutmychannelformoremusic", "subscribetomychannel"): the same ask as "check out my channel".
      '(?:go)?(?:check(?:out)?|visit|watch)my(?:channel|chanel|page|music|videos?|vids|stuff|profile)[\\p{L}]*|(?:subscribe|sub)tomy(?:channel|chanel)?[\\p{L}]*|followme(?:on)?(?:insta|ig|instagram|tiktok|twitter)[\\p{L}]*',
      // A handle labelled with its site, standing for the ask ("IG: @lil.tayo.music", "insta - @mari.bakes", "TikTok 👉 @dj.kross"): where to follow the author, as "follow me on insta @…".
      '(?<!(?:his|her|their|its|the|\'s)\\s)(?:ig|insta|instagram|tiktok|tik tok|twitter|snap|snapchat|twitch|soundcloud|fb|facebook|threads|bsky|bluesky|kick)(?=\\s?(?:[:=|>–—-]+|👉|➡️?)\\s?@[\\p{L}\\p{N}_])',
      // An e-mail asked as the price of the author's freebie ("Free ebook, just enter your email", "enter your email to get the
      // free guide"): the lead magnet's gate, not a gift. "Enter your email on the reset page" in a how-to names no freebie.
      '(?<=(?<![\\p{L}])(?:(?:free|freebie) (?:[\\p{L}-]+ ){0,2}?(?:e-?books?|guides?|checklists?|templates?|workbooks?|pdfs?|courses?|mini-?courses?|masterclass|webinars?|training|cheat ?sheets?|toolkits?|printables?|worksheets?|planners?|chapters?|lessons?|blueprint|playbook|swipe files?|freebies?)|(?:e-?books?|guides?|checklists?|templates?|workbooks?|pdfs?|courses?|mini-?courses?|masterclass|webinars?|training|cheat ?sheets?|toolkits?|printables?|worksheets?|planners?|chapters?|lessons?|blueprint|playbook|swipe files?|freebies?) (?:[\\p{L}-]+ ){0,3}?(?:free|freebie))(?![\\p{L}])[^\\n]{0,80})(?:just |simply )?(?:enter|drop|leave|type|pop|put) (?:in )?(?:your|ur) (?:e-?mail|email address|e-mail address)(?![\\p{L}])',
      '(?:enter|drop|leave|type|pop|put) (?:in )?(?:your|ur) e-?mail(?: address)? (?:to|and) (?:get|grab|receive|download|claim|unlock)(?=[^.!?\\n]{0,40}?(?<![\\p{L}])(?:e-?books?|guides?|checklists?|templates?|workbooks?|pdfs?|courses?|mini-?courses?|masterclass|webinars?|training|cheat ?sheets?|toolkits?|printables?|worksheets?|planners?|chapters?|lessons?|blueprint|playbook|swipe files?|freebies?)(?![\\p{L}]))',
      // Signing up where the author points ("Info and sign-up in the first comment 👇"), as "link in the first comment"; "details in the comments" alone points to more of a notice.
      '(?:(?:(?:more )?info(?:rmation)?|details) (?:and|&) )?(?:sign[- ]?ups?|registration|tickets|booking) (?:in|on) (?:the )?(?:first )?comments?(?![\\p{L}])',
      // A tip jar for the author's own work, named in the sentence ("a coffee on ko-fi helps me keep drawing"): money
      // asked for, as "anything helps" after a fundraiser.
      '(?<=(?<![\\p{L}])(?:ko-?fi|patreon|buy ?me ?a ?coffee|tip ?jar|donations?)[^.!?\\n]{0,60})helps? (?:me|us) (?:to )?(?:keep|continue|stay)',
      // The author's support offered as a place to give it ("whoever wants to can support me on ko-fi", "you can tip us
      // via PayPal 👉"): money or reach for the one who says where. "You can support me on this" asks agreement.
      "(?:can|could) (?:support|tip) (?:me|us|my work|our work)(?= ?(?:[:👉→]|(?:on|via|through|over|at|here)(?![\\p{L}])(?! (?:this|that|it|these|those)(?![\\p{L}]))))",
      // A five-star rating asked for the author's own show, book or app ("leave us 5 stars ⭐"): it ranks the author's
      // work. "The hotel deserved five stars" rates someone else's.
      '(?:leave|give|drop)(?: (?:us|me|it|the (?:show|podcast|pod|episode|book|app)))? (?:a )?(?:5|five)[- ]?stars?',
      // A review or rating asked for the author's own show, book or app: to the author ("leave us a review"), or beside
      // the follow or subscription asked in the same sentence ("subscribe and leave a review"). "Leave a review for your
      // host" alone advises.
      '(?:leave|drop|give) (?:us|me) (?:a |an |your )?(?:quick |short |honest )?(?:review|rating)(?![\\p{L}])',
      '(?<=(?<![\\p{L}])(?:subscribe|follow|listen|like)[^.!?\\n]{0,40})(?:leave|drop) (?:a |an |your )?(?:quick |short |honest )?(?:review|rating)(?![\\p{L}])',
      'rate,? (?:and|&) review',
      // Money asked for the author's own fundraiser, in the sentence that names it ("We set up a GoFundMe to rebuild,
      // anything helps"). A fundraiser for others says where the money goes (fundsFor) and reads as relief; "any tips?
      // anything helps" names no fundraiser.
      '(?<=(?<![\\p{L}])(?:gofundme|go fund me|fundraiser|donations?|donate|chip in|paypal|venmo|cash ?app|ko-?fi)[^.!?\\n]{0,80})(?:anything|any amount|every (?:little )?bit|whatever you can(?: give| spare)?|every (?:dollar|pound|euro|penny|cent)) (?:helps|counts|matters)(?![\\p{L}])',
      // The author's own comment or post counted as the price of something ("If this comment gets 1k likes I'll post
      // the solo"): likes asked for the author's reach, as "help me get to 100 likes".
      'if this (?:comment |post |reply )?(?:gets|hits|reaches) \\d[\\d,.]*k?',
      // The count asked outright for the author's own comment ("can this comment get 1000 likes so my mom sees", "let's get my comment to 1k"): the same likes for reach, with no pledge. A song's views wished ("can this song get a billion views") ask for the artist.
      '(?:can|could|will|would) (?:this|my) (?:comment|reply) (?:get|hit|reach|make it to|go to|have) (?:to )?\\d[\\d,.]*k?(?: likes| thumbs ?ups?)?(?![\\p{L}\\p{N}])',
      "(?:let'?s|lets|help me|pls help me|please help me) (?:get|make|push) (?:this|my) (?:comment|reply) (?:to )?\\d[\\d,.]*k?",
      // A reader's plan or need asked about, then an offer to talk ("Thinking of selling in 2027? Let's talk."): the
      // author's trade offered as the answer. Talk about a topic, over coffee or later stays an invitation.
      "(?<=\\?\\s*)(?:let's|lets|let us) (?:talk|chat|connect)(?! about| over| soon| later| tomorrow| tonight| more)",
      // A favour for the author's own fundraiser or post, the favour named before what it would mean ("if anyone can
      // chip in", "even just a share would mean everything"): the same ask as "it would mean so much if you shared".
      '(?:if (?:anyone|anybody|you|u) (?:can|could) |please |pls |plz |can you |could you |can anyone |could anyone )(?:chip|pitch) in',
      "(?:sharing|share (?:it|this)|a share|a donation|donating)(?: (?:or|and) (?:sharing|donating|a share|a donation))? (?:would|will|'d) mean (?:so much|a lot|the world|everything|alot)",
      // A game's wishlist asked for: "wishlist it", "add it to your wishlist", "wishlisting would mean everything". The
      // reader's wishlist filled for the author's release (Steam ranks games by it); "my wishlist is 200 games long",
      // "I wishlisted Hades ages ago" tell, and ask nothing.
      '(?:please |pls |plz )?wishlist (?:it|this|us|my|our|now|today)(?![\\p{L}])',
      '(?:add|put|throw) (?:it|this|us|(?:my|our) [\\p{L}\\p{N}]+) (?:to|on) (?:your|ur) (?:steam )?wish ?lists?',
      'wishlist(?:ing|s) (?:(?:would|will|really|honestly|truly|genuinely|just|all|so|a lot|really do) ){0,3}(?:help|helps|mean|means|matter|matters)(?![\\p{L}])',
      // One wishlist counted as help ("every single wishlist helps", "each wishlist counts") and the favour put as an if
      // ("would mean the world if you wishlisted it"): the same ask; "my wishlist helps me track sales" names no one's.
      '(?:every|each|one) (?:single )?wishlist (?:(?:really|truly|genuinely|honestly) )?(?:helps|matters|counts)(?![\\p{L}])',
      "if (?:you|u|y'all|anyone|people) (?:could |would |can )?wishlist(?:ed)? (?:it|this|us|my|our|the game)(?![\\p{L}])",
      // Following or subscribing with what it brings and no object ("follow so you don't miss part 2", "sub to not miss the
      // next one"): the author's feed is what is followed, as "sígueme para no perdértela" says.
      "(?:follow|subscribe|sub) (?:so (?:you|u) (?:don'?t|do not|never|won'?t) miss|(?:to|and) (?:not|never|don'?t) miss)",
      // A count short of a round number ("3 subs away from 100"): asking readers to close the gap.
      '\\d+ (?:more )?(?:subs|subscribers|followers) (?:away from \\d+|to go|left (?:to|until|till) \\d+)',
      // A private message named as the way to buy the author's time or goods ("DM to book", "PM for prices"): the same
      // ask as "DM me to book". Only with a sale after it: "DM for help" or "inbox for questions" offers help.
      '(?:dm|dms|pm|inbox|whatsapp|(?:dm|message|email|text|call|contact) (?:me|us)) (?:to|for) (?:book|order|reserve|buy|bookings?|orders?|reservations?|prices?|pricing|rates|quotes?|a quote|appointments?)(?![\\p{L}])',
      // Where to book or order, said as a noun ("Bookings via DM", "orders by WhatsApp"): the same ask as "DM me to book".
      // Someone else's way of taking them, told as a fact or a warning ('the surgery takes bookings only by phone', 'sellers who
      // take orders via DM'), asks nothing; 'we take orders by DM' still sells.
      '(?<!(?:takes|accepts|taking|accepting|(?:who|that|which|they) (?:only )?(?:take|accept))\\s(?:[\\p{L}-]+\\s)?)(?:pre-?orders?|bookings?|orders?|reservations?|sign-?ups?|registrations?|enquiries|inquiries) (?:(?:only|just|strictly) )?(?:via|by|through|over) (?:dm|dms|pm|whatsapp|direct message|private message|text|phone)(?![\\p{L}])',
      // Come and try the author's own food or product ("come try our new pumpkin soup").
      // "Our spring menu is here, come try it!": "come" brings the reader to the author's place, so "it" is theirs too.
      'come (?:in |by |down |over )?(?:and )?(?:try|taste) (?:our|my|it|them)(?![\\p{L}])',
      // The author's own take presented ("heres my remix of this song", "i do covers too"): a plug without the link.
      // "my" only: a newsroom's "here is our latest video update on the typhoon" points at its coverage.
      `here(?:'s| is|s) my (?:(?:own |new |latest |first )?(?:cover|remix|version|parody|freestyle|mashup|beat|mixtape|channel)s?|(?:own|new|latest|first) (?:song|video|track|rap)s?)(?![\\p{L}])(?! ${FAVOURITE})`,
      "(?:i|we) (?:also |even )?(?:do|make|post|upload|record) (?:[\\p{L}]+ )?(?:covers|remixes|parodies|beats|videos|vlogs|freestyles|mashups) (?:too|also|as well|every|each|if (?:anyone|anybody|you)|on my)(?![\\p{L}])",
      // Audience asked for by count, or a count pledged against ("i need 100 subscribers", "can I get 100 subs",
      // "1000 subs and ill do a face reveal"), and subscribing traded ("i sub back", "first 50 people to sub get a shoutout").
      // Only subscribers and followers are needed: views and likes are what fans wish the video ("we need 2 billion views").
      '(?:i|we) (?:really )?need (?:to (?:get|reach|hit) )?(?:just )?\\d[\\d,.]*k? (?:more )?(?:subscribers|followers)',
      'can (?:i|we) (?:get|reach|hit) (?:to )?\\d[\\d,.]*k? (?:subscribers|followers)',
      '\\d[\\d,.]*k? (?:subscribers|followers|likes)(?: on this(?: comment)?)? (?:and|&) (?:i\'ll|ill|i will|we\'ll|we will|i\'m|im)',
      '(?:i|we)(?:\'ll| will| ll)? (?:always )?(?:sub|subscribe) back',
      '(?:first|next) \\d[\\d,.]*k? (?:people|persons|subscribers|followers) (?:to|who|that) (?:sub|subscribe|follow)',
      'gets? a (?:sub|follow|shout ?out|shout-out) (?:from me|back)',
      // A name to look for on a site, where a link is not allowed: "search beatsbyjoe on youtube", "look up joebeats on
      // insta". An imperative (no subject before it) and one word: a name, not "the live version" or "sad songs" (the
      // search a joke tells).
      '(?<!(?:i|we|they|he|she|you|u|to|can|could|would|will|should|did|and i) )(?:search|look up|type in|type|google) (?:for )?(?!(?:the|a|an|this|that|these|those|his|her|their|its|it|them|lyrics)(?![\\p{L}]))[\\p{L}\\p{N}_-]+ (?:on|in|at) (?:youtube|yt|google|instagram|insta|ig|tiktok|spotify|soundcloud|facebook|fb|twitter|twitch)(?![\\p{L}])',
      // Where the author's own thing is, said instead of a link: "it's on my channel", "they're up on my page".
      "(?:it's|it is|its|they're|they are|is|are|(?:it's |it is |is |are )?(?:up|posted|uploaded)) on my (?:channel|page|profile|youtube|yt|insta|ig|instagram|tiktok|soundcloud|spotify|bandcamp)",
      // What the author did, placed on their own channel in the same sentence ("I reviewed this phone way better on my channel", "we covered this build on my channel"): the same pointer as "it's on my channel". Someone else's channel ("my cousin's channel") stays out.
      "(?<=(?<![\\p{L}])(?:i|i've|ive|i'm|im|we|we've)\\s(?:[^.!?\\n]{0,50}\\s)?)on my (?:own )?(?:youtube |yt |tiktok |twitch )?channel(?![\\p{L}])",
      '(?:buy|shop|order|grab|snag|get) (?:it |yours |one |them |mine )?(?:now|today|here|while you can)',
      // Taking one before the stock runs out is the ask itself ("grab one before it's gone", "get yours before they
      // sell out"): the hurry words after it are urgency's, the ask is this.
      '(?:grab|snag) (?:it |yours |one |them |mine )?before',
      'get (?:yours|one|them|mine) before',
      'shop (?:now|today|the (?:sale|collection|drop|look)|my|our)',
      'order (?:now|yours|today|online|here)',
      'pre-?orders? (?:now|today|yours|it|here)',
      'pre-?orders? (?:for [^.!?\\n]{1,40} )?(?:are |is )?(?:now )?(?:open|live)',
      // The author's own pre-orders opened to the reader ("you can now pre-order the 2027 calendar"), as 'pre-orders are
      // open' says.
      "(?:you can|u can|you're able to) (?:now|already) pre-?order(?![\\p{L}])",
      // Orders of the author's own goods announced open ("Christmas cake orders are now open until 18 December", "now taking
      // custom orders"), as pre-orders are. A question ("are orders open yet?") asks; "taking orders from donors" obeys.
      "orders (?:for [^.!?\\n]{1,40} )?(?:(?:are|is|now|officially|finally) )+open(?![\\p{L}])(?!\\s*\\?)|(?:we're|i'm|we are|i am|now|currently) (?:now |currently |also )?taking (?:christmas |holiday |custom |cake |commission )?orders(?![\\p{L}])(?! from)(?!\\s*\\?)",
      '(?:sign up|register|enrol+|apply|join) (?:now|today|here|for (?:my|our|free)|before it)',
      // "Subscribe to my friend Maya's newsletter" passes someone else's on: a possessive after "my" gives it away.
      "(?:subscribe|sub) (?:now|today|to (?:my|our)(?!(?: [\\p{L}-]+){1,2}['’]s(?![\\p{L}]))|to the channel|for more|here)",
      'hit (?:the )?(?:subscribe|bell|follow|like)(?: button)?',
      "(?:don't forget|make sure|be sure) to (?:like|subscribe|follow|share|hit)",
      'follow (?:me|us)(?: for more(?: tips| ideas| content| like this)?| here| on \\w+| back)?',
      '(?:subscribe|sub) to me',
      '(?:go )?check (?:out )?my (?:channel|page|profile|account|feed|shop|store|insta|ig|tiktok|youtube|stuff|art|work|music|videos?)',
      "(?:would|i'd) love (?:it )?if you(?: guys| all)? (?:\\w+ )?(?:checked|check|took a look|subscribed|followed|watched|listened|shared|supported)",
      // The keyword funnel with any verb of answering ("Comment 'GUIDE'", "Reply 'IN'", "Type YES below and I'll send it").
      // Or "Drop a comment and I'll DM it": the comment itself is the keyword.
      "(?:comment|reply|type|write|drop|leave|post)(?: with)? (?:(?:a |your )?(?:comment|reply)|[\"“'‘]?[\\p{L}\\p{N}]+[\"”'’]?)(?: below| here)? (?:and|&) (?:i|we)(?:'ll| will) (?:dm|send|message|email|inbox|reach out|contact|text|get back to)",
      'follow for (?:more|daily|a new|new|part)',
      'give (?:me|us) a follow',
      // A contact asked for on a platform ("add me on facebook", "hit me up on snapchat").
      '(?:add|hit) (?:me|us)(?: up)? on (?:facebook|fb|skype|snapchat|snap|instagram|insta|ig|twitter|kik|discord|steam|xbox|psn|tiktok|whatsapp|wechat|telegram|line)(?![\\p{L}])',
      // Asking for a hearing of the author's own work: "give me a listen", "give my channel a look".
      'give (?:me|us) a (?:listen|look|watch|view|sub|visit|try)',
      // The author's own take given a hearing by pronoun ("would love it if you gave mine a listen"); "I gave mine a try" tells.
      '(?:give|gave) (?:mine|ours) a (?:listen|watch|view|spin|sub|follow)',
      `give (?:my|our) (?:[\\p{L}\\p{N}'’-]+ ){0,2}?${PRODUCT} a (?:listen|look|watch|view|chance|shot|try|go|spin|follow|sub|visit)`,
      // Where the link is, when the author keeps it on their own page: "link in my about page".
      'links? (?:is |are )?(?:in|on) (?:my|our) (?:about(?: page| section| tab)?|channel(?: page)?|page|profile|description)',
      // Each act counted as help to the author, or pledged against ("every sub helps", "for every like I get I'll…").
      '(?:every|each) (?:single )?(?:sub|subscriber|subscription|like|share|follow|view|pledge|backer)s? (?:really |truly )?(?:helps?|counts|matters)',
      '(?:for )?(?:every|each) (?:sub|subscriber|like|share|follow|view|comment)s? (?:i|we) (?:get|receive|reach|hit)',
      // Follow trains: a follow offered back for one ("say hi and we follow you", "follow for quick follow back").
      "(?:say hi|comment|reply|drop an? \\w+) (?:and|&) (?:i|we)(?:'ll| will)? (?:follow|sub(?:scribe)?(?: to)?) (?:you|u|back)",
      'follow (?:each others?|for (?:a )?(?:quick |instant )?follow ?back)',
      '(?:we|i) (?:always )?follow back',
      `${ASK_VERB}(?:,? (?:and|&|\\+) ${ASK_VERB})+`,
      '(?:rt|retweet|repost|boost) (?:this|pls|please)',
      `(?:rt|retweet|repost|share|boost) if (?:you|u) ${AGREEING}`,
      '(?:share|repost) (?:this|it) (?:with|if|so)',
      // A repost asked as a favour to the reader's own network ("♻️ Repost to help someone in your network"): the
      // author's reach, dressed as help. "Share this to help the family find their dog" helps someone named.
      "(?:repost|reshare|share|rt|retweet|boost)(?: (?:this|it))? (?:to|and) help (?:(?:someone|others|anyone|people|a friend) in )?(?:your|ur) (?:network|connections|followers|feed)",
      '(?:boosts?|rts|retweets?|reposts?|shares) (?:are |would be |really )?(?:appreciated|welcome|welcomed|mean)',
      // The click for a vote asked as a favour ("a quick click would help me so much" under a public vote).
      "(?:a|one|your) (?:quick |single |little )?click (?:would|will|'d) (?:help (?:me|us)|mean (?:a lot|the world|so much))",
      // The same favour asked with the verb first ("would really appreciate a watch and a boost", "I'd appreciate any
      // shares"), as "se agradecería un RT"; "really appreciate your shares yesterday" thanks, and "I'd appreciate a
      // watch for my birthday" names no spread.
      "(?:would|i'd|i would|we'd|we would) (?:really |greatly |truly |so |much )*appreciate (?:(?:a |any |some )?(?:watch|listen|read|look)s? (?:and|&|or|\\+) )?(?:a |any |some |all the )?(?:boosts?|shares?|rts?|retweets?|reposts?|reshares?|signal ?boosts?|upvotes?|subs|follows?)(?![\\p{L}])",
      // The same favour with the verb first ("would really appreciate a RT on this", "I'd appreciate any shares"); "appreciate
      // any advice" asks for help.
      "appreciate (?:a|an|any|some|the|every|all the) (?:rt|rts|retweets?|reposts?|boosts?|shares?|signal boosts?)(?![\\p{L}])",
      // The favour asked of whoever can give it, with the thanks after ("if anyone can share this, I'd be so grateful",
      // "if you could RT, thank you"); "if you can share the error log" asks for help with a thing named.
      "if (?:anyone|any of you|you|u|you guys|y'all|people) (?:can|could) (?:share|rt|retweet|repost|boost|signal boost)(?: (?:this|it|my post|the post))?(?=\\s*(?:[,.!🙏]|$)|\\s+(?:i'd|i would|it'd|it would|that'd|that would|thanks|thank you|ty|pls|please|much appreciated)(?![\\p{L}]))",
      '(?:grateful|thankful) for (?:any )?(?:boosts|rts|retweets|reposts|shares|support)',
      // The same favour as a polite conditional ("I'd be really grateful if you could like and repost"); "if you could
      // recommend a plumber" asks for help and stays out.
      "(?:i'd|i would|we'd|we would) be (?:so |really |very |super |eternally |incredibly )?(?:grateful|thankful) if (?:you|u|anyone|people) (?:could |would |can )?(?:like|share|repost|reshare|rt|retweet|boost|follow|subscribe)(?![\\p{L}])",
      'would mean (?:so much|a lot|the world|everything)(?: to (?:me|us))? if you (?:\\w+ )?(?:voted|checked|followed|shared|subscribed|watched|listened|bought|supported|donated|signed|joined|tried)',
      'dm (?:me|us)(?: for)?',
      // A membership sold at its price ("Join for $3/month", "Become a patron from $5"): a sale of the author's.
      '(?:join|subscribe|sign up|become a (?:member|patron|supporter|subscriber)) (?:for|at|from) (?:just |only )?(?:[$€£] ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:€|\\$|£|euros?|dollars|reais)|r\\$ ?\\d[\\d.,]*)',
      // A message asked for by a longer name ("Interested? Send me a private message"), as "DM me" is.
      '(?:send|drop|shoot) (?:me|us) an? (?:dm|pm|private message|direct message|message)',
      '(?:message|text|telegram|whatsapp|inbox|email|e-mail) (?:me|us)(?: on| at| via)?',
      'hit (?:me|us) up',
      'smash (?:that|the) like(?: button)?',
      '(?:message|email|text|call|contact|inbox) (?:me|us) (?:for|to (?:book|order|get|buy|schedule|arrange|set up|see)|today|now)',
      '(?:would you be|are you|r u) open to (?:hearing|learning|chatting) (?:about|more)',
      '(?:amazing|incredible|exciting|life-changing|ground floor) (?:business )?opportunity',
      "link(?:'s| is)? (?:(?:pinned|saved|up) )?(?:in|on|to|at the top of) (?:my |the |our )?(?:bio|profile|comments?|description|first comment)",
      'links? (?:is |are )?below',
      '(?:at|in|via) the link (?:in (?:my |the |our )?(?:bio|profile|description|comments?|first comment)|below)',
      'linked in (?:my |our )?(?:bio|profile)',
      'use (?:my |our |the )?(?:code|promo code|discount code|coupon|coupon code|link)',
      'vote for (?:me|us|my|our)',
      // The vote said as the author's need ("We need your vote, vote once a day"), as "vote for us" is.
      "(?:we|i)(?:'d| would)? (?:really |truly )?(?:need|love|appreciate) (?:your|every|each|all your) votes?(?![\\p{L}])",
      // A contest won with the readers' help ("help me win the talent contest", "help us win this award"): votes for the author.
      'help (?:me|us|my \\p{L}+|our \\p{L}+) win (?:this|the|a|my|our) (?:[\\p{L}-]+ ){0,2}?(?:contest|competition|award|prize|battle|vote|poll|challenge)',
      // A crowdfunding goal reached with the readers' help ("Help us reach our Kickstarter goal"): money for the author.
      "help (?:me|us) (?:reach|hit|get to|make) (?:our|my|the) (?:[\\p{L}-]+ )?(?:kickstarter|indiegogo|crowdfunding|campaign|funding) (?:goal|target)(?![\\p{L}])",
      '(?:grab|get|claim|secure|reserve|book) (?:yours|your (?:copy|spot|seat|ticket|tickets|place)|a (?:spot|seat|copy)) (?:now|today|here|before|while)',
      'grab yours',
      '(?:you can )?(?:grab|get|buy|find|download) (?:it|yours|a copy) here',
      '(?:grab|get|download|claim) (?:the|my|our) (?:free )?(?:template|guide|checklist|pdf|e-?book|course|file|pack|bundle|presets?|workbook|toolkit) (?:here|now|today|below)',
      'go (?:read|watch|listen to|check) (?:it|this|them)(?: out)?',
      'click (?:the link|here|below|the button)',
      'tap (?:the link|here)',
      '(?:check|chek|chk) (?:out )?(?:my|our) (?:new |latest )?' + PRODUCT,
      '(?:go )?watch (?:it|my new video|the full video|the video) (?:now|here|today)',
      'download (?:it |the app |my |our )?(?:now|today|free|here)',
      'book (?:a|your) (?:call|demo|session|consultation|slot|discovery call|appointment|table|class)',
      'reserve (?:yours|your spot|your seat|here|now|today)',
      // "Come say hi if you're there" invites those already going to meet (invitation); alone it summons customers.
      "come (?:say hi(?!,? if you(?:'re| are| will be|'ll be) (?:there|around|going|attending|coming|at|in|nearby))|visit us|see us|find us|celebrate|shop)",
      'apply now',
      // A seller who said "we" counting each order as help to them ("we're a tiny family bakery… every order makes a
      // difference"): the sale asked as a favour. "Shop local, every purchase counts" from a neighbour says no "we".
      "(?<=(?<![\\p{L}])(?:we|we're|were|us)(?![\\p{L}])[^\\n]{0,120})every (?:single )?(?:order|purchase|sale|booking) (?:really |truly )?(?:counts|helps|matters|makes a (?:huge |big |real )?difference)(?! (?:for|to) (?!us|me)[\\p{L}])",
      // The same favour asked for the author's own crowdfunding ("Our Kickstarter has 5 days left… every dollar helps").
      "(?<=(?<![\\p{L}])(?:our|my)(?![\\p{L}])[^\\n]{0,40}(?:kickstarter|crowdfunding|crowdfunder|indiegogo|campaign)[^\\n]{0,160})every (?:single )?(?:dollar|pound|euro|pledge|contribution|backer|little bit|bit) (?:really |truly )?(?:counts|helps|matters|makes a (?:huge |big |real )?difference)(?! (?:for|to) (?!us|me)[\\p{L}])",
      // The same with the author in the phrase itself ('every order helps us loads'); 'helps us plan the bake' is a notice.
      "every (?:single )?(?:order|purchase|sale|booking) (?:really |truly )?helps us(?: (?:so much|a lot|loads|massively|hugely|more than you know|out))?(?!\\s*[\\p{L}\\p{N}])",
      // The author's own survey to fill in ("please fill in my 5 min survey", "take our quick questionnaire"): answers for
      // the author's thesis or business. "The city's survey closes Friday" points to someone else's.
      "(?:fill (?:in|out)|take|complete|answer|do) (?:my|our)(?: (?:short|quick|\\d+[- ]?min(?:ute)?s?|anonymous|brief|little|tiny))* (?:survey|questionnaire)(?![\\p{L}])",
      '(?:sub|follow) ?(?:4|for) ?(?:sub|follow)',
      '(?:read|watch|listen to) (?:it|the (?:full )?(?:post|article|review|story|episode|video|thread)) (?:here|now|below)',
      'act now',
      "(?:i|we)(?:'ll| will) send you (?:the )?(?:details|link|guide|info|pdf)",
      '(?:put|packed|poured|compiled|turned) everything (?:i|we) (?:learned|know) into (?:a|my|our|one) (?:\\w+ )?(?:guide|course|e-?book|book|program|class|newsletter|workshop|template)',
      // The author's experience turned into a thing to take ("Last month I turned it into a 5-day email course", with
      // where or how to get it after), as "I put everything I learned into a course" is. A family's recipe book is no offer.
      '(?:i|we) (?:just |finally |recently )?(?:turned|packaged|distilled|condensed) (?:it|this|that|them|all (?:of )?(?:it|this|that)|those (?:lessons|notes|years)) into (?:a|an|my|our|one) (?:[\\w-]+ ){0,2}(?:course|guide|e-?book|book|program|class|newsletter|workshop|template|toolkit|masterclass|bootcamp|cohort)(?![\\p{L}])(?=[\\s\\S]{0,200}?(?:https?:|www\\.|[\\p{L}\\p{N}-]\\.(?:com|io|co|org|net|app)|link|sign[- ]?ups?|enrol|join|grab|get it|free|[$€£]\\d))',
      '(?:#)?open ?to ?work',
      // "I'm no longer looking for a new role: I start at Acme on Monday!" found one.
      '(?<!(?:no longer|not|no more) )(?:still )?looking for (?:my next|a new) (?:role|job|position|opportunity|gig|challenge(?= (?:as|in (?:tech|health|marketing|sales|design|data|product|finance|engineering|software|ux|hr|operations)(?![\\p{L}]))))(?![\\p{L}])',
      "(?:i'm|i am) (?:looking for|seeking) (?:roles|a role|work|new opportunities|my next)",
      // The same search as an offer to talk, with the hiring the condition ("Happy to chat if your team is hiring for
      // senior product roles"): a job seeker's pitch, not an invitation to meet.
      "(?:happy|glad|keen|open|(?:i'd|i would) love) to (?:chat|connect|talk)(?: with anyone)? if (?:your (?:team|company|org)|you|anyone|any of you|someone)(?:'s|'re| is| are)? (?:currently |still )?hiring(?![\\p{L}])",
      // The same with the field between ("I'm looking for demand planning / S&OP roles", "I'm actively seeking junior
      // UX positions"); "I'm looking for tips on data roles" asks for advice.
      "(?:i'm|i am) (?:currently |actively |now )?(?:looking for|seeking) (?!(?:tips|advice|help|people|candidates|someone|anyone|feedback|recommendations|resources|info|ideas|insights?|examples|stories)(?![\\p{L}]))(?:[\\p{L}\\p{N}/&+.-]+ ){1,4}?(?:roles|positions|jobs|openings)(?![\\p{L}])",
      'hire me',
      'available for (?:hire|work|freelance|commissions|projects|bookings)',
      // How much more work the author takes on, said without the subject ("Taking 2 more commissions this month").
      "(?<=(?:^|[.!?:;\\n\\p{Extended_Pictographic}\\uFE0F])\\s*)taking (?:on )?(?:\\d+|a few|two|three|a couple(?: of)?) (?:more )?(?:commissions|clients|bookings|orders|projects|couples)(?![\\p{L}])",
      '(?:have|got) (?:a few |some |\\d+ )?(?:\\d{4} )?(?:dates|slots|spots|openings|commission slots) (?:open|left|available)',
      "(?:my )?portfolio(?:'s| is) (?:at|here|up at)",
      '(?:support|help) (?:my|our|a) (?:small business|small shop|work|shop|art)',
      // "If you can share the error log" or "…your experience" asks for a thing named, not for the post's reach.
      "if you can,? (?:please )?(?:share|donate|boost)(?![\\p{L}])(?! (?:the|a|an|your|ur|some|more|any|what|how|which|why|when|where|details|screenshots?|photos?|pics?|logs?|code)(?![\\p{L}]))",
      'donate (?:here|now|today)',
      'free trial',
      // "try it free", "try the agent below": an invitation to use the author's thing, pointed at (advice says why, not where).
      'try (?:it|them|(?:the |our |my )?[\\p{L}\\p{N}-]+) (?:(?:for )?free|below|here)',
      // Not the plan the author tells readers they can do without ("skip our paid plan and use X's free tier").
      "(?<!(?:skip|skipping|don't need|do not need|no need for|instead of|without|avoid|cancel|cancelled|canceled) (?:the |our |my |a |any )?)(?:premium|pro|paid) (?:tier|plan|version)",
      // A private message asked for with no one named, on the reader's interest or need ("DM if interested", "DM if you
      // need one"): how a sale or a spot is taken up. "DM if you have questions" offers help and is left out.
      "(?:dm|pm|message|inbox) (?:me |us )?if (?:interested|(?:you're|you are|u r|ur) interested|(?:you|u) (?:need|want) (?:one|it|them|some|a spot|in))",
      // The reader's interest, then the private channel with no verb ("Interested? DM or WhatsApp 07700…", "If interested, DM"):
      // how a listing ends. "Interested in the answer too" names what interests and asks nothing.
      "(?:if )?interested ?[?!,:.…]* ?(?:dm|pm|inbox|whatsapp)(?![\\p{L}])",
      // A free start offered ("Start free today", "start for free"): the way into the author's product, as "try it free".
      "start (?:(?:now|today|it) )?(?:for )?free(?![\\p{L}-])(?! (?:and|but|then|or|so|with|on|at|using|via) )",
    ],
    service: [
      // The author's own bookable things still free, counted ("we still have 3 rooms free", "I've got a few dates left",
      // "I still have a few Saturdays free in 2027"): a hotel's, a restaurant's or a photographer's ad. Saturdays only
      // with the booking year, since "I still have some Saturdays free" may be a friend's; rooms offered "if anyone needs
      // a place", "no charge", are help.
      "(?:i|we)(?:'ve| have)? (?:still )?(?:have|got) (?:still )?(?:(?:\\d+|two|three|a few|some|a couple of|a couple|only|just) )*(?:rooms|tables|dates|slots|appointments|(?:saturdays|sundays|fridays|weekends)(?= (?:still )?(?:free|open|available|left) (?:in|for) 20\\d\\d)) (?:still )?(?:free|open|available|left)(?![\\p{L}])(?![^.!?\\n]{0,60}(?:if anyone|for anyone|for those|anyone who|for people|no charge|free of charge|for free))",
      // The reader's business need as the condition for reaching the author ("If your company needs help, let's talk"): a
      // trade's pitch. "If you need help, ask" with no business named offers help.
      "if (?:your|ur) (?:company|business|brand|team|startup|shop|store|agency|practice|website|site|app|product) (?:needs?|could use|is looking for|wants?) [^.!?\\n]{1,80}?[,:.!]? (?:let's (?:talk|chat|connect)|get in touch|reach out|hit me up|(?:dm|message|email|call) (?:me|us)|you know where to find (?:me|us)|(?:my|our) (?:dms|inbox|door) (?:are|is) (?:always )?open)",
      // A service line: "I help <whom> get <result>", "we help companies with exactly this" (a firm's reply under
      // someone's post), and the offer named as the answer: "this is exactly what we do at Brightline".
      "i help (?!(?:my|our|out)(?![\\p{L}]))(?:[\\w-]+ ){1,4}(?:to )?(?:get|grow|build|make|find|land|scale|save|earn|sell|double|launch|fix|solve|cut|reduce|automate|with (?:exactly |just )?(?:this|that|these))(?![\\p{L}])",
      // "We help" is also how a food bank says what it does, or a team how it works: people in need, or its own people
      // ("we help new hires get set up"), are no clients.
      "we help (?!(?:my|our|each other|out|new hires|hires|employees|staff|interns|colleagues|team ?mates|families|kids|children|people|those|others|refugees|neighbou?rs|seniors|students|victims|survivors|the (?:homeless|elderly|community))(?![\\p{L}]))(?:[\\w-]+ ){1,4}(?:to )?(?:get|grow|build|make|find|land|scale|save|earn|sell|double|launch|fix|solve|cut|reduce|automate|with (?:exactly |just )?(?:this|that|these))(?![\\p{L}])",
      // Only with whom it is done for, or the firm it is done at: "that's exactly what I do with my kids" tells a habit.
      "(?:this|that)(?:'s| is) (?:exactly |precisely )?what (?:we|i) (?:do|help (?:(?:clients|customers|companies|brands|teams|businesses|founders|people) )?with|specialize in|solve|fix|work on)(?: for (?:clients|customers|companies|brands|teams|businesses|founders|a living)| at (?!(?:home|work|school|church|night|weekends?|the|my|our|lunch|dinner|class|therapy|practice|camp)(?![\\p{L}]))[\\p{L}\\p{N}]+)",
      '(?:we|i) speciali[sz]e in (?:helping|exactly)',
      // Commissions open again, said with no subject ("Accepting commissions again!", "Commissions are open"): an
      // artist's ad, as "available for commissions" is. "The council is accepting commissions" orders art: news.
      "(?<!(?:not|no longer|stopped|stop|is|was|were) )(?:accepting|taking|opening|open for) commissions|commissions (?:are )?(?:now |officially )?(?:open|reopened)(?![\\p{L}])",
      // The author's own practice open to trade again ("we're now accepting new clients"): a line of the ad. A third
      // party's ("Dr. Lee's practice is accepting new patients") passes news on.
      "(?:we're|we are|i'm|i am) (?:now |currently |once again |again |also )*(?:accepting|taking on|taking) (?:(?:\\d+|a few|a couple of|two|three|four|five|some) )?new (?:[\\p{L}-]+ )?(?:clients|patients|students|customers|commissions)(?![\\p{L}])",
      // Room for new clients in the author's own trade ("I have capacity for 2 new clients", "we've got 3 spots open for
      // new students"): the same ad. "The shelter has space for 20 more families" is someone else's news.
      "(?:i|we) (?:now |currently |again |also )*(?:have|'ve got|have got|'ve) (?:(?:the )?capacity|room|space|(?:\\d+|two|three|a few|a couple of) (?:spots?|slots?|places?|openings?)) (?:open |left )?for (?:\\d+ |two |three |a few |a couple of )?(?:new |more )?(?:clients|customers|students|patients|projects)(?![\\p{L}])",
      // Clients sought for the author's own trade ("I'm looking for new clients for web design"): the same ad.
      "(?:i'm|i am|we're|we are|currently|now) (?:now |currently |actively )*(?:looking for|seeking|searching for) (?:a few |some |\\d+ )?(?:new )?(?:clients|customers|students|patients)(?![\\p{L}])",
      // Work for hire offered on its terms, speed and price ("I build them fast & affordable", "we fix them at fair prices"): a
      // trade's pitch. "Cheap" alone is left out: "I make them fast and cheap with leftover rice" is a recipe's tip.
      '(?:i|we) (?:build|design|make|create|code|develop|edit|write|draw|fix|repair|set up)(?: [\\p{L}\\p{N}-]+){0,3}? (?:(?:fast|quick(?:ly)?) ?(?:and|&|,) ?affordabl[ey]|for cheap|at (?:fair|low|affordable|reasonable|friendly) (?:prices|rates))',
      // How many new clients the author's trade takes on ("We take on just 3 new brands per quarter"): an agency's
      // scarcity line, the same ad, said with its "just" or "only". Volunteers, fosters and cases are no clients.
      "(?:we|i) (?:only take on (?:just )?|take on (?:just|only) )(?:\\d+|one|two|three|four|five|a few|a handful of) (?:new )?(?:clients|brands|customers|projects|accounts|companies|businesses|founders)(?![\\p{L}])",
    ],
    discount: [
      '(?:promo|coupon|discount|voucher) ?codes?',
      // A price kept for those who come to the author's event ("special price for attendees"): the free session's sale.
      '(?:special|exclusive|discounted|reduced) (?:price|pricing|rate|offer|discount) (?:just |only )?for (?:all |our )?(?:attendees|participants|those who (?:attend|come|join))',
      '\\d{1,2}(?:[.,]\\d+)? ?% (?:off|discount)',
      'save \\d{1,2} ?%',
      '[$€£]\\d+ off',
      'half (?:price|off)',
      'bogo',
      'buy one,? get one',
      'free shipping',
      'money-back guarantee',
      'flash sale',
      '(?:black friday|cyber monday) (?:sale|deal|deals)',
      'early ?bird (?:price|pricing|discount|tickets|rate)',
      // "Goes on sale Friday" dates a release (news of a launch), it offers no discount.
      "on sale(?! (?:on |from |this |next |starting )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|january|february|march|april|may|june|july|august|september|october|november|december|\\d))",
      'sale (?:ends|starts|is (?:on|live)|now on)',
    ],
    codeWord: ['code', 'coupon'],
    urgency: [
      // A rush foretold ("they'll go fast", "these won't last") and a small batch counted ("only 20 made this time").
      "(?:they'll|they will|these will|it'll|it will|those will) (?:go|sell(?: out)?) (?:fast|quickly|quick|in no time)|(?:they|these|those) (?:won't|will not) last(?: long)?(?=\\s*(?:[.!,]|$|\\p{Extended_Pictographic}))",
      '(?:only|just) \\d+ (?:made|printed|baked|available|in stock)(?: this time)?',
      // A reward for coming first ("the first 50 get a free coffee"): a shop's opening rush.
      '(?:the )?first \\d+ (?:people |customers |visitors |guests |orders |buyers |shoppers |sign-?ups |signups |subscribers |members |students |readers |backers |registrations )?(?:get|gets|receive|will get|will receive|win|score)(?![\\p{L}])',
      '(?:only|just) \\d+ (?:\\w+ )?(?:left|remaining)',
      '(?:only|just) \\d+ (?:spots|seats|places|slots|jars|copies|tickets|pieces|units|items|boxes|bags|prints)(?: left| remaining| this time)?',
      // The same count of places left without "only" ("12 spots left"); seats left in a car offer a ride.
      '\\d+ (?:spots|seats|places|slots) (?:left|remaining)(?! (?:in|on) (?:my|our|the) (?:car|van|ride|carpool|truck))',
      'last (?:chance|call|day|few|spots?)',
      'final (?:hours|day|call|chance)',
      '(?:ends|closes|ending|closing|expires|goes away) (?:tonight|today|tomorrow|soon|at midnight|this (?:week|weekend)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
      'limited (?:time|edition|stock|spots|seats|offer|run|quantities|availability)',
      'while (?:supplies|stocks?) last',
      // Scarcity of places said the other way round: "spots are limited", "a few places left", "before they fill up".
      '(?:spots|seats|places|slots|spaces) (?:are )?(?:very |extremely |strictly )?limited',
      '(?:a few|some|few) (?:spots|seats|places|slots|spaces) (?:left|remaining)',
      'before (?:they|spots|seats|places|slots) (?:run out|sell out|fill up)',
      'first \\d+ to (?:join|sign up|register|claim|order|book)',
      "before (?:they're|it's|its|we're|they are|it is) (?:gone|sold out|too late)",
      '(?:get|buy) in (?:now|early|before)',
      '\\d+x (?:incoming|soon|potential|gains?)',
      'to the moon',
      '(?:selling|going) fast',
      '(?:almost|nearly) (?:sold out|gone|full)',
      "run,? don't walk",
      "don't miss (?:out|it|this)",
      // "Hurry!", "hurry before they're gone" press; "I was in a hurry" tells how a morning went.
      'hurry(?<!(?:a|no|any|the|in) hurry)',
      '(?:today|tonight|this week|this weekend|\\d+ (?:hours|days)) only',
      '(?:only )?\\d+ (?:days|hours) left',
      // "Back in stock" and "restocked" say a thing is there again, not that readers must hurry: product copy names
      // them (phrases/copy), so "Restocked!" gets one card, not a second that claims a rush.
      'first come,? first served',
      'set your alarms?',
    ],
    giveaway: [
      'give ?away',
      'giving away',
      'chance to win',
      // "a shot at a free print": the prize offered as a chance, as draws word it.
      '(?:a|your) (?:shot|chance) at (?:winning|a free|the free|free)',
      // A side reported winning its title ("beat Dortmund 2-0 to win their 15th Champions League title", "to win the
      // election") is news of a result; a reader is promised a prize with "a", "our" or a thing ("to win a free tote").
      "to (?:enter|participate)|to win(?! (?:their|his|her|its)(?![\\p{L}])| the (?:[\\p{L}\\p{N}'’]+ ){0,3}?(?:title|cup|trophy|championship|league|pennant|election|race|primary|nomination|seat|majority|series|match|game|medal|tournament|open|grand slam|super bowl|stage|derby|crown|belt)s?(?![\\p{L}-]))",
      'winners? (?:will be |is |gets? )?(?:picked|announced|chosen|drawn|selected)',
      // A draw's result or its promise: "and the winner is…", "one lucky winner will walk away with $5".
      'and the winners? (?:is|are)|(?:one|a|\\d+) lucky winners? will',
      'raffl(?:e|es|ing)',
      'sweepstakes',
      // The prize promised to the reader as a chance after an entry ("tag 3 friends and u might win a free dinner");
      // joined by "and" and hedged, so a tip's "you can win most fights by blocking" stays quiet.
      '(?:and|&) (?:you|u|ya) (?:could|might|may) win (?:a|an|one|free|the|\\d|\\$)',
    ],
    // "our agency's space program": a possessive names what the agency has, not the agency as a product.
    plug: [
      // "My podcast cohost recommended…": a person of the author's show is named, not the show.
      `(?:my|our) (?:[\\p{L}\\p{N}'’&()-]+ ){0,3}?${PRODUCT}(?!'s\\b)(?! (?:co-?hosts?|guests?|producers?|editors?|teammates?|crew|partners?|mods?|moderators?|interns?|sponsors?)(?![\\p{L}]))`,
      // A software product of the author's, named as new or as AI ("our AI tool", "my new Chrome extension"); "our internal
      // tool" and "our platform team" are the author's workplace, not an offer.
      "(?:my|our) (?:(?:new|brand new|free|ai|ai-powered|gpt|chrome|browser|no-code) ){1,2}(?:tool|extension|plugin|platform|software|saas|bot|chatbot|agent|assistant|api)(?![\\p{L}-])(?! (?:team|teams|engineers?|group|squad)(?![\\p{L}]))",
    ],
    // The author names the post a plug; apologising for it does not make it less of one.
    selfPlug: [
      // The author's own writing dropped as a link under someone else's post ('wrote something similar here: jmarsh.dev/…').
      "(?:(?<![\\p{L}\\p{N}'’] )|i |i've |i have |we |we've )(?:wrote|made|recorded|did|posted) (?:something|a post|a piece|an article|a thread|a blog post|a video|a write-?up) (?:similar|like this|about (?:this|it|that)|on (?:this|it|that))(?: (?:a while|last \\p{L}+|ago|back|before|too|here|over))*\\s?[:👉→-]?(?=[^\\n]{0,12}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.[a-z]{2,}(?:/|\\s|$)))",
      // More of the same at the author's place ('more like this on my page', 'more tips like this on my profile'): a plug of the account.
      "more (?:[\\p{L}-]+ )?(?:like (?:this|these|that)|of (?:this|these)) (?:on|at|in) (?:my|our) (?:page|profile|channel|account|feed|blog|insta|ig|tiktok|youtube)(?![\\p{L}])",
      // Pointing at where the author said it ('I wrote about exactly this in my newsletter', 'I cover this in depth in my weekly
      // newsletter'): the thread gets the pointer, not the thing. A reply that gives the tip as well stays quiet (givesClearly).
      "(?:i|we)(?:'ve| have)? (?:wrote|write|written|talk(?:ed)?|cover(?:ed)?|went (?:deep )?into|go (?:deep )?into|broke down|break down|explain(?:ed)?) (?:about |on )?(?:exactly |precisely )?(?:this|it|that|the same thing)(?: [\\p{L}'’]+){0,4}? (?:in|on) (?:my|our) (?:[\\p{L}-]+ ){0,2}?(?:newsletter|blog|podcast|channel|substack|book|course|video|youtube)(?![\\p{L}])(?!\\s*:\\s*(?!https?:|www\\.)[\\p{L}])",
      // The writer's own output offered on the reader's interest ("btw I do Fortnite montages if anyone's interested"):
      // a channel plug without the word "channel".
      "(?:i|we) (?:also )?(?:do|make|post|upload|stream|draw|edit|record|sell) (?:[\\p{L}\\p{N}'-]+,? ){1,4}?(?:too |as well )?if (?:anyone|anybody|any of you|you|u)(?:'s| is| are|'re| r)? interested",
      'shameless(?:ly)? (?:self[- ]?)?plug(?:ging)?',
      '(?:sorry for the|excuse the|pardon the|forgive the|forgive my|a bit of|a little|quick|small|obligatory) self[- ]?(?:promo|promotion|plug)',
      'self[- ]?(?:promo|plug)(?: alert| time| incoming)',
      `plug(?:ging)? (?:my|our) (?:own )?(?:new |latest )?${PRODUCT}`,
      // A comment that introduces its writer as a small or new creator is the opening of a channel plug, whether or
      // not the ask follows ("im a small youtuber trying to grow"; "I'm a new fan" is no creator).
      "(?:i'm|im|i am|we're|we are) (?:just )?an? (?:small|new|little|upcoming|up and coming|up-and-coming|growing) (?:youtuber|youtube channel|youtube creator|content creator|creator|streamer|rapper|artist|singer|producer|band|channel)s?(?![\\p{L}])",
      // "new rapper here", "trying to get my music out there": the writer as a creator looking for an audience.
      "(?:small|new|upcoming|young|aspiring) (?:youtuber|rapper|artist|singer|producer|band|creator|streamer) here(?![\\p{L}])",
      // A writer who gives their age and craft ("im a 13 year old rapper") introduces a creator to be heard.
      "(?:i'm|im|i am) (?:just )?an? \\d+ ?(?:year old|yr old|years old|y/?o) (?:rapper|singer|youtuber|artist|producer|guitarist|drummer|pianist|beatboxer|songwriter|musician|streamer|creator)(?![\\p{L}])",
      "trying to get (?:my (?:music|channel|name|songs?|videos?|stuff|work|band|beats) (?:out there|noticed|heard|known)|(?:myself )?(?:noticed|discovered) (?:as an? )?(?:artist|rapper|singer|youtuber|here))",
      // The author recommends their own thing to the reader by taste ("You'll love our indie game if you like Inside",
      // "If you liked Stardew, you'll love my farming sim"): a pitch, link or not. A place ("our city") is no product.
      "(?:you'll|you will|you're going to|you are going to) (?:like|love|enjoy|dig) (?:our|my) (?!(?:city|town|country|village|island|region|neighbou?rhood)(?![\\p{L}]))(?:[\\p{L}\\p{N}'-]+ ){1,3}?if you (?:like|liked|love|loved|enjoy|enjoyed|played|read|watched)",
      "if you (?:like|liked|love|loved|enjoy|enjoyed|played|read|watched)(?: [^\\s.!?]+){1,6},? (?:then )?(?:you'll|you will|you're going to) (?:like|love|enjoy|dig) (?:our|my) (?!(?:city|town|country|village|island|region|neighbou?rhood)(?![\\p{L}]))[\\p{L}\\p{N}-]+",
    ],
    // Lures: "I earned $4,200 last week working from home", "you have been selected as a winner", "10,000 free views".
    lure: [
      // The subject may stand earlier ("I started with $2,000 and now make $18,500 every two weeks"), the period be
      // counted ("every two weeks").
      `(?:i|we|she|he|and)(?: now)? (?:just |have |'ve )?(?:earned|made|make|earn|earning|making|received|withdrew|cashed out|profited) (?:over |about |around |up to |nearly |almost |more than )?${AMOUNT}(?: [\\p{L}]+){0,4}? (?:a|per|every|each|last|this|in|in just|in only|within) (?:(?:two|three|four|few|couple of|\\d{1,2}) )?(?:day|week|month|hour|weekend|days|weeks|months)`,
      // Profit promised as certain: no honest trade can say it. "Guaranteed income" is a policy's name, so not that.
      '(?<!(?:^|[^\\p{L}])(?:no|not|never|nobody|promise|promises|promised|promising)\\s(?:[\\p{L}-]+\\s){0,2})(?:guaranteed (?:daily |weekly |monthly )?(?:profits?|payouts?)|(?:profits?|payouts?) (?:are |is )?guaranteed)',
      `(?:earned|made|make|earn|earning|making) (?:money|${AMOUNT})(?: [\\p{L}]+){0,3}? from home`,
      "you(?:'ve| have)? (?:been )?(?:selected|chosen|picked) (?:as )?(?:one of )?(?:our |the )?(?:lucky )?(?:winners?|to receive|for a (?:prize|reward|gift))",
      "(?:congratulations|congrats),? you(?:'ve| have)? won",
      // Perhaps with the prize's worth and brand between ("claim your free $50 Amazon gift card").
      'claim your (?:free )?(?:[$€£]\\d[\\d,.]* )?(?:[\\p{L}]+ )?(?:prize|reward|gift|winnings|bonus|gift card)',
      'lucky winners?',
      '(?:get|gain|buy) \\d[\\d,.]*k? (?:free |real |active )?(?:views|subscribers|subs|followers|likes|watch ?hours)',
      'free (?:views|subscribers|subs|followers|likes|watch ?hours)',
      // A freebie of money's worth ("Free Google Play gift card codes: link", "I Generate Free Leads on Auto Pilot"):
      // with a link or a contact it is a lure whatever the site.
      "free (?:[$€£]\\d[\\d,.]* )?(?:[\\p{L}'-]+ ){0,3}?(?:gift ?cards?|gift ?codes|(?:card|gift|game|promo|redeem|psn|xbox|itunes|steam) codes|leads|money|cash|robux|v-?bucks|bitcoins?|btc|crypto|iphones?|ipads?|psn|xbox live|gems|coins|diamonds|traffic|backlinks)(?![\\p{L}])",
      '(?:make|earn|making|earning) (?:real |easy |extra |quick |fast )?(?:money|cash|income) (?:online|fast|quick|quickly|easily|from your phone|on auto ?pilot|while you sleep)',
      '(?:hot|lonely|local) singles',
      // Paid for something idle ("earn money by watching videos", "get paid to take surveys"): the click-farm offer.
      "(?:earn|make|get) (?:real |easy |free |extra )?(?:money|cash|paid|\\$\\d[\\d,.]*) (?:by|for|to|while|just by) (?:watching|playing|taking|answering|filling|clicking|liking|watch|play|take|answer|fill|click|like) (?:videos|games|surveys|ads|links|posts)",
      // A body changed by a date ("Lose 20 pounds in 2 weeks", "lose belly fat fast"): the diet-pill ad's promise, a lure
      // with a link; "I lost 20 pounds in a year by walking" tells (past tense, and no link to collect it at).
      '(?:lose|burn|drop|shed) (?:up to )?\\d+ ?(?:pounds|lbs?|kilos?|kgs?)(?: of (?:belly )?fat)? in (?:just |only )?(?:\\d+|a|one|two|three|four) (?:days?|weeks?|months?)',
      '(?:lose|burn) (?:weight|belly fat|fat) (?:fast|quick|quickly|overnight|without (?:diet|dieting|exercise))',
      '(?:meet|date|chat with) (?:hot |lonely |local |real )?(?:singles|girls|women|men) (?:near|in) (?:you|your (?:area|city))',
      // The scam testimonial under videos: a helper praised by title ("the great spell caster", "the best account
      // manager", "thank you Mrs. Linda for the investment tips"), money grown by a share ("my portfolio is up 300%"), a
      // lover "brought back in 48 hours". With WhatsApp, Telegram or a number (reach), or two of them, it is the lure;
      // "thank you Dr. Mike for the sleep tips" names no money, and a warning against such comments names the scam.
      '(?:great|powerful|best|real|genuine|strong|true|wonderful|honest|legit) spell ?casters?|spell ?casters? (?:called|named|dr|doctor)',
      '(?:brought|bring|bringing|got|returned) (?:him|her|them|my (?:ex|husband|wife|boyfriend|girlfriend|lover|partner|man|woman))(?: (?:husband|wife|lover|boyfriend|girlfriend))? back (?:to me )?(?:in|within|after) (?:just |only |less than )?(?:\\d+|a|one|two|three) (?:hours?|days?|weeks?)',
      "(?:thank(?:s| you)(?: so much)?|thanks to|all thanks to|grateful to|credit to|shout ?out to|kudos to) (?:mr|mrs|ms|miss|madam|madame|dr|sir|prof|expert)\\.? [\\p{L}]+(?: (?!(?:for|from|and|who)(?![\\p{L}]))[\\p{L}]+)?(?=[^.!?\\n]{0,60}(?<![\\p{L}])(?:investments?|investing|trading|trades|forex|crypto|bitcoin|btc|portfolio|profits?|income|returns|earnings))",
      '(?:portfolio|account|investment|capital|balance|savings|profits?|returns?) (?:is |are |has |have )?(?:now )?(?:up|grew|grown|increased|doubled|tripled|risen|gone up)(?: by)? (?:over |more than |almost |nearly )?\\d[\\d,.]* ?%',
      '(?:doubled|tripled|quadrupled) (?:my|our) (?:money|investment|capital|savings|portfolio|account)',
      '(?:earn|get|receive|make|earning|getting) (?:steady )?(?:weekly|daily|monthly) (?:profits?|returns|payouts?)',
      '(?:best|great|amazing|honest|reliable|legit|trusted|genuine) (?:account manager|investment manager|portfolio manager|fund manager|broker|trader|forex trader|crypto trader|hacker|recovery expert)',
      // yt23: the helper named by a money title with no praise before it ("the financial advisor Marta Ruiz", "crypto
      // expert Daniel Rhodes"), and money work done "with expert X" ("Bitcoin mining with expert Daniel Rhodes"). A
      // lure only with WhatsApp, Telegram, a handle or a link (reach); "my financial advisor is retiring" names no one.
      "(?<!(?:^|[^\\p{L}])(?:my|our) )(?:investment|trading|crypto|bitcoin|forex|financial) (?:expert|advisor|adviser|mentor|coach)(?: (?:mr|mrs|ms|miss|madam|dr|sir)\\.?)? (?!(?:is|was|said|says|told|who|and|for|at|in|on|of|to|i|we|you|he|she|they|will|can|has|had)(?![\\p{L}]))[\\p{L}]+",
      '(?:bitcoin|btc|crypto|forex|trading|investing|investments?|mining)(?: [\\p{L}]+){0,2} (?:with|under|via) (?:the )?(?:expert|mentor|mr|mrs|ms|madam|dr)\\.? [\\p{L}]+',
    ],
    reach: [
      'search (?:for )?[\\p{L}\\p{N}_]+(?: [\\p{L}\\p{N}_]+){0,2} (?:on|in) (?:google|youtube|telegram|instagram)',
      'whats ?app',
      'telegram',
      '(?:dm|message|contact|text|write to|reach out to) (?:me|us|her|him|them)',
      // A reply as the way in ("reply and I'll tell you how", "comment INFO and I'll send it"): the scheme comes privately.
      "(?:reply|comment|answer)(?: (?:below|here|[\"“]?[\\p{L}]+[\"”]?))? (?:and|&) i(?:'ll| will) (?:tell|show|send|explain|teach|dm|message)",
    ],
    affiliate: [
      'affiliate links?',
      '#ad',
      '#affiliate',
      '#sponsored',
      'referral (?:link|code)',
      // An invite code of the author's, or a "ref link": a sign-up that pays whoever shares it.
      'my invite codes?',
      'ref (?:link|code)s?',
      '(?:buy|order|sign up|signing up|register|join)(?: (?:it|them|one|this|that))? (?:through|via|using) my (?:link|referral|invite link|code)',
      '(?:buy|order)(?: (?:it|them|one|this|that))? with my (?:affiliate )?link',
      // A referral told by its bonus ('refer a friend with my link and you both get £50', 'sign up with my code'); 'my referral link' reads above: the author is paid too.
      '(?:refer a friend|sign up|signing up|register|join|switch|open an account)(?: (?:it|them|one|this|that))? with my (?:invite )?(?:link|code)',
      "(?:i|we) (?:may )?(?:earn|get|receive) (?:a )?(?:small )?commission",
      'paid partnership',
      'sponsored by',
    ],
    brag: [
      // xlang21: an award title with its year, the author named to it ("we've been named 'Top Estate Agent Leeds 2027'").
      "(?:named|voted|selected|chosen|recognized|recognised|awarded|crowned) (?:as )?(?:the )?[\"“«‘] ?[^\"”»’\\n]{3,60}?(?:19|20)\\d\\d ?[\"”»’]",
      // An award of the year ("Our firm was recognized as Accounting Firm of the Year"), as "named one of"; another
      // subject before it ("Time named Taylor Swift Person of the Year") makes it news (humblebrag aboutSomeoneElse).
      "(?:named|voted|selected|chosen|recognized) (?:as )?(?:the |our |a )?(?:[\\p{L}\\p{N}&'’-]+ ){0,5}?of the year(?![\\p{L}])",
      // The press the author's product was in, as its label ("As featured in Forbes", "as seen on Shark Tank").
      '(?<![\\p{L}] )(?:as (?:seen|featured|heard) (?:on|in))(?![\\p{L}])',
      // A guest spot on someone's show told as the news ("I was a guest on The Growth Loop podcast", "had the honour of
      // joining @x on her show"): the author's reach, as a feature is.
      "(?:i was|i'm|i am|i got to be|we were|i've been|i have been|being|to be|to have been) (?:a |the )?(?:guest|interviewed|featured) (?:on|in|by|at) (?:(?:the|an?|this week'?s|last week'?s|today'?s) )?(?:[\\p{L}\\p{N}@'’&.-]+ ){0,5}?(?:podcast|pod|show|episode|livestream|stream|panel|radio|channel|programme|program|webinar|live)(?![\\p{L}])",
      // The same spot said plainly ("I was on the Growth Loop podcast", "I'm on the @ProductChats podcast this week"): the
      // author's appearance, as "I was a guest on" is. "I was on the show's website" names a site, not a spot.
      "(?:i was|i'm|i am|i'll be|i will be|we were|we're|we are|we'll be) on (?:(?:the|an?|this week'?s|last week'?s|today'?s|tonight'?s) )?(?:[\\p{L}\\p{N}@'’&.-]+ ){0,5}?(?:podcast|pod|show|episode|radio|programme|program|panel)(?![\\p{L}'’])",
      "(?:i|we) (?:joined|appeared on|spoke on|talked on|chatted on) (?:(?:the|an?|this week'?s|last week'?s|today'?s) )?(?:[\\p{L}\\p{N}@'’&.-]+ ){0,5}?(?:podcast|pod|show|episode|panel|livestream)(?![\\p{L}'’])",
      // A new mix, set or tape of the author's announced as out ("DJ Nova here, new house set out this weekend", "fresh mixtape just dropped"); a fan asking whether the new mix is out ("is the new mix out yet?") names someone else's.
      '(?<!(?:the|is|when|their|his|her|your|a)\\s)(?:new|fresh|latest) (?:[\\p{L}-]+ )?(?:mix|mixtape|set|beat ?tape|freestyle|remix|track|ep)s? (?:just |finally |is |are )?(?:out|dropped|up|live|available)(?! of)(?![\\p{L}])',
      // Ours of the song posted, a couple's or a band's cover ("just posted ours of this song", "ours of this one is up now").
      '(?:just |finally )?(?:posted|uploaded|dropped|recorded|put up) ours|ours of (?:this|it)(?: one| song| track)? (?:is |just went )?(?:up|out|live|online|on (?:our|my) channel)(?![\\p{L}])',
      // A live stream announced: the author's show starting, for viewers to come ("Going live on Twitch in 10 min").
      '(?:going|gone|went) live (?:on|in|at|now|tonight|today|soon)|(?:i\'m|i am|im|we\'re|we are) (?:going )?live (?:on|now|in)',
      // The author live with what they are doing, beside the stream's link ("PSA: I'm live playing the new Hollow Knight
      // 🎮 twitch.tv/…"), as Spanish 'estoy en directo' reads; "I'm live-tweeting the council meeting" names no stream.
      "(?:i'm|i am|im|we're|we are) (?:now |currently |back |still )?live(?![-\\p{L}])(?=[^\\n]{0,200}?(?:twitch|kick\\.com|youtu\\.?be|/live))",
      // The author streaming, told beside the stream's link ("Streaming Stardew again tonight from 7pm, come hang out 💚
      // twitch.tv/…"). Someone else's stream ("she's streaming", "they were streaming") and a years-long habit told ("I've
      // been streaming for 3 years") are not the day's show; nor a streaming service.
      "(?<!(?:is|are|was|were|they're|he's|she's|it's|been|@[\\p{L}\\p{N}_]+)\\s+)streaming(?![-\\p{L}])(?! (?:service|platform|site|app|rights|deal|price|subscription|war)s?(?![\\p{L}]))(?=[^\\n]{0,200}?(?:twitch|kick\\.com|/live))",
      // The same said as the post's heading ("🔴 LIVE NOW", "Now live:") beside the stream it points to: nothing else is
      // its subject. "The council meeting is live now" names another, and a newsroom's "LIVE NOW: the vote" no stream.
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:live now|now live)(?![\\p{L}])(?=[\\s\\S]{0,200}?(?:twitch|kick\\.com|youtu\\.?be|/live|stream))',
      // The stream's start with its time as the post's heading ("STREAM STARTS IN 10 🔴", "Stream begins at 8pm"), as
      // French 'Le live commence dans 10 min' and Spanish 'El directo empieza a las 20h' read: the author's show. "The
      // council stream starts in 10" names another's.
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:the |my |our )?(?:live ?)?stream (?:starts|begins|kicks off|is starting|goes live|will start) (?:in \\d+(?:mins?|m|hrs?|h)?|at \\d+(?:[:.]\\d+)?(?: ?[ap]m)?|now|soon|tonight|today)(?![\\p{L}\\p{N}])(?!\\s*\\?)',
      // A stream's day or time and its site opening the post ("Live on Twitch tonight at 8, come hang out!", "Tonight at 8
      // live on Kick"): the author's stream announced. Not YouTube, where a council or a newsroom streams too.
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:live (?:on|at) (?:twitch|kick|tiktok) (?:tonight|today|tomorrow|at \\d+(?::\\d+)?(?: ?[ap]m)?)|(?:tonight|today|tomorrow)(?: at \\d+(?::\\d+)?(?: ?[ap]m)?)? (?:going )?live (?:on|at) (?:twitch|kick|tiktok))(?![\\p{L}])',
      // Pride in oneself: the author's achievement as the news ("so proud of myself this year").
      '(?:so |really |very )?proud of (?:myself|ourselves)',
      "(?:i'm |i am |we're |we are )?(?:so |really |super )?(?:excited|thrilled|proud|happy|pleased|delighted|honou?red|humbled|stoked)(?: and (?:honou?red|humbled|proud|grateful))? to (?:announce|share|say|introduce|launch|reveal|tell you|have been|be (?:named|featured|selected|recognized|included|chosen))",
      "i(?:'m| am) (?:so )?(?:humbled|honou?red|thrilled|stoked)",
      // A new job told as a title at a firm (LinkedIn's "Starting a new position as Data Analyst at Northwind").
      "(?:i'm |i am )?starting a new (?:position|role|job) as",
      // The same announcement in the formal frame ("It is with great pleasure that I announce").
      "(?:it is|it's) with (?:great |immense )?(?:pleasure|pride|joy|excitement) that (?:i|we) (?:announce|share|introduce)",
      '(?:just|finally|officially) (?:launched|released(?! from)|published|dropped|opened|went live)',
      '(?:just|newly) (?:listed|sold)',
      'just (?:posted|uploaded|dropped|released) my (?:own )?(?:version|cover|video|take|remix)',
      '(?:is|are) (?:now |finally |officially )?(?:live|out now|out today|available now)',
      'out (?:now|today)',
      'new (?:video|episode|drop|release|collection|single|album|merch|blog post)(?: just)?(?: is)? (?:out|live|up|went live|dropped|alert)',
      // One's own first or new record, book or course announced as out ("my first single is out on spotify").
      // With its title between ("my debut EP 'Low Tide' is out everywhere now").
      "(?:my|our) (?:very )?(?:(?:first|debut|new|latest|second|third) )?(?:single|album|ep|mixtape|song|track|book|novel|cookbook|course|game|podcast)s?(?: [\"'‘“«][^\"'’”»\\n]{1,40}[\"'’”»])? (?:is|are) (?:now |finally |officially )?(?:out(?! of)|live|available|released|here)",
      'new (?:video|episode|merch|drop|collection|arrivals)(?! (?:shows?|reveals?|captures?)(?![\\p{L}]))',
      'we won',
      '(?:named|voted|selected|chosen|recognized|featured|shortlisted|nominated) (?:as )?(?:one of|among|the best|best|a finalist|in|on|for)',
      // Named to a list ("I've been named to the Forbes 30 Under 30 list"), as "named one of"; "named after my gran" is no list.
      "(?:named|selected|chosen|shortlisted|added) to (?:the |this year's |[\\p{L}]+'s )?(?:[\\p{L}\\p{N}]+ ){0,6}?(?:list|shortlist|ranking)(?![\\p{L}])",
      'finalists? (?:for|in)',
      // The same milestone in money ("we crossed $20k MRR today", "hit €1M ARR"), as the SaaS founder posts it.
      '(?:crossed|hit|reached|passed|surpassed) (?:[$€£]\\d[\\d,.]*[km]?|\\d[\\d,.]*[km]? ?[$€£]) (?:in )?(?:mrr|arr|revenue|monthly revenue|annual revenue|in sales)(?![\\p{L}])',
      '(?:crossed|hit|reached|passed|surpassed) \\d[\\d,.]*k? (?:sales|followers|subscribers|subs|customers|downloads|users|orders|members|readers|listeners|streams|views)',
      '(?:biggest|best|record) (?:quarter|month|year|week|day|launch) (?:ever|yet|to date)',
      'still pinching myself',
      // Pride or joy as the way of announcing ("With great pride I announce…"), and a promotion of one's own told.
      '(?:with (?:great |immense |much |so much )?(?:pride|joy|pleasure),? (?:i|we) (?:announce|share))',
      "(?:i've been|i have been|i was|i got|i just got|i've just been|i have just been) promoted to",
      // A viewer's wonder at their own watching ("Never thought I'd spend 40 minutes watching someone restore an axe")
      // tells of the video, not of the author's success.
      "never (?:thought|imagined|dreamed) (?:i|we|my|this|that)(?!(?:'d| would) (?:spend|watch|be (?:watching|listening|crying|laughing|here|obsessed)|cry|laugh|enjoy|listen|care|binge|rewatch|get emotional)(?![\\p{L}]))",
      'dream come true',
      'such an honou?r',
      'proud of (?:this|my|our) team',
      "(?:today )?(?:we|i)(?:'re|'ve| are| have| just| finally)? (?:launching|launched|releasing|released|(?:shipping|shipped)(?!\\s+(?:[\\p{L}'’]+\\s+){0,3}off\\b)|rolling out|rolled out|dropping)",
      '(?:is|are) (?:now )?available (?:now )?(?:on|in|for|at) (?:steam|ios|android|the app store|google play|netflix|spotify|amazon|kindle|all platforms|pre-?order)',
      'introducing (?:our|my|the new|a new|the all-new)',
      '(?:closed|raised|secured|landed) (?:our |a |an |the )?(?:[$€£][\\d.,]+ ?[kmb]? )?(?:pre-seed|seed|series [a-e]|funding|round)',
      '(?:huge|big|major) milestone',
      'big news',
      '(?:just )?hit publish',
      'my (?:biggest|best) (?:project|launch|release|video|post) (?:yet|ever|to date)',
      '(?:new|fresh) [\\p{L}-]+(?: [\\p{L}-]+)? (?:in|at|on) (?:the|my|our) (?:shop|store|etsy)',
      '(?:is|are) (?:now |finally |officially )open(?: for business)?',
      'grand opening',
      // A new job told as joining a firm with the title ("I'm joining Stripe as a Staff Engineer", "Today I started at
      // Northwind as their first designer"): the author's news, as "starting a new position as" is. A title must follow.
      "(?:i'm|i am|i've|i have|i) (?:officially |just |finally )?(?:joining|joined|starting at|started at|moving to) (?:[\\p{L}\\p{N}@&.'’-]+ ){1,4}?as (?:an? |the |their |our |its )?(?:[\\p{L}-]+ ){0,3}?(?:engineer|manager|director|analyst|designer|developer|lead|head|vp|intern|consultant|specialist|coordinator|officer|scientist|researcher|owner|associate|architect|advisor|adviser|executive|editor|partner|strategist|recruiter|professor|lecturer|fellow|ceo|cto|coo|cfo)s?(?![\\p{L}])",
      // The next part of the author's series told as up on the channel ("Part 2 is up on the channel!!", "Episode 5 just went
      // live on my page"): the author's release, as "new video out" is. A season drop of the author's own ("Spring
      // collection drops Friday") at the head of a sentence; "Zara's spring collection drops Friday" is Zara's.
      '(?:part|episode|ep|chapter|pt)\\.? ?\\d+ (?:is |just went |went |just |is now )?(?:up|out|live) (?:on|in) (?:the|my|our) (?:channel|page|profile|blog|podcast|patreon)(?![\\p{L}])',
      "(?<![\\p{L}\\p{N}'’,] ?)(?:(?:my|our) )?(?:(?:new|spring|summer|fall|autumn|winter|holiday|christmas|capsule|seasonal) ){0,2}(?:collection|capsule|menu) (?:drops|launches|lands|goes live|is dropping|is launching)(?![\\p{L}])",
      // The author's launch on a launch or crowdfunding site ("We're live on Product Hunt today!", "now on Kickstarter"):
      // the day the votes or the pledges are asked for.
      "(?:we're|we are|i'm|i am|we just went|we went|just went|now) (?:officially )?(?:live )?on (?:product ?hunt|kickstarter|indiegogo)(?![\\p{L}])",
      // The author's thing at the top of a chart ("Our app just hit #1 in the App Store in Portugal", "my book is top 10 on
      // Amazon"): a rank of the author's own, as "named one of" is.
      "(?:my|our) (?:[\\p{L}\\p{N}'’-]+ ){0,2}?(?:app|book|album|single|song|track|ep|podcast|game|shop|store|product|channel|video|course|startup|brand|newsletter|novel|cookbook|film|episode)s? (?:just |has |have |is |are |finally |officially |now )*(?:hit|reached|climbed to|went to|made it to|is|are|ranked|landed at|got to) (?:#|no\\.? ?|number |the )?(?:1|one|top \\d+|first place)(?![\\p{L}\\p{N}])",
    ],
    bait: [
      // Agreement fished for by asking whether the author is alone ("Am I the only one who…?"), ending on the question.
      // "Is it just me or is the audio out of sync after 10:00?" asks about the thing itself, so it is left out.
      "(?:am i|i can't be) the only one (?:who|that|here)[^.!?\\n\\d]{0,80}\\?",
      `(?:like|rt|retweet|repost|share|boost)(?: this)? if (?:you|u) (?:still )?(?:${AGREEING}|listen|watch|came|come)`,
      'like (?:our|my|the) (?:page|post|video|reel)',
      'share (?:this|the|our|my) (?:post|video|reel)',
      'follow (?:our|my|the) (?:page|account)',
      'double tap if',
      // "New drop 🔥🔥" is a product drop, not an ask to drop a 🔥: the noun after new/latest/our/my is no imperative.
      '(?:hit|smash|(?<!(?:new|latest|fresh|our|my|the|this|next|merch) )drop|leave) (?:a |that |the )?(?:like|heart|❤️|🔥|👍)(?: if| below| button)?',
      'react with',
      'vote with',
      'share (?:this |it )?(?:with|to) \\d+ (?:friends|people)',
      `${ASK_VERB}(?:,? (?:and|&|\\+) ${ASK_VERB})* (?:so|to help) (?:more|this|it|others|my)`,
      '(?:rt|retweet|repost|share|like|follow|comment|tag)(?: this| me| us)? to (?:win|enter)',
      '(?:follow|like) (?:me|us|this) (?:and|&) (?:rt|retweet|repost|share|like|tag)',
      '(?:help|so) (?:this|it|my post) (?:reach|reaches|gets? seen)',
      'tag (?:a|\\d+|your|some|three|two|that|3) ?(?:friends?|person|someone|buddy|bestie|mom|mum|partner)?(?: who| that)?',
      '(?:tag|mention) (?:someone|somebody) who',
      "comment [\"“']?[\\p{L}\\p{N}]+[\"”']? (?:below|and i(?:'ll| will))",
      '(?:comment|type|reply) [\"“\']?(?:yes|amen|agree|me|interested|info|done|1)[\"”\']?(?: below| in the comments| if)?',
      "(?:drop|leave) (?:a|an|your) \\S+ (?:below|in the comments|if)",
      'agree\\?+',
      'do you agree\\??',
      'agree or disagree\\??',
      // The same choice as "agree or not?" after a claim, ending on the question.
      '(?:agree|agreed) or not\\s?\\?',
      // "Who else can't wait for Friday?!" fishes for the same show of hands.
      "who else (?:agrees|thinks|loves|is|feels|does|remembers|can't wait|cannot wait)",
      "who agrees\\?|who(?:'s| is) with me\\?",
      // The same fished agreement as "who sees it the same way?", "who else feels this way?", ending on the question.
      '(?:who|anyone) (?:else )?(?:sees (?:it|this|that)|feels|thinks) (?:the same(?: way)?|(?:this|that) way|like (?:me|this))\\s?\\?',
      // Recognition fished for ("Who can relate?", "Anyone else?"): the reaction is the point, as "who agrees?".
      "who (?:else )?can relate\\s*\\?",
      'yes or no\\?',
      'help (?:me|us) (?:reach|hit|get to) \\d',
      '(?:hitting|reaching|getting to|road to) \\d[\\d,.]*k? (?:followers|subscribers|subs|likes)',
      // A milestone of the author's own audience celebrated ("cannot believe this little account got here", "thanks for
      // 10k subs"): it counts followers as the road to 1k does, and gives the reader nothing.
      "can(?:'t|not| not|t) believe (?:this|my|our) (?:little |tiny |small )?(?:account|channel|page)(?: [\\p{L}]+){0,3} (?:got|made it|grew|reached|hit) (?:here|this far|(?:to )?\\d[\\d,.]*k? (?:followers|subscribers|subs))",
      '(?:thank you|thanks|thx|ty) (?:all |guys |so much |everyone )?for \\d[\\d,.]*k? (?:followers|subscribers|subs)',
      '(?:follow|like|sub) ?(?:4|for) ?(?:an? )?(?:quick |instant )?(?:follow|like|sub)',
      'f4f',
      "who(?:'s| is)? (?:still )?(?:watching|here|listening) (?:this )?in \\d{4}",
      // yt23: a like asked so the author gets noticed ("Like this so I can feel famous", "like this comment so my mom
      // sees it"); "I like this so much" and "we like this so it stays" are the speaker's own liking, not an ask.
      "(?<!(?:^|[^\\p{L}])(?:i|we|you|u|they|he|she|really|also|just|to|would|do|don't|dont|didn't|didnt)\\s)like (?:this|this comment|my comment) so (?:i|i'm|im|my|people|everyone|more people|he|she|they)(?![\\p{L}'])",
      'comment(?:ing)? for (?:reach|visibility|the algorithm|engagement)',
      // An emoji as the vote ("Comment 🔥 if you're a morning person, ❤️ if you're a night owl"): a poll by reactions, no
      // question anyone answers with words.
      'comment\\s*[\\p{Extended_Pictographic}][\\p{Extended_Pictographic}\\uFE0F\\u200D\\s]*,? if (?:you|u)(?![\\p{L}])',
      "i(?:'ll| will) (?:sub|subscribe|follow) (?:you )?back",
      'l4l',
      's4s',
    ],
    vaguePointer: [
      // Asking whether readers know the thing shown ("Sound familiar?", "Ring any bells?"): nothing of it is said.
      '(?:sound|sounds|look|looks) familiar\\s?\\?|rings? (?:any|a) bells?\\s?\\?',
      // The news held back for later ("Can't say much yet").
      "(?:can't|cannot|can not) (?:say|share|tell you) (?:much|more|anything|too much)(?: (?:more|else))? (?:yet|just yet|right now)",
      "(?:can't|cannot|can not) wait to (?:share|tell you|show you|reveal) (?:more|everything|it all|the details)(?: (?:soon|very soon|shortly))?(?![\\p{L}])(?!\\s*:)",
      // A carousel's caption that keeps its point in the slides ("Save this for later 📌"); one that lists the tips has
      // substance and stays quiet. "Swipe to see…" is a teaser (value/en.ts).
      'save (?:this|it)(?: post)? for later',
      'check (?:this|it) out',
      'must[- ]read',
      'worth (?:a|the) (?:read|look|watch|listen)',
      '(?:interesting|good|great) read',
      'see link',
      'read more',
      // A newsroom's pointer at the rest of its story ("Read the full story: link"): the tip's "read the docs" is advice.
      'read the (?:full|whole|entire) (?:story|article|piece|report|interview)',
      'thoughts\\?+',
      'what do (?:you|u) (?:guys |all |y\'all )?think\\?+',
      // The same ask for the reader's view in speech forms ("what y'all think?", "what's everyone's take?").
      "(?:what|wat) (?:y'all|yall|u|you guys) think\\?+|what(?:'s| is) (?:everyone's|every1s|your|ur) take\\?+",
      'what do (?:you|u) (?:guys |all )?want to see(?: next)?\\?+',
      'interesting\\.',
      'look at this',
      'you need to see this',
      'stay tuned',
      // The story promised for later ("I'll tell you everything tomorrow", "more on that later"): the point held back.
      "(?:i'll|i will|will) (?:tell|fill) (?:you|y'all|u)(?: guys| all)?(?: (?:everything|all about it|the rest|more|in))? (?:later|tomorrow|tonight|soon)|more (?:on (?:that|this)|about (?:it|that)) (?:later|tomorrow|tonight|soon)",
      'coming soon',
      '(?:big|huge|major|exciting) (?:news|things|announcement|reveal) (?:is |are )?(?:coming|soon|ahead|dropping)',
      // The author's own announcement only announced, whatever verb brings it ("Something big is dropping next week",
      // "something really big is coming").
      "something (?:(?:really|very|so|super|pretty) )?(?:big|huge|massive|exciting|special|new|crazy|wild) (?:is |'s )?(?:coming|dropping|landing|cooking|brewing|on the way)",
      // The same news with only its date after it and nothing more ("Huge news on the 15th 👀", "Big announcement friday 🚀"):
      // the day says when, never what.
      '(?:big|huge|major|exciting) (?:news|announcement|reveal) (?:on |this |next )?(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}[./]\\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\\s*[!.]*\\s*(?:[\\p{Extended_Pictographic}\\uFE0F#]|$))',
      'watch this space',
      "(?:honestly |literally )?the best [\\p{L}-]+(?: [\\p{L}-]+){0,5} (?:i've|i have) (?:ever )?(?:found|seen|read|used)",
      // "Are you ready?" after hype, asking nothing answerable: the readiness for what is never said.
      "are (?:you|u|y'all|we) (?:even )?ready\\?+",
    ],
    // Agreement pointed at the post answered (book.ts): "So true!" under a post.
    agreement: ['so true', 'this!+', 'how true', 'so much this', 'couldn\'t agree more'],
    platitude: [
      // Thanks for a year or a chapter, with nothing of what it held ('Grateful for another chapter 🙏', 'Gratidão por mais um ciclo').
      '(?:grateful|thankful|blessed) for (?:another|one more|this|a new) (?:chapter|cycle|year|season|journey|lap around the sun)(?![\\p{L}])(?=\\s*[.!,\\n\\p{Extended_Pictographic}]|\\s*$)',
      "never stop (?:learning|growing|dreaming|believing|improving|trying|pushing)|the day you stop (?:learning|growing|dreaming) is the day",
      'less is (?:simply |just |always |often |usually |really )?more',
      // Life defined by a contrast ("Life isn't what happens to you, it's how you react"): a motto, nothing to act on.
      "life (?:is not|isn't|isnt|ain't) (?:about |what |waiting|how )[^.!?\\n]{1,60}, (?:it's|its|it is|but)(?![\\p{L}])",
      // A motto that ranks a virtue above talent ("Consistency beats talent. Every time."): nothing to act on.
      "(?:consistency|discipline|action|execution|progress|effort|hard work|systems?|habits?|clarity|focus|done|persistence) (?:beats|trumps|outperforms|wins over|> ?) (?:talent|motivation|perfection|perfect|ideas?|strategy|intensity|luck|goals?|planning)(?![\\p{L}])",
      // "Keep showing up" alone; "keep showing up to the clinic" names where.
      'keep (?:going|pushing|grinding|hustling|showing up(?! (?:to|at|for|in|on)(?![\\p{L}]))|shining|believing|moving forward)',
      'never give up',
      // The reader named as their own only obstacle: a motto in any language.
      "your only limit is (?:you|yourself|your mind)",
      // Belief urged on the reader and the promise that the rest follows: a motto in any words.
      'believe in (?:yourself|your (?:potential|dreams?|vision|abilities|journey))',
      'the rest (?:will )?(?:follows?|take care of itself|takes care of itself)',
      // A virtue defined as a motto ("Discipline is doing what needs to be done, even when you don't feel like it").
      "(?<![\\p{L},] )(?:discipline|consistency|leadership|success|courage|greatness) is (?:doing|choosing|showing up|not|a (?:choice|habit|decision|journey|mindset))(?![\\p{L}])",
      'follow your (?:dreams?|passion|heart)',
      // The dream urged on: chased, never dropped.
      '(?:chase|chasing) your dreams?|(?:never )?stop (?:chasing your dreams?|dreaming)',
      'trust the process',
      'rise and grind',
      'hustle',
      'grind',
      "success (?:is|isn't|is not|comes|starts)",
      "(?:failure|failing) (?:is|isn't)",
      '(?:your )?mindset is everything',
      'consistency is key',
      'your network is your net worth',
      'dream big',
      'stay (?:positive|humble|hungry|focused|strong|blessed)',
      'good vibes(?: only)?',
      'positive vibes',
      'everything happens for a reason',
      'be the change',
      "it's not about [^.!?\\n]{1,40} it's about",
      'work hard',
      'one day at a time',
      'you got this',
      'make it happen',
      // A nudge that names nothing to do ("Monday again... you know what to do 💪"): the reader is told to act on a motto.
      // A colon after it brings the thing to do ("you know what to do: leave by the back stairs").
      '(?:you|u|y\'all) know what to do(?!\\s*:)',
      'no excuses',
      'hard work pays off',
      'choose (?:happiness|joy|growth)',
      '(?:grateful|blessed|motivated|inspired|thankful)(?=\\s*[.!\\n]|\\s*$)',
      'motivation',
      'mindset',
      'blessed',
      'the best is yet to come',
      'get back up',
      'winners never quit',
      'small steps',
      'new (?:day|week|month|year|chapter)[,.!]? new (?:goals|opportunities|chances|beginnings|challenges|energy|possibilities|blessings|me|wins)(?![\\p{L}])',
      'the future belongs to (?:those|the ones|people|anyone|whoever|the brave|the bold)(?![\\p{L}])',
      "those who (?:adapt|act|embrace (?:it|change|ai)|don't adapt|do not adapt|don't|refuse to adapt) will (?:win|thrive|lead|be left behind|get left behind|fall behind)(?![\\p{L}])",
    ],
    teaching: [
      // A tool the author uses, told as the answer to what to use ("I use Obsidian for that", "I'd recommend Linear"):
      // recommended from use. The author's own thing (my, our) is a plug, not a recommendation.
      "(?:i|we) (?:use|used|went with|switched to) (?!(?:my|our|it|this|that)(?![\\p{L}]))(?:[\\p{L}\\p{N}.+-]+ ){1,7}?for (?:that|this|it|exactly this|the same)(?![\\p{L}])",
      "(?:i'd|i would|i|we'd|we would) (?:highly |strongly |definitely |really |also )?recommend(?! (?:my|our|me|us|you (?:to )?(?:follow|subscribe|check out) (?:me|us|my|our))(?![\\p{L}]))(?![\\p{L}])|i (?:swear by|can vouch for)(?![\\p{L}])(?! (?:my|our)(?![\\p{L}]))",
      // What helps, headed and then told after the colon ("What often helps more: after 20 minutes awake, get up…").
      "what (?:often |usually |really |actually |always )?(?:helps|works|helped|worked)(?: (?:more|better|best|most|for me|for us))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // A summary handed over after its heading, with a few words between ("New video is up, but here's the short version so you
      // don't have to watch: repot in spring…"): the takeaway is in the post.
      "(?:(?:here's|here is|heres) )?(?:the |a |my )?(?:short version|tl;? ?dr|summary|gist|quick version|cliff ?notes)(?:,? [^.!?:\\n]{1,60})? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // How the author made something, headed and then told after the colon ("How I shot the night market video: Sony a6400, 1/50…").
      "how (?:i|we) (?!(?:do|did|can|could|should|would|will|am|was|get|got|feel|felt)(?![\\p{L}]))[^.!?:\\n]{3,80}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // What a change means, headed and then told after the colon ("What changes for drivers: no right turn onto Canal…",
      // "What this means for you: …"); the same words with nothing after them ("Here's what changes 👇 link") tell nothing.
      "what (?:changes|will change|this means|that means|it means)(?: for (?:you|drivers|tenants|renters|parents|patients|students|customers|residents|riders|cyclists|[\\p{L}]+ (?:owners|users|holders)))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // A pick among the options for a use ('for a blog GoatCounter is probably the easiest'): the answer to which one.
      "for (?:a|an|your|small|most) [\\p{L}-]+(?: [\\p{L}-]+)?,? (?!(?:my|our|i|we|this|that|it|these|those|mine|ours)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+)? is (?:probably |definitely |honestly |by far |imo |still )?the (?:easiest|best|simplest|cheapest|safest|fastest|most reliable)(?![\\p{L}])",
      // A fix reported by what it did: after the step, the thing worked again ("danach lief es bei mir wieder"): the steps before it are the answer.
      "(?:then |and |after that,? )?it (?:worked|works|ran|runs|synced|syncs|printed|prints|booted|boots) (?:fine |properly |normally )?again(?! (?:for a|until|till|but))",
      'how to',
      "here's (?:how|what|why)",
      // A step is numbered 1 to 99: "step 2027", "nächster Schritt 2027" name a year, not a step of a method.
      'step (?:\\d{1,2}(?!\\d)|one|two|three)',
      'tips?',
      'pro tip',
      // What a change did, then the change after a colon ("Small thing that saved our team hours: we put…"): the lesson follows.
      '(?:thing|change|trick|habit|fix|rule|setting|tweak)s? that (?:saved|cut|changed|fixed|halved|doubled|made)[^:\\n]{1,40}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // A method headed as one that works, then the method after the colon ("Tattoo aftercare that actually works: wash…").
      '(?:that|which) (?:actually|really|genuinely) works?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      'hack',
      // "PSA: I'm live…" heads the author's stream, not a lesson (humblebrag speaks for it).
      "psa(?![\\s:!.-]*(?:i'm|im|i am|we're|we are) (?:now |currently |back |still )?live(?![-\\p{L}]))",
      'lessons?',
      'mistakes?',
      'takeaways?',
      'for example',
      'e\\.g\\.',
      'the (?:trick|key|catch|fix|secret) (?:is|was)',
      'tl;?dr',
      // A summary that hands over the takeaway: "New video is up: how to repot… Short version: one pot size up".
      '(?:the )?short version(?: is)?:|in short,|in a nutshell',
      // A spoiler with its words after the colon hands over the result ("Spoiler: the €15 one beat the €60 one").
      'spoiler(?: alert)? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      'checklist',
      'rule of thumb',
      "make sure (?:you|to|your)",
      // "Don't forget that." after a motto points back at the motto: nothing to do is told (so with "never forget" below).
      "don't (?:forget(?!\\s+(?:that|this|it)\\s*(?:[.!…]|$))|skip|use|put|buy|do|wait)",
      'try (?:this|adding|using|putting|it|the)',
      'works (?:wonders|great|better|best)',
      '(?:that |this )?fixed (?:it|this|the|our|my)',
      // How the author got past the same problem ("solved it by swapping the HDMI cable"): the answer is the means.
      '(?:fixed|solved|sorted|resolved)(?: it| this| that| the (?:problem|issue))? by [\\p{L}]+ing',
      'if (?:you|your) [^.!?\\n]{3,80}?[,:—-] ?(?:try|use|add|put|check|make|do|don\'t|avoid|start|keep|ask|drop|turn|set|run|write|send|bring|go|look|wipe|mix|read|pick|cut|move|it\'s|that\'s)',
      'from ~?[$€£]?\\d[\\d.,]*\\s?(?:%|k|(?:min|mins|minutes|hours?|hrs?|seconds|secs?|ms|days?|weeks?|months?|gb|mb|kb|kg|lbs?|km|miles?)(?![\\p{L}]))? to ~?[$€£]?\\d+',
      'what (?:works|worked|helps|helped) for',
      "(?:the )?(?:cheapest|best|easiest|fastest|simplest|quickest) way (?:i've found |i know |we found )?to",
      "(?:i've|i have|we've|we have) found (?:that|it)",
      '(?:study|studies|research|data|survey|paper|experiment|results?|numbers) (?:found|finds|shows?|showed|suggests?|suggested)',
      // A figure that moved ("our build went from 12 minutes to 3"); "he went from Lose Yourself to this" moved no figure.
      "(?:went|go|gone|shot|dropped|jumped|rose|fell) (?:up|down)|(?:went|go|gone|shot|dropped|jumped|rose|fell) from (?:[\\p{L}'’]+ ){0,2}?(?:[~$€£]?\\d[\\d.,]*|zero|nothing|one|two|three|four|five|six|seven|eight|nine|ten|a (?:few|handful|dozen|hundred|thousand))",
      'doubled|tripled|halved|cut (?:it |that |our |my |the )?(?:in half|by)',
      // A way compared with another, said as a tip ("basil grows much better if you cut above a pair of leaves").
      '(?:much|way|far|a lot) better (?:if|when) (?:you|they|it|one|we)',
    ],
    advice: [
      // The thing to use named as what the reader wants or needs ("The link you want is the official one: gov.uk/…", "what
      // you need is a torque wrench"): a recommendation, as "use" is.
      "(?:the )?(?:one|link|site|website|page|form|app|tool|thing|setting|option|number) you (?:want|need)(?:'s| is)|what you (?:want|need)(?:'s| is)(?! (?:to|for) (?:me|us)(?![\\p{L}]))",
      '(?:just |also |then |always |and |so |first,? )?(?:put|use|try|add|keep|bring|check|make sure|avoid|start|stop|set|turn|write|ask|open(?! (?:house|day|studio|mic|call|late|daily|now|today|until|from|on|at|\\d))|switch|pick|choose|skip|save(?! (?:your |a |my )?(?:spot|seat|place)s?(?![\\p{L}]))|cut|move|store|wash|wipe|mix|leave|test|feed|block|scrape|swap|rub|pair|plan|label|trim|measure|clean|tape|wrap|run|lower|raise|split|rest|soak|sand|prime|back up|print|fold|sort|count|track|schedule|budget|price|shoot|record|practi[cs]e|reuse|freeze|chill|water|prune|repot|stretch|drop|replace|rotate|charge|unplug|restart|update|reply|respond|tell|wait|pay|remember|consider|spend|focus|review|study|document|photograph|pack|label|compare|read the(?! (?:(?:full|whole|entire|rest of the|latest) (?:story|article|piece|thread|report|interview|review|feature)|(?:story|article|piece|interview|feature|post|thread)(?: here| below| now|:)))|get the|get a|get your|give it(?! (?:a |another )?(?:listen|watch|read|spin|look|view|play|stream|follow|like|share|sub|subscribe)(?![\\p{L}]))|let it|go with|stick to|aim for|budget for|plan for)(?! (?:goes|going|went|is|was|are|were|has|had|will|rises|rose|increases|jumps|drops|falls|doubles|ends|starts|gets)(?![\\p{L}]))',
      "(?:don't|do not|never) (?:use|put|buy|skip|forget(?!\\s+(?:that|this|it)\\s*(?:[.!…]|$))|wait|store|wash|leave|mix|trust|pay|sign|send|ship|cut|pin|iron|assume|overthink|rush|bother)",
      // Kitchen and care steps in the imperative ("dust it with rice flour instead of wheat"); not the ones that are as often a
      // noun at a sentence's start ("Bake sale Saturday", "Season 2", "Toast to…", "Dry January").
      '(?:dust|sprinkle|brush|spray|dip|sift|grate|roast|simmer|steam|marinate|preheat|knead|whisk|stir|drizzle|rinse|squeeze|peel|chop)(?![\\p{L}])',
      // Care and safety steps a nurse, a midwife or a paramedic gives ("Touch the buckle before you clip your child in",
      // "Hold the baby upright", "Wear gloves"); not the set phrases ("touch grass", "hold on", "throwback").
      '(?:touch(?! (?:grass|base|wood))|throw(?! (?:it |this |that )?back)|wear|remove|hold(?! (?:on|up|tight|that thought|the line))|lift|seek|pour|lay|strap|unbuckle)(?![\\p{L}])',
    ],
    explaining: ['because', 'so that', 'which means', 'the reason', 'instead of', 'instead', 'rather than', 'not just', 'otherwise', 'that way'],
    lesson: [
      // What failed, headed and then told ("What failed: the first night the lens fogged…"): the mistake is the lesson.
      "what (?:failed|went wrong|didn't work|did not work|broke|i got wrong|we got wrong)(?: (?:the first time|at first|first|for me|for us))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // What worked pointed at and then said after a colon ("After 52 applications, this worked for me: …").
      "(?:this|that) (?:is )?(?:what )?(?:actually |finally |really )?(?:worked|helped)(?: (?:for )?(?:me|us))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // A result counted since a way of working began ('0 breakages in 600 orders since we started doing this'): the way is the lesson, measured.
      '(?<=\\d[^.!?\\n]{0,80})since (?:we|i) (?:(?:started|began) (?:doing|using) (?:this|that|it)(?: (?:this|that) way)?|switched(?: over)?|changed (?:this|that|it))(?![\\p{L}])',
      // What someone's point or piece changed in how the author works ("Her point that placeholder text is not a label changed how I build forms"): the lesson is named.
      '(?:changed|transformed) (?:how|the way) (?:i|we) (?:build|write|design|code|cook|bake|teach|plan|train|work|think about|approach|handle|run|price|test|read|study|manage)(?![\\p{L}])',
      // What helped the author most, and what they wish they had been told, said before it: the lesson follows.
      "i wish (?:someone|somebody|people|they) (?:had |would have |'d )?(?:told|taught|warned) me",
      "i wish i(?:'d| had) been told",
      // What works for the author, said outright ("What actually works for me with two toddlers: …").
      'what (?:actually |really |finally )?(?:works|worked) (?:for|with) (?:me|us)(?! ?\\?)',
      'learned the hard way',
      "(?:what )?i(?:'ve)? learn(?:ed|t)",
      'what (?:we|i) learned',
      "took me (?:\\d+|a few|years|months|way too long|ages)",
      "i(?:'d| had) been (?:doing|getting|using|undercharging|charging|making)",
      'turns out',
      'what (?:finally |actually )?(?:worked|helped|got me|made the difference|changed)',
      "here's what (?:happened|worked|i learned|actually)",
      'the biggest (?:shift|lesson|change|mistake|difference)',
      'in hindsight',
      'looking back',
      'if i could (?:go back|start over|do it again)',
      "i wish i(?:'d)? (?:known|started|knew)",
      'i used to',
      'saved my',
      'the hard way',
      "learned (?:that|this) (?:one|lesson)?",
      'what finally (?:got|made|worked|fixed)',
      'surprised me',
      // A finding reported with its result ("we found that tree cover cut temperatures by 7°C"): the study's lesson.
      '(?:we|i) found (?:that|out that)',
      '(?:our|the) (?:results|data|findings|study|analysis) (?:show|shows|showed|suggest|suggests|suggested)(?: that)?',
      "i (?:didn't|did not|never) know",
      'today i learned',
      'til',
      'the (?:hardest|trickiest|best|worst|surprising) part (?:was|is)',
      '(?:we|i) ended up',
      '(?:helped|worked for) (?:me|us) (?:the )?most',
      '(?:tried|tested) (?:a|an|it|this|that|the|my|our) ',
      'honest numbers',
      'results? (?:across|from|so far)',
    ],
    credit: [
      // Someone's work headed as the best read of a stretch ("Best thing I read this week: Maya Chen's piece on…"), as a rec is.
      "(?:the )?best (?:thing|piece|article|read|post|essay|thread|newsletter|talk|video|podcast episode) (?:i(?:'ve| have)? (?:read|watched|seen|heard)|of (?:the|my) (?:week|month|year))(?: (?:this|all) (?:week|month|year))?(?=\\s*[:\\-–—👇])",
      // A lead passed on: the author, booked up, names someone else for the work ('I'm fully booked until March, but
      // Dana…', 'tell her I sent you'). Credit to another's work, not the author's offer.
      "(?:i'm|i am|we're|we are) (?:fully |completely |totally |pretty )?(?:booked(?: up)?|at capacity|not taking (?:on )?(?:new )?(?:clients|work|projects))(?: (?:until|till|through|for|this) [^.!?\\n]{1,25}?)?,? but(?= (?!(?:i|i'm|i'll|i've|we|we're|we'll|you|your|my|our|dm|message|join|sign|book|grab|get|there|if|feel|the waitlist)(?![\\p{L}'’])))",
      '(?:tell|let) (?:her|him|them) (?:that )?(?:i|we) sent you',
      '(?:say|mention) (?:that )?(?:i|we) sent you',
      'h/t',
      'hat tip',
      'via @[\\p{L}\\p{N}_.-]+',
      'credit (?:goes )?to',
      'thanks to',
      'shout-?out to',
      '(?:props|kudos|hats off) to',
      "congrat(?:s|ulations),? (?:to )?(?:[\\p{L}'’-]+ ){0,4}?@[\\p{L}\\p{N}_.-]+",
      'inspired by',
      '(?:written|made|created|built|led|designed|drawn|shot|photographed|produced|directed|run|organi[sz]ed) by',
      'by @[\\p{L}\\p{N}_.-]+',
      'not my (?:video|work|post|idea|tip|photo|article)',
      'found (?:it |this )?(?:via|through) ',
      'not affiliated',
      'no affiliation',
      '(?:paper|article|thread|post|video|book|talk|study) by',
      'all credit to',
      // #FollowFriday (#FF) with @accounts after it: the custom of naming other people's accounts for readers to follow
      // credits those named (the tag alone names no one).
      '#followfriday(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '#ff(?=[\\s\\S]*@[\\p{L}\\p{N}_])',
      // A friend's or relative's work recommended ("subscribe to my friend Dana's newsletter"): passed on and credited, not the author's.
      "(?:my|our) (?:friend|mate|colleague|coworker|sister|brother|mum|mom|dad|wife|husband|partner|cousin|neighbou?r|mentor)(?: [\\p{L}-]+)?['’]s (?:new |latest |weekly )?(?:newsletter|podcast|channel|blog|substack|book|course|shop|show|zine|album|work|bakery|caf[eé]|restaurant|bar|food truck|studio|salon|bookshop|bookstore)",
      '(?:recommend|recommending) (?:[\\p{L}\\p{N}\'’-]+ ){0,4}@',
      // A recommendation headed as one ("podcast rec: 'Small Bets' ep 84 with @anna"): someone else's work passed on;
      // also with a few words before the colon ("book rec from the shop: …", "book rec of the week: …").
      '(?:podcast|book|newsletter|episode|album|channel|blog|reading|listening|documentary|tool|app) (?:recs?|recommendations?)(?: [\\p{L}]+){0,4}?(?=\\s*[:\\-–—👇])',
      "go (?:watch|read|follow|listen to) [\\p{Lu}@]",
      "@[\\p{L}\\p{N}_.-]+'s (?:new |latest )?(?:thread|post|video|paper|article|book|blog|recipe|talk|newsletter|guide|work|tip|trick|advice|course|podcast)",
      '(?:her|his|their) (?:trick|tip|advice|method|recipe|approach) (?:of|is|for|to)',
      // Someone else's new work told as theirs ("My colleague @lena just published her paper on…"): passed on, not the author's.
      "(?:just |finally |recently )?(?:published|released|launched|wrote|shared|posted|dropped|put out|finished) (?:her|his|their) (?:new |first |latest |debut )?(?:paper|article|thread|post|video|book|study|preprint|thesis|essay|album|course|guide|talk|podcast|newsletter|zine|app|tool|project)(?![\\p{L}])",
    ],
    thanks: [
      // Thanks headed as a thread or a note ('Small thank-you thread for the people who…', 'a thank you note to…').
      'thank[- ]?you (?:thread|post|note|list|message|shout-?out)s? (?:for|to)',
      'thank(?:s| you)(?: so much| all| again| everyone)?,? (?:for|to)',
      'thank(?:s| you),? @[\\p{L}\\p{N}_.-]+,? (?:for|to)',
      '(?:huge|big|special) thank(?:s| you)s? (?:to|for)',
      // Thanks said as a wish to thank ("I want to thank Prof. Lee, who taught me…"): the same thanks, said formally.
      "(?:i|we)(?:'d| would)? (?:want|wanted|like|love) to thank",
      '(?:grateful|thankful) (?:for|to)',
      'appreciate (?:your|the|how|that|you)',
    ],
    question: [
      // The name of a thing in plain view asked after ("What's the name of the song at the end?"): a fact asked of whoever knows it.
      "what(?:'s| is) the name of (?:the|this|that) (?:song|track|tune|beat|music|game|font|app|plugin|filter|brand|band|artist|movie|film|show)(?= (?:[\\p{L}'’]+ ){0,3}?(?:at the (?:end|start|beginning)|in the (?:background|intro|outro)|in (?:the|this) (?:video|clip)|at \\d|(?:he|she|they|you) (?:used|uses|played|plays|is playing|are playing|is using|are using)))",
      // What the person addressed uses or owns, asked by name of the thing ("What mic do you use?"): their own answer.
      "(?:what|which) (?:[\\p{L}-]+ ){1,2}?(?:do|did) (?:you|u) (?:use|record with|shoot on|film with|play on|recommend)",
      // A question that asks the reader for their own answer: to the audience, not a headline withholding one.
      "what(?:'s| is) (?:one|your)",
      "what are you (?:reading|watching|listening to|working on|building|cooking|making|planning)",
      "which (?:[\\p{L}]+ )?(?:do|would) you (?:use|prefer|recommend|pick|choose)",
      "what do you (?:think|use|recommend|prefer)",
      // The reader's own experience asked after ("How did your team find this week?"): their answer is the point.
      "how (?:did|does|do|was|were|is|are|has|have) your",
      "what(?:'s| is) the (?:best|worst|one) [\\p{L} ]{1,30} you(?:'ve| have)? (?:ever )?(?:read|seen|tried|used|watched|had|got|gotten|received)",
      'curious (?:if|whether|what|how|to hear|about)',
      'i wonder(?:ed)? (?:if|whether|why|how)',
      '(?:has|does|did|is|have) anyone',
      'anyone (?:had|have|know|tried|found|done|dealt)',
      // "Who knows a good pediatrician in Leeds?": asks the readers to recommend someone, like "does anyone know".
      'who (?:knows|can recommend|could recommend) (?:a|an|any|some|someone|somebody)(?![\\p{L}])',
      'who has (?:experience|tried|used|had)(?![\\p{L}])',
      // Where a thing can still be had: the author asks what readers know ('Is the 2024 model still sold anywhere?').
      'anywhere\\s?\\?',
      'where (?:can|do|could) (?:i|we|one) (?:still )?(?:get|buy|find|order)',
      'any (?:tips|advice|ideas|recommendations|suggestions|leads|names)',
      'looking for (?:recommendations|advice|suggestions|a (?:good|reliable|local))',
      '(?:can|could) (?:anyone|someone) (?:recommend|suggest|help)',
      'q for',
      'question for',
      'how do (?:you|i|we)',
      'what would you',
      'is (?:it|a|there) [^?\\n]{3,60} worth it',
      'or (?:would|should|is|do|does) ',
    ],
    rhetorical: [
      'anyone else',
      'who else',
      'am i right',
      'agree',
      'thoughts',
      'right\\?',
      'what do (?:you|u) (?:guys |all )?(?:think|want)',
      "(?:isn't|ain't) it",
      // A sales hook asks what the reader wants so the author's offer can answer it ("Want to learn guitar in 30
      // days? I teach…"): not a question for the reader. A hook answered with a tip still gives through the tip.
      '(?:do you |you )?(?:want|wanna) (?:to )?(?:learn|master|improve|earn|lose)',
    ],
    helping: [
      // A thing of the author's lent to the one answered ("I can lend you my drill, I'm two streets away. DM me"): a neighbour's
      // help, the message how to take it up.
      "(?:i can|i could|i'll|i will|happy to|glad to|i'd) lend (?:you|u|it to you)(?![\\p{L}])(?! (?:the |some )?(?:money|cash|funds|loans?|[$€£]))|you(?:'re welcome to| can| could) borrow (?:my|mine|ours|our|it)(?![\\p{L}])",
      // The author's own thing waved off for the reader's sake ("you don't need our jig: a scrap of plywood does the same").
      "(?:you|u) (?:don't|do not|dont) (?:really |even )?(?:need|have to buy) (?:to buy )?(?:our|my)(?![\\p{L}])",
      // An introduction offered to someone who did it ('DM me and I'll connect you', 'happy to intro you to Priya'): help, no pitch.
      "(?:i'll|i will|i can|i'd|happy to|glad to|i'm happy to|i could) (?:connect|introduce|intro) (?:you|y'all)(?: two| both)?(?![\\p{L}])|(?:put|get) you in touch with|(?:i'll|i can|happy to) make (?:the|an) intro(?:duction)?",
      // The help offered is free, said as its own clause after the contact ("If you need help setting up your printer, DM me, no charge",
      // "call me on 07700 900123, no charge").
      "(?<=(?:help|struggling|stuck|questions?|dm me|message me|msg me|hit me up|ping me|reach out|call me|text me|ring me)[^.!?\\n]{0,80}(?:[,;:—–(-]\\s*|\\sand\\s))(?:no charge|(?:i )?(?:don't|do not) charge(?: anything| a thing| for it)?|free of charge|at no cost|no cost|it's free|it costs nothing|costs nothing|for free|totally free|completely free)(?=\\s*[,.!;)]|\\s*$)",
      // Not "happy to share that…": news of the author's own, which the brag list reads.
      'happy to (?:help|answer|review|share(?! that(?![\\p{L}]))|swap|chat|look|walk|explain|pair|debug|troubleshoot|dig in|hop on a call|jump on a call|take a look)',
      'glad to help',
      // A thing the author made for themselves, offered to the one answered ("DM me and I'll send you the checklist I made"),
      // as "te paso la lista que hice", "je t'envoie la liste que j'ai faite": help, no pitch.
      "(?:i'll|i will|i can|i'd|happy to|glad to) (?:send|email|forward|pass) (?:you|u) (?:the|a|my) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+ (?:i|we) (?:made|wrote|used|kept|put together|bought|got|ordered|found|use)(?! (?:for (?:my|our) (?:clients|customers|course|students|members|subscribers|community)))(?![\\p{L}])",
      // The work itself done free for whoever asks ("If anyone needs Linux on an old PC, message me. I do it for free").
      "(?:i|we)(?:'ll| will|'d| would)? (?:do|fix|set up|install|repair|check|proofread|review) (?:it|this|that|them|yours)(?: [\\p{L}'’]+){0,2}? (?:for free|free of charge|at no cost|for nothing)(?! (?:the |your |on (?:the |your )?)?first)",
      // Help promised free of charge beside the contact that takes it up ("DM me and I'll explain for free").
      "(?:explain|help|walk (?:you|anyone) through|show you|review|look over)(?: [\\p{L}'’]+){0,3}? (?:for free|free of charge|at no cost)",
      'hope (?:this|it) helps',
      'if (?:it|this) helps',
      'in case it helps',
      "if you(?:'re| are) stuck",
      '(?:great|good) question',
      'to answer (?:your|the)',
      "(?:to|for) (?:everyone|anyone|those|all of you|people|folks)(?: [\\p{L}\\p{N}'’-]+){0,4}? (?:who (?:asked|was asking|were asking|has asked|have asked)|asking)",
      'short answer',
      'the answer is',
      'dms? (?:are )?open(?: for| if)?',
      'feel free to (?:ask|reach out|message|dm)',
      'ask me anything',
      'no pitch',
      'no strings(?: attached)?',
      'not selling anything',
      'mutual help',
      'might help',
      'may help',
      'helps anyone',
      '(?:a |my |our |this )?free (?:printable|template|pdf|checklist|worksheet|spreadsheet|cheat ?sheet|resource|tool|guide)',
      "(?:it's |it is )?(?:open[- ]source|free and open)",
      "if (?:it|this|that)(?:'s| is) (?:useful|helpful)",
      // Pointing readers at a way to help someone else ("Help people affected by the quake. Here's how: link",
      // "An appeal for help: link"): a resource handed on, not a request for the author (help me, help us).
      '(?:ways?|how|where) (?:(?:you|we|people|to best) )?(?:can )?(?:to )?(?:help|donate|volunteer)(?! (?:me|us|my|our)(?![\\p{L}]))',
      'help (?:the|those|people|victims|survivors|families|evacuees|residents|communities|others)(?! (?:me|us|my|our)(?![\\p{L}]))',
      'appeal for (?:help|donations|aid|volunteers)',
    ],
    invitation: [
      "let's (?:grab|get|have) (?:a )?(?:coffee|lunch|a call|a chat|together)",
      // Meeting those who will be there anyway ("I'm speaking at PyCon. Come say hi if you're there!").
      "(?:come )?say (?:hi|hello)(?: to me)?,? if you(?:'re| are| will be|'ll be) (?:there|around|going|attending|coming|at|in|nearby)",
      "(?:would|i'd) love to meet (?:some of )?you (?:there|in person|at)",
      '(?:happy|glad) to (?:meet|connect|grab a coffee)',
      "(?:i'd|i would|would) love to (?:connect|chat|meet|hear (?:from|how|what|your))",
      '(?:coffee|virtual coffee|zoom) chat',
      'my door is open',
      'meet ?up',
      'office hours',
      // An open door to a gathering: anyone may come as they are, nothing to buy or book ("All ages, no signup, just come!").
      '(?:all|everyone|everybody|newcomers|beginners|kids|children|families|dogs|all ages) (?:are |is )?(?:very |always )?welcome|no (?:sign ?up|registration|tickets?) (?:needed|required)|just (?:come|show up|turn up)(?: along)?!',
    ],
  },
  words: {
    stop: [
      'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
      'as', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'up', 'out', 'off', 'than', 'then', 'too', 'very',
      'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would',
      'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'it', "it's", 'its', 'this', 'that', 'these', 'those',
      'there', 'here', 'what', 'which', 'who', 'whom', 'when', 'where', 'why', 'how', 'i', "i'm", "i've", "i'd", "i'll",
      'me', 'my', 'mine', 'we', "we're", 'us', 'our', 'you', "you're", 'your', 'yours', 'he', 'she', 'him', 'her', 'his',
      'they', 'them', 'their', 'not', 'no', "don't", "didn't", "isn't", "can't", 'just', 'all', 'any', 'some', 'if',
      'also', 'more', 'most', 'much', 'many', 'one', 'everyone', 'everything', 'anyone', 'something', 'get', 'got',
      'now', 'really', 'still', 'even', 'ever', 'again', 'way', 'like', 'im', 'dont', 'thats', 'every', 'each', 'own',
      'other', 'such', 'only', 'same', 'both', 'few', 'well', 'because', 'while', 'though', 'although', 'since', 'until',
      'through', 'between', 'against', 'during', 'without', 'within', 'along', 'around', 'among', 'off', "that's",
      "there's", "they're", "we've", "you've", "i'd", "won't", "wasn't", "aren't", "doesn't", "haven't", 'gonna', 'lot',
    ],
    me: ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'im', 'ive', 'we', "we're", "we've", 'us', 'our', 'ours'],
    you: ['you', "you're", "you've", "you'll", "you'd", 'your', 'yours', 'yourself', 'yall', "y'all", 'u', 'ur'],
    filler: [
      'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'following', 'first', 'amen', 'this', 'same', 'nice',
      'great', 'awesome', 'love', 'loved', 'wow', 'cool', 'gm', 'gn', 'yes', 'yep', 'yeah', 'agreed', 'true', 'facts',
      'based', 'fr', 'ok', 'okay', 'thanks', 'thank', 'ty', 'thx', 'congrats', 'congratulations', 'bump', 'ditto', 'wild',
      'omg', 'yay', 'beautiful', 'amazing', 'stunning', 'cute', 'good', 'morning', 'night', 'hi', 'hello', 'hey', 'bravo',
      'mood', 'real', 'exactly', 'indeed', 'right', 'video', 'content', 'bro', 'post', 'interesting', 'big', 'day',
      'tips', 'vibes', 'sharing', 'perspective', 'insights', 'insight', 'article', 'reach',
      // Agreeing and nothing more ('agree 100%', 'totally', 'absolutely').
      'agree', 'totally', 'absolutely',
    ],
    marker: ['thanks', 'thank', 'thx', 'congrats', 'congratulations', 'birthday', 'bday', 'please', 'hello', 'cheers', 'awesome', 'sorry'],
    plugModifiers: [
      'new', 'latest', 'first', 'updated', 'little', 'free', '(free)', 'online', 'own', 'debut', 'upcoming', 'paid',
      'digital', 'printable', 'brand-new', 'weekly', 'monthly', 'tiny', 'small', 'whole',
    ],
  },
};
