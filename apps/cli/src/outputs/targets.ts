import { createReadStream, createWriteStream, type ReadStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Channel } from './channel.js';
import { trackTemp, untrackTemp } from './temp-files.js';

/** Where a table's text goes: written through `channel`, made visible by `publish`. */
export interface Target {
  channel: Channel;
  /** Flushes and closes after the last write; throws if any byte could not be written. */
  seal(): Promise<void>;
  /** Makes the sealed text the result (renames a file into place). */
  publish(): Promise<void>;
  /** Throws away what was written (removes a temporary file). */
  abort(): Promise<void>;
}

/**
 * A file written under a temporary name beside `file` and renamed over it only by `publish`,
 * after its bytes are flushed to disk: a crash or Ctrl-C leaves the previous `file` untouched
 * and no half-written one.
 */
export async function fileTarget(file: string): Promise<Target> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream = await openStream(temporary, { flush: true, mode: 0o644 });
  const channel = new Channel(stream);
  return {
    channel,
    // `flush: true` makes the stream fsync before it closes, so a renamed file is on disk.
    seal: () => channel.close(),
    async publish() {
      await rename(temporary, file);
      untrackTemp(temporary);
    },
    async abort() {
      channel.destroy();
      await unlink(temporary).catch(() => undefined);
      untrackTemp(temporary);
    },
  };
}

/** Opens a write stream and waits until the file is open, so an unwritable folder fails here. */
async function openStream(file: string, options: { flush?: boolean; mode: number }): Promise<WriteStream> {
  const stream = createWriteStream(file, { ...options, highWaterMark: 1 << 16 });
  trackTemp(file);
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  } catch (error) {
    untrackTemp(file);
    throw error;
  }
  return stream;
}

/** Standard output; nothing to rename, but `seal` still surfaces a write error such as a full disk. */
export function stdoutTarget(): Target {
  const channel = new Channel(process.stdout);
  return {
    channel,
    async seal() {
      await new Promise<void>((resolve, reject) => {
        process.stdout.write('', (error) => (error ? reject(error) : resolve()));
      });
      if (channel.error) throw channel.error;
    },
    async publish() {},
    async abort() {},
  };
}

/** A scratch file that is written, then read back once, then removed (the summary spool). */
export async function spoolFile(dir: string, name: string): Promise<{ channel: Channel; read(): ReadStream; close(): Promise<void>; remove(): Promise<void> }> {
  const file = path.join(dir, `.${name}.${process.pid}.spool`);
  const channel = new Channel(await openStream(file, { mode: 0o600 }));
  return {
    channel,
    close: () => channel.close(),
    read: () => createReadStream(file),
    async remove() {
      channel.destroy();
      await unlink(file).catch(() => undefined);
      untrackTemp(file);
    },
  };
}
