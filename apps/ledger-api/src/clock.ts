/** The one source of "now" for the shell; the domain only ever receives times as arguments. */
export abstract class Clock {
  abstract now(): string;
}

export class SystemClock extends Clock {
  now(): string {
    return new Date().toISOString();
  }
}
