import { InMemoryEventStore } from '@ledger/event-store';
import { catalogueInForce } from '../testing/catalogue-in-force';
import { appendChain } from '@ledger/event-store/testing/test-events';
import { ReadSide } from '../read-side/read-side.service';
import { OpenChangeStreamHandler } from './open-change-stream.handler';
import { OpenChangeStreamQuery } from './open-change-stream.query';
import { ChangeSink, ssePosition } from './server-sent-events';

/** A consumer that takes everything at once, and tells when its stream has ended. */
class CollectingSink implements ChangeSink {
  readonly chunks: string[] = [];
  readonly gone = new Promise<void>(() => undefined);
  private markEnded!: () => void;
  readonly ended = new Promise<void>((resolve) => (this.markEnded = resolve));

  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }

  drained(): Promise<void> {
    return Promise.resolve();
  }

  end(): void {
    this.markEnded();
  }
}

describe('OpenChangeStreamHandler', () => {
  let store: InMemoryEventStore;
  let readSide: ReadSide;
  let handler: OpenChangeStreamHandler;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    readSide = new ReadSide(store);
    const config = { port: 0, store: 'sqlite', dataDir: '/nowhere', changesHeartbeatMs: 60_000 } as const;
    handler = new OpenChangeStreamHandler(store, readSide, catalogueInForce(), config);
  });
  afterEach(async () => {
    handler.onModuleDestroy();
    await readSide.onModuleDestroy();
    await store.close();
  });

  it('execute_FromAReadSideNotCaughtUp_Refuses', async () => {
    await expect(handler.execute(new OpenChangeStreamQuery({}))).rejects.toMatchObject({
      refusal: { code: 'NOT_CAUGHT_UP' },
    });
  });

  it('execute_WithoutAPosition_StartsAtTheLiveTail_AndStreamsUntilShutDown', async () => {
    const [, last] = await appendChain(store, 'debtor-1', 2);
    await readSide.onModuleInit();
    await readSide.waitFor(last.position, 1000);
    const sink = new CollectingSink();
    (await handler.execute(new OpenChangeStreamQuery({}))).pipeTo(sink);
    const [later] = await appendChain(store, 'debtor-2', 1);
    await readSide.waitFor(later.position, 1000);
    while (sink.chunks.length < 2) await new Promise((resolve) => setImmediate(resolve));
    handler.onModuleDestroy();
    await sink.ended;
    expect(sink.chunks[0]).toBe(ssePosition(last.position));
    expect(sink.chunks[1]).toMatch(new RegExp(`^id: ${later.position}\\n`));
  });
});
