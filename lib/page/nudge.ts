// What a hint did for one draft, told honestly: a hint counts as seen only when a settled verdict with findings was
// on screen or the card was opened (a verdict flashing past mid-word is not a hint anyone read). A seen hint is
// heeded when one of its families is gone at submit, or when the draft is abandoned after the card was opened.
import type { Family } from '../checker';
import type { NudgeOutcome } from '../model/messaging';

export class NudgeTracker {
  private seen: Family[] = [];
  private first: Family[] | null = null;
  private opened = false;

  /** A settled verdict was shown; `onScreen`: the badge was visible in the viewport at that moment. */
  settled(families: readonly Family[], onScreen: boolean): void {
    if (onScreen) this.see(families);
  }

  /** The card was opened on these families: seen, whatever the badge's position. */
  cardOpened(families: readonly Family[]): void {
    this.opened = true;
    this.see(families);
  }

  /** The outcome of a post sent with `submitFamilies` flagged; the next draft starts fresh. */
  submitted(submitFamilies: readonly Family[]): NudgeOutcome {
    const hinted = this.seen.length > 0;
    const heeded = hinted && this.seen.some((f) => !submitFamilies.includes(f));
    const outcome: NudgeOutcome = {
      hinted,
      firstFamilies: [...(this.first ?? [])],
      submitFamilies: [...submitFamilies],
      seenFamilies: [...this.seen],
      opened: this.opened,
      heeded,
    };
    this.reset();
    return outcome;
  }

  /** The draft was emptied or its composer closed without a send: heeded only if the card had been opened. */
  abandoned(): NudgeOutcome | null {
    if (this.seen.length === 0) return this.reset();
    const outcome: NudgeOutcome = {
      hinted: true,
      firstFamilies: [...(this.first ?? [])],
      submitFamilies: [],
      seenFamilies: [...this.seen],
      opened: this.opened,
      heeded: this.opened,
    };
    this.reset();
    return outcome;
  }

  private see(families: readonly Family[]): void {
    if (families.length === 0) return;
    this.first ??= [...families];
    for (const f of families) if (!this.seen.includes(f)) this.seen.push(f);
  }

  private reset(): null {
    this.seen = [];
    this.first = null;
    this.opened = false;
    return null;
  }
}
