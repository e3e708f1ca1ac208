// Mastodon: what only mastodon.social does, beyond the shared site contract (tests/e2e/contract, row mastodon-home):
// replies, the suggestion list's Enter, edits, remounts and two forms. Instances at other hosts are found
// by DOM only after the person grants them; that path is unit-tested in tests/sites/mastodon.test.ts.
import { describe, expect, it } from 'vitest';
import { expectBeside, expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE, waitForBadge } from '../helpers';
import { MASTODON } from '../contract/sites';

const { editor: EDITOR, submit: SUBMIT } = MASTODON;

describe('Mastodon (mastodon.social, textarea)', () => {
  const env = useBrowser();

  it('records a reply (reply indicator shown) with the reply flag and whom it answers', async () => {
    const page = await env.harness.open('https://mastodon.social/home');
    await page.locator('[data-fixture-reply="ada"]').click();
    await page.locator('form.compose-form .reply-indicator').waitFor();
    const editor = page.locator(EDITOR);
    await expect.poll(() => modelText(page)).toBe('@ada ');
    await editor.press('End');
    await editor.pressSequentially('Great question: write the test first for every bug you fix, it stops the same bug twice.');
    await waitForBadge(page, { kind: 'give' });
    await editor.press('ControlOrMeta+Enter');
    const [reply] = await expectRecorded(env.ext, '@ada Great question: write the test first for every bug you fix, it stops the same bug twice.');
    expect(reply).toMatchObject({ platform: 'mastodon', reply: true, replyTo: ['@ada'] });
    await page.close();
  });

  it('does not count Enter or Ctrl+Enter that picks a suggestion from the open list', async () => {
    const page = await env.harness.open('https://mastodon.social/home');
    const editor = page.locator(EDITOR);
    await typeInto(editor, 'Big thanks to @ali');
    const items = page.locator('.autosuggest-textarea__suggestions__item');
    await items.first().waitFor();
    await editor.press('ControlOrMeta+Enter');
    await expect.poll(() => modelText(page)).toBe('Big thanks to @alice ');
    await editor.pressSequentially('and @alin');
    await items.first().waitFor();
    await editor.press('Enter');
    await expect.poll(() => modelText(page)).toBe('Big thanks to @alice and @alina ');
    expect(await sitePosted(page)).toEqual([]);
    const sent = 'Big thanks to @alice and @alina for the pairing session: pin your base images and check native deps early.';
    await editor.pressSequentially('for the pairing session: pin your base images and check native deps early.');
    await editor.press('ControlOrMeta+Enter');
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    await expectRecorded(env.ext, sent);
    const partial = (await storedPosts(env.ext)).filter((p) => p.text?.startsWith('Big thanks to @ali') && p.text !== sent);
    expect(partial).toEqual([]);
    await page.close();
  });

  it('does not record saving an edit (the post was recorded when first published)', async () => {
    const page = await env.harness.open('https://mastodon.social/home?edit=1');
    const before = (await storedPosts(env.ext)).length;
    await typeInto(page.locator(EDITOR), 'Three tips for small PRs: one concern each, tests first, and a clear title.');
    await waitForBadge(page, { kind: 'give' });
    await page.locator(SUBMIT).click();
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    await page.goto('https://mastodon.social/home');
    const probe = `Probe after an edit ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(page.locator(EDITOR), probe);
    await page.locator(SUBMIT).click();
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).length).toBe(before + 1);
    await page.close();
  });

  it('keeps working when navigation unmounts and remounts the compose form', async () => {
    const page = await env.harness.open('https://mastodon.social/home');
    await typeInto(page.locator(EDITOR), PROMO);
    await waitForBadge(page, { kind: 'take' });
    await page.locator('.fixture-nav a[href="/explore"]').click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
    await page.locator('.fixture-nav a[href="/home"]').click();
    const text = `Back again ${Date.now()}: a tip from @jane, cache your dependencies per architecture.`;
    await typeInto(page.locator(EDITOR), text);
    await waitForBadge(page, { kind: 'give' });
    expect(await page.locator('give-first-hint').count()).toBe(1);
    await page.locator(SUBMIT).click();
    const [post] = await expectRecorded(env.ext, text);
    expect(post).toMatchObject({ platform: 'mastodon', reply: false });
    await page.close();
  });

  it('gives two forms on one page separate hints and sends only the one submitted', async () => {
    const page = await env.harness.open('https://mastodon.social/deck');
    const first = page.locator('[data-fixture-form="compose"]');
    const second = page.locator('[data-fixture-form="compose-2"]');
    const promo = `${PROMO} ${Date.now()}`;
    await typeInto(first.locator('textarea'), promo);
    await typeInto(second.locator('textarea'), VALUE);
    await waitForBadge(page, { kind: 'take' }, 0);
    await waitForBadge(page, { kind: 'give' }, 1);
    expect(await first.locator('give-first-hint').count()).toBe(1);
    expect(await second.locator('give-first-hint').count()).toBe(1);
    await expectBeside(page, 1, second.locator('textarea'), second.locator('button[type="submit"]'));
    await second.locator('button[type="submit"]').click();
    await expect.poll(async () => (await sitePosted(page)).length).toBe(1);
    await expectRecorded(env.ext, VALUE);
    expect((await storedPosts(env.ext)).filter((p) => p.text === promo)).toEqual([]);
    await page.close();
  });
});
