// What the short card shows, decided without the DOM: findings grouped by family, each quote once, the most
// important first, a badge label that says what the findings say, and a rewrite in the post's own words.
import type { Family, Finding, Kind } from '../../checker';

export interface CardRow {
  /** The finding the row acts on (feedback, mute): the weightiest of those that quoted these words. */
  finding: Finding;
  /** Every finding merged into this row (two rules flagging one ask; a link repeated). */
  merged: Finding[];
  /** The quoted words, or '' when the finding is the whole post (quoting it back says nothing). */
  quote: string;
}

export interface CardGroup {
  family: Family;
  rows: CardRow[];
}

export interface CardPlan {
  groups: CardGroup[];
  /** Rows shown before "Show all", in order of importance. */
  first: Set<CardRow>;
  rowCount: number;
}

/** Rows shown before "Show all". */
export const FIRST_ROWS = 2;
export const QUOTE_MAX = 90;

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function quoteOf(text: string, f: Finding): string {
  const words = text.slice(f.start, f.end).trim();
  if (normal(words) === normal(text)) return '';
  return words.length > QUOTE_MAX ? `${words.slice(0, QUOTE_MAX)}…` : words;
}

/** Weightiest first, then earliest in the post. */
const byImportance = (a: Finding, b: Finding) => b.weight - a.weight || a.start - b.start;

export function planCard(text: string, findings: readonly Finding[]): CardPlan {
  const rows: CardRow[] = [];
  const byQuote = new Map<string, CardRow>();
  for (const f of [...findings].sort(byImportance)) {
    const quote = quoteOf(text, f);
    const key = `${quote ? '' : `${f.family}:`}${normal(quote)}`;
    const row = byQuote.get(key);
    if (row) {
      row.merged.push(f);
      continue;
    }
    const fresh: CardRow = { finding: f, merged: [f], quote };
    byQuote.set(key, fresh);
    rows.push(fresh);
  }
  const groups: CardGroup[] = [];
  for (const row of rows) {
    let group = groups.find((g) => g.family === row.finding.family);
    if (!group) groups.push((group = { family: row.finding.family, rows: [] }));
    group.rows.push(row);
  }
  return { groups, first: new Set(rows.slice(0, FIRST_ROWS)), rowCount: rows.length };
}

export type BadgeTone = 'idle' | 'give' | 'take' | 'warn' | 'neutral';

/** The badge's colour and wording follow the findings: "takes" only for self-promotion, never green on a repeat. */
export function badgeTone(kind: Kind, families: readonly Family[], empty: boolean): BadgeTone {
  if (empty) return 'idle';
  if (families.includes('self-promotion')) return 'take';
  if (families.length > 0) return 'warn';
  return kind === 'give' ? 'give' : 'neutral';
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const LEAD_MAX = 70;

/**
 * A rewrite in the post's own words: lead with the sentence that gives (a number, a result) instead of the ask.
 * `lead` is '' when no sentence of the post is free of self-promotion.
 */
export function ownWords(text: string, findings: readonly Finding[]): { lead: string; ask: string } | null {
  const promo = findings.filter((f) => f.family === 'self-promotion').sort((a, b) => a.start - b.start);
  const first = promo[0];
  if (!first) return null;
  const ask = text.slice(first.start, first.end).trim();
  let best: { sentence: string; score: number } | null = null;
  for (const m of text.matchAll(SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = m[0].trim();
    const words = sentence.split(/\s+/).filter(Boolean).length;
    if (words < 4 || promo.some((f) => f.start < end && f.end > start)) continue;
    // A number is usually the result the reader came for ("40% faster"); otherwise the fullest sentence.
    const score = (/\d/.test(sentence) ? 100 : 0) + words;
    if (!best || score > best.score) best = { sentence, score };
  }
  // Already first in the post: nothing to move.
  if (best && text.trimStart().startsWith(best.sentence)) return null;
  const lead = best ? (best.sentence.length > LEAD_MAX ? `${best.sentence.slice(0, LEAD_MAX).trimEnd()}…` : best.sentence) : '';
  return { lead, ask };
}
