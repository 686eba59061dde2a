import { createWriteStream, fstatSync, mkdirSync, openSync, renameSync, WriteStream } from 'node:fs';
import { dirname } from 'node:path';

export interface RotatingFileOptions {
  /** The size past which the file moves aside; a file is larger only when one write alone is. */
  maxBytes: number;
  /** How many files that moved aside are kept: `<path>.1` (the newest) to `<path>.<keep>`. */
  keep: number;
  /** Failures that no write's callback reports (a stream failing while it closes). */
  onError: (error: Error) => void;
}

/**
 * An append-only file (mode 0600) that moves aside by size, so it can never fill the disk: when a write would
 * take it past `maxBytes`, `<path>` becomes `<path>.1`, each older file moves one number up, the one past
 * `keep` is overwritten, and a new `<path>` is begun. The moves happen between two writes, so no write is
 * split across files, and a write still under way lands in the file it began in, whose descriptor follows it
 * to its new name. Anything that ships the log follows the file by its name and the moved files by theirs.
 */
export class RotatingFile {
  private stream: WriteStream | null;
  private size = 0;

  constructor(
    private readonly path: string,
    private readonly options: RotatingFileOptions,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.stream = this.open();
  }

  /** Hands `text` to the operating system, then calls back (with the error if it could not). */
  write(text: string, callback: (error?: Error | null) => void): void {
    const bytes = Buffer.byteLength(text);
    let stream: WriteStream;
    try {
      stream = this.current(bytes);
    } catch (error) {
      return callback(error as Error);
    }
    this.size += bytes;
    stream.write(text, callback);
  }

  /** Ends the file being written, once what it was handed is written. */
  async end(): Promise<void> {
    const stream = this.stream;
    if (!stream || stream.destroyed) return;
    await new Promise<void>((resolve) => stream.end(resolve));
  }

  private current(bytes: number): WriteStream {
    if (this.stream && this.size > 0 && this.size + bytes > this.options.maxBytes) {
      this.stream.end();
      this.stream = null;
      this.moveAside();
    }
    return (this.stream ??= this.open());
  }

  private moveAside(): void {
    for (let n = this.options.keep; n > 1; n--) renameIfThere(`${this.path}.${n - 1}`, `${this.path}.${n}`);
    renameIfThere(this.path, `${this.path}.1`);
  }

  private open(): WriteStream {
    const fd = openSync(this.path, 'a', 0o600);
    this.size = fstatSync(fd).size;
    const stream = createWriteStream(this.path, { fd });
    stream.on('error', this.options.onError);
    return stream;
  }
}

function renameIfThere(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
