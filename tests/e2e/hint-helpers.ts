// The hint's own e2e: one composer per fixture site (how to open it, its editor and its send control), finding the
// hint that belongs to an editor, and reading boxes. Additive to helpers.ts; site specifics mirror tests/e2e/sites.
import type { Locator, Page } from 'playwright-core';

export interface HintSite {
  name: string;
  url: string;
  /** Opens the composer (where it is behind a button) and returns its editor. */
  open(page: Page): Promise<Locator>;
  send(page: Page): Locator;
  /** The site's dialog the composer lives in, when it does. */
  dialog?: string;
  /** Enter sends here (comment boxes): a newline is Shift+Enter. */
  enterSends?: boolean;
}

const ready = async (editor: Locator) => {
  await editor.waitFor();
  return editor;
};

export const HINT_SITES: HintSite[] = [
  {
    name: 'x',
    url: 'https://x.com/home',
    open: (page) => ready(page.locator('[data-testid="tweetTextarea_0"]')),
    send: (page) => page.locator('[data-testid="tweetButtonInline"]'),
  },
  {
    name: 'linkedin (classic share box)',
    url: 'https://www.linkedin.com/feed/',
    open: async (page) => {
      await page.locator('.share-box-feed-entry__trigger').click();
      return ready(page.locator('#interop-outlet .ql-editor[contenteditable="true"]'));
    },
    send: (page) => page.locator('#interop-outlet .share-actions__primary-action'),
    dialog: '#interop-outlet [role="dialog"]',
  },
  {
    name: 'facebook (create post dialog)',
    url: 'https://www.facebook.com/',
    open: async (page) => {
      await page.getByRole('button', { name: "What's on your mind, Ada?" }).click();
      return ready(page.locator('[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]'));
    },
    send: (page) => page.locator('[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]'),
    dialog: '[role="dialog"][aria-label="Create post"]',
  },
  {
    name: 'facebook (comment, Enter sends)',
    url: 'https://www.facebook.com/',
    open: (page) => ready(page.locator('[data-fixture-id="comment-1"]')),
    send: (page) => page.locator('[data-fixture-box="comment-1"] [role="button"][aria-label="Comment"]'),
    enterSends: true,
  },
  {
    name: 'threads (compose modal)',
    url: 'https://www.threads.com/',
    open: async (page) => {
      await page.locator('[data-fixture-opener]').click();
      return ready(page.locator('[data-fixture-id="thread-0"]'));
    },
    send: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: /^Post$/ }),
    dialog: '[role="dialog"]',
  },
  {
    name: 'instagram (comment)',
    url: 'https://www.instagram.com/p/C0ffee/',
    open: (page) => ready(page.locator('textarea[data-fixture-id="comment-1"]')),
    send: (page) => page.locator('form', { has: page.locator('textarea[data-fixture-id="comment-1"]') }).getByRole('button', { name: 'Post', exact: true }),
    enterSends: true,
  },
  {
    name: 'bluesky',
    url: 'https://bsky.app/',
    open: async (page) => {
      await page.locator('[data-testid="composeFAB"]').click();
      return ready(page.locator('.ProseMirror[contenteditable="true"]').first());
    },
    send: (page) => page.locator('[data-testid="composerPublishBtn"]'),
    dialog: '[role="dialog"]',
  },
  {
    name: 'mastodon',
    url: 'https://mastodon.social/home',
    open: (page) => ready(page.locator('form.compose-form textarea.autosuggest-textarea__textarea')),
    send: (page) => page.locator('form.compose-form button[type="submit"]'),
  },
  {
    name: 'reddit (new)',
    url: 'https://www.reddit.com/r/programming/comments/abc/fixture/',
    open: async (page) => {
      await page.locator('[data-testid="trigger-button"]').click();
      return ready(page.locator('shreddit-composer > [contenteditable="true"][role="textbox"]'));
    },
    send: (page) => page.locator('shreddit-composer > button[slot="submit-button"]'),
  },
  {
    name: 'youtube (comment)',
    url: 'https://www.youtube.com/watch?v=gf-fixture',
    open: async (page) => {
      await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
      return ready(page.locator('[data-fixture-id="comment"]'));
    },
    send: (page) => page.locator('ytd-commentbox', { has: page.locator('[data-fixture-id="comment"]') }).locator('#submit-button button'),
  },
];

/** The fixtures' other composers in a dialog (each site above has one composer; these are its dialog ones). */
export const MORE_DIALOG_SITES: HintSite[] = [
  {
    name: 'x (compose modal)',
    url: 'https://x.com/compose/post',
    open: (page) => ready(page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]')),
    send: (page) => page.locator('[role="dialog"] [data-testid="tweetButton"]'),
    dialog: '[role="dialog"]',
  },
  {
    name: 'linkedin (new share box)',
    url: 'https://www.linkedin.com/feed/?sdui=1',
    open: async (page) => {
      await page.locator('button.start-post').click();
      return ready(page.locator('dialog [componentkey="ShareBox_textEditor"] [contenteditable="true"]'));
    },
    send: (page) => page.locator('dialog .footer > button', { hasText: /^Post$/ }),
    dialog: 'dialog',
  },
  {
    name: 'instagram (create dialog caption)',
    url: 'https://www.instagram.com/create/',
    open: (page) => ready(page.locator('[role="dialog"] [contenteditable="true"][aria-label="Write a caption..."]')),
    send: (page) => page.getByRole('button', { name: 'Share', exact: true }),
    dialog: '[role="dialog"]',
  },
];

/** Every fixture composer that lives in a site's dialog. */
export const DIALOG_SITES = [...HINT_SITES.filter((s) => s.dialog), ...MORE_DIALOG_SITES];

/** The hint host that belongs to `editor`: the one sharing the deepest ancestor with it (pages hold several). */
export async function hintFor(page: Page, editor: Locator): Promise<Locator> {
  const handle = await editor.elementHandle();
  const hosts = page.locator('give-first-hint');
  // No named helpers inside: the page runs this source as is (tsx would wrap them in a helper it lacks).
  const depths = await hosts.evaluateAll((els, ed) => {
    const chains = [ed as Node, ...els].map((n) => {
      const chain: Node[] = [];
      for (let x: Node | null = n; x; x = x.parentNode ?? (x as ShadowRoot).host ?? null) chain.unshift(x);
      return chain;
    });
    const mine = chains[0]!;
    return chains.slice(1).map((theirs) => {
      let d = 0;
      while (d < mine.length && d < theirs.length && mine[d] === theirs[d]) d++;
      return d;
    });
  }, handle);
  return hosts.nth(depths.indexOf(Math.max(...depths)));
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** `inner` lies within `outer`, give or take a pixel of rounding. */
export const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;

/** Types like a person: word by word, 60–120 ms a key, with a breath after each of `pauseAfter` (word indexes). */
export async function typeLikeAPerson(page: Page, text: string, pauseAfter: readonly number[] = [], pauseMs = 1_300): Promise<void> {
  const words = text.split(/(?<= )/);
  for (const [i, word] of words.entries()) {
    await page.keyboard.type(word, { delay: 60 + ((i * 37) % 61) });
    if (pauseAfter.includes(i)) await page.waitForTimeout(pauseMs);
  }
}

/** Records every change of the badge's data-kind inside the hint's shadow root, from now on. */
export async function watchKinds(host: Locator): Promise<() => Promise<string[]>> {
  await host.evaluate((el) => {
    const badge = el.shadowRoot!.querySelector('[data-testid="gf-badge"]')!;
    const w = el as unknown as { __kinds: string[] };
    w.__kinds = [badge.getAttribute('data-kind') ?? ''];
    new MutationObserver(() => {
      const kind = badge.getAttribute('data-kind') ?? '';
      if (w.__kinds.at(-1) !== kind) w.__kinds.push(kind);
    }).observe(badge, { attributes: true, attributeFilter: ['data-kind'] });
  });
  return () => host.evaluate((el) => (el as unknown as { __kinds: string[] }).__kinds);
}

/** The element focused right now, looking through shadow roots: its data-testid, or its tag. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.getAttribute('data-testid') ?? a?.tagName.toLowerCase() ?? '';
  });
}

/** Whether focus is in `editor` (the element or inside it). */
export function editorHasFocus(editor: Locator): Promise<boolean> {
  return editor.evaluate((e) => {
    const root = e.getRootNode() as Document | ShadowRoot;
    const a = root.activeElement;
    return a !== null && (a === e || e.contains(a));
  });
}

/**
 * Presses Alt+Shift+G the way a keyboard does, down to the browser: raw key-downs with the modifiers and the
 * Windows key code, which Chromium matches against its accelerators (extension commands included) before the page.
 * (Playwright's `keyboard.press` sends a typed key event that goes straight to the page and never reaches them.)
 */
export async function pressBrowserShortcut(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const ALT = 1;
  const SHIFT = 8;
  const keys = [
    { key: 'Alt', code: 'AltLeft', windowsVirtualKeyCode: 18, modifiers: ALT },
    { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers: ALT | SHIFT },
    { key: 'G', code: 'KeyG', windowsVirtualKeyCode: 71, modifiers: ALT | SHIFT },
  ];
  for (const k of keys) await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...k, nativeVirtualKeyCode: k.windowsVirtualKeyCode });
  for (const k of keys.reverse()) await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...k, nativeVirtualKeyCode: k.windowsVirtualKeyCode });
  await cdp.detach();
}
