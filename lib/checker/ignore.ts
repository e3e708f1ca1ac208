// Keys for hint feedback: the same rule on the same words is the same hint wherever it appears again.
// When the person says a hint was wrong ("this is not promotional"), its key goes in CheckContext.ignore.

export function feedbackWords(words: string): string {
  return words.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function feedbackKey(rule: string, words: string): string {
  return `${rule}:${feedbackWords(words)}`;
}
