import { StoredEvent } from './event-store.port';
import { hashEvent } from './hash-chain';
import { testEvent } from './testing/test-events';
import { LogVerifier } from './verify-log';

/** A log of `streams` interleaved, each of `length` chained events, with positions 1, 2, 3, ... */
function interleavedLog(streams: string[], length: number): StoredEvent[] {
  const heads = new Map<string, StoredEvent>();
  const log: StoredEvent[] = [];
  for (let revision = 0; revision < length; revision++) {
    for (const streamId of streams) {
      const event = { ...testEvent(streamId, heads.get(streamId) ?? null), position: String(log.length + 1) };
      heads.set(streamId, event);
      log.push(event);
    }
  }
  return log;
}

function verify(log: readonly StoredEvent[], maxBreaks?: number) {
  const verifier = new LogVerifier(maxBreaks);
  for (const event of log) verifier.check(event);
  return verifier.result();
}

const at = (log: StoredEvent[], streamId: string, revision: number) =>
  log.findIndex((event) => event.streamId === streamId && event.revision === revision);

describe('LogVerifier', () => {
  it('verify_WhenLogIsIntact_CountsStreamsAndEventsAndNamesTheHead', () => {
    const log = interleavedLog(['a', 'b', 'c'], 4);
    expect(verify(log)).toEqual({
      valid: true,
      streams: 3,
      events: 12,
      breaks: [],
      breakCount: 0,
      headPosition: '12',
    });
  });

  it('verify_WhenEmpty_IsValidWithNoHead', () => {
    expect(verify([])).toMatchObject({ valid: true, streams: 0, events: 0, headPosition: null });
  });

  it('verify_WhenDataChanged_ReportsOneHashMismatchAtThatRevision', () => {
    const log = interleavedLog(['a', 'b'], 3);
    const i = at(log, 'b', 1);
    log[i] = { ...log[i], data: { ...log[i].data, legalBasis: 'consent' } };
    expect(verify(log)).toMatchObject({
      valid: false,
      breakCount: 1,
      breaks: [{ streamId: 'b', revision: 1, problem: 'hash-mismatch', position: log[i].position }],
    });
  });

  it('verify_WhenDataAndHashRewritten_ReportsTheBrokenLinkOfTheNextEvent', () => {
    const log = interleavedLog(['a'], 3);
    const { position, ...forged } = { ...log[1], data: { ...log[1].data, legalBasis: 'consent' } };
    log[1] = { ...forged, hash: hashEvent(forged), position };
    expect(verify(log).breaks).toEqual([expect.objectContaining({ revision: 2, problem: 'broken-link' })]);
  });

  it('verify_WhenRowDeleted_ReportsTheGapAtTheNextRevision', () => {
    const log = interleavedLog(['a', 'b'], 4);
    log.splice(at(log, 'a', 1), 1);
    expect(verify(log)).toMatchObject({
      valid: false,
      breakCount: 1,
      breaks: [
        { streamId: 'a', revision: 2, problem: 'revision-gap', detail: 'revision 1 is missing before it' },
      ],
    });
  });

  it('verify_WhenTwoRowsSwapPlaces_ReportsBothAndNothingAfter', () => {
    const log = interleavedLog(['a', 'b'], 4);
    const [first, second] = [at(log, 'a', 1), at(log, 'a', 2)];
    const [p1, p2] = [log[first].position, log[second].position];
    [log[first], log[second]] = [
      { ...log[second], position: p1 },
      { ...log[first], position: p2 },
    ];
    expect(verify(log).breaks).toEqual([
      expect.objectContaining({ streamId: 'a', revision: 2, problem: 'revision-gap' }),
      expect.objectContaining({ streamId: 'a', revision: 1, problem: 'revision-out-of-order' }),
    ]);
  });

  it('verify_WhenAnEventAppearsTwice_ReportsTheDuplicate', () => {
    const log = interleavedLog(['a'], 2);
    log.push({ ...log[1], position: '3' });
    expect(verify(log).breaks).toEqual([
      expect.objectContaining({ revision: 1, problem: 'duplicate-event' }),
    ]);
  });

  it('verify_WhenPositionsGoBackwards_ReportsTheEventOutOfPlace', () => {
    const log = interleavedLog(['a', 'b'], 2);
    log[2] = { ...log[2], position: '1' };
    expect(verify(log).breaks).toEqual([
      expect.objectContaining({ streamId: 'a', revision: 1, problem: 'position-not-increasing' }),
    ]);
  });

  it('verify_WhenFirstEventDoesNotStartFromGenesis_ReportsABrokenLink', () => {
    const [first] = interleavedLog(['a'], 1);
    const unhashed = { ...first, prevHash: 'f'.repeat(64) };
    expect(verify([{ ...unhashed, hash: hashEvent(unhashed) }]).breaks).toEqual([
      expect.objectContaining({ revision: 0, problem: 'broken-link' }),
    ]);
  });

  it('verify_WhenManyBreaks_KeepsTheFirstOnesAndCountsAll', () => {
    const log = interleavedLog(['a', 'b', 'c', 'd', 'e'], 1).map((event) => ({
      ...event,
      hash: '0'.repeat(64),
    }));
    expect(verify(log, 2)).toMatchObject({
      valid: false,
      breakCount: 5,
      breaks: [{ streamId: 'a' }, { streamId: 'b' }],
    });
  });
});
