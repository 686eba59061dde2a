import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import {
  emptyList,
  linkedRequestMissing,
  parseOccurredAt,
  repeated,
  requestMismatch,
  unknownCategories,
  withoutUndefined,
} from './rules';

type RecordRectification = CommandOf<'RecordRectification'>;

/**
 * Art. 16: the data of these categories was corrected where it lives (the ledger holds none). Recipients that
 * received them are owed a notice (art. 19). Taken after an erasure too: kept data may be wrong as well.
 */
export const recordRectification: CommandRules<
  RecordRectification,
  { command: RecordRectification; occurredAt: string }
> = {
  parse: (command, context) =>
    emptyList(command.dataCategories, 'dataCategories') ??
    unknownCategories(context.catalogue, command.dataCategories, 'dataCategories') ??
    repeated({ dataCategories: command.dataCategories }) ??
    parseOccurredAt(command, context),
  target: (state, command) => linkedRequestMissing(state, command.requestId),
  afterErasure: () => true,
  checks: ({ command }, state) => requestMismatch(state, command.requestId, 'rectification'),
  event: ({ command: { rectificationId, dataCategories, note, requestId } }) => ({
    type: 'RectificationRecorded',
    data: withoutUndefined({ rectificationId, dataCategories: [...dataCategories], note, requestId }),
  }),
};
