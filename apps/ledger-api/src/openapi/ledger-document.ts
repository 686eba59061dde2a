import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  PathItemObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ROLES } from '../auth/roles';
import { COMMAND_OPERATIONS } from './command-operations';
import { OperationDescription } from './operation-description';
import {
  COMMAND_HEADERS,
  LAST_EVENT_ID,
  PATH_PARAMETERS,
  REQUEST_ID_COMPONENT,
  REQUEST_ID_HEADER,
  REQUEST_ID_PARAMETER,
  requestIdRef,
} from './parameters';
import { problemResponses, RefusalSpec } from './problem-responses';
import { QUERY_OPERATIONS } from './query-operations';
import { RouteAccess, routeAccess } from './route-access';
import { WIRE_SCHEMAS } from './schemas';
import { ref } from './typed-schema';

const SECURITY_SCHEME = 'apiKey';
/** The change stream's other way in, for a browser's EventSource, which cannot send a header. */
const STREAM_TOKEN_SCHEME = 'changesToken';
const METRICS_TOKEN = 'metricsToken';

/** What any route with a key can answer, whatever it asks. */
const KEYED_REFUSALS: RefusalSpec[] = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'NOT_CAUGHT_UP',
  'STORE_UNAVAILABLE',
];
/** What every command can answer besides the refusals of its own rules (contract section 5). */
const COMMAND_REFUSALS: RefusalSpec[] = [
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'WRONG_EXPECTED_REVISION',
  'SUBJECT_ERASED',
  'OCCURRED_IN_FUTURE',
  'IDEMPOTENCY_KEY_REUSED',
];

/**
 * The OpenAPI document (`/docs-json`): Nest derives paths, parameters and request bodies from the controllers
 * and DTOs; the answers, problems, headers and access are added here from the wire schemas, the operation
 * tables and the routes' own access metadata. A route missing from the tables stops the server from starting.
 */
export function ledgerDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('basis-ledger')
      .setDescription(
        'An event-sourced ledger of GDPR legal bases, objections, restrictions and erasures. Every refusal is an ' +
          'RFC 9457 problem (application/problem+json) with the contract’s code.',
      )
      .setVersion('1')
      .addServer('/', 'the server that serves this document')
      .addSecurity(SECURITY_SCHEME, {
        type: 'http',
        scheme: 'bearer',
        description: 'an opaque API key (LEDGER_API_KEYS); its role decides what it may do',
      })
      .addSecurity(STREAM_TOKEN_SCHEME, {
        type: 'apiKey',
        in: 'query',
        name: 'token',
        description:
          'GET /v1/changes only: a token of POST /v1/changes/tokens, standing for the key that asked',
      })
      .addSecurity(METRICS_TOKEN, {
        type: 'http',
        scheme: 'bearer',
        description: 'the token of LEDGER_METRICS_TOKEN, for GET /metrics alone (no API key reads metrics)',
      })
      .build(),
  );
  const access = routeAccess(app);
  const described = { ...QUERY_OPERATIONS, ...COMMAND_OPERATIONS };
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post'] as const) {
      const operation = (item as PathItemObject)[method];
      if (!operation) continue;
      const key = operation.operationId!;
      const description = described[key];
      const routeAccessOf = access.get(key);
      if (!description || !routeAccessOf)
        throw new Error(`the OpenAPI tables do not describe ${method} ${path}`);
      seen.add(key);
      describeOperation(
        operation,
        description,
        routeAccessOf,
        method === 'post' && key in COMMAND_OPERATIONS,
      );
    }
  }
  const stale = Object.keys(described).filter((key) => !seen.has(key));
  if (stale.length > 0)
    throw new Error(`the OpenAPI tables describe routes that do not exist: ${stale.join(', ')}`);
  closeRequestBodies(document);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...WIRE_SCHEMAS },
    parameters: { [REQUEST_ID_COMPONENT]: REQUEST_ID_PARAMETER },
    headers: { [REQUEST_ID_COMPONENT]: REQUEST_ID_HEADER },
  };
  return document;
}

function describeOperation(
  operation: OperationObject,
  description: OperationDescription,
  access: RouteAccess,
  isCommand: boolean,
): void {
  operation.operationId = description.operationId;
  operation.summary = description.summary;
  const success = Object.keys(operation.responses).find((status) => status.startsWith('2'))!;
  const answered = operation.responses[success] as ResponseObject;
  const answer =
    typeof description.answer === 'string'
      ? { 'application/json': ref(description.answer) }
      : description.answer;
  answered.content = Object.fromEntries(Object.entries(answer).map(([media, schema]) => [media, { schema }]));
  const refusals = [...(description.refusals ?? [])];
  if (description.token) {
    operation.security = [{ [description.token]: [] }];
  } else if (access.public) {
    operation.security = [];
  } else {
    operation.security = [{ [SECURITY_SCHEME]: [] }];
    const everyone = ROLES.every((role) => access.roles.includes(role));
    if (!everyone) refusals.push('FORBIDDEN');
    refusals.push(...KEYED_REFUSALS, ...(isCommand ? COMMAND_REFUSALS : []));
    operation.description = [operation.description, `Roles: ${access.roles.join(', ')}.`]
      .filter(Boolean)
      .join(' ');
  }
  Object.assign(operation.responses, description.otherAnswers, problemResponses(refusals));
  for (const parameter of operation.parameters ?? []) {
    const named = parameter as ParameterObject;
    if (named.in !== 'path') continue;
    const schema = PATH_PARAMETERS[named.name];
    if (!schema) throw new Error(`the OpenAPI tables have no schema for the path parameter ${named.name}`);
    named.schema = schema;
  }
  if (isCommand) operation.parameters = [...(operation.parameters ?? []), ...COMMAND_HEADERS];
  if (description.operationId === 'streamChanges') {
    operation.parameters = [...(operation.parameters ?? []), LAST_EVENT_ID];
    operation.security = [...(operation.security ?? []), { [STREAM_TOKEN_SCHEME]: [] }];
  }
  nameRequestIds(operation);
}

/** Every route takes the caller's `X-Request-Id`, and every answer names the id it was logged under. */
function nameRequestIds(operation: OperationObject): void {
  operation.parameters = [...(operation.parameters ?? []), requestIdRef('parameters')];
  for (const [status, response] of Object.entries(operation.responses)) {
    const answer = response as ResponseObject;
    operation.responses[status] = {
      ...answer,
      headers: { ...answer.headers, 'X-Request-Id': requestIdRef('headers') },
    };
  }
}

/** The server refuses a field its DTO does not name (`forbidNonWhitelisted`), so the document does too. */
function closeRequestBodies(document: OpenAPIObject): void {
  for (const schema of Object.values(document.components?.schemas ?? {})) {
    if ('properties' in schema) schema.additionalProperties = false;
  }
}
