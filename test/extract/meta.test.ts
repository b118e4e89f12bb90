import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMeta, readPeriod, titleOf } from '../../src/extract/meta.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { DocumentMeta, type Source } from '../../src/model/index.js';

async function sourceOf(text: string, path = 'inline.txt'): Promise<Source> {
  const r = await ingestBytes(path, Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.source;
}

async function seedMeta(name: string): Promise<DocumentMeta> {
  const r = await ingestBytes(name, readFileSync(new URL(`../../fixtures/seeds/${name}.txt`, import.meta.url)));
  if (!r.ok) throw new Error(r.error.message);
  return extractMeta(r.source);
}

const u = (name: string, level: DocumentMeta['parents'][number]['level']) => ({ name, level });

/** Read by hand from each seed's header, title, intro and closing. */
const SEEDS: Record<string, DocumentMeta> = {
  '000_d822b3314a80c054': {
    unit: u('phường Bắc Sơn', 'phường'),
    parents: [u('thị xã Bắc Sơn', 'thị xã'), u('tỉnh Thanh Hóa', 'tỉnh')],
    period: { start: '2023-01-01', end: '2023-06-30', label: '6 tháng đầu năm 2023' },
    date: null, number: null, draft: false,
    title: 'Kết quả chuyển đổi số 6 tháng đầu năm 2023 Phường Bắc Sơn',
  },
  '001_311a9839200255dd': {
    unit: u('xã Phú Tân', 'xã'),
    parents: [u('huyện Tân Phú Đông', 'huyện'), u('tỉnh Tiền Giang', 'tỉnh')],
    period: { start: '2024-01-01', end: '2024-03-31', label: 'Quý I/2024' },
    date: null, number: null, draft: false,
    title: 'Tình hình thực hiện Nghị quyết số 08-NQ/TU ngày 06/10/2021 về chuyển đổi số tỉnh Tiền Giang đến năm năm 2025 và định hướng đến năm 2030 trong Quý I/2024',
  },
  '002_1b00c6e55fb426e7': {
    unit: u('huyện Hưng Hà', 'huyện'),
    parents: [u('tỉnh Thái Bình', 'tỉnh')],
    period: { start: '2024-01-01', end: '2024-12-31', label: 'năm 2024' },
    date: null, number: null, draft: true,
    title: 'Kết quả thực hiện chuyển đổi số năm 2024; nhiệm vụ, giải pháp trọng tâm năm 2025',
  },
  '003_de71c115c989c0f9': {
    unit: u('xã Hoàng Tiến', 'xã'),
    parents: [u('huyện Hoàng Hóa', 'huyện'), u('tỉnh Thanh Hóa', 'tỉnh')],
    period: { start: '2023-01-01', end: '2023-12-31', label: 'năm 2023' },
    date: null, number: null, draft: false,
    title: 'Kết quả triển khai các nội dung về chuyển đổi số cấp xã năm 2023 xã Hoàng Tiến, huyện Hoàng Hóa',
  },
  '004_9d8bea49ef95c194': {
    unit: u('phường Giếng Đáy', 'phường'),
    parents: [u('thành phố Hạ Long', 'thành phố'), u('tỉnh Quảng Ninh', 'tỉnh')],
    period: { start: '2024-05-01', end: '2024-05-31', label: 'tháng 05/2024' },
    date: '2024-05-15', number: null, draft: false,
    title: 'Kết quả triển khai thực hiện Nghị quyết 09-NQ/TU ngày 05/2/2022 của Ban thường vụ Tỉnh ủy về Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030 (tháng 05/2024)',
  },
};

describe('extractMeta reads each seed report as checked by hand', () => {
  for (const [name, expected] of Object.entries(SEEDS)) {
    it(`reads ${name}`, async () => {
      const meta = await seedMeta(name);
      expect(DocumentMeta.parse(meta)).toEqual(expected);
    });
  }

  it('keeps fixtures/gold/meta.json in step with the hand-checked values', () => {
    const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/meta.json', import.meta.url), 'utf8'));
    expect(gold).toEqual(SEEDS);
  });
});

describe('extractMeta reads a full header', () => {
  const header = [
    'ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀ LẠC', '', 'Số: 45/BC-UBND', '', 'Hoà Lạc, ngày 15 tháng 05 năm 2024', '', 'DỰ THẢO', '',
    'BÁO CÁO', 'Kết quả chuyển đổi số quý II năm 2024', '',
    'Thực hiện Công văn số 12/UBND ngày 01/3/2024 của UBND thành phố Móng Cái, tỉnh Quảng Ninh, UBND phường Hòa Lạc báo cáo như sau:', '',
    'I. KẾT QUẢ', '', 'Tại xã Hải Xuân đã giao 3 hồ sơ.',
  ].join('\n');

  it('takes the issuer from the capitals header, title-cased, matching Hoà and Hòa as one place', async () => {
    const meta = extractMeta(await sourceOf(header));
    expect(meta.unit).toEqual({ name: 'phường Hoà Lạc', level: 'phường' });
    expect(meta.parents).toEqual([u('thành phố Móng Cái', 'thành phố'), u('tỉnh Quảng Ninh', 'tỉnh')]);
  });

  it('reads number, date, draft flag and a quarter written out in words', async () => {
    const meta = extractMeta(await sourceOf(header));
    expect(meta).toMatchObject({ number: '45/BC-UBND', date: '2024-05-15', draft: true });
    expect(meta.period).toEqual({ start: '2024-04-01', end: '2024-06-30', label: 'quý II năm 2024' });
    expect(titleOf(await sourceOf(header))).toBe('Kết quả chuyển đổi số quý II năm 2024');
  });

  it('reads number and date from a two-column header row (TAB cells), and a year a narrow pdf column wrapped onto the next line', async () => {
    const tabbed = 'UBND XÃ YÊN MỸ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ HUY QUÂN SỰ\tĐộc lập - Tự do - Hạnh phúc\nSố: 07/BC-BCH\tYên Mỹ, ngày 02 tháng 10 năm 2026\n\nBÁO CÁO\nKết quả huấn luyện quý III năm 2026\n\nI. KẾT QUẢ\nĐã huấn luyện 04 đợt.';
    expect(extractMeta(await sourceOf(tabbed))).toMatchObject({ number: '07/BC-BCH', date: '2026-10-02' });
    const wrapped = 'UBND XÃ YÊN MỸ\nYên Mỹ, ngày 02 tháng 10\nSố: 07/BC-BCH năm 2026\n\nBÁO CÁO\nKết quả huấn luyện quý III năm 2026\n\nI. KẾT QUẢ\nĐã huấn luyện 04 đợt.';
    expect(extractMeta(await sourceOf(wrapped))).toMatchObject({ number: '07/BC-BCH', date: '2026-10-02' });
    // A place line with no year anywhere near it gives no date, never a guessed one.
    const yearless = 'UBND XÃ YÊN MỸ\nSố: 07/BC-BCH\nYên Mỹ, ngày 02 tháng 10\n\nBÁO CÁO\nKết quả huấn luyện quý III năm 2026';
    expect(extractMeta(await sourceOf(yearless)).date).toBeNull();
  });

  it('takes the issuer\'s level from the capitals header, though the text names "UBND tỉnh" more often than itself', async () => {
    const text = (top: string) => `${top}\nSố: 12/BC-UBND\nBình Minh, ngày 05 tháng 7 năm 2026\n\nBÁO CÁO\nKết quả 6 tháng đầu năm 2026\n\n`
      + 'Thực hiện Công văn số 88/UBND ngày 02/6/2026 của UBND tỉnh Vĩnh Long, UBND xã báo cáo như sau:\n\nI. KẾT QUẢ\n'
      + 'Xã Bình Minh đã trình UBND tỉnh phê duyệt 02 dự án.\n\nNơi nhận:\n- UBND tỉnh Vĩnh Long;\n- Lưu: VT.\n';
    expect(extractMeta(await sourceOf(text('ỦY BAN NHÂN DÂN\nXÃ BÌNH MINH'))).unit).toEqual(u('xã Bình Minh', 'xã'));
    // A header naming the province above the commune: the issuer is the lowest level it names.
    expect(extractMeta(await sourceOf(text('TỈNH VĨNH LONG\nUBND XÃ BÌNH MINH'))).unit).toEqual(u('xã Bình Minh', 'xã'));
  });

  it('takes the parent, not the issuer, from "Thực hiện … của UBND thị xã"', async () => {
    const text = 'BÁO CÁO\nKết quả năm 2024\n\nThực hiện Công văn số 5/UBND ngày 2/1/2024 của UBND thị xã Nghi Sơn, UBND xã Hải Nhân báo cáo như sau:\n\nI. KẾT QUẢ';
    const meta = extractMeta(await sourceOf(text));
    expect(meta.unit).toEqual(u('xã Hải Nhân', 'xã'));
    expect(meta.parents).toEqual([u('thị xã Nghi Sơn', 'thị xã')]);
  });

  it('takes a centrally governed city named beside a quận as its province, not as a peer district', async () => {
    const text = 'ỦY BAN NHÂN DÂN\nQUẬN LÊ CHÂN\nBÁO CÁO\nKết quả quý III năm 2024\n\nThực hiện Công văn số 9/STTTT của Sở Thông tin và Truyền thông thành phố Hải Phòng, UBND quận Lê Chân báo cáo như sau:\n\nI. KẾT QUẢ';
    const meta = extractMeta(await sourceOf(text));
    expect(meta.unit).toEqual(u('quận Lê Chân', 'quận'));
    expect(meta.parents).toEqual([u('thành phố Hải Phòng', 'thành phố')]);
  });
});

describe('readPeriod reads the period words of Vietnamese reports', () => {
  const cases: Array<[string, string, string]> = [
    ['Báo cáo 6 tháng cuối năm 2023', '2023-07-01', '2023-12-31'],
    ['kết quả 9 tháng đầu năm 2024', '2024-01-01', '2024-09-30'],
    ['tình hình tháng 02/2024', '2024-02-01', '2024-02-29'],
    ['từ 01/1/2024 đến 30/11/2024', '2024-01-01', '2024-11-30'],
    ['đến năm 2025, định hướng đến năm 2030 trong năm 2024', '2024-01-01', '2024-12-31'],
  ];
  for (const [text, start, end] of cases) {
    it(`reads "${text}" as ${start}..${end}`, () => {
      expect(readPeriod(text)).toMatchObject({ start, end });
    });
  }

  it('takes the dates glossing a period\'s words as the period: a month counted from the 15th', () => {
    expect(readPeriod('Kết quả tháng 3/2024 (từ ngày 15/02/2024 đến ngày 14/3/2024) của phường'))
      .toEqual({ start: '2024-02-15', end: '2024-03-14', label: 'tháng 3/2024' });
    expect(readPeriod('Kết quả năm 2024 và đợt ra quân từ 01/3/2024 đến 05/3/2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('keeps the named period and reads the window the intro counts the figures over ("số liệu tính từ …")', async () => {
    const meta = extractMeta(await sourceOf(['Số: 12/BC-UBND', 'Tân An, ngày 16 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác thông tin năm 2025',
      'UBND xã báo cáo kết quả năm 2025 (số liệu tính từ ngày 15/12/2024 đến ngày 14/12/2025) như sau:', 'I. KẾT QUẢ', 'Nội dung.'].join('\n')));
    expect(meta.period).toEqual({ start: '2025-01-01', end: '2025-12-31', label: 'năm 2025' });
    expect(meta.window).toEqual({ start: '2024-12-15', end: '2025-12-14' });
  });

  it('reads nothing from a horizon alone ("đến năm 2030")', () => {
    expect(readPeriod('định hướng đến năm 2030')).toBeNull();
  });
});
