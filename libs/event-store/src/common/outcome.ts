/**
 * What one request of a batch came to: its result, or the error that failed it alone. Tagged rather than
 * told apart by `instanceof Error`: a driver's errors may come from another realm (a jest module registry)
 * whose `Error` is not this one.
 */
export type Outcome<T> = { result: T } | { failure: unknown };
