import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { hashEvent } from './hash-chain';
import { testEvent } from './testing/test-events';

/** The definition: SHA-256 over the RFC 8785 canonical JSON of the hashed fields. */
const byDefinition = (event: ReturnType<typeof testEvent>) => {
  const { eventId, streamId, revision, type, occurredAt, recordedAt, actor, data, prevHash } = event;
  const fields = { eventId, streamId, revision, type, occurredAt, recordedAt, actor, data, prevHash };
  return createHash('sha256')
    .update(canonicalize(fields) as string)
    .digest('hex');
};

describe('hashEvent', () => {
  it('hashes the canonical JSON of the event, whatever the order and content of its data', () => {
    const events = [
      testEvent('subject-1', null),
      testEvent('subject-ü "quoted"', null, {
        type: 'ObjectionFiled',
        data: {
          z: 1,
          purposes: ['b', 'a'],
          nested: { y: null, x: [1.5, true] },
          é: 'ünïcode\n',
          skipped: undefined,
        },
      }),
      { ...testEvent('subject-2', null), revision: 12, actor: { role: 'dpo', name: 'Ann' } },
    ];
    for (const event of events) expect(hashEvent(event)).toBe(byDefinition(event));
  });
});
