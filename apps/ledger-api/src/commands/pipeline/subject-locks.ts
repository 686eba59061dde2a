/**
 * Runs the commands of one subject one after another within this process, so concurrent requests on a
 * subject queue instead of racing to the store and retrying. Other processes are kept in line by the
 * store's expected-revision check.
 */
export class SubjectLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(subjectId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(subjectId) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(subjectId, tail);
    void tail.then(() => {
      if (this.tails.get(subjectId) === tail) this.tails.delete(subjectId);
    });
    return result;
  }
}
