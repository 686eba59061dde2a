import { spawnSync } from 'node:child_process';

/**
 * Runs `script` (CommonJS, its arguments in `process.argv.slice(1)`) in a child Node process; returns the
 * first line of why it failed, or `null` when it exited 0. Synchronous on purpose: a spec must know whether
 * a server is there before it defines (or skips) its suite.
 */
export function probeSync(script: string, args: readonly string[], timeoutMs = 15_000): string | null {
  const result = spawnSync(process.execPath, ['-e', script, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (result.status === 0) return null;
  const why = result.stderr?.trim() || result.error?.message || `probe ended by ${result.signal}`;
  return why.split('\n')[0];
}
