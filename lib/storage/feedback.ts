// Hint feedback: the person said a hint was wrong for these words.
import { feedbackKey, feedbackWords } from '../checker';
import type { FeedbackRequest } from '../model/messaging';
import type { GiveFirstDb } from './db';

export async function saveFeedback(db: GiveFirstDb, req: FeedbackRequest, now = Date.now()): Promise<string> {
  const key = feedbackKey(req.rule, req.words);
  await db.feedback.put({ key, rule: req.rule, words: feedbackWords(req.words), verdict: req.verdict, time: now });
  return key;
}

export async function ignoredKeys(db: GiveFirstDb): Promise<string[]> {
  return (await db.feedback.toCollection().primaryKeys()) as string[];
}
