import { describe, expect, it } from 'vitest';
import { giveBuffer, takeBuffer } from '../../src/ingest/ocr-pool.js';

describe('page buffers used again (ocr-pool)', () => {
  it('hands a given-back buffer out again for the same length, and only once', () => {
    const a = takeBuffer(300_001);
    expect(a.length).toBe(300_001);
    giveBuffer(a);
    giveBuffer(a);
    const b = takeBuffer(300_001);
    expect(b).toBe(a);
    const c = takeBuffer(300_001);
    expect(c).not.toBe(a);
  });

  it('never hands out a buffer of another length', () => {
    const a = takeBuffer(200_003);
    giveBuffer(a);
    expect(takeBuffer(200_004).length).toBe(200_004);
    expect(takeBuffer(200_003)).toBe(a);
  });

  it('keeps no view into a larger buffer, and no small buffer', () => {
    const whole = Buffer.allocUnsafeSlow(400_000);
    giveBuffer(whole.subarray(0, 100_007));
    expect(takeBuffer(100_007).buffer).not.toBe(whole.buffer);
    const small = Buffer.allocUnsafeSlow(1000);
    giveBuffer(small);
    expect(takeBuffer(1000)).not.toBe(small);
  });
});
