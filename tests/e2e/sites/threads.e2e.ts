// Threads: what only threads.com does, beyond the shared site contract (tests/e2e/contract, rows threads-post,
// threads-post-net and threads-inline-reply): the action bar's Reply icon that sends nothing, the reply modal, the
// modal cancelled and opened again, thread drafts.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectBeside, expectRecorded, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE, waitForBadge } from '../helpers';
import { THREADS } from '../contract/sites';

const FEED = 'https://www.threads.com/';
const POST_PAGE = 'https://www.threads.com/@grace.ships/post/C0ffee';
const [THREAD_0, THREAD_1, INLINE] = [THREADS.thread(0), THREADS.thread(1), THREADS.inline];
const MODAL_POST = (page: Page) => page.locator(THREADS.modalButton, { hasText: /^Post$/ });
const REPLY = 'Great question: write the test first for every bug you fix, it stops the same bug twice.';

async function openComposer(page: Page): Promise<Locator> {
  await page.locator('[data-fixture-opener]').click();
  const editor = page.locator(THREAD_0);
  await editor.waitFor();
  return editor;
}

describe('Threads (www.threads.com, Lexical)', () => {
  const env = useBrowser();

  it('records the inline reply by its send icon, never by the action bar\'s Reply icon', async () => {
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
});
