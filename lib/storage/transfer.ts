// Your data is yours: export the whole history, import it back (validated, all or nothing), delete it.
import { z } from 'zod';
import { FAMILIES, fingerprint, SIGNATURE_SIZE } from '../checker';
import { FEEDBACK_VERDICTS } from '../model/messaging';
import { PLATFORMS } from '../model/platforms';
import { peopleIn, topicsIn } from '../model/reach';
import { rebuildDaily } from './daily';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import { abandonedDraftsItem } from '../model/abandoned';
import { siteHealthItem } from '../model/site-health';
import { peoplePrefsItem, readPeoplePrefs } from './people-prefs';
import { weeklyReviewItem } from './weekly-review';
import type { FeedbackRecord, GiveFirstDb, PostBody, PostRecord } from './db';

export { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
/** A file larger than this is refused before parsing. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_TEXT = 100_000;

const family = z.enum(FAMILIES);
const platform = z.enum(PLATFORMS);
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
  replyTo: shortList.optional(),
  kind: z.enum(['give', 'take', 'neutral']),
  families: z.array(family).max(3),
  signals: z.array(z.string().max(50)).max(50).default([]),
  phrases: z.array(z.string().max(200)).max(50).default([]),
  scores: z.object({ give: score, take: score, missing: score, repeat: score }),
  // seenFamilies / opened / heeded: the honest hint outcome of newer records (lib/stats/heeded.ts), kept when present.
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
  people: shortList.optional(),
  topics: shortList.optional(),
  correction: z.object({
    verdict: z.enum(['gave', 'promotional', 'not-repeat']),
    time: z.number().finite().min(0),
    checkedKind: z.enum(['give', 'take', 'neutral']),
    checkedFamilies: z.array(family).max(3),
  }).optional(),
  text: z.string().max(MAX_TEXT).optional(),
  fingerprint: fingerprintSchema.optional(),
}).refine((p) => p.text !== undefined || p.fingerprint !== undefined, { message: 'needs "text" or "fingerprint"' });

const exportedFeedback = z.object({
  key: z.string().min(1).max(500),
  rule: z.string().min(1).max(100),
  words: z.string().max(500),
  verdict: z.enum(FEEDBACK_VERDICTS),
  time: z.number().finite().min(0),
});

const exportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1).max(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  posts: z.array(exportedPost),
  feedback: z.array(exportedFeedback).default([]),
  /** What the person decided on the people page (hidden, merged, dismissed); absent in older files. */
  people: z.object({ hidden: z.array(z.string().max(500)), merged: z.record(z.string().max(500), z.string().max(500)), dismissed: z.array(z.string().max(500)) }).partial().optional(),
});

export type ExportedPost = z.infer<typeof exportedPost>;

/** Why a file was refused; the options page says each in the UI language. */
export type ImportReason = 'not-export' | 'newer' | 'csv' | 'too-large' | 'bad-json' | 'bad-field';

export class ImportError extends Error {
  constructor(
    message: string,
    readonly reason: ImportReason,
    readonly line?: number,
    /** The field at fault, as a path ("posts[3].time"), for `bad-field`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** What an import did, post by post compared with what was already stored. */
export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  feedback: number;
}

/** The whole history as JSON: one post per line, so an error on import can name its line. */
export async function exportJson(db: GiveFirstDb, now = new Date()): Promise<string> {
  const [posts, bodies, feedback, people] = await Promise.all([
    db.posts.orderBy('time').toArray(),
    db.bodies.toArray(),
    db.feedback.toArray(),
    peoplePrefsItem.getValue(),
  ]);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const rows = posts.map((p) => {
    const body = byId.get(p.id);
    return JSON.stringify({ ...p, ...(body?.text !== undefined ? { text: body.text } : {}), ...(body ? { fingerprint: body.fingerprint } : {}) });
  });
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString() }).slice(0, -1);
  const prefs = readPeoplePrefs(people);
  const { version: _prefsVersion, ...peopleChoices } = prefs;
  return (
    `${head},"posts":[\n${rows.join(',\n')}\n],"feedback":[\n${feedback.map((f) => JSON.stringify(f)).join(',\n')}\n],` +
    `"people":${JSON.stringify(peopleChoices)}}\n`
  );
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

/** The header line of the CSV export (exportCsv). */
const CSV_HEADER = 'id,time,platform,reply,kind,families,text';

/** Refuses what is plainly not an export before parsing it: binary files (a PNG), the CSV export, other text. */
function sniff(text: string): void {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('This file is too large to be a Give First export.', 'too-large');
  const head = text.slice(0, 4096);
  // NUL bytes or undecodable bytes: an image, an archive, a document, not text.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(head) || (head.match(/\uFFFD/g)?.length ?? 0) > 2) {
    throw new ImportError('This is not a Give First export (it is not a text file).', 'not-export');
  }
  const start = head.trimStart();
  if (start.startsWith(CSV_HEADER)) {
    throw new ImportError('This is the spreadsheet (CSV) export: it lacks what Give First needs to restore a history. Import the JSON export.', 'csv');
  }
  if (!start.startsWith('{')) throw new ImportError('This is not a Give First export.', 'not-export');
}

/** Parses and validates an export file. Throws ImportError naming the reason, and the line and field at fault. */
export function parseExport(input: string): z.infer<typeof exportFile> {
  const text = input.replace(/^\uFEFF/, '');
  sniff(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? lineAt(text, Number(pos[1])) : Number(/line (\d+)/.exec(msg)?.[1] ?? 0) || undefined;
    throw new ImportError(`This file is not valid JSON${line ? ` (line ${line})` : ''}: ${msg.replace(/ in JSON.*$/, '')}.`, 'bad-json', line);
  }
  const head = (raw ?? {}) as { format?: unknown; version?: unknown };
  if (typeof raw !== 'object' || Array.isArray(raw) || head.format !== EXPORT_FORMAT) {
    throw new ImportError('This is not a Give First export.', 'not-export');
  }
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > EXPORT_VERSION) {
    throw new ImportError(`This export was made by a newer Give First (format ${head.version}); update Give First first.`, 'newer');
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
  if (field === 'version') throw new ImportError('This is not a Give First export.', 'not-export');
  throw new ImportError(`${line ? `Line ${line}, ${field}` : field}: ${issue.message}.`, 'bad-field', line, field);
}

/** JSON with keys sorted, to tell an unchanged record from an updated one whatever order its keys come in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** Merges an export into the history by id, in one transaction: all of it lands, or none of it. */
export async function importJson(db: GiveFirstDb, text: string): Promise<ImportResult> {
  const file = parseExport(text);
  const posts: PostRecord[] = [];
  const bodies: PostBody[] = [];
  for (const p of file.posts) {
    const { text: body, fingerprint: fp, ...rest } = p;
    const post = rest as PostRecord;
    // Files from version 1 have no people or topics: derive them as recording would.
    if (post.people === undefined) post.people = body !== undefined ? peopleIn(body) : [...post.mentions];
    if (post.topics === undefined) post.topics = body !== undefined ? topicsIn(body) : [...post.tags];
    if (post.correction === undefined) delete post.correction;
    if (post.replyTo === undefined) delete post.replyTo;
    posts.push(post);
    const print = body !== undefined ? fingerprint(body, p.id, p.time, true, post.platform) : fp!;
    bodies.push(body !== undefined ? { id: p.id, time: p.time, text: body, fingerprint: print } : { id: p.id, time: p.time, fingerprint: print as PostBody['fingerprint'] });
  }
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, feedback: file.feedback.length };
  await db.transaction('rw', [db.posts, db.bodies, db.feedback, db.daily], async () => {
    const ids = posts.map((p) => p.id);
    const [oldPosts, oldBodies] = await Promise.all([db.posts.bulkGet(ids), db.bodies.bulkGet(ids)]);
    posts.forEach((post, i) => {
      const old = oldPosts[i];
      if (!old) result.added++;
      else if (canonical(old) === canonical(post) && oldBodies[i]?.text === bodies[i]!.text) result.unchanged++;
      else result.updated++;
    });
    await db.posts.bulkPut(posts);
    await db.bodies.bulkPut(bodies);
    await db.feedback.bulkPut(file.feedback as FeedbackRecord[]);
    await rebuildDaily(db); // merged by id: recounting is the only way not to count a re-imported post twice
  });
  // The people page's choices live in extension storage, outside the database: written once the history landed,
  // merged with what is there (the file's hidden and dismissed are added, its merges win).
  if (file.people) {
    const now = readPeoplePrefs(await peoplePrefsItem.getValue());
    const incoming = readPeoplePrefs(file.people);
    await peoplePrefsItem.setValue({
      version: 1,
      hidden: [...new Set([...now.hidden, ...incoming.hidden])],
      merged: { ...now.merged, ...incoming.merged },
      dismissed: [...new Set([...now.dismissed, ...incoming.dismissed])],
    });
  }
  return result;
}

export async function deleteEverything(db: GiveFirstDb): Promise<void> {
  await db.transaction('rw', [db.posts, db.bodies, db.feedback, db.daily], async () => {
    await Promise.all([db.posts.clear(), db.bodies.clear(), db.feedback.clear(), db.daily.clear()]);
  });
  await Promise.all([
    peoplePrefsItem.removeValue(),
    abandonedDraftsItem.removeValue(),
    weeklyReviewItem.removeValue(),
    siteHealthItem.removeValue(),
  ]);
}
