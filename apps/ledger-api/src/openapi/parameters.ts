import type {
  HeaderObject,
  ParameterObject,
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { SUBJECT_ID } from '@ledger/runtime';
import { IDEMPOTENCY_KEY, IF_MATCH } from '../commands/command-request';
import { REF } from '../http/suppression-ref.decorator';
import { POSITION } from '../http/limits';

const ID: SchemaObject = { type: 'string', pattern: SUBJECT_ID.source };

/** The path parameters' schemas, by name: the patterns the pipes check them with. */
export const PATH_PARAMETERS: Record<string, SchemaObject> = {
  subjectId: { ...ID, example: 'debtor-1001' },
  basisId: ID,
  objectionId: ID,
  restrictionId: ID,
  requestId: ID,
  purpose: { type: 'string', maxLength: 128, example: 'collection' },
  ref: { type: 'string', pattern: REF.source, description: 'percent-encoded where it must be' },
};

/** The two optional headers every command takes (contract section 5). */
export const COMMAND_HEADERS: ParameterObject[] = [
  {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'the same key with the same body again returns the first answer and appends nothing; with another body: 422 IDEMPOTENCY_KEY_REUSED',
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
  },
  {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'append only if the subject stream is at this revision ("-1": it has no events yet); otherwise 409 WRONG_EXPECTED_REVISION',
    schema: { type: 'string', pattern: IF_MATCH.source, example: '"3"' },
  },
];

/** Sent by an EventSource on reconnecting: the id of the last message it received. */
export const LAST_EVENT_ID: ParameterObject = {
  name: 'Last-Event-ID',
  in: 'header',
  required: false,
  description: 'resume after this position; takes precedence over from',
  schema: { type: 'string', pattern: POSITION.source },
};

/** The request id every route takes and every answer names (`http/x-request-id.ts`), as components. */
export const REQUEST_ID_COMPONENT = 'RequestId';

export const REQUEST_ID_PARAMETER: ParameterObject = {
  name: 'X-Request-Id',
  in: 'header',
  required: false,
  description:
    'an id for this request, which its answer and its log lines carry: 1 to 128 visible ASCII characters, ' +
    'and no personal data. Any other value is replaced by a fresh one, never refused',
  schema: { type: 'string' },
};

export const REQUEST_ID_HEADER: HeaderObject = {
  description: "the id this request was logged under: the caller's X-Request-Id when fit, else a fresh UUID",
  required: true,
  schema: { type: 'string', minLength: 1, maxLength: 128 },
};

export const requestIdRef = (kind: 'parameters' | 'headers'): ReferenceObject => ({
  $ref: `#/components/${kind}/${REQUEST_ID_COMPONENT}`,
});
