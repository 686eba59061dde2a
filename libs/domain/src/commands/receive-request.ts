import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { parseOccurredAt, withoutUndefined } from './rules';

type ReceiveRequest = CommandOf<'ReceiveRequest'>;

/**
 * Records a data-subject request when it arrives, by whatever channel (contract section 6). Its deadline runs
 * from when it was received (`occurredAt`, art. 12(3)). An erased subject's requests are recorded too: the data
 * kept for retained purposes is still personal data, and the register is the proof that rights were honoured.
 */
export const receiveRequest: CommandRules<ReceiveRequest, { command: ReceiveRequest; occurredAt: string }> = {
  parse: parseOccurredAt,
  afterErasure: () => true,
  event: ({ command: { requestId, right, channel, note } }) => ({
    type: 'RequestReceived',
    data: withoutUndefined({ requestId, right, channel, note }),
  }),
};
