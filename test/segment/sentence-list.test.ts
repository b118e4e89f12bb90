import { describe, expect, test } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import { outline, sourceFromText } from './source-from-lines.js';

function segment(lines: string[]) {
  return segmentSections(sourceFromText(lines.join('\n')));
}

describe('numbered lists of sentences are list items, not headings', () => {
  test('targets and tasks written as full sentences under Roman headings stay in their section', () => {
    const lines = [
      'I. CHỈ TIÊU NĂM 2026',
      '1. Trồng mới 12 ha cây ăn quả, trong đó bưởi da xanh 5 ha.',
      '2. Tỷ lệ hộ dân dùng nước sạch đạt 97% trở lên.',
      '3. Có thêm 01 thôn đạt chuẩn khu dân cư kiểu mẫu.',
      'II. GIẢI PHÁP',
      '1. Mở 03 lớp tập huấn kỹ thuật cho nông dân; phối hợp với Trạm Khuyến nông cấp giống.',
      '2. Rà soát, hỗ trợ vay vốn cho 40 hộ trồng cây ăn quả.',
      'Trên đây là báo cáo của UBND xã Phước Lâm.',
    ];
    const { sections, blockSection } = segment(lines);
    expect(outline(sections)).toBe('I II');
    expect(blockSection).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  test('multi-level items "4.1." "4.2." written as sentences stay under "4."', () => {
    const lines = [
      '4. Nhiệm vụ quý IV',
      '4.1. Tiêm vắc xin sởi cho 100% trẻ 9 tháng tuổi.',
      '4.2. Khám sức khỏe định kỳ cho 350 người cao tuổi, hoàn thành trước ngày 15/12.',
      '4.3. Kiểm tra an toàn thực phẩm tại 20 cơ sở; xử lý nghiêm vi phạm.',
    ];
    expect(outline(segment(lines).sections)).toBe('4');
  });

  test('dashed items "1-" "2-" and letter items "a)" "b)" of sentences are lists too', () => {
    expect(outline(segment(['III. PHƯƠNG HƯỚNG', '1- Duy trì 05 câu lạc bộ dưỡng sinh.', '2- Tổ chức giải bóng chuyền hơi cấp phường.']).sections)).toBe('III');
    expect(outline(segment(['2. Xã hội số', 'a) Hướng dẫn người dân cài ứng dụng VNeID.', 'b) Mở 02 lớp kỹ năng số cho hội viên phụ nữ.']).sections)).toBe('2');
  });

  test('one item between two others that lacks its full stop is still an item of the list', () => {
    const lines = [
      'II. CHỈ TIÊU',
      '1. Tổng sản lượng lương thực đạt 5.200 tấn.',
      '2. Thu nhập bình quân đầu người đạt 68 triệu đồng',
      '3. Tỷ lệ hộ nghèo giảm còn dưới 1,5%.',
      'III. GIẢI PHÁP',
    ];
    expect(outline(segment(lines).sections)).toBe('II III');
    const twice = ['II. CHỈ TIÊU', '1. Sản lượng lương thực đạt 5.200 tấn.', '2. Thu nhập bình quân', '3. Hộ nghèo', '4. Tỷ lệ che phủ rừng đạt 41%.'];
    expect(outline(segment(twice).sections)).toBe('II(1 2 3 4)');
  });

  test('an item whose paragraph ran on into the next line (a pdf joining it to the closing) is still an item', () => {
    const lines = [
      'II. GIẢI PHÁP',
      '1. Khơi thông 3,2 km mương tiêu trước mùa mưa.',
      '2. Vận động 60 hộ chuyển sang trồng cây ăn quả. Trên đây là báo cáo của UBND xã Nam Hưng. Nơi nhận:',
    ];
    expect(outline(segment(lines).sections)).toBe('II');
  });

  test('an abbreviation in capitals with a full stop is not a sentence break', () => {
    const lines = ['I. KẾT QUẢ', '1. Hoạt động của Hội Nông dân tại TP. Huế', '2. Hoạt động của Hội Phụ nữ tại TX. Hương Thủy', 'Nội dung.'];
    expect(outline(segment(lines).sections)).toBe('I(1 2)');
  });

  test('items opening with a short run-in title ("Thuận lợi: …") are headings with their body on their line', () => {
    const lines = [
      'III. ĐÁNH GIÁ CHUNG',
      '1. Thuận lợi: Được cấp trên quan tâm hỗ trợ; nhân dân đồng thuận.',
      '2. Khó khăn, vướng mắc: Kinh phí còn hạn chế; thời tiết diễn biến phức tạp.',
      'IV. KIẾN NGHỊ',
    ];
    expect(outline(segment(lines).sections)).toBe('III(1 2) IV');
    // A long lead-in before ":" with a count is part of the sentence, not a title.
    const tasks = ['II. NHIỆM VỤ', '1. Nâng cấp 02 tuyến đường liên thôn với tổng chiều dài: 3,4 km.', '2. Tổ chức 04 lớp dạy nghề ngắn hạn.'];
    expect(outline(segment(tasks).sections)).toBe('II');
  });

  test('title-like numbered lines with a body of their own stay headings', () => {
    const lines = ['I. KẾT QUẢ', '1. Trồng trọt', 'Gieo trồng 420 ha lúa.', '2. Chăn nuôi', 'Tổng đàn lợn 3.100 con.'];
    expect(outline(segment(lines).sections)).toBe('I(1 2)');
  });

  test('a sentence-like heading followed by its own body stays a heading', () => {
    const lines = [
      '1.1. Tỷ lệ hồ sơ giải quyết đúng hạn.',
      'Trong kỳ tiếp nhận 512 hồ sơ, đúng hạn 508 hồ sơ.',
      '1.2. Tỷ lệ hồ sơ trực tuyến toàn trình.',
      'Đạt 61% tổng số hồ sơ.',
    ];
    expect(outline(segment(lines).sections)).toBe('1.1 1.2');
  });

  test('sentence items whose numbering runs on into a titled heading are that heading\'s siblings', () => {
    const lines = ['II. NHIỆM VỤ', '1. Hoàn thành thu thuế đất trước ngày 30/11.', '2. Tổ chức đối thoại với 03 doanh nghiệp.', '3. Công tác khác', 'Thực hiện các nhiệm vụ đột xuất.'];
    expect(outline(segment(lines).sections)).toBe('II(1 2 3)');
  });

  test('a heading further on that continues the numbering keeps the sentence items as its siblings', () => {
    const lines = [
      'I. KẾT QUẢ',
      '1. Công tác tuyên truyền được đẩy mạnh.',
      '2. Công tác kiểm tra được duy trì thường xuyên.',
      'Trong kỳ kiểm tra 14 cơ sở kinh doanh.',
      'a) Cơ sở đạt yêu cầu',
      'Có 12 cơ sở đạt.',
      '3. Công tác khác',
      'Nội dung.',
      'II. KIẾN NGHỊ',
    ];
    expect(outline(segment(lines).sections)).toBe('I(1 2(a) 3) II');
  });

  test('the same numbering after an outer heading or the signature is another list', () => {
    const lines = ['I. NHIỆM VỤ', '1. Hoàn thành 04 công trình giao thông.', '2. Giải ngân 92% vốn đầu tư công.', 'II. KIẾN NGHỊ', '3. Đề nghị cấp bổ sung 500 triệu đồng'];
    expect(outline(segment(lines).sections)).toBe('I II(3)');
    const signed = ['I. NHIỆM VỤ', '1. Hoàn thành 04 công trình giao thông.', '2. Giải ngân 92% vốn đầu tư công.', 'Nơi nhận:', '3. Lưu trữ'];
    expect(outline(segment(signed).sections)).toBe('I 3');
  });

  test('sentence items that do not start a list at 1 continue the headings before them', () => {
    const lines = ['1. Kết quả chung', 'Các chỉ tiêu cơ bản đạt.', '2. Hoàn thành 04 công trình giao thông.', '3. Giải ngân 92% vốn đầu tư công.'];
    expect(outline(segment(lines).sections)).toBe('1 2 3');
  });

  test('items the format marks as headings (bold) are headings even when they are sentences', () => {
    const source = sourceFromText(['I. NHIỆM VỤ', '1. Hoàn thành 04 công trình giao thông.', '2. Giải ngân 92% vốn đầu tư công.'].join('\n'));
    source.blocks[1].emphasis = true;
    source.blocks[2].emphasis = true;
    expect(outline(segmentSections(source).sections)).toBe('I(1 2)');
  });
  test('two items swapped ("1." "2." "4." "3.") are still one list: the item stepping back fills a number the run skipped', () => {
    const lines = [
      'III. GIẢI PHÁP NĂM 2027',
      '1. Nạo vét 4,5 km kênh nội đồng trước vụ Đông Xuân.',
      '2. Hỗ trợ 30 hộ chuyển đổi sang nuôi tôm sinh thái.',
      '4. Kiểm tra 100% cơ sở giết mổ gia súc trên địa bàn.',
      '3. Công khai số điện thoại trực ban phòng chống thiên tai: 0233.3852.114.',
    ];
    const { sections, lists } = segment(lines);
    expect(outline(sections)).toBe('III');
    expect(lists.map((l) => l.map((item) => item.number))).toEqual([['1.', '2.', '4.', '3.']]);
    // A step back to a number already used is no swap: the run ends there and "2." stays a heading.
    const repeated = ['III. GIẢI PHÁP', '1. Nạo vét 4,5 km kênh nội đồng.', '2. Hỗ trợ 30 hộ nuôi tôm.', '3. Kiểm tra 12 cơ sở giết mổ.', '2. Tổng kết'];
    expect(outline(segment(repeated).sections)).toBe('III(2)');
  });
});

describe('a labelled figure is a run-in title, however long its label', () => {
  test('"a) <label of up to twelve words>: <amount>." items stay headings', () => {
    const lines = [
      '1. Tiếp nhận hồ sơ',
      'Trong quý, bộ phận một cửa tiếp nhận 31 hồ sơ, cụ thể:',
      'a) Cấp phép tổ chức lễ hội truyền thống tại địa phương: 12 hồ sơ.',
      'b) Đăng ký sinh hoạt của nhóm người khuyết tật, người cao tuổi: 19 hồ sơ.',
      'Tất cả hồ sơ đều được giải quyết đúng hạn.',
    ];
    expect(outline(segment(lines).sections)).toBe('1(a b)');
  });

  test('a label before a clause with a verb is no run-in title: the items are a list of sentences', () => {
    const lines = [
      '1. Nhiệm vụ',
      'a) Đối với các hộ kinh doanh trên địa bàn xã: tiếp tục vận động kê khai thuế đầy đủ.',
      'b) Đối với các doanh nghiệp nhỏ và vừa của xã: hướng dẫn sử dụng hóa đơn điện tử.',
    ];
    expect(outline(segment(lines).sections)).toBe('1');
  });
});

describe('a numbered run with no body at all is a list, however its items end', () => {
  test('tasks without their full stop, one after another up to the next outer heading, are list items', () => {
    const lines = [
      'II. NHIỆM VỤ NĂM 2027',
      '1. Nâng cấp 2,5 km đường giao thông nội đồng, hoàn thành trước tháng 9/2027',
      '2. Vận động 45 hộ tham gia mô hình trồng rau an toàn theo tiêu chuẩn VietGAP',
      '3. Tổ chức 02 lớp tập huấn phòng trừ sâu bệnh cho nông dân các thôn vùng trũng',
      'III. KIẾN NGHỊ',
      'Đề nghị huyện hỗ trợ kinh phí làm đường.',
    ];
    const { sections, lists } = segment(lines);
    expect(outline(sections)).toBe('II III');
    expect(lists.map((l) => l.map((item) => item.number))).toEqual([['1.', '2.', '3.']]);
    // Up to the signature or the end of the text, too.
    const tasks = ['II. NHIỆM VỤ', '1. Duy trì giao ban hằng tháng với các hợp tác xã, tổ hợp tác trên địa bàn', '2. Kiểm tra 15 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật trước vụ mùa'];
    expect(outline(segment([...tasks, 'Nơi nhận:']).sections)).toBe('II');
    expect(outline(segment(tasks).sections)).toBe('II');
    // Short titles with no body are an outline not yet filled in: headings.
    expect(outline(segment(['II. NHIỆM VỤ', '1. Giao ban', '2. Kiểm tra', 'III. KIẾN NGHỊ']).sections)).toBe('II(1 2) III');
  });

  test('a run where one item holds a body, sub-headings or run-in text stays headings', () => {
    const bodied = ['I. KẾT QUẢ', '1. Trồng trọt', '2. Chăn nuôi', 'Tổng đàn lợn 3.100 con.', 'II. KIẾN NGHỊ'];
    expect(outline(segment(bodied).sections)).toBe('I(1 2) II');
    const nested = ['I. KẾT QUẢ', '1. Trồng trọt', '2. Chăn nuôi', 'a) Đàn lợn', 'Có 3.100 con.', 'II. KIẾN NGHỊ'];
    expect(outline(segment(nested).sections)).toBe('I(1 2(a)) II');
    const runIn = [
      '2. Khen thưởng cấp xã',
      'a) Khen thưởng thường xuyên: tặng Giấy khen cho 14 tập thể và 37 cá nhân.',
      'b) Khen thưởng đột xuất: 05 trường hợp, trong đó cá nhân 4 trường hợp.',
      '3. Kinh phí',
    ];
    expect(outline(segment(runIn).sections)).toBe('2(a b) 3');
  });
});

describe('a run-in item closing a list of sentences', () => {
  test('the last item, a run-in title with its text on its line, is read as its siblings are', () => {
    const lines = [
      'II. GIẢI PHÁP',
      '1- Rà soát 120 hộ cận nghèo để hỗ trợ vay vốn.',
      '2- Mở 03 lớp dạy nghề may công nghiệp cho lao động nông thôn.',
      '3- Đầu mối phối hợp: Phòng Văn hóa - Xã hội, điện thoại 0236.3812.456.',
      'Trên đây là báo cáo của UBND xã Hòa Tiến.',
    ];
    const { sections, lists } = segment(lines);
    expect(outline(sections)).toBe('II');
    expect(lists.map((l) => l.map((item) => item.number))).toEqual([['1-', '2-', '3-']]);
  });

  test('a heading further on that continues the numbering keeps them all headings', () => {
    const lines = [
      'II. GIẢI PHÁP',
      '1- Rà soát 120 hộ cận nghèo để hỗ trợ vay vốn.',
      '2- Mở 03 lớp dạy nghề may công nghiệp cho lao động nông thôn.',
      '3- Đầu mối phối hợp: Phòng Văn hóa - Xã hội, điện thoại 0236.3812.456.',
      '4- Công tác khác',
      'Thực hiện các nhiệm vụ đột xuất.',
    ];
    expect(outline(segment(lines).sections)).toBe('II(1 2 3 4)');
  });
});

describe('labelled figures closed by ";" are headings, not running text', () => {
  test('"i) <Label>: <amount>;" items under a breakdown stay headings', () => {
    const lines = [
      '2. Cấp giấy chứng nhận quyền sử dụng đất',
      'Trong quý đã cấp 96 giấy chứng nhận, cụ thể:',
      'i) Đất ở nông thôn: 58 giấy;',
      'ii) Đất trồng cây lâu năm: 30 giấy;',
      'iii) Đất nuôi trồng thủy sản: 8 giấy.',
      '3. Công tác thanh tra',
      'Thanh tra 04 cuộc.',
    ];
    expect(outline(segment(lines).sections)).toBe('2(i ii iii) 3');
  });

  test('a lower-case label, or a label before a clause, is still running text', () => {
    const lower = ['2. Cấp giấy chứng nhận', 'Đã cấp 96 giấy, gồm:', 'a) đất ở nông thôn: 58 giấy;', 'b) đất trồng cây lâu năm: 38 giấy.', '3. Thanh tra'];
    expect(outline(segment(lower).sections)).toBe('2 3');
    const clause = ['2. Cấp giấy chứng nhận', 'Đã cấp 96 giấy, gồm:', 'a) Đất ở: cấp cho các hộ đủ điều kiện;', 'b) Đất nông nghiệp: cấp đổi theo bản đồ mới.', '3. Thanh tra'];
    expect(outline(segment(clause).sections)).toBe('2 3');
  });
});
