import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A table row under a group row ("Sửa chữa phòng học" / "- Trung học phổ thông") is the group's share for its item: its group's
// words scope it (src/extract/quantities.ts, cellQuantity).
const run = async (text: string) => (await findingsOf('repeated-value-conflict', text + '\n')).filter((f) => f.messageId === 'repeatedValueConflict');

const STOCK = [
  'I. CƠ SỞ VẬT CHẤT',
  'Bảng 1. Phòng học theo cấp học (ĐVT: phòng)',
  'Cấp học\tTổng số phòng\tKiên cố\tBán kiên cố',
  'Mầm non\t120\t100\t20',
  'Tiểu học\t210\t190\t20',
  'Trung học phổ thông\t95\t90\t5',
  'Cộng\t425\t380\t45',
  '',
  'II. ĐẦU TƯ',
].join('\n');
const works = (value: number, title: string) => [
  title,
  'Chỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện',
  'Sửa chữa phòng học\tphòng\t20\t22',
  '- Mầm non\tphòng\t8\t9',
  '- Tiểu học\tphòng\t7\t8',
  `- Trung học phổ thông\tphòng\t5\t${value}`,
  '',
].join('\n');

describe('repeated-value-conflict: rows under a group row', () => {
  it('never holds a group member row against the item of another table', async () => {
    expect(await run(`${STOCK}\n${works(5, 'Bảng 2. Sửa chữa phòng học năm 2024')}`)).toEqual([]);
  });
});
