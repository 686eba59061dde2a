import {
  AllStreamRecordedEvent,
  BACKWARDS,
  Direction,
  END,
  EventStoreDBClient,
  FORWARDS,
  Position,
  ReadStreamOptions,
  ResolvedEvent,
  START,
} from '@eventstore/db-client';
import { isMissingStream } from './eventstoredb-errors';

const PAGE_SIZE = 500;

/** A stream's events, or `null` when it does not exist or was deleted. */
export async function readEvents(
  client: EventStoreDBClient,
  streamName: string,
  options: ReadStreamOptions = {},
): Promise<ResolvedEvent[] | null> {
  const events: ResolvedEvent[] = [];
  try {
    for await (const resolved of client.readStream(streamName, options)) events.push(resolved);
  } catch (error) {
    if (isMissingStream(error)) return null;
    throw error;
  }
  return events;
}

/**
 * Every recorded event of `$all` from `from` on (exclusive) in `direction`, page by page. This client cannot
 * filter `readAll` on the server, so callers filter by stream name and stop reading when they have enough.
 */
export async function* scanAll(
  client: EventStoreDBClient,
  direction: Direction,
  from: Position | null,
): AsyncGenerator<AllStreamRecordedEvent> {
  let last = from;
  for (;;) {
    let read = 0;
    const page = client.readAll({
      direction,
      fromPosition: last ?? (direction === FORWARDS ? START : END),
      maxCount: PAGE_SIZE,
    });
    for await (const resolved of page) {
      read++;
      const event = resolved.event;
      // A page starts at (and so repeats) the position it was asked for.
      if (!event || (last && !beyond(event.position, last, direction))) continue;
      last = event.position;
      yield event;
    }
    if (read < PAGE_SIZE) return;
  }
}

function beyond(position: Position, last: Position, direction: Direction): boolean {
  const order = compare(position, last);
  return direction === BACKWARDS ? order < 0 : order > 0;
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}
