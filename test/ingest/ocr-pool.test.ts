import { describe, expect, it } from 'vitest';
import { giveBuffer, takeBuffer, takeBufferAtLeast } from '../../src/ingest/ocr-pool.js';

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

  it('hands out the smallest kept buffer long enough for a smaller need, whole, else a new one of the need', () => {
    const small = takeBuffer(500_011);
    const large = takeBuffer(900_017);
    giveBuffer(large);
    giveBuffer(small);
    const a = takeBufferAtLeast(400_009);
    expect(a).toBe(small);
    expect(a.length).toBe(500_011);
    expect(takeBufferAtLeast(400_009)).toBe(large);
    const fresh = takeBufferAtLeast(400_009);
    expect(fresh.length).toBe(400_009);
    expect(fresh).not.toBe(small);
  });
});
