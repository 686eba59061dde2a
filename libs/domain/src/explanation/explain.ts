import { PurposeDefinition } from '../catalogue/purpose';
import { Verdict } from '../decision/decision';
import { HistoryEvent } from '../events';
import { DUTCH } from './dutch';
import { ENGLISH } from './english';
import { DenialFacts, factsOf, RemarkFacts } from './facts';
import { Language, Phrasebook } from './phrasebook';

const PHRASEBOOKS: Readonly<Record<Language, Phrasebook>> = { en: ENGLISH, nl: DUTCH };

/**
 * Why a verdict is what it is, in plain English or Dutch, for a person rather than a program: the purpose,
 * the legal basis relied on or the reason processing is not permitted, and the dates that matter. Only dates,
 * ids and enum values are quoted, never free text. `history` is the one the verdict was decided on: the
 * events its reasons rest on are read from it.
 */
export function explain(
  verdict: Verdict,
  purpose: PurposeDefinition,
  language: Language,
  history: readonly HistoryEvent[],
): string {
  const book = PHRASEBOOKS[language];
  const name = book.purposeName(purpose);
  if (!verdict.basis) return book.denied(name, factsOf(verdict.reasons[0], history, purpose) as DenialFacts);
  const remarks = verdict.reasons
    .slice(1)
    .map((reason) => book.remark(factsOf(reason, history, purpose) as RemarkFacts));
  return [book.permitted(name, verdict.basis), ...remarks].join(' ');
}
