// A CPU profile of many checks, sampled by V8's profiler every 50 µs: profile.ts reads it by function, lines.ts by
// line. One place sets up the run, so both tools measure the same thing.
import { Session } from 'node:inspector/promises';
import { check } from '../../lib/checker';
import { benchContext } from './setup';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Checks `texts` in turn under the profiler: 2,000 checks to warm up, then the `count` that are sampled. */
export async function sampleChecks(texts: readonly string[], count: number): Promise<CpuProfile> {
  const context = benchContext();
  const run = (n: number) => {
    for (let i = 0; i < n; i++) check(texts[i % texts.length]!, context);
  };
  run(2000);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  run(count);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  session.disconnect();
  return profile;
}
