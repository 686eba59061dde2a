import { RefusalCode } from '@ledger/domain';

/** The HTTP status of every refusal code: the only place codes meet statuses. */
export const PROBLEM_STATUS: Readonly<Record<RefusalCode, number>> = {
  VALIDATION_FAILED: 400,
  UNKNOWN_PURPOSE: 400,
  UNKNOWN_CATEGORY: 400,
  UNKNOWN_NOTICE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ALREADY_WITHDRAWN: 409,
  ALREADY_DECIDED: 409,
  ALREADY_LIFTED: 409,
  SUBJECT_ERASED: 409,
  WRONG_EXPECTED_REVISION: 409,
  PAYLOAD_TOO_LARGE: 413,
  BASIS_NOT_ALLOWED: 422,
  INVALID_PERIOD: 422,
  OCCURRED_IN_FUTURE: 422,
  MOTIVATION_REQUIRED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  CONSENT_PROOF_REQUIRED: 422,
  EVIDENCE_REQUIRED: 422,
  NOTICE_NOT_APPLICABLE: 422,
  CONSENT_NOT_RETROACTIVE: 422,
  REASON_NOT_APPLICABLE: 422,
  OVERRIDE_NOT_ALLOWED: 422,
  SUBJECT_NOT_INFORMED: 422,
  RETENTION_NOT_ALLOWED: 422,
  SUPPRESSION_REFS_REQUIRED: 422,
  RATE_LIMITED: 429,
  NOT_CAUGHT_UP: 503,
  STORE_UNAVAILABLE: 503,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const statusTitle = (status: number) => TITLES[status] ?? 'Error';
