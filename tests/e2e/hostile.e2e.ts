// Hostile input in every fixture's real editor: markup-looking text, emoji with joiners, RTL, CJK, zero-width
// characters and a long paste. Nothing runs, no error reaches the page, the hint shows text as text, and the
// editor keeps what was typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOUR } from '../tour/samples';
import { launch, type Harness } from './harness';
import { badge } from './helpers';

const SAMPLES = [
  '<img src=x onerror="window.__gfPwned=1"> <script>window.__gfPwned=2</script> "quotes" & ampersands',
  'family 👨‍👩‍👧‍👦 flags 🇵🇹🇯🇵 keycap 1️⃣ skin 👍🏽 zero\u200Bwidth',
  'مرحبا بالعالم! שלום עולם — RTL beside English words',
  '日本語のテキストと中文字符，还有한국어 문장。',
  'Long paste: '.concat('the same careful sentence about kiln logs and glaze tests. '.repeat(300)),
];
const flat = (s: string) => s.replace(/[\u200B\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
const stops = [...new Map(TOUR.map((s) => [`${s.url} ${s.editor}`, s])).values()];

describe('hostile input in every fixture', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each(stops.map((s) => [s.name, s] as const))('%s', async (_name, stop) => {
    const page = await harness.open(stop.url);
    const editor = page.locator(stop.editor);
    await editor.click();
    // Collapsed boxes (YouTube) mount the real editor on click: from here on, type into whatever has focus.
    const focused = page.locator(':focus');
    for (const sample of SAMPLES) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
      await page.keyboard.insertText(sample);
      await expect
        .poll(async () => flat(await focused.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText))), { timeout: 15_000 })
        .toBe(flat(sample));
      await expect.poll(() => badge(page).getAttribute('data-kind')).toMatch(/^(give|take|neutral)$/);
      // The hint read this very text: the long paste repeats one sentence, and says so.
      if (sample.startsWith('Long paste')) await expect.poll(() => badge(page).getAttribute('data-families')).toContain('repetition');
      expect(await page.locator('give-first-hint img, give-first-hint script').count()).toBe(0);
    }
    expect(await page.evaluate(() => (window as { __gfPwned?: number }).__gfPwned)).toBeUndefined();
    await page.close();
  });

  it('ran no script, made no request and logged no error', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
