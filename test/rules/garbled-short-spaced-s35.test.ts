import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A report grouping its thousands with spaces ("12 450 người") or with dots ("12.450 người").
const raws = async (line: string, grouping = 'Dân số 12 450 người, 3 120 hộ.') =>
  (await findingsOf('garbled-number', `I. KẾT QUẢ\n${grouping}\n${line}\n`)).filter((f) => f.messageId === 'malformedNumber').map((f) => f.data.raw);

describe('garbled-number: a space-grouped amount whose second group is short', () => {
  it('flags "6 42,8 triệu đồng" in a report grouping with spaces', async () => {
    expect(await raws('Sửa chữa nhà văn hóa thôn với kinh phí 6 42,8 triệu đồng.')).toEqual(['6 42,8']);
  });
  it('leaves a well grouped amount, a named period, an area after a name and a dot-grouping report alone', async () => {
    expect(await raws('Sửa chữa nhà văn hóa thôn với kinh phí 6 428,5 triệu đồng.')).toEqual([]);
    expect(await raws('Doanh thu quý 3 42,8 tỷ đồng.')).toEqual([]);
    expect(await raws('Thôn 2 12,5 ha lúa bị ngập.')).toEqual([]);
    expect(await raws('Sửa chữa nhà văn hóa thôn với kinh phí 6 42,8 triệu đồng.', 'Dân số 12.450 người, 3.120 hộ.')).toEqual([]);
  });
});
