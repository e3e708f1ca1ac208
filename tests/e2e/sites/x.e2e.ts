// X: the Draft.js composer on x.com, served from tests/fixtures/x.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badge, expectFirstFinding, expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE, waitForBadge } from '../helpers';

const EDITOR = '[data-testid="tweetTextarea_0"]';

describe('X (x.com, Draft.js)', () => {
  const env = useBrowser();

  it('turns the badge to take with self-promotion for a promotional post', async () => {
    const page = await env.harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), PROMO);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' });
    // The hint sits outside the editable.
    expect(await page.locator(`${EDITOR} give-first-hint`).count()).toBe(0);
    await badge(page).click();
    await expectFirstFinding(page, 'self-promotion');
    await page.close();
  });

  it('shows give with no families for a post that adds value', async () => {
    const page = await env.harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), VALUE);
    await waitForBadge(page, { kind: 'give', families: '' });
    await page.close();
  });

  it('leaves the editor holding exactly what was typed', async () => {
    const page = await env.harness.open('https://x.com/home');
    const editor = page.locator(EDITOR);
    await editor.click();
    await editor.pressSequentially('Hello wrold');
    await editor.press('Backspace');
    await editor.press('Backspace');
    await editor.press('Backspace');
    await editor.press('Backspace');
    await editor.pressSequentially('orld, second try');
    await editor.press('Enter');
    await editor.pressSequentially('line two');
    await expect.poll(() => modelText(page)).toBe('Hello world, second try\nline two');
    await editor.press('ControlOrMeta+a');
    await editor.pressSequentially('Replaced all of it https://example.com/a');
    await expect.poll(() => modelText(page)).toBe('Replaced all of it https://example.com/a');
    await waitForBadge(page, { has: 'missing-value' });
    expect(await modelText(page)).toBe('Replaced all of it https://example.com/a');
    await page.close();
  });

  it('records a post sent by click exactly once, and one sent by Ctrl+Enter exactly once', async () => {
    const page = await env.harness.open('https://x.com/home');
    const editor = page.locator(EDITOR);
    const byClick = `${VALUE} (sent by click)`;
    await typeInto(editor, byClick);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    const [clicked] = await expectRecorded(env.ext, byClick);
    expect(clicked).toMatchObject({ platform: 'x', reply: false, kind: 'give' });

    const byKey = 'Use my code SAVE20 today and DM me for the rest of the deal. Link in bio!';
    await typeInto(editor, byKey);
    await editor.press('ControlOrMeta+Enter');
    await expect.poll(async () => (await sitePosted(page)).length).toBe(2);
    const [keyed] = await expectRecorded(env.ext, byKey);
    expect(keyed).toMatchObject({ platform: 'x', kind: 'take', families: expect.arrayContaining(['self-promotion']) });

    // Nothing else was recorded for either send (no double count from click + key or from re-renders).
    const all = (await storedPosts(env.ext)).filter((p) => p.text === byClick || p.text === byKey);
    expect(all.length).toBe(2);
    await page.close();
  });

  it('ignores a click on the disabled button of an empty composer', async () => {
    const page = await env.harness.open('https://x.com/home');
    const before = (await storedPosts(env.ext)).length;
    // force: Playwright would otherwise wait for the aria-disabled button to become enabled.
    await page.locator('[data-testid="tweetButtonInline"]').click({ force: true });
    // A real post afterwards proves the recorder is alive, so the count below is a settled one.
    const probe = `Probe after an empty click ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(page.locator(EDITOR), probe);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).length).toBe(before + 1);
    await page.close();
  });

  it('records a reply from the reply modal with the reply flag', async () => {
    const page = await env.harness.open('https://x.com/compose/post?reply=1');
    const text = 'Great question: write the test first for every bug you fix, it stops the same bug twice.';
    await typeInto(page.locator(EDITOR), text);
    await waitForBadge(page, { kind: 'give' });
    await page.locator('[data-testid="tweetButton"]').click();
    const [reply] = await expectRecorded(env.ext, text);
    expect(reply).toMatchObject({ platform: 'x', reply: true });
    await page.close();
  });

  it('flags a repeat of an earlier recorded post', async () => {
    const page = await env.harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), `ICYMI: ${VALUE}`);
    await waitForBadge(page, { has: 'repetition' });
    await page.close();
  });

  it('raises the popup balance live when a post is recorded', async () => {
    const popup = await env.harness.extensionPage('popup.html');
    const balance = popup.locator('[data-testid="gf-balance"]');
    await balance.waitFor();
    const takesBefore = Number(await balance.getAttribute('data-takes'));
    const page = await env.harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), 'Pre-order now! Follow me for more and use my code EARLY10. Link in bio');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(async () => Number(await balance.getAttribute('data-takes')), { timeout: 10_000 }).toBe(takesBefore + 1);
    await page.close();
    await popup.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
