import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { covers as restrictionCovers } from '@ledger/domain/decision/scan';

/** Which purposes a restriction of this scope stops, and which it covers but may continue (art. 18(2)). */
export function restrictionEffect(
  scope: { purposes?: string[]; dataCategories?: string[] },
  catalogue: readonly PurposeDefinition[],
): { stops: string[]; continues: string[] } {
  const covered = catalogue.filter((purpose) => restrictionCovers(scope, purpose));
  return {
    stops: covered.filter((purpose) => !purpose.allowedUnderRestriction).map((purpose) => purpose.id),
    continues: covered.filter((purpose) => purpose.allowedUnderRestriction).map((purpose) => purpose.id),
  };
}
