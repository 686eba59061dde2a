import { LoggerService } from '@nestjs/common';
import { Level, Logger } from 'pino';

/**
 * Nest's log calls (its own start-up lines, and every `new Logger(context)` of the ledger) as lines of the
 * process's pino logger, the context as `context` and an error's stack as `stack`. Nest's `log` is pino's
 * `info`, its `verbose` pino's `trace`. Which lines are written is pino's level alone.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /**
   * Nest passes `(message, stack?, context?)`: `Logger` instances append their context, and leave `undefined`
   * for a missing stack; a static call may pass a stack alone, which Nest tells from a context by its form.
   */
  error(message: unknown, ...params: unknown[]): void {
    if (params.length === 1 && isStack(params[0])) return this.line('error', message, undefined, params[0]);
    const { rest, context } = splitContext(params);
    const last = rest.at(-1);
    if (rest.length > 0 && (last === undefined || typeof last === 'string')) {
      return this.line('error', message, context, last);
    }
    this.write('error', message, params);
  }

  /** Nest ends the parameters with the context when there is one; any other parameter is a message of its own. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    const { rest, context } = splitContext(params);
    for (const each of [message, ...rest]) this.line(level, each, context);
  }

  private line(level: Level, message: unknown, context?: string, stack?: string): void {
    if (message instanceof Error) this.logger[level]({ context, stack, err: message }, message.message);
    else if (typeof message === 'string') this.logger[level]({ context, stack }, message);
    else this.logger[level]({ context, stack, message });
  }
}

function splitContext(params: unknown[]): { rest: unknown[]; context?: string } {
  const last = params.at(-1);
  return typeof last === 'string' ? { rest: params.slice(0, -1), context: last } : { rest: params };
}

/** Nest's own test for a stack trace: a first line, then an indented `at file:line:column`. */
const isStack = (value: unknown): value is string =>
  typeof value === 'string' && /^(.)+\n\s+at .+:\d+:\d+/.test(value);
