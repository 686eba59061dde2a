import { InMemoryEventStore } from '@ledger/event-store';
import { catalogueInForce } from '../testing/catalogue-in-force';
import { appendChain } from '@ledger/event-store/testing/test-events';
import { ReadSide } from '../read-side/read-side.service';
import { OpenChangeStreamHandler } from './open-change-stream.handler';
import { OpenChangeStreamQuery } from './open-change-stream.query';
import { ChangeSink, ssePosition } from './server-sent-events';

/** A consumer that takes everything at once, may leave, and tells when its stream has ended. */
class CollectingSink implements ChangeSink {
  readonly chunks: string[] = [];
  leave: () => void = () => undefined;
  readonly gone = new Promise<void>((resolve) => (this.leave = resolve));
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
    const config = {
      port: 0,
      store: 'sqlite',
      dataDir: '/nowhere',
      changesHeartbeatMs: 60_000,
      maxStreamsPerKey: 2,
    } as const;
    handler = new OpenChangeStreamHandler(store, readSide, catalogueInForce(), config);
  });
  afterEach(async () => {
    handler.onModuleDestroy();
    await readSide.onModuleDestroy();
    await store.close();
  });

  it('execute_FromAReadSideNotCaughtUp_Refuses', async () => {
    await expect(
      handler.execute(new OpenChangeStreamQuery({ keyName: 'collection-run' })),
    ).rejects.toMatchObject({
      refusal: { code: 'NOT_CAUGHT_UP' },
    });
  });

  it('execute_WithoutAPosition_StartsAtTheLiveTail_AndStreamsUntilShutDown', async () => {
    const [, last] = await appendChain(store, 'debtor-1', 2);
    await readSide.onModuleInit();
    await readSide.waitFor(last.position, 1000);
    const sink = new CollectingSink();
    (await handler.execute(new OpenChangeStreamQuery({ keyName: 'collection-run' }))).pipeTo(sink);
    const [later] = await appendChain(store, 'debtor-2', 1);
    await readSide.waitFor(later.position, 1000);
    while (sink.chunks.length < 2) await new Promise((resolve) => setImmediate(resolve));
    handler.onModuleDestroy();
    await sink.ended;
    expect(sink.chunks[0]).toBe(ssePosition(last.position));
    expect(sink.chunks[1]).toMatch(new RegExp(`^id: ${later.position}\\n`));
  });

  it('execute_AfterAPositionTheLogHasNotReached_RefusesNamingTheHead', async () => {
    const [, last] = await appendChain(store, 'debtor-1', 2);
    await readSide.onModuleInit();
    await readSide.waitFor(last.position, 1000);
    const opening = (after: string) =>
      handler.execute(new OpenChangeStreamQuery({ after, keyName: 'audit' }));
    for (const after of [String(BigInt(last.position) + 1n), '9223372036854775808']) {
      await expect(opening(after)).rejects.toMatchObject({
        refusal: { code: 'POSITION_BEYOND_HEAD' },
        members: { headPosition: last.position },
      });
    }
    await expect(opening(last.position)).resolves.toBeDefined();
  });

  it('execute_BeyondTheKeysCap_Refuses_UntilOneOfItsStreamsEnds', async () => {
    await readSide.onModuleInit();
    const open = () => handler.execute(new OpenChangeStreamQuery({ keyName: 'collection-run' }));
    const sinks = [new CollectingSink(), new CollectingSink()];
    for (const sink of sinks) (await open()).pipeTo(sink);
    await expect(open()).rejects.toMatchObject({
      refusal: { code: 'TOO_MANY_STREAMS' },
      retryAfterSeconds: expect.any(Number),
    });
    // Another key's streams are counted apart.
    await expect(handler.execute(new OpenChangeStreamQuery({ keyName: 'audit' }))).resolves.toBeDefined();
    sinks[0].leave();
    await sinks[0].ended;
    await expect(open()).resolves.toBeDefined();
  });
});
