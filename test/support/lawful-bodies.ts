import { EstablishBasisBody, LiftRestrictionBody } from '@ledger/wire';

/**
 * What version 2 of the contract asks of a command beyond its shape (section 5): a basis shows its evidence, a
 * consent names its receipt and the notice the person saw, a lifting says when the person was told. Suites
 * build such bodies with these, so a test that wants a refusal leaves out exactly the part it is about.
 */

/** The one notice of the default catalogue, published 2026-01-01 and covering all fourteen purposes. */
export const NOTICE = 'webcasso-2026-1';
export const NOTICE_PUBLISHED = '2026-01-01T00:00:00.000Z';

/** The everyday basis: collecting a claim under the contract it arose from, the claim as evidence (art. 5(2)). */
export const COLLECTION_CONTRACT: EstablishBasisBody = {
  purpose: 'collection',
  legalBasis: 'contract',
  evidence: 'claim 2026-0042',
};

/** A consent with its proof (art. 7(1)): the receipt and the notice. */
export const consent = (purpose: string, more: Partial<EstablishBasisBody> = {}): EstablishBasisBody => ({
  purpose,
  legalBasis: 'consent',
  evidence: `consent receipt for ${purpose}`,
  noticeVersion: NOTICE,
  ...more,
});

/**
 * A lifting of which the person was told when it happened (art. 18(3)). Without `occurredAt` the ledger lifts
 * "now", which is after this moment on its clock.
 */
export const lifting = (reason: string, occurredAt?: string): LiftRestrictionBody => ({
  reason,
  subjectInformedAt: occurredAt ?? new Date().toISOString(),
  ...(occurredAt && { occurredAt }),
});
