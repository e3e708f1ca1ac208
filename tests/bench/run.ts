// `npm run bench`: bundles tests/bench/checker.ts for Node with Vite (as the extension's own build does: no
// function-name keeping) and runs the bundle, so the checker is timed as it ships. Run directly under tsx, every
// named closure would be wrapped to keep its name, a cost the extension never pays. Packages stay external and load
// from node_modules. Arguments pass through.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(ROOT, 'node_modules/.cache/give-first-bench');

await build({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'tests/bench/checker.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'checker.mjs' } },
  },
});
const run = spawnSync(process.execPath, [path.join(OUT_DIR, 'checker.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
