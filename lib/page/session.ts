// One composer on the page: reads its text, checks it, shows the hint when the writer pauses, and records the post
// on submit with what the hint honestly did (lib/page/nudge.ts).
import { check, type CheckContext, type Report } from '../checker';
import type { NudgeOutcome, RecordPostRequest } from '../model/messaging';
import type { SiteAdapter } from '../sites/adapter';
import { hasFocus, onScreen, SETTLE_MS, whileWriting } from './calm';
import { HintView, type HintActions, type PauseRequest } from './hint/view';
import { NudgeTracker } from './nudge';
import { composersFor, submitControlFor } from './watch-submit';
import { pageLangs, warmChecker } from './warm';
import { watchText } from './watch-text';

export interface SessionEnv {
  context(reply: boolean): CheckContext;
  record(request: RecordPostRequest): void;
  /** A draft a hint was seen on went away unsent. */
  abandoned(nudge: NudgeOutcome): void;
  actions: Omit<HintActions, 'focusEditor' | 'cardOpened' | 'pauseSite'>;
  /** "Pause Give First on this site", from the card of this composer. */
  pauseSite(editable: HTMLElement): void;
}

/** Flagged phrases short enough to be a habit ("link in bio"), not a whole post. */
const PHRASE_MAX = 40;

export function flaggedPhrases(text: string, report: Report): string[] {
  const words = report.findings
    .filter((f) => f.end - f.start <= PHRASE_MAX)
    .map((f) => text.slice(f.start, f.end).toLowerCase().replace(/\s+/g, ' ').trim())
    .filter((w) => w.length > 1);
  return [...new Set(words)];
}

/** A click and a shortcut can both fire for one send; the same text within this window is one post. */
const SAME_SUBMIT_MS = 2_000;

export class ComposerSession {
  readonly hint: HintView;
  private text = '';
  private report: Report | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The writer left the editor or reached for send: the draft is judged whole. */
  private done = false;
  private readonly nudge = new NudgeTracker();
  private lastSubmit: { text: string; at: number } | null = null;
  /** The text a pause card was shown for: a second send of the same text goes through. */
  private pausedText: string | null = null;

  constructor(
    readonly editable: HTMLElement,
    private readonly adapter: SiteAdapter,
    private readonly env: SessionEnv,
    signal: AbortSignal,
  ) {
    this.hint = new HintView(() => adapter.placeHint(editable), {
      ...env.actions,
      pauseSite: () => env.pauseSite(editable),
      focusEditor: () => editable.focus(),
      cardOpened: (families) => this.nudge.cardOpened(families),
    }, { sendControl: () => submitControlFor(adapter, editable), composer: editable });
    signal.addEventListener('abort', () => {
      clearTimeout(this.settleTimer);
      this.hint.destroy();
      const left = this.nudge.abandoned();
      if (left && this.text.trim()) env.abandoned(left);
    });
    // Leaving the editor (not for the hint itself) or reaching for this composer's send control: judge it now.
    editable.addEventListener('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      if (to && (editable.contains(to) || this.hint.host.contains(to) || to === this.hint.host)) return;
      this.finish();
    }, { signal });
    const reach = (e: Event) => {
      const target = e.composedPath()[0];
      if (!(target instanceof Element)) return;
      const control = adapter.submitControl(target);
      if (control && composersFor(control, [editable]).length > 0) this.finish();
    };
    document.addEventListener('pointerover', reach, { capture: true, signal });
    document.addEventListener('focusin', reach, { capture: true, signal });
    watchText(editable, () => adapter.readText(editable), (text) => this.evaluate(text), signal);
    // In the page from the start, even when the writer was already typing when this script arrived (it is injected
    // on the first composer): the room the hint takes is taken now, not when the verdict first settles, which can be
    // the moment the pointer reaches the send control.
    this.hint.ensureMounted();
    // The first check in a language compiles its phrases (a few hundred ms): done in idle time now, not in the
    // middle of typing or on the way to the send control.
    warmChecker(pageLangs(), signal);
  }

  /** Checks again with the same text, after settings, history or feedback changed: shown at once if settled. */
  recheck(): void {
    this.report = null;
    if (this.settleTimer === undefined) this.show();
  }

  /** Judges the draft as it stands, whole: the writer is done for now (also before the card opens by shortcut). */
  finish(): void {
    this.done = true;
    this.settle();
  }

  /** The shortcut (browser command or in-page key): the verdict on the draft as it stands, card open. */
  openByKeyboard(): void {
    this.finish();
    this.hint.openCard();
  }

  /** The report for what the composer holds right now (read fresh: sites clear it straight after sending). */
  reportNow(): { text: string; reply: boolean; report: Report } | null {
    const text = this.adapter.readText(this.editable).trim();
    if (!text) return null;
    const reply = this.adapter.isReply(this.editable);
    return { text, reply, report: check(text, this.env.context(reply)) };
  }

  /** Holds the send once for this text, showing the pause card; true when it should be held. */
  pauseOnce(text: string, request: Omit<PauseRequest, 'postAnyway'>, postAnyway: () => void): boolean {
    if (this.pausedText === text) return false;
    this.pausedText = text;
    this.hint.showPause({ ...request, postAnyway });
    return true;
  }

  submit(): void {
    const now = this.reportNow();
    if (!now) return;
    const { text, reply, report } = now;
    const at = Date.now();
    if (this.lastSubmit && this.lastSubmit.text === text && at - this.lastSubmit.at < SAME_SUBMIT_MS) return;
    this.lastSubmit = { text, at };
    const replyTo = reply ? (this.adapter.replyTo?.(this.editable) ?? []) : [];
    this.env.record({
      id: crypto.randomUUID(),
      platform: this.adapter.id,
      reply,
      ...(replyTo.length > 0 && { replyTo }),
      text,
      time: at,
      kind: report.kind,
      families: report.families,
      signals: [...new Set(report.signals.map((s) => s.signal))],
      phrases: flaggedPhrases(text, report),
      scores: report.scores,
      nudge: this.nudge.submitted(report.families),
    });
    this.pausedText = null;
  }

  private evaluate(text: string): void {
    const was = this.text;
    this.text = text;
    // Checked when shown, not per keystroke: while the writer types, the verdict waits for a pause anyway.
    this.report = null;
    if (!text.trim()) {
      // Emptied without a send (a sent post is recorded before the site clears the box, which resets the tracker).
      if (was.trim()) {
        const left = this.nudge.abandoned();
        if (left) this.env.abandoned(left);
      }
      this.done = false;
      return this.settle();
    }
    if (!hasFocus(this.editable)) return this.settle();
    // Typing: the card closes (the person went back to the words) and the verdict waits for a pause.
    this.done = false;
    this.hint.closeCard();
    this.hint.setPending(true);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  private settle(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    this.hint.setPending(false);
    this.show();
  }

  private show(): void {
    this.report ??= check(this.text, this.env.context(this.adapter.isReply(this.editable)));
    const shown = this.done ? this.report : whileWriting(this.report);
    this.hint.update(this.text, shown);
    this.nudge.settled(this.hint.visibleFamilies(), onScreen(this.hint.host));
  }
}
