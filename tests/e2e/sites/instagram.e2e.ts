// Instagram: comment textareas (replies; Enter posts) and the Lexical create-post caption (a new post; Share posts),
// served from tests/fixtures/instagram.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { badge, expectBeside, expectGives, expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, typeWithEdits, useBrowser, waitForBadge } from '../helpers';

const COMMENT_1 = 'textarea[data-fixture-id="comment-1"]';
const COMMENT_2 = 'textarea[data-fixture-id="comment-2"]';
const CAPTION = '[role="dialog"] [contenteditable="true"][aria-label="Write a caption..."]';
const postButtonOf = (page: Page, textarea: string) => page.locator('form', { has: page.locator(textarea) }).getByRole('button', { name: 'Post', exact: true });
const VALUE =
  'Thanks for sharing this! A tip that saved me hours: run the migration with --dry-run first and diff the schema before you apply it.';

describe('Instagram (www.instagram.com, comment textarea and Lexical caption)', () => {
  const env = useBrowser();

  it('turns a comment badge to take with self-promotion, beside the form and clear of Post', async () => {
    const page = await env.harness.open('https://www.instagram.com/p/C0ffee/');
    await typeInto(page.locator(COMMENT_1), PROMO);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' });
    await expectBeside(page, 0, page.locator(COMMENT_1), postButtonOf(page, COMMENT_1));
    await page.close();
  });

  it('shows give with no take-side family for a comment that adds value', async () => {
    const page = await env.harness.open('https://www.instagram.com/p/C0ffee/');
    await typeInto(page.locator(COMMENT_1), VALUE);
    await expectGives(page);
    await page.close();
  });

  it('leaves the comment holding exactly what was typed (Shift+Enter is a newline, not a post)', async () => {
    const page = await env.harness.open('https://www.instagram.com/p/C0ffee/');
    const editor = page.locator(COMMENT_1);
    await typeWithEdits(editor, { newline: 'Shift+Enter' });
    await expect.poll(() => modelText(page, 'comment-1')).toBe('Hello world, second try\nline two');
    await editor.press('ControlOrMeta+a');
    await editor.pressSequentially('Replaced all of it https://example.com/a');
    await waitForBadge(page, { has: 'missing-value' });
    expect(await modelText(page, 'comment-1')).toBe('Replaced all of it https://example.com/a');
    expect(await sitePosted(page)).toEqual([]);
    await page.close();
  });

  it('records a comment sent by Post exactly once, and one sent by Enter exactly once, as replies', async () => {
    const page = await env.harness.open('https://www.instagram.com/p/C0ffee/');
    const editor = page.locator(COMMENT_1);
    const byClick = `${VALUE} (sent by click)`;
    await typeInto(editor, byClick);
    await postButtonOf(page, COMMENT_1).click();
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    const [clicked] = await expectRecorded(env.ext, byClick);
    expect(clicked).toMatchObject({ platform: 'instagram', reply: true, kind: 'give' });

    const byKey = 'Use my code SAVE20 today and DM me for the rest of the deal. Link in bio!';
    await typeInto(editor, byKey);
    await editor.press('Enter');
    await expect.poll(async () => (await sitePosted(page)).length).toBe(2);
    const [keyed] = await expectRecorded(env.ext, byKey);
    expect(keyed).toMatchObject({ platform: 'instagram', reply: true, kind: 'take', families: expect.arrayContaining(['self-promotion']) });
    await page.close();
  });

  it('ignores Enter and the disabled Post of an empty comment', async () => {
    const page = await env.harness.open('https://www.instagram.com/p/C0ffee/');
    const before = (await storedPosts(env.ext)).length;
    await page.locator(COMMENT_1).click();
    await page.locator(COMMENT_1).press('Enter');
    await postButtonOf(page, COMMENT_1).click({ force: true });
    // A real comment afterwards proves the recorder is alive, so the count below is a settled one.
    const probe = `Probe after an empty send ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(page.locator(COMMENT_1), probe);
    await postButtonOf(page, COMMENT_1).click();
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).length).toBe(before + 1);
    await page.close();
  });

  it('records a caption shared from the create dialog as a new post, one line per paragraph', async () => {
    const page = await env.harness.open('https://www.instagram.com/create/');
    const caption = page.locator(CAPTION);
    await typeInto(caption, PROMO);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' });
    await expectBeside(page, 0, caption, page.getByRole('button', { name: 'Share', exact: true }));
    await caption.press('ControlOrMeta+a');
    await caption.pressSequentially('Sunday bake: 65% hydration, 18 hours cold proof.');
    await caption.press('Enter');
    await caption.pressSequentially('Thanks @maria for the shaping tip!');
    // Lexical's rich-text model joins paragraphs with a blank line; the post has one line per paragraph.
    await expect.poll(() => modelText(page, 'caption')).toBe('Sunday bake: 65% hydration, 18 hours cold proof.\n\nThanks @maria for the shaping tip!');
    const text = 'Sunday bake: 65% hydration, 18 hours cold proof.\nThanks @maria for the shaping tip!';
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(async () => (await sitePosted(page)).map((p) => p.text)).toEqual([text]);
    const [post] = await expectRecorded(env.ext, text);
    expect(post).toMatchObject({ platform: 'instagram', reply: false });
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0); // the dialog closed with its hint
    await page.close();
  });

  it('keeps working when the post dialog closes and opens again', async () => {
    const page = await env.harness.open('https://www.instagram.com/p/C0ffee/');
    const dialogComment = page.locator('[role="dialog"] textarea');
    await page.locator('[data-fixture-open="comment-1"]').click();
    await typeInto(dialogComment, PROMO);
    await waitForBadge(page, { kind: 'take' }, 1);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(1);
    await page.locator('[data-fixture-open="comment-1"]').click();
    const text = `Opened again ${Date.now()}: a tip from @jane, cache your dependencies per architecture.`;
    await typeInto(dialogComment, text);
    await waitForBadge(page, { kind: 'give' }, 1);
    await dialogComment.press('Enter');
    const [post] = await expectRecorded(env.ext, text);
    expect(post).toMatchObject({ platform: 'instagram', reply: true });
    await page.close();
  });

  it('gives two comment forms on one page separate hints and sends only the one submitted', async () => {
    const page = await env.harness.open('https://www.instagram.com/');
    const promo = `${PROMO} ${Date.now()}`;
    await typeInto(page.locator(COMMENT_1), promo);
    await typeInto(page.locator(COMMENT_2), VALUE);
    await waitForBadge(page, { kind: 'take' }, 0);
    await waitForBadge(page, { kind: 'give' }, 1);
    await expectBeside(page, 1, page.locator(COMMENT_2), postButtonOf(page, COMMENT_2));
    await postButtonOf(page, COMMENT_2).click();
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    await expectRecorded(env.ext, VALUE);
    expect((await storedPosts(env.ext)).filter((p) => p.text === promo)).toEqual([]);
    await page.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
