// One composer on the page: reads its text, checks it, shows the hint, and records the post on submit.
import { check, type CheckContext, type Family, type Report } from '../checker';
import type { RecordPostRequest } from '../model/messaging';
import type { SiteAdapter } from '../sites/adapter';
import { HintView, type HintActions, type PauseRequest } from './hint/view';
import { watchText } from './watch-text';

export interface SessionEnv {
  context(reply: boolean): CheckContext;
  record(request: RecordPostRequest): void;
  actions: Omit<HintActions, 'focusEditor'>;
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
  private firstFamilies: Family[] | null = null;
  private lastSubmit: { text: string; at: number } | null = null;
  /** The text a pause card was shown for: a second send of the same text goes through. */
  private pausedText: string | null = null;

  constructor(
    readonly editable: HTMLElement,
    private readonly adapter: SiteAdapter,
    private readonly env: SessionEnv,
    signal: AbortSignal,
  ) {
    this.hint = new HintView(() => adapter.placeHint(editable), { ...env.actions, focusEditor: () => editable.focus() });
    signal.addEventListener('abort', () => this.hint.destroy());
    watchText(editable, () => adapter.readText(editable), (text) => this.evaluate(text), signal);
  }

  /** Checks again with the same text, after settings, history or feedback changed. */
  recheck(): void {
    this.evaluate(this.text);
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
    this.env.record({
      id: crypto.randomUUID(),
      platform: this.adapter.id,
      reply,
      text,
      time: at,
      kind: report.kind,
      families: report.families,
      signals: [...new Set(report.signals.map((s) => s.signal))],
      phrases: flaggedPhrases(text, report),
      scores: report.scores,
      nudge: { hinted: this.firstFamilies !== null, firstFamilies: this.firstFamilies ?? [], submitFamilies: report.families },
    });
    this.firstFamilies = null;
    this.pausedText = null;
  }

  private evaluate(text: string): void {
    this.text = text;
    const report = check(text, this.env.context(this.adapter.isReply(this.editable)));
    this.hint.update(text, report);
    if (this.firstFamilies === null && report.families.length > 0) this.firstFamilies = report.families;
  }
}
