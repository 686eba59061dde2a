import { cursorAfter, placeAfter } from './queue-cursor';

describe('the objections queue cursor', () => {
  const place = {
    occurredAt: '2026-11-01T00:00:00.000Z',
    recordedAt: '2026-11-02T00:00:00.000Z',
    subjectId: 'debtor:1',
    objectionId: '0b7e9f3c-2d1a-4c55-9b1e-6f0a1d2e3c4b',
  };

  it('placeAfter_OfCursorAfter_IsThePlaceOfTheLastObjectionListed', () => {
    const cursor = cursorAfter({ ...place, purposes: ['collection'], deadline: 'x' } as never);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(placeAfter(cursor)).toEqual(place);
  });

  it.each([
    '',
    'not base64 at all!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1,2,3,4]').toString('base64url'),
    Buffer.from('["x","y","z","w"]').toString('base64url'),
    cursorAfter({ ...place, occurredAt: '2026-13-45T00:00:00.000Z' }),
    cursorAfter({ ...place, recordedAt: '2026-11-02T01:00:00+01:00' }),
    cursorAfter({ ...place, subjectId: 'has space' }),
    cursorAfter({ ...place, objectionId: '' }),
  ])('placeAfter_%p_IsNoPlace', (cursor) => {
    expect(placeAfter(cursor)).toBeUndefined();
  });
});
