import type { ObjectionRule, PurposeDefinition } from '@ledger/domain/catalogue/purpose';

/** The order in which a dialog explains what a decision does: from what it weighs to what it cannot touch. */
const EXPLAINED: readonly ObjectionRule[] = ['balancing', 'claims', 'absolute', 'none'];

const ruleOf = (id: string, catalogue: readonly PurposeDefinition[]) =>
  catalogue.find((purpose) => purpose.id === id)?.objection;

/** An objection's purposes grouped by their objection rule (art. 21), rules without purposes left out. */
export function purposesByRule(
  purposes: readonly string[],
  catalogue: readonly PurposeDefinition[],
): [ObjectionRule, string[]][] {
  return EXPLAINED.map((rule): [ObjectionRule, string[]] => [
    rule,
    purposes.filter((id) => ruleOf(id, catalogue) === rule),
  ]).filter(([, named]) => named.length > 0);
}

/**
 * Whether an override can be recorded: not when every purpose is `absolute` (art. 21(3), (6); the API answers
 * 422 OVERRIDE_NOT_ALLOWED), as the API judges it: a purpose the catalogue no longer has is not absolute.
 */
export function mayOverride(purposes: readonly string[], catalogue: readonly PurposeDefinition[]): boolean {
  return !purposes.every((id) => ruleOf(id, catalogue) === 'absolute');
}

/** The purposes whose rule is `claims`: overriding an objection to them names the legal claim. */
export function claimsPurposes(
  purposes: readonly string[],
  catalogue: readonly PurposeDefinition[],
): string[] {
  return purposes.filter((id) => ruleOf(id, catalogue) === 'claims');
}
