import type { Writable } from 'node:stream';

/**
 * A writable stream with promises: `write` waits while the stream's buffer is full (so a slow
 * disk or pipe holds the producer back instead of memory growing), and the first error the
 * stream reports (a full disk, a closed pipe) is thrown by the next `write` or by `close`.
 */
export class Channel {
  private failure: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: Error) => {
      this.failure ??= error;
    });
  }

  /** The first error the stream reported, if any. */
  get error(): Error | undefined {
    return this.failure;
  }

  /** Appends text, waiting for the buffer to drain when it is full. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text === '') return;
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        this.stream.off('drain', onDrain);
        this.stream.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => done();
      this.stream.on('drain', onDrain);
      this.stream.on('error', done);
    });
  }

  /** Ends the stream and waits until every byte is handed to the system, or throws its error. */
  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.once('close', () => resolve());
      this.stream.end();
    });
    if (this.failure) throw this.failure;
  }

  /** Drops the stream without waiting (after a failure or an interrupt). */
  destroy(): void {
    this.stream.destroy();
  }
}
