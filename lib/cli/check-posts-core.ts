// The CLI's logic without I/O: parse one JSONL line, check it, format the result. Tested directly.
import { check, type CheckContext, type DocLang, type Finding, type Platform, type Report } from '../checker';
import { isPlatform, PLATFORMS } from '../model/platforms';

export interface PostInput {
  text: string;
  platform?: Platform;
  reply?: boolean;
  lang?: DocLang;
  history?: string[];
  own?: { brands: string[]; domains: string[] };
}

export interface PostResult {
  families: Report['families'];
  kind: Report['kind'];
  findings: Finding[];
}

const LANGS: readonly string[] = ['en', 'es', 'de', 'fr', 'pt'];

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Validates one decoded JSON value against the corpus schema; throws an Error saying what is wrong. */
export function toPostInput(value: unknown): PostInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') throw new Error('"text" must be a string');
  const post: PostInput = { text: v.text };
  if (v.platform !== undefined) {
    if (!isPlatform(v.platform)) {
      throw new Error(`"platform" must be one of ${PLATFORMS.join(', ')}`);
    }
    post.platform = v.platform;
  }
  if (v.reply !== undefined) {
    if (typeof v.reply !== 'boolean') throw new Error('"reply" must be true or false');
    post.reply = v.reply;
  }
  if (v.lang !== undefined && v.lang !== null) {
    if (typeof v.lang !== 'string') throw new Error('"lang" must be a language code');
    // A language we have no phrases for is checked with language-independent rules only.
    post.lang = LANGS.includes(v.lang.toLowerCase()) ? (v.lang.toLowerCase() as DocLang) : 'und';
  }
  if (v.history !== undefined) {
    if (!isStringArray(v.history)) throw new Error('"history" must be an array of strings');
    post.history = v.history;
  }
  if (v.own !== undefined) {
    const own = v.own as Record<string, unknown> | null;
    if (typeof own !== 'object' || own === null) throw new Error('"own" must be an object');
    const brands = own.brands ?? [];
    const domains = own.domains ?? [];
    if (!isStringArray(brands) || !isStringArray(domains)) throw new Error('"own.brands" and "own.domains" must be arrays of strings');
    post.own = { brands, domains };
  }
  return post;
}

export function checkPost(post: PostInput, now?: number): PostResult {
  const context: CheckContext = {
    platform: post.platform,
    reply: post.reply,
    lang: post.lang,
    own: post.own,
    history: post.history,
    now,
  };
  const report = check(post.text, context);
  return { families: report.families, kind: report.kind, findings: report.findings };
}

/** One output line for one input line: the result, or `{"error": "line N: ..."}`. */
export function checkLine(line: string, lineNumber: number, now?: number): { output: string; ok: boolean } {
  try {
    const post = toPostInput(JSON.parse(line));
    return { output: JSON.stringify(checkPost(post, now)), ok: true };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { output: JSON.stringify({ error: `line ${lineNumber}: ${reason}` }), ok: false };
  }
}

/** Checks a whole JSONL document; blank lines are skipped but still counted for line numbers. */
export function checkJsonl(input: string, now?: number): { lines: string[]; failed: number } {
  const lines: string[] = [];
  let failed = 0;
  input.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const result = checkLine(line, i + 1, now);
    lines.push(result.output);
    if (!result.ok) failed++;
  });
  return { lines, failed };
}

/** A readable report of one post: kind, then each finding with its words, message and suggestion. */
export function formatReport(text: string, report: Report): string {
  const out = [`kind: ${report.kind}   give ${report.scores.give.toFixed(1)} · take ${report.scores.take.toFixed(1)}`];
  out.push(report.families.length > 0 ? `families: ${report.families.join(', ')}` : 'families: none (nothing to hint)');
  for (const f of report.findings) {
    out.push('', `• ${f.family} / ${f.rule}: “${text.slice(f.start, f.end)}” [${f.start}–${f.end}]`, `  ${f.message}`, `  → ${f.suggestion}`);
  }
  const given = [...new Set(report.signals.map((s) => s.signal))];
  if (given.length > 0) out.push('', `gives: ${given.join(', ')}`);
  return out.join('\n');
}
