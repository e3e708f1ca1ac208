// What popup and options share around their App: the page style, settings kept in sync, the error boundary and
// the banner for a database blocked by an older tab.
import { createRoot } from 'react-dom/client';
import type { ComponentType } from 'react';
import { connectSettings } from '../lib/storage/settings-store';
import { BlockedBanner } from './BlockedBanner';
import { ErrorBoundary } from './ErrorBoundary';
import './page.css';

export function mountPage(App: ComponentType): void {
  connectSettings();
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <BlockedBanner />
      <App />
    </ErrorBoundary>,
  );
}
