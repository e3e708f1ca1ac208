// Site names are names: the same in every language.
import type { Platform } from '../lib/checker';

export const SITE_NAMES: Record<Platform, string> = {
  x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', threads: 'Threads', instagram: 'Instagram',
  bluesky: 'Bluesky', mastodon: 'Mastodon', reddit: 'Reddit', youtube: 'YouTube', other: '—',
};
