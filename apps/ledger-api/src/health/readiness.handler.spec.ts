import { InMemoryEventStore } from '@ledger/event-store';
import { SystemClock } from '@ledger/runtime';
import { appendChain } from '@ledger/event-store/testing/test-events';
import { ReadSide } from '../read-side/read-side.service';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { catalogueInForce } from '../testing/catalogue-in-force';
import { ReadinessHandler } from './readiness.handler';

describe('ReadinessHandler', () => {
  let store: InMemoryEventStore;
  let readSide: ReadSide;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    readSide = new ReadSide(store);
  });
  afterEach(async () => {
    await readSide.onModuleDestroy();
    await store.close();
  });

  it('execute_IsNotReadyUntilTheReadSideHasAppliedWhatTheStoreHeld', async () => {
    const [, last] = await appendChain(store, 'debtor-1', 2);
    const readiness = new ReadinessHandler(readSide, catalogueInForce());
    expect(await readiness.execute()).toEqual({ ready: false, position: '0' });
    await readSide.onModuleInit();
    await readSide.waitFor(last.position, 1000);
    expect(await readiness.execute()).toEqual({ ready: true, position: last.position });
  });

  it('execute_Section2_IsNotReadyUntilACatalogueInForceIsAdoptedAndApplied', async () => {
    readSide = new ReadSide(store);
    await readSide.onModuleInit();
    await readSide.waitFor('0', 1000);
    const withoutCatalogue = new ReadinessHandler(readSide, new CatalogueInForce(new SystemClock()));
    expect(await withoutCatalogue.execute()).toMatchObject({ ready: false });
    expect(await new ReadinessHandler(readSide, catalogueInForce()).execute()).toMatchObject({ ready: true });
  });
});
