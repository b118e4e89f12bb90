import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 55 (h222): an age written after "tuổi" ("cụ tuổi 70", "bước sang tuổi 60", a table row "Tuổi 95") names whom a
// count is of, or a row's class, and is no figure, as "70 tuổi" with the unit after it already was. Sentences written for
// this test, in other topics and wordings than the fixture's (military service, social insurance, forestry, party work,
// education, health, traffic).
const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));
const values = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => f.value);

describe('an age after "tuổi"', () => {
  it('is no figure in prose, the counts around it kept', () => {
    const call = 'Khám sơ tuyển cho 312 công dân tuổi 18 chuẩn bị nhập ngũ.';
    expect(excluded(call)).toEqual(['18']);
    expect(values(call)).toEqual([312]);
    const pension = 'Trong năm có 46 người lao động bước sang tuổi 62, đủ điều kiện hưởng lương hưu.';
    expect(excluded(pension)).toEqual(['62']);
    expect(values(pension)).toEqual([46]);
    // The stand's age, then its area: 4 is no quantity, 86,5 ha is.
    const forest = 'Diện tích keo tuổi 4 đã khai thác 86,5 ha.';
    expect(excluded(forest)).toEqual(['4']);
    expect(values(forest)).toEqual([86.5]);
  });

  it('takes a whole run of ages, and a label before its count', () => {
    const party = 'Thăm hỏi các đảng viên tuổi 80, 85 và 90 nhân dịp Tết.';
    expect(excluded(party)).toEqual(['80, 85 và 90']);
    expect(values(party)).toEqual([]);
    // 124 + 57 = 181 members counted; 60 and 65 are the ages they are counted by.
    const members = 'Hội viên tuổi 60 có 124 người, tuổi 65 có 57 người.';
    expect(excluded(members)).toEqual(['60', '65']);
    expect(values(members)).toEqual([124, 57]);
  });

  it('is no figure as a table row label, the row cells kept', () => {
    const row = '| 2 | Công dân tuổi 19 | 96 | 88 |';
    expect(excluded(row)).toContain('19');
    expect(values(row)).not.toContain(19);
    expect(values(row)).toEqual(expect.arrayContaining([96, 88]));
  });
});

describe('a number after "tuổi" that counts', () => {
  it('stays a figure after a phrase naming people or after an age with its unit', () => {
    // "người cao tuổi 21": the elderly counted; "trong độ tuổi 6 248": workers of working age, a grouped count.
    expect(values('Tiếp nhận đơn của hộ nghèo 09, người cao tuổi 21.')).toEqual([9, 21]);
    expect(excluded('Lao động trong độ tuổi 6 248 người, chủ yếu làm nông nghiệp.')).toEqual([]);
    expect(excluded('Số thanh niên tuổi 6 248 người.')).toEqual([]);
    expect(excluded('Nghỉ hưu trước tuổi 9 trường hợp, thôi việc 4 trường hợp.')).toEqual([]);
    expect(excluded('Vi phạm điều khiển xe máy khi chưa đủ tuổi 41 trường hợp.')).toEqual([]);
    // "6 tuổi" is the age; the 318 after it counts.
    expect(excluded('Cấp thẻ cho trẻ em dưới 6 tuổi 318 trường hợp.')).toEqual(['6 tuổi']);
    expect(values('Tiêm vắc xin cho trẻ 18 tháng tuổi 97 trẻ.')).toContain(97);
  });

  it('stays a figure with a counted noun, a leading zero or a thousands group after it', () => {
    expect(excluded('Học sinh tuổi 15 người dân tộc thiểu số.')).toEqual(expect.not.arrayContaining(['15']));
    expect(excluded('Trẻ mẫu giáo tuổi 104 trẻ được phân lớp.')).toEqual([]);
    // The run stops where a number is no age: 52 elders of age 90, then 06 counted elders.
    const gifts = 'Tặng quà 52 cụ tuổi 90 và 06 cụ trên 100 tuổi.';
    expect(excluded(gifts)).toContain('90');
    expect(values(gifts)).toEqual(expect.arrayContaining([52, 6]));
    // Counts of members listed by age: each age rises in its own pair, the count after a comma does not (45 < 65).
    const listed = 'Thăm hỏi 120 hội viên tuổi 65, 45 hội viên tuổi 70 và 12 hội viên tuổi 75.';
    expect(excluded(listed)).toEqual(['65', '70', '75']);
    expect(values(listed)).toEqual([120, 45, 12]);
  });
});
