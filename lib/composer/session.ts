// One composer on the page: reads its text, checks it, shows the hint, and records the post on submit.
import { check } from '../checker';
import type { CheckContext, Family, Report } from '../checker/types';
import type { RecordPostRequest } from '../messaging';
import type { SiteAdapter } from './adapter';
import { HintView } from './hint-view';
import { watchText } from './watch-text';

export interface SessionEnv {
  context(reply: boolean): CheckContext;
  record(request: RecordPostRequest): void;
}

/** A click and a shortcut can both fire for one send; the same text within this window is one post. */
const SAME_SUBMIT_MS = 2_000;

export class ComposerSession {
  readonly hint: HintView;
  private text = '';
  private report: Report | null = null;
  private firstFamilies: Family[] | null = null;
  private lastSubmit: { text: string; at: number } | null = null;

  constructor(
    readonly editable: HTMLElement,
    private readonly adapter: SiteAdapter,
    private readonly env: SessionEnv,
    signal: AbortSignal,
  ) {
    this.hint = new HintView(
      () => adapter.placeHint(editable),
      () => editable.focus(),
    );
    signal.addEventListener('abort', () => this.hint.destroy());
    watchText(editable, () => adapter.readText(editable), (text) => this.evaluate(text), signal);
  }

  /** Checks again with the same text, after settings or history changed. */
  recheck(): void {
    this.evaluate(this.text);
  }

  submit(): void {
    const text = this.adapter.readText(this.editable).trim();
    if (!text) return;
    const now = Date.now();
    if (this.lastSubmit && this.lastSubmit.text === text && now - this.lastSubmit.at < SAME_SUBMIT_MS) return;
    this.lastSubmit = { text, at: now };
    const reply = this.adapter.isReply(this.editable);
    const report = check(text, this.env.context(reply));
    this.env.record({
      id: crypto.randomUUID(),
      platform: this.adapter.id,
      reply,
      text,
      time: now,
      kind: report.kind,
      families: report.families,
      scores: report.scores,
      nudge: {
        hinted: this.firstFamilies !== null,
        firstFamilies: this.firstFamilies ?? [],
        submitFamilies: report.families,
      },
    });
    this.firstFamilies = null;
  }

  private evaluate(text: string): void {
    this.text = text;
    this.report = check(text, this.env.context(this.adapter.isReply(this.editable)));
    this.hint.update(text, this.report);
    if (this.firstFamilies === null && this.report.families.length > 0) this.firstFamilies = this.report.families;
  }
}
