// Preloaded with `node --import` into a measured process: at exit, writes the process's peak
// resident set size in kilobytes (worker threads included), its CPU time in milliseconds
// (user + system, every thread) and, on Linux, the CPU time of the main thread alone, as JSON
// to the file USAGE_FILE names. The gap between the two CPU times is what V8's own threads
// (optimising compiler, garbage collector) and any worker threads spent.
import { readFileSync, writeFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // the fields after the command name, which may itself hold spaces and brackets
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

const file = process.env['USAGE_FILE'];
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ peakRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, mainThreadCpuMs: mainThreadCpuMs() }),
    );
  });
}
