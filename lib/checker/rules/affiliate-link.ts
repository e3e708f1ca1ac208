import { defineRule } from '../rule';
import { hitMessage } from '../messages';

/** What each affiliate hit after the post's first weighs. */
const FURTHER_WEIGHT = 0.5;

export default defineRule({
  meta: {
    id: 'affiliate-link',
    family: 'self-promotion',
    description: 'An affiliate or referral link, or a sponsorship disclosure: the author earns from the click.',
    why: 'Readers trust a recommendation less once money is involved; what you honestly think of the thing is what they need.',
    weight: 2,
  },
  check(input) {
    const hits = input.doc.urls
      .filter((_, i) => input.evidence.links[i]!.affiliate)
      .map((u) => ({
        start: u.start,
        end: u.end,
        ...hitMessage('affiliateLinkTagged'),
        suggestion:
          'Say what you honestly think of the product, who it suits and who should skip it; keep the disclosure so readers can judge.',
      }));
    for (const m of input.find('affiliate')) {
      hits.push({
        start: m.start,
        end: m.end,
        ...hitMessage('affiliateLinkDisclosed', { words: m.text }),
        suggestion:
          'Keep the disclosure, and add your own experience: what worked, what did not, and who it is really for.',
      });
    }
    // A disclosure and the link it discloses ("Affiliate link (I get a small cut): amzn.to/…"), or a few tagged links,
    // are one affiliation: the first weighs in full, each further one a little, so an honest review that discloses
    // its link is not read as taking twice over.
    return hits
      .sort((a, b) => a.start - b.start)
      .map((h, i) => (i === 0 ? h : { ...h, weight: FURTHER_WEIGHT }));
  },
});
