// The popup's list of what a hint paused or turned off, each restored with one click.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PausedAndMuted } from '../../components/PausedAndMuted';
import { loadSettings, settingsItem, withDefaults } from '../../lib/model/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date(2026, 11, 3, 12, 0).getTime();

async function mount() {
  const box = document.createElement('div');
  document.body.append(box);
  const root = createRoot(box);
  await act(async () => root.render(<PausedAndMuted now={NOW} />));
  await act(() => new Promise((r) => setTimeout(r, 20)));
  return { box, root };
}

describe('PausedAndMuted', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => document.body.replaceChildren());

  it('shows nothing when nothing is paused or muted, or a pause already ended', async () => {
    await settingsItem.setValue(withDefaults({ pausedUntil: { x: NOW - 1 } }));
    const { box, root } = await mount();
    expect(box.querySelector('[data-testid="gf-paused-muted"]')).toBeNull();
    act(() => root.unmount());
  });

  it('lists a site paused for today, a site switched off and a muted hint, and restores each with one click', async () => {
    await settingsItem.setValue(withDefaults({ pausedUntil: { x: NOW + 3_600_000 }, sites: { reddit: false } as never, muted: ['call-to-action'] }));
    const { box, root } = await mount();
    const sites = [...box.querySelectorAll<HTMLElement>('[data-testid="gf-paused-site"]')];
    expect(sites.map((s) => [s.dataset.site, s.querySelector('span')!.textContent])).toEqual([
      ['x', 'X: paused for today'],
      ['reddit', 'Reddit: paused until you turn it back on'],
    ]);
    const hint = box.querySelector<HTMLElement>('[data-testid="gf-muted-hint"]')!;
    expect(hint.querySelector('span')!.textContent).toBe('Hint turned off: Asks readers to do something for you');

    await act(async () => sites[0]!.querySelector('button')!.click());
    await act(async () => sites[1]!.querySelector('button')!.click());
    await act(async () => hint.querySelector('button')!.click());
    const s = await loadSettings();
    expect(s.pausedUntil.x).toBeUndefined();
    expect(s.sites.reddit).toBe(true);
    expect(s.muted).toEqual([]);
    expect(box.querySelector('[data-testid="gf-paused-muted"]')).toBeNull();
    act(() => root.unmount());
  });
});
