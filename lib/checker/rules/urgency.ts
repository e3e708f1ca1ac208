import { PRICE_RE } from '../asks';
import { askLexicon } from '../lexicon';
import { givesClearly, hurriesPublicGood, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';


/** Urgency about a thing of the author's own weighs as an ask does (call-to-action's weight). */
const OWN_THING_WEIGHT = 2;

export default defineRule({
  meta: {
    id: 'urgency',
    family: 'self-promotion',
    description: 'Pressure to act fast: only N left, ends tonight, last chance, don’t miss out.',
    why: 'Manufactured hurry makes readers wary; a clear date or stock count with no pressure reads as information.',
    weight: 1,
  },
  check(input) {
    // Urgency that only says how to take up something offered to others (coverage of an event, a relief drive) is no push.
    const found = input.find('urgency').filter((m) => !input.evidence.offers.some((o) => o.start === m.start));
    if (found.length === 0) return [];
    // "Last chance", "ends tomorrow", "to the moon" also narrate sports, seasons and space flights: they push only
    // in a post that asks for something (or beside a plainer push: "only 3 left").
    const lone = askLexicon(input.doc.lang)?.loneUrgency;
    // They push beside an ask, or beside a take: a discount, a code, a price ("50% off until Friday, last chance").
    const { evidence } = input;
    const urging =
      evidence.asks.some((a) => !found.some((u) => u.start === a.start)) ||
      evidence.codes.length > 0 || input.find('discount').length > 0 || PRICE_RE.test(input.doc.text);
    if (lone && !urging && found.every((m) => lone.test(m.text))) return [];
    // Hurry beside a thing of the author's own named ("In my 6-week program I show you how. Only 3 spots left!") sells
    // that thing: the pressure is the pitch's, as heavy as an ask.
    const weight = evidence.plugs.length > 0 ? OWN_THING_WEIGHT : this.meta.weight;
    const hits = found.map((m) => ({
      start: m.start,
      end: m.end,
      weight,
      ...hitMessage('urgency', { words: m.text }),
      suggestion:
        'State the facts plainly (the date, how many there are) and add why it is worth their time: what they learn, use or get from it.',
    }));
    // A public or community good that will not last ("free seedlings at the community garden, first come first served")
    // tells people when to come: no sale hurries them.
    return unless(givesClearly(input) || hurriesPublicGood(input), input, this.meta.weight, hits);
  },
});
