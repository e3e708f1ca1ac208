// English product copy and critique. Words that also report news ("masks sold out everywhere", "stores have water in
// stock") are left out or narrowed to a seller's wording ("back in stock"); an airdrop needs a price, link, ticker or
// offer around it, and a post for others (relief, victims) is never copy.
import { COPY_WHY as WHY, type CopyLexicon } from './entry';

export const enCopy: CopyLexicon = {
  copy: [
    // The seller's own delivery to the buyer's door ("we deliver in the neighbourhood", "we drop it off to your door"):
    // beside a price, the terms of a sale. "The council delivers sandbags" is someone else's.
    // Keyed on the verb, the seller looked behind for: "I" and "we" stand everywhere.
    { pattern: "(?<=(?<![\\p{L}])(?:we|i)\\s+(?:(?:also|can)\\s+)?)(?:deliver|drop (?:it|them) off)(?: (?:locally|for free|free|to your door|anywhere|around|in|within|across))|(?:local|home|free) delivery (?:available|in|across|around)", why: WHY.shipping, example: 'Raw honey, $8 a jar, and we deliver in the neighbourhood' },
    // New stock in the author's shop ("new pieces just in at the shop", "fresh arrivals in store").
    { pattern: "(?:new|fresh) (?:pieces|stock|items|arrivals) (?:just )?(?:in|landed|dropped)(?: (?:at|in) (?:the|our|my) (?:shop|store|boutique))?", why: WHY.edition, example: 'New pieces just in at the shop, 80s jackets from $25' },
    // The maker's batch told as small ("only made 30 this time", "limited to 50 prints"): how little there is to buy.
    { pattern: 'only made \\d+|made only \\d+|only \\d+ (?:made|pieces|prints|copies|units)(?: this time| available)?|limited to \\d+(?: pieces| units| copies| prints)?', why: WHY.stock, example: 'Restocked the lavender candles, only made 30 this time' },
    { pattern: 'free (?:quotes?|estimates?|consultations?|inspections?)|(?:24/7|same-day|same day|next-day) (?:emergency )?(?:service|repairs?|call-?outs?)|licensed (?:and|&) insured', why: WHY.service, example: 'Licensed and insured, free quotes on every job' },
    { pattern: 'free (?:worldwide )?(?:shipping|delivery|returns)|ships? (?:worldwide|free|within \\d+ (?:hours|days))|worldwide shipping', why: WHY.shipping, example: 'Free shipping on every order this week' },
    { pattern: '(?:back|now) in stock|in stock now|restock(?:ed|ing)?|selling fast|low stock|last (?:few )?(?:pieces|units)', why: WHY.stock, example: 'The linen shirts are back in stock' },
    { pattern: '(?:a few|few|\\d+|two|three|four|five) (?:spots|seats|places) (?:left|remaining)', why: 'Seats left in a course, class or workshop: how much of it is left to buy, as stock is.', example: 'Still a few spots left in the spring pottery course, £160' },
    { pattern: 'limited (?:edition|run|stock|drop|collection)|new (?:arrivals?|collection|season collection)', why: WHY.edition, example: 'Limited edition prints, signed and numbered' },
    { pattern: 'hand-?made|hand-?crafted|made to order|custom orders?|commissions (?:are )?open|(?:crafted|made) (?:from|with|of) (?:high-quality|premium|the finest|100%)|custom engraved|personali[sz]ed (?:gifts?|with)', why: WHY.made, example: 'Crafted from high-quality natural wood' },
    { pattern: "(?:dm|message|pm) (?:me |us )?(?:to|for) (?:order|orders|price|prices|pricing|details|collabs?)|order (?:via|through|on) (?:the link|our|my|whatsapp|etsy)", why: WHY.order, example: 'DM to order, a few left' },
    // Details of the offer kept for a private message ("more info by DM", "info in my inbox"): how to take it.
    { pattern: "(?:more )?info(?:rmation)? (?:via|by|in|through|over|on) (?:dm|dms|pm|pms|inbox|private message|whatsapp)(?![\\p{L}])", why: WHY.order, example: 'Spots left for Saturday\'s class, more info via DM' },
    { pattern: '(?:available|comes) in (?:\\d+|two|three|four|five|six|several|many|multiple) (?:colou?rs|colou?rways|sizes|styles|flavou?rs|finishes|variants|designs)', why: WHY.variants, example: 'Available in 3 colours and two sizes' },
    { pattern: 'free (?:plan|tier|trial)|free to use|free forever|(?:completely|totally|100%) free|no (?:subscription|credit card|monthly fees?)(?: required| needed)?|(?:ready )?for commercial use|pricing (?:starts|starting) (?:at|from)|money-?back guarantee|in (?:one|a single) click|your (?:no-code|all-in-one|one-stop|go-to|ultimate) (?:solution|platform|tool|shop|app)', why: WHY.plans, example: 'The free plan includes the full editor' },
    { pattern: 'out of (?:alpha|beta)|(?:available|out) (?:on|across) (?:all|every) (?:platforms|devices)|(?:now )?available at home|(?:now )?available on (?:the )?(?:[\\p{L}\\p{N}]+ )?(?:mobile app|app store|google play|steam)|wishlist (?:it|now|on steam)|(?:on|via) (?:opensea|magic ?eden|etsy|gumroad)', why: WHY.channels, example: 'Eleven v3 is out of alpha and ready for commercial use' },
    { pattern: '(?:free|public|whitelist|wl|allowlist) mint|mint (?:price|date|is live|on|opens|starts)|white-?list(?:ed)?|allow-?list|wls?|(?:future|upcoming|token|nft) air-?drops?|eligible for (?:an? |the )?(?:future )?air-?drop|earn (?:points|rewards)|[\\d,.]+[km]? in (?:prizes|rewards|bounties)|air-?drop (?:points|season|farming|campaign|is live)|join(?:ing|ed)? the air-?drop|air-?drops?', why: WHY.tokens, example: 'The free mint takes place on February 16' },
    { pattern: 'mint (?:yours|one|it|now|the new [\\p{L}]+|(?:my|our) (?:new )?[\\p{L}]+)|burn to mint', why: WHY.tokens, example: 'Mint the new song on xrp.cafe' },
    { pattern: '(?:earn|get|up to) (?:up to )?\\d[\\d.,]*% ?(?:apy|apr)|\\d[\\d.,]*% (?:apy|apr)(?![\\p{L}])|staking rewards|stake (?:your )?\\$?[\\p{L}]+ (?:today |now )?(?:and|to) earn', why: WHY.tokens, example: 'Stake $ORB today and earn up to 24% APY' },
  ],
  hook: [
    { pattern: "(?:looking for|need|searching for) an? (?:reliable|trusted|affordable|cheap|good|local|professional|experienced|honest) [\\p{L}]+(?: in [\\p{L}]+)?\\?", why: WHY.pain, example: 'Looking for a reliable plumber? Call us today' },
    { pattern: 'this (?:guy|girl|dude|man|woman|kid) (?:literally|just)|just (?:killed|shocked|flipped|broke the internet|changed the game)', why: WHY.praiser, example: 'This guy literally made Claude 10x more useful' },
    { pattern: "most people (?:still )?(?:don't|do not|haven't|have not|have no idea|won't|never)|you(?:'ve| have) never heard of|(?:nobody|no one) (?:is )?talking about", why: WHY.unknown, example: "Most people still haven't heard of it" },
    { pattern: "stop (?:scrolling|paying|wasting|copy-pasting|doing this)|you(?:'re| are) wasting (?:hours|time|money)", why: WHY.stop, example: 'Stop paying $11 a video for this' },
    { pattern: 'no more (?:expensive|manual|slow|complex|boring|paying|monthly|tedious|endless)', why: WHY.noMore, example: 'No more expensive developers' },
    { pattern: '(?:it |this )?blew my mind|mind-?blowing|here(?:\'s| is) the new play', why: WHY.amazed, example: 'Higgsfield just dropped it and it blew my mind' },
    { pattern: 'save this (?:video|post|thread|tweet)|bookmark this (?:thread|post)', why: WHY.keep, example: 'Save this video, you will need it' },
    { pattern: "(?:the )?best (?:breakdown|explanation|explainer|guide|tutorial|thread|video|course|walkthrough) (?:i've|i have) (?:ever )?(?:seen|read|watched)", why: WHY.raves, example: 'Best breakdown I’ve seen and it’s not even close' },
    { pattern: '(?<!(?:finding|findings|result|results|found that|find that|showed that|shows that|show that|study|paper|thesis)[^.!?\\n]{0,60})(?:\\d+|ten)x (?:more (?:useful|productive|powerful)|better|faster|smarter)(?! (?:after|since|once|when) (?:we|i|adding|moving|removing|caching|batching|indexing|rewriting|replacing|upgrading|splitting|tuning)(?![\\p{L}])| by (?:adding|moving|removing|caching|batching|indexing|rewriting|replacing|upgrading|splitting|tuning)(?![\\p{L}]))|with this one (?:system|prompt|trick|tool|app|workflow|hack|setup)', why: WHY.multiplies, example: 'This guy literally made Claude 10x more useful with this one system' },
    { pattern: "need an? (?:simple|easy|quick|cheap|affordable|fast|reliable) (?:[\\p{L}]+ )?(?:bot|tool|app|website|site|landing page|logo|editor)", why: WHY.pain, example: "Need a simple Telegram bot? I build them fast" },
    { pattern: "here(?:'s| is) the (?:[\\p{L}-]+ ){0,2}(?:tool|app|agent|bot|plugin|extension|platform|model|template|service) (?:that|which)|only possible with|(?:that's|this is) where [\\p{L}]+ comes in|(?:i|we) build (?:them|these|those) (?:fast|for you|cheap)", why: WHY.cure, example: "Here's the open-source AI agent that keeps everything local" },
  ],
  register: [
    { pattern: '(?:experience|discover|unlock|unleash) the (?:future|magic|power|beauty|thrill|difference|ultimate)|experience (?:our|beautiful|premium|luxury|true)|(?:elevate|supercharge|level up|transform|upgrade) your (?:[\\p{L}-]+ )?(?:game|workflow|routine|kitchen|cooking|style|skin|home|business|trading|portfolio|setup|experience|content)|take your [\\p{L}-]+(?: [\\p{L}-]+)? to the next level|unlock (?:your|its) (?:full )?potential|skip (?:all )?the (?:fluff|hassle|guesswork)|lock in your (?:spot|price|rate|seat)', why: WHY.appeal, example: 'Experience the future of cooking with our new pan' },
    { pattern: "(?:designed|built|made|crafted|engineered|tailored) (?:especially |specifically )?for (?:home (?:cooks|chefs)|everyday (?:use|carry)|busy [\\p{L}]+|modern [\\p{L}]+|creators|developers|builders|traders|gamers|professionals|beginners and (?:pros|experts))|(?:commercial|professional|pro|studio|enterprise|restaurant|industrial)[- ]grade|whether you(?:'re| are) an? [\\p{L}-]+ or an? [\\p{L}-]+", why: WHY.fit, example: 'Beautiful knives designed for home chefs, commercial-grade steel' },
    { pattern: '(?:hassle|stress|worry)-free|made (?:easy|simple)|at your fingertips|in (?:just )?(?:a few|two|three|\\d+) clicks|get the most out of your|never miss (?:a|another) (?:deal|drop|sale|trade)', why: WHY.ease, example: 'Meal planning made easy, every recipe at your fingertips' },
    { pattern: '(?:perfect|ideal) for (?:agencies|teams|creators|developers|founders|marketers|freelancers|small businesses|startups|beginners|traders|home cooks)', why: WHY.fit, example: 'Perfect for agencies that need leads fast, commercial-grade data' },
    { pattern: '(?:thousands|millions|hundreds) of (?:teams|creators|users|developers|companies|businesses|customers|traders) (?:already )?(?:use|trust|love|rely on)|(?:are|is) already using|trusted by (?:over |more than )?(?:\\d[\\d,.]*[km]?\\+?|thousands|millions|teams|leading|top)|join (?:over |more than )?\\d[\\d,.]*[km]?\\+? (?:users|creators|developers|teams|traders|subscribers|readers|members|customers)|see how (?:[\\p{L}@&-]+ ){1,5}(?:uses?|used|builds?|built|scaled|grew|cut|saved)', why: WHY.proof, example: 'Thousands of teams already use it, trusted by 500+ studios' },
  ],
  benefit: [
    { pattern: '(?:it|this|that|which|and) (?:now )?(?:gives|lets|helps|allows|enables) you|so (?:that )?you can (?:finally|now|easily|focus|spend|get|build|ship|keep)|you can now', why: WHY.benefit, example: 'It gives you a focused space to manage agents' },
  ],
  critique: [
    { pattern: 'i (?:just )?(?:bought|ordered|purchased|returned|received|tried)|(?:my|the) (?:order|package|parcel) (?:arrived|never arrived|came|was)', why: WHY.customer, example: 'I ordered the blue one and it arrived torn' },
    { pattern: '(?:honest |my |a )?review|scam(?:s|mers|my)?|rip-?off|overpriced|beware|avoid (?:this|them|it)|(?:don\'t|do not) (?:buy|fall for)|(?:asked|asking|ask|waiting) for (?:a |my )?refund|customer (?:service|support)', why: WHY.review, example: 'Overpriced and the seams came apart, avoid this brand' },
  ],
};
