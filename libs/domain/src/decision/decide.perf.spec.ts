import { basis, lifted, objection, overridden, restriction, t, withdrawn } from '../testing/events';
import { purposeOf } from '../testing/specification';
import { decide } from './decide';

/**
 * The decision is on every permission check's hot path (target: 1,000,000 a second on one core for a
 * 10-event history). The floor asserted here is far lower, so a busy test machine does not fail it; the
 * measured rate is printed for a human to read.
 */
describe('decide: speed', () => {
  const history = [
    basis('b1', 'collection', 'legitimate-interests'),
    basis('b2', 'collection', 'contract', { validUntil: t('2026-06-01') }),
    basis('b3', 'payouts', 'contract'),
    objection('o1', ['collection', 'statistics'], { at: t('2026-02-01') }),
    overridden('o1', { at: t('2026-03-01') }),
    restriction('r1', { dataCategories: ['bank-account'], at: t('2026-03-02') }),
    lifted('r1', { at: t('2026-03-03') }),
    withdrawn('b3', 'payouts', { at: t('2026-03-04') }),
    objection('o2', ['statistics'], { at: t('2026-04-01') }),
    restriction('r2', { purposes: ['statistics'], at: t('2026-04-02') }),
  ];

  it('decide_OnATenEventHistory_DecidesAtLeast200kASecond', () => {
    const purpose = purposeOf('collection');
    const at = t('2026-11-24');
    for (let i = 0; i < 50_000; i++) decide(history, purpose, at);
    const rounds = 300_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) decide(history, purpose, at);
    const perSecond = rounds / (Number(process.hrtime.bigint() - start) / 1e9);
    process.stdout.write(`decide: ${Math.round(perSecond).toLocaleString('en')} decisions/s\n`);
    expect(perSecond).toBeGreaterThan(200_000);
  });
});
