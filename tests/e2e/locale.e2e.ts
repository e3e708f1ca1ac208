// The hint card in another UI language: the browser serves the extension its Spanish catalog, and the card reads
// in Spanish (rule title, suggestion, why), not in the checker's English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../../public/_locales/es/messages.json';
import { ruleKeyBase } from '../../lib/model/i18n';
import { launch, type Harness } from './harness';
import { badge, PROMO, typeInto, waitForBadge } from './helpers';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const catalog = es as Record<string, { message: string }>;

describe('hint card in Spanish', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ lang: 'es' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows each finding with the Spanish title, suggestion and why of its rule', async () => {
    const page = await harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), PROMO);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' });
    // The badge itself is localised too.
    expect(await badge(page).textContent()).not.toMatch(/takes|hints?\b/i);
    await badge(page).click();
    const first = page.locator('give-first-hint [data-testid="gf-finding"]').first();
    await first.waitFor();
    const rule = (await first.getAttribute('data-rule'))!;
    const base = ruleKeyBase(rule);
    expect(await first.locator('.message').textContent()).toBe(catalog[`${base}Title`]!.message);
    expect(await first.locator('.suggestion').textContent()).toBe(catalog[`${base}Suggestion`]!.message);
    expect(await first.locator('.why').textContent()).toBe(catalog[`${base}Why`]!.message);
    await page.close();
  });

  it('made no request of its own and raised no page error', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
