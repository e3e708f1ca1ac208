// Any text yields a report: no throw, the same report twice, and every range inside the text on code-point
// boundaries (never half a surrogate pair): a hint that throws or marks half an emoji breaks the person's page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type CheckContext, type Report } from '../../lib/checker';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A cut between a high and a low surrogate would split one character in two. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function expectSound(text: string, report: Report): void {
  for (const f of report.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(splitsPair(text, f.start), `start ${f.start} splits a pair`).toBe(false);
    expect(splitsPair(text, f.end), `end ${f.end} splits a pair`).toBe(false);
    expect(Number.isFinite(f.weight)).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
  }
  for (const s of report.signals) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
  expect(['give', 'take', 'neutral']).toContain(report.kind);
  for (const v of Object.values(report.scores)) expect(Number.isFinite(v)).toBe(true);
}

const PIECES = [
  '👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '1️⃣', '🇵🇹', '\u200b', '\u200d', '\ufeff', 'مرحبا بالعالم', 'שלום עולם', '日本語のテキスト', '中文字符',
  '한국어 문장', '<img src=x onerror=alert(1)>', '<script>x</script>', '&amp;', 'https://example.com/a?b=c#d', 'x.io/p',
  '@user@instance.social', '#hashtag', '#1', 'Link in bio', 'use code SAVE20', 'Agree?', '\n', '  ', '.', '\ud800', '\udc00',
  'e.g.', 'don’t', 'Thanks to @jane for the tip!', 'SALE SALE SALE', '🙏🙏🙏🙏🙏🙏', 'Ⅻ', 'ﬁ', 'İstanbul', 'ß',
];

const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary-ascii', maxLength: 8 })), { maxLength: 60 }).map((p) => p.join('')),
);

const contexts: fc.Arbitrary<CheckContext> = fc.record(
  {
    platform: fc.constantFrom('x', 'linkedin', 'instagram', 'mastodon', 'other'),
    reply: fc.boolean(),
    lang: fc.constantFrom('en', 'es', 'de', 'fr', 'pt', 'und'),
    sensitivity: fc.constantFrom('gentle', 'normal', 'strict'),
    own: fc.constant({ brands: ['Acme Studio', '(weird[brand'], domains: ['acme.io', 'not a domain'] }),
    history: fc.array(fc.string({ unit: 'binary', maxLength: 120 }), { maxLength: 5 }),
    now: fc.constant(Date.UTC(2026, 0, 15)),
  },
  { requiredKeys: [] },
);

describe('check() on any text', () => {
  it('never throws, is deterministic, and keeps every range on the text and on code points', () => {
    fc.assert(
      fc.property(texts, contexts, (text, ctx) => {
        const a = check(text, ctx);
        const b = check(text, ctx);
        expect(b).toEqual(a);
        expectSound(text, a);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles 100,000-character posts of every kind', () => {
    const makers = [
      (n: number) => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Link in bio. '.repeat(n / 70 + 1).slice(0, n),
      (n: number) => '🙏'.repeat(n / 2),
      (n: number) => '日本語のテキストと中文字符，还有한국어 문장。'.repeat(n / 25 + 1).slice(0, n),
      (n: number) => 'a'.repeat(n),
      (n: number) => '#tag '.repeat(n / 5),
      (n: number) => 'https://example.com/'.padEnd(n, 'x'),
    ];
    for (const make of makers) {
      const text = make(100_000);
      const report = check(text, { history: [text.slice(0, 500)], now: Date.UTC(2026, 0, 15) });
      expectSound(text, report);
      // A cut at 100k may leave half an emoji at the end; the report must still be sound.
      const cut = text.slice(0, 99_999);
      expectSound(cut, check(cut));
    }
  });

  it('reports a long paste of "Link in bio" as self-promotion and repetition', () => {
    const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Link in bio. '.repeat(1430).slice(0, 100_000);
    const report = check(text);
    expect(report.families).toContain('self-promotion');
    expect(report.families).toContain('repetition');
    // A hint card lists a handful of places, not thousands.
    expect(report.findings.length).toBeLessThan(200);
  });
});
