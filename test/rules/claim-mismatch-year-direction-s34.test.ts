import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const directions = async (text: string) =>
  (await findingsOf('claim-mismatch', text)).filter((f) => f.messageId === 'directionMismatch').map((f) => [f.data.verb, f.data.base, f.data.value]);

// "Số X năm Y1 đã giảm so với năm Y0", no figure of its own, against the count of X each year is stated with elsewhere.
describe('claim-mismatch: a way of change between two named years, both counts stated elsewhere (s34)', () => {
  const report = (before: string, now: string, claim: string) =>
    'BÁO CÁO\nTình hình an toàn giao thông năm 2025\n'
    + `I. ĐẶC ĐIỂM\nNăm 2024, trên địa bàn xã xảy ra ${before} vụ tai nạn giao thông, làm chết 02 người.\n`
    + `II. KẾT QUẢ\n- Năm 2025 xảy ra ${now} vụ tai nạn giao thông (02 vụ trên quốc lộ, 01 vụ trên đường xã), làm bị thương 03 người. ${claim}\n`
    + 'III. KIẾN NGHỊ\nĐề nghị huyện hỗ trợ lắp đặt biển báo.\n';

  it('flags a fall claimed where the count rose', async () => {
    // 2024: 07, 2025: 09 — a rise of 2.
    expect(await directions(report('07', '09', 'Nhờ tăng cường tuần tra, số vụ tai nạn giao thông năm 2025 đã giảm so với năm 2024.'))).toEqual([['giảm', 7, 9]]);
    // The claim's year left out: the report's own year.
    expect(await directions(report('07', '09', 'Số vụ tai nạn giao thông giảm so với năm 2024.'))).toEqual([['giảm', 7, 9]]);
  });

  it('says nothing when the way agrees, the subject is narrower, or the claim names another year', async () => {
    expect(await directions(report('11', '09', 'Nhờ tăng cường tuần tra, số vụ tai nạn giao thông năm 2025 đã giảm so với năm 2024.'))).toEqual([]);
    // "vụ tai nạn giao thông nghiêm trọng" is no count stated of either year.
    expect(await directions(report('07', '09', 'Số vụ tai nạn giao thông nghiêm trọng năm 2025 giảm so với năm 2024.'))).toEqual([]);
    // No count of 2023 is stated.
    expect(await directions(report('07', '09', 'Số vụ tai nạn giao thông năm 2025 giảm so với năm 2023.'))).toEqual([]);
    // A hedge or figure of its own makes it another claim.
    expect(await directions(report('07', '09', 'Số vụ tai nạn giao thông năm 2025 giảm 2 vụ so với năm 2024.'))).toEqual([]);
  });
});
