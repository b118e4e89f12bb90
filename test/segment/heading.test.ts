import { describe, expect, test } from 'vitest';
import { recogniseHeading } from '../../src/segment/heading.js';

/** number, key, style and title of a line read as a heading. */
function read(line: string) {
  const h = recogniseHeading(line);
  return h && { number: h.number, key: h.key, style: h.style, title: h.title, bare: h.bare };
}

describe('parts', () => {
  test('PHẦN with a Roman numeral alone on its line is a bare part heading', () => {
    expect(read('PHẦN I')).toEqual({ number: 'PHẦN I', key: 'PHẦN I', style: 'part', title: '', bare: true });
    expect(read('Phần II')).toMatchObject({ key: 'Phần II', bare: true });
  });

  test('ordinal parts keep their words as written in the key', () => {
    expect(read('Phần thứ nhất')).toMatchObject({ key: 'Phần thứ nhất', style: 'part', bare: true });
    expect(read('PHẦN THỨ NHẤT')).toMatchObject({ key: 'PHẦN THỨ NHẤT', style: 'part' });
    expect(read('Phần thứ hai')).toMatchObject({ key: 'Phần thứ hai' });
    expect(recogniseHeading('Phần thứ tư')?.ordinal).toBe(4);
  });

  test('a part with its title on the same line after a separator takes that title', () => {
    expect(read('PHẦN I. KẾT QUẢ THỰC HIỆN')).toEqual({ number: 'PHẦN I.', key: 'PHẦN I', style: 'part', title: 'KẾT QUẢ THỰC HIỆN', bare: false });
    expect(read('Phần thứ hai: PHƯƠNG HƯỚNG')).toMatchObject({ number: 'Phần thứ hai', title: 'PHƯƠNG HƯỚNG' });
  });

  test('"Phần thứ" takes a Roman or arabic numeral as well as an ordinal word', () => {
    expect(read('Phần thứ II. NHIỆM VỤ TRỌNG TÂM')).toEqual({ number: 'Phần thứ II.', key: 'Phần thứ II', style: 'part', title: 'NHIỆM VỤ TRỌNG TÂM', bare: false });
    expect(recogniseHeading('PHẦN THỨ III')?.ordinal).toBe(3);
    expect(recogniseHeading('Phần thứ 2: Kiến nghị')?.ordinal).toBe(2);
    expect(read('Phần thứ IIII')).toBeNull();
  });

  test('prose that opens with the word "Phần" is not a part', () => {
    expect(read('Phần mềm quản lý văn bản được sử dụng thường xuyên.')).toBeNull();
    expect(read('Phần In ấn tài liệu')).toBeNull();
    expect(read('Phần II của báo cáo nêu rõ')).toBeNull();
    expect(read('Phần thứ mấy chưa rõ')).toBeNull();
  });
});

describe('parts by letter and "Mục"', () => {
  test('PHẦN with a capital letter is a part numbered by the Vietnamese alphabet', () => {
    expect(read('PHẦN A. ĐẶC ĐIỂM TÌNH HÌNH')).toEqual({ number: 'PHẦN A.', key: 'PHẦN A', style: 'part', title: 'ĐẶC ĐIỂM TÌNH HÌNH', bare: false });
    expect(recogniseHeading('PHẦN Đ')?.ordinal).toBe(recogniseHeading('PHẦN D')!.ordinal + 1);
    expect(read('Phần A của báo cáo')).toBeNull();
  });

  test('"Mục" with an arabic or Roman number is a heading of its own style', () => {
    expect(read('Mục 1. KẾT QUẢ')).toEqual({ number: 'Mục 1.', key: 'Mục 1', style: 'muc', title: 'KẾT QUẢ', bare: false });
    expect(read('MỤC II')).toMatchObject({ key: 'MỤC II', style: 'muc', bare: true });
    expect(recogniseHeading('MỤC II')?.ordinal).toBe(2);
    expect(read('Mục 3: Tổ chức thực hiện')).toMatchObject({ key: 'Mục 3', title: 'Tổ chức thực hiện' });
  });

  test('"Mục" as a word of prose is not a heading', () => {
    for (const line of ['MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP', 'Mục tiêu năm 2025', 'Mục 2 của Kế hoạch số 12/KH-UBND', 'Mục đích, yêu cầu']) expect(read(line), line).toBeNull();
  });
});

describe('Roman, arabic and multi-level numbers', () => {
  test('a Roman numeral with a dot is a Roman heading', () => {
    expect(read('I. KẾT QUẢ NỔI BẬT')).toEqual({ number: 'I.', key: 'I', style: 'roman', title: 'KẾT QUẢ NỔI BẬT', bare: false });
    expect(read('XIV. KIẾN NGHỊ')).toMatchObject({ key: 'XIV', style: 'roman' });
    expect(read('IV - KIẾN NGHỊ, ĐỀ XUẤT')).toMatchObject({ number: 'IV -', key: 'IV', title: 'KIẾN NGHỊ, ĐỀ XUẤT' });
  });

  test('an undotted Roman numeral followed by a space and a capital is a Roman heading', () => {
    expect(read('III NHIỆM VỤ NĂM TỚI')).toEqual({ number: 'III', key: 'III', style: 'roman', title: 'NHIỆM VỤ NĂM TỚI', bare: false });
    expect(recogniseHeading('IX Kiến nghị với cấp trên')?.ordinal).toBe(9);
    for (const line of ['II', 'II nhiệm vụ năm tới', 'VI 12 hộ', 'IIX SAI SỐ', 'VIỆC LÀM MỚI']) expect(read(line), line).toBeNull();
  });

  test('capitals that are not a canonical Roman numeral are not headings', () => {
    expect(read('IIII. Sai số La Mã')).toBeNull();
    expect(read('VX. Sai số La Mã')).toBeNull();
    expect(read('V.v báo cáo kết quả')).toBeNull();
  });

  test('an arabic number needs its dot and a title with a letter', () => {
    expect(read('1. Triển khai Kế hoạch số 58-KH/TU ngày 31/12/2021 của Thị ủy Bắc Sơn')).toEqual({
      number: '1.', key: '1', style: 'arabic', title: 'Triển khai Kế hoạch số 58-KH/TU ngày 31/12/2021 của Thị ủy Bắc Sơn', bare: false,
    });
    expect(read('5. Kết quả chuyển đổi số.')).toMatchObject({ key: '5', title: 'Kết quả chuyển đổi số.' });
    expect(read('1.Triển khai kế hoạch')).toMatchObject({ number: '1.', key: '1' });
  });

  test('multi-level numbers nest by component and the trailing dot is optional', () => {
    expect(read('1.1. Cán bộ, công chức xã được cấp thư điện tử')).toMatchObject({ number: '1.1.', key: '1.1', style: 'multi' });
    expect(read('2.1.1. Triển khai hạ tầng số')).toMatchObject({ key: '2.1.1', style: 'multi' });
    expect(read('1.3 Các văn bản, hồ sơ công việc')).toMatchObject({ number: '1.3', key: '1.3', title: 'Các văn bản, hồ sơ công việc' });
    expect(read('1.10. Thực hiện đảm bảo các chỉ tiêu')).toMatchObject({ key: '1.10' });
    expect(recogniseHeading('2.1.3. Đào tạo')?.depth).toBe(3);
  });

  test('a dotted multi-level heading may open its title with a figure', () => {
    expect(read('4.3. 100% CBCC có máy tính phục vụ công việc.')).toMatchObject({ key: '4.3', title: '100% CBCC có máy tính phục vụ công việc.' });
  });

  test('sentences that open with a figure are not headings', () => {
    for (const line of [
      '100% cán bộ, công chức UBND phường sử dụng hiệu quả các phần mềm',
      '100 % cán bộ, công chức UBND phường được cấp tài khoản',
      '2024, triển khai các nhiệm vụ trọng tâm',
      '6 tháng đầu năm 2023 đã tiếp nhận và giải quyết 461 hồ sơ.',
      '15.300.000đ là kinh phí chi thường xuyên',
      '4.256 hộ gia đình có đường Internet cáp quang',
      '1,5 triệu đồng mỗi tháng',
      '1.5 triệu đồng mỗi tháng',
      '30/6/2023 là hạn báo cáo',
      '10.5% doanh nghiệp',
      '2024. Năm chuyển đổi số',
    ]) expect(read(line), line).toBeNull();
  });

  test('Roman numerals run to XX and beyond', () => {
    expect(recogniseHeading('XX. KIẾN NGHỊ')).toMatchObject({ key: 'XX', style: 'roman', ordinal: 20 });
    expect(recogniseHeading('XIX. ĐỀ XUẤT')?.ordinal).toBe(19);
  });

  test('an arabic number may close with a parenthesis or a dash', () => {
    expect(read('1) Cải cách thể chế')).toEqual({ number: '1)', key: '1', style: 'arabic', title: 'Cải cách thể chế', bare: false });
    expect(read('2- Thực hiện chính sách')).toMatchObject({ number: '2-', key: '2', style: 'arabic' });
    expect(read('3 - Kiến nghị')).toMatchObject({ number: '3-', key: '3', title: 'Kiến nghị' });
    expect(recogniseHeading('1) Cải cách')?.mark).toBe(')');
  });

  test('a number closed by a slash, then a space and a title, is the "1/" house style', () => {
    expect(read('3/ Công tác xây dựng chính quyền')).toEqual({ number: '3/', key: '3', style: 'arabic', title: 'Công tác xây dựng chính quyền', bare: false });
    expect(read('1.2/ Hoạt động văn nghệ quần chúng')).toMatchObject({ number: '1.2/', key: '1.2', style: 'multi', title: 'Hoạt động văn nghệ quần chúng' });
    expect(recogniseHeading('4/ KIẾN NGHỊ')?.mark).toBe('/');
    expect(recogniseHeading('2.3/ Giao thông nông thôn')?.depth).toBe(2);
  });

  test('a multi-level number closed by a dash, then a capital, is the "1.1-" house style', () => {
    expect(read('2.3- Công tác phổ biến pháp luật')).toMatchObject({ number: '2.3-', key: '2.3', style: 'multi', title: 'Công tác phổ biến pháp luật' });
    expect(recogniseHeading('1.2 - Tổ hòa giải')?.depth).toBe(2);
    // A decimal range or a lower-case clause after the dash is no heading.
    for (const line of ['1.5-2 triệu đồng mỗi hộ', '2.5 - khoảng 3 tấn/ha', '1.2- tổ chức họp']) expect(read(line), line).toBeNull();
  });

  test('Roman numerals and letters closed by a slash are the same house style as "1/"', () => {
    expect(read('II/ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH')).toEqual({ number: 'II/', key: 'II', style: 'roman', title: 'CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', bare: false });
    expect(recogniseHeading('IV/ Kiến nghị')?.ordinal).toBe(4);
    expect(read('III/NHIỆM VỤ QUÝ TỚI')).toMatchObject({ number: 'III/', key: 'III', style: 'roman', title: 'NHIỆM VỤ QUÝ TỚI' });
    expect(read('b/ Tiêm chủng mở rộng')).toEqual({ number: 'b/', key: 'b', style: 'letter', title: 'Tiêm chủng mở rộng', bare: false });
    expect(recogniseHeading('đ/ Vệ sinh môi trường')?.mark).toBe('/');
    expect(read('2/Khám chữa bệnh')).toMatchObject({ number: '2/', key: '2', style: 'arabic', title: 'Khám chữa bệnh' });
  });

  test('Roman numerals closed by a bracket are a house style like "1)" and "a)"', () => {
    expect(read('II) NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM')).toEqual({ number: 'II)', key: 'II', style: 'roman', title: 'NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM', bare: false });
    expect(recogniseHeading('IV) Đề xuất, kiến nghị')?.ordinal).toBe(4);
    expect(recogniseHeading('III) Kết quả')?.mark).toBe(')');
    for (const line of ['I)', 'II)2025', 'V)']) expect(read(line), line).toBeNull();
  });

  test('quarters, "V/v", document numbers and glued lower case are not slash headings', () => {
    for (const line of ['I/2025 thu ngân sách đạt 30%', 'II/2024', 'V/v báo cáo kết quả tiêm chủng', 'I/O', 'I/ 2025', 'c/o Phòng Y tế', 'đ/c Nguyễn Văn Bình phụ trách', 'a/b', '15/QĐ-UBND ngày 3/5', '1/Tổ'])
      expect(read(line), line).toBeNull();
  });

  test('fractions and dates written with a slash are not slash headings', () => {
    for (const line of ['1/2 số thôn đã hoàn thành', '21/02 tổ chức hội nghị', '30/6/2025 là hạn nộp', '3/4 trường đạt chuẩn', '1/ 5 số hộ được hỗ trợ', '2/', '12/2025 hoàn thành', '1/3 số xã đạt chuẩn', '15/20 trạm y tế có bác sĩ', '31/12/2024 chốt số liệu', '2/3 học sinh']) expect(read(line), line).toBeNull();
  });

  test('ranges, dates and "1.2)" before lower case are not dashed or parenthesised headings', () => {
    for (const line of ['3 - 5 ngày làm việc', '2-3 ngày', '1.2) là thủ tục', '1.2)Thủ tục', '10-15% hộ dân', '1)Tổ chức', '2 - 2024']) expect(read(line), line).toBeNull();
  });

  test('"1.2) Thủ tục" and "2.1.3) Kết quả": a bracket closes a multi-level number before a capital (a house style)', () => {
    expect(recogniseHeading('1.2) Thủ tục hành chính')).toMatchObject({ number: '1.2)', key: '1.2', style: 'multi', depth: 2, ordinal: 2, mark: ')', title: 'Thủ tục hành chính' });
    expect(recogniseHeading('2.1.3) Kết quả giải quyết')).toMatchObject({ number: '2.1.3)', key: '2.1.3', style: 'multi', depth: 3, ordinal: 3 });
  });

  test('a bare number followed by a space and no dot is a table row, not a heading', () => {
    expect(read('1 Số lượng tin bài về chuyển đổi số')).toBeNull();
    expect(read('12 Tỷ lệ người dân từ 15 tuổi trở lên')).toBeNull();
  });
});

describe('letters', () => {
  test('letters take a dot, a parenthesis or a comma', () => {
    expect(read('a. Số hội nghị, hội thảo')).toEqual({ number: 'a.', key: 'a', style: 'letter', title: 'Số hội nghị, hội thảo', bare: false });
    expect(read('b) Thư điện tử (..... @tiengiang.gov.vn)')).toMatchObject({ number: 'b)', key: 'b' });
    expect(read('a, Nâng cấp, tái cấu trúc hệ thống mạng nội bộ')).toMatchObject({ number: 'a,', key: 'a' });
  });

  test('đ is a letter of its own and follows d', () => {
    const d = recogniseHeading('d) Chữ ký số');
    const dd = recogniseHeading('đ) Phần mềm chuyên ngành');
    expect(dd).toMatchObject({ key: 'đ', style: 'letter' });
    expect(dd!.ordinal).toBe(d!.ordinal + 1);
    expect(recogniseHeading('g) Hội nghị')!.ordinal).toBe(recogniseHeading('e) Phần mềm')!.ordinal + 1);
  });

  test('a letter may close with a dash', () => {
    expect(read('a- Xây dựng văn bản')).toEqual({ number: 'a-', key: 'a', style: 'letter', title: 'Xây dựng văn bản', bare: false });
    expect(read('đ- Thanh toán trực tuyến')).toMatchObject({ key: 'đ', style: 'letter' });
  });

  test('a letter heading needs a space and then a letter', () => {
    expect(read('a.m. họp giao ban')).toBeNull();
    expect(read('e-mail công vụ')).toBeNull();
    expect(read('a)Tổng số cán bộ')).toBeNull();
    expect(read('b) 25 hồ sơ')).toBeNull();
  });

  test('letters outside the Vietnamese alphabet are read but flagged as odd', () => {
    expect(recogniseHeading('f) Phần mềm khác')).toMatchObject({ key: 'f', style: 'letter', odd: expect.any(String) });
  });

  test('a capital letter with a dot, a parenthesis or a dash is a capital-letter heading', () => {
    expect(read('A. KẾT QUẢ')).toEqual({ number: 'A.', key: 'A', style: 'capital', title: 'KẾT QUẢ', bare: false });
    expect(read('B) Phương hướng')).toMatchObject({ number: 'B)', key: 'B', style: 'capital' });
    expect(read('Đ - NHIỆM VỤ KHÁC')).toMatchObject({ number: 'Đ -', key: 'Đ', style: 'capital' });
    expect(recogniseHeading('G. KIẾN NGHỊ')!.ordinal).toBe(recogniseHeading('E. TỒN TẠI')!.ordinal + 1);
  });

  test('signature lines and words are not capital-letter headings', () => {
    for (const line of ['Q. CHỦ TỊCH', 'T. GIÁM ĐỐC', 'A.Nguyễn', 'B.1 Số liệu', 'C)']) expect(read(line), line).toBeNull();
  });
});

describe('lines that are never headings', () => {
  test('bullets and numbered items behind a bullet are not headings', () => {
    for (const line of [
      '- Mạng nội bộ kết nối internet băng rộng',
      '+ (5) Đăng ký khai sinh: 22 trường hợp',
      '- + (1) Đăng ký thường trú (Công an phường Giếng Đáy): 71 hồ sơ',
      '* Chỉ tiêu đạt',
      '• Tuyên truyền',
      '- b) Cung cấp dịch vụ công trực tuyến',
    ]) expect(read(line), line).toBeNull();
  });

  test('signature blocks and letterhead furniture are not headings', () => {
    for (const line of [
      'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nơi nhận:',
      'Số: /UBND', 'BÁO CÁO', 'TT. Đảng ủy, TT. HĐND phường;',
    ]) expect(read(line), line).toBeNull();
  });
});

describe('bare numbers', () => {
  test('a paragraph holding only a heading number is a bare heading', () => {
    expect(read('1.')).toMatchObject({ number: '1.', key: '1', style: 'arabic', bare: true, title: '' });
    expect(read('II.')).toMatchObject({ key: 'II', style: 'roman', bare: true });
    expect(read('a)')).toMatchObject({ key: 'a', style: 'letter', bare: true });
    expect(read('2.1.')).toMatchObject({ key: '2.1', style: 'multi', bare: true });
  });

  test('a lone number without its punctuation is not a heading', () => {
    expect(read('1')).toBeNull();
    expect(read('2.1')).toBeNull();
  });
});

describe('multi-level numbers under a Roman numeral', () => {
  test('"III.2.", "III.2 Title" and "III.2.1." read with the Roman numeral as first component', () => {
    expect(read('III.2. Khám sức khỏe học đường')).toEqual({ number: 'III.2.', key: 'III.2', style: 'multi', title: 'Khám sức khỏe học đường', bare: false });
    expect(read('III.2 Khám sức khỏe học đường')).toEqual({ number: 'III.2', key: 'III.2', style: 'multi', title: 'Khám sức khỏe học đường', bare: false });
    expect(recogniseHeading('IV.3.2. Tiêm chủng mở rộng')).toMatchObject({ key: 'IV.3.2', depth: 3, ordinal: 2 });
  });

  test('a letter may close the number: "IV.1.b)" is the second letter under IV.1', () => {
    expect(read('IV.1.b) Tiêm chủng mở rộng')).toEqual({ number: 'IV.1.b)', key: 'IV.1.b', style: 'multi', title: 'Tiêm chủng mở rộng', bare: false });
    expect(recogniseHeading('IV.1.b) Tiêm chủng mở rộng')).toMatchObject({ depth: 3, ordinal: 2 });
  });

  test('undotted, a capital must open the title; a quarter or a code is no heading', () => {
    expect(read('II.3 lượt khám tăng')).toBeNull();
    expect(read('II.2026 là năm bản lề')).toBeNull();
    expect(read('VI.12')).toBeNull();
    expect(read('IIII.1. Khám bệnh')).toBeNull();
  });
});

describe('bracketed markers and a title glued to a hyphen', () => {
  test('"(ii)" is a lowercase Roman numeral, "(b)" a letter, both a bracketed style', () => {
    expect(read('(ii) Khám cho người cao tuổi')).toEqual({ number: '(ii)', key: 'ii', style: 'roman', title: 'Khám cho người cao tuổi', bare: false });
    expect(recogniseHeading('(iv) Khám cho người cao tuổi')).toMatchObject({ ordinal: 4, mark: '()' });
    expect(read('(b) Khám cho người cao tuổi')).toEqual({ number: '(b)', key: 'b', style: 'letter', title: 'Khám cho người cao tuổi', bare: false });
  });

  test('a bracket that holds a word, a figure or nothing after it is no heading', () => {
    for (const line of ['(Đã ký)', '(ii)', '(12) hộ nghèo', '(kèm theo Phụ lục)', '(ii)Khám bệnh']) expect(read(line), line).toBeNull();
  });

  test('"3-Khám bệnh" is an arabic heading with a glued title; a range or a code is not', () => {
    expect(recogniseHeading('3-Khám bệnh ngoại trú')).toMatchObject({ number: '3-', key: '3', style: 'arabic', title: 'Khám bệnh ngoại trú', glued: true, mark: '-' });
    expect(read('3-5 người mỗi tổ')).toBeNull();
    expect(read('3-HN')).toBeNull();
  });
});
