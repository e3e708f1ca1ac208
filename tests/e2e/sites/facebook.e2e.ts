// Facebook: what only facebook.com does, beyond the shared site contract (tests/e2e/contract, rows facebook-post and
// facebook-comment): Lexical paragraphs read as lines, a Messenger chat box that must never get a hint,
// the dialog closed and opened again, reply boxes, two comment boxes.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE, waitForBadge } from '../helpers';
import { FACEBOOK } from '../contract/sites';

const FEED = 'https://www.facebook.com/';
const { postEditor: POST_EDITOR, postButton: POST_BUTTON } = FACEBOOK;
const [COMMENT_1, COMMENT_2] = [FACEBOOK.comment(1), FACEBOOK.comment(2)];
const MESSENGER = '[data-fixture-id="messenger"]';

async function openCreatePost(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: "What's on your mind, Ada?" }).click();
  const editor = page.locator(POST_EDITOR);
  await editor.waitFor();
  return editor;
}

describe('Facebook (www.facebook.com, Lexical)', () => {
  const env = useBrowser();

  it('reads paragraphs as lines: the post is what the person sees, not Lexical\'s blank-line model', async () => {
    const page = await env.harness.open(FEED);
    const editor = await openCreatePost(page);
    await editor.click();
    await editor.pressSequentially('Sunday bake: 65% hydration, 18 hours cold proof.');
    await editor.press('Enter');
    await editor.pressSequentially('Thanks @maria for the shaping tip!');
    await expect.poll(() => modelText(page, 'post')).toBe('Sunday bake: 65% hydration, 18 hours cold proof.\n\nThanks @maria for the shaping tip!');
    await page.locator(POST_BUTTON).click();
    const [post] = await expectRecorded(env.ext, 'Sunday bake: 65% hydration, 18 hours cold proof.\nThanks @maria for the shaping tip!');
    expect(post).toMatchObject({ platform: 'facebook', reply: false });
    await page.close();
  });

  it('never hints in a Messenger chat box, nor records what Enter sends there', async () => {
    const page = await env.harness.open(`${FEED}?chat=1`);
    const chat = page.locator(MESSENGER);
    const message = `Use my code SAVE20 and follow me for more ${Date.now()}`;
    await typeInto(chat, message);
    await chat.press('Enter');
    await expect.poll(async () => (await sitePosted(page)).map((p) => p.via)).toEqual(['messenger']);
    await typeInto(chat, PROMO);
    // A comment box's hint updating after the chat box was focused and typed in proves the page was scanned since.
    await typeInto(page.locator(COMMENT_2), PROMO);
    await waitForBadge(page, { kind: 'take' }, 1);
    expect(await page.locator('give-first-hint').count()).toBe(2); // the two comment boxes only
    expect(await page.locator('.chat give-first-hint').count()).toBe(0);
    const probe = `Probe after a chat message ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(page.locator(COMMENT_1), probe);
    await page.locator(COMMENT_1).press('Enter');
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).filter((p) => p.text === message)).toEqual([]);
    await page.close();
  });

  it('keeps working when the dialog closes and opens again, and records a reply from a reply box', async () => {
    const page = await env.harness.open(FEED);
    await typeInto(await openCreatePost(page), PROMO);
    await waitForBadge(page, { kind: 'take' }, 2);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(2);
    const text = `Opened again ${Date.now()}: a tip from @jane, cache your dependencies per architecture.`;
    await typeInto(await openCreatePost(page), text);
    await waitForBadge(page, { kind: 'give' }, 2);
    await page.locator(POST_BUTTON).click();
    const [post] = await expectRecorded(env.ext, text);
    expect(post).toMatchObject({ platform: 'facebook', reply: false });

    await page.locator('[data-fixture-reply="1"]').click();
    const reply = page.locator('[data-fixture-id="reply-1"]');
    const answer = `Great question: write the test first for every bug you fix, it stops the same bug twice. ${Date.now()}`;
    await typeInto(reply, answer);
    await reply.press('Enter');
    const [recorded] = await expectRecorded(env.ext, answer);
    expect(recorded).toMatchObject({ platform: 'facebook', reply: true });
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(2); // the reply box closed with its hint
    await page.close();
  });

  it('gives two comment boxes separate hints and sends only the one submitted', async () => {
    const page = await env.harness.open(FEED);
    const promo = `${PROMO} ${Date.now()}`;
    await typeInto(page.locator(COMMENT_1), promo);
    await typeInto(page.locator(COMMENT_2), VALUE);
    await waitForBadge(page, { kind: 'take' }, 0);
    await waitForBadge(page, { kind: 'give' }, 1);
    await page.locator(COMMENT_2).press('Enter');
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    await expectRecorded(env.ext, VALUE);
    expect((await storedPosts(env.ext)).filter((p) => p.text === promo)).toEqual([]);
    await page.close();
  });
});
