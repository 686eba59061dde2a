import { addDuration } from '../time';

/**
 * Art. 12(3): the controller answers a request under arts. 15-22 (an objection, say) "without undue delay and in
 * any event within one month of receipt".
 */
export const RESPONSE_PERIOD = 'P1M';

/**
 * The last moment to answer a request received at `receivedAt` (canonical): the same time of day one calendar
 * month later, on the month's last day when it has no such date (31 January: 28 or 29 February). The extension
 * by two further months that art. 12(3) allows must be told to the person, and the ledger records no such
 * notice, so it is not applied; nor is a deadline on a weekend or holiday moved to the next working day.
 */
export function responseDeadline(receivedAt: string): string {
  return addDuration(receivedAt, RESPONSE_PERIOD);
}
