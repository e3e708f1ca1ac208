// Launches Debian's Chromium with the production build loaded, serves fixture pages at the sites' real addresses
// through request interception, and counts every other request (the extension must make none).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { FIXTURE_SITES } from './sites';

// Report the extension service worker's own requests to context.route too, so "no network" covers it.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = path.join(ROOT, '.output/fixtures');
const FIXTURE_BASE = '/__gf_fixture__/';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Requests that were not for a fixture page or the extension itself. */
  foreignRequests: string[];
  /** Uncaught errors and console errors from every page. */
  pageErrors: string[];
  open(url: string): Promise<Page>;
  /** An extension page (popup.html) kept open to read the database and storage. */
  extensionPage(file?: string): Promise<Page>;
  /** Reloads the extension the way an update does and waits for its new service worker (only with `loadOverCdp`:
   * Chromium unloads a command-line-loaded extension for good on reload). */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

function fixtureFor(url: URL): { file: string; headers: Record<string, string> } | null {
  const site = FIXTURE_SITES.find((s) => s.hosts.includes(url.hostname));
  if (!site) return null;
  if (url.pathname.startsWith(FIXTURE_BASE)) {
    return { file: path.join(FIXTURES_DIR, url.pathname.slice(FIXTURE_BASE.length)), headers: {} };
  }
  return { file: path.join(FIXTURES_DIR, site.fixture, 'index.html'), headers: site.headers ?? {} };
}

export interface FixtureResponse {
  status: number;
  body: Buffer | string;
  contentType: string;
  headers: Record<string, string>;
}

/** What a fixture site answers for `href`, or null when no fixture serves that host (a foreign request). Both
 * browser drivers serve pages through this. */
export function fixtureResponse(href: string): FixtureResponse | null {
  const fixture = fixtureFor(new URL(href));
  if (!fixture) return null;
  try {
    const body = readFileSync(fixture.file);
    const contentType = TYPES[path.extname(fixture.file)] ?? 'application/octet-stream';
    return { status: 200, body, contentType, headers: { ...fixture.headers, 'content-type': contentType } };
  } catch {
    return { status: 404, body: 'not found', contentType: 'text/plain', headers: {} };
  }
}

/** `lang`: the browser's UI language (what chrome.i18n serves the extension), e.g. 'es'. `loadOverCdp`: load the
 * extension through CDP's Extensions.loadUnpacked instead of the command line, so that it survives a reload. */
export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  lang?: string;
  loadOverCdp?: boolean;
}

/** How long one start of Chromium may take, up to the extension's service worker running. A loaded CI machine has
 * once taken more than a minute; a start that hangs is abandoned and made again from a fresh profile. */
const START_TIMEOUT_MS = 45_000;
const START_ATTEMPTS = 2;

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchOnce(options);
    } catch (error) {
      if (attempt >= START_ATTEMPTS) throw error;
      console.warn(`Chromium start ${attempt} of ${START_ATTEMPTS} failed, starting again: ${(error as Error).message}`);
    }
  }
}

async function launchOnce(options: LaunchOptions): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(path.join(tmpdir(), 'gf-profile-'));
  const loadArgs = options.loadOverCdp
    ? ['--enable-unsafe-extension-debugging']
    : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const context = await chromium
    .launchPersistentContext(profile, {
      timeout: START_TIMEOUT_MS,
      ...(options.loadOverCdp ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: options.headless ?? true,
      viewport: { width: 1000, height: 760 },
      ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } } : {}),
      args: [
        ...loadArgs,
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
        ...(options.lang ? [`--lang=${options.lang}`] : []),
      ],
    })
    .catch((error: unknown) => {
      rmSync(profile, { recursive: true, force: true });
      throw error;
    });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    const response = fixtureResponse(url.href);
    if (!response) {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.fulfill(response);
  });
  const watch = (page: Page) => {
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`${page.url()}: console: ${m.text()}`);
    });
  };
  context.on('page', watch);

  let cdp: CDPSession | null = null;
  const loadUnpacked = () => cdp!.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
  let worker: Worker;
  try {
    cdp = options.loadOverCdp ? await context.browser()!.newBrowserCDPSession() : null;
    if (cdp) await loadUnpacked();
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: START_TIMEOUT_MS }));
  } catch (error) {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    foreignRequests,
    pageErrors,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async extensionPage(file = 'popup.html') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async reloadExtension() {
      const old = worker;
      if (!cdp) throw new Error('reloadExtension needs launch({ loadOverCdp: true })');
      const next = context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().startsWith(`chrome-extension://${extensionId}/`), timeout: 15_000 });
      // Loading the same folder again replaces the extension in place (same id), as an update does.
      await loadUnpacked();
      worker = await next;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
