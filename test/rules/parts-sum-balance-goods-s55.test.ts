import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 55 (h222): a stock of goods whose flows are told by a bare verb opening their own words ("nhận trong kỳ", "được
// cấp", "sử dụng", "cấp phát", "hủy do …"), read in a balance of things only (src/extract/claims-balance.ts, lexicon
// STOCK_IN_LEADS / STOCK_OUT_LEADS). Sentences written for this test, in other topics and wordings than the report's.
const balances = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => [f.messageId, f.data]);

describe('parts-sum-mismatch: a stock of goods with bare verbs of goods in and out (session 55)', () => {
  it('holds a health station\'s tablets received, handed out and destroyed to the closing stock (health)', async () => {
    // Hand-checked: 2.400 + 6.000 − 5.850 − 150 = 2.400, not 2.500.
    const text = 'Thuốc hạ sốt Paracetamol 500 mg: tồn đầu kỳ 2.400 viên, được cấp 6.000 viên, cấp phát 5.850 viên, hủy do hết hạn 150 viên, tồn cuối kỳ 2.500 viên.';
    expect(await balances(text)).toEqual([['balanceMismatch', { parts: '2.400 + 6.000 − 5.850 − 150', sum: 2400, whole: 2500 }]]);
    expect(await balances(text.replace('2.500 viên', '2.400 viên'))).toEqual([]);
  });

  it('reads the steps of a stock told one bullet each, with colons (agriculture)', async () => {
    // Hand-checked: 350 + 1.200 − 1.180 = 370, not 390.
    const text = 'Phân bón hỗ trợ vụ Đông Xuân:\n- Tồn đầu kỳ: 350 kg.\n- Nhận trong kỳ: 1.200 kg.\n- Sử dụng: 1.180 kg.\n- Tồn cuối kỳ: 390 kg.';
    expect(await balances(text)).toEqual([['balanceMismatch', { parts: '350 + 1.200 − 1.180', sum: 370, whole: 390 }]]);
    expect(await balances(text.replace('390 kg', '370 kg'))).toEqual([]);
  });

  it('reads textbooks received and handed out over a school year (education)', async () => {
    // Hand-checked: 215 + 480 − 520 = 175, not 157.
    const text = 'Tủ sách dùng chung của nhà trường: đầu năm học tồn 215 bộ sách giáo khoa, nhận về 480 bộ, cấp phát 520 bộ, cuối năm học còn lại 157 bộ.';
    expect(await balances(text)).toEqual([['balanceMismatch', { parts: '215 + 480 − 520', sum: 175, whole: 157 }]]);
  });

  it('reads a bare "còn" after the flows as the level left, not a group a deed has not reached (poverty reduction)', async () => {
    // Hand-checked: 146 − 38 + 7 = 115, not 125.
    expect(await balances('Đầu năm toàn xã có 146 hộ nghèo, trong năm thoát nghèo 38 hộ, phát sinh mới 7 hộ, còn 125 hộ nghèo.')).toEqual([
      ['balanceMismatch', { parts: '146 − 38 + 7', sum: 115, whole: 125 }],
    ]);
    // "còn 5 hộ chưa …": those not yet out of poverty among some, no level (146 − 38 = 108).
    expect(await balances('Đầu năm toàn xã có 146 hộ nghèo, trong năm thoát nghèo 38 hộ, còn 5 hộ chưa đủ điều kiện thoát nghèo.')).toEqual([]);
  });

  it('stays silent on a stock of chemicals that adds up, lost in handling included (disease control)', async () => {
    // 180 + 400 − 455 − 5 = 120.
    expect(await balances('Hóa chất Cloramin B: số dư đầu năm 180 kg; trong năm nhận 400 kg, sử dụng 455 kg, hao hụt 5 kg; số dư cuối năm 120 kg.')).toEqual([]);
  });

  it('stays silent when a verb is no flow of the stock by itself: put into use, broken but maybe kept', async () => {
    // "đưa vào sử dụng" adds stations, it takes none away: the step is left unread, so is the balance (12 + 3 = 15 either way
    // is not asked; 12 − 3 would be 9).
    expect(await balances('Đầu năm toàn xã có 12 trạm bơm, đưa vào sử dụng 3 trạm bơm, cuối năm có 14 trạm bơm.')).toEqual([]);
    // "hỏng 5 hộp": broken boxes may still be in the stock (80 + 200 − 150 = 130; − 5 = 125): unsure, unread.
    expect(await balances('Vật tư y tế: tồn đầu kỳ 80 hộp, nhận trong kỳ 200 hộp, sử dụng 150 hộp, hỏng 5 hộp, tồn cuối kỳ 130 hộp.')).toEqual([]);
  });
});
