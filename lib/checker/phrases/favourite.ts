// One list of the words that call a thing someone's favourite, read by the plug filters and the phrase lookaheads.

/**
 * A favourite is someone else's work that the author likes, not the author's own: "my favourite podcast", "mi canal
 * favorito", "ma chaîne préférée", "mein Lieblingspodcast". English and German put the word before the noun (German
 * joins it to the noun), Spanish, Portuguese and French after it, so readers check both sides. A regex source that
 * matches the whole word (fav, fave, favourite, favorito, favori, preferido, préférée, lieblings…), accents optional.
 */
export const FAVOURITE = '(?:fav(?:e|ou?rite|orit[oa]|ori(?:te)?)?s?|preferid[oa]s?|pr[ée]f[ée]r[ée]e?s?|lieblings\\p{L}*)(?![\\p{L}])';
