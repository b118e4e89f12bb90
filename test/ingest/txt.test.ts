import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import type { Source } from '../../src/model/index.js';

async function read(text: string | Uint8Array): Promise<Source> {
  const r = await ingestBytes('t.txt', typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  if (!r.ok) throw new Error(r.error.message);
  return r.source;
}

describe('the text ingester', () => {
  it('strips bold markers and unwraps inline math into plain figures', async () => {
    const s = await read('**I. KẾT QUẢ**\n\nĐạt $82/82 = 100\\%$ hồ sơ.\n');
    expect(s.blocks.map((b) => b.text)).toEqual(['I. KẾT QUẢ', 'Đạt 82/82 = 100% hồ sơ.']);
  });

  it('keeps line numbers of the file as positions', async () => {
    const s = await read('Dòng một\n\n\nDòng bốn\n');
    expect(s.blocks.map((b) => b.span.line)).toEqual([1, 4]);
    expect(s.text.slice(s.blocks[1].span.start, s.blocks[1].span.end)).toBe('Dòng bốn');
  });

  it('keeps tab-separated lines as rows of one table, across blank lines', async () => {
    const s = await read('STT\tNội dung\tKết quả\n1\tTin bài\t16\n\n2\tPhát sóng\t24\nHết bảng\n3\tx\ty\n');
    const rows = s.blocks.filter((b) => b.kind === 'row');
    expect(rows.map((r) => [r.table, r.row])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0]]);
    expect(rows[1].cells).toEqual(['1', 'Tin bài', '16']);
  });

  it('turns HTML checkboxes, links and italics into what they show', async () => {
    const s = await read('Băng từ\t<input type="checkbox"/>\t<input checked="" type="checkbox"/>\nXem <http://x.gov.vn> và <i>Tổng số</i>\n');
    expect(s.blocks[0].cells).toEqual(['Băng từ', '☐', '☑']);
    expect(s.blocks[1].text).toBe('Xem http://x.gov.vn và Tổng số');
  });

  it('normalises to NFC and maps the eth look-alike to Đ', async () => {
    const s = await read('\u00D0a\u0300 Na\u0306\u0303ng');
    expect(s.blocks[0].text).toBe('Đà Nẵng');
  });

  it('reads UTF-16 with a byte-order mark and UTF-8 with one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Báo cáo 6 tháng', 'utf16le')]);
    expect((await read(utf16)).blocks[0].text).toBe('Báo cáo 6 tháng');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Báo cáo', 'utf8')]);
    const s = await read(bom);
    expect(s.blocks[0].text).toBe('Báo cáo');
    expect(s.encoding).toBe('utf-8-bom');
  });

  it('keeps footnote superscripts apart from the numbers before them', async () => {
    const s = await read('phục vụ người dân¹. Có 12²\n¹ Kế hoạch số 178/KH-UBND\n');
    expect(s.blocks[0].text).toBe('phục vụ người dân¹. Có 12²');
    expect(s.blocks[1].kind).toBe('footnote');
  });
});
