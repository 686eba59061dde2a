import pino, { DestinationStream, Logger } from 'pino';
import { TraceContext } from '../http/traceparent';

/** What the request log says of one answered request (`http/request-log.ts` chooses it). */
export interface RequestLine {
  reqId: string;
  trace?: TraceContext;
  method: string;
  route?: string;
  status: number;
  durationMs: number;
  key?: string;
}

/** The parts of a pino logger a line is made of, which pino keeps under its exported symbols. */
interface PinoParts {
  [pino.symbols.streamSym]: DestinationStream;
  [pino.symbols.chindingsSym]: string;
  [pino.symbols.timeSym]: () => string;
}

const MESSAGE = JSON.stringify('request answered');

/**
 * Writes the request line of `logger` (`info`) as pino would write `logger.child({ reqId, ...trace })
 * .info({ method, route, status, durationMs, key }, 'request answered')`: the same fields in the same order,
 * to the same destination, with the logger's own time and base fields (pid, hostname). Made here, not by
 * pino, because it is written for every request: pino walks the fields of any object it is given and needs
 * a child logger for the bindings, which together took about a tenth of a single check's CPU in a profile. The
 * specification holds it equal to pino's line.
 */
export class RequestLineWriter {
  private readonly destination: DestinationStream;
  private readonly base: string;
  private readonly time: () => string;

  constructor(logger: Logger) {
    const parts = logger as unknown as PinoParts;
    this.destination = parts[pino.symbols.streamSym];
    this.base = parts[pino.symbols.chindingsSym];
    this.time = parts[pino.symbols.timeSym];
  }

  write({ reqId, trace, method, route, status, durationMs, key }: RequestLine): void {
    const traced = trace
      ? `,"traceId":${JSON.stringify(trace.traceId)},"parentId":${JSON.stringify(trace.parentId)}`
      : '';
    this.destination.write(
      `{"level":"info"${this.time()}${this.base},"reqId":${JSON.stringify(reqId)}${traced}` +
        `,"method":${JSON.stringify(method)}${route === undefined ? '' : `,"route":${JSON.stringify(route)}`}` +
        `,"status":${status},"durationMs":${durationMs}` +
        `${key === undefined ? '' : `,"key":${JSON.stringify(key)}`},"msg":${MESSAGE}}\n`,
    );
  }
}
