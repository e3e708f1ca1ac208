// The shared site contract and the extension pages' basics in Debian's Firefox ESR (the MV2 build,
// `npm run build:firefox`), from the same test code as in Chromium.
import { defineContract } from './contract';
import { definePages } from './pages';

defineContract('firefox');
definePages('firefox');
