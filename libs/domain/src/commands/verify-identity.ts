import { refuse } from '../refusal';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { alreadyCompleted, requestFound, requestReceivedAt } from './request-steps';
import { blank, parseOccurredAt, withoutUndefined } from './rules';

type VerifyIdentity = CommandOf<'VerifyIdentity'>;

/** Methods that must say why they were enough. */
export const EXPLAINED: readonly VerifyIdentity['method'][] = ['no-reasonable-doubt', 'other'];

/**
 * Records how the requester's identity was established. The check must be proportionate (art. 12(6); EDPB
 * Guidelines 01/2022): asking for more only on reasonable doubt, so "no reasonable doubt", with a note saying
 * why, is a verification. Verifying never moves the deadline.
 */
export const verifyIdentity: CommandRules<VerifyIdentity, { command: VerifyIdentity; occurredAt: string }> = {
  parse: parseOccurredAt,
  target: requestFound,
  since: requestReceivedAt,
  afterErasure: () => true,
  conflict: alreadyCompleted,
  checks: ({ command }) =>
    EXPLAINED.includes(command.method) && blank(command.note)
      ? refuse(
          'NOTE_REQUIRED',
          `identity verified by ${command.method} needs a note saying why it sufficed`,
          [{ field: 'note', message: 'must say why the identity is not in doubt' }],
        )
      : undefined,
  event: ({ command: { requestId, method, note } }) => ({
    type: 'IdentityVerified',
    data: withoutUndefined({ requestId, method, note }),
  }),
};
