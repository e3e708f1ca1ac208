import { createRoot } from 'react-dom/client';
import { BlockedBanner } from '../../components/BlockedBanner';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import '../../components/page.css';
import { t } from '../../lib/model/i18n';
import { connectSettings } from '../../lib/storage/settings-store';
import { App } from './App';

// Screen readers and hyphenation follow the language the page is actually shown in.
document.documentElement.lang = t('catalogLanguage');
connectSettings();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <BlockedBanner />
    <App />
  </ErrorBoundary>,
);
