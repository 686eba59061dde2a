import fc from 'fast-check';
import { Writable } from 'node:stream';
import { createLedgerLogger } from './ledger-logger';
import { RequestLine, RequestLineWriter } from './request-line';

/** A logger at `info` whose lines are kept as written. */
function capture() {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      done();
    },
  });
  return { logger: createLedgerLogger('info', sink), written };
}

/** The line as pino writes it: the request's child logger, and the fields as an object. */
function pinoLine({ reqId, trace, ...fields }: RequestLine): Record<string, unknown> {
  const { logger, written } = capture();
  logger.child({ reqId, ...trace }).info(fields, 'request answered');
  return JSON.parse(written.join(''));
}

function writtenLine(line: RequestLine): { text: string; parsed: Record<string, unknown> } {
  const { logger, written } = capture();
  new RequestLineWriter(logger).write(line);
  const text = written.join('');
  return { text, parsed: JSON.parse(text) };
}

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });

const requestLines: fc.Arbitrary<RequestLine> = fc.record(
  {
    reqId: fc.string({ unit: 'binary', minLength: 1 }),
    trace: fc.record({ traceId: hex(32), parentId: hex(16) }),
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'),
    route: fc.string({ unit: 'binary' }),
    status: fc.integer({ min: 100, max: 599 }),
    durationMs: fc.integer({ min: 0, max: 10_000_000 }).map((tenths) => tenths / 10),
    key: fc.string({ unit: 'binary' }),
  },
  { requiredKeys: ['reqId', 'method', 'status', 'durationMs'] },
);

describe('RequestLineWriter', () => {
  it('writes the line pino writes for the same request: the same fields, in the same order', () => {
    fc.assert(
      fc.property(requestLines, (line) => {
        const { text, parsed } = writtenLine(line);
        const expected = pinoLine(line);
        // The time is the clock's at each writing; everything else is the same, key for key.
        expect(Object.keys(parsed)).toEqual(Object.keys(expected));
        expect({ ...parsed, time: undefined }).toEqual({ ...expected, time: undefined });
        expect(parsed.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text.indexOf('\n')).toBe(text.length - 1);
      }),
    );
  });

  it('leaves out a route or a key the request did not have, as pino leaves out undefined fields', () => {
    const { parsed } = writtenLine({ reqId: 'r-1', method: 'GET', status: 404, durationMs: 0.3 });
    expect(parsed).toEqual(
      expect.objectContaining({
        reqId: 'r-1',
        method: 'GET',
        status: 404,
        durationMs: 0.3,
        msg: 'request answered',
      }),
    );
    expect(parsed).not.toHaveProperty('route');
    expect(parsed).not.toHaveProperty('key');
    expect(parsed).not.toHaveProperty('traceId');
  });
});
