import { CatalogueIndex } from '@ledger/domain/catalogue/catalogue-index';
import type { PurposeCatalogue, PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { concernsOnlyRetained } from '@ledger/domain/commands/apply-restriction';
import { onlyRetained } from '@ledger/domain/commands/rules';
import type { HistoryEvent } from '@ledger/domain/events';
import { evolve } from '@ledger/domain/state/evolve';
import { initialSubjectState } from '@ledger/domain/state/subject-state';

interface Scope {
  purposes?: readonly string[];
  dataCategories?: readonly string[];
}

/** What the subject still takes of the commands the console offers on objections, restrictions and notices. */
export interface Recordable {
  /** Deciding or withdrawing an objection that names these purposes. */
  objection(purposes: readonly string[]): boolean;
  /** Applying or lifting a restriction of this scope. */
  restriction(scope: Scope): boolean;
  /** What a new restriction may name; `null` when none can be applied. */
  restrictable: { purposes: string[]; dataCategories: string[] } | null;
  /** Recording a privacy statement given: not once erased (contract section 5, "After an erasure", lists no notice). */
  notice: boolean;
}

/**
 * Before an erasure, everything. After it, only what concerns the purposes it kept (contract section 5,
 * "After an erasure"): asked of the domain's own rules on the subject's state, so the console offers exactly
 * what the API takes.
 */
export function recordable(events: readonly HistoryEvent[], catalogue: PurposeCatalogue): Recordable {
  const state = events.reduce(evolve, initialSubjectState());
  const retained = state.retained;
  if (retained === null) {
    return {
      objection: () => true,
      restriction: () => true,
      restrictable: scopeOf(catalogue.purposes),
      notice: true,
    };
  }
  const context = { now: new Date().toISOString(), catalogue: new CatalogueIndex(catalogue) };
  const kept = catalogue.purposes.filter((purpose) => retained.includes(purpose.id));
  return {
    objection: (purposes) => onlyRetained(state, purposes),
    restriction: (scope) => concernsOnlyRetained(state, scope, context),
    restrictable: kept.length === 0 ? null : scopeOf(kept),
    notice: false,
  };
}

/** The ids of these purposes, and the data categories they use, in catalogue order. */
function scopeOf(purposes: readonly PurposeDefinition[]) {
  return {
    purposes: purposes.map((purpose) => purpose.id),
    dataCategories: [...new Set(purposes.flatMap((purpose) => purpose.dataCategories))],
  };
}
