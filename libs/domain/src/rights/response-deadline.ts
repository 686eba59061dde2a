import { addDuration } from '../time';

/**
 * Art. 12(3): the controller answers a request under arts. 15-22 (an objection, say) "without undue delay and in
 * any event within one month of receipt".
 */
export const RESPONSE_PERIOD = 'P1M';

/** Art. 12(3): "may be extended by two further months": three months after receipt in all. */
export const EXTENDED_PERIOD = 'P3M';

/**
 * The last moment to answer a request received at `receivedAt` (canonical): the same time of day one calendar
 * month later, on the month's last day when it has no such date (31 January: 28 or 29 February), as
 * Regulation 1182/71 counts months. A deadline on a weekend or holiday is not moved: earlier is the safe side.
 */
export function responseDeadline(receivedAt: string): string {
  return addDuration(receivedAt, RESPONSE_PERIOD);
}

/** The deadline after the one extension art. 12(3) allows, by the same rule. */
export function extendedDeadline(receivedAt: string): string {
  return addDuration(receivedAt, EXTENDED_PERIOD);
}
