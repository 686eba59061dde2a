import { join } from 'node:path';
import { secretOf } from '../support/ledger-harness';
import { RawConnection } from '../support/raw-connection';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

const HALF_A_HEADER = 'GET /health/live HTTP/1.1\r\nHost: ledger\r\n';
const A_WHOLE_REQUEST = `${HALF_A_HEADER}\r\n`;

/** The status line and the problem's code of an answer received as raw text. */
function answerOf(text: string): { status: string; code?: string } {
  const [head, body] = text.split('\r\n\r\n');
  return { status: head.split('\r\n')[0], code: body ? JSON.parse(body).code : undefined };
}

/**
 * Connections that stall (nothing sent, half a header, a body a byte at a time, idle after an answer) are closed
 * on time, and the connections open at once are capped; on the built server, configured by its environment.
 * Before these limits, each of them stayed open for 72 s or, a slow body, for good.
 */
describe('connection limits: a client cannot hold a connection open by sending slowly or not at all', () => {
  const temp = temporaryDirectories('limits');
  let dataDir: string;
  const connections: RawConnection[] = [];
  const open = async (server: ServerProcess, options: Parameters<typeof RawConnection.open>[1]) => {
    const connection = await RawConnection.open(server.baseUrl, options);
    connections.push(connection);
    return connection;
  };

  beforeAll(async () => (dataDir = await temp.make()));
  afterEach(() => connections.splice(0).forEach((connection) => connection.destroy()));
  afterAll(() => temp.removeAll());

  describe('with the default limits (headers within 10 s)', () => {
    let server: ServerProcess;
    beforeAll(
      async () => (server = await ServerProcess.start({ LEDGER_DATA_DIR: join(dataDir, 'defaults') })),
    );
    afterAll(() => server.kill());

    it('closes a connection that sends nothing, half a header or a header line now and then within 15 s, with a 408 problem', async () => {
      const stalled = await Promise.all([
        open(server, {}),
        open(server, { send: HALF_A_HEADER }),
        open(server, { send: HALF_A_HEADER, dribble: { text: 'X-Slow: 1\r\n', everyMs: 1000 } }),
      ]);
      const lifetimes = await Promise.all(stalled.map((connection) => connection.closedWithin(15_000)));
      for (const connection of stalled) {
        expect(answerOf(connection.received)).toEqual({
          status: 'HTTP/1.1 408 Request Timeout',
          code: 'REQUEST_TIMEOUT',
        });
      }
      expect(Math.max(...lifetimes)).toBeLessThan(15_000);
    }, 30_000);
  });

  describe('configured (headers 1 s, request 2 s, idle 1 s, 100 connections)', () => {
    let server: ServerProcess;
    beforeAll(
      async () =>
        (server = await ServerProcess.start({
          LEDGER_DATA_DIR: join(dataDir, 'configured'),
          LEDGER_HEADERS_TIMEOUT_MS: '1000',
          LEDGER_REQUEST_TIMEOUT_MS: '2000',
          LEDGER_KEEP_ALIVE_TIMEOUT_MS: '1000',
          LEDGER_MAX_CONNECTIONS: '100',
          LEDGER_CHANGES_HEARTBEAT_MS: '250',
        })),
    );
    afterAll(() => server.kill());

    it('closes a request whose body arrives a byte at a time at the request timeout, with a 408 problem', async () => {
      const body = [
        'POST /v1/subjects/slow-1/objections HTTP/1.1',
        'Host: ledger',
        `Authorization: Bearer ${secretOf('operator')}`,
        'Content-Type: application/json',
        'Content-Length: 4000',
        '',
        '{',
      ].join('\r\n');
      const slow = await open(server, { send: body, dribble: { text: ' ', everyMs: 200 } });
      expect(await slow.closedWithin(6_000)).toBeLessThan(6_000);
      expect(answerOf(slow.received)).toEqual({
        status: 'HTTP/1.1 408 Request Timeout',
        code: 'REQUEST_TIMEOUT',
      });
    });

    it('closes a connection left idle after its answer at the keep-alive timeout', async () => {
      const idle = await open(server, { send: A_WHOLE_REQUEST });
      expect(await idle.closedWithin(5_000)).toBeLessThan(5_000);
      expect(answerOf(idle.received).status).toBe('HTTP/1.1 200 OK');
    });

    it('keeps a change stream open past every timeout: only receiving the request is timed', async () => {
      const stream = await open(server, {
        send: `GET /v1/changes HTTP/1.1\r\nHost: ledger\r\nAuthorization: Bearer ${secretOf('system')}\r\n\r\n`,
      });
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(stream.isOpen).toBe(true);
      expect(stream.received).toMatch(/^HTTP\/1.1 200 OK/);
      expect(stream.received.split(': heartbeat').length - 1).toBeGreaterThanOrEqual(5);
    });

    it('holds no more than its cap (100) of 500 half-sent requests, and answers again once they have timed out', async () => {
      const halfSent = await Promise.all(
        Array.from({ length: 500 }, () => open(server, { send: HALF_A_HEADER })),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const held = halfSent.filter((connection) => connection.isOpen).length;
      expect(held).toBeLessThanOrEqual(100);
      await Promise.all(halfSent.map((connection) => connection.closedWithin(5_000)));
      expect((await fetch(`${server.baseUrl}/health/live`)).status).toBe(200);
    });
  });
});
