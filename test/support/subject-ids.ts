/** A fresh subject id at each call, `prefix-1`, `prefix-2`, ...: each test its own subject. */
export function subjectIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
