// The project's import graph, read from source text: which file imports which (relative imports resolved to files,
// packages kept by name), and the cycles in it. Used by the convention tests; no dependency, no compiler.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SourceFile {
  /** Repository-relative, with forward slashes. */
  file: string;
  /** Repository-relative files this one imports (type-only imports included). */
  imports: string[];
  /** The subset whose import brings in a value: what runs when the file loads. */
  runtimeImports: string[];
  /** Package names it imports ('react', 'wxt/utils/storage'). */
  packages: string[];
}

const SOURCE = /\.(ts|tsx)$/;
const SPECIFIERS = [
  /^[ \t]*(?:import|export)\b([^;]*?)\bfrom\s*['"]([^'"]+)['"]/gm,
  /^[ \t]*import()\s*['"]([^'"]+)['"]/gm,
  /\bimport\(()\s*['"]([^'"]+)['"]\s*\)/g,
  /\bvi\.mock\(()\s*['"]([^'"]+)['"]/g,
];

/** `import type {…}`, `export type {…}`, or braces holding only `type` names. */
function typeOnly(clause: string): boolean {
  const c = clause.trim();
  if (/^type\b/.test(c)) return true;
  const names = /^\{([^}]*)\}$/.exec(c)?.[1]?.split(',').map((n) => n.trim()).filter(Boolean);
  return names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
}

export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts'))
          .map((f) => `${dir}/${f.split(path.sep).join('/')}`)
      : [],
  );
}

/** Every module specifier in a source text, in order, and whether it imports types only. */
export function specifiers(text: string): { spec: string; typeOnly: boolean }[] {
  const found: { at: number; spec: string; typeOnly: boolean }[] = [];
  for (const re of SPECIFIERS) {
    for (const m of text.matchAll(re)) found.push({ at: m.index, spec: m[2]!, typeOnly: typeOnly(m[1]!) });
  }
  return found.sort((a, b) => a.at - b.at).map(({ spec, typeOnly }) => ({ spec, typeOnly }));
}

function resolve(root: string, from: string, spec: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

/** Reads each file and resolves its imports. A relative import that names no file is an error. */
export function importGraph(root: string, files: readonly string[]): SourceFile[] {
  return files.map((file) => {
    const imports: string[] = [];
    const runtimeImports: string[] = [];
    const packages: string[] = [];
    for (const { spec, typeOnly } of specifiers(readFileSync(path.join(root, file), 'utf8'))) {
      if (!spec.startsWith('.')) {
        packages.push(spec);
        continue;
      }
      const target = resolve(root, file, spec);
      if (!target) throw new Error(`${file}: cannot resolve '${spec}'`);
      if (!SOURCE.test(target)) continue;
      imports.push(target);
      if (!typeOnly) runtimeImports.push(target);
    }
    return { file, imports, runtimeImports, packages };
  });
}

/** The import cycles: strongly connected groups of two or more files, or a file importing itself (Tarjan). */
export function cycles(graph: readonly Pick<SourceFile, 'file' | 'imports'>[]): string[][] {
  const edges = new Map(graph.map((n) => [n.file, n.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;

  function visit(file: string): void {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const to of edges.get(file) ?? []) {
      if (!edges.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (edges.get(file) ?? []).includes(file)) found.push(group.sort());
  }

  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return found;
}
