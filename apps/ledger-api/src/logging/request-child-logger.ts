import { IncomingMessage } from 'node:http';
import { FastifyBaseLogger } from 'fastify';
import { Bindings, ChildLoggerOptions, Level, LevelWithSilentOrString } from 'pino';
import { traceOf } from '../http/traceparent';

/**
 * The logger of one request (`request.log`): the process's logger with the request's id (`reqId`) and, when
 * the request has a valid `traceparent`, its `traceId` and `parentId`. Made when a line is first logged
 * through it, since most requests log none: the request line is written without it (`request-line.ts`), so
 * a pino child made for every request was work for nothing.
 */
export class RequestChildLogger implements FastifyBaseLogger {
  private made?: FastifyBaseLogger;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
    private readonly request: IncomingMessage,
  ) {}

  private get logger(): FastifyBaseLogger {
    if (!this.made) {
      const trace = traceOf(this.request.headers.traceparent);
      this.made = this.parent.child(trace ? { ...this.bindings, ...trace } : this.bindings, this.options);
    }
    return this.made;
  }

  get level(): LevelWithSilentOrString {
    return this.logger.level;
  }

  set level(level: LevelWithSilentOrString) {
    this.logger.level = level;
  }

  fatal(...line: unknown[]): void {
    this.write('fatal', line);
  }

  error(...line: unknown[]): void {
    this.write('error', line);
  }

  warn(...line: unknown[]): void {
    this.write('warn', line);
  }

  info(...line: unknown[]): void {
    this.write('info', line);
  }

  debug(...line: unknown[]): void {
    this.write('debug', line);
  }

  trace(...line: unknown[]): void {
    this.write('trace', line);
  }

  /** pino's `silent` writes nothing, so it makes no child. */
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }

  private write(level: Level, line: unknown[]): void {
    const logger = this.logger;
    Reflect.apply(logger[level], logger, line);
  }
}
