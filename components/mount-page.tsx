// What popup and options share around their App: the page style, settings kept in sync, the error boundary and
// the banner for a database blocked by an older tab.
import { createRoot } from 'react-dom/client';
import type { ComponentType } from 'react';
import { t, type MessageKey } from '../lib/model/i18n';
import { connectSettings } from '../lib/storage/settings-store';
import { BlockedBanner } from './BlockedBanner';
import { ErrorBoundary } from './ErrorBoundary';
import './page.css';

/** `title`: the catalog key of the page's title, when the page has one of its own. */
export function mountPage(App: ComponentType, title?: MessageKey): void {
  // Screen readers and hyphenation follow the language the page is actually shown in.
  document.documentElement.lang = t('catalogLanguage');
  if (title) document.title = t(title);
  connectSettings();
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <BlockedBanner />
      <App />
    </ErrorBoundary>,
  );
}
