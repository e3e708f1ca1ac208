// `npx tsx tests/bench/rules.ts [short|long]`: a check's time split the way check() spends it: building the rule
// input (parse, normalize, evidence), then each rule in RULES order, per bench text (µs per check, mean over a few
// thousand checks of the bundle). A rule's time includes what it is first to ask for (a phrase list's matching, the
// model's score), as in a real check. Medians, so a moment of load elsewhere (or a collection) moves no figure much.
// Says which text is slow and which step makes it so. `rules.ts short again`: each rule's own cost on a built input
// whose lookups are all made (the rule run again and again, best of a few batches), without what it is first to ask.
import { check, ruleInput, RULES } from '../../lib/checker';
import { isBundled, runBundled } from './bundled';
import { benchContext } from './setup';
import { LONG_POSTS, SHORT_POSTS } from './texts';

/** Each rule's cost on an input already built and asked, per text: best of 20 batches of 200 calls. */
function again(texts: readonly string[], context: object): void {
  console.log(`${'rule'.padEnd(20)}${texts.map((_, t) => `text ${t}`.padStart(7)).join('')}   (µs per call, lookups made)`);
  const inputs = texts.map((text) => {
    const input = ruleInput(text, context);
    for (const rule of RULES) rule.check(input);
    return input;
  });
  const rows = RULES.map((rule) =>
    inputs.map((input) => {
      let best = Infinity;
      for (let b = 0; b < 20; b++) {
        const start = performance.now();
        for (let i = 0; i < 200; i++) rule.check(input);
        best = Math.min(best, (performance.now() - start) / 200);
      }
      return best;
    }),
  );
  const order = RULES.map((_, r) => r).sort((a, b) => rows[b]!.reduce((x, y) => x + y) - rows[a]!.reduce((x, y) => x + y));
  for (const r of order) console.log(`${RULES[r]!.meta.id.padEnd(20)}${rows[r]!.map((x) => (1000 * x).toFixed(1).padStart(7)).join('')}`);
}

function main(): void {
  const texts = process.argv[2] === 'long' ? LONG_POSTS : SHORT_POSTS;
  const n = process.argv[2] === 'long' ? 1000 : 6000;
  const context = benchContext();
  if (process.argv[3] === 'again') return again(texts, context);
  const steps = ['input', ...RULES.map((r) => r.meta.id), 'check() whole'];
  const spent = texts.map(() => steps.map((): number[] => []));
  for (let i = 0; i < n + 1000; i++) {
    const t = i % texts.length;
    let at = performance.now();
    const input = ruleInput(texts[t]!, context);
    const row = spent[t]!;
    const mark = (step: number) => {
      const now = performance.now();
      // The first 1,000 checks warm up.
      if (i >= 1000) row[step]!.push(now - at);
      at = now;
    };
    mark(0);
    RULES.forEach((rule, r) => {
      rule.check(input);
      mark(r + 1);
    });
    // The whole check of the same text, for scale (the steps above are timed apart, so each pays a clock read).
    check(texts[t]!, context);
    mark(steps.length - 1);
  }
  const medians = spent.map((row) => row.map((samples) => samples.sort((a, b) => a - b)[samples.length >> 1]!));
  const us = (x: number) => (1000 * x).toFixed(1).padStart(7);
  console.log(`${'step'.padEnd(20)}${texts.map((_, t) => `text ${t}`.padStart(7)).join('')}   (µs per check)`);
  const whole = medians.map((row) => row.pop()!);
  const sum = (s: number) => medians.reduce((x, row) => x + row[s]!, 0);
  const order = steps.slice(0, -1).map((_, s) => s).sort((a, b) => sum(b) - sum(a));
  for (const s of order) console.log(`${steps[s]!.padEnd(20)}${medians.map((row) => us(row[s]!)).join('')}`);
  console.log(`${'sum of medians'.padEnd(20)}${medians.map((row) => us(row.reduce((a, b) => a + b, 0))).join('')}`);
  console.log(`${'check() whole'.padEnd(20)}${whole.map(us).join('')}`);
}

if (!isBundled()) process.exit(await runBundled('tests/bench/rules.ts'));
main();
