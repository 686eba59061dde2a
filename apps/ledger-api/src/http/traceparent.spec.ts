import { traceOf } from './traceparent';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = '00f067aa0ba902b7';

describe('traceOf', () => {
  it('takes the trace and parent ids of a valid traceparent, sampled or not', () => {
    expect(traceOf(`00-${TRACE}-${PARENT}-01`)).toEqual({ traceId: TRACE, parentId: PARENT });
    expect(traceOf(`00-${TRACE}-${PARENT}-00`)).toEqual({ traceId: TRACE, parentId: PARENT });
  });

  it('takes a later version, with or without fields after its four', () => {
    expect(traceOf(`01-${TRACE}-${PARENT}-01`)).toEqual({ traceId: TRACE, parentId: PARENT });
    expect(traceOf(`cc-${TRACE}-${PARENT}-01-what-comes-next`)).toEqual({ traceId: TRACE, parentId: PARENT });
  });

  it.each([
    ['no header', undefined],
    ['two headers', [`00-${TRACE}-${PARENT}-01`, `00-${TRACE}-${PARENT}-01`]],
    ['the invalid version ff', `ff-${TRACE}-${PARENT}-01`],
    ['version 00 with more after the flags', `00-${TRACE}-${PARENT}-01-more`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${PARENT}-01`],
    ['an all-zero parent id', `00-${TRACE}-${'0'.repeat(16)}-01`],
    ['upper-case hex', `00-${TRACE.toUpperCase()}-${PARENT}-01`],
    ['a short trace id', `00-${TRACE.slice(1)}-${PARENT}-01`],
    ['a later version run on without a dash', `01-${TRACE}-${PARENT}-01x`],
    ['free text', 'someone@example.org'],
  ])('ignores %s', (_case, header) => {
    expect(traceOf(header)).toBeUndefined();
  });
});
