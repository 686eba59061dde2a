import { FieldError } from '@ledger/domain';

/**
 * Finds, for input the fast acceptor did not take, the faults to refuse it with when judging all of it would
 * cost far more than sending it; or `undefined`, for class-validator to judge it as always. It may only
 * refuse what class-validator refuses, and list only faults class-validator finds (a property test holds each
 * one to that): it bounds the cost of a bad request, never turns a good one away.
 */
export type FastRefusal = (
  value: unknown,
  /** The validation pipe's fast path: what the DTO's rules accept at once, else `undefined`. */
  acceptAtOnce: (part: unknown) => unknown,
) => Promise<FieldError[] | undefined>;

const FAST_REFUSAL = Symbol('ledger:fast-refusal');

/** Puts a fast refusal on a request DTO; the class's own decorators stay the rules. */
export const RefusesFast =
  (refusal: FastRefusal) =>
  (target: abstract new () => unknown): void => {
    Reflect.defineMetadata(FAST_REFUSAL, refusal, target);
  };

export function fastRefusalOf(metatype: unknown): FastRefusal | undefined {
  return typeof metatype === 'function' ? Reflect.getOwnMetadata(FAST_REFUSAL, metatype) : undefined;
}
