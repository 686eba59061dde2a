import { AllStreamSubscription, EventStoreDBClient, START, streamNameFilter } from '@eventstore/db-client';
import { StoredEvent, Subscription } from '../event-store.port';
import { eventStoreDbErrors } from './eventstoredb-errors';
import { LedgerStreams, fromLedgerPosition, toStoredEvent } from './eventstoredb-streams';

const RESUBSCRIBE_DELAY_MS = 1000;

/**
 * A catch-up subscription to `$all`, filtered on the server to the ledger's subject streams: the server
 * sends the stored events, then new ones, in commit order. When it drops (server down, handler failed) the
 * error is reported and it resubscribes after the last event delivered, so none is skipped or repeated.
 */
export function subscribeToLedger(
  client: EventStoreDBClient,
  streams: LedgerStreams,
  after: string | null,
  onEvents: (events: StoredEvent[]) => Promise<void> | void,
  onError?: (error: Error) => void,
): Subscription {
  let position = after;
  let closed = false;
  let current: AllStreamSubscription | null = null;
  let endPause: (() => void) | null = null;

  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, RESUBSCRIBE_DELAY_MS);
      endPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const follow = async (subscription: AllStreamSubscription) => {
    for await (const resolved of subscription) {
      if (closed) return;
      if (!resolved.event) continue;
      const event = toStoredEvent(resolved);
      if (position !== null && BigInt(event.position) <= BigInt(position)) continue;
      await onEvents([event]);
      position = event.position;
    }
  };

  const run = async () => {
    while (!closed) {
      current = client.subscribeToAll({
        fromPosition: position === null ? START : fromLedgerPosition(position),
        filter: streamNameFilter({ prefixes: [streams.subjectPrefix] }),
      });
      try {
        await follow(current);
      } catch (error) {
        if (!closed) onError?.(eventStoreDbErrors.toStoreError(error) as Error);
      }
      await current.unsubscribe().catch(() => undefined);
      if (!closed) await pause();
    }
  };

  const running = run();
  return {
    close: async () => {
      closed = true;
      endPause?.();
      await current?.unsubscribe().catch(() => undefined);
      await running;
    },
  };
}
