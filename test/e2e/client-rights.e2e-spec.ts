import { LedgerError } from '@basis-ledger/client';
import { LedgerHarness } from '../support/ledger-harness';
import { clientFor } from '../support/ledger-clients';

/** The typed client's calls of contract sections 6 and 7 against a real ledger: the wire types hold both ways. */
describe('LedgerClient, requests and recipients, against the ledger (SQLite)', () => {
  let ledger: LedgerHarness;
  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  it('walks a request from receipt to completion and reads it back, its own writes included', async () => {
    const operator = clientFor(ledger.baseUrl, 'operator');
    const dpo = clientFor(ledger.baseUrl, 'dpo');
    const { requestId } = await operator.receiveRequest('client-rights-1', {
      right: 'access',
      channel: 'web',
    });
    await operator.verifyIdentity('client-rights-1', requestId, { method: 'in-person' });
    await dpo.extendRequest('client-rights-1', requestId, { reason: 'archive search' });
    const completed = await dpo.completeRequest('client-rights-1', requestId, { outcome: 'granted' });
    const { requests } = await dpo.requests('client-rights-1', { minPosition: completed.position });
    expect(requests).toEqual([
      expect.objectContaining({
        requestId,
        right: 'access',
        outcome: 'granted',
        extendedUntil: expect.any(String),
      }),
    ]);
    expect((await dpo.requestsQueue('open')).requests.map((request) => request.requestId)).not.toContain(
      requestId,
    );
  });

  it('records a disclosure and a restriction, then tells the recipient owed word of it', async () => {
    const dpo = clientFor(ledger.baseUrl, 'dpo');
    await dpo.recordDisclosure('client-rights-2', {
      recipientId: 'clients',
      purpose: 'collection',
      dataCategories: ['naw'],
    });
    const restricted = await dpo.applyRestriction('client-rights-2', { ground: 'accuracy-contested' });
    const owed = (await dpo.pendingNotifications()).notifications.filter(
      (n) => n.subjectId === 'client-rights-2',
    );
    expect(owed.map((n) => [n.about.eventId, n.recipientId])).toEqual([[restricted.eventId, 'clients']]);
    await dpo.notifyRecipient('client-rights-2', { about: restricted.eventId, recipientId: 'clients' });
    expect((await dpo.recipients('client-rights-2')).recipients[0].disclosures).toHaveLength(1);
    const again = await dpo
      .notifyRecipient('client-rights-2', { about: restricted.eventId, recipientId: 'clients' })
      .catch((e) => e);
    expect(again).toBeInstanceOf(LedgerError);
    expect(again).toMatchObject({ status: 409, code: 'ALREADY_NOTIFIED' });
  });

  it('asks a suppression with any role, and the export in DPV', async () => {
    const system = clientFor(ledger.baseUrl, 'system');
    expect(await system.suppression('hmac:never-seen')).toEqual({ suppressed: false, purposes: [] });
    const auditor = clientFor(ledger.baseUrl, 'auditor');
    const dpv = await auditor.exportSubjectDpv('client-rights-2');
    expect(dpv['@type']).toBe('dpv:RecordsOfActivities');
    expect((await auditor.exportSubject('client-rights-2')).disclosures).toHaveLength(1);
  });
});
