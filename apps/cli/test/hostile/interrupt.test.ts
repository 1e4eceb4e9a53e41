import { once } from 'node:events';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ESSAYS, listDir, snapshotDir, start, tempDir } from '../helpers.js';

/** Waits (without any time limit of its own; the test timeout bounds it) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await sleep(20);
}

describe('hostile input: interrupted runs', () => {
  it.each([['SIGINT', 130, '1'], ['SIGTERM', 143, '2']] as const)(
    'leaves no partial file after %s (exit %s, --jobs %s) and keeps the previous reports byte for byte',
    async (signal, code, jobs) => {
      const dir = tempDir();
      const out = path.join(dir, 'out');
      mkdirSync(out);
      writeFileSync(path.join(out, 'sentences.csv'), 'doc_id,sentence_id,start,end,text,tokens\nold,0,0,3,Old.,2\n');
      writeFileSync(path.join(out, 'errors.csv'), 'input,problem\n');
      const before = snapshotDir(out);

      // Standard input stays open, so the run is certainly still going when the signal comes:
      // no race with the run finishing first, whatever the machine's speed.
      const child = start(['analyze', '-', '--input-format', 'jsonl', '--out', out, '--jobs', jobs]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = once(child, 'exit');
      const temp = () => path.join(out, `.sentences.csv.${child.pid}.tmp`);
      for (let i = 0; i < 3; i++) child.stdin.write(`${JSON.stringify({ id: `d${i}`, text: ESSAYS[i] })}\n`);
      // Rows of the first documents are in the temporary file: the run is mid-write.
      await until(() => existsSync(temp()) && statSync(temp()).size > 0);
      child.kill(signal);
      const [exitCode] = (await exited) as [number | null];

      expect(exitCode).toBe(code);
      expect(stderr).toContain(`essaylens: interrupted (${signal}); no reports were written and earlier ones are untouched`);
      expect(listDir(out)).toEqual(['errors.csv', 'sentences.csv']);
      expect(snapshotDir(out)).toEqual(before);
    },
  );
});
