import { unknownAsOf } from './known-as-of';

const NOW = '2026-12-07T12:00:00.000Z';

describe('asOf: what the ledger knew then (art. 5(2): a replay an auditor can repeat)', () => {
  it('unknownAsOf_GivenNoAsOf_WhenChecked_ThenAccepted', () => {
    expect(unknownAsOf(undefined, NOW)).toBeUndefined();
  });

  it.each(['2026-01-01T00:00:00.000Z', NOW, '2026-12-07T12:05:00.000Z'])(
    'unknownAsOf_GivenAsOf%s_AtOrBeforeNowPlusSkew_ThenAccepted',
    (asOf) => expect(unknownAsOf(asOf, NOW)).toBeUndefined(),
  );

  it.each(['2026-12-07T12:05:00.001Z', '2099-01-01T00:00:00.000Z'])(
    'unknownAsOf_GivenAsOf%s_AfterNowPlusSkew_ThenRefusedNamingAsOf',
    (asOf) =>
      expect(unknownAsOf(asOf, NOW)).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'asOf', message: expect.stringContaining(NOW) }],
      }),
  );
});
