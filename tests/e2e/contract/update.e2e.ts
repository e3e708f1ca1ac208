// An update mid-composition, for real, on every composer of the contract table: the extension is loaded over CDP
// (so Chromium keeps it across a reload) and reloaded, the way an update replaces it, while a draft is open. The page
// and its editor keep working, nothing is posted or lost, the old hint goes away, the new script attaches on the next
// focus, and a post sent after the update is recorded once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type UpdatableDriver } from '../driver/chromium';
import { count, expectRecorded, modelText, sitePosted, typeInto, waitForBadge } from '../driver/steps';
import { PROMO } from '../helpers';
import { openRow } from './contract';
import { COMPOSERS } from './sites';

const MORE = ' And one more tip.';

describe.each(COMPOSERS.map((row) => [row.name, row] as const))('an update mid-composition: %s', (_name, row) => {
  let driver: UpdatableDriver;
  beforeAll(async () => {
    driver = await launchChromium({ loadOverCdp: true });
  });
  afterAll(async () => {
    await driver?.close();
  });
  const nth = row.hint ?? 0;

  it('keeps the draft and the page working, swaps the hint for the new one on the next focus, and records one post', async () => {
    const page = await openRow(driver, row);
    await typeInto(page, row.editor, PROMO);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, nth);
    // Tell the old script's hints apart from the ones the new script will add.
    await page.evaluate(() => {
      const all = (root: ParentNode): Element[] => [...root.querySelectorAll('give-first-hint'), ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : []))];
      for (const hint of all(document)) hint.setAttribute('data-gf-old', '');
    }, null);
    const OLD = 'give-first-hint[data-gf-old]';
    expect(await count(page, OLD)).toBeGreaterThan(0);

    await driver.reloadExtension();
    await expect.poll(() => count(page, OLD), { timeout: 10_000 }).toBe(0);
    expect(await modelText(page, row.model)).toBe(PROMO);
    expect(await sitePosted(page)).toEqual([]);
    expect(await driver.storedPosts()).toEqual([]);

    // The next focus: leave the editor, come back, and go on typing at the end.
    await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      (el as HTMLElement | null)?.blur();
    }, null);
    await page.click(row.editor);
    await page.press('ControlOrMeta+End');
    await page.type(MORE);
    await expect.poll(() => modelText(page, row.model)).toBe(PROMO + MORE);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, nth);
    expect(await count(page, 'give-first-hint:not([data-gf-old])')).toBeGreaterThan(0);

    await page.click(row.submit);
    await expect.poll(async () => (await sitePosted(page)).map((p) => p.text)).toEqual([PROMO + MORE]);
    const [post] = await expectRecorded(driver, PROMO + MORE);
    expect(post).toMatchObject({ platform: row.platform, reply: row.reply, kind: 'take' });
    expect((await driver.storedPosts()).length).toBe(1);
    await page.close();
  });

  it('made no request of its own and logged no page error', () => {
    expect(driver.foreignRequests).toEqual([]);
    expect(driver.pageErrors).toEqual([]);
  });
});
