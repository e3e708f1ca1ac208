// The generated registries match the files on disk: a rule or site added without regenerating fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGENERATE, registries, ROOT } from './registries';

describe('generated registries', () => {
  it.each(registries())('$file is up to date', ({ file, text }) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file} is stale: run ${REGENERATE}`).toBe(text);
  });
});
