import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { extractTables } from '../../src/extract/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';

// Readings first met in school and preschool reports: per-class averages, shares of a measured whole, trends in a table
// of two dates, decrees cited by initials, pdf captions and labels closing on a bracket. Values checked by hand.
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

async function pdfTable(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractTables({ ...r.source, format: 'pdf' }).tables[0];
}

describe('an average column is its row\'s quotient of two amount columns', () => {
  // 210/7 = 30,0; 150/6 = 25,0; 99/4 = 24,75 → 24,8 (24,7 cut passes); 52/2 = 26,0 but written 28,0.
  const school = (last: string) => rows(['Khối', 'Số lớp', 'Số học sinh', 'HS bình quân/lớp'], ['Khối 1', '7', '210', '30,0'], ['Khối 2', '6', '150', '25,0'], ['Khối 3', '4', '99', '24,7'], ['Khối 4', '2', '52', last], ['Cộng', '19', '511', '26,9']);
  it('flags the row whose average is not its pupils over its classes', async () => {
    const found = await findingsOf('table-total-mismatch', school('28,0'));
    expect(found.map((f) => [f.messageId, f.data.row, f.data.actual])).toEqual([['quotientColumnMismatch', 'Khối 4', 26]]);
  });
  it('says nothing when every row agrees (a cut or rounded last digit both pass)', async () => {
    expect(await findingsOf('table-total-mismatch', school('26,0'))).toEqual([]);
  });
  it('says nothing of a row a thousand times its quotient (amounts in nghìn đồng beside đồng a person)', async () => {
    // 4 500/15 = 300, 6 000/20 = 300: rows agree; 28 800/96 = 300 but written 300 000 (đồng, the amount in nghìn đồng).
    const text = rows(['Nhóm', 'Số người', 'Kinh phí', 'Bình quân/người'], ['Nhóm A', '15', '4 500', '300'], ['Nhóm B', '20', '6 000', '300'], ['Nhóm C', '96', '28 800', '300 000']);
    expect(await findingsOf('table-total-mismatch', text)).toEqual([]);
  });
  it('says nothing when no pair of columns explains most rows', async () => {
    // 12/3 = 4, 40/8 = 5, 9/2 = 4,5: none of the averages is a quotient of the row's two amounts.
    const text = rows(['Xóm', 'Số hộ', 'Số khẩu', 'Bình quân'], ['Xóm A', '3', '12', '3,1'], ['Xóm B', '8', '40', '6,2'], ['Xóm C', '2', '9', '2,0']);
    expect(await findingsOf('table-total-mismatch', text)).toEqual([]);
  });
});

describe('a rate column of shares of the one row at 100%', () => {
  // 640 people screened: 32/640 = 5,00; 48/640 = 7,50; 16/640 = 2,50 (written 3,10).
  const table = (last: string) => rows(['Nội dung', 'Nam', 'Nữ', 'Cộng', 'Tỷ lệ (%)'], ['Số người được khám', '300', '340', '640', '100'], ['Tăng huyết áp', '20', '12', '32', '5,00'], ['Đái tháo đường', '30', '18', '48', '7,50'], ['Béo phì', '9', '7', '16', last]);
  it('flags the row whose share of the measured whole is wrong', async () => {
    const found = await findingsOf('table-total-mismatch', table('3,10'));
    expect(found.map((f) => [f.messageId, f.data.row, f.data.num, f.data.den])).toEqual([['percentColumnMismatch', 'Béo phì', 16, 640]]);
  });
  it('says nothing when the shares agree', async () => {
    expect(await findingsOf('table-total-mismatch', table('2,50'))).toEqual([]);
  });
});

describe('a trend claimed beside a table of two dates and a signed change column', () => {
  const table = rows(['Chỉ tiêu', 'Đầu kỳ', 'Cuối kỳ', 'Tăng (+), giảm (-)'], ['Hộ nghèo', '120', '96', '-24'], ['Hộ cận nghèo, mới thoát nghèo', '80', '87', '+7'], ['Hộ khá', '300', '318', '+18']);
  it('flags a row named with its comma said to fall when its cell rose', async () => {
    const found = await findingsOf('claim-mismatch', table + 'Số hộ nghèo giảm mạnh; hộ cận nghèo, mới thoát nghèo cũng giảm so với đầu kỳ.\n');
    expect(found.map((f) => [f.messageId, f.data.row])).toEqual([['trendMismatch', 'Hộ cận nghèo, mới thoát nghèo']]);
  });
  it('says nothing when the claim names no column of the table', async () => {
    expect(await findingsOf('claim-mismatch', table + 'Hộ khá giảm so với cùng kỳ năm trước.\n')).toEqual([]);
  });
  it('says nothing when the way agrees', async () => {
    expect(await findingsOf('claim-mismatch', table + 'Hộ khá tăng so với đầu kỳ.\n')).toEqual([]);
  });
});

describe('a bare "Số X" change claim read against the table above, a paragraph of other figures between', () => {
  it('flags "tăng 20%" when the table gives 330 against 300 (10%)', async () => {
    const text = rows(['Cấp học', 'Số học sinh', 'Số lớp'], ['Tiểu học', '330', '11'], ['Trung học cơ sở', '280', '8'])
      + '- Tỷ lệ học sinh đi học đúng độ tuổi đạt 99,1% (330/333).\n- Số học sinh tiểu học tăng 20% so với năm học trước (300 học sinh).\n';
    const found = await findingsOf('claim-mismatch', text);
    expect(found.map((f) => [f.messageId, f.data.base, f.data.value])).toEqual([['changeMismatch', 300, 330]]);
  });
});

describe('an appendix row read against a sentence', () => {
  it('never holds a count against its row\'s negated column ("Chưa qua đào tạo")', async () => {
    const text = '- 40/40 cán bộ đạt chuẩn trình độ đào tạo (100%).\n\nPHỤ LỤC\n' + rows(['Chức danh', 'Tổng số', 'Đại học', 'Cao đẳng', 'Chưa qua đào tạo'], ['Cán bộ', '40', '31', '9', '0'], ['Nhân viên', '12', '2', '4', '6'], ['Cộng', '52', '33', '13', '6']);
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });
});

describe('document numbers written with the kind in initials', () => {
  it('excludes "NĐ 105/2020", "TT số 19/2023", "QĐ 1234/2024" and keeps a count after them', () => {
    expect(excluded('Hỗ trợ ăn trưa (NĐ 105/2020) cho 188 trẻ')).toEqual(['NĐ 105/2020']);
    expect(excluded('theo TT số 19/2023 và QĐ 1234/2024')).toEqual(['TT số 19/2023', 'QĐ 1234/2024']);
    expect(excluded('TT 12/40 hộ')).toEqual([]);
  });
});

describe('pdf tables', () => {
  it('drops a caption line set as the first row above the heads', async () => {
    const t = await pdfTable(['Số lớp\tvà số trẻ theo\tđơn vị (tính cả nhóm trẻ):', 'Đơn vị\tSố lớp\tSố trẻ\tBình quân trẻ/lớp', 'MN An\t10\t280\t28,0', 'MN Bình\t8\t200\t25,0', 'Cộng\t18\t480\t26,7'].join('\n') + '\n');
    expect(t.columns.map((c) => c.header)).toEqual(['Đơn vị', 'Số lớp', 'Số trẻ', 'Bình quân trẻ/lớp']);
    expect(t.rows.map((r) => r.label)).toEqual(['MN An', 'MN Bình', 'Cộng']);
  });
  it('splits a number touching a label\'s closing bracket when its row ends one cell short', async () => {
    const t = await pdfTable(['Nhóm tuổi\tDân số\tRa lớp\tTỷ lệ (%)', 'Nhà trẻ (0-2 tuổi)1.240\t372\t30,0\t', 'Mẫu giáo (3-5 tuổi)\t1.100\t1.078\t98,0', 'Cộng\t2.340\t1.450\t62,0'].join('\n') + '\n');
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['Nhà trẻ (0-2 tuổi)', '1.240', '372', '30,0']);
    expect(t.rows[0].label).toBe('Nhà trẻ (0-2 tuổi)');
  });
});

describe('two shares of one whole said in two places', () => {
  it('flags "312/340 hộ dùng nước sạch" restated as 321/340', async () => {
    const text = '- Thôn Đông: số hộ dùng nước sạch 312/340 hộ, tỷ lệ 91,8%.\n\nCác công trình cấp nước hoạt động ổn định.\n\n- Hộ dùng nước sạch 321/340 hộ, đạt 94,4%.\n';
    const found = await findingsOf('repeated-value-conflict', text);
    expect(found.map((f) => [f.data.value, f.data.other])).toEqual([['321/340', '312/340']]);
  });
  it('says nothing for two places under their own heads', async () => {
    const text = '- Thôn Đông: hộ dùng nước sạch 312/340 hộ.\n\nCác công trình cấp nước hoạt động ổn định.\n\n- Thôn Tây: hộ dùng nước sạch 290/340 hộ.\n';
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });
});

describe('two paragraphs listing the same counts', () => {
  // 9 = 9 echoes; 23 against 25 of the same name is the one that differs.
  const later = (n: string) => `- Tồn tại: còn ${n} hộ nghèo thiếu đất sản xuất và 9 hộ cận nghèo thiếu nước sạch.\n`;
  const first = '- Kết quả rà soát tháng 10/2025: hộ nghèo thiếu đất sản xuất 23 hộ, hộ cận nghèo thiếu nước sạch 9 hộ.\n\nCông tác hỗ trợ được triển khai kịp thời.\n\n';
  it('flags the count that differs where another echoes', async () => {
    const found = await findingsOf('repeated-value-conflict', first + later('25'));
    expect(found.map((f) => [f.data.value, f.data.other])).toEqual([['25', '23']]);
  });
  it('says nothing when the other paragraph looks back ("so với đầu năm")', async () => {
    const text = '- So với đầu năm: hộ nghèo thiếu đất sản xuất 23 hộ, hộ cận nghèo thiếu nước sạch 9 hộ.\n\nCông tác hỗ trợ được triển khai.\n\n' + later('25');
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });
  it('says nothing without an echo', async () => {
    const text = first + '- Tồn tại: còn 25 hộ nghèo thiếu đất sản xuất và 7 hộ cận nghèo thiếu nước sạch.\n';
    expect(await findingsOf('repeated-value-conflict', text)).toEqual([]);
  });
});

describe('a bound claimed of every row of the table beside it', () => {
  // 120/4 = 30,0 and 99/3 = 33,0 breaks "dưới 32"; all rows stay "trên 25".
  const table = rows(['Khối lớp', 'Số lớp', 'Số học sinh', 'Bình quân học sinh/lớp'], ['Khối 6', '4', '120', '30,0'], ['Khối 7', '3', '99', '33,0'], ['Khối 8', '4', '112', '28,0'], ['Cộng', '11', '331', '30,1']);
  it('flags "tất cả các khối lớp đều dưới 32 học sinh/lớp" beside a row at 33,0', async () => {
    const found = await findingsOf('claim-mismatch', table + '- Sĩ số bình quân của tất cả các khối lớp đều dưới 32 học sinh/lớp.\n');
    expect(found.map((f) => [f.messageId, f.data.value, f.data.target])).toEqual([['targetMismatch', 33, 32]]);
  });
  it('says nothing when every row keeps the bound, or when the claim is hedged or planned', async () => {
    expect(await findingsOf('claim-mismatch', table + '- Bình quân học sinh/lớp của các khối lớp đều trên 25 học sinh.\n')).toEqual([]);
    expect(await findingsOf('claim-mismatch', table + '- Phấn đấu bình quân học sinh/lớp của tất cả các khối lớp đều dưới 32.\n')).toEqual([]);
    expect(await findingsOf('claim-mismatch', table + '- Bình quân học sinh/lớp của hầu hết các khối lớp đều dưới 32.\n')).toEqual([]);
  });
});

describe('a negated statement of no row changing', () => {
  it('says nothing on "Không có xã, phường nào có số hộ nghèo tăng so với đầu kỳ" beside a row that fell', async () => {
    const table = rows(['Chỉ tiêu', 'Đầu kỳ', 'Cuối kỳ', 'Tăng (+), giảm (-)'], ['Số hộ nghèo', '120', '96', '-24'], ['Số hộ cận nghèo', '80', '87', '+7']);
    expect(await findingsOf('claim-mismatch', table + '- Không có xã, phường nào có số hộ nghèo tăng so với đầu kỳ.\n')).toEqual([]);
  });
});
