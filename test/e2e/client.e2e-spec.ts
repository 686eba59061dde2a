import { LedgerClient, LedgerError, PermissionCheck } from '@basis-ledger/client';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { LedgerHarness } from '../support/ledger-harness';
import { clientFor } from '../support/ledger-clients';

/** A fetch that passes requests on and records them, optionally failing some in the caller's place. */
function recordingFetch(failAfterSending?: (url: string, init: RequestInit) => boolean) {
  const sent: { method: string; url: string; init: RequestInit }[] = [];
  const lost: unknown[] = [];
  const wrapped = (async (url: string, init: RequestInit) => {
    sent.push({ method: init.method ?? 'GET', url, init });
    const response = await fetch(url, init);
    if (failAfterSending?.(url, init)) {
      // The ledger answered, but the answer never reaches the caller, as when a connection drops.
      lost.push(await response.json());
      throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
    }
    return response;
  }) as typeof fetch;
  return { fetch: wrapped, sent, lost };
}

describe('LedgerClient against the ledger (SQLite)', () => {
  let ledger: LedgerHarness;
  let operator: LedgerClient;
  let dpo: LedgerClient;
  let n = 0;
  const subject = () => `client-${++n}`;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
    operator = clientFor(ledger.baseUrl, 'operator');
    dpo = clientFor(ledger.baseUrl, 'dpo');
  });
  afterAll(() => ledger.stop());

  it('checks 2500 subjects in batches of 1000 and answers in the order asked', async () => {
    const permitted = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const id = `debtor-batch-${i * 37}`;
      await operator.establishBasis(id, COLLECTION_CONTRACT);
      permitted.add(id);
    }
    const checks: PermissionCheck[] = Array.from({ length: 2500 }, (_, i) => ({
      subjectId: `debtor-batch-${i}`,
      purpose: i % 5 === 0 ? 'debtor-contact' : 'collection',
    }));
    const recording = recordingFetch();
    const system = clientFor(ledger.baseUrl, 'system', { fetch: recording.fetch });

    const decisions = await system.checkMany(checks);

    expect(recording.sent.map((request) => JSON.parse(request.init.body as string).checks.length)).toEqual([
      1000, 1000, 500,
    ]);
    expect(decisions.map(({ subjectId, purpose }) => ({ subjectId, purpose }))).toEqual(checks);
    expect(decisions.map((decision) => decision.permitted)).toEqual(
      checks.map((check) => check.purpose === 'collection' && permitted.has(check.subjectId)),
    );
    expect(new Set(decisions.map((decision) => decision.decisionId)).size).toBe(2500);
  });

  it('runs every command, reading its own writes, and lets an auditor read and verify the stream', async () => {
    const id = subject();
    const basis = await operator.establishBasis(id, {
      purpose: 'credit-check-sharing',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-7',
    });
    expect(await operator.check(id, 'credit-check-sharing', { explain: 'en' })).toMatchObject({
      permitted: true,
      basis: { basisId: basis.basisId },
      explanation: expect.stringContaining(basis.basisId),
    });
    const [batched] = await operator.checkMany([{ subjectId: id, purpose: 'collection' }], { explain: 'nl' });
    expect(batched.explanation).toContain('incasso');
    const objection = await operator.fileObjection(id, {
      purposes: ['credit-check-sharing'],
      channel: 'letter',
    });
    expect((await operator.check(id, 'credit-check-sharing')).reasons[0].code).toBe('OBJECTION_PENDING');
    await dpo.decideObjection(id, objection.objectionId, { outcome: 'upheld' });
    const restriction = await dpo.applyRestriction(id, {
      ground: 'accuracy-contested',
      purposes: ['collection'],
    });
    await dpo.liftRestriction(id, restriction.restrictionId, {
      reason: 'accuracy confirmed',
      subjectInformedAt: new Date().toISOString(),
    });
    const withdrawal = await operator.withdrawBasis(id, basis.basisId, { reason: 'no-longer-necessary' });
    const erasure = await dpo.completeErasure(id, { retain: ['fiscal-retention'] });

    expect(dpo.position).toBe(erasure.position);
    expect(BigInt(operator.position!)).toBe(BigInt(withdrawal.position));
    const permissions = await dpo.permissions(id);
    expect(permissions.decisions.find((d) => d.purpose === 'collection')?.reasons[0].code).toBe('ERASED');
    const auditor = clientFor(ledger.baseUrl, 'auditor');
    const { events, revision } = await auditor.events(id);
    expect(events.map((event) => event.type)).toEqual([
      'BasisEstablished',
      'ObjectionFiled',
      'ObjectionUpheld',
      'RestrictionApplied',
      'RestrictionLifted',
      'BasisWithdrawn',
      'ErasureCompleted',
    ]);
    expect(revision).toBe(6);
    expect(await auditor.verification(id)).toMatchObject({ subjectId: id, valid: true, eventCount: 7 });
    const history = await auditor.history(id, 'credit-check-sharing', { explain: 'nl' });
    expect(history).toMatchObject({ subjectId: id, purpose: 'credit-check-sharing', from: null, asOf: null });
    expect(
      history.changes.map((change) => [change.permitted, (change.causedBy as { type?: string })?.type]),
    ).toEqual([
      [true, 'BasisEstablished'],
      [false, 'ObjectionFiled'],
      [false, 'ObjectionUpheld'],
      [false, 'BasisWithdrawn'],
      [false, 'ErasureCompleted'],
    ]);
    expect(history.changes[2].explanation).toContain('bezwaar');
    expect(await auditor.me()).toEqual({ name: expect.any(String), role: 'auditor' });
    expect(await auditor.verifyLog()).toMatchObject({ valid: true, breakCount: 0, breaks: [] });
    expect((await auditor.purposes()).purposes).toHaveLength(14);
  });

  it('retries a command whose answer was lost with the same Idempotency-Key: the first answer, one event', async () => {
    const id = subject();
    let failures = 1;
    const recording = recordingFetch((_, init) => init.method === 'POST' && failures-- > 0);
    const client = clientFor(ledger.baseUrl, 'operator', { fetch: recording.fetch });

    const answer = await client.establishBasis(id, COLLECTION_CONTRACT);

    expect(recording.sent).toHaveLength(2);
    const keys = recording.sent.map(
      (request) => (request.init.headers as Record<string, string>)['idempotency-key'],
    );
    expect(keys[0]).toBe(keys[1]);
    expect(answer).toEqual(recording.lost[0]);
    expect((await dpo.events(id)).events).toHaveLength(1);
  });

  it('throws a typed LedgerError for a refusal, without retrying it', async () => {
    const id = subject();
    const recording = recordingFetch();
    const client = clientFor(ledger.baseUrl, 'operator', { fetch: recording.fetch });

    const notFound = await client.withdrawBasis(id, 'no-such-basis', { reason: 'other' }).catch((e) => e);
    expect(notFound).toBeInstanceOf(LedgerError);
    expect(notFound).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: expect.any(String) });

    const invalid = await client
      .establishBasis(id, { ...COLLECTION_CONTRACT, validUntil: 'tomorrow' })
      .catch((e) => e);
    expect(invalid).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(invalid.fields).toEqual([expect.objectContaining({ field: 'validUntil' })]);
    expect(invalid.message).toMatch(/^400 VALIDATION_FAILED: .+ \(validUntil: .+\)$/);

    const forbidden = await client.completeErasure(id, {}).catch((e) => e);
    expect(forbidden).toMatchObject({ status: 403, code: 'FORBIDDEN' });

    const notAllowed = await client
      .establishBasis(id, { ...COLLECTION_CONTRACT, legalBasis: 'consent' })
      .catch((e) => e);
    expect(notAllowed).toMatchObject({ status: 422, code: 'BASIS_NOT_ALLOWED' });

    expect(recording.sent).toHaveLength(4);
  });

  it('encodes path parts, so an id can never change the route', async () => {
    const refused = await operator.check('debtor/1?x=y', 'collection').catch((e) => e);
    expect(refused).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const unknown = await operator.check('debtor-1', '../purposes').catch((e) => e);
    expect(unknown).toMatchObject({ status: 404, code: 'UNKNOWN_PURPOSE' });
  });
});
