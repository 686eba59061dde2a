import { FixedClock, LedgerHarness } from '../support/ledger-harness';

/** The auditor's and DPO's side over HTTP: history of decisions, explanations, export, verification. */
describe('audit over HTTP (SQLite)', () => {
  const clock = new FixedClock('2027-02-01T12:00:00.000Z');
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({}, clock);
  });
  afterAll(() => ledger.stop());

  describe('GET /v1/subjects/{id}/history', () => {
    const id = 'debtor-history';
    const ids: Record<string, string> = {};

    /** Basis, objection, override, restriction, lifting; the basis then runs out on 10 January 2027. */
    beforeAll(async () => {
      const base = `/v1/subjects/${id}`;
      const basis = await ledger.post(`${base}/bases`, {
        purpose: 'credit-check-sharing',
        legalBasis: 'legitimate-interests',
        evidence: 'balancing test BT-7',
        occurredAt: '2026-01-10T09:00:00.000Z',
        validUntil: '2027-01-10T00:00:00.000Z',
      });
      const objection = await ledger.post(`${base}/objections`, {
        purposes: ['credit-check-sharing'],
        grounds: 'ik ben het niet eens',
        occurredAt: '2026-03-01T09:00:00.000Z',
      });
      const override = await ledger.post(`${base}/objections/${objection.body.objectionId}/decision`, {
        outcome: 'overridden',
        motivation: 'fraudeonderzoek',
        occurredAt: '2026-03-15T09:00:00.000Z',
      });
      const restriction = await ledger.post(`${base}/restrictions`, {
        ground: 'accuracy-contested',
        dataCategories: ['payments'],
        occurredAt: '2026-05-01T09:00:00.000Z',
      });
      const lifting = await ledger.post(`${base}/restrictions/${restriction.body.restrictionId}/lifting`, {
        reason: 'betalingen gecontroleerd',
        subjectInformedAt: '2026-05-28T10:00:00.000Z',
        occurredAt: '2026-06-01T09:00:00.000Z',
      });
      Object.assign(ids, {
        basis: basis.body.eventId,
        basisId: basis.body.basisId,
        objection: objection.body.eventId,
        override: override.body.eventId,
        restriction: restriction.body.eventId,
        lifting: lifting.body.eventId,
      });
    });

    it('lists every change of the decision with what caused it, up to now', async () => {
      const answer = await ledger.get(`/v1/subjects/${id}/history?purpose=credit-check-sharing`, 'auditor');
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        subjectId: id,
        purpose: 'credit-check-sharing',
        from: null,
        to: clock.current,
        asOf: null,
      });
      const lines = answer.body.changes.map((change: any) => [
        change.at,
        change.permitted,
        change.reasons[0].code,
        change.causedBy,
      ]);
      expect(lines).toEqual([
        ['2026-01-10T09:00:00.000Z', true, 'BASIS_ACTIVE', { eventId: ids.basis, type: 'BasisEstablished' }],
        [
          '2026-03-01T09:00:00.000Z',
          false,
          'OBJECTION_PENDING',
          { eventId: ids.objection, type: 'ObjectionFiled' },
        ],
        [
          '2026-03-15T09:00:00.000Z',
          true,
          'BASIS_ACTIVE',
          { eventId: ids.override, type: 'ObjectionOverridden' },
        ],
        [
          '2026-05-01T09:00:00.000Z',
          false,
          'RESTRICTED',
          { eventId: ids.restriction, type: 'RestrictionApplied' },
        ],
        [
          '2026-06-01T09:00:00.000Z',
          true,
          'BASIS_ACTIVE',
          { eventId: ids.lifting, type: 'RestrictionLifted' },
        ],
        [
          '2027-01-10T00:00:00.000Z',
          false,
          'BASIS_EXPIRED',
          { validity: 'basis-expired', basisId: ids.basisId, eventId: ids.basis },
        ],
      ]);
      expect(answer.body.changes[2]).toMatchObject({
        basis: { basisId: ids.basisId, legalBasis: 'legitimate-interests' },
        reasons: [{ code: 'BASIS_ACTIVE' }, { code: 'OBJECTION_OVERRIDDEN', eventId: ids.override }],
      });
      expect(answer.body.changes[0]).not.toHaveProperty('explanation');
    });

    it('keeps to a window, starting with the decision in force, and explains each change in Dutch', async () => {
      const answer = await ledger.get(
        `/v1/subjects/${id}/history?purpose=credit-check-sharing&from=2026-04-01T00:00:00Z&to=2026-07-01T00:00:00Z&explain=nl`,
        'dpo',
      );
      expect(answer.body.changes.map((change: any) => [change.at, change.causedBy?.type ?? null])).toEqual([
        ['2026-04-01T00:00:00.000Z', null],
        ['2026-05-01T09:00:00.000Z', 'RestrictionApplied'],
        ['2026-06-01T09:00:00.000Z', 'RestrictionLifted'],
      ]);
      expect(answer.body.changes[1].explanation).toBe(
        'Verwerking voor kredietwaardigheidstoetsing is niet toegestaan: de verwerking is sinds 1 mei 2026 ' +
          'beperkt, omdat de juistheid van de gegevens wordt betwist.',
      );
      expect(answer.body.changes[0].explanation).toContain('Een bezwaar is op 15 maart 2026 afgewezen');
    });

    it('sees only what was recorded by asOf', async () => {
      const answer = await ledger.get(
        `/v1/subjects/${id}/history?purpose=credit-check-sharing&asOf=2026-01-01T00:00:00Z`,
        'auditor',
      );
      expect(answer.body).toMatchObject({ to: '2026-01-01T00:00:00.000Z', changes: [] });
    });

    it('refuses other roles, a missing or unknown purpose and a window that ends before it starts', async () => {
      const path = `/v1/subjects/${id}/history`;
      expect((await ledger.get(`${path}?purpose=collection`, 'system')).status).toBe(403);
      expect((await ledger.get(`${path}?purpose=collection`, 'operator')).status).toBe(403);
      expect((await ledger.get(path, 'auditor')).body).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect((await ledger.get(`${path}?purpose=astrology`, 'auditor')).body).toMatchObject({
        status: 400,
        code: 'UNKNOWN_PURPOSE',
        fields: [{ field: 'purpose' }],
      });
      const backwards = await ledger.get(
        `${path}?purpose=collection&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`,
        'auditor',
      );
      expect(backwards.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect((await ledger.get(`${path}?purpose=collection&explain=fr`, 'auditor')).body.code).toBe(
        'VALIDATION_FAILED',
      );
    });
  });

  describe('explanations on permission checks', () => {
    const id = 'debtor-explained';

    beforeAll(async () => {
      await ledger.post(`/v1/subjects/${id}/bases`, {
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'vordering 2026-0042 van Jan Jansen',
        occurredAt: '2026-01-10T09:00:00.000Z',
      });
    });

    it('adds an explanation only when asked, in English or Dutch', async () => {
      const plain = await ledger.get(`/v1/subjects/${id}/permissions/collection`);
      expect(plain.body).not.toHaveProperty('explanation');
      const nl = await ledger.get(`/v1/subjects/${id}/permissions/collection?explain=nl`);
      expect(nl.body.explanation).toMatch(
        /^Verwerking voor incasso is toegestaan op grond van de overeenkomst \(grondslag [\w-]+, geldig sinds 10 januari 2026\)\.$/,
      );
      const en = await ledger.get(`/v1/subjects/${id}/permissions?explain=en`);
      const byPurpose = Object.fromEntries(en.body.decisions.map((d: any) => [d.purpose, d.explanation]));
      expect(byPurpose.collection).toContain(
        'Processing for debt collection is permitted on the basis of the contract',
      );
      expect(byPurpose.payouts).toBe(
        'Processing for payouts is not permitted: no legal basis for this purpose has been recorded.',
      );
      expect(JSON.stringify(en.body)).not.toContain('Jansen');
    });

    it('explains a batch of checks, and refuses a language it does not speak', async () => {
      const batch = await ledger.post(
        '/v1/permissions/check',
        {
          checks: [
            { subjectId: id, purpose: 'collection' },
            { subjectId: id, purpose: 'recruitment' },
          ],
          explain: 'nl',
        },
        'system',
      );
      expect(batch.status).toBe(200);
      expect(batch.body.results.map((result: any) => result.explanation)).toEqual([
        expect.stringContaining('is toegestaan'),
        'Verwerking voor werving en selectie is niet toegestaan: er is geen grondslag voor dit doel vastgelegd.',
      ]);
      const unknown = await ledger.get(`/v1/subjects/${id}/permissions/collection?explain=de`);
      expect(unknown.body).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'explain' }],
      });
    });
  });

  describe('GET /v1/subjects/{id}/export', () => {
    it('gives everything held on the subject as a file, with personal fields null after erasure', async () => {
      const id = 'debtor-export';
      await ledger.post(`/v1/subjects/${id}/bases`, {
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'vordering van Piet Pietersen',
        occurredAt: '2026-01-10T09:00:00.000Z',
      });
      await ledger.post(`/v1/subjects/${id}/bases`, {
        purpose: 'fiscal-retention',
        legalBasis: 'legal-obligation',
        occurredAt: '2026-01-10T09:00:00.000Z',
      });
      const before = await ledger.get(`/v1/subjects/${id}/export`, 'dpo');
      expect(before.status).toBe(200);
      expect(before.headers.get('content-disposition')).toBe(`attachment; filename="subject-${id}.json"`);
      expect(before.headers.get('content-type')).toMatch(/^application\/json/);
      expect(before.body.events[0].data.evidence).toBe('vordering van Piet Pietersen');

      await ledger.post(`/v1/subjects/${id}/erasure`, {
        retain: ['fiscal-retention'],
        note: 'verzoek van Piet',
      });
      const after = await ledger.get(`/v1/subjects/${id}/export`, 'auditor');
      const events = (await ledger.get(`/v1/subjects/${id}/events`, 'auditor')).body;
      const purposes = (await ledger.get('/v1/purposes')).body;
      // Each purpose as the catalogue has it, with the record's optional fields always present (section 7).
      const exported = purposes.purposes.map((purpose: any) => ({
        ...purpose,
        maxDuration: purpose.maxDuration ?? null,
        erasureExemption: purpose.erasureExemption ?? null,
        consentRequiredFor: purpose.consentRequiredFor ?? [],
      }));
      expect(after.body).toEqual({
        subjectId: id,
        exportedAt: clock.current,
        catalogueVersion: purposes.version,
        revision: 2,
        events: events.events,
        decisions: expect.any(Array),
        purposes: exported,
        requests: [],
        noticesProvided: [],
        rectifications: [],
        disclosures: [],
        notifications: [],
        suppressions: [],
        readability: { freeText: expect.any(String), suppressionRefs: expect.any(String) },
      });
      expect([after.body.events[0].data.evidence, after.body.events[2].data.note]).toEqual([null, null]);
      expect(JSON.stringify(after.body)).not.toMatch(/Piet/);
      const decisions = Object.fromEntries(after.body.decisions.map((d: any) => [d.purpose, d]));
      expect(after.body.decisions).toHaveLength(purposes.purposes.length);
      expect(decisions.collection).toMatchObject({
        subjectId: id,
        permitted: false,
        reasons: [{ code: 'ERASED' }],
        at: clock.current,
        position: events.events[2].position,
      });
      expect(decisions['fiscal-retention']).toMatchObject({
        permitted: true,
        basis: { legalBasis: 'legal-obligation' },
      });
    });

    it('exports an unknown subject as empty, and only to auditors and the DPO', async () => {
      const empty = await ledger.get('/v1/subjects/nobody-here/export', 'auditor');
      expect(empty.body).toMatchObject({ subjectId: 'nobody-here', revision: null, events: [] });
      expect(empty.body.decisions.every((d: any) => d.reasons[0].code === 'NO_BASIS')).toBe(true);
      expect((await ledger.get('/v1/subjects/nobody-here/export', 'operator')).status).toBe(403);
      expect((await ledger.get('/v1/subjects/nobody-here/export', 'system')).status).toBe(403);
    });
  });

  describe('GET /v1/verification', () => {
    it('checks every stream and the log, for auditors and the DPO only', async () => {
      const answer = await ledger.get('/v1/verification', 'auditor');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        valid: true,
        streams: expect.any(Number),
        events: expect.any(Number),
        breaks: [],
        breakCount: 0,
        headPosition: expect.stringMatching(/^\d+$/),
      });
      expect(answer.body.events).toBeGreaterThanOrEqual(answer.body.streams);
      expect((await ledger.get('/v1/verification', 'operator')).status).toBe(403);
      expect((await ledger.get('/v1/verification', null)).status).toBe(401);
    });
  });
});
