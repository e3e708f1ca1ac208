// The badge and card beside one composer. Built with createElement/textContent only: post text is never markup,
// which also keeps Trusted Types pages (YouTube) happy. Nothing here touches the editable.
import type { Family, Finding, Report } from '../checker/types';
import { RULES } from '../checker/rules';
import { HINT_CSS } from './hint-style';
import type { HintPlacement } from './adapter';

export const HINT_TAG = 'give-first-hint';

const FAMILY_LABEL: Record<Family, string> = {
  'self-promotion': 'Self-promotion',
  repetition: 'Repetition',
  'missing-value': 'Missing value',
};
const WHY = new Map(RULES.map((r) => [r.meta.id, r.meta.why]));
const QUOTE_MAX = 90;

// Events inside the hint must never reach the site's handlers (Harper #2075: a popup click posted a comment).
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress',
  'input', 'beforeinput', 'focusin', 'focusout', 'submit', 'dblclick', 'contextmenu'] as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', undefined, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export class HintView {
  readonly host: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private text = '';
  private report: Report | null = null;
  private dismissed = new Set<string>();
  private announced = '';

  constructor(
    private readonly placement: () => HintPlacement,
    private readonly returnFocus: () => void,
  ) {
    this.host = document.createElement(HINT_TAG);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = el('style', undefined, HINT_CSS);
    this.badge = el('button', 'badge');
    this.badge.type = 'button';
    this.badge.dataset.testid = 'gf-badge';
    this.badge.setAttribute('aria-haspopup', 'dialog');
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.addEventListener('click', () => this.toggle());
    this.card = el('div', 'card');
    this.card.hidden = true;
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', 'Give First hints');
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close(true);
    });
    this.live = el('div', 'sr');
    this.live.setAttribute('aria-live', 'polite');
    root.append(style, this.badge, this.card, this.live);
    for (const type of ISOLATED_EVENTS) this.host.addEventListener(type, (e) => e.stopPropagation());
    this.render();
  }

  /** Puts the host back if the site's re-render removed it. */
  ensureMounted(): void {
    if (this.host.isConnected) return;
    const { parent, before } = this.placement();
    parent.insertBefore(this.host, before && before.parentNode === parent ? before : null);
  }

  update(text: string, report: Report): void {
    this.text = text;
    this.report = report;
    this.ensureMounted();
    this.render();
  }

  visibleFindings(): Finding[] {
    return (this.report?.findings ?? []).filter((f) => !this.dismissed.has(this.key(f)));
  }

  destroy(): void {
    this.host.remove();
  }

  private key(f: Finding): string {
    return `${f.rule}:${this.text.slice(f.start, f.end)}`;
  }

  private toggle(): void {
    if (this.card.hidden) this.open();
    else this.close(false);
  }

  private open(): void {
    this.card.hidden = false;
    this.badge.setAttribute('aria-expanded', 'true');
    this.renderCard();
    (this.card.querySelector('button') ?? this.badge).focus();
  }

  private close(restoreFocus: boolean): void {
    this.card.hidden = true;
    this.badge.setAttribute('aria-expanded', 'false');
    if (restoreFocus) this.returnFocus();
  }

  private render(): void {
    const findings = this.visibleFindings();
    const families = [...new Set(findings.map((f) => f.family))];
    const kind = this.report?.kind ?? 'neutral';
    const empty = this.text.trim().length === 0;
    this.badge.dataset.kind = kind;
    this.badge.dataset.families = families.join(' ');
    this.badge.toggleAttribute('data-empty', empty);
    const hints = findings.length === 1 ? '1 hint' : `${findings.length} hints`;
    this.badge.textContent = empty
      ? 'Give First'
      : kind === 'give' && findings.length === 0
        ? '✓ Gives'
        : kind === 'take'
          ? `Takes · ${hints}`
          : findings.length
            ? hints
            : 'Neutral';
    this.badge.setAttribute(
      'aria-label',
      empty ? 'Give First' : `Give First: ${this.badge.textContent}. ${findings.length ? 'Open hints.' : ''}`,
    );
    const summary = families.map((f) => FAMILY_LABEL[f]).join(', ');
    if (summary !== this.announced) {
      this.announced = summary;
      this.live.textContent = summary ? `Give First hint: ${summary}` : '';
    }
    if (!this.card.hidden) this.renderCard();
  }

  private renderCard(): void {
    const findings = this.visibleFindings();
    const heading = el('h2', undefined, findings.length ? 'What Give First noticed' : 'Nothing to suggest: this post reads well.');
    const items = findings.map((f) => {
      const item = el('div', 'finding');
      item.dataset.testid = 'gf-finding';
      item.dataset.rule = f.rule;
      item.dataset.family = f.family;
      const quoted = this.text.slice(f.start, f.end);
      const quote = quoted.length > QUOTE_MAX ? `${quoted.slice(0, QUOTE_MAX)}…` : quoted;
      item.append(
        el('div', undefined, `${FAMILY_LABEL[f.family]}: ${f.message}`),
        el('div', 'quote', `“${quote}”`),
        el('div', 'suggestion', f.suggestion),
      );
      const why = WHY.get(f.rule);
      if (why) item.append(el('div', 'why', why));
      const actions = el('div', 'actions');
      actions.append(
        button('Dismiss', () => {
          this.dismissed.add(this.key(f));
          this.render();
        }),
      );
      item.append(actions);
      return item;
    });
    const footer = el('div', 'actions');
    footer.append(button('Close', () => this.close(true)));
    this.card.replaceChildren(heading, ...items, footer);
  }
}
