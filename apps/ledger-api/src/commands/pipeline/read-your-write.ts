import { ReadSide } from '../../read-side/read-side.service';

/** How long a command waits for its read side before it answers anyway. */
export const READ_YOUR_WRITE_TIMEOUT_MS = 5000;

/** What the command path asks of the read side. */
export type AppliedLog = Pick<ReadSide, 'waitFor' | 'historiesOf'>;

/**
 * Read-your-write: a command answers once this process's read side has applied its event, so the caller's
 * next check, here or on any replica asked with the answer's position, sees it.
 */
export class ReadYourWrite {
  constructor(private readonly readSide: AppliedLog) {}

  /** Resolves `true` once `position` is applied, `false` when the read side has not got there in time. */
  applied(position: string): Promise<boolean> {
    return this.readSide.waitFor(position, READ_YOUR_WRITE_TIMEOUT_MS);
  }
}
