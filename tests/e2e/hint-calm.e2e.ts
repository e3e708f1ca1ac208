// Calm timing on every fixture: no verdict on the first words while typing, and a 280-character post typed at
// human speed (60–120 ms a key, two pauses) changes the badge's kind at most twice.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers';
import { HINT_SITES, hintFor, typeLikeAPerson, watchKinds } from './hint-helpers';

// 280 characters: starts plain, then asks (code, follow, link in bio), as a person drafting a launch post might.
export const HUMAN_POST =
  'Our new course on writing clear docs is finally out. It took me a year and I learned a lot about teaching along the way. Use my code SAVE20 at checkout this week and follow me for more tips on docs your team will read. Link in bio, and thanks to everyone who tested the chapters!!';

describe('calm timing', () => {
  const env = useBrowser();

  it('types the 280-character sample', () => {
    expect(HUMAN_POST.length).toBe(280);
  });

  for (const site of HINT_SITES) {
    it(`${site.name}: no verdict on the first words, at most two kind changes over a whole post`, async () => {
      const page = await env.harness.open(site.url);
      const editor = await site.open(page);
      await editor.click();
      await page.locator('give-first-hint').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const host = await hintFor(page, editor);
      const kinds = await watchKinds(host);
      const badge = host.locator('[data-testid="gf-badge"]');
      const words = HUMAN_POST.split(/(?<= )/);
      // The first four words, typed without a pause: the badge has not judged anything yet.
      await typeLikeAPerson(page, words.slice(0, 4).join(''));
      expect(await badge.getAttribute('data-families')).toBe('');
      expect(await badge.getAttribute('data-kind')).toBe('neutral');
      // The rest, with a breath after "along the way." and after "this week".
      const rest = words.slice(4);
      const pauses = [rest.findIndex((w) => w.startsWith('way.')), rest.findIndex((w) => w.startsWith('week'))];
      await typeLikeAPerson(page, rest.join(''), pauses);
      await expect.poll(() => badge.getAttribute('data-kind'), { timeout: 5_000 }).toBe('take');
      await page.waitForTimeout(500);
      const seen = await kinds();
      expect(seen.length - 1, `kinds: ${seen.join(' → ')}`).toBeLessThanOrEqual(2);
      expect(seen[0]).toBe('neutral');
      await page.close();
    });
  }

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
