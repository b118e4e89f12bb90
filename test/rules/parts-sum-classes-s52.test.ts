import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// The split's findings: message id, data, and each place as [quote, offset in its line].
const splits = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);
const at = (text: string, quote: string) => text.indexOf(quote);

describe('parts-sum-mismatch: a "trong đó" naming classes of the whole\'s own thing cannot hold more than the whole (session 52)', () => {
  it('reads land classes in decimal hectares that overshoot the natural area (land)', async () => {
    // Hand-checked: 862,4 + 356,8 + 34,2 = 1 253,4 ha, above 1 245,6 ha by 7,8 ha.
    const text = 'Tổng diện tích đất tự nhiên của xã là 1.245,6 ha, trong đó đất nông nghiệp 862,4 ha, đất phi nông nghiệp 356,8 ha, đất chưa sử dụng 34,2 ha.';
    expect(await splits(text)).toEqual([
      ['partsExceedWhole', { parts: '862,4 + 356,8 + 34,2', sum: 1253.4, whole: 1245.6 },
        [['1.245,6', at(text, '1.245,6')], ['862,4', at(text, '862,4')], ['356,8', at(text, '356,8')], ['34,2', at(text, '34,2')]]],
    ]);
  });

  it('reads rice output by season in tonnes, the classes opening with the noun of the whole (agriculture)', async () => {
    // Hand-checked: 3 305,4 + 2 870,2 + 245,6 = 6 421,2 tấn, not 6 412,8 (two digits swapped).
    const text = 'Tổng sản lượng lúa cả năm đạt 6.412,8 tấn, trong đó lúa vụ Đông Xuân 3.305,4 tấn, lúa vụ Hè Thu 2.870,2 tấn, lúa vụ Mùa 245,6 tấn.';
    expect((await splits(text)).map(([id, data]) => [id, data])).toEqual([
      ['partsExceedWhole', { parts: '3.305,4 + 2.870,2 + 245,6', sum: 6421.2, whole: 6412.8 }],
    ]);
  });

  it('reads canal classes in kilometres (irrigation)', async () => {
    // Hand-checked: 8,4 + 15,2 + 19,5 = 43,1 km, above 42,6 km.
    const text = 'Tổng chiều dài kênh mương do xã quản lý là 42,6 km, trong đó kênh loại I 8,4 km, kênh loại II 15,2 km, kênh loại III 19,5 km.';
    expect((await splits(text)).map(([id, data]) => [id, data])).toEqual([
      ['partsExceedWhole', { parts: '8,4 + 15,2 + 19,5', sum: 43.1, whole: 42.6 }],
    ]);
  });

  it('stays silent on the same classes when their decimals add up exactly', async () => {
    // 862,4 + 356,8 + 34,2 = 1 253,4; 3 305,4 + 2 870,2 + 245,6 = 6 421,2; 8,4 + 15,2 + 19,0 = 42,6.
    expect(await splits('Tổng diện tích đất tự nhiên của xã là 1.253,4 ha, trong đó đất nông nghiệp 862,4 ha, đất phi nông nghiệp 356,8 ha, đất chưa sử dụng 34,2 ha.')).toEqual([]);
    expect(await splits('Tổng sản lượng lúa cả năm đạt 6.421,2 tấn, trong đó lúa vụ Đông Xuân 3.305,4 tấn, lúa vụ Hè Thu 2.870,2 tấn, lúa vụ Mùa 245,6 tấn.')).toEqual([]);
    expect(await splits('Tổng chiều dài kênh mương do xã quản lý là 42,6 km, trong đó kênh loại I 8,4 km, kênh loại II 15,2 km, kênh loại III 19,0 km.')).toEqual([]);
  });

  it('stays silent on classes that name only some of the whole (their sum falls short)', async () => {
    // 10,2 + 24,8 + 18,3 = 53,3 km of 64,5 km: the other roads are not named.
    expect(await splits('Tổng chiều dài đường giao thông nông thôn là 64,5 km, trong đó đường trục xã 10,2 km, đường trục thôn 24,8 km, đường ngõ xóm 18,3 km.')).toEqual([]);
  });

  it('stays silent on classes that overshoot by more than a slip: they nest', async () => {
    // 862,4 + 512,0 + 34,2 = 1 408,6 ha against 1 245,6 ha: the rice land is inside the farm land, counted twice.
    expect(await splits('Tổng diện tích đất tự nhiên của xã là 1.245,6 ha, trong đó đất nông nghiệp 862,4 ha, đất trồng lúa 512,0 ha, đất chưa sử dụng 34,2 ha.')).toEqual([]);
  });

  it('stays silent on people counted under attributes that overlap, however near the sum (labour)', async () => {
    // 1 150 + 1 180 + 90 = 2 420 against 2 400: a woman may be trained and farm too; people are no classes of a measure.
    expect(await splits('Tổng số lao động của xã là 2.400 người, trong đó lao động nữ 1.150 người, lao động qua đào tạo 1.180 người, lao động nông nghiệp 90 người.')).toEqual([]);
  });

  it('stays silent on two classes only', async () => {
    // 512,0 + 360,0 = 872,0 against 862,4: two named things may be two views of one.
    expect(await splits('Diện tích gieo trồng cả năm là 862,4 ha, trong đó diện tích lúa 512,0 ha, diện tích áp dụng cơ giới hóa 360,0 ha.')).toEqual([]);
  });
});
