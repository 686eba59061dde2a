import { ConsoleLogger, Logger } from '@nestjs/common';
import { Writable } from 'node:stream';
import { createLedgerLogger } from './ledger-logger';
import { NestPinoLogger } from './nest-pino-logger';

/** A logger at `level` whose lines are kept, parsed, in `lines`. */
function capture(level: 'info' | 'warn' | 'debug') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { nest: new NestPinoLogger(createLedgerLogger(level, sink)), lines };
}

const STACK = 'Error: broken\n    at thing (/app/file.js:1:2)';

describe('NestPinoLogger', () => {
  it('writes JSON lines with an ISO time in UTC, the level by name and the context', () => {
    const { nest, lines } = capture('debug');
    nest.log('started', 'Ledger');
    nest.warn('slow', 'Store');
    nest.debug('detail', 'Store');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', context: 'Ledger', msg: 'started' }),
      expect.objectContaining({ level: 'warn', context: 'Store', msg: 'slow' }),
      expect.objectContaining({ level: 'debug', context: 'Store', msg: 'detail' }),
    ]);
    for (const { time } of lines) expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("tells a stack from a context as Nest's Logger passes them", () => {
    const { nest, lines } = capture('info');
    nest.error('failed', STACK, 'Problems');
    nest.error('failed', undefined, 'Problems');
    nest.error('failed', STACK);
    nest.error('failed', 'Problems');
    nest.error('failed');
    expect(lines.map(({ msg, context, stack }) => ({ msg, context, stack }))).toEqual([
      { msg: 'failed', context: 'Problems', stack: STACK },
      { msg: 'failed', context: 'Problems', stack: undefined },
      { msg: 'failed', context: undefined, stack: STACK },
      { msg: 'failed', context: 'Problems', stack: undefined },
      { msg: 'failed', context: undefined, stack: undefined },
    ]);
  });

  it('writes only the levels at or above its own, verbose being trace', () => {
    const { nest, lines } = capture('warn');
    nest.log('a', 'X');
    nest.debug('b', 'X');
    nest.verbose('c', 'X');
    nest.warn('d', 'X');
    nest.fatal('e', 'X');
    expect(lines.map(({ level, msg }) => `${level} ${msg}`)).toEqual(['warn d', 'fatal e']);
  });

  it('is where a `new Logger(context)` writes once Nest uses it', () => {
    const { nest, lines } = capture('info');
    Logger.overrideLogger(nest);
    try {
      new Logger('ReadSide').error('the read side lost the store');
      new Logger('Shutdown').error('shutdown failed', STACK);
    } finally {
      Logger.overrideLogger(new ConsoleLogger());
    }
    expect(lines).toEqual([
      expect.objectContaining({ level: 'error', context: 'ReadSide', msg: 'the read side lost the store' }),
      expect.objectContaining({ level: 'error', context: 'Shutdown', stack: STACK }),
    ]);
  });

  it('logs an error object with its message, and any other value as it is', () => {
    const { nest, lines } = capture('info');
    nest.log(new Error('boom'), 'X');
    nest.log({ count: 3 }, 'X');
    expect(lines[0]).toMatchObject({ msg: 'boom', err: { message: 'boom', type: 'Error' } });
    expect(lines[1]).toMatchObject({ message: { count: 3 } });
  });
});
