// E2E: the production build in Debian's Chromium, one file at a time (2-core machines, one browser at a time).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    // A file's start may start Chromium twice (see harness.ts).
    hookTimeout: 240_000,
  },
});
