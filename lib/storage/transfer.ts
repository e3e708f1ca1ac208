// Your data is yours: export the whole history, import it back (validated, all or nothing), delete it.
import { z } from 'zod';
import { fingerprint, SIGNATURE_SIZE } from '../checker';
import { rebuildDaily } from './daily';
import type { FeedbackRecord, GiveFirstDb, PostBody, PostRecord } from './db';

export const EXPORT_FORMAT = 'give-first-history';
export const EXPORT_VERSION = 1;
/** A file larger than this is refused before parsing. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_TEXT = 100_000;

const family = z.enum(['self-promotion', 'repetition', 'missing-value']);
const platform = z.enum(['x', 'linkedin', 'facebook', 'threads', 'instagram', 'bluesky', 'mastodon', 'reddit', 'youtube', 'other']);
const score = z.number().finite().min(0).max(1e6);
const shortList = z.array(z.string().max(2048)).max(500);

const fingerprintSchema = z.looseObject({
  id: z.string(),
  time: z.number().finite(),
  sig: z.array(z.number().int().min(0).max(0xffffffff)).length(SIGNATURE_SIZE),
  exact: z.number().int(),
  length: z.number().int().min(0),
  links: shortList,
  tags: z.string().max(20_000),
  preview: z.string().max(1_000).optional(),
});

const exportedPost = z.object({
  id: z.string().min(1).max(200),
  time: z.number().finite().min(0),
  platform,
  reply: z.boolean(),
  kind: z.enum(['give', 'take', 'neutral']),
  families: z.array(family).max(3),
  signals: z.array(z.string().max(50)).max(50).default([]),
  phrases: z.array(z.string().max(200)).max(50).default([]),
  scores: z.object({ give: score, take: score, missing: score, repeat: score }),
  nudge: z.object({
    hinted: z.boolean(),
    firstFamilies: z.array(family).max(3),
    submitFamilies: z.array(family).max(3),
    seenFamilies: z.array(family).max(3).optional(),
    opened: z.boolean().optional(),
    heeded: z.boolean().optional(),
  }),
  links: shortList,
  tags: shortList,
  mentions: shortList,
  text: z.string().max(MAX_TEXT).optional(),
  fingerprint: fingerprintSchema.optional(),
}).refine((p) => p.text !== undefined || p.fingerprint !== undefined, { message: 'needs "text" or "fingerprint"' });

const exportedFeedback = z.object({
  key: z.string().min(1).max(500),
  rule: z.string().min(1).max(100),
  words: z.string().max(500),
  verdict: z.enum(['not-promotional', 'not-repeat', 'not-missing-value']),
  time: z.number().finite().min(0),
});

const exportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  posts: z.array(exportedPost),
  feedback: z.array(exportedFeedback).default([]),
});

export type ExportedPost = z.infer<typeof exportedPost>;

export class ImportError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The whole history as JSON: one post per line, so an error on import can name its line. */
export async function exportJson(db: GiveFirstDb, now = new Date()): Promise<string> {
  const [posts, bodies, feedback] = await Promise.all([db.posts.orderBy('time').toArray(), db.bodies.toArray(), db.feedback.toArray()]);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const rows = posts.map((p) => {
    const body = byId.get(p.id);
    return JSON.stringify({ ...p, ...(body?.text !== undefined ? { text: body.text } : {}), ...(body ? { fingerprint: body.fingerprint } : {}) });
  });
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString() }).slice(0, -1);
  return `${head},"posts":[\n${rows.join(',\n')}\n],"feedback":[\n${feedback.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function csvCell(value: string): string {
  // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function exportCsv(db: GiveFirstDb): Promise<string> {
  const [posts, bodies] = await Promise.all([db.posts.orderBy('time').toArray(), db.bodies.toArray()]);
  const texts = new Map(bodies.map((b) => [b.id, b.text ?? '']));
  const lines = [['id', 'time', 'platform', 'reply', 'kind', 'families', 'text'].join(',')];
  for (const p of posts) {
    lines.push([p.id, new Date(p.time).toISOString(), p.platform, String(p.reply), p.kind, p.families.join(' '), texts.get(p.id) ?? '']
      .map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Start offsets of each element of the top-level array `key`, found by a small scan of the JSON text. */
function arrayItemOffsets(text: string, key: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inArray = false;
  let lastKey = '';
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1) lastKey = text.slice(i + 1, j);
      if (inArray && depth === 2 && expectItem) {
        offsets.push(i);
        expectItem = false;
      }
      i = j;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (inArray && depth === 2 && expectItem && c !== ']') {
      offsets.push(i);
      expectItem = false;
    }
    if (c === '{' || c === '[') {
      depth++;
      if (c === '[' && depth === 2 && lastKey === key) {
        inArray = true;
        expectItem = true;
      }
    } else if (c === '}' || c === ']') {
      if (inArray && depth === 2) inArray = false;
      depth--;
    } else if (c === ',' && inArray && depth === 2) {
      expectItem = true;
    }
  }
  return offsets;
}

/** Parses and validates an export file. Throws ImportError naming the line and field at fault. */
export function parseExport(text: string): z.infer<typeof exportFile> {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('This file is too large to be a Give First export.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? lineAt(text, Number(pos[1])) : Number(/line (\d+)/.exec(msg)?.[1] ?? 0) || undefined;
    throw new ImportError(`This file is not valid JSON${line ? ` (line ${line})` : ''}: ${msg.replace(/ in JSON.*$/, '')}.`, line);
  }
  const result = exportFile.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path;
  const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  let line: number | undefined;
  if ((path[0] === 'posts' || path[0] === 'feedback') && typeof path[1] === 'number') {
    const offset = arrayItemOffsets(text, path[0])[path[1]];
    if (offset !== undefined) line = lineAt(text, offset);
  }
  const field = where || 'file';
  const prefix = line ? `Line ${line}, ${field}` : field === 'format' || field === 'version' ? 'This is not a Give First export' : field;
  throw new ImportError(`${prefix}: ${issue.message}.`, line);
}

/** Merges an export into the history by id, in one transaction: all of it lands, or none of it. */
export async function importJson(db: GiveFirstDb, text: string): Promise<{ posts: number; feedback: number }> {
  const file = parseExport(text);
  const posts: PostRecord[] = [];
  const bodies: PostBody[] = [];
  for (const p of file.posts) {
    const { text: body, fingerprint: fp, ...post } = p;
    posts.push(post as PostRecord);
    const print = body !== undefined ? fingerprint(body, p.id, p.time, true) : fp!;
    bodies.push(body !== undefined ? { id: p.id, time: p.time, text: body, fingerprint: print } : { id: p.id, time: p.time, fingerprint: print as PostBody['fingerprint'] });
  }
  await db.transaction('rw', [db.posts, db.bodies, db.feedback, db.daily], async () => {
    await db.posts.bulkPut(posts);
    await db.bodies.bulkPut(bodies);
    await db.feedback.bulkPut(file.feedback as FeedbackRecord[]);
    await rebuildDaily(db); // merged by id: recounting is the only way not to count a re-imported post twice
  });
  return { posts: posts.length, feedback: file.feedback.length };
}

export async function deleteEverything(db: GiveFirstDb): Promise<void> {
  await db.transaction('rw', [db.posts, db.bodies, db.feedback, db.daily], async () => {
    await Promise.all([db.posts.clear(), db.bodies.clear(), db.feedback.clear(), db.daily.clear()]);
  });
}
