import { randomUUID } from 'node:crypto';
import {
  AppendResult,
  EventStore,
  EventToAppend,
  StoredEvent,
  WrongExpectedRevision,
} from '../event-store.port';
import { GENESIS_HASH, hashEvent } from '../hash-chain';

export const T0 = '2026-11-24T10:00:00.000Z';

type Overrides = Partial<Pick<EventToAppend, 'type' | 'occurredAt' | 'recordedAt' | 'actor' | 'data'>>;

/** A realistic event following `previous` in its stream (or opening it), hashed like the ledger hashes. */
export function testEvent(
  streamId: string,
  previous: Pick<EventToAppend, 'revision' | 'hash'> | null,
  overrides: Overrides = {},
): EventToAppend {
  const unhashed = {
    eventId: randomUUID(),
    streamId,
    revision: previous ? previous.revision + 1 : 0,
    type: 'BasisEstablished',
    occurredAt: T0,
    recordedAt: T0,
    actor: { name: 'conformance-test', role: 'operator' },
    data: { basisId: randomUUID(), purpose: 'debt-collection', legalBasis: 'contract', validFrom: T0 },
    prevHash: previous ? previous.hash : GENESIS_HASH,
    ...overrides,
  };
  return { ...unhashed, hash: hashEvent(unhashed) };
}

/** Appends `count` chained events to a new stream, one after the other. */
export async function appendChain(
  store: EventStore,
  streamId: string,
  count: number,
): Promise<StoredEvent[]> {
  const stored: StoredEvent[] = [];
  for (let i = 0; i < count; i++) {
    const event = testEvent(streamId, stored[i - 1] ?? null);
    const { position } = await store.append(event, { expectedRevision: i - 1 });
    stored.push({ ...event, position });
  }
  return stored;
}

/** Appends one event at the stream's head as a command handler would: read, build, append, retry on conflict. */
export async function appendAtHead(
  store: EventStore,
  streamId: string,
  data: Record<string, unknown>,
): Promise<AppendResult> {
  for (;;) {
    const stream = await store.readStream(streamId);
    const event = testEvent(streamId, stream[stream.length - 1] ?? null, { data });
    try {
      return await store.append(event, { expectedRevision: event.revision - 1 });
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
    }
  }
}

/** The error `promise` rejects with, checked to be a `type`. */
export async function rejectionOf<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a rejection with ${type.name}`);
}

/** Waits until `condition` holds, checking every few milliseconds. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  intervalMs = 5,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Waits until the log reaches `position`. An acknowledged append is not always in the log at once: on
 * PostgreSQL it waits for every older writing transaction in the whole cluster (other tests' included) to
 * finish. A test that reads the log right after appending waits for this first.
 */
export async function untilLogged(store: EventStore, position: string): Promise<void> {
  await eventually(async () => BigInt((await store.headPosition()) ?? -1) >= BigInt(position), 10_000, 10);
}

/** The highest of some events' positions. */
export const lastPosition = (events: readonly StoredEvent[]): string =>
  events.map((event) => event.position).reduce((a, b) => (BigInt(a) >= BigInt(b) ? a : b));

export function expectIncreasingPositions(events: readonly StoredEvent[]): void {
  for (const event of events) expect(event.position).toMatch(/^(0|[1-9]\d*)$/);
  for (let i = 1; i < events.length; i++) {
    if (BigInt(events[i].position) <= BigInt(events[i - 1].position)) {
      throw new Error(`position ${events[i].position} does not follow ${events[i - 1].position}`);
    }
  }
}
