import { LedgerHarness } from '../../support/ledger-harness';
import { describeOnEachStore } from '../../support/test-stores';

/**
 * The data categories a check names (contract section 5): an empty list would ask about nothing, and a check
 * must never be answered more favourably for naming fewer categories, so there is no way around a restriction
 * or a consent requirement (art. 18; Telecommunicatiewet art. 11.7); a list names each entry once. Both are
 * refused `400 VALIDATION_FAILED` on every route, whatever the subject.
 */
describeOnEachStore('the categories a check names, over HTTP', (store) => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
    await ledger.post('/v1/subjects/listed-1/bases', {
      purpose: 'prospect-contact',
      legalBasis: 'legitimate-interests',
      evidence: 'BT-12',
    });
  });
  afterAll(() => ledger.stop());

  const invalid = { status: 400, code: 'VALIDATION_FAILED' };
  const problemOf = ({ body }: { body: any }) => ({ status: body.status, code: body.code });

  it('checkPermission_Art18_Tw11_7_AnEmptyCategoryList_Answers400ValidationFailed', async () => {
    for (const path of [
      '/v1/subjects/listed-1/permissions/prospect-contact',
      '/v1/subjects/listed-1/permissions',
    ]) {
      const answer = await ledger.get(`${path}?categories=`);
      expect({ path, ...problemOf(answer) }).toEqual({ path, ...invalid });
      expect(answer.body.fields).toEqual([expect.objectContaining({ field: 'categories' })]);
    }
    const batch = await ledger.post(
      '/v1/permissions/check',
      { checks: [{ subjectId: 'listed-1', purpose: 'prospect-contact', categories: [] }] },
      'system',
    );
    expect(batch.body).toMatchObject({ ...invalid, fields: [{ field: 'checks[0].categories' }] });
  });

  it('checkPermission_ContractSection5_ACategoryNamedTwice_Answers400ValidationFailed', async () => {
    for (const path of [
      '/v1/subjects/listed-1/permissions/prospect-contact',
      '/v1/subjects/listed-1/permissions',
    ]) {
      const answer = await ledger.get(`${path}?categories=naw,email,naw`);
      expect({ path, ...problemOf(answer) }).toEqual({ path, ...invalid });
      expect(answer.body.fields).toEqual([expect.objectContaining({ field: 'categories[2]' })]);
    }
    const batch = await ledger.post(
      '/v1/permissions/check',
      {
        checks: [
          { subjectId: 'listed-1', purpose: 'prospect-contact', categories: ['naw'] },
          { subjectId: 'listed-1', purpose: 'prospect-contact', categories: ['email', 'email'] },
        ],
      },
      'system',
    );
    expect(batch.body).toMatchObject({ ...invalid, fields: [{ field: 'checks[1].categories[1]' }] });
  });
});
