import { CatalogueIndex } from '../catalogue/catalogue-index';
import { defaultCatalogue } from '../catalogue/default-catalogue';
import { PurposeDefinition } from '../catalogue/purpose';
import { LedgerCommand } from '../commands/command';
import { CommandContext, CommandOutcome } from '../commands/command-rules';
import { handleCommand } from '../commands/handle-command';
import { decide } from '../decision/decide';
import { DecideOptions, ReasonCode, Verdict } from '../decision/decision';
import { DecisionChange, decisionHistory, HistoryWindow } from '../decision/decision-history';
import { HistoryEvent, LedgerEventBody } from '../events';
import { FieldError, Refusal, RefusalCode } from '../refusal';
import { foldSubject } from '../state/evolve';

/**
 * Given (events) / When (command or check) / Then (event, refusal or verdict), over the default catalogue.
 * `when` runs the command at `NOW` unless the context says otherwise.
 */
export const catalogue = new CatalogueIndex(defaultCatalogue());
export const NOW = '2026-11-24T10:00:00.000Z';

export function purposeOf(id: string): PurposeDefinition {
  const purpose = catalogue.purpose(id);
  if (!purpose) throw new Error(`no purpose ${id} in the default catalogue`);
  return purpose;
}

export function given(...history: HistoryEvent[]) {
  return {
    when: (command: LedgerCommand, context: Partial<CommandContext> = {}) =>
      commandThen(handleCommand(foldSubject(history), command, { now: NOW, catalogue, ...context })),
    whenDeciding: (purpose: string | PurposeDefinition, at: string, options?: DecideOptions) => {
      const definition = typeof purpose === 'string' ? purposeOf(purpose) : purpose;
      return verdictThen(decide(history, definition, at, options));
    },
    whenTracing: (purpose: string, window: HistoryWindow) =>
      changesThen(decisionHistory(history, purposeOf(purpose), window)),
  };
}

function commandThen(outcome: CommandOutcome | Refusal) {
  return {
    outcome,
    then(event: LedgerEventBody, occurredAt = NOW): void {
      expect(outcome).toEqual({ occurredAt, event });
    },
    thenAccepted(): CommandOutcome {
      expect(outcome).not.toHaveProperty('refused');
      return outcome as CommandOutcome;
    },
    thenRefused(code: RefusalCode, fields?: Partial<FieldError>[]): Refusal {
      expect(outcome).toMatchObject({ refused: true, code });
      if (fields) expect((outcome as Refusal).fields).toEqual(fields.map((f) => expect.objectContaining(f)));
      return outcome as Refusal;
    },
  };
}

function verdictThen(verdict: Verdict) {
  return {
    verdict,
    /** Permitted on `basisId`, with exactly these reason codes. */
    thenPermitted(basisId: string, codes: ReasonCode[] = ['BASIS_ACTIVE']): Verdict {
      expect({ permitted: verdict.permitted, basisId: verdict.basis?.basisId }).toEqual({
        permitted: true,
        basisId,
      });
      expect(verdict.reasons.map((r) => r.code)).toEqual(codes);
      return verdict;
    },
    /** Denied with exactly one reason, resting on `eventId` (none for `NO_BASIS`). */
    thenDenied(code: ReasonCode, eventId?: string): Verdict {
      expect(verdict).toMatchObject({ permitted: false, basis: null });
      expect(verdict.reasons).toEqual([{ code, message: expect.any(String), ...(eventId && { eventId }) }]);
      return verdict;
    },
  };
}

/** A change as a spec names it: when, and the code of its first reason. */
export type ChangeLine = [at: string, code: ReasonCode];

function changesThen(changes: DecisionChange[]) {
  return {
    changes,
    /** Exactly these changes, in order, by time and first reason. */
    thenChanges(lines: ChangeLine[]): DecisionChange[] {
      expect(changes.map((change): ChangeLine => [change.at, change.reasons[0].code])).toEqual(lines);
      return changes;
    },
  };
}
