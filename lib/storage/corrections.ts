// "This gave" / "this was promotional" / "not a repeat": the person corrects a recorded post's verdict. The balance
// changes at once (the post's kind and the per-day counts, in one transaction), the correction is kept with the post,
// and the words the checker flagged become hint feedback, so the same hint stops for the same words.
import { check, type Family, HistoryIndex, type Kind } from '../checker';
import type { FeedbackVerdict } from '../model/messaging';
import type { Settings } from '../model/settings';
import { applyToDaily } from './daily';
import type { CorrectionVerdict, GiveFirstDb, PostRecord } from './db';
import { saveFeedback } from './feedback';

/** Which families a correction says were wrong, and the feedback verdict each becomes. */
const WRONG: Record<CorrectionVerdict, Partial<Record<Family, FeedbackVerdict>>> = {
  gave: { 'self-promotion': 'not-promotional', 'missing-value': 'not-missing-value' },
  promotional: {},
  'not-repeat': { repetition: 'not-repeat' },
};

/** The post as the person says it was, from what the checker said. */
export function corrected(checked: { kind: Kind; families: readonly Family[] }, verdict: CorrectionVerdict): { kind: Kind; families: Family[] } {
  const wrong = WRONG[verdict];
  const families = checked.families.filter((f) => !(f in wrong));
  if (verdict === 'gave') return { kind: 'give', families };
  if (verdict === 'promotional') return { kind: 'take', families: checked.families.includes('self-promotion') ? [...families] : [...families, 'self-promotion'] };
  return { kind: checked.kind, families };
}

/** Corrects one post; returns the feedback keys saved (none when the text was not kept). */
export async function correctPost(
  db: GiveFirstDb,
  id: string,
  verdict: CorrectionVerdict,
  settings: Pick<Settings, 'own' | 'sensitivity'> | null = null,
  now = Date.now(),
): Promise<string[]> {
  const updated = await db.transaction('rw', db.posts, db.daily, async () => {
    const post = await db.posts.get(id);
    if (!post) return null;
    const checked = post.correction ? { kind: post.correction.checkedKind, families: post.correction.checkedFamilies } : post;
    const next: PostRecord = {
      ...post,
      ...corrected(checked, verdict),
      correction: { verdict, time: now, checkedKind: checked.kind, checkedFamilies: [...checked.families] },
    };
    await db.posts.put(next);
    await applyToDaily(db, [post], -1);
    await applyToDaily(db, [next], 1);
    return post;
  });
  if (!updated) return [];
  return feedbackFromText(db, updated, verdict, settings);
}

/** Checks the kept text again (with the posts before it, for repeats) and stores each wrong finding's words. */
async function feedbackFromText(
  db: GiveFirstDb,
  post: PostRecord,
  verdict: CorrectionVerdict,
  settings: Pick<Settings, 'own' | 'sensitivity'> | null,
): Promise<string[]> {
  const wrong = WRONG[verdict];
  if (Object.keys(wrong).length === 0) return [];
  const body = await db.bodies.get(post.id);
  if (body?.text === undefined) return [];
  let history: HistoryIndex | undefined;
  if (wrong.repetition) {
    history = new HistoryIndex();
    for (const b of await db.bodies.where('time').below(post.time).reverse().limit(2_000).toArray()) history.add(b.fingerprint);
  }
  const report = check(body.text, {
    platform: post.platform,
    reply: post.reply,
    now: post.time,
    ...(history ? { history } : {}),
    ...(settings ? { own: settings.own, sensitivity: settings.sensitivity } : {}),
  });
  const keys = new Set<string>();
  for (const f of report.findings) {
    const feedback = wrong[f.family];
    if (!feedback) continue;
    keys.add(await saveFeedback(db, { rule: f.rule, words: body.text.slice(f.start, f.end), verdict: feedback }, Date.now()));
  }
  return [...keys];
}
