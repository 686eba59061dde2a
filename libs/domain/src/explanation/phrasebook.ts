import { PurposeDefinition } from '../catalogue/purpose';
import { BasisRelied } from '../decision/decision';
import { DenialFacts, RemarkFacts } from './facts';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The words of one language: whole sentences, so each language keeps its own word order. */
export interface Phrasebook {
  /** The purpose as a phrase that follows "processing for". */
  purposeName(purpose: PurposeDefinition): string;
  permitted(purpose: string, basis: BasisRelied): string;
  denied(purpose: string, facts: DenialFacts): string;
  remark(facts: RemarkFacts): string;
}

/** `2026-01-10T…` as "10 January 2026", with the month names given. */
export function longDate(iso: string, months: readonly string[]): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${months[month - 1]} ${year}`;
}
