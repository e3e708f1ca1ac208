// The options page explains each sensitivity level with an example; the examples must stay true of the checker.
import { describe, expect, it } from 'vitest';
import { check, type Sensitivity } from '../../lib/checker';
import en from '../../public/_locales/en/messages.json';

const LEVELS: Sensitivity[] = ['gentle', 'normal', 'strict'];
const ASK = 'Link in bio, check it out!';
// The mugs are for sale: tags over the limit are pointed out on a post that asks or plugs (on one that takes nothing,
// tags file it in public streams and are pointed out only when they outnumber its words).
const withTags = (n: number) => `Glazed these mugs in a satin white this week, fired to cone 6, in my shop soon ${['#pottery', '#ceramics', '#glaze', '#mugs', '#clay', '#studio'].slice(0, n).join(' ')}`;
/** The number of hashtags on X from which the hashtag hint starts, per level. */
const firstFlagged = (sensitivity: Sensitivity) =>
  [1, 2, 3, 4, 5, 6].find((n) => check(withTags(n), { platform: 'x', sensitivity }).findings.some((f) => f.rule === 'hashtag-stuffing'));

describe('sensitivity examples on the options page', () => {
  it('one clear ask is promotional at normal and strict, not at gentle', () => {
    expect(en.sensitivityGentleExample.message).toContain(`“${ASK}” is not called promotional`);
    expect(en.sensitivityNormalExample.message).toContain(`“${ASK}” is called promotional`);
    expect(LEVELS.map((sensitivity) => check(ASK, { platform: 'x', sensitivity }).kind)).toEqual(['neutral', 'take', 'take']);
  });

  it('hashtags on X are pointed out from the 6th, 4th and 3rd (on a post that plugs the author’s shop)', () => {
    expect(LEVELS.map(firstFlagged)).toEqual([6, 4, 3]);
    expect(en.sensitivityGentleExample.message).toContain('from the 6th');
    expect(en.sensitivityNormalExample.message).toContain('from the 4th');
    expect(en.sensitivityStrictExample.message).toContain('from the 3rd');
  });
});
