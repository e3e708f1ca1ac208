// `npm start`: builds the extension and the composer fixtures, then either opens Chromium with Give First on the
// playground (when there is a display) or runs a headless tour that types sample posts into each composer,
// prints what the hints said and saves screenshots to tests/tour/out.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/harness';
import { PLAYGROUND_URL } from '../e2e/sites';
import { TOUR } from './samples';

const OUT = path.resolve(import.meta.dirname, 'out');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && !process.argv.includes('--tour');

function build(): void {
  for (const step of ['build', 'build:fixtures']) execSync(`npm run --silent ${step}`, { stdio: 'inherit' });
}

/** Waits until the writer's pause settled the verdict and the badge stops changing, then reads it. */
async function settledBadge(page: Page) {
  const badge = page.locator('give-first-hint [data-testid="gf-badge"]').first();
  await badge.waitFor({ state: 'attached' });
  // This composer's badge, not the first settled one: a page with several comment boxes has other badges at rest.
  while ((await badge.getAttribute('data-pending')) !== null) await page.waitForTimeout(50);
  const read = async () =>
    `${await badge.getAttribute('data-kind')}|${await badge.getAttribute('data-families')}|${await badge.textContent()}`;
  let last = await read();
  for (let same = 0; same < 3; ) {
    await page.waitForTimeout(100);
    const now = await read();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  const [kind, families, label] = last.split('|');
  return { kind, families, label, badge };
}

async function tour(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const harness = await launch();
  try {
    for (const stop of TOUR) {
      for (const post of stop.posts) {
        const page = await harness.open(stop.url);
        const editor = page.locator(stop.editor);
        await editor.click();
        await editor.pressSequentially(post.text);
        const { kind, families, label, badge } = await settledBadge(page);
        await badge.click();
        const findings = await page.locator('give-first-hint [data-testid="gf-finding"]').evaluateAll((items) =>
          items.map((i) => {
            const advice = i.querySelector('.suggestion')?.textContent;
            return `${(i as HTMLElement).dataset.rule}: ${i.querySelector('.line')?.textContent}${advice ? `\n      → ${advice}` : ''}`;
          }),
        );
        console.log(`\n${stop.name} · ${post.label}\n  “${post.text}”\n  badge: ${label} (kind=${kind}, families=${families || 'none'})`);
        for (const f of findings) console.log(`  - ${f}`);
        const file = path.join(OUT, `${stop.name}-${post.label.replace(/\W+/g, '-')}.png`);
        await page.screenshot({ path: file });
        console.log(`  screenshot: ${path.relative(process.cwd(), file)}`);
        await page.close();
      }
    }
    const popup = await harness.extensionPage('popup.html');
    await popup.locator('[data-testid="gf-balance"]').waitFor();
    await popup.setViewportSize({ width: 360, height: 300 });
    await popup.screenshot({ path: path.join(OUT, 'popup.png') });
    console.log(`\npopup: ${path.relative(process.cwd(), path.join(OUT, 'popup.png'))}`);
    if (harness.foreignRequests.length) console.log(`requests blocked: ${harness.foreignRequests.length}`);
  } finally {
    await harness.close();
  }
}

async function playground(): Promise<void> {
  const harness = await launch({ headless: false });
  const page = await harness.open(PLAYGROUND_URL);
  console.log('Chromium is open with Give First loaded on the playground. Close the window to stop.');
  await new Promise<void>((resolve) => {
    harness.context.on('close', () => resolve());
    page.on('close', () => {
      if (harness.context.pages().length === 0) resolve();
    });
  });
  await harness.close().catch(() => undefined);
}

build();
if (headed) await playground();
else {
  console.log('No display found: running the headless tour instead (set DISPLAY for the interactive playground).');
  await tour();
}
