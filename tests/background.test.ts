// The background answers the typed protocol: records posts once and serves fingerprints.
import { beforeAll, describe, expect, it } from 'vitest';
import background from '../entrypoints/background';
import { sendMessage, type RecordPostRequest } from '../lib/messaging';

const post = (id: string, text: string): RecordPostRequest => ({
  id, text, time: Date.now(), platform: 'x', reply: false, kind: 'take', families: ['self-promotion'],
  scores: { give: 0, take: 2, missing: 0, repeat: 0 }, nudge: { hinted: true, firstFamilies: ['self-promotion'], submitFamilies: ['self-promotion'] },
});

describe('background', () => {
  beforeAll(() => {
    background.main();
  });

  it('records through the protocol, idempotently, and returns fingerprints', async () => {
    expect(await sendMessage('recordPost', post('m1', 'Use my code SAVE20 and follow me for more deals today'))).toEqual({ recorded: true });
    expect(await sendMessage('recordPost', post('m1', 'Use my code SAVE20 and follow me for more deals today'))).toEqual({ recorded: false });
    const history = await sendMessage('getHistory', undefined);
    expect(history.fingerprints.map((f) => f.id)).toContain('m1');
    expect(history.fingerprints.find((f) => f.id === 'm1')?.preview).toContain('SAVE20');
    expect(history.recentKinds[0]).toBe('take');
  });

  it('stores hint feedback and hands it back as ignored keys', async () => {
    const { key } = await sendMessage('giveFeedback', { rule: 'call-to-action', words: 'DM  me', verdict: 'not-promotional' });
    expect(key).toBe('call-to-action:dm me');
    expect((await sendMessage('getHistory', undefined)).ignored).toContain('call-to-action:dm me');
  });
});
