import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { noticeNotApplicable, parseOccurredAt, unknownNotice } from './rules';

type RecordNotice = CommandOf<'RecordNotice'>;

/** Records that the person was given a version of the privacy statement (arts. 13, 14). */
export const recordNotice: CommandRules<RecordNotice, { command: RecordNotice; occurredAt: string }> = {
  parse: (command, context) =>
    unknownNotice(context.catalogue, command.noticeVersion) ?? parseOccurredAt(command, context),
  checks: ({ command, occurredAt }, _state, { catalogue }) =>
    noticeNotApplicable(catalogue, command.noticeVersion, occurredAt),
  event: ({ command: { noticeVersion, channel } }) => ({
    type: 'NoticeProvided',
    data: { noticeVersion, channel },
  }),
};
