// When a verdict may show. A draft is judged when the writer pauses, leaves the editor or reaches for the send
// control, never keystroke by keystroke: the badge keeps its last settled verdict while they type, so it cannot
// flicker between kinds mid-sentence.
import type { Family, Report } from '../checker';

/** A pause this long in typing settles the verdict (a breath between sentences, not between keys). */
export const SETTLE_MS = 1_000;

/** Rules about the draft as a whole ("too short"): every post is short while it is being written, so these wait
 * until the writer stops (leaves the editor, reaches for send). */
export const WHEN_DONE_RULES: ReadonlySet<string> = new Set(['too-short']);

/** The report as shown while the writer is still at it: without the rules that judge a finished post. */
export function whileWriting(report: Report): Report {
  const findings = report.findings.filter((f) => !WHEN_DONE_RULES.has(f.rule));
  if (findings.length === report.findings.length) return report;
  const families = [...new Set(findings.map((f) => f.family))];
  return { ...report, findings, families: report.families.filter((f: Family) => families.includes(f)) };
}

/** Whether focus is in the editable (through the shadow root it lives in, if any). */
export function hasFocus(editable: HTMLElement): boolean {
  const root = editable.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active !== null && (active === editable || editable.contains(active));
}

/** Whether any of the element's box is inside the viewport. */
export function onScreen(element: Element): boolean {
  if (!element.isConnected) return false;
  const r = element.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}
