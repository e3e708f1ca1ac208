// The shared site contract and the extension pages' basics in Debian's Chromium (the MV3 build).
import { defineContract } from './contract';
import { definePages } from './pages';

defineContract('chromium');
definePages('chromium');
