import { describe, expect, it } from 'vitest';
import {
  dismiss, EMPTY_PEOPLE_PREFS, hidePerson, loadPeoplePrefs, mergePerson, PEOPLE_PREFS_KEY, readPeoplePrefs, updatePeoplePrefs,
} from '../../lib/storage/people-prefs';

describe('people prefs', () => {
  it('reads anything stored as safe prefs', () => {
    expect(readPeoplePrefs(undefined)).toEqual(EMPTY_PEOPLE_PREFS);
    expect(readPeoplePrefs({ hidden: ['@a', 3], merged: { '@b': '@c', '@d': 5, '@e': '@e' }, dismissed: 'x' })).toEqual({
      version: 1, hidden: ['@a'], merged: { '@b': '@c' }, dismissed: [],
    });
  });

  it('hides, dismisses and merges, refusing a merge that would loop and undoing one with an empty target', () => {
    let prefs = hidePerson('@a')(hidePerson('@a')(EMPTY_PEOPLE_PREFS));
    prefs = dismiss('reciprocity:@dana')(prefs);
    prefs = mergePerson('name:dana', '@dana')(prefs);
    prefs = mergePerson('@dana', 'name:dana')(prefs);
    expect(prefs).toEqual({ version: 1, hidden: ['@a'], merged: { 'name:dana': '@dana' }, dismissed: ['reciprocity:@dana'] });
    expect(mergePerson('name:dana', '')(prefs).merged).toEqual({});
  });

  it('keeps everything under one storage.local key', async () => {
    await updatePeoplePrefs(hidePerson('@z'));
    expect(PEOPLE_PREFS_KEY).toBe('local:peoplePrefs');
    expect(await browser.storage.local.get('peoplePrefs')).toEqual({
      peoplePrefs: { version: 1, hidden: ['@z'], merged: {}, dismissed: [] },
    });
    expect((await loadPeoplePrefs()).hidden).toEqual(['@z']);
  });
});
