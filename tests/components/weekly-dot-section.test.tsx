// The options' switch for the weekly review's toolbar dot: on unless the person turns it off, and kept.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WeeklyDotSection } from '../../components/options/WeeklyDotSection';
import { loadSettings, settingsItem, withDefaults } from '../../lib/model/settings';
import { connectSettings } from '../../lib/storage/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function mount() {
  const box = document.createElement('div');
  document.body.append(box);
  const root = createRoot(box);
  const disconnect = connectSettings();
  await act(async () => root.render(<WeeklyDotSection />));
  await act(() => new Promise((r) => setTimeout(r, 20)));
  const checkbox = box.querySelector<HTMLInputElement>('[data-testid="gf-weekly-dot"]')!;
  return { checkbox, unmount: () => act(() => { root.unmount(); disconnect(); }) };
}

describe('WeeklyDotSection', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => document.body.replaceChildren());

  it('is on by default and turning it off is stored', async () => {
    const { checkbox, unmount } = await mount();
    expect(checkbox.checked).toBe(true);
    expect(checkbox.closest('label')!.textContent).toBe('Show a dot when the review of my week is ready');
    await act(async () => checkbox.click());
    expect((await loadSettings()).weeklyReviewDot).toBe(false);
    expect(checkbox.checked).toBe(false);
    unmount();
  });

  it('shows what is stored', async () => {
    await settingsItem.setValue(withDefaults({ weeklyReviewDot: false }));
    const { checkbox, unmount } = await mount();
    expect(checkbox.checked).toBe(false);
    unmount();
  });
});
