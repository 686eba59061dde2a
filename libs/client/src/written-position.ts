/**
 * The highest log position this client has written. Reads pass it as `minPosition`, so a service reads its
 * own writes even when the next request reaches another replica of the API.
 */
export class WrittenPosition {
  private highest: string | undefined;

  get value(): string | undefined {
    return this.highest;
  }

  remember(position: string): void {
    this.highest = later(this.highest, position);
  }

  /** The `minPosition` a read should pass: the later of the caller's own and what this client wrote. */
  atLeast(minPosition: string | undefined): string | undefined {
    return later(this.highest, minPosition);
  }
}

/**
 * The contract calls positions opaque; every store writes them as decimal integers, which order by value.
 * Should one ever not be, the newer of the two is kept.
 */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (!DECIMAL.test(a) || !DECIMAL.test(b)) return b;
  return BigInt(b) > BigInt(a) ? b : a;
}

const DECIMAL = /^\d+$/;
