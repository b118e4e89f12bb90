import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'garbled-number';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => f.messageId);

describe('garbled-number', () => {
  it('flags numbers joined by the spaces of a document grouping its thousands with spaces, in groups not of three', async () => {
    // Hand-checked: the document writes "4 128" and "1 560" grouped by a no-break space, so "3 4 18 lượt" (plain or no-break
    // spaces) is a number grouped wrongly; "3 418 lượt" is right, and in a document grouping with dots nothing is read.
    const doc = (n: string, grouped = '4\u00A0128') => `I. KẾT QUẢ\nToàn xã có ${grouped} hộ với 1\u00A0560 lao động.\nTrạm y tế tiếp đón ${n} lượt người khám bệnh trong năm.\n`;
    const f = await findingsOf(RULE, doc('3\u00A04\u00A018'));
    expect(f.map((x) => [x.messageId, String(x.data.raw).replace(/\u00A0/gu, ' '), x.data.unit])).toEqual([['malformedNumber', '3 4 18', 'lượt người']]);
    expect((await findingsOf(RULE, doc('3 4 18'))).map((x) => x.data.raw)).toEqual(['3 4 18']);
    expect(await findingsOf(RULE, doc('3\u00A0418'))).toEqual([]);
    expect(await findingsOf(RULE, doc('1 2 3'))).toEqual([]);
    expect(await findingsOf(RULE, doc('3 4 18', '4.128').replace('1\u00A0560', '1.560'))).toEqual([]);
  });

  it('flags two counts run together before one noun and suggests either', async () => {
    const f = await findingsOf(RULE, 'Tổ công nghệ số đã hướng dẫn 35 42 người dân cài đặt ứng dụng VNeID.\n');
    expect(f).toHaveLength(1);
    expect(f[0].data).toMatchObject({ first: '35', second: '42' });
    expect(f[0].suggestion).toBe('35 42 → 35 hoặc 42');
  });

  it('flags grouped numbers and short nouns in new wording', async () => {
    expect(await ids('Xã đã lắp đặt 12 8 cụm loa không dây tại các thôn.')).toEqual(['garbledNumber']);
    expect(await ids('Ngân hàng đã hỗ trợ 1.250 980 hộ gia đình mở tài khoản thanh toán.')).toEqual(['garbledNumber']);
  });

  it('flags a dot-grouped count of papers whose last group is short ("hóa đơn", "tờ khai")', async () => {
    // Hand-checked: "3.415.72" groups thousands with dots but ends in two digits, so no grammar gives it a value.
    const f = await findingsOf(RULE, 'Chi cục đã tiếp nhận 3.415.72 tờ khai thuế điện tử trong quý.\n');
    expect(f.map((x) => [x.messageId, x.data.raw, x.data.unit])).toEqual([['malformedNumber', '3.415.72', 'tờ khai']]);
    expect((await findingsOf(RULE, 'Các cửa hàng đã xuất 52.906.8 hóa đơn bán lẻ.\n')).map((x) => x.data.raw)).toEqual(['52.906.8']);
    // Well grouped, the same counts are read as numbers.
    expect(await ids('Chi cục đã tiếp nhận 3.415.720 tờ khai thuế điện tử trong quý.')).toEqual([]);
    expect(await ids('Các cửa hàng đã xuất 52.906 hóa đơn bán lẻ.')).toEqual([]);
  });

  it('does not flag names, levels, years, durations or phone numbers', async () => {
    expect(await ids('Trong quý 2 2024 có thêm hộ đăng ký.')).toEqual([]);
    expect(await ids('Cung cấp dịch vụ công mức độ 3 4 cho người dân.')).toEqual([]);
    expect(await ids('Trong năm 2023 15 hộ đã đăng ký mã QR.')).toEqual([]);
    expect(await ids('Khu phố 5 12 hộ chưa có internet.')).toEqual([]);
    expect(await ids('Liên hệ số điện thoại 0256 3833 125 để được hỗ trợ.')).toEqual([]);
    expect(await ids('Thời gian thực hiện từ 3 6 tháng tùy hồ sơ.')).toEqual([]);
    expect(await ids('Áp dụng ISO 9001 2015 trong giải quyết thủ tục.')).toEqual([]);
  });

  it('does not read table cells side by side', async () => {
    expect(await ids('STT\tNội dung\tKế hoạch\tThực hiện\n1\tHồ sơ trực tuyến\t120\t98')).toEqual([]);
  });

  it('reads "cấp" before a count as the verb "issue", so a garbled count after it is flagged', async () => {
    const f = await findingsOf(RULE, 'Công an xã đã cấp 215 251 thẻ căn cước cho công dân.\n');
    expect(f.map((x) => x.data)).toEqual([expect.objectContaining({ first: '215', second: '251' })]);
  });

  it('flags three small numbers run together before an amount\'s scale or currency, which no grouping can read as one', async () => {
    const f = await findingsOf(RULE, 'Kinh phí hỗ trợ xây dựng nhà văn hóa 2 35 6 triệu đồng từ ngân sách huyện.\n');
    expect(f.map((x) => x.messageId)).toEqual(['garbledAmount']);
    expect(f[0].data).toMatchObject({ first: '2', second: '35', third: '6', unit: 'triệu đồng' });
    expect(f[0].evidence[0].quote).toBe('2 35 6 triệu đồng');
    // One number grouped by spaces, a phone number, a count that is no money and a named group stay unflagged.
    expect(await ids('Kinh phí hỗ trợ 2 350 600 đồng; đường dây nóng 0912 345 678.')).toEqual([]);
    expect(await ids('Đã cấp 2 35 6 thẻ bảo hiểm y tế.')).toEqual([]);
    expect(await ids('Quỹ của tổ 2 35 6 triệu đồng được kiểm tra.')).toEqual([]);
  });

  it('keeps single-digit levels after "cấp" / "cấp độ" unflagged', async () => {
    expect(await ids('Hệ thống thông tin được phê duyệt cấp độ 2 3 hệ thống theo quy định.')).toEqual([]);
    expect(await ids('Các đơn vị trường học cấp 1 2 trường đạt chuẩn.')).toEqual([]);
  });

  it('flags a number whose separators are broken before a quantity word', async () => {
    const doubled = await findingsOf(RULE, 'Hợp tác xã đã thu hoạch 27,,5 tấn lúa giống trong vụ xuân.\n');
    expect(doubled.map((f) => [f.messageId, f.data.raw, f.data.unit, f.suggestion])).toEqual([['malformedNumber', '27,,5', 'tấn', '27,,5 → 27,5']]);
    // Groups of other than three digits after a grouping dot: 1.40.500 and 3.2.250.000 have no value to suggest.
    const grouped = await findingsOf(RULE, 'Chi trả bồi thường 3.2.250.000 đồng cho 14 hộ có đất bị thu hồi.\nBê tông hóa 1.40.500 m2 sân trường.\n');
    expect(grouped.map((f) => [f.messageId, f.data.raw, f.data.unit, f.suggestion])).toEqual([
      ['malformedNumber', '3.2.250.000', 'đồng', null],
      ['malformedNumber', '1.40.500', 'm2', null],
    ]);
    expect(await ids('Doanh thu dịch vụ du lịch đạt 9..4 tỷ đồng.')).toEqual(['malformedNumber']);
  });

  it('flags a badly grouped number stated by a verb or total before a noun of no list ("đạt … lượt truy cập")', async () => {
    // Hand-checked: "1.27.350" and "4.5.210" have a two-digit and a one-digit group inside: no grammar gives them a value.
    const f = await findingsOf(RULE, 'Cổng thông tin điện tử của huyện đạt 1.27.350 lượt truy cập trong năm.\nThư viện lũy kế 4.5.210 bản ghi số hóa.\n');
    expect(f.map((x) => [x.messageId, x.data.raw, x.data.unit])).toEqual([['malformedNumber', '1.27.350', 'lượt'], ['malformedNumber', '4.5.210', 'bản']]);
    const g = await findingsOf(RULE, 'Số bản ghi đã số hóa đến nay là 12.34.500 ảnh chụp.\n');
    expect(g.map((x) => [x.data.raw, x.data.unit])).toEqual([['12.34.500', 'ảnh']]);
    // Well grouped, the same is a number.
    expect(await ids('Cổng thông tin điện tử của huyện đạt 127.350 lượt truy cập trong năm.')).toEqual([]);
  });

  it('does not take a version, a section, an address, a phone number or a function word after "là/đạt" for a quantity', async () => {
    expect(await ids('Bản cập nhật mới nhất là 3.2.14 với nhiều sửa lỗi.')).toEqual([]);
    expect(await ids('Nội dung đạt 1.2.3 yêu cầu của bộ tiêu chí.')).toEqual([]);
    expect(await ids('Máy chủ dữ liệu có địa chỉ là 172.16.100.254 trong mạng.')).toEqual([]);
    expect(await ids('Đường dây nóng là 0258.3822.115 để phản ánh kiến nghị.')).toEqual([]);
    expect(await ids('Khối lượng đạt 1.25.300 và vượt kế hoạch.')).toEqual([]);
  });

  it('does not flag well-formed numbers, dotted dates, section numbers or lists of small numbers', async () => {
    expect(await ids('Chi trả bồi thường 3.225.000.000 đồng; nạo vét 27,5 km kênh.')).toEqual([]);
    expect(await ids('Ngày 05.11.2025 xã tiếp nhận 12 hộ tái định cư.')).toEqual([]);
    expect(await ids('Theo mục 3.2.1 nêu trên, 15 hộ được hỗ trợ; tiểu mục 2.4.10 km đường nội đồng được nghiệm thu.')).toEqual([]);
    expect(await ids('3.1.2 Công tác giải phóng mặt bằng\nĐã bàn giao 15 ha mặt bằng.')).toEqual([]);
    expect(await ids('Các tổ 1,2,3 hộ dân đã ký cam kết.')).toEqual([]);
    // Hand-checked: two decimal commas before an amount read as no number ("2,7,5 tỷ đồng"); before a counted noun or
    // nothing quantitative a list of small numbers stays a list.
    expect(await ids('Kinh phí nạo vét kênh mương nội đồng năm nay 2,7,5 tỷ đồng.')).toEqual(['malformedNumber']);
    expect(await ids('Hợp tác xã 1,2,3 đã ký hợp đồng bao tiêu 40 tấn lúa.')).toEqual([]);
    // Written the English way: "1,225,000" groups with commas and reads; nothing broken.
    expect(await ids('Total budget 1,225,000,000 đồng and 3,450,200 đồng, reaching 98.5% of plan; 2,125,400 đồng more.')).toEqual([]);
  });

  it('reads a doubled mark before a percent sign and groups of two digits before printed matter', async () => {
    // Hand-checked: "71,,4%" doubles the decimal comma; "2.35.800 tờ gấp" has a middle group of two digits.
    const [pct] = await findingsOf(RULE, 'Tỷ lệ hộ dùng nước sạch đạt 71,,4% so với cùng kỳ.\n');
    expect(pct.messageId).toBe('malformedNumber');
    expect(pct.data).toMatchObject({ raw: '71,,4', unit: '%' });
    expect(pct.suggestion).toBe('71,,4 → 71,4');
    expect(await ids('Hội Phụ nữ đã phát 2.35.800 tờ gấp về phòng chống sốt xuất huyết.')).toEqual(['malformedNumber']);
    // Well-formed numbers before the same words are not flagged.
    expect(await ids('Tỷ lệ hộ dùng nước sạch đạt 71,4%; đã phát 235.800 tờ gấp.')).toEqual([]);
  });
  it('reads groups of other than three digits before medicines counted by the piece or pack ("viên", "gói", "vỉ")', async () => {
    // Hand-checked: "3.2.640" and "1.85.0" group with dots in groups of one and two digits: no grammar reads them.
    const f = await findingsOf(RULE, 'Trạm đã cấp phát 3.2.640 viên sắt cho phụ nữ mang thai và 1.85.0 gói ORS cho trẻ tiêu chảy.\n');
    expect(f.map((x) => [x.messageId, x.data.raw, x.data.unit])).toEqual([
      ['malformedNumber', '3.2.640', 'viên'],
      ['malformedNumber', '1.85.0', 'gói'],
    ]);
    // Well grouped, the same amounts are numbers; "đoàn viên" and "viên chức" stay their own nouns.
    expect(await ids('Trạm đã cấp phát 32.640 viên sắt, 1.850 gói ORS và 420 vỉ thuốc cho 35 viên chức, 12 đoàn viên.')).toEqual([]);
  });
});
