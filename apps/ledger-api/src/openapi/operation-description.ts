import type { ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { RefusalSpec } from './problem-responses';
import type { Schema } from './typed-schema';

/** What the document says of one route beyond what Nest derives from its controller and DTOs. */
export interface OperationDescription {
  operationId: string;
  summary: string;
  /** The success answer: a component schema's name, or a schema per media type. */
  answer: string | Record<string, Schema>;
  /** The refusals of this route beyond those every route (or every command) can answer. */
  refusals?: readonly RefusalSpec[];
  /** Other answers than success and problems, by status. */
  otherAnswers?: Record<string, ResponseObject>;
  /** A route open to the API-key guard that its handler admits by a token of its own (the metrics). */
  token?: 'metricsToken';
}
