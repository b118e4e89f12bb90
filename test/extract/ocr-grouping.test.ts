import { describe, expect, it } from 'vitest';
import type { Block, Source } from '../../src/model/index.js';
import { extractFigures } from '../../src/extract/figures.js';

/** A source of paragraphs and table rows (cells split by tabs), scanned (OCR'd page 1) or typed. */
function source(lines: string[], ocr: boolean): Source {
  let at = 0;
  const blocks: Block[] = lines.map((text, index) => {
    const span = { start: at, end: at + text.length, line: index + 1, page: 1 };
    at += text.length + 1;
    const cells = text.includes('\t') ? text.split('\t') : undefined;
    return cells ? { index, kind: 'row', text, cells, table: 0, row: index, span } : { index, kind: 'paragraph', text, span };
  });
  return { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: lines.join('\n'), blocks, pages: 1, warnings: [], ...(ocr ? { ocrPages: [1] } : {}) } as Source;
}

describe('the grouping of thousands on a scan', () => {
  const lines = [
    'Trường có khuôn viên 12 480 m², sân chơi 3 150 m² và vườn trường 1 260 m².',
    'Hạng mục\tDiện tích (m²)',
    'Nhà học\t4170',
    'Nhà đa năng\t11250',
  ];
  const values = (s: Source) => extractFigures(s, s.blocks.map(() => null)).figures.filter((f) => f.block === 0).map((f) => f.value);

  it('is read from the prose, not from table cells Tesseract read as one word', () => {
    expect(values(source(lines, true))).toEqual([12480, 3150, 1260]);
  });

  it('still counts the typed table of a text PDF', () => {
    expect(values(source(lines, false))).not.toEqual([12480, 3150, 1260]);
  });
});

describe('a scanned table that groups its thousands by a space', () => {
  const cellValues = (s: Source) => extractFigures(s, s.blocks.map(() => null)).figures.filter((f) => s.blocks[f.block].kind === 'row').map((f) => f.value);
  const prose = 'Toàn huyện có 6.420 hộ dân tham gia.';

  it('reads each whole cell of one space-grouped number as that number when three cells or more are so written', () => {
    const s = source([prose, 'Thôn\tSố hộ\tSố khẩu', 'Thôn Một\t1 215\t4 870', 'Thôn Hai\t1 392\t5 106', 'Thôn Ba\t987\t3 944'], true);
    expect(cellValues(s)).toEqual([1215, 4870, 1392, 5106, 987, 3944]);
  });

  it('leaves a lone such cell of a scanned table as two numbers: two cells Tesseract ran together make one by chance', () => {
    const s = source([prose, 'Thôn\tSố hộ\tSố khẩu', 'Thôn Một\t1215\t4 870', 'Thôn Hai\t1392\t5106'], true);
    expect(cellValues(s)).toEqual([1215, 4, 870, 1392, 5106]);
  });
});

describe('the grouping of thousands on a scan with a large number read unsure', () => {
  const lines = ['Xã chi 245 300 nghìn đồng cho đường giao thông và 128 600 nghìn đồng cho kênh mương.', 'Số liệu tổng hợp đến hết năm 20189.'];
  const values = (s: Source) => extractFigures(s, s.blocks.map(() => null)).figures.filter((f) => f.block === 0).map((f) => f.value);
  /** The scan, its year read as "20189." with the confidence given and maybe a second reading. */
  const scanned = (conf: number, alt?: string) => {
    const s = source(lines, true);
    const at = s.text.indexOf('20189.');
    s.blocks[1].ocr = { confidence: conf, words: [{ start: at, end: at + 6, conf, ...(alt ? { alt } : {}) }] };
    return s;
  };

  it('leaves out a word whose digits Tesseract was unsure of: it tells nothing of how the report writes large numbers', () => {
    expect(values(scanned(96, '2018.'))).toEqual([245_300_000, 128_600_000]);
    expect(values(scanned(61))).toEqual([245_300_000, 128_600_000]);
  });

  it('still counts a large number read sure and ungrouped', () => {
    expect(values(scanned(96))).not.toEqual([245_300_000, 128_600_000]);
  });
});
