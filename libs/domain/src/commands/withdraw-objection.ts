import { refuse } from '../refusal';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { alreadyWithdrawn, objectionOf } from './resolve-objection';
import { blank, notFound, onlyRetained, parseOccurredAt, withoutUndefined } from './rules';

type WithdrawObjection = CommandOf<'WithdrawObjection'>;

/**
 * The person takes an objection back; from then on it blocks nothing. A decided objection may still be
 * withdrawn (the person is content after all, or objects no more); the evidence shows the person asked.
 */
export const withdrawObjection: CommandRules<
  WithdrawObjection,
  { command: WithdrawObjection; occurredAt: string }
> = {
  parse: (command, context) =>
    blank(command.evidence)
      ? refuse('VALIDATION_FAILED', 'evidence must show that the person withdrew the objection', [
          { field: 'evidence', message: 'must not be empty' },
        ])
      : parseOccurredAt(command, context),
  target: (state, command) => notFound('objection', state.objections.has(command.objectionId)),
  since: (state, command) => objectionOf(state, command.objectionId).occurredAt,
  afterErasure: (state, { command }) => onlyRetained(state, objectionOf(state, command.objectionId).purposes),
  conflict: (state, command) => alreadyWithdrawn(objectionOf(state, command.objectionId)),
  event: ({ command: { objectionId, evidence, note } }) => ({
    type: 'ObjectionWithdrawn',
    data: withoutUndefined({ objectionId, evidence, note }),
  }),
};
