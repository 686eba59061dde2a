import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fresh directories for one suite, made by `make()` and all removed by `removeAll()`. */
export interface TemporaryDirectories {
  make(): Promise<string>;
  removeAll(): Promise<void>;
}

/**
 * Temporary directories named after `name` (`basis-ledger-<name>-…`), so one a test left behind says whose it is.
 * The suite calls `removeAll()` in its own after-hook rather than this registering one: jest runs a block's
 * after-hooks in the order they were declared, and a server or store must be stopped before its directory goes.
 */
export function temporaryDirectories(name: string): TemporaryDirectories {
  let made: string[] = [];
  return {
    async make() {
      const dir = await mkdtemp(join(tmpdir(), `basis-ledger-${name}-`));
      made.push(dir);
      return dir;
    },
    async removeAll() {
      const removing = made;
      made = [];
      await Promise.all(removing.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
