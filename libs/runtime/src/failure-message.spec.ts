import { failureMessage } from './failure-message';

describe('failureMessage', () => {
  it('says the cause beneath the failure, when there is one', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:1');
    expect(failureMessage(new Error('the store is unavailable', { cause }))).toBe(
      'the store is unavailable: connect ECONNREFUSED 127.0.0.1:1',
    );
    expect(failureMessage(new Error('no ledger here'))).toBe('no ledger here');
  });
});
