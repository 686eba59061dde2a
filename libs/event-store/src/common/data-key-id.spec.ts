import { MAX_DATA_KEY_ID_LENGTH } from '../event-store.port';
import { assertDataKeyId } from './data-key-id';

describe('assertDataKeyId', () => {
  it('takes any id of 1 to 300 characters, "/" and ":" included', () => {
    for (const keyId of [
      's',
      'debtor-1001/purpose:fiscal-retention',
      'é/:$ ',
      'k'.repeat(MAX_DATA_KEY_ID_LENGTH),
    ]) {
      expect(() => assertDataKeyId(keyId)).not.toThrow();
    }
  });

  it('refuses an empty id, a longer one, and one holding NUL', () => {
    expect(() => assertDataKeyId('')).toThrow(RangeError);
    expect(() => assertDataKeyId('k'.repeat(MAX_DATA_KEY_ID_LENGTH + 1))).toThrow('1 to 300 characters');
    expect(() => assertDataKeyId('debtor-1001\u0000')).toThrow('must not hold NUL');
  });
});
