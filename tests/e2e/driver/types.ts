// A browser-neutral driver: what the shared site contract needs from a browser, implemented once over Playwright
// (Chromium, chromium.ts) and once over puppeteer-core (Firefox ESR, firefox.ts). Targets are CSS selectors that
// pierce open shadow roots (see in-page.ts), so the same row drives both browsers.

/** A CSS selector (` >>> ` steps into a match's shadow root), optionally narrowed to elements whose trimmed text is `text`. */
export type Target = string | { css: string; text?: string };

export type BrowserName = 'chromium' | 'firefox';

export interface DriverPage {
  /** Evaluates `fn(arg)` in the page's main world (where the fixture exposes `window.__fixture`). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real mouse click at the middle of the n-th match (scrolled into view); a disabled control gets it too. */
  click(target: Target, nth?: number): Promise<void>;
  /** Keyboard focus on the n-th match, without a click. */
  focus(target: Target, nth?: number): Promise<void>;
  /** Types into whatever has focus, one key at a time. */
  type(text: string): Promise<void>;
  /** Puts text in at the caret in one go, the way a paste does (a 100,000-character text cannot be typed). */
  paste(text: string): Promise<void>;
  /** One key or chord, Playwright-style: 'Enter', 'Shift+Enter', 'ControlOrMeta+a'. */
  press(keys: string): Promise<void>;
  close(): Promise<void>;
}

export interface StoredPost {
  id: string;
  text?: string;
  platform: string;
  reply: boolean;
  /** Whom the reply answers, where the site showed it. */
  replyTo?: string[];
  kind: string;
  families: string[];
}

export interface Driver {
  browser: BrowserName;
  /** A new tab at a real site address, answered by its fixture. */
  open(url: string): Promise<DriverPage>;
  /** An extension page (popup.html, options.html) in a new tab. */
  extensionPage(file: string): Promise<DriverPage>;
  /** Every post in the extension's database with its text, read through an extension page. */
  storedPosts(): Promise<StoredPost[]>;
  /** Page requests that were not for a fixture or the extension itself (all aborted). */
  foreignRequests: string[];
  /** Uncaught errors and console errors from every page. */
  pageErrors: string[];
  close(): Promise<void>;
}
