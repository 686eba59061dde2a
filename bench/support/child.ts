import { ChildProcess, fork } from 'node:child_process';

/** Bench scripts run as TypeScript in child processes, each on a clean heap and JIT. */
const TSX = ['--import', 'tsx'];

/**
 * Runs `script` in a new Node process, hands it `input`, and resolves to what it answers (see `childTask`).
 * `nodeFlags` are added to the child's command line (`--expose-gc`, `--cpu-prof`, ...).
 */
export function runChild<T>(script: string, input: unknown, nodeFlags: string[] = []): Promise<T> {
  const child = fork(script, [], { execArgv: [...TSX, ...nodeFlags], serialization: 'advanced' });
  child.send(input as object);
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    child.once('message', (message: { result?: T; error?: string }) => {
      answered = true;
      if (message.error !== undefined) reject(new Error(`${script}: ${message.error}`));
      else resolve(message.result as T);
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`${script} exited with ${code} before answering`));
    });
  });
}

/** The child's side of `runChild`: takes the input, answers the result (or the failure), and exits. */
export function childTask<I, O>(task: (input: I) => Promise<O> | O): void {
  process.once('message', (input: I) => {
    Promise.resolve()
      .then(() => task(input))
      .then(
        (result) => process.send?.({ result }, () => process.exit(0)),
        (error: Error) => process.send?.({ error: error.stack ?? String(error) }, () => process.exit(1)),
      );
  });
}

/** A long-running child (a server) that reports once with what callers need, then runs until stopped. */
export interface Service<T> {
  info: T;
  stop(): Promise<void>;
}

export function startService<T>(
  script: string,
  input: unknown,
  nodeFlags: string[] = [],
): Promise<Service<T>> {
  const child: ChildProcess = fork(script, [], {
    execArgv: [...TSX, ...nodeFlags],
    serialization: 'advanced',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send(input as object);
  return new Promise((resolve, reject) => {
    child.once('message', (info: T) =>
      resolve({
        info,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      }),
    );
    void exited.then(() => reject(new Error(`${script} exited before it was ready`)));
  });
}
