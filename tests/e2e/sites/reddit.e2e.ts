// Reddit: what only Reddit does, beyond the shared site contract (tests/e2e/contract, rows reddit-comment and
// old-reddit-comment): shreddit-composer's paragraphs and collapse, reply boxes beside the top-level one, old Reddit's
// cloned reply forms, empty saves and edits. Every comment box is a reply (see lib/sites/reddit.ts).
import { describe, expect, it } from 'vitest';
import { expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE_2, VALUE_3, VALUE_4, waitForBadge } from '../helpers';
import { REDDIT } from '../contract/sites';

const { editor: NEW_EDITOR, submit: NEW_SUBMIT, trigger: TRIGGER, oldTop: OLD_TOP } = REDDIT;
const OLD_REPLY = '.thing .child > form.usertext';

describe('Reddit', () => {
  const env = useBrowser();

  describe('new Reddit (www.reddit.com, shreddit-composer with Lexical)', () => {
    it('records a comment sent by click exactly once, as a reply to the post, with one line per paragraph', async () => {
      const page = await env.harness.open('https://www.reddit.com/r/programming/comments/abc/fixture/?open=1');
      const editor = page.locator(NEW_EDITOR);
      await typeInto(editor, VALUE_2);
      await editor.press('Enter');
      await editor.pressSequentially('Happy to share the config.');
      const text = `${VALUE_2}\nHappy to share the config.`;
      await page.locator(NEW_SUBMIT).click();
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [comment] = await expectRecorded(env.ext, text);
      expect(comment).toMatchObject({ platform: 'reddit', reply: true, kind: 'give' });
      // Posting collapsed the box back to its trigger.
      await page.locator(TRIGGER).waitFor();
      expect(await page.locator(NEW_EDITOR).count()).toBe(0);
      await page.close();
    });

    it('gives the top-level box and a reply box separate hints, and records the reply with the reply flag', async () => {
      const page = await env.harness.open('https://www.reddit.com/r/programming/comments/abc/fixture/?open=1');
      await typeInto(page.locator(NEW_EDITOR), PROMO);
      await page.locator('[data-testid="comment-reply-button"]').click();
      const reply = page.locator(`shreddit-comment ${NEW_EDITOR}`);
      const replyText = 'Great question: write the test first for every bug you fix, it stops the same bug twice.';
      await typeInto(reply, replyText);
      await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, 0);
      await waitForBadge(page, { kind: 'give' }, 1);
      expect(await page.locator('give-first-hint').count()).toBe(2);
      expect(await page.locator('shreddit-comment give-first-hint').count()).toBe(1);
      await page.locator(`shreddit-comment ${NEW_SUBMIT}`).click();
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [recorded] = await expectRecorded(env.ext, replyText);
      expect(recorded).toMatchObject({ platform: 'reddit', reply: true });
      // Only the reply went out; the top-level draft stays and is not recorded.
      expect((await storedPosts(env.ext)).filter((p) => p.text === PROMO)).toEqual([]);
      expect(await modelText(page, 'top')).toBe(PROMO);
      await page.close();
    });

    it('keeps working on a box that was unmounted and mounted again', async () => {
      const page = await env.harness.open('https://www.reddit.com/r/programming/comments/abc/fixture/?open=1');
      await typeInto(page.locator(NEW_EDITOR), PROMO);
      await waitForBadge(page, { kind: 'take' });
      await page.locator('shreddit-composer > button[slot="cancel-button"]').click();
      await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
      await page.locator(TRIGGER).click();
      await typeInto(page.locator(NEW_EDITOR), VALUE_3);
      await waitForBadge(page, { kind: 'give' });
      expect(await page.locator('give-first-hint').count()).toBe(1);
      await page.locator(NEW_SUBMIT).click();
      const [recorded] = await expectRecorded(env.ext, VALUE_3);
      expect(recorded).toMatchObject({ platform: 'reddit', reply: true });
      await page.close();
    });
  });

  describe('old Reddit (old.reddit.com, textarea)', () => {
    const URL = 'https://old.reddit.com/r/programming/comments/abc/fixture/';

    it('records a top-level comment saved by click exactly once, and ignores an empty save', async () => {
      const page = await env.harness.open(URL);
      const before = (await storedPosts(env.ext)).length;
      await page.locator(`${OLD_TOP} button.save`).click();
      await page.locator(`${OLD_TOP} .error`).waitFor();
      const text = `${VALUE_4} (old Reddit)`;
      await typeInto(page.locator(`${OLD_TOP} textarea`), text);
      await page.locator(`${OLD_TOP} button.save`).click();
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [recorded] = await expectRecorded(env.ext, text);
      expect(recorded).toMatchObject({ platform: 'reddit', reply: true, kind: 'give' });
      expect((await storedPosts(env.ext)).length).toBe(before + 1);
      await page.close();
    });

    it('follows a cloned reply form next to the top-level box, again after it is closed and reopened', async () => {
      const page = await env.harness.open(URL);
      await typeInto(page.locator(`${OLD_TOP} textarea`), PROMO);
      await page.locator('a[data-event-action="reply"]').click();
      await typeInto(page.locator(`${OLD_REPLY} textarea`), 'Half a thought');
      await expect.poll(() => page.locator('give-first-hint').count()).toBe(2);
      await page.locator(`${OLD_REPLY} button.cancel`).click();
      await expect.poll(() => page.locator('give-first-hint').count()).toBe(1);

      await page.locator('a[data-event-action="reply"]').click();
      const replyText = 'Same here: I now read the last frame first, then the first frame from our own code. Thanks for the reminder, @ada!';
      await typeInto(page.locator(`${OLD_REPLY} textarea`), replyText);
      await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, 0);
      await waitForBadge(page, { kind: 'give' }, 1);
      await page.locator(`${OLD_REPLY} button.save`).click();
      await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
      const [recorded] = await expectRecorded(env.ext, replyText);
      expect(recorded).toMatchObject({ platform: 'reddit', reply: true });
      await page.close();
    });

    it('does not record saving an edit of an existing comment', async () => {
      const page = await env.harness.open(URL);
      const before = (await storedPosts(env.ext)).length;
      await page.locator('a[data-event-action="edit"]').click();
      const edit = page.locator('.entry form.usertext textarea');
      await typeInto(edit, 'Reading the whole stack trace, top to bottom, before touching the code.');
      await page.locator('.entry form.usertext button.save').click();
      await expect.poll(async () => (await sitePosted(page)).map((p) => p.via)).toEqual(['edit:t1_fixture']);
      const probe = `Probe after an edit ${Date.now()}: one tip, keep your commits small.`;
      await typeInto(page.locator(`${OLD_TOP} textarea`), probe);
      await page.locator(`${OLD_TOP} button.save`).click();
      await expectRecorded(env.ext, probe);
      expect((await storedPosts(env.ext)).length).toBe(before + 1);
      await page.close();
    });
  });
});
