// Every rule, registered once. A convention test checks that each file in rules/ is listed here and tested.
import type { Rule } from './rule';
import affiliateLink from './rules/affiliate-link';
import bareLink from './rules/bare-link';
import clickbaitTeaser from './rules/clickbait-teaser';
import callToAction from './rules/call-to-action';
import discountCode from './rules/discount-code';
import emptyPlatitude from './rules/empty-platitude';
import engagementBait from './rules/engagement-bait';
import giveaway from './rules/giveaway';
import hashtagOnly from './rules/hashtag-only';
import hashtagStuffing from './rules/hashtag-stuffing';
import humblebrag from './rules/humblebrag';
import meCentred from './rules/me-centred';
import nearDuplicate from './rules/near-duplicate';
import ownBrand from './rules/own-brand';
import ownLink from './rules/own-link';
import productPlug from './rules/product-plug';
import repeatedHashtags from './rules/repeated-hashtags';
import repeatedLink from './rules/repeated-link';
import repeatedRun from './rules/repeated-run';
import tooShort from './rules/too-short';
import urgency from './rules/urgency';
import vaguePointer from './rules/vague-pointer';

export const RULES: readonly Rule[] = [
  // self-promotion
  callToAction, discountCode, affiliateLink, ownLink, ownBrand, productPlug, giveaway, humblebrag, hashtagStuffing,
  meCentred, urgency,
  // repetition
  nearDuplicate, repeatedLink, repeatedHashtags, repeatedRun,
  // missing value
  bareLink, vaguePointer, clickbaitTeaser, engagementBait, emptyPlatitude, hashtagOnly, tooShort,
];
