import { readFileSync } from 'node:fs';

/** A process's resident memory (RSS) in bytes, from Linux's `/proc` (where it is given in KiB). */
export function residentBytesOf(pid: number | undefined): number {
  const status = pid === undefined ? '' : readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no resident memory for process ${pid}`);
  return Number(kib) * 1024;
}
