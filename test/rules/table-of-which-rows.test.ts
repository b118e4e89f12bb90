import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { extractTables } from '../../src/extract/tables.js';
import { namedAddends } from '../../src/extract/table-rows.js';
import { ingestBytes } from '../../src/ingest/index.js';

// Tables whose "Trong đó" rows are some of the row above, and totals that name the rows they add ("Cộng (2+3)").
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const totals = async (text: string) => (await findingsOf('table-total-mismatch', text)).map((f) => [f.messageId, f.data.stated, f.data.actual]);

// Health stations: row 1 has two "Trong đó" parts that overlap (4 + 3 ≤ 9), never items of the total 9 + 5 + 2 = 16.
const stations = (total: string) => rows(
  ['STT', 'Loại cơ sở', 'Số cơ sở', 'Số giường bệnh'],
  ['1', 'Trạm y tế xã', '9', '90'],
  ['', 'Trong đó:', '', ''],
  ['', '- Trạm đạt chuẩn quốc gia', '4', '40'],
  ['', '- Trạm có bác sĩ', '3', '30'],
  ['2', 'Phòng khám đa khoa khu vực', '5', '75'],
  ['3', 'Nhà hộ sinh', '2', '14'],
  ['', 'Tổng cộng', total, '179'],
);

describe('table rows that are "Trong đó" parts of the row above', () => {
  it('leaves the "Trong đó" caption and its bullets out of the total: 9 + 5 + 2 = 16', async () => {
    expect(await totals(stations('16'))).toEqual([]);
  });

  it('still flags a total that misses the top-level rows, with their sum', async () => {
    expect(await totals(stations('18'))).toEqual([['totalRowMismatch', 18, 16]]);
  });

  it('puts the caption one level below the row above, its bullets beside it in that row\'s group', async () => {
    const r = await ingestBytes('t.txt', Buffer.from(stations('16'), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const [t] = extractTables(r.source).tables;
    expect(t.rows.map((x) => [x.level, x.parent])).toEqual([[0, null], [1, 0], [1, 0], [1, 0], [0, null], [0, null], [null, null]]);
  });

  it('keeps a "Trong đó: nữ" row with its own value out of the total of the rows without STT', async () => {
    // 120 + 85 = 205; the 64 women are some of the 120 trainees.
    const text = rows(['Chỉ tiêu', 'Số người'], ['Học viên sơ cấp nghề', '120'], ['Trong đó: nữ', '64'], ['Học viên đào tạo dưới 3 tháng', '85'], ['Tổng số', '205']);
    expect(await totals(text)).toEqual([]);
  });
});

describe('a total row naming its addends', () => {
  it('reads "Cộng (2+3)", "Tổng cộng (I + II)" and "Tổng số = (1) + (2)"', () => {
    expect(namedAddends('Cộng (2+3)')).toEqual(['2', '3']);
    expect(namedAddends('Tổng cộng (I + II)')).toEqual(['I', 'II']);
    expect(namedAddends('Tổng số = (1) + (2)')).toEqual(['1', '2']);
    expect(namedAddends('Tổng cộng')).toBeNull();
    expect(namedAddends('Cộng (tỷ đồng)')).toBeNull();
  });

  // Row 1 is the whole, rows 2 and 3 split it by owner: 7 + 4 = 11 (adding every row would give 22).
  const owners = (total: string) => rows(
    ['STT', 'Chỉ tiêu', 'Số chợ', 'Số hộ kinh doanh'],
    ['1', 'Tổng số chợ trên địa bàn', '11', '1.460'],
    ['2', 'Chợ do xã quản lý', '7', '610'],
    ['3', 'Chợ do doanh nghiệp quản lý', '4', '850'],
    ['', 'Cộng (2+3)', total, '1.460'],
  );
  it('sums only the rows it names', async () => {
    expect(await totals(owners('11'))).toEqual([]);
  });
  it('flags it against those rows when they miss it', async () => {
    expect(await totals(owners('12'))).toEqual([['totalRowMismatch', 12, 11]]);
  });
});
