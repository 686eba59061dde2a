import { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { refuse } from '@ledger/domain';
import { FastifyInstance } from 'fastify';
import { sendProblem, toProblem } from '../problems/problem-details.filter';
import { RefusalException } from '../problems/refusal.exception';

const SHUTTING_DOWN = new RefusalException(
  refuse(
    'STORE_UNAVAILABLE',
    'the ledger is shutting down: send the request again, to another replica if there is one',
  ),
);

/**
 * How long no request may have arrived before the ledger counts its connections as quiet. A request sent on an
 * idle connection just before is read in that time, and refused, rather than met by the connection closing.
 */
const QUIET_MS = 100;

/**
 * The door a shutdown closes. Once `close` is called, a request that arrives is refused with a problem (`503
 * STORE_UNAVAILABLE`: nothing is appended, and the client retries it as it retries an outage), and every
 * answer, refused or not, carries `Connection: close`, so clients stop sending on connections that are about
 * to go. `settled` tells when the connections are quiet: every request that came in is answered, and none
 * has arrived for a moment.
 */
export class ShutdownGate {
  private closing = false;
  private readonly inFlight = new Set<ServerResponse>();
  private lastArrival = 0;
  /**
   * One listener for every response's `close`, which forgets the response it is called on, rather than a
   * closure per response wrapped by `once`: the gate runs on every request. `close` comes once.
   */
  private readonly forget: (this: ServerResponse) => void;

  constructor() {
    const inFlight = this.inFlight;
    this.forget = function (this: ServerResponse) {
      inFlight.delete(this);
    };
  }

  /** Registered after the security headers, so the refusals carry them too. */
  register(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, reply, done) => {
      if (this.closing) {
        this.lastArrival = Date.now();
        return sendProblem(reply, toProblem(SHUTTING_DOWN, request.url.split('?')[0]));
      }
      this.track(reply.raw);
      done();
    });
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      if (this.closing) void reply.header('connection', 'close');
      done(null, payload);
    });
  }

  close(): void {
    this.closing = true;
    this.lastArrival = Date.now();
  }

  /**
   * Resolves once every request that came in before `close` is answered (or gone) and no request has arrived
   * for a moment. An answer that is streamed, such as the change stream, counts once it has begun: it has no
   * end of its own, and the application's own close ends it.
   */
  async settled(): Promise<void> {
    while (this.answering() || Date.now() - this.lastArrival < QUIET_MS) await sleep(QUIET_MS);
  }

  private track(response: ServerResponse): void {
    this.inFlight.add(response);
    response.on('close', this.forget);
  }

  private answering(): boolean {
    for (const response of this.inFlight) if (!response.headersSent) return true;
    return false;
  }
}
