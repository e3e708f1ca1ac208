// The popup's site health: a notice only where a composer cannot be seen, the note copied for a bug report, and a
// quiet list of every site's status.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteHealthAlerts, SiteStatusList } from '../../components/SiteHealth';
import { settingsItem, withDefaults } from '../../lib/model/settings';
import { siteHealthItem, type UnclaimedNote } from '../../lib/model/site-health';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date(2026, 11, 3, 12, 0).getTime();
const note: UnclaimedNote = {
  kind: 'contenteditable', role: 'textbox', width: 552, height: 96, library: 'prosemirror', submit: 'button',
  host: 'www.linkedin.com', selectors: ['[componentkey="ShareBox_textEditor"] [contenteditable="true"]'],
  time: NOW - 60_000, version: '0.1.0', browser: 'Chrome/156',
};

async function mount(node: React.ReactNode) {
  const box = document.createElement('div');
  document.body.append(box);
  const root = createRoot(box);
  await act(async () => root.render(node));
  await act(() => new Promise((r) => setTimeout(r, 20)));
  return { box, root };
}

describe('site health in the popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => document.body.replaceChildren());

  it('says nothing while every site works or has not been seen', async () => {
    await siteHealthItem.setValue({ x: { working: NOW - 1 } });
    const { box, root } = await mount(<SiteHealthAlerts now={NOW} />);
    expect(box.querySelector('[data-testid="gf-health-alert"]')).toBeNull();
    act(() => root.unmount());
  });

  it('names the site it cannot see, copies the note with a visible confirmation, and goes once a composer is claimed', async () => {
    await siteHealthItem.setValue({ linkedin: { working: NOW - 86_400_000, unclaimed: note } });
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { box, root } = await mount(<SiteHealthAlerts now={NOW} />);
    const alert = box.querySelector<HTMLElement>('[data-testid="gf-health-alert"]')!;
    expect(alert.dataset.site).toBe('linkedin');
    expect(alert.textContent).toContain("Give First can't see the composer on LinkedIn right now.");
    const button = alert.querySelector<HTMLButtonElement>('[data-testid="gf-health-copy"]')!;
    expect(button.type).toBe('button');
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toContain('[componentkey="ShareBox_textEditor"]');
    expect(alert.querySelector('[data-testid="gf-health-copied"]')!.textContent).toBe('Copied. Paste it into a bug report.');

    await act(async () => siteHealthItem.setValue({ linkedin: { working: NOW } }));
    expect(box.querySelector('[data-testid="gf-health-alert"]')).toBeNull();
    act(() => root.unmount());
  });

  it('shows the note to select by hand when the clipboard refuses', async () => {
    await siteHealthItem.setValue({ linkedin: { unclaimed: note } });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    const { box, root } = await mount(<SiteHealthAlerts now={NOW} />);
    await act(async () => box.querySelector<HTMLButtonElement>('[data-testid="gf-health-copy"]')!.click());
    expect(box.querySelector('[data-testid="gf-health-copied"]')!.textContent).toContain('Could not copy');
    expect(box.querySelector('textarea')!.value).toContain('www.linkedin.com');
    act(() => root.unmount());
  });

  it('lists every site with its status, collapsed, a paused site as paused even with a sighting', async () => {
    await settingsItem.setValue(withDefaults({ pausedUntil: { linkedin: NOW + 3_600_000 }, sites: { reddit: false } as never }));
    await siteHealthItem.setValue({ linkedin: { unclaimed: note }, x: { working: NOW - 1 }, bluesky: { working: 1, unclaimed: note } });
    const { box, root } = await mount(<SiteStatusList now={NOW} />);
    const details = box.querySelector<HTMLDetailsElement>('[data-testid="gf-site-status"]')!;
    expect(details.open).toBe(false);
    const rows = Object.fromEntries([...details.querySelectorAll<HTMLElement>('li')].map((li) => [li.dataset.site, li.dataset.status]));
    expect(rows).toMatchObject({ linkedin: 'paused', reddit: 'off', x: 'working', bluesky: 'cant-see', youtube: 'unseen' });
    expect(Object.keys(rows)).toHaveLength(9);
    act(() => root.unmount());
  });
});
