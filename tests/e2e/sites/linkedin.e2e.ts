// LinkedIn: what only linkedin.com does, beyond the shared site contract (tests/e2e/contract, rows linkedin-comment,
// linkedin-share, linkedin-new-comment and linkedin-new-share). Classic (/feed/): Quill comment boxes and the Quill
// share box inside #interop-outlet's open shadow root. New (/feed/?sdui=1): TipTap comment and reply boxes, and the
// TipTap share box in a native <dialog>. Click-only submit.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { badgeMatches, type BadgeState, type BadgeWant, expectFirstFinding, expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE, VALUE_2, VALUE_3, VALUE_4, waitForBadge } from '../helpers';
import { LINKEDIN } from '../contract/sites';

const CLASSIC = 'https://www.linkedin.com/feed/';
const SDUI = 'https://www.linkedin.com/feed/?sdui=1';
const SHARE_EDITOR = '#interop-outlet .ql-editor[contenteditable="true"]';
const SHARE_POST = '#interop-outlet .share-actions__primary-action';
const [POST_1, POST_2] = [LINKEDIN.post(1), LINKEDIN.post(2)];
const { classicComment: CLASSIC_COMMENT, classicCommentSubmit: CLASSIC_COMMENT_SUBMIT, sduiShareEditor: SDUI_SHARE_EDITOR } = LINKEDIN;
const { sduiComment: SDUI_COMMENT, sduiCommentSubmit: SDUI_COMMENT_SUBMIT } = LINKEDIN;
const SDUI_REPLY = '[componentkey^="replaceableComment_"] [componentkey^="commentBox-"] [role="textbox"]';
const SDUI_REPLY_SUBMIT = 'button[data-view-name="comment-reply-post"]';

const VALUE_5 =
  'One tip from our offline-mode launch: measure p95 latency per screen before and after. Our cache cut it from 900 ms to 240 ms on 3G. Thanks to @kim for the tracing setup that made it visible!';

/** The badge of the one hint inside `scope` (a post, a dialog, the share box's shadow host). */
async function waitForBadgeIn(scope: Locator, want: BadgeWant): Promise<BadgeState> {
  const b = scope.locator('give-first-hint [data-testid="gf-badge"]');
  let last: BadgeState = { kind: null, families: null };
  await expect
    .poll(
      async () => {
        if ((await b.count()) !== 1) return false;
        last = { kind: await b.getAttribute('data-kind'), families: await b.getAttribute('data-families') };
        return badgeMatches(last, want);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

/** Whether the hint beside the share box lives in #interop-outlet's shadow root (not in the document). */
function hintInOutletShadow(page: Page): Promise<{ inShadow: number; inDocument: number }> {
  return page.evaluate(() => ({
    inShadow: document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll('give-first-hint').length ?? 0,
    inDocument: document.querySelectorAll('give-first-hint').length,
  }));
}

async function openClassicShare(page: Page): Promise<Locator> {
  await page.locator('.share-box-feed-entry__trigger').click();
  const editor = page.locator(SHARE_EDITOR);
  await editor.waitFor();
  return editor;
}

async function openSduiShare(page: Page): Promise<Locator> {
  await page.locator('button.start-post').click();
  const editor = page.locator(SDUI_SHARE_EDITOR);
  await editor.waitFor();
  return editor;
}

describe('LinkedIn', () => {
  const env = useBrowser();

  describe('classic (Quill; share box in #interop-outlet shadow root)', () => {
    it('puts the share box hint inside the shadow root only, above the overlay', async () => {
      const page = await env.harness.open(CLASSIC);
      // Collapse post 1's comment box first: the hint's page-wide z-index (lib/composer/hint-style.ts) lifts its badge
      // above LinkedIn's share overlay, where it would cover this one.
      await page.locator(`${POST_1} button.comment-button`).click();
      await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
      await typeInto(await openClassicShare(page), PROMO);
      await waitForBadgeIn(page.locator('#interop-outlet'), { kind: 'take', has: 'self-promotion' });
      expect(await hintInOutletShadow(page)).toEqual({ inShadow: 1, inDocument: 0 });
      // Playwright clicks only what is on top at that point: an overlay over the badge would fail this click.
      await page.locator('#interop-outlet give-first-hint [data-testid="gf-badge"]').click();
      await expectFirstFinding(page.locator('#interop-outlet'), 'self-promotion');
      await page.close();
    });

    it('records a share-box post by click once, as a new post, with one line per Quill paragraph', async () => {
      const page = await env.harness.open(CLASSIC);
      const editor = await openClassicShare(page);
      await typeInto(editor, VALUE);
      await editor.press('Enter');
      await editor.pressSequentially('Happy to share the config.');
      const text = `${VALUE}\nHappy to share the config.`;
      await waitForBadgeIn(page.locator('#interop-outlet'), { kind: 'give' });
      await page.locator(SHARE_POST).click();
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [post] = await expectRecorded(env.ext, text);
      expect(post).toMatchObject({ platform: 'linkedin', reply: false, kind: 'give' });
      await page.close();
    });

    it('records a classic comment by click once, as a reply, and the site empties the box after posting', async () => {
      const page = await env.harness.open(CLASSIC);
      const before = (await storedPosts(env.ext)).length;
      await typeInto(page.locator(CLASSIC_COMMENT(POST_1)), VALUE_2);
      await waitForBadge(page, { kind: 'give' });
      await page.locator(CLASSIC_COMMENT_SUBMIT(POST_1)).click();
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [comment] = await expectRecorded(env.ext, VALUE_2);
      expect(comment).toMatchObject({ platform: 'linkedin', reply: true, kind: 'give' });
      expect((await storedPosts(env.ext)).length).toBe(before + 1);
      // The site cleared the box after posting; the hint went back to empty.
      await expect.poll(() => modelText(page, 'comment-1')).toBe('');
      await page.close();
    });

    it('gives two comment boxes and the share box separate hints', async () => {
      const page = await env.harness.open(CLASSIC);
      await page.locator(`${POST_2} button.comment-button`).click();
      await typeInto(page.locator(CLASSIC_COMMENT(POST_1)), PROMO);
      await typeInto(page.locator(CLASSIC_COMMENT(POST_2)), VALUE_3);
      await waitForBadgeIn(page.locator(POST_1), { kind: 'take', has: 'self-promotion' });
      await waitForBadgeIn(page.locator(POST_2), { kind: 'give' });
      await typeInto(await openClassicShare(page), 'Use my code SAVE20 today and DM me for the rest of the deal. Link in bio!');
      await waitForBadgeIn(page.locator('#interop-outlet'), { kind: 'take' });
      expect(await hintInOutletShadow(page)).toEqual({ inShadow: 1, inDocument: 2 });
      await page.close();
    });

    it('keeps working on a share box and a comment box that were closed and opened again', async () => {
      const page = await env.harness.open(CLASSIC);
      await typeInto(await openClassicShare(page), PROMO);
      await waitForBadgeIn(page.locator('#interop-outlet'), { kind: 'take' });
      await page.locator('#interop-outlet .artdeco-modal__dismiss').click();
      await expect.poll(async () => (await hintInOutletShadow(page)).inShadow).toBe(0);
      await typeInto(await openClassicShare(page), VALUE_4);
      await waitForBadgeIn(page.locator('#interop-outlet'), { kind: 'give' });
      await page.locator(SHARE_POST).click();
      const [post] = await expectRecorded(env.ext, VALUE_4);
      expect(post).toMatchObject({ platform: 'linkedin', reply: false });

      const toggle = page.locator(`${POST_1} button.comment-button`);
      await toggle.click();
      await expect.poll(() => page.locator(`${POST_1} give-first-hint`).count()).toBe(0);
      await toggle.click();
      await typeInto(page.locator(CLASSIC_COMMENT(POST_1)), PROMO);
      await waitForBadgeIn(page.locator(POST_1), { kind: 'take', has: 'self-promotion' });
      await page.close();
    });
  });

  describe('new (TipTap; share box in a native <dialog>)', () => {
    it('records a share-box post by its text-only Post button once, as a new post, never by an icon button', async () => {
      const page = await env.harness.open(SDUI);
      const editor = await openSduiShare(page);
      const before = (await storedPosts(env.ext)).length;
      const post = page.locator('dialog button', { hasText: /^Post$/ });
      const text = `${VALUE_5} (new share box)`;
      await typeInto(editor, text);
      // An icon button in the same dialog is not a submit control.
      await page.locator('dialog button[aria-label="More"]').click();
      await post.click();
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [recorded] = await expectRecorded(env.ext, text);
      expect(recorded).toMatchObject({ platform: 'linkedin', reply: false, kind: 'give' });
      expect((await storedPosts(env.ext)).length).toBe(before + 1);
      expect(await page.locator('dialog').count()).toBe(0);
      await page.close();
    });

    it('gives comment boxes and a reply box separate hints, records each once as a reply, and follows a remounted reply box', async () => {
      const page = await env.harness.open(SDUI);
      await typeInto(page.locator(SDUI_COMMENT(POST_1)), PROMO);
      const commentText = `${VALUE_3} (new comment box)`;
      await typeInto(page.locator(SDUI_COMMENT(POST_2)), commentText);
      await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, 0);
      await waitForBadgeIn(page.locator(POST_2), { kind: 'give' });

      await page.locator('[data-testid="reply-button"]').click();
      const replyText = 'Great question: write the test first for every bug you fix, it stops the same bug twice.';
      await typeInto(page.locator(SDUI_REPLY), replyText);
      await waitForBadgeIn(page.locator('[componentkey^="replaceableComment_"]'), { kind: 'give' });
      expect(await page.locator('give-first-hint').count()).toBe(3);
      await page.locator(SDUI_REPLY_SUBMIT).click();
      const [reply] = await expectRecorded(env.ext, replyText);
      expect(reply).toMatchObject({ platform: 'linkedin', reply: true });
      // The reply box unmounted with its hint; opening it again gives a working hint.
      await expect.poll(() => page.locator('give-first-hint').count()).toBe(2);
      await page.locator('[data-testid="reply-button"]').click();
      await typeInto(page.locator(SDUI_REPLY), 'Use my code SAVE20 for 20% off and follow me for more!');
      await waitForBadgeIn(page.locator('[componentkey^="replaceableComment_"]').first(), { kind: 'take' });

      await page.locator(SDUI_COMMENT_SUBMIT(POST_2)).click();
      const [comment] = await expectRecorded(env.ext, commentText);
      expect(comment).toMatchObject({ platform: 'linkedin', reply: true, kind: 'give' });
      // Only the clicked box was sent: the other drafts were not recorded.
      expect((await storedPosts(env.ext)).filter((p) => p.text === PROMO)).toEqual([]);
      expect((await sitePosted(page)).map((p) => p.text)).toEqual([replyText, commentText]);
      await page.close();
    });
  });
});
