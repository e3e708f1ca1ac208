// The CLI's core: one JSONL line in, one JSON line out; bad lines become error lines and processing goes on.
import { describe, expect, it } from 'vitest';
import { checkJsonl, checkLine, checkPost, formatReport, toPostInput } from '../../lib/cli/check-posts-core';
import { check } from '../../lib/checker';

const NOW = Date.UTC(2026, 0, 15);

describe('check-posts core', () => {
  it('writes families, kind and findings for a post in the corpus schema', () => {
    const line = JSON.stringify({ id: 'p1', platform: 'x', reply: false, lang: 'en', text: 'New drop is live! Use code SAVE20, link in bio' });
    const { output, ok } = checkLine(line, 1, NOW);
    expect(ok).toBe(true);
    const result = JSON.parse(output) as { families: string[]; kind: string; findings: { rule: string; start: number; end: number }[] };
    expect(Object.keys(result)).toEqual(['families', 'kind', 'findings']);
    expect(result.families).toEqual(['self-promotion', 'missing-value']);
    expect(result.kind).toBe('take');
    expect(result.findings.map((f) => f.rule)).toContain('discount-code');
  });

  it('lists a family only when it has a finding, in the fixed order', () => {
    const result = checkPost({ text: 'Pottery tip: wipe every bisque piece with a damp sponge before glazing. It fixed ~90% of my crawling.' }, NOW);
    expect(result).toMatchObject({ families: [], kind: 'give', findings: [] });
    const repeat = checkPost({ text: 'SALE SALE SALE 25% off!! SALE SALE SALE ends tonight SALE SALE SALE', history: ['SALE starts tomorrow, 25% off'] }, NOW);
    expect(repeat.families).toEqual(['self-promotion', 'repetition']);
  });

  it('uses history and own identity from the line', () => {
    const earlier = 'Our pottery open house is Saturday 2–5pm, free wheel demos! studio.example.com/open?utm_source=x';
    const result = checkPost({ text: 'Open house Saturday 2–5pm! studio.example.com/open?utm_source=fb', history: [earlier], own: { brands: [], domains: ['studio.example.com'] } }, NOW);
    expect(result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['repeated-link', 'own-link']));
  });

  it('turns a malformed line into an error line and keeps going; the run fails', () => {
    const input = [
      JSON.stringify({ text: 'gm ☕' }),
      '{not json',
      JSON.stringify({ text: 42 }),
      '',
      JSON.stringify({ text: 'hi', platform: 'myspace' }),
      JSON.stringify({ text: 'hi', history: 'not a list' }),
      JSON.stringify({ text: 'Thanks, the retry tip fixed our build!', reply: true }),
    ].join('\n');
    const { lines, failed } = checkJsonl(input, NOW);
    expect(failed).toBe(4);
    expect(lines).toHaveLength(6);
    const parsed = lines.map((l) => JSON.parse(l) as { error?: string; families?: string[] });
    expect(parsed[0]!.families).toEqual(['missing-value']);
    expect(parsed[1]!.error).toMatch(/^line 2: /);
    expect(parsed[2]!.error).toBe('line 3: "text" must be a string');
    expect(parsed[3]!.error).toMatch(/^line 5: "platform" must be one of/);
    expect(parsed[4]!.error).toBe('line 6: "history" must be an array of strings');
    expect(parsed[5]!.families).toEqual([]);
  });

  it('reads a language it has no phrases for as "und", with no phrase findings', () => {
    expect(toPostInput({ text: 'ciao', lang: 'it' as string }).lang).toBe('und');
    expect(checkPost(toPostInput({ text: 'Compra ora! Link in bio', lang: 'it' }), NOW).findings).toEqual([]);
  });

  it('prints a readable report with the quoted words, message and suggestion', () => {
    const text = 'Check this out!! https://example.com/x';
    const report = formatReport(text, check(text, { now: NOW }));
    expect(report).toMatch(/^kind: neutral/);
    expect(report).toContain('missing-value / bare-link: “https://example.com/x”');
    expect(report).toContain('→ Add a line or two');
    expect(formatReport('Pottery tip: wipe the bisque with a damp sponge, it fixed my crawling.', check('Pottery tip: wipe the bisque with a damp sponge, it fixed my crawling.'))).toContain('families: none');
  });
});
