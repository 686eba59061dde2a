import { accepted } from './command-answers';
import { HttpTestCaller, RoleName } from './http-test-caller';

/**
 * One subject of a ledger over HTTP, for scenarios: its commands (each must be accepted, so a set-up the
 * ledger refuses fails where it happens), its decisions and its events. Refusals are asked for with the
 * ledger's own `post`, where the test reads the problem.
 */
export class SubjectOnLedger {
  readonly path: string;

  constructor(
    readonly ledger: HttpTestCaller,
    readonly id: string,
  ) {
    this.path = `/v1/subjects/${id}`;
  }

  /** POSTs `body` to `route` under the subject, as `role` (the DPO may do every command). */
  command(route: string, body: unknown, role: RoleName = 'dpo') {
    return accepted(this.ledger.post(`${this.path}/${route}`, body, role));
  }

  establish(body: unknown) {
    return this.command('bases', body);
  }

  object(purposes: string[], more: Record<string, unknown> = {}) {
    return this.command('objections', { purposes, ...more });
  }

  /** The decision on `purpose`; `query` is the query string's content, e.g. `asOf=...&categories=naw`. */
  async decision(purpose: string, query = '') {
    const answer = await this.ledger.get(`${this.path}/permissions/${purpose}${query && `?${query}`}`);
    if (answer.status !== 200)
      throw new Error(`no decision: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** The first reason's code of the decision on `purpose`: what a caller acts on. */
  async reason(purpose: string, query = ''): Promise<string> {
    return (await this.decision(purpose, query)).reasons[0].code;
  }

  async events(): Promise<{ type: string; data: Record<string, any> }[]> {
    return (await this.ledger.get(`${this.path}/events`, 'auditor')).body.events;
  }
}
