import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LedgerHarness } from '../support/ledger-harness';
import { temporaryDirectories } from '../support/temporary-directories';

const MAX_BYTES = 16 * 1024;
const FILES = 3;
const CHECKS = 400;

/**
 * The decision log moves aside by size and keeps a bounded number of files, so a busy ledger cannot fill its
 * disk with it (before, it grew without bound, some 35 MB/s under batch load, and a full disk refuses every
 * check). What is kept is whole: every line is a complete answer's, and the newest answers are all there.
 */
describe('decision log rotation (LEDGER_DECISION_LOG_MAX_BYTES, LEDGER_DECISION_LOG_FILES)', () => {
  const temp = temporaryDirectories('rotation');
  let dataDir: string;
  beforeAll(async () => (dataDir = await temp.make()));
  afterAll(() => temp.removeAll());

  it(`keeps ${FILES} full files beside the one written, none past its size, with the newest answers whole and in order`, async () => {
    const file = join(dataDir, 'logs', 'decisions.jsonl');
    const ledger = await LedgerHarness.start({
      dataDir,
      decisionLog: file,
      decisionLogMaxBytes: MAX_BYTES,
      decisionLogFiles: FILES,
    });
    const decisionIds: string[] = [];
    try {
      for (let i = 0; i < CHECKS; i++) {
        const answer = await ledger.get(`/v1/subjects/rotated-${i}/permissions/collection`);
        expect(answer.status).toBe(200);
        decisionIds.push(answer.body.decisionId);
      }
    } finally {
      await ledger.stop({ keepData: true });
    }

    const names = (await readdir(join(dataDir, 'logs'))).sort();
    expect(names).toEqual(['decisions.jsonl', 'decisions.jsonl.1', 'decisions.jsonl.2', 'decisions.jsonl.3']);
    const oldestFirst = [...names.slice(1).reverse(), names[0]].map((name) => join(dataDir, 'logs', name));
    const kept: string[] = [];
    for (const [i, path] of oldestFirst.entries()) {
      const { size, mode } = await stat(path);
      expect(size).toBeLessThanOrEqual(MAX_BYTES);
      // A file moved aside was full: the next answer's line would not have fitted.
      if (i < FILES) expect(size).toBeGreaterThan(MAX_BYTES - 1024);
      expect(mode & 0o777).toBe(0o600);
      const text = await readFile(path, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      kept.push(
        ...text
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line).decisionId),
      );
    }
    // The oldest answers moved out; what is kept is the latest ones, each once, in the order they were given.
    expect(kept.length).toBeLessThan(CHECKS);
    expect(kept).toEqual(decisionIds.slice(-kept.length));
  });
});
