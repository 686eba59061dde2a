import { CatalogueIndex } from '../catalogue/catalogue-index';
import { PurposeDefinition } from '../catalogue/purpose';
import { isRefusal, refuse, Refusal } from '../refusal';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import {
  emptyList,
  parseOccurredAt,
  repeated,
  unknownCategories,
  unknownPurposes,
  unknownRecipient,
  withoutUndefined,
} from './rules';

type RecordDisclosure = CommandOf<'RecordDisclosure'>;

/**
 * What went to whom (contract section 7; art. 15(1)(c), art. 19). The ledger records a disclosure even where
 * the decision would not have permitted it: it happened, and the record must show it. Only a recipient the
 * catalogue lists for the purpose may be named, so the record of processing (art. 30) stays true.
 */
export const recordDisclosure: CommandRules<
  RecordDisclosure,
  { command: RecordDisclosure; occurredAt: string; purpose: PurposeDefinition }
> = {
  parse(command, context) {
    const { catalogue } = context;
    const refusal =
      unknownRecipient(catalogue, command.recipientId) ??
      unknownPurposes(catalogue, command.purpose, 'purpose') ??
      emptyList(command.dataCategories, 'dataCategories') ??
      unknownCategories(catalogue, command.dataCategories, 'dataCategories') ??
      repeated({ dataCategories: command.dataCategories });
    if (refusal) return refusal;
    const parsed = parseOccurredAt(command, context);
    return isRefusal(parsed)
      ? parsed
      : { ...parsed, purpose: catalogue.purpose(command.purpose) as PurposeDefinition };
  },
  afterErasure: () => true,
  checks: ({ command, purpose }, _state, { catalogue }) =>
    recipientNotAllowed(catalogue, purpose, command.recipientId),
  event: ({ command: { disclosureId, recipientId, recipientRef, purpose, dataCategories } }) => ({
    type: 'DataDisclosed',
    data: withoutUndefined({
      disclosureId,
      recipientId,
      recipientRef,
      purpose,
      dataCategories: [...dataCategories],
    }),
  }),
};

/** 422 RECIPIENT_NOT_ALLOWED (art. 30(1)(d)): the catalogue names the recipients of each purpose. */
function recipientNotAllowed(
  catalogue: CatalogueIndex,
  purpose: PurposeDefinition,
  recipientId: string,
): Refusal | undefined {
  if (purpose.recipients.includes(recipientId)) return undefined;
  const name = catalogue.recipient(recipientId)?.name ?? recipientId;
  return refuse('RECIPIENT_NOT_ALLOWED', `${name} is not a recipient of ${purpose.id} in the catalogue`, [
    { field: 'recipientId', message: `must be one of ${purpose.recipients.join(', ') || 'none'}` },
  ]);
}
