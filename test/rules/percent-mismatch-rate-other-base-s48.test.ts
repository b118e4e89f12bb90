import { describe, expect, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';
import { extractFigures } from '../../src/extract/figures.js';
import { snippetSource } from '../extract/seed-blocks.js';

const fractionsOf = (line: string) => {
  const source = snippetSource(line);
  return extractFigures(source, source.blocks.map(() => 0)).figures.filter((f) => f.kind === 'fraction');
};

// Session 48 (h211): "đạt 85,4% trên số vụ việc đã kết thúc (158/185 vụ) và bằng 79,0% tổng số vụ việc phải giải quyết" —
// two rates of two wholes; the bracketed fraction is the first one's. Sentences written for this test.
describe('percent-mismatch: a fraction bracketed after its rate and the whole it names, then a rate of another whole', () => {
  const promoted = (first: string, verb = 'đạt ') =>
    `Tỷ lệ học sinh lên lớp ${verb}${first} trên số học sinh dự kiểm tra cuối năm (380/400 em) và bằng 90,5% tổng số học sinh đầu năm học.\n`;

  it('gives the fraction to the rate before its bracket, not to the later rate of another whole', async () => {
    // Hand-checked: 380/400 = 95,0%; 90,5% is of all pupils at the start of the year (380/420 = 90,48%), no share of 400.
    expect(fractionsOf(promoted('95,0%'))[0].percent).toBe(95);
    await expectNone('percent-mismatch', promoted('95,0%'));
    // No verb before the first rate: the fraction is not paired back, and still never with the rate of another whole.
    expect(fractionsOf(promoted('95,0%', ''))[0].percent).toBeNull();
    await expectNone('percent-mismatch', promoted('95,0%', ''));
  });

  it('still flags the rate the bracketed fraction does not give', async () => {
    // Hand-checked: 380/400 = 95,0%, not 97,0%.
    await expectFindings('percent-mismatch', promoted('97,0%'), [
      { messageId: 'percentMismatch', data: { stated: 97, num: 380, den: 400, actual: 95 }, quote: '97,0%', at: 'Tỷ lệ học sinh lên lớp đạt ' },
    ]);
  });
});

describe('percent-mismatch: a later rate that has its own bracketed fraction takes no earlier one', () => {
  const managed = (rate: string) =>
    `Trạm y tế đã quản lý 180/200 người bệnh tăng huyết áp được phát hiện, bằng ${rate} số người bệnh ước tính trên địa bàn (180/240 người).\n`;
  const before = 'Trạm y tế đã quản lý 180/200 người bệnh tăng huyết áp được phát hiện, bằng ';

  it('checks the rate against its own fraction only', async () => {
    // Hand-checked: 180/240 = 75%; 180/200 = 90% is no fraction of that rate.
    await expectNone('percent-mismatch', managed('75%'));
    await expectFindings('percent-mismatch', managed('70%'), [
      { messageId: 'percentMismatch', data: { stated: 70, num: 180, den: 240, actual: 75 }, quote: '70%', at: before },
    ]);
  });

  it('still pairs a fraction with a later rate that has no fraction of its own', async () => {
    // Hand-checked: 1.140/1.200 = 95%, not 90%.
    await expectFindings('percent-mismatch', 'Diện tích lúa được tưới chủ động 1.140/1.200 ha, chiếm 90% tổng diện tích gieo trồng.\n', [
      { messageId: 'percentMismatch', data: { stated: 90, num: 1140, den: 1200, actual: 95 }, quote: '90%' },
    ]);
  });
});
