import { chmodSync, closeSync, existsSync, mkdirSync, openSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BIN, ESSAYS, listDir, readCsvObjects, run, snapshotDir, tempDir, unprivilegedUid } from '../helpers.js';

// Root reads and writes whatever the mode bits say, so permission tests run the command as
// `nobody` when this suite runs as root (as CI does); as another user, the bits apply anyway.
const uid = unprivilegedUid();
const asUser = uid === null ? {} : uid === undefined ? undefined : { uid };
const permissionIt = asUser ? it : it.skip;

describe('hostile input: paths', () => {
  it('reports a nonexistent file, analyses the rest and exits 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.txt'), ESSAYS[0]!);
    const result = run(['analyze', 'nope.txt', 'ok.txt', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('essaylens: nope.txt: no such file or folder\n');
    expect(readCsvObjects(path.join(dir, 'out/errors.csv'))).toEqual([{ input: 'nope.txt', problem: 'no such file or folder' }]);
    expect(new Set(readCsvObjects(path.join(dir, 'out/sentences.csv')).map((row) => row.doc_id))).toEqual(new Set(['ok']));
  });

  permissionIt('reports a file it may not read (permission denied) and goes on', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'secret.txt'), ESSAYS[1]!);
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    writeFileSync(path.join(dir, 'ok.txt'), ESSAYS[0]!);
    mkdirSync(path.join(dir, 'out'), { mode: 0o777 });
    chmodSync(path.join(dir, 'out'), 0o777);
    const result = run(['analyze', 'secret.txt', 'ok.txt', '--out', 'out', '--jobs', '1'], { cwd: dir, ...asUser });
    expect(result.stderr).toBe('essaylens: secret.txt: permission denied\n');
    expect(result.status).toBe(1);
    expect(readCsvObjects(path.join(dir, 'out/errors.csv'))).toEqual([{ input: 'secret.txt', problem: 'permission denied' }]);
  });

  permissionIt('reports a folder it may not list, and walks the rest of the tree', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in/locked'), { recursive: true });
    mkdirSync(path.join(dir, 'in/open'));
    writeFileSync(path.join(dir, 'in/open/a.txt'), ESSAYS[2]!);
    writeFileSync(path.join(dir, 'in/locked/b.txt'), ESSAYS[3]!);
    chmodSync(path.join(dir, 'in'), 0o755);
    chmodSync(path.join(dir, 'in/open'), 0o755);
    chmodSync(path.join(dir, 'in/locked'), 0o000);
    const result = run(['analyze', 'in', '--out', '-', '--tables', 'sentences', '--jobs', '1'], { cwd: dir, ...asUser });
    expect(result.stderr).toBe(`essaylens: ${path.join('in', 'locked')}: permission denied\n`);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(1, -1).every((line) => line.startsWith('a,'))).toBe(true);
  });

  it('reports a symbolic link loop in a folder once, and analyses the files around it', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in/sub'), { recursive: true });
    writeFileSync(path.join(dir, 'in/sub/a.txt'), ESSAYS[0]!);
    symlinkSync('..', path.join(dir, 'in/sub/back'));
    symlinkSync('self', path.join(dir, 'in/self'));
    const result = run(['analyze', 'in', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    const errors = readCsvObjects(path.join(dir, 'out/errors.csv'));
    expect(errors).toEqual([
      { input: 'in/self', problem: 'a symbolic link loop (the link points back to itself)' },
      { input: 'in/sub/back', problem: `a symbolic link loop: this folder leads back to ${realpathSync(path.join(dir, 'in'))}` },
    ]);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect(new Set(readCsvObjects(path.join(dir, 'out/sentences.csv')).map((row) => row.doc_id))).toEqual(new Set(['a']));
  });

  permissionIt('reports an output folder it may not write, writes nothing and exits 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.txt'), ESSAYS[0]!);
    mkdirSync(path.join(dir, 'out'));
    chmodSync(path.join(dir, 'out'), 0o555);
    const result = run(['analyze', 'ok.txt', '--out', 'out', '--jobs', '1'], { cwd: dir, ...asUser });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('essaylens: cannot write reports to out: permission denied\n');
    expect(listDir(path.join(dir, 'out'))).toEqual([]);
  });

  it('reports an output path that is a file, and leaves the file alone', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.txt'), ESSAYS[0]!);
    writeFileSync(path.join(dir, 'out'), 'keep me');
    const result = run(['analyze', 'ok.txt', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('essaylens: cannot write reports to out: a file of that name is in the way\n');
    expect(snapshotDir(dir).out).toBe('keep me');
  });

  it.skipIf(!existsSync('/dev/full'))('reports a full disk (standard output on /dev/full) and exits 1', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = run(['analyze', '-', '--tables', 'tokens', '--out', '-', '--jobs', '1'], { input: ESSAYS.join(' '), stdout: fd });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('essaylens: cannot write reports to standard output: no space left on the device; nothing was written\n');
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('reports a full disk in the filter mode too', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = run(['analyze', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--out', '-', '--jobs', '2'], { input: '{"id":"a","text":"Fine."}\n', stdout: fd });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('no space left on the device');
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('stops on a full disk even while its input pipe stays open', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [BIN, 'analyze', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--out', '-', '--jobs', '1'], { stdio: ['pipe', fd, 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = once(child, 'exit');
      child.stdin!.write('{"id":"a","text":"Fine."}\n'); // and never closed
      const [code] = (await exited) as [number | null];
      expect(code).toBe(1);
      expect(stderr).toBe('essaylens: cannot write reports to standard output: no space left on the device; nothing was written\n');
    } finally {
      closeSync(fd);
    }
  });

  // A real full disk: a 64 KB tmpfs (root only; elsewhere this case is covered by /dev/full
  // above). The seed essay's tokens table alone is larger than that.
  it('keeps the previous reports whole when the disk fills up mid-run', (context) => {
    const mountPoint = tempDir();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status !== 0) {
      context.skip('cannot mount a small tmpfs here (not root, or no mount permission)');
      return;
    }
    try {
      const out = path.join(mountPoint, 'out');
      mkdirSync(out);
      writeFileSync(path.join(out, 'sentences.csv'), 'the last good report\n');
      const result = run(['analyze', 'fixtures/essays/seed-essay.txt', '--out', out, '--jobs', '1']);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`essaylens: cannot write reports to ${out}: no space left on the device; nothing was written\n`);
      expect(snapshotDir(out)).toEqual({ 'sentences.csv': 'the last good report\n' });
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});
