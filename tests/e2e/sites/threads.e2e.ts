// Threads: the Lexical compose modal (new posts and thread drafts), the reply modal, and the inline reply box on a
// post page; Ctrl/Cmd+Enter sends. Served from tests/fixtures/threads at www.threads.com and www.threads.net.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { badge, expectBeside, expectGives, expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE, waitForBadge } from '../helpers';

const FEED = 'https://www.threads.com/';
const POST_PAGE = 'https://www.threads.com/@grace.ships/post/C0ffee';
const THREAD_0 = '[data-fixture-id="thread-0"]';
const THREAD_1 = '[data-fixture-id="thread-1"]';
const INLINE = '[data-fixture-id="inline-reply"]';
const MODAL_POST = (page: Page) => page.locator('[role="dialog"] [role="button"]', { hasText: /^Post$/ });
const REPLY = 'Great question: write the test first for every bug you fix, it stops the same bug twice.';

async function openComposer(page: Page): Promise<Locator> {
  await page.locator('[data-fixture-opener]').click();
  const editor = page.locator(THREAD_0);
  await editor.waitFor();
  return editor;
}

describe('Threads (www.threads.com, Lexical)', () => {
  const env = useBrowser();

  it('turns the compose modal badge to take with self-promotion, beside the box and clear of Post', async () => {
    const page = await env.harness.open(FEED);
    const editor = await openComposer(page);
    await typeInto(editor, PROMO);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' });
    await expectBeside(page, 0, editor, MODAL_POST(page));
    await page.close();
  });

  it('shows give with no take-side family for a value post, also on threads.net', async () => {
    const page = await env.harness.open('https://www.threads.net/');
    await typeInto(await openComposer(page), VALUE);
    await expectGives(page);
    await page.close();
  });

  it('leaves the editor holding exactly what was typed', async () => {
    const page = await env.harness.open(FEED);
    const editor = await openComposer(page);
    await editor.pressSequentially('Hello wrold');
    for (let i = 0; i < 4; i++) await editor.press('Backspace');
    await editor.pressSequentially('orld, second try');
    await editor.press('Enter');
    await editor.pressSequentially('line two');
    await expect.poll(() => modelText(page, 'thread-0')).toBe('Hello world, second try\nline two');
    await editor.press('ControlOrMeta+a');
    await editor.pressSequentially('Replaced all of it https://example.com/a');
    await waitForBadge(page, { has: 'missing-value' });
    expect(await modelText(page, 'thread-0')).toBe('Replaced all of it https://example.com/a');
    expect(await sitePosted(page)).toEqual([]);
    await page.close();
  });

  it('records a post sent by Post exactly once, and one sent by Ctrl+Enter exactly once', async () => {
    const page = await env.harness.open(FEED);
    const byClick = `${VALUE} (sent by click)`;
    await typeInto(await openComposer(page), byClick);
    await MODAL_POST(page).click();
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    const [clicked] = await expectRecorded(env.ext, byClick);
    expect(clicked).toMatchObject({ platform: 'threads', reply: false, kind: 'give' });

    const byKey = 'Use my code SAVE20 today and DM me for the rest of the deal. Link in bio!';
    const editor = await openComposer(page);
    await typeInto(editor, byKey);
    await editor.press('ControlOrMeta+Enter');
    await expect.poll(async () => (await sitePosted(page)).length).toBe(2);
    const [keyed] = await expectRecorded(env.ext, byKey);
    expect(keyed).toMatchObject({ platform: 'threads', reply: false, kind: 'take', families: expect.arrayContaining(['self-promotion']) });
    await page.close();
  });

  it('records the inline reply by its send icon and by Ctrl+Enter, never by the action bar\'s Reply icon', async () => {
    const page = await env.harness.open(POST_PAGE);
    const inline = page.locator(INLINE);
    const draft = `A first draft, not sent ${Date.now()}: pin your base images.`;
    await typeInto(inline, draft);
    await page.locator('[data-fixture-action-reply]').click(); // opens/focuses the box; sends nothing
    await typeInto(inline, REPLY);
    await waitForBadge(page, { kind: 'give' });
    await expectBeside(page, 0, inline, page.locator('[data-fixture-send]'));
    await page.locator('[data-fixture-send]').click();
    await expect.poll(async () => (await sitePosted(page)).map((p) => p.via)).toEqual(['inline-reply']);
    const [sent] = await expectRecorded(env.ext, REPLY);
    expect(sent).toMatchObject({ platform: 'threads', reply: true });

    const byKey = `Thanks for sharing! One tip: add a search box, people skim docs. ${Date.now()}`;
    await typeInto(inline, byKey);
    await inline.press('ControlOrMeta+Enter');
    await expect.poll(async () => (await sitePosted(page)).length).toBe(2);
    const [keyed] = await expectRecorded(env.ext, byKey);
    expect(keyed).toMatchObject({ platform: 'threads', reply: true });
    expect((await storedPosts(env.ext)).filter((p) => p.text === draft)).toEqual([]);
    await page.close();
  });

  it('records a reply from the reply modal with the reply flag', async () => {
    const page = await env.harness.open(FEED);
    await page.locator('[data-fixture-open-reply="ada.codes"]').click();
    const box = page.locator('[data-fixture-id="reply-modal"]');
    const text = `${REPLY} ${Date.now()}`;
    await typeInto(box, text);
    await MODAL_POST(page).click();
    const [reply] = await expectRecorded(env.ext, text);
    expect(reply).toMatchObject({ platform: 'threads', reply: true });
    await page.close();
  });

  it('ignores the disabled Post and Ctrl+Enter of an empty modal', async () => {
    const page = await env.harness.open(FEED);
    const before = (await storedPosts(env.ext)).length;
    const editor = await openComposer(page);
    await editor.press('ControlOrMeta+Enter');
    await MODAL_POST(page).click({ force: true });
    const probe = `Probe after an empty send ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(editor, probe);
    await MODAL_POST(page).click();
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).length).toBe(before + 1);
    await page.close();
  });

  it('keeps working when the modal is cancelled and opened again', async () => {
    const page = await env.harness.open(FEED);
    await typeInto(await openComposer(page), PROMO);
    await waitForBadge(page, { kind: 'take' });
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Cancel' }).click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
    const text = `Opened again ${Date.now()}: a tip from @jane, cache your dependencies per architecture.`;
    await typeInto(await openComposer(page), text);
    await waitForBadge(page, { kind: 'give' });
    await MODAL_POST(page).click();
    const [post] = await expectRecorded(env.ext, text);
    expect(post).toMatchObject({ platform: 'threads', reply: false });
    await page.close();
  });

  it('gives each post of a thread draft its own hint, and records each once when the thread is posted', async () => {
    const page = await env.harness.open(FEED);
    const first = `${VALUE} ${Date.now()}`;
    const second = `Use my code SAVE20 and follow me for more. Link in bio ${Date.now()}`;
    await typeInto(await openComposer(page), first);
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Add to thread' }).click();
    await typeInto(page.locator(THREAD_1), second);
    await waitForBadge(page, { kind: 'give' }, 0);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, 1);
    await MODAL_POST(page).click();
    await expect.poll(async () => (await sitePosted(page)).map((p) => p.text)).toEqual([first, second]);
    expect(await expectRecorded(env.ext, first)).toHaveLength(1);
    const [take] = await expectRecorded(env.ext, second);
    expect(take).toMatchObject({ platform: 'threads', reply: false, kind: 'take' });
    await page.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
