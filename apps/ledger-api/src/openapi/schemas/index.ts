import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CATALOGUE_SCHEMAS } from './catalogue';
import { DECISION_SCHEMAS } from './decisions';
import { EVENT_SCHEMAS } from './events';
import { EXPORT_SCHEMAS } from './export';
import { PROBLEM_SCHEMAS } from './problem';
import { RIGHTS_SCHEMAS } from './rights';

/** Every answer's schema, by component name. */
export const WIRE_SCHEMAS: Record<string, SchemaObject> = {
  ...DECISION_SCHEMAS,
  ...EVENT_SCHEMAS,
  ...CATALOGUE_SCHEMAS,
  ...RIGHTS_SCHEMAS,
  ...EXPORT_SCHEMAS,
  ...PROBLEM_SCHEMAS,
};
