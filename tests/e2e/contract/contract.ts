// The shared site contract: the cases every composer must pass, run for each row of sites.ts in one browser (one
// fresh browser per row, so rows never see each other's recorded posts). chromium.e2e.ts and firefox.e2e.ts run it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserName, type Driver, type DriverPage } from '../driver';
import { BADGE, count, expectBeside, expectFirstFinding, expectRecorded, modelText, query, sitePosted, typeInto, typeWithEdits, waitFor, waitForBadge } from '../driver/steps';
import { PROMO, VALUE } from '../helpers';
import { FIXTURE_SITES } from '../sites';
import { COMPOSERS, type ComposerRow } from './sites';

const REPLACED = 'Replaced all of it https://example.com/a';
const TAKE_BY_KEY = 'Use my code SAVE20 today and DM me for the rest of the deal. Link in bio!';
/** Markup-looking text, emoji with joiners, RTL, CJK, zero-width characters and a 100,000-character paste. */
const HOSTILE = [
  '<img src=x onerror="window.__gfPwned=1"> <script>window.__gfPwned=2</script> "quotes" & ampersands',
  'family 👨‍👩‍👧‍👦 flags 🇵🇹🇯🇵 keycap 1️⃣ skin 👍🏽 zero\u200Bwidth',
  'مرحبا بالعالم! שלום עולם — RTL beside English words',
  '日本語のテキストと中文字符，还有한국어 문장。',
  'Long paste: '.concat('the same careful sentence about kiln logs and glaze tests. '.repeat(1700)),
];
/** Takes the n-th hint's element out of the page, as a site's re-render does (in the page: no outer names). */
function removeHint(nth: number): boolean {
  const all = (root: ParentNode): Element[] => [...root.querySelectorAll('give-first-hint'), ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : []))];
  const host = all(document)[nth];
  host?.remove();
  return !!host && !host.isConnected;
}
const flat = (s: string) => s.replace(/[\u200B\uFEFF]/g, '').replace(/\s+/g, ' ').trim();

async function openComposer(page: DriverPage, row: ComposerRow): Promise<void> {
  if ((await count(page, row.editor)) === 0) for (const target of row.open ?? []) await page.click(target);
  await waitFor(page, row.editor);
}

/** The row's page, freshly opened, with its composer open. */
export async function openRow(driver: Driver, row: ComposerRow): Promise<DriverPage> {
  const page = await driver.open(row.url);
  for (const target of row.setup ?? []) await page.click(target);
  await openComposer(page, row);
  return page;
}

async function sendByKeyboard(page: DriverPage, row: ComposerRow): Promise<void> {
  if (row.keySend === 'submit-then-Enter') {
    await page.focus(row.submit);
    await page.press('Enter');
  } else if (row.keySend) {
    await page.press(row.keySend);
  }
}

export function defineContract(browser: BrowserName, rows: ComposerRow[] = COMPOSERS): void {
  it('has a row for every fixture site, and every row is served by one', () => {
    const fixtureOf = (row: ComposerRow) => FIXTURE_SITES.find((site) => site.hosts.includes(new URL(row.url).hostname))?.fixture;
    expect(rows.filter((row) => !fixtureOf(row)).map((row) => row.name)).toEqual([]);
    const covered = new Set(rows.map(fixtureOf));
    expect(FIXTURE_SITES.filter((site) => site.fixture !== 'playground' && !covered.has(site.fixture)).map((site) => site.fixture)).toEqual([]);
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
  });

  describe.each(rows.map((row) => [row.name, row] as const))(`site contract in ${browser}: %s`, (_name, row) => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await BROWSERS[browser]();
    });
    afterAll(async () => {
      await driver?.close();
    });
    const nth = row.hint ?? 0;
    const value = row.value ?? VALUE;

    const composer = () => openRow(driver, row);

    it('turns the badge to take with self-promotion for a promotional draft, beside the editor, with the finding in the card', async () => {
      const page = await composer();
      await typeInto(page, row.editor, PROMO);
      await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, nth);
      await expectBeside(page, nth, row.editor, row.submit);
      if (row.hintAt) expect(await count(page, row.hintAt)).toBe(1);
      if (row.notHintAt) expect(await count(page, row.notHintAt)).toBe(0);
      await page.click(BADGE, nth);
      await expectFirstFinding(page, 'self-promotion');
      // Nothing of the hint leaked into the post.
      expect(await modelText(page, row.model)).toBe(PROMO);
      await page.close();
    });

    it('shows give with no families for a draft that adds value', async () => {
      const page = await composer();
      await typeInto(page, row.editor, value);
      await waitForBadge(page, { kind: 'give', families: '' }, nth);
      await page.close();
    });

    it('leaves the editor holding exactly what was typed, deleted, broken into lines and replaced', async () => {
      const page = await composer();
      await typeWithEdits(page, row.editor, row.newline);
      await expect.poll(() => modelText(page, row.model)).toBe(`Hello world, second try${row.paragraphBreak ?? '\n'}line two`);
      await page.press('ControlOrMeta+a');
      await page.type(REPLACED);
      await expect.poll(() => modelText(page, row.model)).toBe(REPLACED);
      await waitForBadge(page, { has: 'missing-value' }, nth);
      expect(await modelText(page, row.model)).toBe(REPLACED);
      expect(await sitePosted(page)).toEqual([]);
      await page.close();
    });

    const keyWay = row.keySend === 'submit-then-Enter' ? 'Enter on the focused submit button' : row.keySend;
    it(`records a post sent by click exactly once${keyWay ? `, and one sent by ${keyWay} exactly once` : ''}`, async () => {
      const page = await composer();
      const byClick = `${value} (sent by click)`;
      await typeInto(page, row.editor, byClick);
      // Sent at once, the way a person who knows what they wrote does: no waiting for the hint to read it first.
      await page.click(row.submit);
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [clicked] = await expectRecorded(driver, byClick);
      expect(clicked).toMatchObject({ platform: row.platform, reply: row.reply, kind: 'give' });
      const sent = [byClick];

      if (row.keySend) {
        await openComposer(page, row);
        await typeInto(page, row.editor, TAKE_BY_KEY);
        await sendByKeyboard(page, row);
        await expect.poll(async () => (await sitePosted(page)).length).toBe(2);
        const [keyed] = await expectRecorded(driver, TAKE_BY_KEY);
        expect(keyed).toMatchObject({ platform: row.platform, reply: row.reply, kind: 'take', families: expect.arrayContaining(['self-promotion']) });
        sent.push(TAKE_BY_KEY);
      }
      const posted = await sitePosted(page);
      expect(posted.map((p) => p.text)).toEqual(sent);
      if (row.via?.click) expect(posted[0]?.via).toBe(row.via.click);
      if (row.via?.key) expect(posted[1]?.via).toBe(row.via.key);
      // Nothing else was recorded for either send (no double count from click + key or from re-renders).
      expect((await driver.storedPosts()).map((p) => p.text)).toEqual(expect.arrayContaining(sent));
      expect((await driver.storedPosts()).length).toBe(sent.length);
      await page.close();
    });

    it('sends on a click on Post that comes right after a site re-render took the hint out of the page, and records it once', async () => {
      const page = await composer();
      const text = `${value} (sent after a re-render)`;
      await typeInto(page, row.editor, text);
      await waitForBadge(page, { kind: 'give' }, nth);
      // The site's re-render drops the hint's element; the pointer then reaches Post, which has the hint judge the
      // draft and put itself back. Put back at that moment it would push Post from under the pointer and take the click.
      expect(await page.evaluate(removeHint, nth)).toBe(true);
      await page.click(row.submit);
      await expect.poll(async () => (await sitePosted(page)).map((p) => p.text)).toEqual([text]);
      await expectRecorded(driver, text);
      expect(await sitePosted(page)).toHaveLength(1);
      await page.close();
    });

    it('keeps hostile input as text: the editor holds it, the hint reads it, nothing runs', async () => {
      const page = await composer();
      await page.click(row.editor);
      for (const sample of HOSTILE) {
        await page.press('ControlOrMeta+a');
        await page.press('Backspace');
        await page.paste(sample);
        await expect.poll(async () => flat(await query<string>(page, { op: 'focusedText' })), { timeout: 20_000 }).toBe(flat(sample));
        // The editor's own model holds it too (not only the DOM).
        await expect.poll(async () => flat(await modelText(page, row.model))).toBe(flat(sample));
        await expect.poll(() => query(page, { op: 'attr', target: BADGE, nth, name: 'data-kind' }), { timeout: 20_000 }).toMatch(/^(give|take|neutral)$/);
        // The hint read this very text: the long paste repeats one sentence, and says so.
        if (sample.startsWith('Long paste')) {
          await expect.poll(() => query<string | null>(page, { op: 'attr', target: BADGE, nth, name: 'data-families' }), { timeout: 20_000 }).toContain('repetition');
        }
        expect(await count(page, 'give-first-hint >>> img, script')).toBe(0);
      }
      expect(await page.evaluate(() => (window as { __gfPwned?: number }).__gfPwned ?? null, null)).toBeNull();
      expect(await sitePosted(page)).toEqual([]);
      await page.close();
    });

    if (row.disabledWhenEmpty) {
      const shortcut = row.keySend && row.keySend !== 'submit-then-Enter' ? row.keySend : null;
      it(`records nothing for an empty draft's disabled submit${shortcut ? ` or ${shortcut}` : ''}, and the next real post once`, async () => {
        const page = await composer();
        const before = (await driver.storedPosts()).length;
        await page.click(row.editor);
        expect(await query(page, { op: 'disabled', target: row.submit, nth: 0 })).toBe(true);
        if (shortcut) await page.press(shortcut);
        await page.click(row.submit);
        expect(await sitePosted(page)).toEqual([]);
        // A real post afterwards proves the recorder is alive, so the count below is a settled one.
        const probe = `${value} (after an empty send)`;
        await typeInto(page, row.editor, probe);
        await page.click(row.submit);
        await expectRecorded(driver, probe);
        expect((await driver.storedPosts()).length).toBe(before + 1);
        expect((await sitePosted(page)).map((p) => p.text)).toEqual([probe]);
        await page.close();
      });
    }

    it('made no request of its own and logged no page error', () => {
      expect(driver.foreignRequests).toEqual([]);
      expect(driver.pageErrors).toEqual([]);
    });
  });
}
