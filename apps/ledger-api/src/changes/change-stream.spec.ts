import { CatalogueIndex, defaultCatalogue } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { toHistoryEvent } from '@ledger/runtime';
import { ChangeSource, ChangeStream } from './change-stream';
import { ChangeSink, SSE_HEARTBEAT } from './server-sent-events';
import { StreamTurns } from './stream-turns';

const purposes = new CatalogueIndex(defaultCatalogue()).purposes;
const options = { heartbeatMs: 5, pageSize: 10, readSideTimeoutMs: 100, turns: new StreamTurns(5) };

/** A first basis for subject `i`, at position `i`. */
function basisEvent(i: number): StoredEvent {
  const at = '2026-11-24T10:00:00.000Z';
  return {
    eventId: `event-${i}`,
    streamId: `subject-${i}`,
    revision: 0,
    position: String(i),
    type: 'BasisEstablished',
    occurredAt: at,
    recordedAt: at,
    actor: { name: 'test', role: 'operator' },
    data: { basisId: `basis-${i}`, purpose: 'collection', legalBasis: 'contract', validFrom: at },
    prevHash: '0'.repeat(64),
    hash: 'h',
  };
}

/** A log already applied by the read side; counts the pages read. */
function logOf(count: number): ChangeSource & { pagesRead: number } {
  const events = Array.from({ length: count }, (_, i) => basisEvent(i + 1));
  return {
    pagesRead: 0,
    async readAll(after, limit) {
      this.pagesRead++;
      return events.filter((event) => BigInt(event.position) > BigInt(after)).slice(0, limit);
    },
    position: () => String(count),
    waitFor: (position, timeoutMs) =>
      BigInt(position) <= count
        ? Promise.resolve(true)
        : new Promise((resolve) => setTimeout(() => resolve(false), timeoutMs)),
    histories: async () => ({
      events: (subjectId) => events.filter((event) => event.streamId === subjectId).map(toHistoryEvent),
    }),
  };
}

/** A consumer whose buffer is always full: each write waits until the test lets it take one more. */
class SlowConsumer implements ChangeSink {
  readonly chunks: string[] = [];
  private takeOne?: () => void;
  private leave!: () => void;
  readonly gone = new Promise<void>((resolve) => (this.leave = resolve));

  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return false;
  }

  drained(): Promise<void> {
    return new Promise((resolve) => (this.takeOne = resolve));
  }

  take(): void {
    this.takeOne?.();
  }

  disconnect(): void {
    this.leave();
  }

  end(): void {}
}

const ticks = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('ChangeStream', () => {
  it('run_WhenTheConsumerTakesNothing_ReadsNoFurtherThanTheMessageItWaitsOn', async () => {
    const log = logOf(1000);
    const consumer = new SlowConsumer();
    const running = new ChangeStream(log, () => purposes, consumer, options).run('0');
    await ticks();
    const progress = () => ({ pagesRead: log.pagesRead, written: consumer.chunks.length });
    // Its starting position, which the consumer has not taken: nothing is read from the store yet.
    expect(progress()).toEqual({ pagesRead: 0, written: 1 });
    consumer.take();
    await ticks();
    expect(progress()).toEqual({ pagesRead: 1, written: 2 });
    for (let i = 0; i < 25; i++) {
      consumer.take();
      await ticks();
    }
    // Twenty-five more taken: the stream went on at the consumer's pace, a page at a time.
    expect(progress()).toEqual({ pagesRead: 3, written: 27 });
    consumer.disconnect();
    await running;
  });

  it('run_SendsEveryEventAfterThePositionInOrder_WithItsIdAndChanges', async () => {
    const log = logOf(25);
    const consumer = new SlowConsumer();
    const running = new ChangeStream(log, () => purposes, consumer, options).run('3');
    while (!consumer.chunks.includes(SSE_HEARTBEAT)) {
      consumer.take();
      await new Promise((resolve) => setImmediate(resolve));
    }
    consumer.disconnect();
    await running;
    const [start, ...rest] = consumer.chunks;
    expect(start).toBe('retry: 3000\nevent: position\nid: 3\ndata: {"position":"3"}\n\n');
    const messages = rest.filter((chunk) => chunk !== SSE_HEARTBEAT);
    expect(messages.map((chunk) => /^id: (\d+)\n/.exec(chunk)?.[1])).toEqual(
      Array.from({ length: 22 }, (_, i) => String(i + 4)),
    );
    const data = JSON.parse(/\ndata: (.*)\n\n$/.exec(messages[0])![1]);
    expect(data).toMatchObject({
      position: '4',
      subjectId: 'subject-4',
      changes: [{ purpose: 'collection', permitted: true }],
    });
  });

  it('run_ForAConsumerThatNeverMakesItWait_LetsTheEventLoopInBetweenSlices', async () => {
    const consumer = new SlowConsumer();
    consumer.write = (chunk) => (consumer.chunks.push(chunk), true);
    const stream = new ChangeStream(logOf(1000), () => purposes, consumer, {
      ...options,
      turns: new StreamTurns(0),
    });
    const running = stream.run('0');
    // A request that came in meanwhile: its turn comes while the replay is still under way.
    const writtenWhenServed = await new Promise<number>((resolve) =>
      setImmediate(() => resolve(consumer.chunks.length)),
    );
    while (!consumer.chunks.includes(SSE_HEARTBEAT)) await ticks();
    stream.close();
    await running;
    expect(writtenWhenServed).toBeLessThan(100);
    expect(consumer.chunks.filter((chunk) => chunk.startsWith('id: '))).toHaveLength(1000);
  });

  it('run_WhenIdle_SendsHeartbeatsUntilClosed', async () => {
    const consumer = new SlowConsumer();
    consumer.write = (chunk) => (consumer.chunks.push(chunk), true);
    const stream = new ChangeStream(logOf(0), () => purposes, consumer, options);
    const running = stream.run('0');
    while (consumer.chunks.length < 4) await ticks();
    stream.close();
    await running;
    expect(new Set(consumer.chunks.slice(1))).toEqual(new Set([SSE_HEARTBEAT]));
  });
});
