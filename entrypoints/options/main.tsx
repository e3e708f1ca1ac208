import { createRoot } from 'react-dom/client';
import { BlockedBanner } from '../../components/BlockedBanner';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import '../../components/page.css';
import { connectSettings } from '../../lib/storage/settings-store';
import { App } from './App';

connectSettings();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <BlockedBanner />
    <App />
  </ErrorBoundary>,
);
