// Preloaded with `node --import` into a measured process: at exit, writes the process's peak
// resident set size in kilobytes (worker threads included) and its CPU time in milliseconds
// (user + system, every thread) as JSON to the file USAGE_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env['USAGE_FILE'];
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ peakRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
