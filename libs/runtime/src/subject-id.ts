/**
 * Subject ids are chosen by the calling systems: 1..128 characters of `[A-Za-z0-9._:-]` (contract section 1).
 * Ids the ledger creates (bases, objections, restrictions) have the same alphabet.
 */
export const SUBJECT_ID = /^[A-Za-z0-9._:-]{1,128}$/;
