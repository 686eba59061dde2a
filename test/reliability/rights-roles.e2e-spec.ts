import { randomUUID } from 'node:crypto';
import { LedgerHarness, RoleName } from '../support/ledger-harness';
import { RIGHTS_ROUTES, RightsFixture } from './rights-routes';

const ROLES: RoleName[] = ['system', 'operator', 'dpo', 'auditor'];

/** Every route of contract sections 6 and 7 by every role: allowed ones succeed, others are 403 and append nothing. */
describe('roles on the routes of sections 6 and 7 (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;
  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  /** A debtor whose data went to the client, then was restricted, with a request for objection open: 4 events. */
  async function fixture(): Promise<RightsFixture> {
    const subjectId = `rights-${randomUUID()}`;
    const at = `/v1/subjects/${subjectId}`;
    await ledger.post(`${at}/bases`, {
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
    });
    await ledger.post(`${at}/disclosures`, {
      recipientId: 'clients',
      purpose: 'collection',
      dataCategories: ['naw'],
    });
    const restriction = await ledger.post(`${at}/restrictions`, { ground: 'accuracy-contested' });
    const request = await ledger.post(`${at}/requests`, { right: 'objection' });
    return { subjectId, requestId: request.body.requestId, restrictionEventId: restriction.body.eventId };
  }

  describe.each(RIGHTS_ROUTES)('$route', ({ roles, request, success }) => {
    it.each(ROLES.map((role) => [role, roles.includes(role)] as const))(
      'as %s: allowed is %s',
      async (role, allowed) => {
        const f = await fixture();
        const { path, body } = request(f);
        const answer = await ledger.request(body ? 'POST' : 'GET', path, { role, body });
        if (allowed) {
          expect(answer.status).toBe(success);
          return;
        }
        expect(answer.status).toBe(403);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.code).toBe('FORBIDDEN');
        expect((await ledger.get(`/v1/subjects/${f.subjectId}/events`, 'auditor')).body.events).toHaveLength(
          4,
        );
      },
    );
  });
});
