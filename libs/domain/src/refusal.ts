/**
 * Every way the ledger can refuse a request (contract section 5). The domain returns refusals as values;
 * the HTTP edge maps each code to its status in one place.
 */
export type RefusalCode =
  | 'VALIDATION_FAILED'
  | 'UNKNOWN_PURPOSE'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_NOTICE'
  | 'UNKNOWN_RECIPIENT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ALREADY_WITHDRAWN'
  | 'ALREADY_DECIDED'
  | 'ALREADY_LIFTED'
  | 'SUBJECT_ERASED'
  | 'ALREADY_COMPLETED'
  | 'ALREADY_EXTENDED'
  | 'ALREADY_NOTIFIED'
  | 'WRONG_EXPECTED_REVISION'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BASIS_NOT_ALLOWED'
  | 'INVALID_PERIOD'
  | 'OCCURRED_IN_FUTURE'
  | 'OCCURRED_BEFORE_TARGET'
  | 'MOTIVATION_REQUIRED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'CONSENT_PROOF_REQUIRED'
  | 'EVIDENCE_REQUIRED'
  | 'NOTICE_NOT_APPLICABLE'
  | 'CONSENT_NOT_RETROACTIVE'
  | 'REASON_NOT_APPLICABLE'
  | 'OVERRIDE_NOT_ALLOWED'
  | 'SUBJECT_NOT_INFORMED'
  | 'RETENTION_NOT_ALLOWED'
  | 'SUPPRESSION_REFS_REQUIRED'
  | 'REQUEST_MISMATCH'
  | 'EXTENSION_TOO_LATE'
  | 'IDENTITY_NOT_VERIFIED'
  | 'REMEDIES_NOT_INFORMED'
  | 'RECIPIENT_NOT_ALLOWED'
  | 'NOTE_REQUIRED'
  | 'NOT_NOTIFIABLE'
  | 'RECIPIENT_NOT_CONCERNED'
  | 'NOT_CAUGHT_UP'
  | 'STORE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'POSITION_BEYOND_HEAD'
  | 'TOO_MANY_STREAMS';

/** A field at fault, as listed in a validation problem. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Refusal {
  refused: true;
  code: RefusalCode;
  detail: string;
  fields?: FieldError[];
}

export function refuse(code: RefusalCode, detail: string, fields?: FieldError[]): Refusal {
  return fields ? { refused: true, code, detail, fields } : { refused: true, code, detail };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as Refusal).refused === true;
}
