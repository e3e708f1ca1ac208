// The badge and card beside one composer. Built with createElement/textContent only: post text is never markup,
// which also keeps Trusted Types pages (YouTube) happy. Nothing here touches the editable.
import type { Family, Finding, Report } from '../../checker';
import { t, type MessageKey } from '../../model/i18n';
import type { HintPlacement } from '../../sites/adapter';
import { HINT_CSS } from './style';
import { ruleTexts, type RuleText } from './rule-text';

export const HINT_TAG = 'give-first-hint';

const FAMILY_LABEL: Record<Family, MessageKey> = {
  'self-promotion': 'familySelfPromotion',
  repetition: 'familyRepetition',
  'missing-value': 'familyMissingValue',
};
const FEEDBACK_LABEL: Record<Family, MessageKey> = {
  'self-promotion': 'hintNotPromo',
  repetition: 'hintNotRepeat',
  'missing-value': 'hintNotMissing',
};
const QUOTE_MAX = 90;
/** Pixels the card wants below the badge before it opens upward instead. */
const CARD_ROOM = 320;

// Events inside the hint must never reach the site's handlers (Harper #2075: a popup click posted a comment).
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress',
  'input', 'beforeinput', 'focusin', 'focusout', 'submit', 'dblclick', 'contextmenu'] as const;

export interface HintActions {
  /** "Not promotional / not a repeat / it does add value" for these words. */
  feedback(finding: Finding, words: string): void;
  mute(rule: string): void;
  pauseSite(): void;
  focusEditor(): void;
}

export interface PauseRequest {
  families: Family[];
  oneIn: number;
  postAnyway(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', undefined, label);
  b.type = 'button';
  b.dataset.testid = testId;
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
  private readonly dismissed = new Set<string>();
  private announced = '';
  private pause: PauseRequest | null = null;
  private destroyed = false;

  constructor(
    private readonly placement: () => HintPlacement,
    private readonly actions: HintActions,
  ) {
    this.host = document.createElement(HINT_TAG);
    const root = this.host.attachShadow({ mode: 'open' });
    this.badge = el('button', 'badge');
    this.badge.type = 'button';
    this.badge.dataset.testid = 'gf-badge';
    this.badge.setAttribute('aria-haspopup', 'dialog');
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.addEventListener('click', () => (this.card.hidden ? this.open() : this.close(false)));
    this.card = el('div', 'card');
    this.card.hidden = true;
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', t('hintTitle'));
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close(true);
    });
    this.live = el('div', 'sr');
    this.live.setAttribute('aria-live', 'polite');
    root.append(el('style', undefined, HINT_CSS), this.badge, this.card, this.live);
    for (const type of ISOLATED_EVENTS) this.host.addEventListener(type, (e) => e.stopPropagation());
    this.render();
  }

  /** Puts the host back if the site's re-render removed it. */
  ensureMounted(): void {
    if (this.destroyed || this.host.isConnected) return;
    const { parent, before } = this.placement();
    parent.insertBefore(this.host, before && before.parentNode === parent ? before : null);
  }

  update(text: string, report: Report): void {
    if (text !== this.text) this.pause = null;
    this.text = text;
    this.report = report;
    this.ensureMounted();
    this.render();
  }

  /** Pause before posting: what the post takes, "Post anyway" (sends it unchanged) and "Edit". */
  showPause(request: PauseRequest): void {
    this.pause = request;
    this.ensureMounted();
    this.open();
  }

  visibleFindings(): Finding[] {
    return (this.report?.findings ?? []).filter((f) => !this.dismissed.has(this.key(f)));
  }

  /** Final: a destroyed view never mounts again (teardown can happen in the middle of an update). */
  destroy(): void {
    this.destroyed = true;
    this.host.remove();
  }

  private key(f: Finding): string {
    return `${f.rule}:${this.text.slice(f.start, f.end)}`;
  }

  private open(): void {
    // Open upward when the space below would push the card over the site's own controls or off screen.
    const below = window.innerHeight - this.host.getBoundingClientRect().bottom;
    this.card.classList.toggle('up', below < CARD_ROOM && this.host.getBoundingClientRect().top > below);
    this.card.hidden = false;
    this.badge.setAttribute('aria-expanded', 'true');
    this.renderCard();
    (this.card.querySelector('button') ?? this.badge).focus();
  }

  private close(restoreFocus: boolean): void {
    this.card.hidden = true;
    this.pause = null;
    this.badge.setAttribute('aria-expanded', 'false');
    if (restoreFocus) this.actions.focusEditor();
  }

  private render(): void {
    const findings = this.visibleFindings();
    const families = [...new Set(findings.map((f) => f.family))];
    const kind = this.report?.kind ?? 'neutral';
    const empty = this.text.trim().length === 0;
    this.badge.dataset.kind = kind;
    this.badge.dataset.families = families.join(' ');
    this.badge.toggleAttribute('data-empty', empty);
    const hints = findings.length === 1 ? t('hintCountOne') : t('hintCount', findings.length);
    this.badge.textContent = empty
      ? t('hintIdle')
      : kind === 'give' && findings.length === 0
        ? t('hintGives')
        : kind === 'take'
          ? t('hintTakes', hints)
          : findings.length
            ? hints
            : t('hintNeutral');
    this.badge.setAttribute('aria-label', t('hintAria', this.badge.textContent));
    const summary = families.map((f) => t(FAMILY_LABEL[f])).join(', ');
    if (summary !== this.announced) {
      this.announced = summary;
      this.live.textContent = summary ? t('hintAnnounce', summary) : '';
    }
    if (!this.card.hidden) this.renderCard();
  }

  private renderCard(): void {
    if (this.pause) return this.renderPause(this.pause);
    this.card.removeAttribute('data-testid');
    this.card.setAttribute('role', 'dialog');
    const findings = this.visibleFindings();
    const heading = el('h2', undefined, findings.length ? t('hintTitle') : t('hintNothing'));
    // A rule that fires several times gives its advice once: later places show the words and what is wrong there.
    const advised = new Set<string>();
    const texts = ruleTexts(findings);
    const items = findings.map((f, i) => {
      const text = texts[i]!;
      const advice = `${f.rule}\n${text.suggestion}`;
      const first = !advised.has(advice);
      advised.add(advice);
      return this.renderFinding(f, text, first);
    });
    const footer = el('div', 'actions');
    footer.append(
      button(t('hintPauseSite'), 'gf-pause-site', () => this.actions.pauseSite()),
      button(t('hintClose'), 'gf-close', () => this.close(true)),
    );
    this.card.replaceChildren(heading, ...items, footer);
  }

  private renderFinding(f: Finding, text: RuleText, withAdvice: boolean): HTMLElement {
    const item = el('div', 'finding');
    item.dataset.testid = 'gf-finding';
    item.dataset.rule = f.rule;
    item.dataset.family = f.family;
    const words = this.text.slice(f.start, f.end);
    const quote = words.length > QUOTE_MAX ? `${words.slice(0, QUOTE_MAX)}…` : words;
    item.append(
      el('div', 'family', t(FAMILY_LABEL[f.family])),
      el('div', 'quote', `“${quote}”`),
      el('div', 'message', text.message),
    );
    if (withAdvice) item.append(el('div', 'suggestion', text.suggestion));
    if (text.why && withAdvice) item.append(el('div', 'why', text.why));
    const actions = el('div', 'actions');
    actions.append(
      button(t(FEEDBACK_LABEL[f.family]), 'gf-feedback', () => this.actions.feedback(f, words)),
      button(t('hintMute'), 'gf-mute', () => this.actions.mute(f.rule)),
      button(t('hintDismiss'), 'gf-dismiss', () => {
        this.dismissed.add(this.key(f));
        this.render();
      }),
    );
    item.append(actions);
    return item;
  }

  private renderPause(pause: PauseRequest): void {
    this.card.dataset.testid = 'gf-pause-card';
    this.card.setAttribute('role', 'alertdialog');
    const families = pause.families.map((f) => t(FAMILY_LABEL[f])).join(', ');
    const actions = el('div', 'actions');
    actions.append(
      button(t('edit'), 'gf-edit', () => this.close(true)),
      button(t('postAnyway'), 'gf-post-anyway', () => {
        this.close(false);
        pause.postAnyway();
      }),
    );
    this.card.replaceChildren(el('h2', undefined, t('pauseCardTitle')), el('p', undefined, t('pauseCardBody', families, pause.oneIn)), actions);
  }
}
