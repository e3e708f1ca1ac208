// `npx tsx tests/bench/tries.ts [short|long] [top]`: how often a check tries a phrase's regex (phrase-index.ts tryAt)
// and how often the try fails, per bench text, and the phrases tried most without matching: where a finer filter on
// where a phrase may start would pay; and the time the failed tries took, each timed on its own (a rough figure). Counts, not times: the same on a busy machine. Each phrase's sticky regex is
// wrapped from outside (stickyOf builds it now rather than on first use), so the checker's code is as it ships.
import { check } from '../../lib/checker';
import { stickyOf } from '../../lib/checker/phrase-index';
import { phraseBook, PHRASE_KEYS } from '../../lib/checker/phrases/book';
import { benchContext } from './setup';
import { LONG_POSTS, SHORT_POSTS } from './texts';

const GAP_RE = /\\s\+\(\?:\[\\p\{Extended_Pictographic\}\\uFE0F\\u200D\]\+\\s\*\)\*/g;

function main(): void {
  const long = process.argv[2] === 'long';
  const texts = long ? LONG_POSTS : SHORT_POSTS;
  const top = Number(process.argv[3] ?? 20);
  const context = benchContext();
  for (const text of texts) check(text, context);
  const counts = new Map<string, { fail: number; hit: number; failMs: number }>();
  let counting = false;
  const book = phraseBook('en');
  for (const key of PHRASE_KEYS) {
    for (const entries of book[key].byKey.values()) {
      for (const p of entries) {
        const re = stickyOf(p);
        if ((re as { counted?: boolean }).counted) continue;
        (re as { counted?: boolean }).counted = true;
        const test = re.test.bind(re);
        const row = counts.get(p.sticky.source) ?? { fail: 0, hit: 0, failMs: 0 };
        counts.set(p.sticky.source, row);
        re.test = (s: string) => {
          const at = re.lastIndex;
          const start = performance.now();
          const ok = test(s);
          const took = performance.now() - start;
          if (counting && ok && re.lastIndex !== at) row.hit++;
          else if (counting) {
            row.fail++;
            row.failMs += took;
          }
          return ok;
        };
      }
    }
  }
  counting = true;
  for (const text of texts) check(text, context);
  counting = false;
  let fail = 0;
  let hit = 0;
  let failMs = 0;
  for (const row of counts.values()) {
    fail += row.fail;
    hit += row.hit;
    failMs += row.failMs;
  }
  const n = texts.length;
  console.log(`${long ? 3000 : 280} characters (en): ${((fail + hit) / n).toFixed(1)} tries per check, ${(fail / n).toFixed(1)} fail, ${(hit / n).toFixed(1)} match; failed tries took ${((1000 * failMs) / n).toFixed(0)} µs per check (timed one by one, with the timer's own cost)`);
  const rows = [...counts].filter(([, r]) => r.fail > 0).sort((a, b) => b[1].fail - a[1].fail).slice(0, top);
  for (const [source, r] of rows) console.log(`${(r.fail / n).toFixed(2).padStart(7)} fail ${(r.hit / n).toFixed(2).padStart(6)} match  ${source.replace(GAP_RE, ' ').slice(0, 110)}`);
}

main();
