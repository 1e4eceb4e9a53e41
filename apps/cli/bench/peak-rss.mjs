// Preloaded with `node --import` by the benchmarks: when the command exits, write the
// process's peak resident memory (worker threads included) to the file named by
// ESSAYLENS_PEAK_RSS_FILE. The command itself knows nothing about it.
import { writeFileSync } from 'node:fs';

const file = process.env.ESSAYLENS_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
