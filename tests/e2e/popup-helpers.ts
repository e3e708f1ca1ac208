// Shared steps for the popup, options and people e2e files: posting on a site, a realistic history to import, axe,
// reading the balance.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { check, fingerprint, type Platform } from '../../lib/checker';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/storage/export-format';
import { peopleIn, topicsIn } from '../../lib/model/reach';
import { X } from './contract/sites';
import type { Harness } from './harness';
import { typeInto, waitForBadge } from './helpers';

export const GIVE = 'Tip that took me years: write the failing test before the fix. Thanks to @kent for teaching me this.';
export const TAKE = 'Big launch today! Use my code LAUNCH20 and follow me for more. Link in bio';

/** Posts `text` on the X fixture once the hint shows `kind`, the way a person would. */
export async function postOnX(harness: Harness, text: string, kind: string): Promise<void> {
  const page = await harness.open('https://x.com/home');
  await typeInto(page.locator(X.editor), text);
  await waitForBadge(page, { kind });
  await page.locator(X.post).click();
  await page.close();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page, after checking it really looked (colour contrast, labels, landmarks...). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
    const r = await axe.run();
    return { violations: r.violations.map((v) => `${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`), passes: r.passes.length };
  });
  expect(result.passes).toBeGreaterThan(5);
  return result.violations;
}

export async function balance(popup: Page) {
  const b = popup.locator('[data-testid="gf-balance"]');
  await b.waitFor();
  return {
    gives: Number(await b.getAttribute('data-gives')),
    takes: Number(await b.getAttribute('data-takes')),
    neutral: Number(await b.getAttribute('data-neutral')),
  };
}

/** Imports `body` through the options page's file picker and returns the status it shows. */
export async function importThrough(options: Page, name: string, mimeType: string, body: Buffer | string): Promise<string> {
  const status = options.locator('[data-testid="gf-data-status"]');
  const before = (await status.count()) ? await status.textContent() : null;
  await options.locator('[data-testid="gf-import"]').setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
  await expect.poll(async () => ((await status.count()) ? await status.textContent() : null)).not.toBe(before);
  return (await status.textContent()) ?? '';
}

const SAMPLES: { text: string; platform: Platform; daysAgo: number; hinted?: boolean }[] = [
  { text: 'Huge thank you Maria Lopez and Mrs. Patel for the kiln tips: wipe bisque with a damp sponge before glazing.', platform: 'x', daysAgo: 0 },
  { text: 'Our spring glaze drop is live! Use my code SPRING20 at checkout and follow me for more. Link in bio', platform: 'instagram', daysAgo: 0, hinted: true },
  { text: 'Three things I learned trimming 200 bowls: wait for leather hard, use a sharp loop tool, and support the rim.', platform: 'linkedin', daysAgo: 1 },
  { text: 'What do you use to keep reclaim clay from going mouldy? I tried a drop of bleach and it worked for me.', platform: 'mastodon', daysAgo: 2 },
  { text: 'New blog post on wood firing, read it here https://myclay.studio/wood', platform: 'facebook', daysAgo: 3, hinted: true },
  { text: 'Thanks to @kent and Ana Souza for the cone 6 recipes; the satin white is now my favourite base.', platform: 'bluesky', daysAgo: 4 },
  { text: 'Kiln log: slow cool from 1100°C to 900°C at 80°C per hour gave the best matte on my stoneware.', platform: 'threads', daysAgo: 6 },
  { text: 'Last chance! Only today, 30% off every mug. Link in bio', platform: 'instagram', daysAgo: 9, hinted: true },
  { text: 'A tip for centering: brace your left elbow on your thigh and let the wheel do the work.', platform: 'youtube', daysAgo: 12 },
  { text: 'Credit to Li Wei, whose glaze calculator saved me a week of test tiles. Here is how I use it for cone 10.', platform: 'reddit', daysAgo: 17 },
  { text: 'Our spring glaze drop is live! Use my code SPRING20 at checkout. Link in bio', platform: 'x', daysAgo: 21 },
  { text: 'Studio update: the new wheel is in, and the first batch of planters is drying on the shelves.', platform: 'linkedin', daysAgo: 26 },
];

/** A Give First export of a potter's last month on eight sites, checked by the real checker. */
export function sampleExport(now = Date.now()): string {
  const posts = SAMPLES.map((s, i) => {
    const time = now - s.daysAgo * 86_400_000 - (i + 1) * 3_600_000;
    const report = check(s.text, { platform: s.platform, now: time });
    const id = `sample-${i}`;
    const print = fingerprint(s.text, id, time, true);
    const take = report.findings.filter((f) => f.family === 'self-promotion').map((f) => s.text.slice(f.start, f.end).toLowerCase());
    return {
      id, time, platform: s.platform, reply: false, kind: report.kind, families: report.families,
      signals: [...new Set(report.signals.map((g) => g.signal))], phrases: [...new Set(take)].slice(0, 20), scores: report.scores,
      nudge: { hinted: !!s.hinted, firstFamilies: s.hinted ? report.families : [], submitFamilies: report.families },
      links: print.links, tags: print.tags ? print.tags.split(' ').filter(Boolean) : [], mentions: (s.text.match(/@\w+/g) ?? []).map((m) => m.toLowerCase()),
      people: peopleIn(s.text), topics: topicsIn(s.text), text: s.text,
    };
  });
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), posts, feedback: [] });
}
