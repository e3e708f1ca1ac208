// In-browser measurements against the budgets in ARCHITECTURE.md: keystroke to badge update on a 3,000-character post, long tasks
// while typing (with and without the extension), CPU on an idle page, content script size, and with 10k and 100k
// stored posts: the popup's first paint and the time to record a post. Run: npm run bench:browser
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Harness } from '../e2e/harness';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const KEYSTROKES = 120;
const BASE = 'Three lessons from shipping our app to 1,000 users. Use my code SAVE20 and follow me for more. '.repeat(32).slice(0, 2_990);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Main-world probes: keydown time, the next change inside the hint's shadow root, and long tasks. */
async function installProbes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[]; __t0: number | null };
    w.__lat = [];
    w.__long = [];
    w.__t0 = null;
    document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
    const host = document.querySelector('give-first-hint');
    if (host?.shadowRoot) {
      new MutationObserver(() => {
        if (w.__t0 === null) return;
        w.__lat.push(performance.now() - w.__t0);
        w.__t0 = null;
      }).observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  });
}

async function typingRun(harness: Harness, withHint: boolean) {
  const page = await harness.open('https://x.com/home');
  const editor = page.locator(EDITOR);
  await editor.click();
  await page.keyboard.insertText(BASE);
  if (withHint) await page.locator('give-first-hint').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  await installProbes(page);
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type('abcdefghij'[i % 10]!, { delay: 25 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[] };
    return { lat: w.__lat, long: w.__long };
  });
  await page.close();
  return result;
}

async function idleCpu(harness: Harness, url: string) {
  const page = await harness.open(url);
  await page.waitForTimeout(500);
  const cdp = await harness.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  const a = await metric();
  await page.waitForTimeout(5_000);
  const b = await metric();
  await page.close();
  return { script: (b.script - a.script) * 1000, task: (b.task - a.task) * 1000 };
}

/** Writes `count` synthetic posts straight into the extension's database (faster than any import). */
async function seed(ext: Page, count: number) {
  await ext.evaluate(async (n) => {
    const open = indexedDB.open('give-first');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const kinds = ['give', 'give', 'give', 'neutral', 'take'];
    const platforms = ['x', 'linkedin', 'mastodon', 'bluesky', 'reddit'];
    const now = Date.now();
    const daily = new Map<string, { key: string; day: number; platform: string; gives: number; takes: number; neutral: number }>();
    for (let start = 0; start < n; start += 5_000) {
      const tx = db.transaction(['posts', 'bodies'], 'readwrite');
      for (let i = start; i < Math.min(n, start + 5_000); i++) {
        const id = `seed-${i}`;
        const time = now - i * 60_000;
        const day = new Date(time).setHours(0, 0, 0, 0);
        const key = `${day}|${platforms[i % 5]}`;
        const row = daily.get(key) ?? { key, day, platform: platforms[i % 5]!, gives: 0, takes: 0, neutral: 0 };
        const kind = kinds[i % 5];
        if (kind === 'give') row.gives++;
        else if (kind === 'take') row.takes++;
        else row.neutral++;
        daily.set(key, row);
        tx.objectStore('posts').put({
          id, time, platform: platforms[i % 5], reply: i % 3 === 0, kind: kinds[i % 5], families: i % 5 === 4 ? ['self-promotion'] : [],
          scores: { give: 1, take: 0, missing: 0, repeat: 0 }, nudge: { hinted: i % 7 === 0, firstFamilies: [], submitFamilies: [] },
          links: [`example.com/${i % 50}`], tags: [`tag${i % 40}`], mentions: [`@p${i % 30}`],
        });
        const sig = Array.from({ length: 64 }, (_, k) => (Math.imul(i + 1, 2654435761) ^ Math.imul(k + 1, 40503)) >>> 0);
        tx.objectStore('bodies').put({
          id, time, text: `Synthetic post ${i} about topic ${i % 40} with a tip or two for readers.`,
          fingerprint: { id, time, sig, exact: i, length: 60, links: [], tags: '' },
        });
      }
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
    }
    // Seeding twice (10k, then 100k) overwrites the same ids: recount the day rows from scratch.
    const dtx = db.transaction('daily', 'readwrite');
    dtx.objectStore('daily').clear();
    for (const row of daily.values()) dtx.objectStore('daily').put(row);
    await new Promise((res) => (dtx.oncomplete = res));
    db.close();
  }, count);
}

async function popupFirstPaint(harness: Harness, runs = 5) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await harness.context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="gf-balance"]')) {
          (window as unknown as { __painted: number }).__painted = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    await page.locator('[data-testid="gf-balance"]').waitFor();
    times.push(await page.evaluate(() => (window as unknown as { __painted: number }).__painted));
    await page.close();
  }
  return times;
}

async function recordTimes(ext: Page, runs = 40) {
  return ext.evaluate(async (n) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await chrome.runtime.sendMessage({
        id: Math.random(), type: 'recordPost', timestamp: Date.now(),
        data: {
          id: `bench-${Date.now()}-${i}`, platform: 'x', reply: false, text: `A benchmark post number ${i}, with a tip: measure first.`,
          time: Date.now(), kind: 'give', families: [], scores: { give: 1, take: 0, missing: 0, repeat: 0 },
          nudge: { hinted: false, firstFamilies: [], submitFamilies: [] },
        },
      });
      out.push(performance.now() - t0);
    }
    return out;
  }, runs);
}

async function main() {
  const size = (file: string) => {
    const body = readFileSync(path.join(EXTENSION_DIR, 'content-scripts', file));
    return `${(body.length / 1024).toFixed(1)} kB raw, ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1)} kB gzipped`;
  };
  console.log(`content script on every page (composer.js): ${size('composer.js')} (budget 30 kB until a composer appears)`);
  console.log(`composer UI, injected when a composer appears (composer-ui.js): ${size('composer-ui.js')}`);

  const withExt = await launch();
  const typed = await typingRun(withExt, true);
  console.log(`keystroke -> badge update, 3,000-character post (${typed.lat.length} samples): p50 ${ms(pct(typed.lat, 50))}, p95 ${ms(pct(typed.lat, 95))}, max ${ms(Math.max(...typed.lat))} (budget p95 50 ms)`);
  console.log(`long tasks while typing, with Give First: ${typed.long.length} (longest ${ms(Math.max(0, ...typed.long))})`);
  const idleComposer = await idleCpu(withExt, 'https://x.com/home');
  const idlePlain = await idleCpu(withExt, 'https://playground.give-first.test/');
  console.log(`idle 5 s, page with a composer: script ${ms(idleComposer.script)}, tasks ${ms(idleComposer.task)}; page without: script ${ms(idlePlain.script)}`);

  // Recording is timed from the options page: a popup would re-read its live query on every write.
  const ext = await withExt.extensionPage('options.html');
  const emptyPaint = await popupFirstPaint(withExt);
  console.log(`empty history: popup first paint median ${ms(pct(emptyPaint, 50))}`);
  for (const size of [10_000, 100_000]) {
    await seed(ext, size);
    const paint = await popupFirstPaint(withExt);
    const rec = await recordTimes(ext);
    console.log(`${size.toLocaleString('en')} stored posts: popup first paint median ${ms(pct(paint, 50))} (max ${ms(Math.max(...paint))}; budget 200 ms at 10k), record a post median ${ms(pct(rec, 50))} p95 ${ms(pct(rec, 95))} (budget 10 ms)`);
  }
  await withExt.close();

  const bare = await launch({ extensionDir: path.resolve(import.meta.dirname, 'no-extension') });
  const plain = await typingRun(bare, false);
  console.log(`long tasks while typing, without Give First: ${plain.long.length} (longest ${ms(Math.max(0, ...plain.long))})`);
  await bare.close();
}

await main();
