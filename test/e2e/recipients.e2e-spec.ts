import { LedgerHarness } from '../support/ledger-harness';
import { describeOnEachStore } from '../support/test-stores';

const T0 = '2026-02-01T09:00:00.000Z';
const T1 = '2026-02-10T09:00:00.000Z';
const T2 = '2026-02-20T09:00:00.000Z';

/** Contract section 7 over HTTP: disclosures, the recipients of a subject, and art. 19 notifications. */
describeOnEachStore('recipients and art. 19 notifications over HTTP', (store) => {
  let ledger: LedgerHarness;
  let n = 0;
  const subject = () => `disclosed-${++n}`;

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  const refused = (answer: { status: number; body: any }) => [answer.status, answer.body.code];
  const disclose = (subjectId: string, recipientId: string, purpose: string, dataCategories: string[]) =>
    ledger.post(
      `/v1/subjects/${subjectId}/disclosures`,
      { recipientId, recipientRef: 'Incassobureau klant 17', purpose, dataCategories, occurredAt: T1 },
      'operator',
    );
  const notify = (subjectId: string, body: object) =>
    ledger.post(`/v1/subjects/${subjectId}/notifications`, body, 'operator');
  const pendingOf = async (subjectId: string) =>
    (await ledger.get('/v1/notifications?status=pending', 'auditor')).body.notifications.filter(
      (pending: any) => pending.subjectId === subjectId,
    );
  const eventCount = async (subjectId: string) =>
    (await ledger.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events.length;

  /** A debtor whose naw and invoice amounts went to the client, and payments to the bailiff. */
  async function disclosedDebtor(): Promise<string> {
    const id = subject();
    await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
      occurredAt: T0,
    });
    expect((await disclose(id, 'clients', 'collection', ['naw', 'invoice-amounts'])).status).toBe(201);
    expect((await disclose(id, 'bailiff', 'legal-claims', ['payments'])).status).toBe(201);
    return id;
  }

  it('records a disclosure to a recipient of its purpose, answering its disclosureId, and refuses others', async () => {
    const id = subject();
    const answer = await disclose(id, 'clients', 'collection', ['naw']);
    expect(answer.body).toMatchObject({ type: 'DataDisclosed', disclosureId: expect.any(String) });
    expect(refused(await disclose(id, 'the-neighbours', 'collection', ['naw']))).toEqual([
      400,
      'UNKNOWN_RECIPIENT',
    ]);
    expect(refused(await disclose(id, 'bailiff', 'collection', ['naw']))).toEqual([
      422,
      'RECIPIENT_NOT_ALLOWED',
    ]);
    expect(refused(await disclose(id, 'clients', 'collection', []))).toEqual([400, 'VALIDATION_FAILED']);
    const audited = await ledger.post(
      `/v1/subjects/${id}/disclosures`,
      { recipientId: 'clients', purpose: 'collection', dataCategories: ['naw'] },
      'auditor',
    );
    expect(refused(audited)).toEqual([403, 'FORBIDDEN']);
    expect(await eventCount(id)).toBe(1);
  });

  it('names the recipients that received the data, with what, and those that may under the catalogue', async () => {
    const id = await disclosedDebtor();
    const { body } = await ledger.get(`/v1/subjects/${id}/recipients`, 'auditor');
    expect(body.subjectId).toBe(id);
    expect(
      body.recipients.map((r: any) => [r.recipientId, r.kind, r.purposes, r.disclosures.length]),
    ).toEqual([
      ['clients', 'client', ['collection'], 1],
      ['bailiff', 'third-party', ['legal-claims'], 1],
      ['processors', 'processor', ['collection'], 0],
    ]);
    expect(body.recipients[0].disclosures[0]).toEqual({
      disclosureId: expect.any(String),
      occurredAt: T1,
      purpose: 'collection',
      dataCategories: ['naw', 'invoice-amounts'],
    });
    expect((await ledger.get(`/v1/subjects/${id}/recipients`, 'system')).body.code).toBe('FORBIDDEN');
  });

  it('owes a restriction of a category only to the recipients that received it, until they are told', async () => {
    const id = await disclosedDebtor();
    const restriction = await ledger.post(`/v1/subjects/${id}/restrictions`, {
      ground: 'accuracy-contested',
      dataCategories: ['naw'],
      occurredAt: T2,
    });
    const about = restriction.body.eventId;
    expect(await pendingOf(id)).toEqual([
      {
        subjectId: id,
        about: { eventId: about, type: 'RestrictionApplied', occurredAt: T2 },
        recipientId: 'clients',
        recipientName: expect.any(String),
      },
    ]);
    const basisEvent = (await ledger.get(`/v1/subjects/${id}/events`, 'auditor')).body.events[0].eventId;
    expect(refused(await notify(id, { about: basisEvent, recipientId: 'bailiff' }))).toEqual([
      422,
      'NOT_NOTIFIABLE',
    ]);
    expect(refused(await notify(id, { about, recipientId: 'bailiff' }))).toEqual([
      422,
      'RECIPIENT_NOT_CONCERNED',
    ]);
    expect(refused(await notify(id, { about, recipientId: 'clients', outcome: 'impossible' }))).toEqual([
      422,
      'NOTE_REQUIRED',
    ]);
    expect(refused(await notify(id, { about, recipientId: 'nobody' }))).toEqual([400, 'UNKNOWN_RECIPIENT']);
    expect(await eventCount(id)).toBe(4);
    expect((await notify(id, { about, recipientId: 'clients', channel: 'email' })).body.type).toBe(
      'RecipientNotified',
    );
    expect(refused(await notify(id, { about, recipientId: 'clients' }))).toEqual([409, 'ALREADY_NOTIFIED']);
    expect(await pendingOf(id)).toEqual([]);
  });

  it('owes a rectification to the recipients of its categories, and an erasure to all, told after it too', async () => {
    const id = await disclosedDebtor();
    const rectified = await ledger.post(`/v1/subjects/${id}/rectifications`, {
      dataCategories: ['payments'],
    });
    expect(rectified.body.rectificationId).toEqual(expect.any(String));
    const erased = await ledger.post(`/v1/subjects/${id}/erasure`, { retain: [] });
    const owed = async () =>
      (await pendingOf(id)).map((pending: any) => [pending.about.type, pending.recipientId]);
    expect(await owed()).toEqual([
      ['RectificationRecorded', 'bailiff'],
      ['ErasureCompleted', 'clients'],
      ['ErasureCompleted', 'bailiff'],
    ]);
    const told = await notify(id, {
      about: erased.body.eventId,
      recipientId: 'bailiff',
      outcome: 'notified',
    });
    expect(told.status).toBe(201);
    expect(await owed()).toEqual([
      ['RectificationRecorded', 'bailiff'],
      ['ErasureCompleted', 'clients'],
    ]);
  });

  it('lists pending notifications to auditors and the DPO only, and only by status pending', async () => {
    for (const role of ['system', 'operator'] as const) {
      expect((await ledger.get('/v1/notifications?status=pending', role)).body.code).toBe('FORBIDDEN');
    }
    const answer = await ledger.get('/v1/notifications', 'dpo');
    expect(answer.body).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'status' }],
    });
  });

  it('keeps the queue across a restart, rebuilt from the store', async () => {
    const before = (await ledger.get('/v1/notifications?status=pending', 'dpo')).body.notifications;
    expect(before.length).toBeGreaterThan(0);
    await ledger.restart();
    expect((await ledger.get('/v1/notifications?status=pending', 'dpo')).body.notifications).toEqual(before);
  });
});
