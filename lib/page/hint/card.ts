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

/**
 * How much a rule's finding matters to the reader beyond its weight: what the post asks of them. Money (a code, a
 * commission) and explicit asks come first, a whole post said again next; pointers to the author's own thing, pressure,
 * announcements and missing detail after. Unknown rules count 1. Example: in "Our new course is live! Use my code
 * SAVE20 and follow me for more" the code and "follow me" lead, not "Our new course" or "is live".
 */
const ASK_STRENGTH: Readonly<Record<string, number>> = {
  'discount-code': 3, // money: the reader pays
  'affiliate-link': 3, // money: the author earns from the click
  giveaway: 2.5, // entry by liking, sharing, tagging
  'call-to-action': 2.5, // buy, follow, subscribe, DM
  'engagement-bait': 2, // asks for reactions to boost reach
  'near-duplicate': 2, // the whole post, said again
  urgency: 2, // pressure to act now
  'product-plug': 1.5, // points to the author's own thing
  'own-link': 1.5,
  'learned-promotion': 1.5,
  'repeated-link': 1.5,
};

/** What a finding matters to the reader: its weight times the strength of what it asks. */
export function importance(f: Finding): number {
  return f.weight * (ASK_STRENGTH[f.rule] ?? 1);
}

/** Most important first, then earliest in the post. */
const byImportance = (a: Finding, b: Finding) => importance(b) - importance(a) || a.start - b.start;

/** The row already quoting these words or words overlapping them ("Use my code" and "code SAVE20" are one ask). */
function rowFor(rows: readonly CardRow[], f: Finding, quote: string): CardRow | undefined {
  if (!quote) return rows.find((r) => !r.quote && r.finding.family === f.family);
  const key = normal(quote);
  return rows.find((r) => r.quote && (normal(r.quote) === key || r.merged.some((m) => m.start < f.end && f.start < m.end)));
}

export function planCard(text: string, findings: readonly Finding[]): CardPlan {
  const rows: CardRow[] = [];
  for (const f of [...findings].sort(byImportance)) {
    const quote = quoteOf(text, f);
    const row = rowFor(rows, f, quote);
    if (row) row.merged.push(f);
    else rows.push({ finding: f, merged: [f], quote });
  }
  const groups: CardGroup[] = [];
  for (const row of rows) {
    let group = groups.find((g) => g.family === row.finding.family);
    if (!group) groups.push((group = { family: row.finding.family, rows: [] }));
    group.rows.push(row);
  }
  return { groups, first: firstRows(rows), rowCount: rows.length };
}

/** A row of a rule already shown yields its place to another rule's row that matters at least this share as much. */
const ANOTHER_RULE_AT = 0.8;

/**
 * The rows shown before "Show all": the most important, each next one from another rule when one matters about as
 * much ("code LAUNCH30" and "Grab yours now", not "code LAUNCH30" and "30% off").
 */
function firstRows(rows: readonly CardRow[]): Set<CardRow> {
  const first: CardRow[] = [];
  while (first.length < Math.min(FIRST_ROWS, rows.length)) {
    const rest = rows.filter((r) => !first.includes(r));
    const next = rest[0]!;
    const shown = (r: CardRow) => first.some((f) => f.finding.rule === r.finding.rule);
    const other = shown(next) ? rest.find((r) => !shown(r)) : undefined;
    first.push(other && importance(other.finding) >= ANOTHER_RULE_AT * importance(next.finding) ? other : next);
  }
  return new Set(first);
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
