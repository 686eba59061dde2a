import { owedNotifications } from '../recipients/owed-notifications';
import { refuse, Refusal } from '../refusal';
import { notificationKey, SubjectState } from '../state/subject-state';
import { CommandOf } from './command';
import { CommandContext, CommandRules } from './command-rules';
import { blank, parseOccurredAt, unknownRecipient, withoutUndefined } from './rules';

type NotifyRecipient = CommandOf<'NotifyRecipient'>;

/**
 * Art. 19: a recipient that received the data concerned was told of a restriction, erasure or rectification,
 * or, as the article allows, could not be (`impossible`) or only at disproportionate effort; those two say
 * why. Recorded after an erasure too: the erasure itself is what most recipients must hear of.
 */
export const notifyRecipient: CommandRules<
  NotifyRecipient,
  { command: NotifyRecipient; occurredAt: string }
> = {
  parse: (command, context) =>
    unknownRecipient(context.catalogue, command.recipientId) ?? parseOccurredAt(command, context),
  afterErasure: () => true,
  since: (state, { about }) => state.notifiable.get(about)?.occurredAt,
  conflict: (state, { about, recipientId }) =>
    state.notified.has(notificationKey(about, recipientId))
      ? refuse('ALREADY_NOTIFIED', 'this recipient has already been notified about this event')
      : undefined,
  checks: ({ command }, state, context) =>
    notNotifiable(state, command.about) ??
    recipientNotConcerned(state, command, context) ??
    noteRequired(command),
  event: ({ command: { about, recipientId, outcome = 'notified', channel, note } }) => ({
    type: 'RecipientNotified',
    data: withoutUndefined({ about, recipientId, outcome, channel, note }),
  }),
};

/** 422 NOT_NOTIFIABLE: `about` names no restriction, erasure or rectification of this subject. */
function notNotifiable(state: SubjectState, about: string): Refusal | undefined {
  if (state.notifiable.has(about)) return undefined;
  return refuse('NOT_NOTIFIABLE', 'about must name a restriction, erasure or rectification of this subject', [
    { field: 'about', message: 'is not a restriction, erasure or rectification of this subject' },
  ]);
}

/** 422 RECIPIENT_NOT_CONCERNED: the recipient received none of the data the event concerns. */
function recipientNotConcerned(
  state: SubjectState,
  { about, recipientId }: NotifyRecipient,
  { catalogue }: CommandContext,
): Refusal | undefined {
  const owed = owedNotifications(state, catalogue).some(
    (pair) => pair.about.eventId === about && pair.recipientId === recipientId,
  );
  return owed
    ? undefined
    : refuse('RECIPIENT_NOT_CONCERNED', 'the recipient received none of the data this event concerns', [
        { field: 'recipientId', message: 'is not owed a notification about this event' },
      ]);
}

/** 422 NOTE_REQUIRED: an exception art. 19 allows is recorded with why it applies. */
function noteRequired({ outcome, note }: NotifyRecipient): Refusal | undefined {
  if (outcome === undefined || outcome === 'notified' || !blank(note)) return undefined;
  return refuse('NOTE_REQUIRED', `a notification recorded as ${outcome} needs a note saying why`, [
    {
      field: 'note',
      message: `must say why notifying is ${outcome === 'impossible' ? 'impossible' : 'disproportionate'}`,
    },
  ]);
}
