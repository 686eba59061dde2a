import { PermissionFastLane } from '../../apps/ledger-api/src/permissions/permission-fast-lane';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { LedgerHarness } from '../support/ledger-harness';

const T0 = '2026-03-01T08:00:00.000Z';
const AT = '2026-06-01T08:00:00.000Z';

/**
 * `GET .../permissions/{purpose}` is answered by a lane in front of the controller for plainly valid requests
 * (see `PermissionFastLane`). Whichever answers, the answer is the same: these hold the two side by side.
 */
describe('the fast lane of single permission checks (SQLite)', () => {
  let ledger: LedgerHarness;
  const lane = jest.spyOn(PermissionFastLane.prototype, 'answer');

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ rateLimit: 1000, systemRateLimit: 1000 });
    await ledger.post('/v1/subjects/lane-1/bases', { ...COLLECTION_CONTRACT, occurredAt: T0 });
  });
  afterAll(() => ledger.stop());
  beforeEach(() => lane.mockClear());

  /** The lane's answer to `path`, and the controller's to the same request, the lane stepping aside. */
  async function bothWays(path: string, role: 'system' | 'auditor' | null = 'system') {
    lane.mockClear();
    const fast = await ledger.get(path, role);
    expect(lane.mock.results.map((result) => result.value)).toEqual([true]);
    lane.mockClear();
    lane.mockReturnValueOnce(false);
    const nest = await ledger.get(path, role);
    expect(lane).toHaveBeenCalledTimes(1);
    return { fast, nest };
  }

  const headerNames = (headers: Headers) =>
    [...headers.keys()].filter((name) => !['content-length', 'date'].includes(name)).sort();

  it('answers a plain check with the body, status and headers the controller gives', async () => {
    const { fast, nest } = await bothWays(`/v1/subjects/lane-1/permissions/collection?at=${AT}`);
    expect(fast.status).toBe(200);
    expect(fast.body).toMatchObject({ permitted: true, reasons: [{ code: 'BASIS_ACTIVE' }] });
    const { decisionId, ...controllers } = nest.body;
    expect(fast.body).toEqual({ ...controllers, decisionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(fast.body.decisionId).not.toBe(decisionId);
    expect(headerNames(fast.headers)).toEqual(headerNames(nest.headers));
    expect(fast.headers.get('x-ratelimit-remaining')).toEqual(expect.stringMatching(/^\d+$/));
    expect(fast.headers.get('content-security-policy')).toBe(nest.headers.get('content-security-policy'));
  });

  it('answers with an explanation, and the other query fields, as the controller does', async () => {
    const { fast, nest } = await bothWays(
      `/v1/subjects/lane-1/permissions/collection?asOf=${AT}&categories=naw&minPosition=1&explain=nl`,
    );
    expect(fast.status).toBe(200);
    expect(fast.body.explanation).toEqual(expect.any(String));
    expect(fast.body).toEqual({ ...nest.body, decisionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('refuses as the controller does: no key, a purpose the catalogue does not know', async () => {
    const unknown = await bothWays('/v1/subjects/lane-1/permissions/no-such-purpose', 'auditor');
    expect(unknown.fast.status).toBe(404);
    expect(unknown.fast.body).toEqual(unknown.nest.body);
    expect(unknown.fast.headers.get('content-type')).toBe(unknown.nest.headers.get('content-type'));

    const { fast, nest } = await bothWays('/v1/subjects/lane-1/permissions/collection', null);
    expect(fast.status).toBe(401);
    expect(fast.body).toEqual(nest.body);
  });

  it('leaves what it does not plainly accept to the controller, which judges it as always', async () => {
    const answer = await ledger.get('/v1/subjects/lane-1/permissions/collection?at=yesterday');
    expect(lane.mock.results.map((result) => result.value)).toEqual([false]);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
