import { FixedClock, LedgerHarness, RoleName } from '../support/ledger-harness';
import { describeOnEachStore } from '../support/test-stores';

/** The ledger's clock in this suite: the deadlines below are judged at this moment. */
const NOW = '2026-03-10T12:00:00.000Z';
const JAN_31 = '2026-01-31T09:00:00.000Z';
const MAR_01 = '2026-03-01T09:00:00.000Z';

/** Contract section 6 over HTTP: the request register, its deadlines, identity, extension and completion. */
describeOnEachStore('data-subject requests over HTTP', (store) => {
  let ledger: LedgerHarness;
  let n = 0;
  const subject = () => `requester-${++n}`;

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store, { clock: new FixedClock(NOW) });
  });
  afterAll(() => ledger.stop());

  const receive = async (
    subjectId: string,
    right: string,
    occurredAt: string,
    role: RoleName = 'operator',
  ) => {
    const answer = await ledger.post(`/v1/subjects/${subjectId}/requests`, { right, occurredAt }, role);
    expect(answer.status).toBe(201);
    return answer.body.requestId as string;
  };
  const step = (subjectId: string, requestId: string, what: string, body: object, role: RoleName = 'dpo') =>
    ledger.post(`/v1/subjects/${subjectId}/requests/${requestId}/${what}`, body, role);
  const register = async (subjectId: string) =>
    (await ledger.get(`/v1/subjects/${subjectId}/requests`, 'auditor')).body;
  const eventCount = async (subjectId: string) =>
    (await ledger.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events.length;
  const refused = (answer: { status: number; body: any }) => [answer.status, answer.body.code];

  it('records a request, answers its requestId, and lists it with its deadline one month after receipt', async () => {
    const id = subject();
    const answer = await ledger.post(
      `/v1/subjects/${id}/requests`,
      { right: 'access', channel: 'letter', note: 'brief van 31 januari', occurredAt: JAN_31 },
      'operator',
    );
    expect(answer.body).toEqual({
      subjectId: id,
      eventId: expect.any(String),
      type: 'RequestReceived',
      revision: 0,
      position: expect.stringMatching(/^\d+$/),
      requestId: expect.any(String),
    });
    expect(await register(id)).toEqual({
      subjectId: id,
      requests: [
        {
          subjectId: id,
          requestId: answer.body.requestId,
          right: 'access',
          channel: 'letter',
          receivedAt: JAN_31,
          identityVerifiedAt: null,
          deadline: '2026-02-28T09:00:00.000Z',
          extendedUntil: null,
          completedAt: null,
          outcome: null,
          overdue: true,
        },
      ],
    });
  });

  it('queues the open requests of all subjects, earliest deadline first, and the overdue ones apart', async () => {
    const [late, extended, early] = [subject(), subject(), subject()];
    const lateId = await receive(late, 'objection', MAR_01);
    const extendedId = await receive(extended, 'portability', '2026-02-25T09:00:00.000Z');
    expect((await step(extended, extendedId, 'extension', { reason: 'veel verzoeken' })).status).toBe(201);
    const earlyId = await receive(early, 'erasure', '2026-02-01T09:00:00.000Z');
    const queue = async (status: string) =>
      (await ledger.get(`/v1/requests?status=${status}`, 'dpo')).body.requests
        .filter((r: any) => [late, extended, early].includes(r.subjectId))
        .map((r: any) => [r.requestId, r.overdue]);
    expect(await queue('open')).toEqual([
      [earlyId, true],
      [lateId, false],
      [extendedId, false],
    ]);
    expect(await queue('overdue')).toEqual([[earlyId, true]]);
  });

  it('extends a request once, to three months after receipt, only by the deadline, and only as the DPO', async () => {
    const id = subject();
    const onTime = await receive(id, 'access', MAR_01);
    expect(refused(await step(id, onTime, 'extension', { reason: 'complex' }, 'operator'))).toEqual([
      403,
      'FORBIDDEN',
    ]);
    expect((await step(id, onTime, 'extension', { reason: 'complex' })).body.type).toBe('RequestExtended');
    expect((await register(id)).requests[0].extendedUntil).toBe('2026-06-01T09:00:00.000Z');
    expect(refused(await step(id, onTime, 'extension', { reason: 'again' }))).toEqual([
      409,
      'ALREADY_EXTENDED',
    ]);
    const tooLate = await receive(id, 'access', JAN_31);
    expect(refused(await step(id, tooLate, 'extension', { reason: 'late' }))).toEqual([
      422,
      'EXTENSION_TOO_LATE',
    ]);
    expect(await eventCount(id)).toBe(3);
  });

  it('grants access only after the identity was verified; no reasonable doubt counts, with a note', async () => {
    const id = subject();
    const requestId = await receive(id, 'access', MAR_01);
    expect(refused(await step(id, requestId, 'completion', { outcome: 'granted' }))).toEqual([
      422,
      'IDENTITY_NOT_VERIFIED',
    ]);
    const bare = { method: 'no-reasonable-doubt' };
    expect(refused(await step(id, requestId, 'identity', bare, 'operator'))).toEqual([422, 'NOTE_REQUIRED']);
    const noted = { ...bare, note: 'wrote from the e-mail address we know' };
    expect((await step(id, requestId, 'identity', noted, 'operator')).body.type).toBe('IdentityVerified');
    expect((await step(id, requestId, 'completion', { outcome: 'granted' })).body.type).toBe(
      'RequestCompleted',
    );
    expect((await register(id)).requests[0]).toMatchObject({
      identityVerifiedAt: NOW,
      completedAt: NOW,
      outcome: 'granted',
      overdue: false,
    });
    for (const [what, body] of [
      ['identity', noted],
      ['extension', { reason: 'late' }],
      ['completion', { outcome: 'granted' }],
    ] as const) {
      expect(refused(await step(id, requestId, what, body))).toEqual([409, 'ALREADY_COMPLETED']);
    }
    expect(await eventCount(id)).toBe(3);
  });

  it('motivates anything short of a full grant and tells the remedies; a refusal names its ground', async () => {
    const id = subject();
    const requestId = await receive(id, 'objection', MAR_01);
    const partly = { outcome: 'partly-granted', motivation: 'statistics continue on pseudonymised data' };
    expect(
      refused(await step(id, requestId, 'completion', { outcome: 'partly-granted', remediesInformed: true })),
    ).toEqual([422, 'MOTIVATION_REQUIRED']);
    expect(refused(await step(id, requestId, 'completion', partly))).toEqual([422, 'REMEDIES_NOT_INFORMED']);
    const refusal = {
      outcome: 'refused',
      motivation: 'the fourth request this month',
      remediesInformed: true,
    };
    expect(refused(await step(id, requestId, 'completion', refusal))).toEqual([400, 'VALIDATION_FAILED']);
    expect(refused(await step(id, requestId, 'completion', partly, 'operator'))).toEqual([403, 'FORBIDDEN']);
    const done = await step(id, requestId, 'completion', { ...refusal, refusalGround: 'excessive' });
    expect(done.body.type).toBe('RequestCompleted');
    expect(await eventCount(id)).toBe(2);
  });

  it('links objections, restrictions, erasures and rectifications to a request of the same right', async () => {
    const id = subject();
    const base = `/v1/subjects/${id}`;
    const access = await receive(id, 'access', MAR_01);
    const commands: [string, object, string][] = [
      ['objections', { purposes: ['collection'] }, 'objection'],
      ['restrictions', { ground: 'accuracy-contested' }, 'restriction'],
      ['rectifications', { dataCategories: ['naw'] }, 'rectification'],
      ['erasure', { retain: [] }, 'erasure'],
    ];
    for (const [path, body, right] of commands) {
      expect(
        refused(await ledger.post(`${base}/${path}`, { ...body, requestId: 'no-such-request' })),
      ).toEqual([404, 'NOT_FOUND']);
      expect(refused(await ledger.post(`${base}/${path}`, { ...body, requestId: access }))).toEqual([
        422,
        'REQUEST_MISMATCH',
      ]);
      const requestId = await receive(id, right, MAR_01);
      const linked = await ledger.post(`${base}/${path}`, { ...body, requestId });
      expect(linked.status).toBe(201);
      const { events } = (await ledger.get(`${base}/events`, 'auditor')).body;
      expect(events.at(-1).data.requestId).toBe(requestId);
    }
  });

  it('takes requests and their steps after the erasure, and keeps the register without the free text before it', async () => {
    const id = subject();
    const received = await ledger.post(
      `/v1/subjects/${id}/requests`,
      { right: 'erasure', note: 'Jan Jansen, Dorpsstraat 1', occurredAt: MAR_01 },
      'operator',
    );
    const before = received.body.requestId;
    expect((await ledger.post(`/v1/subjects/${id}/erasure`, { retain: [], requestId: before })).status).toBe(
      201,
    );
    expect(refused(await step(id, before, 'completion', { outcome: 'granted' }))).toEqual([
      422,
      'IDENTITY_NOT_VERIFIED',
    ]);
    expect((await step(id, before, 'identity', { method: 'id-document' }, 'operator')).status).toBe(201);
    expect((await step(id, before, 'completion', { outcome: 'granted' })).status).toBe(201);
    const received2 = await ledger.post(
      `/v1/subjects/${id}/requests`,
      { right: 'access', note: 'asks what is still kept' },
      'operator',
    );
    const after = received2.body.requestId;
    expect((await step(id, after, 'identity', { method: 'known-contact-details' }, 'operator')).status).toBe(
      201,
    );
    expect((await step(id, after, 'extension', { reason: 'archive search' })).status).toBe(201);
    expect((await register(id)).requests.map((r: any) => [r.right, r.outcome, r.identityVerifiedAt])).toEqual(
      [
        ['erasure', 'granted', NOW],
        ['access', null, NOW],
      ],
    );
    const { events } = (await ledger.get(`/v1/subjects/${id}/events`, 'auditor')).body;
    expect(events[0]).toMatchObject({ type: 'RequestReceived', data: { requestId: before, note: null } });
    // Free text recorded after the erasure is sealed under the new period's key, readable until the next one.
    expect(events.at(-1)).toMatchObject({ type: 'RequestExtended', data: { reason: 'archive search' } });
  });

  it('answers the register to auditors and the DPO only, and refuses bad bodies with their fields', async () => {
    const id = subject();
    for (const role of ['system', 'operator'] as const) {
      expect((await ledger.get(`/v1/subjects/${id}/requests`, role)).body.code).toBe('FORBIDDEN');
      expect((await ledger.get('/v1/requests?status=open', role)).body.code).toBe('FORBIDDEN');
    }
    expect(refused(await ledger.post(`/v1/subjects/${id}/requests`, { right: 'pizza' }, 'auditor'))).toEqual([
      403,
      'FORBIDDEN',
    ]);
    const bad = await ledger.post(
      `/v1/subjects/${id}/requests`,
      { right: 'pizza', channel: 'pigeon' },
      'operator',
    );
    expect(bad.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(bad.body.fields.map((f: any) => f.field).sort()).toEqual(['channel', 'right']);
    expect((await ledger.get('/v1/requests?status=closed', 'dpo')).body.fields).toEqual([
      expect.objectContaining({ field: 'status' }),
    ]);
    expect(refused(await step(id, 'no-such-request', 'identity', { method: 'in-person' }))).toEqual([
      404,
      'NOT_FOUND',
    ]);
    expect(await eventCount(id)).toBe(0);
  });

  it('documents the routes of sections 6 and 7 and their bodies in the OpenAPI document', async () => {
    const document = (await (await fetch(ledger.baseUrl + '/docs-json')).json()) as any;
    for (const route of [
      '/v1/subjects/{subjectId}/requests',
      '/v1/subjects/{subjectId}/requests/{requestId}/identity',
      '/v1/subjects/{subjectId}/requests/{requestId}/extension',
      '/v1/subjects/{subjectId}/requests/{requestId}/completion',
      '/v1/subjects/{subjectId}/rectifications',
      '/v1/subjects/{subjectId}/disclosures',
      '/v1/subjects/{subjectId}/notifications',
      '/v1/subjects/{subjectId}/recipients',
      '/v1/requests',
      '/v1/notifications',
      '/v1/notices/due',
      '/v1/erasures/due',
      '/v1/suppressions/{ref}',
    ]) {
      expect({ route, documented: document.paths[route] !== undefined }).toEqual({ route, documented: true });
    }
    const { schemas } = document.components;
    expect(schemas.ReceiveRequestDto.properties.right.enum).toContain('human-review');
    expect(schemas.CompleteRequestDto.properties.refusalGround.enum).toContain('manifestly-unfounded');
    expect(schemas.CommandAnswer.properties).toHaveProperty('disclosureId');
    expect(document.paths['/v1/subjects/{subjectId}/export'].get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'format' })]),
    );
  });
});
