import { TooManyStreams } from './change-stream-refusals';

/**
 * Open change streams per API key unless `LEDGER_MAX_STREAMS_PER_KEY` says otherwise: room for every instance
 * of a service that shares its key to follow the changes, not for one key to hold the process's sockets.
 */
export const DEFAULT_MAX_STREAMS_PER_KEY = 100;

/** How many change streams each API key has open in this process, kept under a cap. */
export class StreamsPerKey {
  private readonly open = new Map<string, number>();

  constructor(private readonly cap: number) {}

  /** Counts one more stream of `keyName`, or refuses it at the cap; the function returned gives the place back. */
  reserve(keyName: string): () => void {
    const count = this.open.get(keyName) ?? 0;
    if (count >= this.cap) throw new TooManyStreams(this.cap);
    this.open.set(keyName, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(keyName) ?? 1) - 1;
      if (left > 0) this.open.set(keyName, left);
      else this.open.delete(keyName);
    };
  }
}
