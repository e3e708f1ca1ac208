// `npm run --silent check-posts < posts.jsonl` checks one post per line and writes one JSON result per line;
// `npm run --silent check-posts -- "some text"` prints a readable report for one post. I/O only; the logic is in
// check-posts-core.ts.
import { check } from '../checker';
import { checkJsonl, formatReport } from './check-posts-core';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 0) {
    const text = args.join(' ');
    process.stdout.write(`${formatReport(text, check(text))}\n`);
    return 0;
  }
  const { lines, failed } = checkJsonl(await readStdin());
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`check-posts: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
