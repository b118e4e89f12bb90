import { describe, expect, it } from 'vitest';
import { whileBusy } from '../../src/store/sqlite.js';

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe('whileBusy: a store setup tried again while SQLite answers BUSY', () => {
  it('tries again after BUSY and LOCKED answers, and returns once the setup goes through', () => {
    let calls = 0;
    whileBusy(() => {
      calls++;
      if (calls === 1) throw sqliteError('SQLITE_BUSY');
      if (calls === 2) throw sqliteError('SQLITE_LOCKED_SHAREDCACHE');
    });
    expect(calls).toBe(3);
  });

  it('gives any other error at once, and a BUSY one once the time limit is past', () => {
    let calls = 0;
    expect(() => whileBusy(() => { calls++; throw sqliteError('SQLITE_CORRUPT'); })).toThrow('SQLITE_CORRUPT');
    expect(calls).toBe(1);
    calls = 0;
    expect(() => whileBusy(() => { calls++; throw sqliteError('SQLITE_BUSY'); }, 0)).toThrow('SQLITE_BUSY');
    expect(calls).toBeLessThanOrEqual(2);
  });
});
