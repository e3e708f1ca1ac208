// A strict table tester for one rule, in the spirit of ESLint's RuleTester: it refuses weak tables.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import type { Rule } from '../../lib/checker/rule';
import type { CheckContext } from '../../lib/checker/types';

export interface ValidCase {
  text: string;
  ctx?: CheckContext;
  /** Why a reader would not want a hint here. */
  note?: string;
}

export interface InvalidCase {
  text: string;
  ctx?: CheckContext;
  /** The exact text each finding covers, in order. Pins the UTF-16 ranges. */
  flags: string[];
}

export const MIN_CASES = 3;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function runRule(rule: Rule, text: string, ctx?: CheckContext) {
  return rule.check(ruleInput(text, ctx)).sort((a, b) => a.start - b.start);
}

export function testRule(rule: Rule, table: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const valid = table.valid.map((v) => (typeof v === 'string' ? { text: v } : v));
  describe(`rule ${rule.meta.id}`, () => {
    it('has a complete meta and a strong table', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.why.length).toBeGreaterThan(10);
      expect(rule.meta.weight).toBeGreaterThan(0);
      expect(valid.length, 'at least this many valid cases').toBeGreaterThanOrEqual(MIN_CASES);
      expect(table.invalid.length, 'at least this many invalid cases').toBeGreaterThanOrEqual(MIN_CASES);
      const texts = [...valid, ...table.invalid].map((c) => JSON.stringify([c.text, c.ctx ?? {}]));
      expect(new Set(texts).size, 'no case appears twice').toBe(texts.length);
      for (const c of table.invalid) {
        expect(c.flags.length, `invalid case pins at least one range: ${c.text}`).toBeGreaterThan(0);
        for (const f of c.flags) expect(c.text.includes(f), `"${f}" is part of the text`).toBe(true);
      }
    });

    it.each(valid.map((v) => [v.text, v] as const))('valid: %s', (_text, v) => {
      expect(runRule(rule, v.text, v.ctx)).toEqual([]);
    });

    it.each(table.invalid.map((c) => [c.text, c] as const))('invalid: %s', (_text, c) => {
      const hits = runRule(rule, c.text, c.ctx);
      expect(hits.map((h) => c.text.slice(h.start, h.end))).toEqual(c.flags);
      for (const h of hits) {
        expect(h.message.length).toBeGreaterThan(0);
        expect(h.suggestion.length).toBeGreaterThan(20);
        // A range never splits a surrogate pair and never starts or ends in white space.
        expect(h.start).toBeGreaterThanOrEqual(0);
        expect(h.end).toBeLessThanOrEqual(c.text.length);
        expect(h.end).toBeGreaterThan(h.start);
        expect(isLowSurrogate(c.text.charCodeAt(h.start)), 'start on a code point').toBe(false);
        expect(isLowSurrogate(c.text.charCodeAt(h.end)), 'end on a code point').toBe(false);
        expect(c.text.slice(h.start, h.end)).toBe(c.text.slice(h.start, h.end).trim());
        if (h.weight !== undefined) expect(h.weight).toBeGreaterThan(0);
      }
    });
  });
}
