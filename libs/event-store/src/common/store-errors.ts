import { StoreUnavailable } from '../event-store.port';

export interface StoreErrors {
  /** `error` as the port reports it: a `StoreUnavailable` when the store cannot serve now, else unchanged. */
  toStoreError(error: unknown): unknown;
  /** Runs `work`, rethrowing its failure through `toStoreError`. */
  guard<T>(work: () => T | Promise<T>): Promise<T>;
}

/** Each adapter says which of its driver's errors mean "unavailable"; the translation is the same for all. */
export function storeErrors(storeName: string, isUnavailable: (error: unknown) => boolean): StoreErrors {
  const toStoreError = (error: unknown): unknown =>
    isUnavailable(error)
      ? new StoreUnavailable(`the ${storeName} event store is unavailable`, { cause: error })
      : error;
  return {
    toStoreError,
    guard: async (work) => {
      try {
        return await work();
      } catch (error) {
        throw toStoreError(error);
      }
    },
  };
}
