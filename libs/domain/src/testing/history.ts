import { LedgerCommand } from '../commands/command';
import { handleCommand } from '../commands/handle-command';
import { HistoryEvent } from '../events';
import { isRefusal } from '../refusal';
import { evolve } from '../state/evolve';
import { initialSubjectState } from '../state/subject-state';
import { catalogue } from './specification';

/** A command and the ledger's clock when it arrives. */
export interface Step {
  command: LedgerCommand;
  now: string;
}

/**
 * The history the ledger would record for these steps: accepted commands become events (recorded at their
 * `now`), refused ones append nothing.
 */
export function record(steps: readonly Step[]): HistoryEvent[] {
  const history: HistoryEvent[] = [];
  let state = initialSubjectState();
  for (const { command, now } of steps) {
    const outcome = handleCommand(state, command, { now, catalogue });
    if (isRefusal(outcome)) continue;
    const event = {
      ...outcome.event,
      eventId: `e${history.length}`,
      occurredAt: outcome.occurredAt,
      recordedAt: now,
    };
    history.push(event as HistoryEvent);
    state = evolve(state, event as HistoryEvent);
  }
  return history;
}
