import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';

// A text table read as a pdf page gives it (rows as the pdf line builder hands them over).
async function pdfTable(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractTables({ ...r.source, format: 'pdf' }).tables[0];
}
const texts = (t: Awaited<ReturnType<typeof pdfTable>>) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('a pdf row whose label ran into its first number', () => {
  it('splits the number off and moves the cells back under their headers', async () => {
    const t = await pdfTable(['Lớp\tSĩ số\tGiỏi\tTỷ lệ (%)', 'Lớp 6 40\t10\t25,0\t', 'Lớp 7 50\t20\t40,0\t', 'Cộng\t90\t30\t33,3'].join('\n') + '\n');
    expect(texts(t)).toEqual([['Lớp 6', '40', '10', '25,0'], ['Lớp 7', '50', '20', '40,0'], ['Cộng', '90', '30', '33,3']]);
    expect(t.rows[0].label).toBe('Lớp 6');
    expect(t.rows[0].cells[1]).toMatchObject({ kind: 'count', value: 40 });
  });

  it('leaves the rows alone when an unnumbered label also ends empty (a notes column left blank)', async () => {
    const t = await pdfTable(['Tổ\tSố hộ\tGhi chú', 'Tổ 5 khu 2\t40\t', 'Tổ Bắc\t50\t', 'Cộng\t90\tđủ'].join('\n') + '\n');
    expect(texts(t)[0]).toEqual(['Tổ 5 khu 2', '40', '']);
  });
});

describe('a pdf row label whose last word touches its first number with no space', () => {
  it('splits "HIV/AIDS04" into the label and 04 and moves the cells back when only that row ends empty', async () => {
    // Hand-checked: 12 + 4 + 20 = 36 người, 10 + 3 + 18 = 31 được hỗ trợ, 6.000.000 + 1.500.000 + 9.000.000 = 16.500.000.
    const t = await pdfTable(['STT\tĐối tượng\tSố người\tSố được hỗ trợ\tKinh phí (đồng)', '1\tNgười cao tuổi cô đơn\t12\t10\t6.000.000',
      '2\tNgười nhiễm HIV/AIDS04\t03\t1.500.000\t', '3\tNgười khuyết tật nặng\t20\t18\t9.000.000', '\tCộng\t36\t31\t16.500.000'].join('\n') + '\n');
    expect(texts(t)[1]).toEqual(['2', 'Người nhiễm HIV/AIDS', '04', '03', '1.500.000']);
    expect(t.rows[1].label).toBe('Người nhiễm HIV/AIDS');
    expect(t.rows[1].cells[2]).toMatchObject({ kind: 'count', value: 4 });
  });

  it('leaves a label ending in a code alone when its row fills every cell, or the code mixes digits and letters', async () => {
    const full = await pdfTable(['STT\tTuyến đường\tChiều dài (km)\tĐã sửa (km)', '1\tQuốc lộ QL14\t12\t3', '2\tĐường huyện\t8\t2', '\tCộng\t20\t5'].join('\n') + '\n');
    expect(texts(full)[0]).toEqual(['1', 'Quốc lộ QL14', '12', '3']);
    const mixed = await pdfTable(['STT\tLớp\tSĩ số\tGhi chú', '1\tLớp 6A1\t40\t', '2\tLớp 6A2\t38\tđủ', '\tCộng\t78\tđủ'].join('\n') + '\n');
    expect(texts(mixed)[0]).toEqual(['1', 'Lớp 6A1', '40', '']);
  });
});

describe('a pdf row label ending in a bracket that touches its first number', () => {
  it('splits "(2,4 km)1.850" and reads the body by its own width when the header ran one cell wider', async () => {
    // Header of 6 cells over a body of 5 (a pdf set two header lines in one); the slipped row ends empty at the body's last column.
    // Hand-checked: 1.850 + 950 = 2.800.
    const t = await pdfTable(['STT\tCông trình\tKế hoạch\tGiải ngân\tTỷ lệ (%)\tGhi chú', '1\tĐường thôn Đông (2,4 km)1.850\t925\t50,00\t\t', '2\tĐường thôn Tây\t950\t475\t50,00\t', '\tCộng\t2.800\t1.400\t50,00\t'].join('\n') + '\n');
    expect(texts(t)[0].slice(0, 5)).toEqual(['1', 'Đường thôn Đông (2,4 km)', '1.850', '925', '50,00']);
    expect(t.rows[0].cells[2]).toMatchObject({ kind: 'count', value: 1850 });
    expect(texts(t)[1].slice(0, 5)).toEqual(['2', 'Đường thôn Tây', '950', '475', '50,00']);
  });
});

describe('a pdf row whose numbered label ran into its first number with no space', () => {
  it('splits after the label number that repeats the STT ("Tổ 235" in row 2 is "Tổ 2" and 35)', async () => {
    // Hand-checked: 40 + 35 + 51 = 126 once split; 12 + 9 + 20 = 41.
    const t = await pdfTable(['STT\tTổ dân phố\tSố hộ\tHộ khá\tHộ nghèo', '1\tTổ 140\t12\t2\t', '2\tTổ 235\t9\t3\t', '3\tTổ 351\t20\t1\t', '\tCộng\t126\t41\t6'].join('\n') + '\n');
    expect(texts(t).slice(0, 3)).toEqual([['1', 'Tổ 1', '40', '12', '2'], ['2', 'Tổ 2', '35', '9', '3'], ['3', 'Tổ 3', '51', '20', '1']]);
    expect(t.rows[1].label).toBe('Tổ 2');
    expect(t.rows[1].cells[2]).toMatchObject({ kind: 'count', value: 35 });
  });

  it('leaves labels alone whose number only happens to begin with the STT when the rows fill every cell', async () => {
    const t = await pdfTable(['STT\tTổ dân phố\tSố hộ\tHộ nghèo', '1\tTổ 12\t40\t2', '2\tTổ 25\t35\t3', '\tCộng\t75\t5'].join('\n') + '\n');
    expect(texts(t)[0]).toEqual(['1', 'Tổ 12', '40', '2']);
  });

  it('does not split on one row alone', async () => {
    const t = await pdfTable(['STT\tTổ dân phố\tSố hộ\tHộ nghèo', '1\tTổ 140\t2\t', '2\tTổ Đông\t35\t3', '\tCộng\t75\t5'].join('\n') + '\n');
    expect(texts(t)[0]).toEqual(['1', 'Tổ 140', '2', '']);
  });
});

describe('a pdf row label cut by a break whose end ran into the next row', () => {
  it('gives the words up to the open bracket back to their row and reads the next row as the total', async () => {
    // Hand-checked: 310 + 295 + 180 = 785 hộ in the rows; the last row is the total once "5)" goes back to "Cụm 2 (ấp 3 -".
    const t = await pdfTable(['STT\tCụm dân cư\tSố hộ\tHộ có điện', '1\tCụm 1 (ấp 1 - 2)\t310\t300', '2\tCụm 2\t295\t290', '\t(ấp 3 -\t\t', '\t5) Tổng số\t605\t590'].join('\n') + '\n');
    expect(t.rows.map((r) => r.label)).toEqual(['Cụm 1 (ấp 1 - 2)', 'Cụm 2 (ấp 3 - 5)', 'Tổng số']);
    expect(t.rows[2].total).toBe(true);
    expect(t.rows[2].cells[2]).toMatchObject({ kind: 'count', value: 605 });
  });

  it('leaves a label alone that opens with a closing bracket when no bracket was left open', async () => {
    const t = await pdfTable(['STT\tChỉ tiêu\tSố lượng', '1\tHộ nghèo\t40', '\tB) Cộng\t40'].join('\n') + '\n');
    expect(t.rows.map((r) => r.label)).toEqual(['Hộ nghèo', 'B) Cộng']);
  });
});

describe('a pdf row whose value ran into the signed change after it', () => {
  it('splits "312,40-2,15" into the value and its change and moves the cells back under their headers', async () => {
    // Hand-checked: 1.020,50 + 312,40 + 95,10 = 1.428,00 ha once the run-together cell is split.
    const t = await pdfTable(['Loại đất\tDiện tích (ha)\tTăng (+), giảm (-) (ha)', 'Đất lúa\t1.020,50\t-3,20', 'Đất màu\t312,40-2,15\t', 'Đất ở\t95,10\t+5,35', 'Cộng\t1.428,00\t0,00'].join('\n') + '\n');
    expect(texts(t)[1]).toEqual(['Đất màu', '312,40', '-2,15']);
    expect(t.rows[1].cells[1]).toMatchObject({ kind: 'decimal', value: 312.4 });
    expect(t.rows[1].cells[2]).toMatchObject({ kind: 'decimal', value: -2.15 });
  });

  it('leaves a run alone when no other row writes a signed figure in the next column', async () => {
    const t = await pdfTable(['Thôn\tSố hộ\tGhi chú', 'Đông\t120-5\t', 'Tây\t80\tđủ', 'Nam\t60\tđủ'].join('\n') + '\n');
    expect(texts(t)[0]).toEqual(['Đông', '120-5', '']);
  });
});

describe('a pdf row whose two values and signed change ran together (session 15)', () => {
  it('splits "75.00072.150-3,8" into the two years\' values and the change, moving the cells back under their headers', async () => {
    // Hand-checked: 120.000 + 75.000 + 300.000 = 495.000 and 114.600 + 72.150 + 276.000 = 462.750 once split.
    const t = await pdfTable(['TT\tĐơn vị\tNăm 2024\tNăm 2025\tTăng (+), giảm (-) %', '1\tTrạm bơm số 1\t120.000\t114.600\t-4,5', '2\tTrạm bơm số 2\t75.00072.150-3,8\t\t', '3\tTrạm bơm số 3\t300.000\t276.000\t-8,0', '\tCộng\t495.000\t462.750\t-6,5'].join('\n') + '\n');
    expect(texts(t)[1]).toEqual(['2', 'Trạm bơm số 2', '75.000', '72.150', '-3,8']);
    expect(t.rows[1].cells[3]).toMatchObject({ kind: 'count', value: 72150 });
    expect(t.rows[1].cells[4]).toMatchObject({ value: -3.8 });
  });

  it('leaves a run alone when it left fewer empty cells than the numbers it holds', async () => {
    const t = await pdfTable(['TT\tĐơn vị\tNăm 2024\tNăm 2025\tGhi chú', '1\tTrạm A\t120.000\t114.600\tđủ', '2\tTrạm B\t75.00072.150\t\tđủ', '3\tTrạm C\t300.000\t276.000\tđủ'].join('\n') + '\n');
    expect(texts(t)[1]).toEqual(['2', 'Trạm B', '75.00072.150', '', 'đủ']);
  });
});

describe('a pdf row whose two space-grouped numbers ran into one cell', () => {
  it('splits "186 420 2 310" where a group of one digit cannot go on, moving the cells after it right', async () => {
    // Hand-checked: 186 420 + 95 300 = 281 720; 2 310 + 1 050 = 3 360; 8 640 + 4 120 = 12 760.
    const t = await pdfTable(['Doanh nghiệp\tBưu gửi trong nước\tBưu gửi quốc tế\tDoanh thu', 'Công ty A\t186 420 2 310\t8 640\t', 'Công ty B\t95 300\t1 050\t4 120', 'Cộng\t281 720\t3 360\t12 760'].join('\n') + '\n');
    expect(texts(t)[0]).toEqual(['Công ty A', '186 420', '2 310', '8 640']);
    expect(t.rows[0].cells[2]).toMatchObject({ value: 2310 });
  });

  it('leaves one space-grouped number alone ("1 186 420" is one number)', async () => {
    const t = await pdfTable(['Doanh nghiệp\tBưu gửi\tDoanh thu', 'Công ty A\t1 186 420\t', 'Công ty B\t95 300\t4 120', 'Cộng\t1 281 720\t4 120'].join('\n') + '\n');
    expect(texts(t)[0]).toEqual(['Công ty A', '1 186 420', '']);
  });
});

describe('a pdf row whose label opens in lower case', () => {
  it('keeps a code with a capital inside ("mRNA", "eKYC") as a row of its own, not a wrapped line of the row above', async () => {
    // Hand-checked: 150 + 90 + 60 = 300 and 120 + 70 + 50 = 240 once the rows stay apart.
    const t = await pdfTable(['Loại\tCấp\tDùng', 'Vắc xin bất hoạt\t150\t120', 'mRNA\t90\t70', 'eKYC thử nghiệm\t60\t50', 'Cộng\t300\t240'].join('\n') + '\n');
    expect(t.rows.map((r) => r.label)).toEqual(['Vắc xin bất hoạt', 'mRNA', 'eKYC thử nghiệm', 'Cộng']);
    expect(t.rows[1].cells[1]).toMatchObject({ kind: 'count', value: 90 });
  });

  it('keeps a lower-case line that fills every number cell again as its own row, and still folds a wrapped label', async () => {
    const t = await pdfTable(['Nội dung\tKế hoạch\tThực hiện', 'Hộ được hỗ trợ nhà ở\t40\t35', 'xây mới\t25\t20', 'Hộ vay vốn sản xuất kinh\t60\t58', 'doanh\t\t'].join('\n') + '\n');
    expect(t.rows.map((r) => r.label)).toEqual(['Hộ được hỗ trợ nhà ở', 'xây mới', 'Hộ vay vốn sản xuất kinh doanh']);
    expect(t.rows[1].cells[2]).toMatchObject({ kind: 'count', value: 20 });
  });
});
