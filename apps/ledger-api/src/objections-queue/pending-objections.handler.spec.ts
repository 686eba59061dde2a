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
    const answer = await handler.execute(new PendingObjectionsQuery({ minPosition: position, limit: 100 }));
    expect(answer).toMatchObject({ position, objections: [{ subjectId: 'debtor-1', objectionId: 'o-1' }] });
  });

  it('execute_FromAReadSideNotCaughtUp_Refuses', async () => {
    await expect(handler.execute(new PendingObjectionsQuery({ limit: 100 }))).rejects.toMatchObject({
      refusal: { code: 'NOT_CAUGHT_UP' },
    });
  });

  it('execute_PageByPage_ListsEveryObjectionOnce_AndTheLastPageHasNoNext', async () => {
    await readSide.onModuleInit();
    let position = '';
    for (let i = 0; i < 5; i++) {
      const filed = testEvent(`debtor-${i}`, null, {
        type: 'ObjectionFiled',
        data: { objectionId: `o-${i}`, purposes: ['collection'] },
        occurredAt: `2026-11-0${i + 1}T00:00:00.000Z`,
      });
      ({ position } = await store.append(filed, { expectedRevision: -1 }));
    }
    const pages: string[][] = [];
    let after: string | undefined;
    do {
      const page = await handler.execute(
        new PendingObjectionsQuery({ minPosition: position, limit: 2, after }),
      );
      pages.push(page.objections.map((objection) => objection.objectionId));
      after = page.next;
    } while (after);
    expect(pages).toEqual([['o-0', 'o-1'], ['o-2', 'o-3'], ['o-4']]);
  });

  it('execute_AnAfterNoPageGaveOut_IsRefusedNamingIt', async () => {
    await readSide.onModuleInit();
    for (const after of ['bm90LWpzb24', Buffer.from('["a","b"]').toString('base64url')]) {
      await expect(handler.execute(new PendingObjectionsQuery({ limit: 10, after }))).rejects.toMatchObject({
        refusal: { code: 'VALIDATION_FAILED', fields: [{ field: 'after' }] },
      });
    }
  });
});
