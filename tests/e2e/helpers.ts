// Shared steps for site e2e cases: reading the hint, typing like a person, reading what was recorded.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type {} from '../fixtures/shared/expose';
import { readStoredPosts } from './driver/in-page';
import type { StoredPost } from './driver/types';
import { launch, type Harness } from './harness';

/** One browser for a test file, launched before its tests and closed after, with an extension page open to read
 * the database; when it closes, no request left for anywhere but the fixtures and no page logged an error other than
 * `expectedErrors`. Read `env.harness` and `env.ext` inside tests (they are set in beforeAll). */
export function useBrowser(options: { expectedErrors?: string[] } = {}): { harness: Harness; ext: Page } {
  const env = {} as { harness: Harness; ext: Page };
  beforeAll(async () => {
    env.harness = await launch();
    env.ext = await env.harness.extensionPage();
  });
  // After every case of the file: the extension made no request of its own and no page logged an error.
  afterAll(async () => {
    const { foreignRequests, pageErrors } = env.harness ?? { foreignRequests: [], pageErrors: [] };
    await env.harness?.close();
    expect(foreignRequests, 'requests to anywhere but the fixture').toEqual([]);
    expect(pageErrors, 'page errors').toEqual(options.expectedErrors ?? []);
  });
  return env;
}

/** Sample posts every site case types: one that takes, one that gives. */
export const PROMO = 'Our new course is live! Use my code SAVE20 at checkout and follow me for more. Link in bio';
export const VALUE =
  'Three things I learned moving our CI to ARM runners: pin base images, check native deps early, and cache per arch. Thanks to @jane for the build matrix tip!';

// More value posts, each distinct, so a later check is not a repeat of an earlier recorded one.
export const VALUE_2 =
  'How I cut our test suite from 12 to 4 minutes: run integration tests in parallel shards, cache dependencies by lockfile hash, and skip browser tests on docs-only changes. Thanks to @sam for the sharding script!';
export const VALUE_3 =
  'What fixed our flaky uploads: retry with exponential backoff capped at 30 s, make the upload idempotent with a client-generated id, and log the request id on failure. Thanks @ana for pairing on it!';
export const VALUE_4 =
  'A tip for anyone writing release notes: lead with what changed for the reader, link the migration guide, and list breaking changes first. Credit to @lee for the template we now use.';

export interface BadgeState {
  kind: string | null;
  families: string | null;
}

/** The badge of the hint beside `editable` (the n-th hint on the page by default). */
export function badge(page: Page, nth = 0): Locator {
  return page.locator('give-first-hint').nth(nth).locator('[data-testid="gf-badge"]');
}

export interface BadgeWant {
  kind?: string;
  /** Exactly these families (space-separated, in family order; '' for none). */
  families?: string;
  /** At least this family among those flagged. */
  has?: string;
}

export function badgeMatches(state: BadgeState, want: BadgeWant): boolean {
  return (
    (want.kind === undefined || state.kind === want.kind) &&
    (want.families === undefined || state.families === want.families) &&
    (want.has === undefined || (state.families ?? '').split(' ').includes(want.has))
  );
}

export async function waitForBadge(page: Page, want: BadgeWant, nth = 0): Promise<BadgeState> {
  const b = badge(page, nth);
  await b.waitFor({ state: 'attached' });
  let last: BadgeState = { kind: null, families: null };
  await expect
    .poll(
      async () => {
        last = { kind: await b.getAttribute('data-kind'), families: await b.getAttribute('data-families') };
        return badgeMatches(last, want);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

/** Click into the editor, clear it the way a person does, then type. */
export async function typeInto(editor: Locator, text: string): Promise<void> {
  await editor.click();
  await editor.press('ControlOrMeta+a');
  await editor.press('Backspace');
  await editor.pressSequentially(text);
}

/** Every post in the extension's database with its text, read from an extension page. */
export function storedPosts(extensionPage: Page): Promise<StoredPost[]> {
  return extensionPage.evaluate(readStoredPosts);
}

/** Waits until `count` posts with this text are stored, then checks it stays at exactly that number. */
export async function expectRecorded(extensionPage: Page, text: string, count = 1): Promise<StoredPost[]> {
  const matching = async () => (await storedPosts(extensionPage)).filter((p) => p.text === text);
  await expect.poll(async () => (await matching()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  const found = await matching();
  expect(found.length).toBe(count);
  return found;
}

/** Posts the fixture site itself received (its own record, in the page's main world). */
export function sitePosted(page: Page): Promise<{ text: string; via: string }[]> {
  return page.evaluate(() => window.__fixture?.posted.map((p) => ({ text: p.text, via: p.via })) ?? []);
}

export function modelText(page: Page, id?: string): Promise<string> {
  return page.evaluate((composer) => window.__fixture?.text(composer) ?? '', id);
}

/** The n-th hint is outside the editable, visible, and clear of the site's submit control. */
export async function expectBeside(page: Page, nth: number, editor: Locator, submit: Locator): Promise<void> {
  const hint = page.locator('give-first-hint').nth(nth);
  expect(await editor.evaluate((e) => e.querySelector('give-first-hint') !== null || e.closest('give-first-hint') !== null)).toBe(false);
  await expect.poll(() => badge(page, nth).isVisible()).toBe(true);
  const a = (await hint.locator('[data-testid="gf-badge"]').boundingBox())!;
  const b = (await submit.boundingBox())!;
  const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps, 'badge overlaps the submit control').toBe(false);
}

/** The open card lists findings, the first of them (in text order) in `family`. `scope`: where the hint lives. */
export async function expectFirstFinding(scope: Page | Locator, family: string): Promise<void> {
  const findings = scope.locator('give-first-hint [data-testid="gf-finding"]');
  await expect.poll(() => findings.count()).toBeGreaterThan(0);
  expect(await findings.first().getAttribute('data-family')).toBe(family);
}
