import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 35: a lead-in that opens with the period and counts what happened in it dates its item after the colon.
const RULE = 'date-out-of-period';
const HEAD = 'ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 41/BC-UBND\nAn Lão, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác phòng cháy năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => f.messageId);

describe('date-out-of-period: an incident counted as happened in the period, dated the year before', () => {
  it('tells the old day of the one fire the year counts', async () => {
    expect(await found('Trong năm xảy ra 01 vụ cháy nhà dân: ngày 07/3/2024 tại thôn Gò Dài làm hư hỏng 02 gian nhà, thiệt hại khoảng 85 triệu đồng.')).toEqual(['dateBeforePeriod']);
  });

  it('says nothing of a day in the period, of incidents only found, or when the paragraph names that year', async () => {
    expect(await found('Trong năm xảy ra 01 vụ cháy nhà dân: ngày 07/3/2025 tại thôn Gò Dài làm hư hỏng 02 gian nhà.')).toEqual([]);
    // Found in the period, it may have happened before it.
    expect(await found('Trong năm phát hiện 01 vụ khai thác cát trái phép: ngày 07/3/2024 tại bãi sông thôn Gò Dài.')).toEqual([]);
    expect(await found('Trong năm xảy ra 01 vụ cháy nhà dân (tương tự vụ năm 2024): ngày 07/3/2024 tại thôn Gò Dài.')).toEqual([]);
  });
});
