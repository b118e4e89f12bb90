import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/extract/meta.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { buildSource } from '../../src/ingest/build-source.js';

async function metaOf(text: string) {
  const r = await ingestBytes('inline.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractMeta(r.source);
}

// Session 33 (h166): a two-column header typed with spaces (the gap between the columns lost when spaces are run together),
// the parent committee above the issuing one. Header written for this test; the issuer is the lower line, by hand.
describe('extractMeta: header columns run together', () => {
  const lines = [
    'UBND HUYỆN ĐỊNH QUÁN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'UBND XÃ PHÚ NGỌC                              Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 145/BC-UBND                           Phú Ngọc, ngày 18 tháng 6 năm 2025',
    '',
    'BÁO CÁO',
    'Kết quả công tác phòng, chống dịch bệnh 6 tháng đầu năm 2025',
    '',
    'I. KẾT QUẢ',
    'Ban Chỉ đạo huyện Định Quán kiểm tra 12 cơ sở.',
  ];
  it('takes the lower committee line as the issuer, the number and place line apart', async () => {
    const meta = await metaOf(lines.join('\n'));
    expect(meta.unit).toEqual({ name: 'xã Phú Ngọc', level: 'xã' });
    expect(meta.number).toBe('145/BC-UBND');
    expect(meta.date).toBe('2025-06-18');
  });
  it('splits a header cell whose two committee lines were joined (a pdf table cell)', () => {
    const source = buildSource({ path: 'inline.pdf', format: 'pdf', bytes: new Uint8Array(), encoding: 'utf-8', blocks: [
      { kind: 'row', text: '', cells: ['UBND HUYỆN ĐỊNH QUÁN UBND XÃ PHÚ NGỌC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc'], table: 0, row: 0, line: 1, page: 1 },
      ...lines.slice(3).map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 2, page: 1 })),
    ] });
    const meta = extractMeta(source);
    expect(meta.unit).toEqual({ name: 'xã Phú Ngọc', level: 'xã' });
    expect(meta.parents[0]).toEqual({ name: 'huyện Định Quán', level: 'huyện' });
    // The national heading, its own piece now, names no issuing body ("CỘNG HÒA" before "XÃ HỘI …").
    expect(meta.body).toBeUndefined();
  });
});
