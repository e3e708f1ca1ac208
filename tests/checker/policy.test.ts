// Table tests for the policy helpers that let a hint yield to a post that passes on news or help (lib/checker/policy.ts).
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { forOthers } from '../../lib/checker/evidence';
import { askLexicon } from '../../lib/checker/lexicon';
import { namesEvent, offersRelief, passesHelpOn, reportsSympathy, tellsNews } from '../../lib/checker/policy';
import type { RuleInput } from '../../lib/checker/rule';
import type { CheckContext } from '../../lib/checker/types';

interface Row {
  text: string;
  ctx?: CheckContext;
  want: boolean;
}

const TABLES: Record<string, [(input: RuleInput) => boolean, Row[]]> = {
  namesEvent: [
    namesEvent,
    [
      { text: 'Crews are still fighting the bushfire near the ridge', want: true },
      { text: 'So close to home #HighParkFire', want: true },
      { text: 'Water over the footbridge again #yycflood', want: true },
      { text: 'Help is on the way #FloodPH', want: true },
      { text: 'Cortes de luz en el centro #inundaciones', ctx: { lang: 'es' }, want: true },
      { text: 'Shot this at home today #photo #instagood', want: false },
      { text: 'New glaze test from the kiln #pottery #firefox', want: false },
    ],
  ],
  tellsNews: [
    tellsNews,
    [
      { text: '3 more homes may have burned in the wildfire', want: true },
      { text: 'Two people evacuated after the explosion at the plant', want: true },
      { text: 'Police say the road is closed #yycflood', want: true },
      { text: 'It Is Mid-October And There Was Already A Snowstorm In Ontario', want: false },
      { text: 'This is why the floods hit us so hard', want: false },
      { text: 'Flood sale: 20% off every raincoat this week', want: false },
      { text: '3 more homes for sale in the valley', want: false },
    ],
  ],
  reportsSympathy: [
    reportsSympathy,
    [
      { text: 'The Queen says her thoughts and prayers are with the victims of the helicopter crash', want: true },
      { text: 'The prime minister sends condolences to the victims of the train crash', want: true },
      { text: 'The mayor said our thoughts are with the families tonight', want: true },
      { text: 'I just want to say thoughts and prayers to everyone affected', want: false },
      { text: 'Thoughts and prayers to everyone in Texas', want: false },
      { text: 'Deepest condolences to the victims and their families', want: false },
    ],
  ],
  passesHelpOn: [
    passesHelpOn,
    [
      { text: 'Prayers for those affected. How to help: https://example.org/help', want: true },
      { text: 'For anyone in the affected areas, https://example.org/flood-info', want: true },
      { text: 'Text REDCROSS to 90999 to give $10', want: true },
      { text: 'Shelter open at the Lincoln high school gym', want: true },
      { text: 'Se necesitan voluntarios en el polideportivo', ctx: { lang: 'es' }, want: true },
      { text: 'Spendet an das Rote Kreuz', ctx: { lang: 'de' }, want: true },
      { text: 'Comment aider les sinistrés du Var', ctx: { lang: 'fr' }, want: true },
      { text: 'Precisamos de voluntários no abrigo', ctx: { lang: 'pt' }, want: true },
      { text: 'For anyone who likes pottery, https://example.org/shop', want: false },
      { text: 'Thoughts and prayers to everyone affected https://example.org/photo', want: false },
      { text: 'Stay safe everyone', want: false },
    ],
  ],
  offersRelief: [
    offersRelief,
    [
      { text: "To help w/ #WestTX relief efforts we're making shower facilities available at our store", want: true },
      { text: 'Looking for ways to donate to the victims of the typhoon? Check out our list: https://example.org', want: true },
      { text: 'Volunteers needed at the sandbag site, the river is still rising #flood', want: true },
      { text: 'Looking for ways to donate to the typhoon victims? Our shirt, 20% off with code HELP', want: false },
      { text: 'Happy to help anyone stuck on the setup, DM me', want: false },
      { text: 'Our new raincoat is out, https://example.org/shop', want: false },
    ],
  ],
};

describe.each(Object.entries(TABLES))('policy %s', (name, [helper, rows]) => {
  it('has posts on both sides', () => {
    expect(rows.some((r) => r.want)).toBe(true);
    expect(rows.some((r) => !r.want)).toBe(true);
  });
  it.each(rows.map((r) => [r.text, r] as const))('%s', (_text, row) => {
    expect(helper(ruleInput(row.text, row.ctx)), `${name}: ${row.text}`).toBe(row.want);
  });
});

// forOthers reads the tags once per post (evidence.ts tagsForOthers): the answer is still the tags' own, and follows
// the post's language if that is set again.
describe('forOthers', () => {
  it('finds a word for others at either end of a tag, in the post’s language', () => {
    const input = ruleInput('New drop is live, link in bio #floodrelief #shopsmall', { now: 0 });
    expect(forOthers(input.doc, input.evidence.lower)).toBe(true);
    expect(forOthers(input.doc, input.evidence.lower)).toBe(true);
    const plain = ruleInput('New drop is live, link in bio #handmade #shopsmall', { now: 0 });
    expect(forOthers(plain.doc, plain.evidence.lower)).toBe(false);
    // Spanish lists no "relief": the same tag asked again under another language is read anew.
    input.doc.lang = 'es';
    expect(askLexicon('es')!.forOthers.has('relief')).toBe(false);
    expect(forOthers(input.doc, input.evidence.lower)).toBe(false);
  });
});
