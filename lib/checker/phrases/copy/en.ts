// English product copy and critique. Words that name a relief supply ("airdrop of food", "supplies in stock") need
// a token or a sale around them, so the token-sale entries name what is dropped or minted.
import { COPY_WHY as WHY, type CopyLexicon } from './entry';

export const enCopy: CopyLexicon = {
  copy: [
    { pattern: 'free (?:worldwide )?(?:shipping|delivery|returns)|ships? (?:worldwide|free|within \\d+ (?:hours|days))|worldwide shipping', why: WHY.shipping, example: 'Free shipping on every order this week' },
    { pattern: '(?:back )?in stock|restock(?:ed|ing)?|sold out|selling fast|low stock|last (?:few )?(?:pieces|units)', why: WHY.stock, example: 'The linen shirts are back in stock' },
    { pattern: 'limited (?:edition|run|stock|drop|collection)|new (?:arrivals?|collection|season collection)', why: WHY.edition, example: 'Limited edition prints, signed and numbered' },
    { pattern: 'hand-?made|hand-?crafted|made to order|custom orders?|commissions (?:are )?open', why: WHY.made, example: 'Handmade ceramic mugs, made to order' },
    { pattern: "(?:dm|message|pm) (?:me |us )?(?:to|for) (?:order|orders|price|prices|pricing|details|collabs?)|link in (?:my |the )?(?:bio|profile)|order (?:via|through|on) (?:the link|our|my|whatsapp|etsy)", why: WHY.order, example: 'DM to order, a few left' },
    { pattern: '(?:available|comes) in (?:\\d+|two|three|four|five|six|several|many|multiple) (?:colou?rs|colou?rways|sizes|styles|flavou?rs|finishes|variants|designs)', why: WHY.variants, example: 'Available in 3 colours and two sizes' },
    { pattern: 'free (?:plan|tier|trial)|free to use|free forever|(?:completely|totally|100%) free|no (?:subscription|credit card|monthly fees?)(?: required| needed)?|(?:ready )?for commercial use|pricing (?:starts|starting) (?:at|from)', why: WHY.plans, example: 'The free plan includes the full editor' },
    { pattern: 'out of (?:alpha|beta)|(?:available|out) (?:on|across) (?:all|every) (?:platforms|devices)|(?:now )?available at home|(?:now )?available on (?:the )?(?:[\\p{L}\\p{N}]+ )?(?:mobile app|app store|google play|steam)|wishlist (?:it|now|on steam)|(?:on|via) (?:opensea|magic ?eden|etsy|gumroad)', why: WHY.channels, example: 'Eleven v3 is out of alpha and ready for commercial use' },
    { pattern: '(?:free|public|whitelist|wl|allowlist) mint|mint (?:price|date|is live|on|opens|starts)|white-?list(?:ed)?|allow-?list|wls?|(?:future|upcoming|token|nft) air-?drops?|eligible for (?:an? |the )?(?:future )?air-?drop|earn (?:points|rewards)|(?:share|split) (?:\\$|€|£)?[\\d,.]+[km]? in rewards', why: WHY.tokens, example: 'The free mint takes place on February 16' },
  ],
  critique: [
    { pattern: 'i (?:just )?(?:bought|ordered|purchased|returned|received|tried)|(?:my|the) (?:order|package|parcel) (?:arrived|never arrived|came|was)', why: WHY.customer, example: 'I ordered the blue one and it arrived torn' },
    { pattern: '(?:honest |my |a )?review|scam(?:s|mers|my)?|rip-?off|overpriced|beware|avoid (?:this|them|it)|(?:don\'t|do not) (?:buy|fall for)|refund|customer (?:service|support)', why: WHY.review, example: 'Overpriced and the seams came apart, avoid this brand' },
  ],
};
