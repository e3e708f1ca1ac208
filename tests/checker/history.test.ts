// Fingerprints and the history index: near-duplicates, rewordings, links and hashtag sets, and fingerprints from
// an older signature scheme kept out of similarity.
import { describe, expect, it } from 'vitest';
import { canonicalLinks, contentWordHashes, fingerprint, hashtagKey, HistoryIndex, Probe } from '../../lib/checker/history';
import { Postings } from '../../lib/checker/postings';
import { normalize, SIGNATURE_SCHEME, SIGNATURE_SIZE, WORD_CLASS } from '../../lib/checker/similarity';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 15);
const POST = 'Three things I learned shipping a Rust CLI: keep errors human, test on Windows early, and ship a man page.';

describe('fingerprint', () => {
  it('keeps the stored shape and adds the scheme and content words', () => {
    const fp = fingerprint(`${POST} https://blog.example.com/rust?utm_source=x #rust #CLI`, 'a', NOW);
    expect(fp).toMatchObject({ id: 'a', time: NOW, scheme: SIGNATURE_SCHEME, links: ['blog.example.com/rust'], tags: 'cli rust' });
    expect(fp.sig).toHaveLength(SIGNATURE_SIZE);
    expect(fp.sig.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
    expect(fp.words!.length).toBeGreaterThan(6);
    expect(fp.preview).toBe(`${POST} https://blog.example.com/rust?utm_source=x #rust #CLI`.slice(0, 140));
    expect(fingerprint(POST, 'b', NOW, false).preview).toBeUndefined();
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
  });

  it('normalises, canonicalises links and sorts hashtags', () => {
    expect(normalize('  Hello, WORLD!! 👋 https://x.com/a #Tag ')).toBe('hello world tag');
    expect(canonicalLinks('a https://www.Example.com/p/?utm_source=x&b=2&a=1 and youtu.be/xyz.')).toEqual(['example.com/p?a=1&b=2', 'youtube.com/watch?v=xyz']);
    expect(hashtagKey('#Zeta and #alpha and #zeta')).toBe('alpha zeta');
    // One stem for three forms of a word, and the year as a number (class in the low two bits).
    const words = contentWordHashes('the glazes and glazed glazing, 2024');
    expect(words).toHaveLength(2);
    expect(words.map((w) => w & 3).sort()).toEqual([WORD_CLASS.plain, WORD_CLASS.number]);
  });
});

describe('HistoryIndex', () => {
  const earlier = [
    POST,
    'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included. studio.example.com/spring?utm_source=x #pottery #ceramics #workshop',
    '#OpenToWork After 6 years as a middle school science teacher, I am moving into instructional design. Looking for roles in learning design and curriculum.',
  ];
  const index = HistoryIndex.fromTexts(earlier, NOW);

  it('finds an edited repost and says how similar it is', () => {
    const [match] = index.similar(`ICYMI: ${POST} #rust`, 0.5);
    expect(match!.post.preview).toBe(POST.slice(0, 81));
    expect(match!.post.time).toBe(NOW - DAY);
    expect(match!.similarity).toBeGreaterThan(0.8);
    expect(index.similar('A completely different post about glaze chemistry and cone 6 firing.', 0.3)).toEqual([]);
  });

  it('finds a rewording that shares few character runs', () => {
    const text = 'Still looking for my next role in instructional design! Former middle school science teacher, 6 years, curriculum and learning design.';
    expect(index.similar(text, 0.5)).toEqual([]);
    const [match] = index.reworded(new Probe(text), 0.25);
    expect(match!.post.preview).toBe(earlier[2]!.slice(0, 81));
    expect(match!.sharedWords).toBeGreaterThanOrEqual(6);
  });

  it('counts words of the person’s everyday topic for less', () => {
    const earlierTip = 'React tip: keep component state close to where it is used, and lift it only when two siblings need it.';
    const again = 'React tip: lift component state only when two siblings need it.';
    const once = HistoryIndex.fromTexts([earlierTip], NOW);
    // 200 more posts about React component state: those words say little about which message this is.
    const everyday = HistoryIndex.fromTexts([earlierTip, ...Array.from({ length: 200 }, (_, i) => `React tip ${i}: component state, part ${i * 11} of ${i * 37}`)], NOW);
    const [alone] = once.reworded(again, 0);
    const [amongMany] = everyday.reworded(again, 0);
    expect(amongMany!.post.preview).toBe(earlierTip.slice(0, 81));
    expect(amongMany!.similarity).toBeLessThan(alone!.similarity - 0.05);
  });

  it('looks up links and hashtag sets exactly', () => {
    expect(index.withLink('studio.example.com/spring').map((p) => p.time)).toEqual([NOW - 2 * DAY]);
    expect(index.withTags('ceramics pottery workshop').map((p) => p.time)).toEqual([NOW - 2 * DAY]);
    expect(index.withTags('pottery')).toEqual([]);
  });

  it('says how much a post with a link adds to each earlier post with it (withLinkSaying)', () => {
    const shared = HistoryIndex.from([
      fingerprint('Ford is recalling 1.9 million Explorer SUVs because a trim piece can come off https://cnb.example/rc1', 'a', NOW - DAY),
      fingerprint('Watch the talk https://cnb.example/rc1', 'b', NOW - 3 * DAY),
    ]);
    const link = canonicalLinks('https://cnb.example/rc1')[0]!;
    const restated = shared.withLinkSaying(link, new Probe('1.9M Ford Explorers recalled, trim may come off https://cnb.example/rc1'));
    const other = shared.withLinkSaying(link, new Probe('Owners can look up their VIN online and the repair is free https://cnb.example/rc1'));
    expect(restated.map((p) => p.time)).toEqual([NOW - DAY, NOW - 3 * DAY]);
    expect(restated[0]!.likeness).toBeGreaterThan(0.4);
    expect(other[0]!.likeness).toBeLessThan(0.1);
    expect(other[0]!.newWords).toBeGreaterThanOrEqual(5);
    // An earlier post with too few content words to compare holds nothing a caption could differ from.
    expect(other[1]!).toMatchObject({ newWords: 0, likeness: 0 });
  });

  it('keeps fingerprints of another signature scheme out of similarity, but not out of link checks', () => {
    const old = { ...fingerprint(POST, 'old', NOW - DAY), scheme: undefined, words: undefined };
    const legacy = new HistoryIndex();
    legacy.add(old);
    expect(legacy.similar(`ICYMI: ${POST}`, 0.5)).toEqual([]);
    expect(legacy.similar(POST, 0.5).map((m) => m.post.time)).toEqual([NOW - DAY]);
    expect(legacy.reworded(POST, 0.25)).toEqual([]);
    expect(legacy.size).toBe(1);
  });

  it('answers the same whether built at once or one post at a time', () => {
    const prints = Array.from({ length: 1000 }, (_, i) => fingerprint(`Post ${i} on topic ${i % 89} with link shop.example.com/p/${i % 7} #t${i % 5}`, `p${i}`, NOW - i * DAY));
    prints.push(fingerprint(POST, 'needle', NOW));
    const atOnce = HistoryIndex.from(prints);
    const oneByOne = new HistoryIndex();
    prints.forEach((fp) => oneByOne.add(fp));
    for (const index of [atOnce, oneByOne]) {
      expect(index.size).toBe(1001);
      expect(index.similar(`${POST}!`, 0.5)[0]!.post.time).toBe(NOW);
      expect(index.reworded(POST, 0.3)[0]!.post.time).toBe(NOW);
    }
    expect(atOnce.withLink('shop.example.com/p/3')).toEqual(oneByOne.withLink('shop.example.com/p/3'));
    expect(atOnce.withLink('shop.example.com/p/3')).toHaveLength(143);
  });

  it('indexes many posts and still finds the one that matters', () => {
    const big = new HistoryIndex();
    for (let i = 0; i < 3000; i++) big.add(fingerprint(`Post number ${i} about topic ${i % 97} with words ${i * 7919} and more ${i % 13}`, `p${i}`, NOW - i * DAY));
    big.add(fingerprint(POST, 'needle', NOW));
    expect(big.similar(`${POST}!`, 0.5)[0]!.post.time).toBe(NOW);
    expect(big.size).toBe(3001);
  });
});

describe('Postings', () => {
  it('files many values under many keys, including key 0 and keys past 2^31, through several growths', () => {
    const postings = new Postings();
    const keys = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    for (let i = 0; i < 20_000; i++) postings.add(i % 5000 === 0 ? keys[(i / 5000) % keys.length]! : i * 2654435761, i);
    for (const key of keys.slice(0, 4)) expect(postings.count(key)).toBe(1);
    const seen: number[] = [];
    postings.forEach(1234 * 2654435761, (v) => seen.push(v));
    expect(seen).toEqual([1234]);
    postings.add(7, 1);
    postings.add(7, 2);
    const both: number[] = [];
    postings.forEach(7, (v) => both.push(v));
    expect(both).toEqual([2, 1]);
    expect(postings.count(123456789)).toBe(0);
    // One lookup that counts and visits, or only counts when there are too many.
    const upTo: number[] = [];
    expect(postings.forEachUpTo(7, 2, (v) => upTo.push(v))).toBe(2);
    expect(postings.forEachUpTo(7, 1, (v) => upTo.push(v))).toBe(2);
    expect(upTo).toEqual([2, 1]);
  });

  it('finds exactly what a plain map holds, for keys on either side of where its lookup runs meet', () => {
    // Keys around every 2^18 boundary (the top 14 bits pick a run) and random ones, several values each.
    const keys = [0, 1, 0xffffffff, 0xfffffffe];
    for (let run = 1; run < 1 << 14; run += 997) keys.push(run * 2 ** 18 - 1, run * 2 ** 18, run * 2 ** 18 + 1);
    for (let i = 0; i < 500; i++) keys.push((i * 2654435761) >>> 0);
    const postings = new Postings();
    const plain = new Map<number, number[]>();
    keys.forEach((key, i) => {
      for (let v = 0; v < 1 + (i % 3); v++) {
        const value = i * 3 + v;
        postings.add(key, value);
        plain.set(key, [...(plain.get(key) ?? []), value]);
      }
    });
    for (const key of [...keys, 2, 0x80000000, 5 * 2 ** 18 + 2]) {
      const seen: number[] = [];
      postings.forEach(key, (v) => seen.push(v));
      expect(seen).toEqual([...(plain.get(key) ?? [])].reverse());
      expect(postings.count(key)).toBe(plain.get(key)?.length ?? 0);
    }
  });
});
