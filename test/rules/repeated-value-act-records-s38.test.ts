import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { recordsOfAct } from '../../src/extract/similarity.js';

// Session 38 (h190): a table row counting the records of an act ("… | hồ sơ") on the very noun phrase a sentence counts
// after that act's verb, two neighbouring digits swapped. Sentences written for this test.
const RULE = 'repeated-value-conflict';
const report = (sentence: string, row: string) => [
  'ỦY BAN NHÂN DÂN',
  'PHƯỜNG TÂY SƠN',
  'BÁO CÁO',
  'Kết quả công tác quản lý đô thị năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Quản lý trật tự xây dựng',
  sentence,
  'Công tác hậu kiểm được duy trì thường xuyên theo kế hoạch.',
  '',
  'Bảng 2. Kết quả giải quyết thủ tục hành chính năm 2025',
  '',
  '| STT | Nội dung | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện năm 2025 |',
  '|---|---|---|---|---|',
  row,
  '| 2 | Thẩm định hồ sơ thiết kế cơ sở | hồ sơ | 60 | 58 |',
  '| 3 | Kiểm tra công trình xây dựng | công trình | 95 | 102 |',
  '',
  'II. PHƯƠNG HƯỚNG NĂM 2026',
  'Tiếp tục cải cách thủ tục hành chính trong lĩnh vực xây dựng.',
].join('\n') + '\n';
const values = async (sentence: string, row: string) => (await findingsOf(RULE, report(sentence, row))).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: a row counting the records of an act on the sentence\'s noun phrase (s38)', () => {
  it('tells the row "Cấp giấy phép xây dựng công trình | hồ sơ" against "cấp 174 giấy phép xây dựng công trình"', async () => {
    expect(await values('Trong năm, phường đã cấp 174 giấy phép xây dựng công trình dân dụng cho hộ gia đình.', '| 1 | Cấp giấy phép xây dựng công trình dân dụng | hồ sơ | 150 | 147 |'))
      .toEqual([['147', '174']]);
  });

  it('leaves another act, another noun phrase and a row counting other units apart', async () => {
    expect(await values('Trong năm, phường đã thẩm định 174 giấy phép xây dựng công trình dân dụng cho hộ gia đình.', '| 1 | Cấp giấy phép xây dựng công trình dân dụng | hồ sơ | 150 | 147 |')).toEqual([]);
    expect(await values('Trong năm, phường đã cấp 174 giấy phép sửa chữa công trình dân dụng cho hộ gia đình.', '| 1 | Cấp giấy phép xây dựng công trình dân dụng | hồ sơ | 150 | 147 |')).toEqual([]);
    expect(await values('Trong năm, phường đã cấp 174 giấy phép xây dựng công trình dân dụng cho hộ gia đình.', '| 1 | Cấp giấy phép xây dựng công trình dân dụng | lượt | 150 | 147 |')).toEqual([]);
  });
});

describe('recordsOfAct', () => {
  it('holds a record row labelled by the act and the sentence\'s noun phrase, word for word', () => {
    const tokens = ['giấy', 'phép', 'khai', 'thác'];
    expect(recordsOfAct('hồ sơ', ['cấp', 'giấy', 'phép', 'khai', 'thác'], 'giấy', tokens, 'sở đã cấp')).toBe(true);
    expect(recordsOfAct('trường hợp', ['gia', 'hạn', 'giấy', 'phép', 'khai', 'thác'], 'giấy', tokens, 'đã gia hạn')).toBe(true);
  });

  it('leaves another unit, another act, a name not opening with its counted noun and a short name apart', () => {
    const tokens = ['giấy', 'phép', 'khai', 'thác'];
    expect(recordsOfAct('tấn', ['cấp', 'giấy', 'phép', 'khai', 'thác'], 'giấy', tokens, 'đã cấp')).toBe(false);
    expect(recordsOfAct('hồ sơ', ['thu', 'hồi', 'giấy', 'phép', 'khai', 'thác'], 'giấy', tokens, 'đã cấp')).toBe(false);
    expect(recordsOfAct('hồ sơ', ['cấp', 'giấy', 'phép', 'khai', 'thác'], 'bản', tokens, 'đã cấp')).toBe(false);
    expect(recordsOfAct('hồ sơ', ['cấp', 'giấy', 'phép'], 'giấy', ['giấy', 'phép'], 'đã cấp')).toBe(false);
  });
});
