import { performance } from 'node:perf_hooks';

/** One timed pass: wall-clock milliseconds, and the CPU milliseconds the process used. */
export interface Pass {
  wall: number;
  cpu: number;
}

/** The timed passes, by what was measured. */
export type Timings = Record<string, Pass[]>;

/** CPU time (user + system, every thread of the process) in milliseconds. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs `pass` `warmups` times untimed (JIT warm-up), then `runs` times timed. CPU time is kept
 * beside wall time because the machine is shared: other processes stretch the wall clock, much
 * less the CPU time this process gets.
 */
export function timePasses(pass: () => unknown, warmups: number, runs: number): Pass[] {
  // Each pass's result feeds a sum that is used at the end, so no work can be optimised away.
  let sink = 0;
  const keep = (value: unknown) => {
    sink += typeof value === 'number' ? value : 1;
  };
  for (let i = 0; i < warmups; i++) keep(pass());
  const passes: Pass[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = cpuNow();
    const start = performance.now();
    keep(pass());
    passes.push({ wall: performance.now() - start, cpu: cpuNow() - cpu });
  }
  if (sink < 0) console.error(sink);
  return passes;
}
