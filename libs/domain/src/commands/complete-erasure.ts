import { CatalogueIndex } from '../catalogue/catalogue-index';
import { refuse, Refusal } from '../refusal';
import { isErased, SubjectState } from '../state/subject-state';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import {
  linkedRequestMissing,
  parseOccurredAt,
  repeated,
  requestMismatch,
  unknownPurposes,
  withoutUndefined,
} from './rules';

type CompleteErasure = CommandOf<'CompleteErasure'>;

/**
 * Records that the subject's data has been erased (art. 17), keeping only purposes with an art. 17(3)
 * exemption in the catalogue. A later erasure may only narrow what an earlier one kept, once that retention
 * has ended. A direct-marketing opt-out outlives the erasure as `suppressionRefs` (art. 21(3)).
 */
export const completeErasure: CommandRules<
  CompleteErasure,
  { command: CompleteErasure; occurredAt: string }
> = {
  parse(command, context) {
    return (
      unknownPurposes(context.catalogue, command.retain ?? [], 'retain') ??
      repeated({ retain: command.retain, suppressionRefs: command.suppressionRefs }) ??
      parseOccurredAt(command, context)
    );
  },
  target: (state, command) => linkedRequestMissing(state, command.requestId),
  afterErasure: (state, { command }) => narrows(state.retained ?? [], command.retain ?? []),
  checks: ({ command }, state, { catalogue }) =>
    retentionNotAllowed(command.retain ?? [], catalogue) ??
    suppressionRefsRequired(command, state, catalogue) ??
    requestMismatch(state, command.requestId, 'erasure'),
  event: ({ command }) => ({
    type: 'ErasureCompleted',
    data: withoutUndefined({
      retain: [...(command.retain ?? [])],
      note: command.note,
      suppressionRefs: command.suppressionRefs && [...command.suppressionRefs],
      requestId: command.requestId,
    }),
  }),
};

/** A narrowing erasure keeps fewer purposes than the last one and none it did not keep: a retention ended. */
function narrows(kept: readonly string[], retain: readonly string[]): boolean {
  return retain.length < kept.length && retain.every((purpose) => kept.includes(purpose));
}

/** 422 RETENTION_NOT_ALLOWED (art. 17(3)): only a purpose with an exemption in the catalogue may be kept. */
function retentionNotAllowed(retain: readonly string[], catalogue: CatalogueIndex): Refusal | undefined {
  const faults = retain.flatMap((id, i) =>
    catalogue.purpose(id)?.erasureExemption
      ? []
      : [{ field: `retain[${i}]`, message: 'has no erasure exemption (art. 17(3)) in the catalogue' }],
  );
  return faults.length
    ? refuse('RETENTION_NOT_ALLOWED', 'only purposes with an art. 17(3) exemption can be kept', faults)
    : undefined;
}

/**
 * 422 SUPPRESSION_REFS_REQUIRED (art. 21(3)): a person who objected to direct marketing must not be marketed
 * to again under a new id, so the first erasure of such a subject says by what to recognise them (an empty
 * list says there is nothing to recognise them by). A narrowing erasure has recorded that already.
 */
function suppressionRefsRequired(
  command: CompleteErasure,
  state: SubjectState,
  catalogue: CatalogueIndex,
): Refusal | undefined {
  if (command.suppressionRefs !== undefined || isErased(state)) return undefined;
  const objectedToAbsolute = [...state.objections.values()].some(
    (objection) =>
      !objection.withdrawn &&
      objection.purposes.some((id) => catalogue.purpose(id)?.objection === 'absolute'),
  );
  return objectedToAbsolute
    ? refuse('SUPPRESSION_REFS_REQUIRED', 'an absolute objection is in force: name the suppression refs', [
        {
          field: 'suppressionRefs',
          message: 'must be given (possibly empty) while an absolute objection is in force',
        },
      ])
    : undefined;
}
