// What a site adapter knows: everything about one site's composers, nothing about checking or hints.
import { SITE_TABLE, type SiteId } from '../model/platforms';

export interface HintPlacement {
  parent: Node;
  /** Insert before this node; null appends. */
  before: Node | null;
}

export interface SiteAdapter {
  id: SiteId;
  /** From the platform table: hostnames the adapter serves (exact or a parent domain). */
  hosts: readonly string[];
  /** From the platform table: content-script match patterns. */
  matches: readonly string[];
  /** Hosts whose open shadow roots hold composers (LinkedIn's #interop-outlet): watched for mounts too. */
  shadowHosts?: string;
  /** For sites on any domain (Mastodon): whether this page is one, judged by its DOM. */
  detect?(doc: Document): boolean;
  /** The selectors `findComposers` queries: a site-health note lists them when none matched a visible editor. */
  composerSelectors?: readonly string[];
  /** Every composer editable on the page, including inside open shadow roots where the site uses them. */
  findComposers(root: Document): HTMLElement[];
  /** The post's plain text as the person sees it. */
  readText(editable: HTMLElement): string;
  /** Where the hint host goes: always outside the editable. */
  placeHint(editable: HTMLElement): HintPlacement;
  isReply(editable: HTMLElement): boolean;
  /** Whom a reply answers, where the page shows it (a "Replying to @handle" header, the parent comment's author):
   * `@handle`s as shown. Read only; sites that show no one leave it out. */
  replyTo?(editable: HTMLElement): string[];
  /** The enabled submit control a click landed on, or null. */
  submitControl(target: Element): HTMLElement | null;
  /** Whether this key press submits the composer it happens in. */
  isSubmitKey(event: KeyboardEvent, editable: HTMLElement): boolean;
}

/** An adapter file's part: how the site's composers behave. Where the site lives comes from the platform table. */
export type SiteBehaviour = Omit<SiteAdapter, 'hosts' | 'matches'>;

export function defineSite(behaviour: SiteBehaviour): SiteAdapter {
  const { hosts, matches } = SITE_TABLE[behaviour.id];
  return { ...behaviour, hosts, matches };
}

export function isDisabled(control: Element): boolean {
  return (control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true';
}

/** Ctrl+Enter, or Cmd+Enter on macOS. */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}
