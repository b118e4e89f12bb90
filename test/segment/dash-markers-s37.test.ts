/**
 * Heading markers followed by a dash (s37): "II – KẾT QUẢ", "3 – Chăn nuôi", "b – Về thủy lợi" (en dash set off by spaces),
 * "II - ", "3- ", "b- " (hyphen), the em dash "—", and a title glued to the dash ("II-KẾT QUẢ", "3-Chăn nuôi",
 * "b-Về thủy lợi"). Vietnamese offices use all of these as house styles; the marker's dash is one style whichever dash is
 * typed. A title glued to the dash after a Roman numeral or a letter counts only in a run counting from the start of its
 * level, so "V-League …", "e-Office …" opening a line stay body text; a dash inside a sentence or between numbers
 * ("Giai đoạn 2026 – 2030", "2 - 3 lần", "4 – 6 tấn", a bullet "- Tổng đàn …") is never a marker. Reports written for this
 * test (agriculture, water supply, forest protection); outlines checked by hand against the lines.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { recogniseHeading } from '../../src/segment/heading.js';
import { segmentSections } from '../../src/segment/index.js';
import { ingestDocx } from '../../src/ingest/docx.js';
import { analyseBytes } from '../../pipelines/analyse.js';
import { outline, sourceFromText } from './source-from-lines.js';

const tree = (lines: string[]) => outline(segmentSections(sourceFromText(lines.join('\n'))).sections);

/** An agriculture report numbered PHẦN A / II – / 3 – / b – with the dash `d` ("–", "—", "-"). */
const farming = (d: string) => [
  'BÁO CÁO',
  'Kết quả sản xuất nông nghiệp 6 tháng đầu năm 2026',
  'PHẦN A',
  'KẾT QUẢ THỰC HIỆN',
  `I ${d} TRỒNG TRỌT`,
  `1 ${d} Cây lúa`,
  'Diện tích gieo cấy vụ Đông Xuân đạt 2.840 ha, năng suất bình quân 61,5 tạ/ha.',
  `a ${d} Về giống`,
  'Tỷ lệ sử dụng giống xác nhận đạt 92%, tăng 3% so với cùng kỳ.',
  `b ${d} Về thủy lợi`,
  'Nạo vét 14 km kênh mương nội đồng, bảo đảm nước tưới cho 2.600 ha.',
  `2 ${d} Cây rau màu`,
  'Diện tích rau các loại đạt 415 ha, sản lượng ước 7.900 tấn.',
  `II ${d} CHĂN NUÔI`,
  `1 ${d} Đàn gia súc`,
  'Tổng đàn trâu bò có 5.120 con, đàn lợn 18.400 con.',
  `2 ${d} Phòng chống dịch bệnh`,
  'Tiêm phòng lở mồm long móng cho 4.300 con, đạt 84% kế hoạch.',
  'PHẦN B',
  'NHIỆM VỤ 6 THÁNG CUỐI NĂM',
  `I ${d} MỤC TIÊU`,
  'Phấn đấu tổng sản lượng lương thực đạt 34.000 tấn.',
  `II ${d} GIẢI PHÁP`,
  'Tăng cường chuyển giao khoa học kỹ thuật cho nông dân.',
];
const FARMING_OUTLINE = 'PHẦN A(I(1(a b) 2) II(1 2)) PHẦN B(I II)';

describe('dash markers: the grammar (s37)', () => {
  test('a Roman numeral, a number, a letter and a capital closed by any dash, spaced or glued, read as headings with mark "-"', () => {
    for (const [line, key, style, glued] of [
      ['III — ĐÁNH GIÁ CHUNG', 'III', 'roman', false],
      ['III-ĐÁNH GIÁ CHUNG', 'III', 'roman', true],
      ['III—ĐÁNH GIÁ CHUNG', 'III', 'roman', true],
      ['4 — Công tác thú y', '4', 'arabic', false],
      ['4—Công tác thú y', '4', 'arabic', true],
      ['c — Về phân bón', 'c', 'letter', false],
      ['c-Về phân bón', 'c', 'letter', true],
      ['c–Về phân bón', 'c', 'letter', true],
      ['B — NHIỆM VỤ', 'B', 'capital', false],
      ['II.3 – Nuôi trồng thủy sản', 'II.3', 'multi', false],
    ] as const) {
      const h = recogniseHeading(line);
      expect(h, line).toMatchObject({ key, style, mark: '-' });
      expect(Boolean(h?.glued), line).toBe(glued);
    }
    expect(recogniseHeading('Thứ ba — công tác khuyến nông')).toMatchObject({ style: 'ordinal', ordinal: 3 });
  });

  test('a dash between numbers, a bullet or a dash inside a sentence is no marker', () => {
    for (const line of [
      '2 - 3 lần mỗi vụ phun thuốc phòng trừ sâu bệnh.',
      '4 – 6 tấn phân chuồng mỗi héc-ta.',
      '2026 – 2030 là giai đoạn tái cơ cấu ngành.',
      '- Tổng đàn gia cầm 96.000 con.',
      '+ Về giống lúa chất lượng cao.',
      'Giai đoạn 2026 – 2030 phấn đấu 100% xã đạt chuẩn.',
      'e-mail của phòng nông nghiệp',
      'II.3 – nuôi trồng thủy sản',
    ]) expect(recogniseHeading(line), line).toBeNull();
  });
});

describe('dash markers: the outline (s37)', () => {
  test.each([['en dash', '–'], ['em dash', '—'], ['hyphen', '-']])('PHẦN A / I %s / 1 / a nests every level', (_name, d) => {
    expect(tree(farming(d))).toBe(FARMING_OUTLINE);
  });

  test('the section keeps the number as written and heading-numbering finds nothing in a right report', async () => {
    const sections = segmentSections(sourceFromText(farming('–').join('\n'))).sections;
    expect(sections.map((s) => s.number).slice(1, 4)).toEqual(['I –', '1–', 'a–']);
    const outcome = await analyseBytes('nong-nghiep.txt', new TextEncoder().encode(farming('—').join('\n')));
    expect(outcome.analysis?.findings.filter((f) => f.rule === 'heading-numbering')).toEqual([]);
  });

  test('I- / 1- / a- / + with titles glued to the dash: the glued runs are headings, the "+" items body', () => {
    expect(tree([
      'I-TÌNH HÌNH CẤP NƯỚC',
      'Toàn xã có 2.150 hộ dùng nước sạch tập trung.',
      '1-Công trình cấp nước',
      'Có 03 trạm cấp nước đang vận hành.',
      'a-Về chất lượng nước',
      'Kết quả xét nghiệm đạt quy chuẩn.',
      '+ Mẫu nước đầu nguồn đạt 100%;',
      '+ Mẫu nước cuối mạng đạt 96%.',
      'b-Về áp lực đường ống',
      'Áp lực cuối tuyến bảo đảm.',
      '2-Quản lý vận hành',
      'Tổ quản lý có 12 người.',
      'II-KIẾN NGHỊ',
      'Đề nghị hỗ trợ kinh phí thay thế đường ống cũ.',
    ])).toBe('I(1(a b) 2) II');
  });

  test('glued look-alikes stay body: a lone "V-League", an "e-Office" line, glued letters not counting from "a"', () => {
    expect(tree([
      'I. KẾT QUẢ',
      'Trung tâm văn hóa tổ chức các hoạt động thể thao.',
      'V-League được truyền hình trực tiếp tại nhà văn hóa xã.',
      'e-Office Phần mềm quản lý văn bản đã dùng cho 100% văn bản đi.',
      'c-Hồ sơ đầu vào được số hóa',
      'd-Hồ sơ đầu ra được ký số',
      'II. KIẾN NGHỊ',
      'Đề nghị hỗ trợ thêm kinh phí.',
    ])).toBe('I II');
  });

  test('dashes inside body text, between numbers and bullets never open a section', () => {
    expect(tree([
      'I – CÔNG TÁC BẢO VỆ RỪNG',
      'Giai đoạn 2026 – 2030 phấn đấu giữ tỷ lệ che phủ rừng trên 52%.',
      '2 - 3 lần mỗi tháng tổ tuần tra phối hợp với kiểm lâm địa bàn.',
      '4 – 6 ha rừng trồng bị thiệt hại do gió lốc.',
      '- Tổng diện tích rừng 3.410 ha;',
      '- Rừng sản xuất 1.980 ha.',
      'II – PHÒNG CHÁY CHỮA CHÁY RỪNG',
      'Không xảy ra cháy rừng.',
    ])).toBe('I II');
  });
});

describe('dash markers: a docx with Word numbering "%1 –" (s37)', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const lvl = (i: number, fmt: string, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const p = (text: string, ilvl?: number) =>
    `<w:p><w:pPr>${ilvl === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

  test('the numbers Word writes before the text give the same outline as the typed ones', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>');
    const body = [
      p('CÔNG TÁC KHUYẾN NÔNG', 0), p('Mở 24 lớp tập huấn cho 960 lượt nông dân.'),
      p('Trình diễn giống mới', 1), p('Xây dựng 05 mô hình trình diễn.'),
      p('Về cây ngô', 2), p('Năng suất đạt 58 tạ/ha.'),
      p('Về cây đậu', 2), p('Năng suất đạt 21 tạ/ha.'),
      p('Chuyển giao kỹ thuật', 1), p('Cấp 3.000 tờ rơi kỹ thuật.'),
      p('KIẾN NGHỊ', 0), p('Đề nghị bổ sung kinh phí khuyến nông.'),
    ].join('');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`);
    const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1 –')}${lvl(1, 'decimal', '%2 –')}${lvl(2, 'lowerLetter', '%3—')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
    const result = await ingestDocx('khuyen-nong.docx', await zip.generateAsync({ type: 'uint8array' }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.source.blocks[0].text).toBe('I – CÔNG TÁC KHUYẾN NÔNG');
    expect(outline(segmentSections(result.source).sections)).toBe('I(1(a b) 2) II');
  });
});
