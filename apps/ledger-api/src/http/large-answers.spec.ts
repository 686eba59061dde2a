import Fastify from 'fastify';
import { LARGE_ANSWER, registerLargeAnswersAsBytes } from './large-answers';

describe('large answers, sent as bytes', () => {
  const large = { results: Array.from({ length: LARGE_ANSWER / 20 }, (_, i) => ({ n: i, text: 'café ✓' })) };
  const fastify = Fastify();
  registerLargeAnswersAsBytes(fastify);
  fastify.get('/large', async () => large);
  fastify.get('/small', async () => ({ n: 1, text: 'café ✓' }));
  fastify.get('/text', async () => 'é'.repeat(LARGE_ANSWER));
  afterAll(() => fastify.close());

  it.each([
    ['a large JSON answer', '/large', large, 'application/json; charset=utf-8'],
    ['a small one', '/small', { n: 1, text: 'café ✓' }, 'application/json; charset=utf-8'],
  ])('leave %s as Fastify would send it: same type, length and text', async (_, url, body, type) => {
    const answer = await fastify.inject({ url });
    expect(answer.headers['content-type']).toBe(type);
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(body)));
    expect(answer.json()).toEqual(body);
  });

  it('leave text of no declared type as text', async () => {
    const answer = await fastify.inject({ url: '/text' });
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toBe('é'.repeat(LARGE_ANSWER));
  });
});
