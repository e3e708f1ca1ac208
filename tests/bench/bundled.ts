// The benchmark times the checker as it ships: bundled by Vite (as the extension's own build does, without keeping
// function names) and run under plain node. Run directly under tsx, every named closure would be wrapped to keep
// its name, a cost the extension never pays. Packages stay external and load from node_modules.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// One folder per checkout: worktrees share node_modules, and each build empties its folder.
const OUT_DIR = path.join(ROOT, 'node_modules/.cache', `give-first-bench-${path.basename(ROOT)}`);
const MARK = 'GF_BENCH_BUNDLED';

/** Whether this process is the bundled copy. */
export const isBundled = (): boolean => process.env[MARK] === '1';

/** Bundles `entry` (repository-relative) for node, runs it with this process's arguments, returns its exit code. */
export async function runBundled(entry: string): Promise<number> {
  const name = `${path.basename(entry, '.ts')}.mjs`;
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: entry,
      outDir: OUT_DIR,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: name } },
    },
  });
  const run = spawnSync(process.execPath, [path.join(OUT_DIR, name), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [MARK]: '1' },
  });
  return run.status ?? 1;
}
