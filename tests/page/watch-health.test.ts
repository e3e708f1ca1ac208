// The page side of site health: on focus only, a claim for the adapter's composers and one sighting per unclaimed
// editor, with the selectors tried and never the text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteHealthNote } from '../../lib/model/site-health';

const sent: SiteHealthNote[] = [];
vi.mock('../../lib/model/messaging', () => ({
  sendMessage: (_type: string, note: SiteHealthNote) => {
    sent.push(note);
    return Promise.resolve();
  },
}));
const { watchSiteHealth } = await import('../../lib/page/watch-health');
const { default: x } = await import('../../lib/sites/x');

afterEach(() => {
  document.body.replaceChildren();
  sent.length = 0;
});

/** happy-dom draws nothing: every editor here is drawn post-sized. */
function drawn<T extends HTMLElement>(el: T): T {
  el.getBoundingClientRect = () => ({ width: 560, height: 120 }) as DOMRect;
  return el;
}

function editor(claimed: boolean): HTMLElement {
  const box = document.createElement('div');
  const editable = drawn(document.createElement('div'));
  editable.contentEditable = 'true';
  editable.setAttribute('role', 'textbox');
  if (claimed) editable.dataset.testid = 'tweetTextarea_0';
  editable.textContent = 'words nobody else should read';
  const post = document.createElement('button');
  post.textContent = 'Post';
  box.append(editable, post);
  document.body.append(box);
  return editable;
}

describe('watchSiteHealth', () => {
  it('notes an unclaimed editor once per focus target, then a claim when a composer of the adapter gets focus', async () => {
    const controller = new AbortController();
    watchSiteHealth(x, new Promise(() => undefined), controller.signal);
    const unclaimed = editor(false);
    const claimed = editor(true);
    unclaimed.focus();
    claimed.focus();
    unclaimed.focus();
    await Promise.resolve();
    expect(sent.map((n) => ('claimed' in n ? 'claimed' : 'unclaimed'))).toEqual(['unclaimed', 'claimed', 'unclaimed']);
    const first = sent[0]!;
    expect('unclaimed' in first && first.unclaimed).toMatchObject({ kind: 'contenteditable', role: 'textbox', width: 560, selectors: x.composerSelectors });
    expect(JSON.stringify(sent)).not.toContain('nobody');
    controller.abort();
    claimed.focus();
    expect(sent).toHaveLength(3);
  });

  it('says the site works when the adapter finds its first composer, without waiting for a focus', async () => {
    watchSiteHealth(x, Promise.resolve(), new AbortController().signal);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([{ site: 'x', claimed: true }]);
  });
});
