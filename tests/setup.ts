// Unit-test environment: IndexedDB in memory, and English UI text where the fake browser has no i18n.
import 'fake-indexeddb/auto';
import en from '../public/_locales/en/messages.json';
import { setFallbackMessages } from '../lib/model/i18n';

setFallbackMessages(en);
