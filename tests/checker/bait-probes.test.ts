// Teaser hints on personal posts and on teasers, in five languages (bait-probes.ts: our own writing, a probe, not
// fair evidence). A status update, a fan's opinion or a greeting gets no "teases" hint; a teaser gets one.
import { describe, expect, it } from 'vitest';
import { check, ruleInput } from '../../lib/checker';
import { exclaims } from '../../lib/checker/teasers';
import { EXCLAIMING, EXCLAIMING_TEASERS, HEADLINES, IMPERSONAL, PERSONAL, TEASERS } from './bait-probes';

const TEASING = new Set(['learned-bait', 'clickbait-teaser']);
const teasing = (text: string, lang: string) =>
  check(text, { lang: lang as never }).findings.filter((f) => TEASING.has(f.rule) && f.messageId !== 'tooShortBrag');

describe('personal and fan posts are not called teasers', () => {
  it('holds rows in every language', () => {
    for (const lang of ['en', 'es', 'de', 'fr', 'pt']) expect(PERSONAL.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(15);
  });
  it.each(PERSONAL.map((p) => [p.lang, p.text] as const))('%s: %s', (lang, text) => {
    expect(teasing(text, lang).map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});

describe('someone exclaiming is not called a teaser', () => {
  it('holds rows in every language', () => {
    for (const lang of ['en', 'es', 'de', 'fr', 'pt']) expect(EXCLAIMING.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(5);
  });
  it.each(EXCLAIMING.map((p) => [p.lang, p.text] as const))('%s: %s', (lang, text) => {
    expect(exclaims(ruleInput(text, { lang: lang as never }).doc)).toBe(true);
    expect(teasing(text, lang).map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});

describe('a teaser that exclaims is still a teaser', () => {
  it.each(EXCLAIMING_TEASERS.map((p) => [p.lang, p.text] as const))('%s: %s', (lang, text) => {
    expect(teasing(text, lang).length).toBeGreaterThan(0);
  });
});

describe('a headline is read by the model whatever its words', () => {
  it.each(HEADLINES.map((p) => [p.lang, p.text] as const))('%s: %s', (lang, text) => {
    expect(exclaims(ruleInput(text, { lang: lang as never }).doc)).toBe(false);
    expect(teasing(text, lang).map((f) => f.rule)).toContain('learned-bait');
  });
});

describe('impersonal opinions are left to the model alone', () => {
  it.each(IMPERSONAL.map((p) => [p.lang, p.text] as const))('%s: %s', (lang, text) => {
    expect(teasing(text, lang).map((f) => f.rule).filter((rule) => rule !== 'learned-bait')).toEqual([]);
  });
});

describe('teasers are called teasers', () => {
  it('holds rows in every language', () => {
    for (const lang of ['en', 'es', 'de', 'fr', 'pt']) expect(TEASERS.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(5);
  });
  it.each(TEASERS.map((p) => [p.lang, p.text] as const))('%s: %s', (lang, text) => {
    expect(teasing(text, lang).length).toBeGreaterThan(0);
  });
});

describe('an announced win is told its true reason', () => {
  it.each([
    ['de', 'Ich freue mich sehr, mitteilen zu dürfen, dass ich ab sofort als Head of Sales bei der Müller GmbH tätig bin! 🎉 #neuerjob #dankbar'],
    ['pt', 'Feliz em anunciar que fui aprovada no processo seletivo do Itaú! 🙏 Gratidão a todos que torceram por mim.'],
  ])('%s: %s', (lang, text) => {
    const found = check(text, { lang: lang as never }).findings.filter((f) => f.rule === 'learned-bait');
    expect(found.map((f) => f.messageId)).toEqual(['tooShortBrag']);
  });
});
