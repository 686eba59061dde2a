import { basis, erasure, objection } from '@ledger/domain/testing/events';
import type { Decision } from '../api/wire';
import { isFolded, purposesNamed } from './purposes-in-view';

const decision = (purpose: string, permitted: boolean, ...codes: string[]) =>
  ({ purpose, permitted, reasons: codes.map((code) => ({ code, message: '' })) }) as unknown as Decision;

describe('purposes in view', () => {
  it('purposesNamed_ByBasesObjectionsAndRetentions', () => {
    const events = [
      basis('b1', 'collection', 'contract'),
      objection('o1', ['prospect-contact', 'statistics']),
      erasure({ retain: ['fiscal-retention'] }),
    ];
    expect([...purposesNamed(events)].sort()).toEqual([
      'collection',
      'fiscal-retention',
      'prospect-contact',
      'statistics',
    ]);
  });

  it('isFolded_WithTheEvents_WhenNoEventNamesThePurpose_EvenIfErased', () => {
    const named = new Set(['collection']);
    expect(isFolded(decision('collection', false, 'ERASED'), named)).toBe(false);
    expect(isFolded(decision('payouts', false, 'ERASED'), named)).toBe(true);
  });

  it('isFolded_WithoutTheEvents_WhenRefusedForWantOfABasisOnly', () => {
    expect(isFolded(decision('payouts', false, 'NO_BASIS'), null)).toBe(true);
    expect(isFolded(decision('payouts', false, 'BASIS_EXPIRED'), null)).toBe(false);
    expect(isFolded(decision('collection', true, 'BASIS_ACTIVE'), null)).toBe(false);
  });
});
