// The hint card in another UI language: the browser serves the extension its Spanish catalog, and the card reads
// in Spanish (each finding's message with its specifics, the rule's suggestion and why), not in the checker's English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { check } from '../../lib/checker';
import { ruleKeyBase, setFallbackMessages } from '../../lib/model/i18n';
import { planCard } from '../../lib/page/hint/card';
import { findingMessage } from '../../lib/page/hint/rule-text';
import { launch, type Harness } from './harness';
import { badge, expectRecorded, PROMO, typeInto, VALUE, waitForBadge } from './helpers';

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

  it('shows each finding with its Spanish message and the Spanish suggestion and why of its rule', async () => {
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
    // The card's first row, said from the Spanish catalog here the way the card says it there.
    const row = planCard(PROMO, check(PROMO, { platform: 'x' }).findings).groups[0]!.rows[0]!;
    expect(rule).toBe(row.finding.rule);
    setFallbackMessages(es);
    const spanish = findingMessage(row.finding);
    setFallbackMessages(en);
    expect(spanish).not.toBe(row.finding.message);
    expect(await first.locator('.message').textContent()).toBe(spanish);
    expect(await first.locator('.suggestion').textContent()).toBe(catalog[`${base}Suggestion`]!.message);
    expect(await first.locator('.why').textContent()).toBe(catalog[`${base}Why`]!.message);
    await page.close();
  });

  it('says a repeat in Spanish with its number, when and where: "Casi idéntica (95 %) a tu publicación en X de hoy"', async () => {
    const ext = await harness.extensionPage();
    const page = await harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), VALUE);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expectRecorded(ext, VALUE);
    await typeInto(page.locator(EDITOR), `ICYMI: ${VALUE}`);
    await waitForBadge(page, { has: 'repetition' });
    await badge(page).click();
    const repeat = page.locator('give-first-hint [data-testid="gf-finding"][data-rule="near-duplicate"]');
    await repeat.waitFor();
    const message = (await repeat.locator('.message').textContent())!;
    // The browser keeps no preview of earlier posts unless asked to; with one, it follows in quotes.
    const said = /^(?:Casi idéntica|Muy parecida) \((\d+) %\) a tu publicación en X de hoy(?: \(“[^”]+”\))?\.$/.exec(message);
    expect(said, message).not.toBeNull();
    expect(Number(said![1])).toBeGreaterThanOrEqual(50);
    expect(Number(said![1])).toBeLessThanOrEqual(100);
    await page.close();
    await ext.close();
  });

  it('made no request of its own and raised no page error', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
