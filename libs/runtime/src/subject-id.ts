/** The longest id the API takes: a subject id, an id the ledger created, a catalogue id. */
export const ID_MAX_LENGTH = 128;

/**
 * Subject ids are chosen by the calling systems: 1..128 characters of `[A-Za-z0-9._:-]` (contract section 1).
 * Ids the ledger creates (bases, objections, restrictions) have the same alphabet.
 */
export const SUBJECT_ID = new RegExp(`^[A-Za-z0-9._:-]{1,${ID_MAX_LENGTH}}$`);

/** What `SUBJECT_ID` takes, in the words of a refusal: "subjectId must be …". */
export const SUBJECT_ID_RULE = `1..${ID_MAX_LENGTH} characters of [A-Za-z0-9._:-]`;
