import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { sentence } from './arbitraries.js';
import { params, timeLimit } from './config.js';

/** Random paragraphs and tab-separated rows of report-like text. */
const text = fc.array(fc.oneof(sentence, fc.array(sentence, { minLength: 2, maxLength: 4 }).map((cells) => cells.join('\t'))), { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n'));

describe('figure extraction under fuzzing', () => {
  test('every figure quotes exactly the text at its span, inside its own block', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const result = await ingestBytes('fuzz.txt', Buffer.from(t, 'utf8'));
        if (!result.ok) return;
        const { source } = result;
        const { figures } = extractFigures(source, source.blocks.map(() => null));
        for (const f of figures) {
          const block = source.blocks[f.block];
          expect(source.text.slice(f.span.start, f.span.end)).toBe(f.raw);
          expect(block.text).toContain(f.raw);
          expect(f.span.start).toBeGreaterThanOrEqual(block.span.start);
          expect(f.span.end).toBeLessThanOrEqual(block.span.end);
          expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
      params(),
    );
  }, timeLimit(5));
});
