import { commandsOn, inMemoryLedger, InMemoryLedger } from '../testing/in-memory-ledger';
import { SuppressionHandler } from './suppression.handler';
import { SuppressionIndex } from './suppression-index';
import { SuppressionQuery } from './suppression.query';

describe('SuppressionHandler', () => {
  let ledger: InMemoryLedger;
  let record: ReturnType<typeof commandsOn>;
  let handler: SuppressionHandler;
  beforeEach(async () => {
    const index = new SuppressionIndex();
    ledger = await inMemoryLedger({ readModels: [index] });
    record = commandsOn(ledger);
    handler = new SuppressionHandler(ledger.readSide, ledger.catalogues, index);
  });
  afterEach(() => ledger.close());

  const ask = (ref: string) => handler.execute(new SuppressionQuery({ ref }));
  const objectAndErase = async (subjectId: string, purposes: string[], suppressionRefs: string[]) => {
    await record(subjectId, { type: 'FileObjection', objectionId: `o-${subjectId}`, purposes });
    await record(subjectId, { type: 'CompleteErasure', retain: [], suppressionRefs });
  };

  it('execute_Art21_3_ARefAnErasureKeptWhileADirectMarketingObjectionStood_IsSuppressed', async () => {
    await objectAndErase('prospect-1', ['prospect-contact'], ['hmac:a1', 'hmac:b2']);
    expect(await ask('hmac:b2')).toEqual({ suppressed: true, purposes: ['prospect-contact'] });
    expect(await ask('hmac:zz')).toEqual({ suppressed: false, purposes: [] });
  });

  it('execute_ARefKeptWithoutAnAbsoluteObjection_SuppressesNothing', async () => {
    await objectAndErase('debtor-1', ['collection'], ['hmac:c3']);
    expect(await ask('hmac:c3')).toEqual({ suppressed: false, purposes: [] });
  });
});
