import { performance } from 'node:perf_hooks';

/** Milliseconds of each timed pass, by what was measured. */
export type Timings = Record<string, number[]>;

/** Runs `pass` `warmups` times untimed (JIT warm-up), then `runs` times timed. */
export function timePasses(pass: () => unknown, warmups: number, runs: number): number[] {
  // Each pass's result feeds a sum that is used at the end, so no work can be optimised away.
  let sink = 0;
  const keep = (value: unknown) => {
    sink += typeof value === 'number' ? value : 1;
  };
  for (let i = 0; i < warmups; i++) keep(pass());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    keep(pass());
    times.push(performance.now() - start);
  }
  if (sink < 0) console.error(sink);
  return times;
}
