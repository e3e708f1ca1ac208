// The badge and card beside one composer. Built with createElement/textContent only: post text is never markup,
// which also keeps Trusted Types pages (YouTube) happy. Nothing here touches the editable.
import type { Family, Finding, Report } from '../../checker';
import { ruleTitle, t, type MessageKey } from '../../model/i18n';
import type { HintPlacement } from '../../sites/adapter';
import { badgeTone, ownWords, planCard, type CardRow } from './card';
import { GAP, intersect, MIN_HEIGHT, placeCard, type Box } from './place';
import { HINT_CSS } from './style';
import { ruleTexts, type RuleText } from './rule-text';

/** How often a hint held out of the page while the pointer is on the send control looks again. */
const MOUNT_RETRY_MS = 200;

/** The widest the card grows when that spares it scrolling in a short place. */
const WIDE_CARD = 480;

export const HINT_TAG = 'give-first-hint';

export const FAMILY_LABEL: Record<Family, MessageKey> = {
  'self-promotion': 'familySelfPromotion',
  repetition: 'familyRepetition',
  'missing-value': 'familyMissingValue',
};
const FEEDBACK_LABEL: Record<Family, MessageKey> = {
  'self-promotion': 'hintNotPromo',
  repetition: 'hintNotRepeat',
  'missing-value': 'hintNotMissing',
};

// Events inside the hint must never reach the site's handlers (Harper #2075: a popup click posted a comment).
export const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress',
  'input', 'beforeinput', 'focusin', 'focusout', 'submit', 'dblclick', 'contextmenu'] as const;

export interface HintActions {
  /** "Not promotional / not a repeat / it does add value" for these words. */
  feedback(finding: Finding, words: string): void;
  mute(rule: string): void;
  unmute(rule: string): void;
  pauseSite(): void;
  focusEditor(): void;
  /** The card opened on these families (the hint was seen). */
  cardOpened?(families: Family[]): void;
}

/** What the card must stay clear of and inside of, beyond the viewport. */
export interface HintSurroundings {
  /** The site's send control for this composer. */
  sendControl(): Element | null;
  /** The composer's own element: the card stays inside the site's dialog around it (the hint may sit outside). */
  composer?: Element;
}

export interface PauseRequest {
  families: Family[];
  oneIn: number;
  postAnyway(): void;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', undefined, label);
  b.type = 'button';
  b.dataset.testid = testId;
  b.addEventListener('click', onClick);
  return b;
}

const DIALOG = 'dialog, [role="dialog"], [aria-modal="true"]';

/** The site's dialog around `node`, looking out through shadow roots. */
export function dialogAround(node: Node): Element | null {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.matches(DIALOG)) return n;
  }
  return null;
}

/** The focused element inside a shadow root (null where the DOM cannot say, as in some test DOMs). */
function focusedIn(root: ShadowRoot): HTMLElement | null {
  try {
    return root.activeElement as HTMLElement | null;
  } catch {
    return null;
  }
}

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

export class HintView {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly badge: HTMLButtonElement;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private text = '';
  private report: Report | null = null;
  private readonly dismissed = new Set<string>();
  private announced = '';
  private pause: PauseRequest | null = null;
  private showAll = false;
  /** The rule just turned off from the card, offered back with Undo. */
  private justMuted: { rule: string; title: string } | null = null;
  /** The control to focus after the next render (Undo, right after muting). */
  private focusNext: string | null = null;
  private destroyed = false;
  private mountTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last pointerover's path: what the pointer is on. */
  private pointerPath: EventTarget[] = [];
  private readonly outside = new AbortController();

  constructor(
    private readonly placement: () => HintPlacement,
    private readonly actions: HintActions,
    private readonly surroundings: HintSurroundings = { sendControl: () => null },
  ) {
    this.host = document.createElement(HINT_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    this.badge = el('button', 'badge');
    this.badge.type = 'button';
    this.badge.dataset.testid = 'gf-badge';
    this.badge.setAttribute('aria-haspopup', 'dialog');
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.addEventListener('click', () => (this.card.hidden ? this.openCard() : this.close(false)));
    this.card = el('div', 'card');
    this.card.hidden = true;
    this.card.tabIndex = -1;
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', t('hintTitle'));
    // Esc closes from anywhere in the hint, the badge included, and hands the keyboard back to the editor.
    this.root.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      e.preventDefault();
      this.close(true);
    });
    this.live = el('div', 'sr');
    this.live.setAttribute('aria-live', 'polite');
    this.root.append(el('style', undefined, HINT_CSS), this.badge, this.card, this.live);
    for (const type of ISOLATED_EVENTS) this.host.addEventListener(type, (e) => e.stopPropagation());
    // Where the pointer is, for ensureMounted (set before any listener of the session's runs: this one came first).
    document.addEventListener('pointerover', (e) => {
      this.pointerPath = e.composedPath();
    }, { capture: true, passive: true, signal: this.outside.signal });
    document.addEventListener('pointerout', (e) => {
      if (!e.relatedTarget) this.pointerPath = [];
    }, { capture: true, passive: true, signal: this.outside.signal });
    // A click anywhere else closes the card (the person moved on); focus stays where they put it.
    document.addEventListener('pointerdown', (e) => {
      if (!this.card.hidden && !e.composedPath().includes(this.host)) this.close(false);
    }, { capture: true, signal: this.outside.signal });
    const replace = () => {
      if (!this.card.hidden) this.position();
    };
    window.addEventListener('resize', replace, { signal: this.outside.signal });
    window.addEventListener('scroll', replace, { capture: true, passive: true, signal: this.outside.signal });
    this.render();
  }

  /**
   * Puts the host in the page: the first time, or back after a site re-render removed it. The host takes room in the
   * site's layout, so putting it in moves what comes after it, the send control often among them: never while the
   * pointer is on that control (a person about to click Post would click the badge that took its place; the site
   * would send nothing). Then it waits until the pointer has left. `force`: the person asked for the card itself.
   */
  ensureMounted(force = false): void {
    clearTimeout(this.mountTimer);
    this.mountTimer = undefined;
    if (this.destroyed || this.host.isConnected) return;
    if (!force && this.sendUnderPointer()) {
      this.mountTimer = setTimeout(() => this.ensureMounted(), MOUNT_RETRY_MS);
      return;
    }
    const { parent, before } = this.placement();
    parent.insertBefore(this.host, before && before.parentNode === parent ? before : null);
  }

  /** Whether the pointer is over (or pressing) this composer's send control: by the last pointerover (Firefox sets
   * :hover only after dispatching it), or by :hover where no pointer event has come since this script started. */
  private sendUnderPointer(): boolean {
    const send = this.surroundings.sendControl();
    if (!send) return false;
    if (this.pointerPath.includes(send)) return true;
    try {
      return send.matches(':hover') || send.matches(':active');
    } catch {
      return false;
    }
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
    this.ensureMounted(true);
    this.openCard();
  }

  visibleFindings(): Finding[] {
    return (this.report?.findings ?? []).filter((f) => !this.dismissed.has(this.key(f)));
  }

  visibleFamilies(): Family[] {
    return [...new Set(this.visibleFindings().map((f) => f.family))];
  }

  /** While the writer types, the badge keeps its last settled verdict and says a new one is on its way. */
  setPending(pending: boolean): void {
    this.badge.toggleAttribute('data-pending', pending);
  }

  get isOpen(): boolean {
    return !this.card.hidden;
  }

  /** Opens the card with focus on its first control (from the badge, the shortcut or a paused send). */
  openCard(): void {
    this.ensureMounted(true);
    this.card.hidden = false;
    this.badge.setAttribute('aria-expanded', 'true');
    this.renderCard();
    this.position();
    (this.card.querySelector<HTMLElement>('button, summary') ?? this.card).focus();
    if (!this.pause) this.actions.cardOpened?.(this.visibleFamilies());
  }

  /** Closes without moving focus: the person went back to typing. */
  closeCard(): void {
    if (!this.card.hidden) this.close(false);
  }

  /** Final: a destroyed view never mounts again (teardown can happen in the middle of an update). */
  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.mountTimer);
    this.outside.abort();
    this.host.remove();
  }

  private key(f: Finding): string {
    return `${f.rule}:${this.text.slice(f.start, f.end)}`;
  }

  private close(restoreFocus: boolean): void {
    this.card.hidden = true;
    this.pause = null;
    this.showAll = false;
    this.justMuted = null;
    this.badge.setAttribute('aria-expanded', 'false');
    if (restoreFocus) this.actions.focusEditor();
  }

  /** Places the open card: fixed to the viewport, then corrected for any transformed ancestor of the host. */
  private position(): void {
    const card = this.card;
    const viewport: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    // Inside the site's dialog, always: a card spilling out of a modal floats over the dimmed page, detached from
    // the composer (and a native modal <dialog> makes everything outside it inert). Only a dialog too small to
    // show a usable card at all leaves the card to the viewport.
    const dialog = dialogAround(this.surroundings.composer ?? this.host) ?? dialogAround(this.host);
    const inDialog = dialog ? intersect(viewport, boxOf(dialog.getBoundingClientRect())) : null;
    const send = this.surroundings.sendControl();
    const sendBox = send ? [boxOf(send.getBoundingClientRect())] : [];
    const editorBox = this.surroundings.composer ? [boxOf(this.surroundings.composer.getBoundingClientRect())] : [];
    const badge = boxOf(this.badge.getBoundingClientRect());
    const sizes = new Map<string, { width: number; height: number }>();
    const sizeAt = (width: string) => {
      const known = sizes.get(width);
      if (known) return known;
      card.style.width = width;
      card.style.maxHeight = 'none';
      card.style.left = '0px';
      card.style.top = '0px';
      const size = { width: card.offsetWidth, height: card.scrollHeight + 2 };
      sizes.set(width, size);
      return size;
    };
    let bounds = inDialog ?? viewport;
    if (bounds !== viewport && placeCard(badge, sizeAt(''), bounds, sendBox).maxHeight < MIN_HEIGHT) bounds = viewport;
    // Short of room, a wider card is a shorter one.
    const wideWidth = Math.min(WIDE_CARD, bounds.right - bounds.left - 2 * GAP);
    const widths = wideWidth > sizeAt('').width ? ['', `${wideWidth}px`] : [''];
    // In order of preference: a place clear of the words being written and of the badge too, then of the badge,
    // then of the send control alone; at the card's own width, then wider. Failing all, the least hidden behind
    // the card's own scroll.
    const tries = [[...sendBox, ...editorBox, badge], [...sendBox, badge], sendBox].flatMap((avoid) => widths.map((width) => ({ width, avoid })));
    const placements = tries.map(({ width, avoid }) => ({ size: sizeAt(width), placed: placeCard(badge, sizeAt(width), bounds, avoid) }));
    const hidden = ({ size, placed }: (typeof placements)[number]) => size.height - placed.maxHeight;
    const best = placements.find((p) => p.placed.fits) ?? placements.slice(-widths.length).sort((a, b) => hidden(a) - hidden(b))[0]!;
    const { placed } = best;
    card.style.width = `${placed.width}px`;
    card.style.maxHeight = `${placed.maxHeight}px`;
    card.style.left = '0px';
    card.style.top = '0px';
    // position: fixed is relative to a transformed ancestor when there is one: measure where 0,0 landed.
    const origin = card.getBoundingClientRect();
    card.style.left = `${placed.left - origin.left}px`;
    card.style.top = `${placed.top - origin.top}px`;
  }

  private render(): void {
    const findings = this.visibleFindings();
    const plan = planCard(this.text, findings);
    const families = [...new Set(findings.map((f) => f.family))];
    const kind = this.report?.kind ?? 'neutral';
    const empty = this.text.trim().length === 0;
    const tone = badgeTone(kind, families, empty);
    this.badge.dataset.kind = kind;
    this.badge.dataset.families = families.join(' ');
    this.badge.dataset.tone = tone;
    this.badge.toggleAttribute('data-empty', empty);
    const hints = plan.rowCount === 1 ? t('hintCountOne') : t('hintCount', plan.rowCount);
    this.badge.textContent =
      tone === 'idle' ? t('hintIdle')
      : tone === 'give' ? t('hintGives')
      : tone === 'take' ? t('hintTakes', hints)
      : tone === 'warn' ? `${t(FAMILY_LABEL[plan.groups[0]!.family])} · ${hints}`
      : t('hintNeutral');
    this.badge.setAttribute('aria-label', t('hintAria', this.badge.textContent));
    const summary = families.map((f) => t(FAMILY_LABEL[f])).join(', ');
    if (summary !== this.announced) {
      this.announced = summary;
      this.live.textContent = summary ? t('hintAnnounce', summary) : '';
    }
    if (!this.card.hidden) {
      this.renderCard();
      this.position();
    }
  }

  /** Re-rendering replaces the card's buttons: focus goes back to the same control (or the card itself). */
  private renderCard(): void {
    const active = focusedIn(this.root);
    const hadFocus = active !== null && this.card.contains(active);
    const focusId = active?.dataset.testid;
    const focusIndex = focusId ? [...this.card.querySelectorAll(`[data-testid="${focusId}"]`)].indexOf(active!) : -1;
    if (this.pause) this.renderPause(this.pause);
    else this.renderFindings();
    const next = this.focusNext && this.card.querySelector<HTMLElement>(`[data-testid="${this.focusNext}"]`);
    this.focusNext = null;
    if (next) return next.focus();
    if (!hadFocus) return;
    const same = focusId ? [...this.card.querySelectorAll<HTMLElement>(`[data-testid="${focusId}"]`)].filter((b) => !b.closest('[hidden]')) : [];
    const target = same[Math.min(Math.max(focusIndex, 0), same.length - 1)] ?? this.card.querySelector<HTMLElement>('[data-testid="gf-undo"]') ?? this.card;
    target.focus();
  }

  private renderFindings(): void {
    this.card.removeAttribute('data-testid');
    this.card.setAttribute('role', 'dialog');
    const findings = this.visibleFindings();
    const plan = planCard(this.text, findings);
    // The card is labelled by its title already (aria-label); a visible heading only when there is nothing to say.
    const parts: HTMLElement[] = findings.length ? [] : [el('h2', undefined, t('hintNothing'))];
    if (this.justMuted) {
      const muted = this.justMuted;
      const status = el('div', 'status');
      status.setAttribute('role', 'status');
      status.append(
        el('span', undefined, t('hintMuted', muted.title)),
        button(t('hintUndo'), 'gf-undo', () => {
          this.justMuted = null;
          this.actions.unmute(muted.rule);
          this.renderCard();
        }),
      );
      parts.push(status);
    }
    const rewrite = ownWords(this.text, findings);
    if (rewrite) parts.push(el('p', 'rewrite', rewrite.lead ? t('hintLeadWith', rewrite.lead, rewrite.ask) : t('hintOpenWith', rewrite.ask)));
    // Rendered once per card: each message is filled from the catalog.
    const said = ruleTexts(findings);
    const texts = new Map(findings.map((f, i) => [f, said[i]!]));
    for (const group of plan.groups) {
      const section = el('section', 'group');
      section.dataset.family = group.family;
      section.append(el('h2', 'family', t(FAMILY_LABEL[group.family])));
      group.rows.forEach((row, i) => section.append(this.renderRow(row, texts.get(row.finding)!, i === 0, this.showAll || plan.first.has(row))));
      section.hidden = !this.showAll && !group.rows.some((r) => plan.first.has(r));
      parts.push(section);
    }
    const footer = el('div', 'actions footer');
    if (!this.showAll && plan.rowCount > plan.first.size) {
      footer.append(button(t('hintShowAll', plan.rowCount), 'gf-show-all', () => {
        this.showAll = true;
        this.renderCard();
        this.position();
        this.card.querySelector<HTMLElement>('[data-testid="gf-close"]')?.focus();
      }));
    }
    footer.append(
      button(t('hintPauseSite'), 'gf-pause-site', () => this.actions.pauseSite()),
      button(t('hintClose'), 'gf-close', () => this.close(true)),
    );
    parts.push(footer);
    this.card.replaceChildren(...parts);
  }

  private renderRow(row: CardRow, text: RuleText, withAdvice: boolean, shown: boolean): HTMLElement {
    const f = row.finding;
    const item = el('div', 'finding');
    item.dataset.testid = 'gf-finding';
    item.dataset.rule = f.rule;
    item.dataset.family = f.family;
    item.hidden = !shown;
    const line = el('p', 'line');
    // The checker's English message usually quotes the words already: then the quote is not repeated.
    if (row.quote && !text.message.includes(row.quote)) line.append(el('q', 'quote', row.quote), ' ');
    line.append(el('span', 'message', text.message));
    item.append(line);
    if (withAdvice) {
      item.append(el('p', 'suggestion', text.suggestion));
      if (text.why) {
        const why = el('details');
        why.append(el('summary', undefined, t('hintWhy')), el('p', 'why', text.why));
        item.append(why);
      }
    }
    const actions = el('div', 'actions');
    actions.append(
      button(t(FEEDBACK_LABEL[f.family]), 'gf-feedback', () => {
        for (const m of row.merged) this.actions.feedback(m, this.text.slice(m.start, m.end));
      }),
      button(t('hintMute'), 'gf-mute', () => {
        this.justMuted = { rule: f.rule, title: ruleTitle(f.rule) };
        this.focusNext = 'gf-undo';
        this.actions.mute(f.rule);
        this.renderCard();
      }),
      button(t('hintDismiss'), 'gf-dismiss', () => {
        for (const m of row.merged) this.dismissed.add(this.key(m));
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
