import { InMemoryEventStore } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { ReadSide } from '../read-side/read-side.service';
import { OpenObjections } from './open-objections';
import { PendingObjectionsHandler } from './pending-objections.handler';
import { PendingObjectionsQuery } from './pending-objections.query';

describe('PendingObjectionsHandler', () => {
  let store: InMemoryEventStore;
  let readSide: ReadSide;
  let handler: PendingObjectionsHandler;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    const queue = new OpenObjections();
    readSide = new ReadSide(store, [queue]);
    handler = new PendingObjectionsHandler(readSide, queue);
  });
  afterEach(async () => {
    await readSide.onModuleDestroy();
    await store.close();
  });

  it('execute_WithMinPosition_AnswersOnceTheQueueHasTheWrite_AtThatPosition', async () => {
    await readSide.onModuleInit();
    const filed = testEvent('debtor-1', null, {
      type: 'ObjectionFiled',
      data: { objectionId: 'o-1', purposes: ['collection'] },
    });
    const { position } = await store.append(filed, { expectedRevision: -1 });
    const answer = await handler.execute(new PendingObjectionsQuery({ minPosition: position }));
    expect(answer).toMatchObject({ position, objections: [{ subjectId: 'debtor-1', objectionId: 'o-1' }] });
  });

  it('execute_FromAReadSideNotCaughtUp_Refuses', async () => {
    await expect(handler.execute(new PendingObjectionsQuery({}))).rejects.toMatchObject({
      refusal: { code: 'NOT_CAUGHT_UP' },
    });
  });
});
