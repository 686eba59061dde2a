import { InMemoryEventStore, StoredEvent } from '@ledger/event-store';
import { appendChain } from '@ledger/event-store/testing/test-events';
import { CHECKPOINT_FORMAT, ReadSideCheckpoint } from './read-side-checkpoint';
import { ReadModel } from './read-model';
import { ReadSide } from './read-side.service';

/** A read model whose state is the positions it was given, so a test sees what a start restored and applied. */
class Positions implements ReadModel {
  readonly checkpointName = 'positions';
  restored: string[] | null = null;
  applied: string[] = [];

  apply(event: StoredEvent): void {
    this.applied.push(event.position);
  }

  save(): unknown {
    return [...(this.restored ?? []), ...this.applied];
  }

  restore(saved: unknown): void {
    this.restored = saved as string[];
  }
}

async function runReadSide(store: InMemoryEventStore, model: Positions, until: string): Promise<void> {
  const readSide = new ReadSide(store, [model]);
  await readSide.onModuleInit();
  expect(await readSide.waitFor(until, 1000)).toBe(true);
  await readSide.onModuleDestroy();
}

describe("The read side's checkpoint: a start applies only what came after it", () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
  });

  it('restores the read models at the checkpoint and applies only the events after its position', async () => {
    await appendChain(store, 's-1', 3);
    await runReadSide(store, new Positions(), '3');
    expect(await store.loadCheckpoint('read-side')).toMatchObject({ position: '3' });

    await appendChain(store, 's-2', 2);
    const second = new Positions();
    await runReadSide(store, second, '5');
    expect(second.restored).toEqual(['1', '2', '3']);
    expect(second.applied).toEqual(['4', '5']);
  });

  it('replays the whole log when the checkpoint is of another format, or lies beyond the log', async () => {
    await appendChain(store, 's-1', 2);
    await store.saveCheckpoint('read-side', {
      position: '2',
      state: JSON.stringify({ format: CHECKPOINT_FORMAT + 1, models: { positions: ['x'] } }),
    });
    const replayed = new Positions();
    await runReadSide(store, replayed, '2');
    expect([replayed.restored, replayed.applied]).toEqual([null, ['1', '2']]);

    await store.saveCheckpoint('read-side', {
      position: '9',
      state: JSON.stringify({ format: CHECKPOINT_FORMAT, models: { positions: ['x'] } }),
    });
    const beyond = new Positions();
    await runReadSide(store, beyond, '2');
    expect([beyond.restored, beyond.applied]).toEqual([null, ['1', '2']]);
  });

  it('saves as the log advances, at most once a second and never two at once', async () => {
    let now = 0;
    const model = new Positions();
    const checkpoint = new ReadSideCheckpoint(store, [model], () => now);
    const saves = jest.spyOn(store, 'saveCheckpoint');
    checkpoint.saveIfDue(1n);
    checkpoint.saveIfDue(2n);
    expect(saves).toHaveBeenCalledTimes(1);
    await checkpoint.saveNow(2n);
    expect(saves).toHaveBeenCalledTimes(2);
    now += 999;
    checkpoint.saveIfDue(3n);
    expect(saves).toHaveBeenCalledTimes(2);
    now += 2;
    checkpoint.saveIfDue(3n);
    expect(saves).toHaveBeenCalledTimes(3);
    await checkpoint.saveNow(3n);
    expect(saves).toHaveBeenCalledTimes(3);
    expect(await store.loadCheckpoint('read-side')).toMatchObject({ position: '3' });
  });
});
