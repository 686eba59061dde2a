/** Refusals the console words itself; any other shows the ledger's own detail. */
export const problems = {
  problems: {
    refused: 'The ledger refused: {detail}',
    WRONG_EXPECTED_REVISION: 'The subject changed since you looked at it. Check the page again and retry.',
    ALREADY_DECIDED: 'This objection has already been decided.',
    ALREADY_WITHDRAWN: 'This objection has already been withdrawn.',
    ALREADY_LIFTED: 'This restriction has already been lifted.',
    SUBJECT_ERASED: 'This subject is erased, and this concerns a purpose that was not kept.',
    MOTIVATION_REQUIRED:
      'Overriding an objection needs the compelling legitimate grounds or the legal claim.',
    OVERRIDE_NOT_ALLOWED:
      'An objection to direct marketing or statistics cannot be overridden (art. 21(3), (6)).',
    SUBJECT_NOT_INFORMED: 'The person must have been told before the restriction is lifted (art. 18(3)).',
    SUPPRESSION_REFS_REQUIRED: 'An objection to direct marketing is in force: give the suppression refs.',
    RETENTION_NOT_ALLOWED: 'Only purposes with an art. 17(3) exemption can be kept.',
    ALREADY_EXTENDED: 'This request has already been extended: art. 12(3) allows one extension.',
    ALREADY_COMPLETED: 'This request has already been answered.',
    EXTENSION_TOO_LATE: 'The deadline has passed: an extension must be recorded within the first month.',
    IDENTITY_NOT_VERIFIED: 'The identity must be verified before data is disclosed or changed (art. 12(6)).',
    REMEDIES_NOT_INFORMED: 'The person must be told of the complaint and the courts (art. 12(4)).',
    NOTE_REQUIRED: 'A note must say why.',
    ALREADY_NOTIFIED: 'This recipient has already been notified of this.',
    FORBIDDEN: 'Your role may not do this.',
  },
};
