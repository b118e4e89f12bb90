import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recogniseHeading } from '../../src/segment/heading.js';
import { headingNumber, sentence, title } from './arbitraries.js';
import { params, timeLimit } from './config.js';

describe('the heading grammar under fuzzing', () => {
  test('never throws on any line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), sentence, fc.stringMatching(/^[\dIVXLa-zđ.)\-– ]{0,12}[A-ZĐ]?/)), (line) => {
        const heading = recogniseHeading(line);
        if (heading) expect(line).toContain(heading.key.split(' ')[0]);
      }),
      params(),
    );
  }, timeLimit(1));

  test('recognises a generated "<number> <Title>" with the right key', () => {
    fc.assert(
      fc.property(headingNumber, title, ({ number, key }, text) => {
        const heading = recogniseHeading(`${number} ${text}`);
        expect(heading, `${number} ${text}`).not.toBeNull();
        expect(heading!.key).toBe(key);
        expect(heading!.title).toBe(text);
        expect(heading!.bare).toBe(false);
      }),
      params(),
    );
  }, timeLimit(1));
});
