/**
 * The house style of ordinal words: "Thứ nhất, công tác …" (or "Một là, …") as the top level above "1." and "a)",
 * on a hand-written health-station report. The same words also open the items of a list of tasks written as
 * sentences; those stay running text. Outlines checked by hand against the lines.
 */
import { describe, expect, it } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import { recogniseHeading } from '../../src/segment/heading.js';
import { headingOrdinal, parseOrdinalWords, writeHeadingNumber } from '../../src/segment/numbering.js';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from './source-from-lines.js';

const BODY = 'Trong kỳ, Trạm Y tế duy trì khám chữa bệnh thường xuyên cho nhân dân.';
const LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';

/** Each heading as "path | number | level". */
function tree(lines: string[]): string[] {
  return segmentSections(sourceFromText(lines.join('\n'))).sections.map((s) => `${s.path.join(' > ')} | ${s.number} | ${s.level}`);
}

/** [message id, found, expected] of each heading-numbering finding. */
function slips(lines: string[]) {
  return analyseSource(sourceFromText(lines.join('\n')), { only: ['heading-numbering'] }).findings.map((f) => [f.messageId, f.data.found, f.data.expected]);
}

const CLINIC = [
  'Thứ nhất, công tác khám chữa bệnh', BODY,
  '1. Khám bệnh ngoại trú', BODY,
  'a) Người cao tuổi', BODY,
  'b) Trẻ em dưới 6 tuổi', BODY,
  '2. Điều trị nội trú', BODY,
  'Thứ hai, công tác y tế dự phòng', BODY,
  '1. Tiêm chủng mở rộng', BODY,
  'Thứ ba: Nhiệm vụ quý tới', BODY,
];

describe('ordinal word headings', () => {
  it('reads "Thứ nhất, …" as a heading with its title and place', () => {
    const h = recogniseHeading('Thứ nhất, công tác khám chữa bệnh');
    expect(h).toMatchObject({ number: 'Thứ nhất', key: 'Thứ nhất', style: 'ordinal', title: 'công tác khám chữa bệnh', ordinal: 1 });
    expect(recogniseHeading('THỨ TƯ: KIẾN NGHỊ, ĐỀ XUẤT')).toMatchObject({ style: 'ordinal', ordinal: 4, title: 'KIẾN NGHỊ, ĐỀ XUẤT' });
    expect(recogniseHeading('Hai là, củng cố mạng lưới cộng tác viên')).toMatchObject({ style: 'ordinal', ordinal: 2 });
  });

  it('never reads a sentence, a weekday or a long item as one', () => {
    expect(recogniseHeading('Thứ hai, tổ chức 14 buổi truyền thông với 620 lượt người dự; phát 900 tờ rơi.')).toBeNull();
    expect(recogniseHeading('Thứ Bảy, ngày 14/3/2026')).toBeNull();
    expect(recogniseHeading('Thứ ba, tiếp tục rà soát, cập nhật danh sách đối tượng và bố trí đủ nhân lực cho các điểm tiêm chủng lưu động tại thôn')).toBeNull();
    expect(recogniseHeading('Thứ mười ba, công tác khác')).toBeNull();
  });

  it('counts the words: nhất/tư, "Một là" … and writes a place back in the same words', () => {
    expect(parseOrdinalWords('Thứ nhất')).toBe(1);
    expect(parseOrdinalWords('thứ tư')).toBe(4);
    expect(parseOrdinalWords('Bảy là')).toBe(7);
    expect(parseOrdinalWords('Thứ hai mươi')).toBeNull();
    expect(headingOrdinal({ style: 'ordinal', key: 'THỨ NĂM' }, LETTERS)).toBe(5);
    expect(writeHeadingNumber({ style: 'ordinal', key: 'Thứ hai', number: 'Thứ hai' }, 3, LETTERS)).toBe('Thứ ba');
    expect(writeHeadingNumber({ style: 'ordinal', key: 'HAI LÀ', number: 'HAI LÀ' }, 3, LETTERS)).toBe('BA LÀ');
  });

  it('reads Thứ nhất / 1. / a) as three levels', () => {
    expect(tree(CLINIC)).toEqual([
      'Thứ nhất | Thứ nhất | 1',
      'Thứ nhất > 1 | 1. | 2',
      'Thứ nhất > 1 > a | a) | 3',
      'Thứ nhất > 1 > b | b) | 3',
      'Thứ nhất > 2 | 2. | 2',
      'Thứ hai | Thứ hai | 1',
      'Thứ hai > 1 | 1. | 2',
      'Thứ ba | Thứ ba | 1',
    ]);
    expect(slips(CLINIC)).toEqual([]);
  });

  it('a lone ordinal line is no house style', () => {
    expect(tree(['I. KẾT QUẢ', BODY, 'Thứ nhất, về nhân lực', BODY, '1. Khám bệnh', BODY])).toEqual(['I | I. | 1', 'I > 1 | 1. | 2']);
  });

  it('a skipped ordinal word is a numbering slip, said in the same words', () => {
    const skipped = CLINIC.map((l) => l.replace('Thứ ba:', 'Thứ tư:'));
    expect(slips(skipped)).toEqual([['numberGap', 'Thứ tư', 'Thứ ba']]);
  });

  it('a list of task sentences opened by ordinal words stays running text', () => {
    const tasks = [
      'I. PHƯƠNG HƯỚNG, NHIỆM VỤ', BODY,
      'Thứ nhất, tiếp tục duy trì tiêm chủng đầy đủ cho trẻ dưới 1 tuổi, phấn đấu đạt trên 95%.',
      'Thứ hai, phối hợp với trường học khám sức khỏe cho 100% học sinh.',
      'II. KIẾN NGHỊ', BODY,
    ];
    expect(tree(tasks)).toEqual(['I | I. | 1', 'II | II. | 1']);
  });
});
