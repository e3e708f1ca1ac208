// The options page explains each sensitivity level with an example; the examples must stay true of the checker.
import { describe, expect, it } from 'vitest';
import { check, type Sensitivity } from '../../lib/checker';
import en from '../../public/_locales/en/messages.json';

const LEVELS: Sensitivity[] = ['gentle', 'normal', 'strict'];
const ASK = 'Link in bio, check it out!';
const withTags = (n: number) => `Glazed these mugs in a satin white this week, fired to cone 6 ${['#pottery', '#ceramics', '#glaze', '#mugs', '#clay', '#studio'].slice(0, n).join(' ')}`;
/** The number of hashtags on X from which the hashtag hint starts, per level. */
const firstFlagged = (sensitivity: Sensitivity) =>
  [1, 2, 3, 4, 5, 6].find((n) => check(withTags(n), { platform: 'x', sensitivity }).findings.some((f) => f.rule === 'hashtag-stuffing'));

describe('sensitivity examples on the options page', () => {
  it('one clear ask is promotional at normal and strict, not at gentle', () => {
    expect(en.sensitivityGentleExample.message).toContain(`“${ASK}” is not called promotional`);
    expect(en.sensitivityNormalExample.message).toContain(`“${ASK}” is called promotional`);
    expect(LEVELS.map((sensitivity) => check(ASK, { platform: 'x', sensitivity }).kind)).toEqual(['neutral', 'take', 'take']);
  });

  it('hashtags on X are pointed out from the 6th, 4th and 3rd', () => {
    expect(LEVELS.map(firstFlagged)).toEqual([6, 4, 3]);
    expect(en.sensitivityGentleExample.message).toContain('from the 6th');
    expect(en.sensitivityNormalExample.message).toContain('from the 4th');
    expect(en.sensitivityStrictExample.message).toContain('from the 3rd');
  });
});
