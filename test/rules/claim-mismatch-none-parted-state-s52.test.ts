import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A claim of none ("không xảy ra trường hợp <subject> bị <event>") and a later count that shares its head words but goes on
// with another event ("… <subject> bị <another event>"): two things, no contradiction (src/extract/universal-counter.ts,
// matchedState and parted). The same event, the count going on with a place, a time or its cause, stays a contradiction.
// Sentences and numbers written for this test.
const none = async (text: string) => (await findingsOf('claim-mismatch', `${text}\n`)).filter((f) => f.messageId === 'absentMismatch');
const told = async (text: string) => (await none(text)).map((f) => ({ data: f.data, at: f.evidence.map((e) => [e.quote, e.span.line]) }));

describe('claim-mismatch: a claim of none against a count whose event parts after a shared head (s52)', () => {
  it('says nothing of school violence against pupils hurt in traffic, or food poisoning against dengue', async () => {
    expect(await none('I. KẾT QUẢ\nTrong năm học, không xảy ra trường hợp học sinh bị bạo lực học đường; ghi nhận 04 trường hợp học sinh bị tai nạn giao thông khi tham gia giao thông.')).toEqual([]);
    expect(await none('I. KẾT QUẢ\nTrên địa bàn không có trường hợp người dân bị ngộ độc thực phẩm.\nII. Y TẾ\nTrạm y tế đã giám sát, xử lý 05 trường hợp người dân bị sốt xuất huyết tại thôn Đông.')).toEqual([]);
  });

  it('says nothing when the fires, forest fires or livestock deaths counted are of another kind or cause', async () => {
    expect(await none('I. KẾT QUẢ\nTrong năm không xảy ra vụ cháy lớn gây thiệt hại về người.\nII. TỒN TẠI\nTrên địa bàn xảy ra 02 vụ cháy lớn gây thiệt hại về tài sản.')).toEqual([]);
    expect(await none('I. KẾT QUẢ\nMùa khô năm nay không xảy ra vụ cháy rừng phòng hộ ven biển nào.\nII. TỒN TẠI\nLực lượng kiểm lâm đã dập tắt 02 vụ cháy rừng phòng hộ đầu nguồn.')).toEqual([]);
    expect(await none('I. KẾT QUẢ\nTrong năm không có trường hợp gia súc bị chết do rét.\nII. CHĂN NUÔI\nĐã xảy ra 05 trường hợp gia súc bị chết do bệnh lở mồm long móng.')).toEqual([]);
  });

  it('still flags a count of the same event, going on with its place or time', async () => {
    // Hand-checked: no pupil said to suffer school violence, then 04 such cases at the satellite school.
    expect(await told('I. KẾT QUẢ\nTrong năm học, không xảy ra trường hợp học sinh bị bạo lực học đường; ghi nhận 04 trường hợp học sinh bị bạo lực học đường tại điểm trường lẻ.')).toEqual([{
      data: { thing: 'trường hợp học sinh bị bạo lực học đường', count: 4, unit: 'trường hợp', state: '04 trường hợp học sinh bị bạo lực học đường tại điểm trường lẻ' },
      at: [['không xảy ra trường hợp học sinh bị bạo lực học đường', 2], ['04', 2]],
    }]);
    // Hand-checked: no food poisoning claimed, then 05 cases of it after a wedding.
    expect(await told('I. KẾT QUẢ\nTrên địa bàn không có trường hợp người dân bị ngộ độc thực phẩm.\nII. Y TẾ\nTrạm y tế đã xử lý 05 trường hợp người dân bị ngộ độc thực phẩm sau tiệc cưới.')).toEqual([{
      data: { thing: 'trường hợp người dân bị ngộ độc thực phẩm', count: 5, unit: 'trường hợp', state: '05 trường hợp người dân bị ngộ độc thực phẩm sau tiệc cưới' },
      at: [['không có trường hợp người dân bị ngộ độc thực phẩm', 2], ['05', 4]],
    }]);
  });

  it('still flags fires and livestock deaths of the claimed kind, a place or a further harm after them', async () => {
    // Hand-checked: no big fire with human loss claimed, then 02 with loss of people and property.
    expect(await told('I. KẾT QUẢ\nTrong năm không xảy ra vụ cháy lớn gây thiệt hại về người.\nII. TỒN TẠI\nTrên địa bàn xảy ra 02 vụ cháy lớn gây thiệt hại về người và tài sản.')).toEqual([{
      data: { thing: 'vụ cháy lớn gây thiệt hại về người', count: 2, unit: 'vụ', state: '02 vụ cháy lớn gây thiệt hại về người và tài sản' },
      at: [['không xảy ra vụ cháy lớn gây thiệt hại về người', 2], ['02', 4]],
    }]);
    expect((await none('I. KẾT QUẢ\nMùa khô năm nay không xảy ra vụ cháy rừng phòng hộ nào.\nII. TỒN TẠI\nLực lượng kiểm lâm đã dập tắt 02 vụ cháy rừng phòng hộ tại tiểu khu 12.')).map((f) => [f.data.count, f.data.state]))
      .toEqual([[2, '02 vụ cháy rừng phòng hộ tại tiểu khu 12']]);
    expect((await none('I. KẾT QUẢ\nTrong năm không có trường hợp gia súc bị chết do rét.\nII. CHĂN NUÔI\nĐợt rét tháng 12 làm 05 trường hợp gia súc bị chết do rét tại thôn Nà Lẹng.')).map((f) => [f.data.count, f.data.state]))
      .toEqual([[5, '05 trường hợp gia súc bị chết do rét tại thôn Nà Lẹng']]);
  });
});
