import { givesClearly, unless } from '../policy';
import { defineRule } from '../rule';
import { quote } from '../words';

/** A takeaway this big (a tip, a lesson, a real question) turns an announcement into a story worth reading. */
const TAKEAWAY = 1.5;
/** Thanks weigh this much when they say whom or what for (signals.ts, warmth.ts). */
const NAMED = 1.5;

export default defineRule({
  meta: {
    id: 'humblebrag',
    family: 'self-promotion',
    description: 'An announcement or achievement about the author with no takeaway for the reader.',
    why: 'Readers are glad for you for a second; what they remember and share is what they can learn from how you got there.',
    weight: 2,
  },
  check(input) {
    const hits = input.find('brag').map((m) => ({
      start: m.start,
      end: m.end,
      message: `${quote(m.text)} announces your news with nothing for the reader.`,
      suggestion:
        'Add the story behind it: one thing that made the difference, a mistake on the way, or a number others can learn from.',
    }));
    // Pride that thanks people by name or for something ("proud of my team, thank you Ana, Ben and Chidi") credits them.
    const credits = input.signals.some((s) => s.signal === 'thanks' && s.weight >= NAMED);
    const quiet = input.evidence.takeaway >= TAKEAWAY || givesClearly(input) || credits;
    return unless(quiet, input, this.meta.weight, hits);
  },
});
