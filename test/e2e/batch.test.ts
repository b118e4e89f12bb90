import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../pipelines/batch.js';

describe('runBatch', () => {
  it('shows the pages of a file being read by OCR on the progress line, then the file done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-batch-'));
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, '%PDF-1.4');
    const seen: Array<[number, number, string]> = [];
    await runBatch(
      [file],
      async (_path, onPage) => {
        onPage(1, 3);
        onPage(3, 3);
        return 'ok';
      },
      () => 'missing',
      { progress: (done, total, current) => seen.push([done, total, current]) },
    );
    expect(seen).toEqual([
      [0, 1, `${file} (OCR trang 1/3)`],
      [0, 1, `${file} (OCR trang 3/3)`],
      [1, 1, file],
    ]);
  });
});
