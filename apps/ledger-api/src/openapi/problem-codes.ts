import type { ProblemCode } from '@ledger/wire';

/**
 * Every code a problem can carry, with when it is answered (contract section 5, "Refusals", and the ledger's
 * additions): a `Record`, so tsc refuses this table when a code is added or dropped.
 */
export const PROBLEM_CODES: Readonly<Record<ProblemCode, string>> = {
  VALIDATION_FAILED:
    'malformed JSON, a missing, ill-typed or unknown field, a bad path parameter, time or header, a list naming an entry twice',
  UNKNOWN_PURPOSE: 'a purpose id the catalogue does not have (404 in the path, 400 in a body or query)',
  UNKNOWN_CATEGORY: 'a data category the purpose (or, outside a check, the catalogue) does not use',
  UNKNOWN_NOTICE: 'a noticeVersion the catalogue does not list',
  UNKNOWN_RECIPIENT: 'a recipientId the catalogue does not list',
  UNAUTHENTICATED: 'no key, or a key the ledger does not know',
  FORBIDDEN: "the key's role may not do this",
  NOT_FOUND: 'the basis, objection, restriction or request named is not one of this subject',
  ALREADY_WITHDRAWN: 'the basis or objection was withdrawn already',
  ALREADY_DECIDED: 'the objection was decided already',
  ALREADY_LIFTED: 'the restriction was lifted already',
  SUBJECT_ERASED: 'the subject is erased, and the command is not one an erased subject accepts',
  ALREADY_COMPLETED: 'the request was completed already',
  ALREADY_EXTENDED: 'the request was extended already',
  ALREADY_NOTIFIED: 'this recipient was already notified about this event',
  WRONG_EXPECTED_REVISION: "If-Match names another revision than the stream's",
  PAYLOAD_TOO_LARGE: 'a body over 64 KiB',
  UNSUPPORTED_MEDIA_TYPE: 'a body whose Content-Type is not application/json (charset utf-8 at most)',
  PRECONDITION_FAILED: "a console file's If-Match or If-Unmodified-Since that does not hold",
  RANGE_NOT_SATISFIABLE: 'a Range outside a console file',
  BASIS_NOT_ALLOWED: 'the purpose does not allow this legal basis',
  INVALID_PERIOD: "validUntil not after validFrom, or beyond the purpose's maxDuration",
  OCCURRED_IN_FUTURE: 'occurredAt more than 5 minutes ahead',
  OCCURRED_BEFORE_TARGET:
    'occurredAt before the basis, objection, restriction, request or event the command acts on happened',
  MOTIVATION_REQUIRED: 'an override, or a partly granted or refused request, without motivation',
  IDEMPOTENCY_KEY_REUSED: 'an Idempotency-Key sent again with a different body',
  CONSENT_PROOF_REQUIRED: 'a consent without evidence or noticeVersion',
  EVIDENCE_REQUIRED: 'a basis other than consent or a legal obligation without evidence',
  NOTICE_NOT_APPLICABLE: 'the notice was published after the consent, or does not cover its purpose',
  CONSENT_NOT_RETROACTIVE: "a consent's validFrom before its occurredAt",
  REASON_NOT_APPLICABLE: 'a withdrawal reason that does not fit the basis',
  OVERRIDE_NOT_ALLOWED: 'overriding an objection to absolute purposes only',
  SUBJECT_NOT_INFORMED: 'a lifting without subjectInformedAt, or with one after the lifting',
  RETENTION_NOT_ALLOWED: 'a retained purpose without an erasure exemption',
  SUPPRESSION_REFS_REQUIRED:
    'an erasure without suppressionRefs while an objection to an absolute purpose is in force',
  REQUEST_MISMATCH: 'the request named is for another right',
  EXTENSION_TOO_LATE: 'an extension recorded after the deadline',
  IDENTITY_NOT_VERIFIED: 'granting a request that discloses or changes data before the identity was verified',
  REMEDIES_NOT_INFORMED: 'a partly granted or refused request without remediesInformed: true',
  RECIPIENT_NOT_ALLOWED: "the recipient is not among the purpose's recipients",
  NOTE_REQUIRED:
    'a notification that could not be given, or an identity verified by no-reasonable-doubt or other, without a note',
  NOT_NOTIFIABLE: 'about is not a restriction, erasure or rectification of this subject',
  RECIPIENT_NOT_CONCERNED: 'the recipient is not owed a notification about that event',
  RATE_LIMITED: 'the key made too many requests: retry after the seconds in Retry-After',
  TOO_MANY_STREAMS: 'the key has LEDGER_MAX_STREAMS_PER_KEY change streams open: retry after Retry-After',
  POSITION_BEYOND_HEAD:
    'a change stream asked to start after the log’s end; headPosition names where to start',
  NOT_CAUGHT_UP: 'the read side did not reach minPosition within 5 seconds, or is still catching up',
  STORE_UNAVAILABLE: 'the event store (or the decision log) cannot be reached',
  METHOD_NOT_ALLOWED: 'the path does not take this method',
  BAD_REQUEST: 'a request the transport refused',
  REQUEST_TIMEOUT: 'the request took too long to arrive',
  HEADERS_TOO_LARGE: 'the request headers are too large',
  INTERNAL_ERROR: 'the ledger could not answer this request',
};
