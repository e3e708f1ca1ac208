import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, Driver } from './types';

export const BROWSERS: Record<BrowserName, () => Promise<Driver>> = { chromium: () => launchChromium(), firefox: launchFirefox };
export type { BrowserName, Driver, DriverPage, StoredPost, Target } from './types';
