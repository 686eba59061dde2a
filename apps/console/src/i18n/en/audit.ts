import type { ObjectionNoteKind } from '../../subject/objection-note';

/**
 * What the subject page shows beyond the decisions themselves (which purposes, why a permission stands beside
 * an objection, an unknown subject) and what auditors read: the export, a purpose's history, the whole log.
 */
export const audit = {
  purposeView: {
    showFolded: 'Show the purposes without any event ({count})',
    allFolded: 'No purpose of this subject has any event.',
    history: 'History',
    historyOf: 'History of {purpose}',
  },
  /** Descriptions of purposes in this language, by purpose id; the catalogue's own text where none is here. */
  purposeDescription: {} as Readonly<Record<string, string>>,
  objectionNote: {
    status: { pending: 'not yet decided', upheld: 'upheld' },
    basis:
      'An objection to this purpose is in force ({status}, received {date}), but the basis relied on ({legalBasis}) is not one a person can object to: art. 21(1) covers only legitimate interests and public task.',
    none: 'An objection to this purpose is in force ({status}, received {date}), but art. 21 does not apply to this purpose: the objection stops nothing here.',
    'consent-after':
      'An objection to this purpose is in force (received {date}), but the person consented again after it, which lets the processing restart (art. 21(3)).',
    'claims-pending':
      'An objection to this purpose is not yet decided (received {date}); for legal claims it stops the processing only once upheld (arts. 18(2) and 21(1)).',
  } satisfies Record<ObjectionNoteKind, string> & { status: Record<'pending' | 'upheld', string> },
  unknownSubject: {
    title: 'No events for subject {id}',
    body: 'The ledger has recorded nothing about this subject: no basis, objection, request or anything else. Check the id; a mistyped id looks just like this. Nothing is offered here, since there is nothing to act on.',
    again: 'Find another subject',
  },
  exportPanel: {
    title: 'Export',
    intro:
      'Everything the ledger holds on this subject, as one file (arts. 15 and 20): as JSON, or as JSON-LD in the W3C Data Privacy Vocabulary for other consent tools.',
    json: 'Download JSON',
    dpv: 'Download DPV JSON-LD',
    downloaded: 'Downloaded {file}.',
  },
  history: {
    title: 'History of {purpose} for {id}',
    intro: 'Every change of the decision on this purpose, in world time, as the ledger knows it now.',
    back: 'Subject {id}',
    empty: 'The decision on this purpose never changed: no event concerns it.',
    at: 'From',
    decision: 'Decision',
    reasons: 'Reasons',
    cause: 'Changed by',
    inForce: 'in force when the history starts',
    basisStarted: 'its basis began',
    basisExpired: 'its basis ended',
  },
  logVerification: {
    nav: 'Verification',
    title: 'Whole-log verification',
    intro:
      "Reads the whole log and checks every subject's hash chain and the log itself: positions increase, each subject's events come in order, and no event appears twice. A chain cannot show that its last events were deleted: compare the head hashes with copies kept elsewhere.",
    run: 'Verify the whole log',
    running: 'Reading the whole log…',
    valid: 'Intact: {events} events in {streams} subjects, up to position {position}.',
    empty: 'The log is empty: there is nothing to verify.',
    broken: 'Broken: {count} problems found in {events} events of {streams} subjects.',
    checkedAt: 'Checked {time}.',
    breaks: 'Problems found (the first 100)',
    subject: 'Subject',
    revision: 'Revision',
    position: 'Position',
    problem: 'Problem',
  },
};
