import { CatalogueIndex } from '../catalogue/catalogue-index';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import {
  linkedRequestMissing,
  onlyRetained,
  parseOccurredAt,
  repeated,
  requestMismatch,
  unknownPurposes,
  withoutUndefined,
} from './rules';

type FileObjection = CommandOf<'FileObjection'>;

/**
 * Records an art. 21 objection against one or more purposes. It may name any purpose: what it blocks is the
 * decision's concern (contract section 4), and the purposes whose rule is `none` are named in the answer as
 * not applicable (`notApplicablePurposes`), to be answered through the request register.
 */
export const fileObjection: CommandRules<FileObjection, { command: FileObjection; occurredAt: string }> = {
  parse(command, context) {
    return (
      unknownPurposes(context.catalogue, command.purposes, 'purposes') ??
      repeated({ purposes: command.purposes }) ??
      parseOccurredAt(command, context)
    );
  },
  target: (state, command) => linkedRequestMissing(state, command.requestId),
  afterErasure: (state, { command }) => onlyRetained(state, command.purposes),
  checks: ({ command }, state) => requestMismatch(state, command.requestId, 'objection'),
  event: ({ command }) => ({
    type: 'ObjectionFiled',
    data: withoutUndefined({
      objectionId: command.objectionId,
      purposes: [...command.purposes],
      grounds: command.grounds,
      channel: command.channel,
      requestId: command.requestId,
    }),
  }),
};

/** The purposes of an objection that art. 21 does not apply to (objection rule `none`), in its order. */
export function notApplicablePurposes(catalogue: CatalogueIndex, purposes: readonly string[]): string[] {
  return purposes.filter((id) => catalogue.purpose(id)?.objection === 'none');
}
