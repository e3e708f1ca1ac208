// Browser-neutral steps over a Driver: reading the hint through its shadow root, typing like a person, reading
// what the site sent and what the extension recorded.
import { expect } from 'vitest';
import type {} from '../../fixtures/shared/expose';
import { badgeMatches, type BadgeState, type BadgeWant } from '../helpers';
import { inPage, type Query } from './in-page';
import type { Driver, DriverPage, StoredPost, Target } from './types';

export const BADGE = 'give-first-hint >>> [data-testid="gf-badge"]';
const FINDING = 'give-first-hint >>> [data-testid="gf-finding"]';

export function query<T>(page: DriverPage, q: Query): Promise<T> {
  return page.evaluate(inPage, q) as Promise<T>;
}

export const count = (page: DriverPage, target: Target) => query<number>(page, { op: 'count', target });

export async function waitFor(page: DriverPage, target: Target): Promise<void> {
  await expect.poll(() => count(page, target), { timeout: 10_000 }).toBeGreaterThan(0);
}

export async function badgeState(page: DriverPage, nth = 0): Promise<BadgeState> {
  const [kind, families] = await Promise.all([
    query<string | null>(page, { op: 'attr', target: BADGE, nth, name: 'data-kind' }),
    query<string | null>(page, { op: 'attr', target: BADGE, nth, name: 'data-families' }),
  ]);
  return { kind, families };
}

export async function waitForBadge(page: DriverPage, want: BadgeWant, nth = 0): Promise<BadgeState> {
  let last: BadgeState = { kind: null, families: null };
  await expect
    .poll(
      async () => {
        last = await badgeState(page, nth);
        return badgeMatches(last, want);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

/** Click into the editor, clear it the way a person does, then type. */
export async function typeInto(page: DriverPage, editor: Target, text: string): Promise<void> {
  await page.click(editor);
  await page.press('ControlOrMeta+a');
  await page.press('Backspace');
  await page.type(text);
}

/** Types like a person: a typo fixed with Backspace, then a second line ("Hello world, second try" / "line two"). */
export async function typeWithEdits(page: DriverPage, editor: Target, newline = 'Enter'): Promise<void> {
  await page.click(editor);
  await page.type('Hello wrold');
  for (let i = 0; i < 4; i++) await page.press('Backspace');
  await page.type('orld, second try');
  await page.press(newline);
  await page.type('line two');
}

/** The editor library's own model text (the fixture's record), not the DOM's. */
export function modelText(page: DriverPage, id?: string): Promise<string> {
  return page.evaluate((composer) => window.__fixture?.text(composer ?? undefined) ?? '', id ?? null);
}

/** Posts the fixture site itself received (its own record, in the page's main world). */
export function sitePosted(page: DriverPage): Promise<{ text: string; via: string }[]> {
  return page.evaluate(() => window.__fixture?.posted.map((p) => ({ text: p.text, via: p.via })) ?? [], null);
}

/** Waits until `count` posts with this text are stored, then checks it stays at exactly that number. */
export async function expectRecorded(driver: Driver, text: string, times = 1): Promise<StoredPost[]> {
  const matching = async () => (await driver.storedPosts()).filter((p) => p.text === text);
  await expect.poll(async () => (await matching()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(times);
  const found = await matching();
  expect(found.length).toBe(times);
  return found;
}

/** The n-th hint is outside the editable, visible, and clear of the site's submit control. */
export async function expectBeside(page: DriverPage, nth: number, editor: Target, submit: Target): Promise<void> {
  expect(await query(page, { op: 'containsHint', target: editor, nth: 0 }), 'hint inside the editable').toBe(false);
  await expect.poll(() => query(page, { op: 'visible', target: BADGE, nth })).toBe(true);
  type Rect = { x: number; y: number; width: number; height: number };
  const a = (await query<Rect>(page, { op: 'rect', target: BADGE, nth }))!;
  const b = (await query<Rect>(page, { op: 'rect', target: submit, nth: 0 }))!;
  const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps, 'badge overlaps the submit control').toBe(false);
}

/** The open card lists findings, the first of them (in text order) in `family`. */
export async function expectFirstFinding(page: DriverPage, family: string): Promise<void> {
  await expect.poll(() => count(page, FINDING)).toBeGreaterThan(0);
  expect((await query<(string | null)[]>(page, { op: 'attrs', target: FINDING, name: 'data-family' }))[0]).toBe(family);
}
