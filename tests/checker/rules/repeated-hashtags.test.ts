import { describe, expect, it } from 'vitest';
import { fingerprint, HistoryIndex } from '../../../lib/checker/history';
import rule from '../../../lib/checker/rules/repeated-hashtags';
import { runRule, testRule } from '../rule-tester';

const now = Date.UTC(2026, 10, 23);
const earlier = ['Saturday bake 🥖 #sourdough #bread #baking #homemade', 'Flour delivery day! #bread #baking'];

const monthsAgo = new HistoryIndex();
monthsAgo.add(fingerprint(earlier[0]!, 'old', now - 90 * 86_400_000));

testRule(rule, {
  valid: [
    { text: 'Sunday bake 🍞 #sourdough #bread #rye', ctx: { history: earlier, now }, note: 'a different set' },
    { text: 'Rye day #bread #baking', ctx: { history: earlier, now }, note: 'two tags are a signature, not a habit' },
    { text: 'Sunday bake 🍞 #sourdough #bread #baking #homemade', ctx: {}, note: 'no history' },
    { text: 'Sunday bake 🍞 #sourdough #bread #baking #homemade', ctx: { history: monthsAgo, now }, note: 'months ago' },
  ],
  invalid: [
    { text: 'Sunday bake 🍞 #sourdough #bread #baking #homemade', ctx: { history: earlier, now }, flags: ['#sourdough #bread #baking #homemade'] },
    { text: '#Homemade #Baking focaccia today, #Bread #Sourdough', ctx: { history: earlier, now }, flags: ['#Homemade #Baking focaccia today, #Bread #Sourdough'] },
    { text: 'Rye day #bread #baking', ctx: { history: earlier, now, sensitivity: 'strict' }, flags: ['#bread #baking'] },
  ],
});

describe('repeated-hashtags findings', () => {
  it('name the newest earlier post, with the specifics as data', () => {
    const history = new HistoryIndex();
    history.add(fingerprint('Saturday bake #sourdough #bread #baking', 'a', now - 5 * 86_400_000, true, 'instagram'));
    history.add(fingerprint('Focaccia day #bread #baking #sourdough', 'b', now - 86_400_000, true, 'threads'));
    const [hit] = runRule(rule, 'Sunday bake #Baking #sourdough #bread', { history, now });
    expect(hit!.data).toEqual({ days: 1, site: 'threads', times: 2, more: 1, tags: 'baking bread sourdough' });
    expect(hit!.messageId).toBe('repeatedHashtagsMore');
    expect(hit!.message).toBe('The same hashtags as your post on Threads yesterday (and 1 more).');
  });
});
