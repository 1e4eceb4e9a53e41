// The floor for `--jobs`: compromise alone (people, places and organisations as JSON with
// offsets, as in the in-process floor) over every .txt file of a folder, in N worker threads
// fed one document at a time, the way `essaylens analyze --jobs N` schedules its workers. It
// shows how far two threads of compromise itself scale on this machine, which bounds what
// the whole pipeline can reach.
//
//   node floor-jobs.js FOLDER N
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import nlp from 'compromise';

function parseOne(file: string): number {
  const view = nlp(readFileSync(file, 'utf8'));
  const json = JSON.stringify([view.people().json({ offset: true }), view.places().json({ offset: true }), view.organizations().json({ offset: true })]);
  return json.length;
}

function main(folder: string, threads: number): void {
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(folder, name));
  let next = 0;
  for (let t = 0; t < Math.min(threads, files.length); t++) {
    const worker = new Worker(new URL(import.meta.url));
    const feed = () => (next < files.length ? worker.postMessage(files[next++]) : void worker.terminate());
    worker.on('message', feed);
    worker.once('online', feed);
    worker.on('error', (error) => {
      process.stderr.write(`floor-jobs: ${error.message}\n`);
      process.exitCode = 1;
    });
  }
}

if (isMainThread) {
  const [folder, threads] = process.argv.slice(2);
  if (!folder || !Number.isInteger(Number(threads)) || Number(threads) < 1) {
    process.stderr.write('usage: node floor-jobs.js FOLDER THREADS\n');
    process.exit(2);
  }
  main(folder, Number(threads));
} else {
  parentPort!.on('message', (file: string) => parentPort!.postMessage(parseOne(file)));
}
