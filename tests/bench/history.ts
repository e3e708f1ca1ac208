// Synthetic but realistic post histories: a Zipf-distributed vocabulary, a few topics per author, recurring links
// with changing tracking parameters, hashtag habits, and a handful of near-repeats of the benchmark posts.
import { fingerprint, HistoryIndex, type Fingerprint } from '../../lib/checker/history';
import { DAY_MS } from '../../lib/model/time';

/** Small deterministic PRNG (mulberry32), so every run builds the same history. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = 'the a to and of in is it for that on with this my i you we our at be was are so just but not have from your about if all what'.split(' ');
const SYLLABLES = 'ka lo mi ran te su vel or pin dra co mu sel tar ni ba qua fen lu ro ish ent ly ga dor'.split(' ');
const DOMAINS = ['shop.example.com', 'blog.example.org', 'news.example.net', 'studio.example.io', 'makers.example.co'];
const TAGS = 'pottery ceramics handmade smallbusiness art design baking bread teaching edtech design ux jobsearch hiring books writing garden'.split(' ');

function vocabulary(rand: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Zipf-like pick: low ranks are far more frequent, like real word use. */
function zipf(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1));
}

export function syntheticPost(rand: () => number, vocab: readonly string[]): string {
  const words: string[] = [];
  const length = 10 + Math.floor(rand() * 80);
  for (let i = 0; i < length; i++) {
    words.push(rand() < 0.45 ? FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]! : vocab[zipf(rand, vocab.length)]!);
    if (rand() < 0.08) words[words.length - 1] += rand() < 0.7 ? '.' : '!';
  }
  if (rand() < 0.3) {
    const domain = DOMAINS[Math.floor(rand() * DOMAINS.length)];
    words.push(`https://${domain}/p/${Math.floor(rand() * 500)}?utm_source=x&utm_campaign=c${Math.floor(rand() * 50)}`);
  }
  const tags = Math.floor(rand() * 4);
  for (let i = 0; i < tags; i++) words.push(`#${TAGS[Math.floor(rand() * TAGS.length)]}`);
  if (rand() < 0.2) words.push('🙂');
  return words.join(' ');
}


const SITES = ['x', 'linkedin', 'bluesky', 'mastodon', 'threads'] as const;

/**
 * `size` fingerprints, newest first, a few hours apart, on a few sites; `repeats` are light edits of posts to look
 * for. One in `previewEvery` keeps a preview (the start of the text), as when the person keeps full text.
 */
export function syntheticFingerprints(size: number, now: number, repeats: readonly string[], seed = 7, previewEvery = 10): Fingerprint[] {
  const rand = random(seed);
  const vocab = vocabulary(rand, 6000);
  const out: Fingerprint[] = [];
  for (let i = 0; i < size; i++) {
    const time = now - Math.floor((i + 1) * DAY_MS * 0.25);
    const repeat = repeats.length > 0 && i % Math.max(1, Math.floor(size / (repeats.length * 2))) === 0 ? repeats[i % repeats.length] : undefined;
    const text = repeat ? `ICYMI ${repeat.slice(0, 200)}` : syntheticPost(rand, vocab);
    out.push(fingerprint(text, crypto.randomUUID(), time, i % previewEvery === 0, SITES[i % SITES.length]));
  }
  return out;
}

/** The index a composer tab builds from the history the background hands it. */
export function indexOf(fingerprints: readonly Fingerprint[]): HistoryIndex {
  return HistoryIndex.from(fingerprints);
}
