// Instagram: what only instagram.com does, beyond the shared site contract (tests/e2e/contract, rows
// instagram-comment and instagram-caption): the caption's Lexical paragraphs read as lines, the post
// dialog closed and opened again, two comment forms on one page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectBeside, expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, waitForBadge } from '../helpers';
import { INSTAGRAM } from '../contract/sites';

const [COMMENT_1, COMMENT_2, CAPTION] = [INSTAGRAM.comment(1), INSTAGRAM.comment(2), INSTAGRAM.caption];
const postButtonOf = (page: Page, textarea: string) => page.locator('form', { has: page.locator(textarea) }).getByRole('button', { name: 'Post', exact: true });
const VALUE =
  'Thanks for sharing this! A tip that saved me hours: run the migration with --dry-run first and diff the schema before you apply it.';

describe('Instagram (www.instagram.com, comment textarea and Lexical caption)', () => {
  const env = useBrowser();

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
});
