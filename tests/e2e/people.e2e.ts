// The people page over a history: one post recorded through the x.com fixture, the rest written into the
// extension's database as the background stores them. List, nudge, meeting invitation, echo chart, weekly review,
// hide and dismiss kept in storage.local, axe in light, dark and Spanish.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { expectRecorded, typeInto } from './helpers';
import { axeViolations, GIVE, postOnX } from './popup-helpers';

const SHOTS = process.env.GF_SHOTS ?? '/tmp/gf-people-shots';
const TOUR = path.resolve(import.meta.dirname, '../tour/people.png');
const RECORDED = GIVE;
const MOST_GIVING = 'How I cut our CI time in half: cache dependencies, shard the tests, fail fast on lint. #ci';

/** [days ago, text, kind, give score, reply]: a month with Dana (asked 3 times, thanked once) and Sam (5 exchanges). */
const HISTORY: [number, string, 'give' | 'take' | 'neutral', number, boolean][] = [
  [25, '@dana can you review my talk outline?', 'neutral', 0, false],
  [18, '@dana could you share your slide template?', 'neutral', 0, false],
  [12, '@dana any chance you could intro me to your editor?', 'neutral', 0, false],
  [9, 'Thanks @dana, the template is great.', 'give', 2, false],
  [19, '@sam the trick is to pin the lockfile and cache the npm folder.', 'give', 2, true],
  [14, 'Thanks @sam for the benchmark numbers.', 'give', 2, false],
  [10, '@sam what did you measure it on?', 'neutral', 0, false],
  [5, 'Great thread on build caches via @sam #ci #caching', 'give', 2, false],
  [2, '@sam happy to help, send me the config.', 'give', 2, false],
  [3, 'Thanks @ana for the review checklist.', 'give', 2, false],
  [1, MOST_GIVING, 'give', 99, false],
  [2, 'Big launch today! Buy my course, link in bio', 'take', 0, false],
];

/** Writes HISTORY into the extension's database, each body shaped like the recorded one. */
async function seed(ext: Page): Promise<void> {
  await ext.evaluate(
    (history) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('give-first');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('bodies').objectStore('bodies').getAll();
          read.onsuccess = () => {
            const model = (read.result as { fingerprint?: Record<string, unknown> }[])[0]?.fingerprint ?? {};
            const tx = db.transaction(['posts', 'bodies'], 'readwrite');
            history.forEach(([daysAgo, text, kind, give, reply], i) => {
              const id = `seed-${i}`;
              const time = Date.now() - daysAgo * 86_400_000;
              const mentions = [...new Set((text.match(/@[\p{L}\p{N}_]+/gu) ?? []).map((m) => m.toLowerCase()))];
              tx.objectStore('posts').put({
                id, time, platform: 'x', reply, kind, families: [], signals: [], phrases: [],
                scores: { give, take: kind === 'take' ? 3 : 0, missing: 0, repeat: 0 },
                nudge: { hinted: false, firstFamilies: [], submitFamilies: [] }, links: [], mentions,
                // A reply names whom it answers, as the sites that show it record it.
                ...(reply && { replyTo: mentions.slice(0, 1) }),
                tags: [...new Set((text.match(/#[\p{L}\p{N}_]+/gu) ?? []).map((t) => t.slice(1).toLowerCase()))],
              });
              tx.objectStore('bodies').put({ id, time, text, fingerprint: { ...model, id, time } });
            });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    HISTORY,
  );
}

const rows = (page: Page) =>
  page.locator('[data-testid="gf-people-list"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-person'), Number(tr.getAttribute('data-gave')), Number(tr.getAttribute('data-asked'))]),
  );

const storedPrefs = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get('peoplePrefs')).peoplePrefs);

describe('people page', () => {
  let harness: Harness;
  let ext: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await launch();
    ext = await harness.extensionPage('popup.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('records a post through the x.com fixture, then the rest of the month is seeded beside it', async () => {
    await postOnX(harness, RECORDED, 'give');
    const [recorded] = await expectRecorded(ext, RECORDED);
    expect(recorded!.kind).toBe('give');
    await seed(ext);
  });

  it('lists the people, owed thank-yous first, with the one nudge, the meeting, the echo chart and the week', async () => {
    const page = await harness.extensionPage('people.html');
    await page.locator('[data-testid="gf-people-list"]').waitFor();
    expect(await rows(page)).toEqual([
      ['@dana', 1, 3],
      ['@sam', 4, 1],
      ['@kent', 1, 0],
      ['@ana', 1, 0],
    ]);
    const nudge = page.locator('[data-testid="gf-people-nudge"]');
    expect(await nudge.count()).toBe(1);
    expect(await nudge.locator('p').textContent()).toBe(
      'You asked @dana for something 3 times in the last 30 days and thanked them once.',
    );
    const meeting = page.locator('[data-testid="gf-people-meeting"]');
    expect(await meeting.getAttribute('data-person')).toBe('@sam');
    expect(await meeting.locator('p').first().textContent()).toBe(
      'You and @sam have exchanged 5 times in the last three weeks. A call or a coffee?',
    );
    const week = page.locator('[data-testid="gf-people-week"]');
    expect([await week.getAttribute('data-gives'), await week.getAttribute('data-takes')]).toEqual(['5', '1']);
    expect(await page.locator('[data-testid="gf-people-most-giving"]').textContent()).toBe(MOST_GIVING);
    expect(await page.locator('[data-testid="gf-people-thanked"]').textContent()).toBe('People you thanked: @ana and @kent');
    expect(await page.locator('[data-testid="gf-people-suggestion"]').textContent()).toBe(
      'You asked @dana for something 3 times in the last 30 days and thanked them once.',
    );
    // This week: five seeded posts and the recorded one, reaching @kent, @sam and @ana, on #ci and #caching.
    const table = await page.locator('[data-testid="gf-people-echo-table"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
    );
    expect(table).toHaveLength(8);
    expect(table[7]).toEqual([6, 3, 2]);
    expect(await page.locator('[data-testid="gf-people-echo"] circle').count()).toBe(8);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/people-light.png`, fullPage: true });
    // The README's picture: the whole page at the options page's width, so the list and the week show too.
    await page.setViewportSize({ width: 900, height: 900 });
    await page.screenshot({ path: TOUR, fullPage: true });
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/people-dark.png`, fullPage: true });
    // A small window: the table and the invitation still fit without sideways scrolling.
    await page.setViewportSize({ width: 400, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `${SHOTS}/people-small-dark.png`, fullPage: true });
    await page.close();
  });

  it('fills the invitation with the times picked and copies it; Give First sends nothing', async () => {
    const page = await harness.extensionPage('people.html');
    const copy = page.locator('[data-testid="gf-people-copy"]');
    await copy.waitFor();
    expect(await copy.isDisabled()).toBe(true);
    const boxes = page.locator('[data-testid="gf-people-meeting"] input[type="checkbox"]');
    expect(await boxes.count()).toBe(9);
    await boxes.nth(0).check();
    await boxes.nth(4).check();
    const invite = await page.locator('[data-testid="gf-people-invite"]').inputValue();
    const labels = await Promise.all([0, 4].map((i) => page.locator('[data-testid="gf-people-meeting"] label').nth(i).textContent()));
    expect(invite).toBe(
      `Hi sam, I've enjoyed our conversations lately. Would you like to have a call or a coffee? I'm free ${labels[0]!.trim()} or ${labels[1]!.trim()}. Would one of those work for you?`,
    );
    await copy.click();
    await expect.poll(() => page.locator('[data-testid="gf-people-meeting"] [role="status"]').textContent()).toContain('Copied.');
    // What the clipboard holds, pasted by the keyboard into a scratch field (the page has no clipboard-read right).
    await page.evaluate(() => {
      const scratch = document.createElement('textarea');
      scratch.id = 'gf-scratch';
      document.body.append(scratch);
      scratch.focus();
    });
    await page.keyboard.press('Control+V');
    expect(await page.locator('#gf-scratch').inputValue()).toBe(invite);
    expect(harness.foreignRequests).toEqual([]);
    await page.close();
  });

  it('hides a person, merges two, and dismisses the nudge for good, kept under one storage.local key', async () => {
    const page = await harness.extensionPage('people.html');
    await page.locator('[data-testid="gf-people-list"]').waitFor();
    await page.getByRole('button', { name: 'Hide @kent' }).click();
    await expect.poll(() => rows(page)).toEqual([['@dana', 1, 3], ['@sam', 4, 1], ['@ana', 1, 0]]);
    await page.getByRole('combobox', { name: '@ana is the same person as' }).selectOption('@sam');
    await expect.poll(() => rows(page)).toEqual([['@dana', 1, 3], ['@sam', 5, 1]]);
    await page.locator('[data-testid="gf-people-nudge"] button').click();
    await expect.poll(() => page.locator('[data-testid="gf-people-nudge"]').count()).toBe(0);
    expect(await storedPrefs(page)).toEqual({
      version: 1, hidden: ['@kent'], merged: { '@ana': '@sam' }, dismissed: ['reciprocity:@dana'],
    });
    await page.reload();
    await page.locator('[data-testid="gf-people-list"]').waitFor();
    expect(await page.locator('[data-testid="gf-people-nudge"]').count()).toBe(0);
    expect(await rows(page)).toEqual([['@dana', 1, 3], ['@sam', 5, 1]]);
    expect(harness.pageErrors.filter((e) => e.includes('people.html'))).toEqual([]);
    await page.close();
  });
});

describe('people page in Spanish', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ lang: 'es' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('reads in Spanish and axe finds nothing', async () => {
    const page = await harness.extensionPage('people.html');
    await page.locator('[data-testid="gf-people-empty"]').waitFor();
    await seed(page);
    await page.reload();
    await page.locator('[data-testid="gf-people-list"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Personas');
    expect(await page.locator('[data-testid="gf-people-nudge"] p').textContent()).toBe(
      'En los últimos 30 días pediste algo a @dana 3 veces y le agradeciste una vez.',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/people-es.png`, fullPage: true });
    await page.setViewportSize({ width: 400, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `${SHOTS}/people-small-es.png`, fullPage: true });
    await page.close();
  });
});

describe('people page: replies recorded through the X and Mastodon fixtures, and the weekly dot', () => {
  let harness: Harness;
  let ext: Page;
  /** The toolbar badge, read where the background sets it. */
  const badgeText = () => harness.context.serviceWorkers()[0]!.evaluate(() => chrome.action.getBadgeText({}));
  beforeAll(async () => {
    harness = await launch();
    ext = await harness.extensionPage('popup.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('puts the weekly dot up when a post lands in a history with a week to review', async () => {
    await ext.locator('[data-testid="gf-balance"]').waitFor();
    await seed(ext);
    expect(await badgeText()).toBe('');
    const x = await harness.open('https://x.com/compose/post?reply=1');
    const onX = 'Write the failing test before the fix: it tells you when you are done.';
    await typeInto(x.locator('[data-testid="tweetTextarea_0"]'), onX);
    await x.locator('[data-testid="tweetButton"]').click();
    await expectRecorded(ext, onX);
    await x.close();
    await expect.poll(badgeText).toBe('•');
  });

  it('counts each reply under the person the site showed it answers; opening the page takes the dot down', async () => {
    const mastodon = await harness.open('https://mastodon.social/home');
    await mastodon.locator('[data-fixture-reply="grace"]').click();
    const editor = mastodon.locator('form.compose-form textarea.autosuggest-textarea__textarea');
    await expect.poll(() => editor.inputValue()).toBe('@grace ');
    await editor.press('End');
    await editor.pressSequentially('Congratulations! One tip: add a search box, people look for the API page first.');
    await editor.press('ControlOrMeta+Enter');
    await expectRecorded(ext, '@grace Congratulations! One tip: add a search box, people look for the API page first.');
    await mastodon.close();
    // Still up: a post is no review opened.
    expect(await badgeText()).toBe('•');

    const page = await harness.extensionPage('people.html');
    await page.locator('[data-testid="gf-people-list"]').waitFor();
    const replied = await page.locator('[data-testid="gf-people-list"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-person'), Number(tr.getAttribute('data-gave')), Number(tr.getAttribute('data-replied'))]),
    );
    // Each reply answered its person (a give) and is counted as a reply to them; the X reply names no one. Of the
    // seeded month, one reply went to @sam.
    expect(replied.filter((row) => Number(row[2]) > 0).sort()).toEqual([['@ada_dev', 1, 1], ['@grace', 1, 1], ['@sam', 4, 1]]);
    expect(await page.locator('tr[data-person="@ada_dev"] td').nth(2).textContent()).toBe('1');
    await expect.poll(badgeText).toBe('');
    expect(harness.foreignRequests).toEqual([]);
    await page.close();
  });
});
