import { IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { createLedgerLogger } from './ledger-logger';
import { RequestChildLogger } from './request-child-logger';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function setUp(headers: Record<string, string> = {}) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const parent = createLedgerLogger('info', sink);
  const child = jest.spyOn(parent, 'child');
  const request = { headers } as IncomingMessage;
  const logger = new RequestChildLogger(parent, { reqId: 'req-7' }, {}, request);
  return { logger, lines, child };
}

describe('RequestChildLogger', () => {
  it('makes no child logger for a request that logs nothing', () => {
    const { child } = setUp({ traceparent: TRACEPARENT });
    expect(child).not.toHaveBeenCalled();
  });

  it("writes each line with the request's id and trace ids, through one child made at the first line", () => {
    const { logger, lines, child } = setUp({ traceparent: TRACEPARENT });
    logger.error({ code: 'X' }, 'failed');
    logger.warn('slow');
    logger.debug('not at info');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        reqId: 'req-7',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        parentId: '00f067aa0ba902b7',
        code: 'X',
        msg: 'failed',
      }),
      expect.objectContaining({ level: 'warn', reqId: 'req-7', msg: 'slow' }),
    ]);
  });

  it('has no trace ids without a valid traceparent, and its own children keep the request id', () => {
    const { logger, lines } = setUp({ traceparent: 'not-a-trace' });
    logger.child({ part: 'body' }).info('read');
    expect(lines).toEqual([expect.objectContaining({ reqId: 'req-7', part: 'body', msg: 'read' })]);
    expect(lines[0]).not.toHaveProperty('traceId');
    expect(logger.level).toBe('info');
  });
});
