import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HOÀ BÌNH', 'Số: 12/BC-UBND', 'Hòa Bình, ngày 05 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả chuyển đổi số 6 tháng đầu năm 2024', 'I. KẾT QUẢ'];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['locality-mismatch'] }).findings;
}

describe('locality-mismatch', () => {
  it('reads a unit joined to the issuer\'s own by "và" or a comma as named beside it, not as a slip for it', () => {
    // Hand-checked: the road runs through both communes, the report's own and its neighbour; alone, the neighbour would be a slip.
    expect(audit(['Giải phóng mặt bằng tuyến đường liên xã (đoạn qua xã Hòa Bình và xã Tân Thới) được 1,2 km.'])).toEqual([]);
    expect(audit(['Giải phóng mặt bằng tuyến đường liên xã (đoạn qua xã Tân Thới) được 1,2 km.']).map((x) => x.data?.found)).toEqual(['xã Tân Thới']);
  });

  it('reads a unit named in a sentence opened "Để so sánh, …" as a yardstick', () => {
    // Hand-checked: the sentence gives another commune's figure for comparison; without the opener it reads as a slip.
    expect(audit(['Để so sánh, xã Tân Thới cùng kỳ cấp 20 chữ ký số cho cán bộ.'])).toEqual([]);
    expect(audit(['- Để đối chiếu: xã Tân Thới cùng kỳ cấp 20 chữ ký số cho cán bộ.'])).toEqual([]);
    expect(audit(['Xã Tân Thới cùng kỳ cấp 20 chữ ký số cho cán bộ.']).map((x) => x.data?.found)).toEqual(['xã Tân Thới']);
  });

  it('reads an official\'s name after the post\'s level word as no place ("công chức văn hóa xã Lê Thị Hoa")', async () => {
    // Hand-checked: "xã" belongs to the post "công chức văn hóa xã"; "Lê Thị Hoa" (middle name "Thị") is a person.
    expect(audit(['Mọi thông tin xin liên hệ công chức văn hóa xã Lê Thị Hoa, điện thoại 0912 345 678.'])).toEqual([]);
    expect(audit(['Đồng chí Nguyễn Văn Bình, cán bộ địa chính xã Trần Văn Nam hỗ trợ đo đạc.'])).toEqual([]);
    // Without a post before it the level word names a place, a person's name or not.
    expect(audit(['Đoàn đã đến làm việc tại xã Hoàng Văn Thụ trong tháng 5.']).map((x) => x.data?.found)).toEqual(['xã Hoàng Văn Thụ']);
  });

  it('ends a name in capitals at its cell: a two-column header row does not run the issuer into "CỘNG HÒA"', () => {
    // Hand-checked: the left cell is the issuer (xã Hòa Bình), the right cell the national motto; a TAB parts them.
    const rows = ['UBND XÃ HÒA BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/BC-UBND\tHòa Bình, ngày 05 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả chuyển đổi số 6 tháng đầu năm 2024', 'I. KẾT QUẢ', 'UBND xã đã cấp 14 chữ ký số.'];
    expect(analyseSource(sourceFromText(rows.join('\n')), { only: ['locality-mismatch'] }).findings).toEqual([]);
    // A txt whose columns were parted by spaces reads as one line: the name still ends before the motto.
    const joined = ['UBND XÃ HÒA BÌNH           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ...rows.slice(1)];
    const analysis = analyseSource(sourceFromText(joined.join('\n')), { only: ['locality-mismatch'] });
    expect(analysis.meta.unit).toEqual({ name: 'xã Hòa Bình', level: 'xã' });
    expect(analysis.findings).toEqual([]);
    // The same capitals in one cell still name a unit: another commune in the issuer's place is flagged.
    const copied = ['UBND XÃ TÂN LẬP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ...rows.slice(1, 5), 'UBND xã Hòa Bình báo cáo như sau: UBND xã Hòa Bình đã cấp 14 chữ ký số, UBND xã Hòa Bình tổ chức 02 lớp.'];
    expect(analyseSource(sourceFromText(copied.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('ends a name in capitals before the motto\'s second line glued to it ("XÃ HÒA BÌNHĐộc lập - …")', () => {
    // Hand-checked: a pdf reader ran the left cell "XÃ HÒA BÌNH" into the right cell "Độc lập - Tự do - Hạnh phúc" with no
    // space; the issuer is xã Hòa Bình, not "xã Hòa".
    const rows = ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ HÒA BÌNHĐộc lập - Tự do - Hạnh phúc', 'Số: 12/BC-UBND Hòa Bình, ngày 05 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả chuyển đổi số 6 tháng đầu năm 2024', 'I. KẾT QUẢ', 'UBND xã Hòa Bình đã cấp 14 chữ ký số.'];
    const analysis = analyseSource(sourceFromText(rows.join('\n')), { only: ['locality-mismatch'] });
    expect(analysis.meta.unit).toEqual({ name: 'xã Hòa Bình', level: 'xã' });
    expect(analysis.findings).toEqual([]);
    // Another commune glued the same way is read whole as the issuer, so the text's own commune is the odd one.
    const other = [rows[0], 'XÃ TÂN LẬPĐộc lập - Tự do - Hạnh phúc', ...rows.slice(2)];
    const read = analyseSource(sourceFromText(other.join('\n')), { only: ['locality-mismatch'] });
    expect(read.meta.unit).toEqual({ name: 'xã Tân Lập', level: 'xã' });
    expect(read.findings.map((f) => f.data?.found)).toEqual(['xã Hòa Bình']);
  });

  it('reads no place in a row whose label ends with a level word and whose next cell is a money unit', () => {
    // Hand-checked: "Triệu đồng" is the unit column, in its own cell or run into the line by a pdf reader.
    expect(audit(['STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện', '1\tChi thường xuyên ngân sách xã\tTriệu đồng\t5.400\t5.120'])).toEqual([]);
    expect(audit(['Chi thường xuyên ngân sách xã Triệu đồng 5.400 5.120 94,8'])).toEqual([]);
  });

  it('ends a name in capitals where its title goes on ("XÃ HOÀ BÌNH ĐẾN NGÀY …"), also with the council named after it', () => {
    // Hand-checked: a pdf reader ran the appendix title into its "(Kèm theo … của UBND xã …)" line; the name is "Hoà Bình".
    expect(audit(['KẾT QUẢ CỨNG HÓA ĐƯỜNG GIAO THÔNG XÃ HOÀ BÌNH ĐẾN NGÀY 30/5/2024 (Kèm theo Báo cáo số 12/BC-UBND của UBND xã Hòa Bình)'])).toEqual([]);
    expect(audit(['DANH SÁCH HỘ NGHÈO XÃ HOÀ BÌNH NĂM 2024 (Kèm theo Báo cáo số 12/BC-UBND của UBND xã Hòa Bình)'])).toEqual([]);
    const f = audit(['KẾT QUẢ CỨNG HÓA ĐƯỜNG GIAO THÔNG XÃ TÂN LẬP ĐẾN NGÀY 30/5/2024 (Kèm theo Báo cáo số 12/BC-UBND của UBND)']);
    expect(f.map((x) => x.data?.found)).toEqual(['xã Tân Lập']);
    expect(f[0].evidence[0].quote).toBe('XÃ TÂN LẬP');
  });

  it('spares the unit a person is transferred to ("điều động … sang công tác tại xã X"), and flags the same unit as an actor', () => {
    // Hand-checked: the report is of xã Hòa Bình; the clerk moves to xã Tân Lập's staff, the facts stay the issuer's.
    expect(audit(['- Điều động 01 công chức Tư pháp - Hộ tịch sang công tác tại xã Tân Lập từ ngày 01/3/2024.'])).toEqual([]);
    expect(audit(['- Luân chuyển 01 cán bộ về xã Tân Lập theo quyết định của huyện.'])).toEqual([]);
    expect(audit(['- UBND xã Tân Lập đã cấp 14 chữ ký số cho cán bộ, công chức.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('spares the unit the issuer sent a count of its people to ("cử 08 đoàn viên … tại xã X"), and flags it as an actor', () => {
    // Hand-checked: the report is of xã Hòa Bình; its youths went to help at xã Tân Lập, the sending is the issuer's fact.
    expect(audit(['- Ngày 14/8/2024, cử 08 đoàn viên thanh niên hỗ trợ thu hoạch lúa tại xã Tân Lập theo đề nghị của Huyện đoàn.'])).toEqual([]);
    expect(audit(['- Cắt cử 03 cán bộ địa chính giúp đo đạc ranh giới ở xã Tân Lập.'])).toEqual([]);
    // Without the sending the youths are the other commune's; "cử tri" (voters) sends no one.
    expect(audit(['- Ngày 14/8/2024, 08 đoàn viên thanh niên xã Tân Lập hỗ trợ thu hoạch lúa.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
    expect(audit(['- Cử tri xã Tân Lập kiến nghị 05 nội dung về đường giao thông.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('spares every mention of a unit the same sentence names as a partner, and flags it in a sentence of its own', () => {
    // Hand-checked: the dispute is of households in xã Tân Lập, settled with UBND xã Tân Lập as a partner of the issuer.
    expect(audit(['Vụ tranh chấp lối đi của 02 hộ dân thôn 3 xã Tân Lập đã được UBND xã phối hợp với UBND xã Tân Lập hòa giải thành.'])).toEqual([]);
    // The partner named in the sentence before spares no mention in the next one.
    expect(audit(['UBND xã đã phối hợp với UBND xã Tân Lập tuần tra. Trạm y tế xã Tân Lập có 7.042 hồ sơ sức khỏe điện tử.']).map((x) => x.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('ends a name before a line opener run into it ("… xã Hòa Bình Căn cứ Luật …"), keeping a name that opens with it', () => {
    // Hand-checked: a pdf reader ran the title into the next line "Căn cứ …"; the place is "Hòa Bình", the report's own.
    expect(audit(['Tình hình dịch bệnh trên địa bàn xã Hòa Bình Căn cứ Kế hoạch số 15/KH-UBND ngày 02/01/2024 của UBND huyện;'])).toEqual([]);
    expect(audit(['Kết quả thực hiện của xã Hòa Bình Thực hiện Công văn số 210/UBND của huyện về việc báo cáo.'])).toEqual([]);
    // A name's first word is never cut: "xã Tân Lập" after the opener words is another commune.
    expect(audit(['Cấp phép cho 02 hộ tại xã Tân Lập Thực hiện dự án mới.']).map((x) => x.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('reads no place after "liên xã" (between communes), where a pdf row ran into the next label', () => {
    // Hand-checked: "Đường ấp" is the next row's label; "liên xã" names no commune.
    expect(audit(['Loại đường Đường trục xã, liên xã Đường ấp, liên ấp 28,4 12,6 24,9 12,6'])).toEqual([]);
    expect(audit(['Tuyến đường liên huyện Tân Lạc được nâng cấp 2,5 km.'])).toEqual([]);
  });

  it('reads no commune in the name of a cooperative ("Hợp tác xã Nông nghiệp Đồng Tâm")', () => {
    // Hand-checked: "xã" closes "hợp tác xã" (a cooperative); "Nông nghiệp Đồng Tâm" is the cooperative's name, not a commune.
    expect(audit(['Có 320 hộ ký hợp đồng cung ứng giống với Hợp tác xã Nông nghiệp Đồng Tâm.'])).toEqual([]);
    expect(audit(['HỢP TÁC XÃ DỊCH VỤ ĐIỆN NĂNG ĐÃ LẮP 45 CÔNG TƠ.'])).toEqual([]);
    // A commune named right after the cooperative's word is still read.
    expect(audit(['Hợp tác xã của xã Tân Lập đã tiếp nhận 120 hồ sơ.']).map((x) => x.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('flags another commune named as the place of the report\'s own facts, citing the header too', () => {
    const f = audit(['Bộ phận một cửa UBND xã Tân Lập đã tiếp nhận 120 hồ sơ.']);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'localityMismatch', data: { found: 'xã Tân Lập', expected: 'xã Hoà Bình' }, suggestion: 'xã Hoà Bình' });
    expect(f[0].evidence.map((e) => e.quote)).toEqual(['xã Tân Lập', 'XÃ HOÀ BÌNH']);
  });

  it('accepts the own name with the other tone placement, generic "UBND xã", parents and providers', () => {
    expect(audit([
      'UBND xã Hòa Bình phối hợp với VNPT huyện Tân Lạc và Bưu điện xã Mãn Đức triển khai; UBND huyện Tân Lạc, tỉnh Hòa Bình chỉ đạo.',
      'UBND xã đã cấp 14 chữ ký số.',
    ])).toEqual([]);
  });

  it('does not read the national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" as a commune', () => {
    const text = ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ HOÀ BÌNH', 'Độc lập - Tự do - Hạnh phúc', ...HEAD.slice(2), 'UBND xã đã cấp 14 chữ ký số.'];
    expect(analyseSource(sourceFromText(text.join('\n')), { only: ['locality-mismatch'] }).findings).toEqual([]);
  });

  it('accepts a partner commune and a place visited, but not the same name as the subject', () => {
    expect(audit([
      'UBND xã phối hợp với UBND xã Tân Lập tổ chức 01 lớp tập huấn cho 80 người dân của hai xã.',
      'Đoàn công tác đã tham quan, học tập mô hình chợ 4.0 tại xã Mãn Đức vào tháng 5/2024.',
    ])).toEqual([]);
    expect(audit(['Trạm y tế xã Mãn Đức đã cập nhật 3.120 hồ sơ sức khỏe điện tử.'])).toHaveLength(1);
  });

  it('accepts a unit in a document citation, a list of communes and a neighbour', () => {
    expect(audit([
      'Thực hiện Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND xã Tân Lập về việc phối hợp.',
      'Cùng với xã Tân Lập, xã Mãn Đức, xã Phong Phú tổ chức hội thi.',
      'Xã giáp với xã Tân Lập ở phía Bắc.',
    ])).toEqual([]);
  });

  it('accepts a commune that receives the report\'s help or is its yardstick, but still flags it as the actor', () => {
    expect(audit([
      'Nhân dịp này, UBND xã đã trao tặng xã Tân Lập 150 bộ sách giáo khoa cũ.',
      'Đoàn thanh niên chuyển 30 thùng mì cho UBND xã Mãn Đức sau đợt lũ.',
      'Tỷ lệ hồ sơ trực tuyến của xã đạt 72%, thấp hơn xã Phong Phú (80%).',
    ])).toEqual([]);
    expect(audit(['UBND xã Tân Lập đã trao tặng 150 bộ sách giáo khoa cũ.'])).toHaveLength(1);
  });

  describe('in a district\'s report', () => {
    const DISTRICT = ['ỦY BAN NHÂN DÂN', 'HUYỆN THANH SƠN', 'Số: 210/BC-UBND', 'Thanh Sơn, ngày 25 tháng 9 năm 2024', 'BÁO CÁO',
      'Kết quả chuyển đổi số 9 tháng đầu năm 2024', 'UBND huyện Thanh Sơn báo cáo như sau:', 'I. KẾT QUẢ'];
    const auditDistrict = (body: string[], head = DISTRICT) =>
      analyseSource(sourceFromText([...head, ...body].join('\n')), { only: ['locality-mismatch'] }).findings;

    it('flags another district named as the actor of the report\'s own facts', () => {
      const f = auditDistrict(['- Qua 9 tháng, Trung tâm Văn hóa huyện Yên Lập đã số hóa 4.500 trang tư liệu của huyện.']);
      expect(f.map((x) => [x.messageId, x.data.found, x.data.expected])).toEqual([['localityMismatch', 'huyện Yên Lập', 'huyện Thanh Sơn']]);
    });

    it('flags another district at the end of a body\'s long name when a verb follows it, not in a long phrase without one', () => {
      // Hand-checked: the steering board (9 words before the unit) is the clause's subject; "đã" follows the unit.
      const f = auditDistrict(['Ban Chỉ đạo phòng chống dịch bệnh gia súc gia cầm huyện Yên Lập đã tổ chức 04 đợt tiêu độc.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Ban Chỉ đạo phòng chống dịch bệnh gia súc gia cầm huyện Yên Lập, tỉnh Phú Thọ.'])).toEqual([]);
    });

    it('reads "về" opening a body\'s field inside its name as part of the name, not a relation to the unit after it', () => {
      // Hand-checked: the council "về giáo dục nghề nghiệp" is Yên Lập's, the subject of "đã tổ chức".
      const f = auditDistrict(['Hội đồng tư vấn về giáo dục nghề nghiệp huyện Yên Lập đã tổ chức 03 phiên họp.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // "về" right before the unit is a relation ("reported to the district"): not the body's own unit.
      expect(auditDistrict(['Ban Chỉ đạo đã báo cáo về huyện Yên Lập đã tổ chức 03 phiên họp.'])).toEqual([]);
    });

    it('flags another district whose area frames a measure changed "từ A lên/xuống B" right after the name', () => {
      // Hand-checked: the income figures 38 → 45 triệu đồng are stated for Yên Lập's area, not Thanh Sơn's.
      const f = auditDistrict(['Các mô hình trồng cam phát huy hiệu quả, nâng thu nhập bình quân trên địa bàn huyện Yên Lập từ 38 triệu đồng lên 45 triệu đồng/người/năm.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // No change of values after the name: a place of relation, as before.
      expect(auditDistrict(['Đoàn công tác đã tham quan mô hình trồng cam trên địa bàn huyện Yên Lập và học tập kinh nghiệm.'])).toEqual([]);
    });

    it('flags another district as the place of the clause\'s subject ("… trên địa bàn huyện X"), not as a place of relation', () => {
      const f = auditDistrict(['Số doanh nghiệp thành lập mới trên địa bàn huyện Yên Lập tăng 12% so với cùng kỳ.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Đoàn công tác của huyện đã làm việc với các doanh nghiệp trên địa bàn huyện Yên Lập.'])).toEqual([]);
    });

    it('reads the clause a verb of finding opens ("… cho thấy <noun phrase> trên địa bàn huyện X đã …") as a clause of its own', () => {
      // Hand-checked: "mạng lưới chợ nông thôn" is the subject of "đã được nâng cấp"; "Số liệu rà soát" only reports it.
      const f = auditDistrict(['Số liệu rà soát cho thấy mạng lưới chợ nông thôn trên địa bàn huyện Yên Lập đã được nâng cấp đáng kể.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // Still a relation when the phrase after the finding verb is an object of a visit, or a yardstick.
      expect(auditDistrict(['Kết quả khảo sát cho thấy đoàn đã kiểm tra mạng lưới chợ trên địa bàn huyện Yên Lập đã được nâng cấp.'])).toEqual([]);
      expect(auditDistrict(['Số liệu cho thấy giá trị sản xuất cao hơn các cánh đồng trên địa bàn huyện Yên Lập đã được nâng cấp.'])).toEqual([]);
    });

    it('flags another district placing a plural subject whose verb follows adverbs ("các … trên địa bàn huyện X cơ bản đáp ứng …")', () => {
      // Hand-checked: "các trạm bơm điện" is the clause's subject (after ";"), "cơ bản" an adverb, "đáp ứng" its verb.
      const f = auditDistrict(['Mùa khô được chuẩn bị tốt; các trạm bơm điện trên địa bàn huyện Yên Lập cơ bản đáp ứng nhu cầu tưới.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Những tuyến loa truyền thanh trên địa bàn huyện Yên Lập đều hoạt động ổn định.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // Look-alikes that stay silent: the phrase is an object (a visit), a yardstick, a list of units, or no verb of a result follows.
      expect(auditDistrict(['Đoàn đã kiểm tra các trạm bơm điện trên địa bàn huyện Yên Lập cơ bản đáp ứng nhu cầu tưới.'])).toEqual([]);
      expect(auditDistrict(['Năng suất lúa cao hơn các cánh đồng trên địa bàn huyện Yên Lập cơ bản đạt 60 tạ/ha.'])).toEqual([]);
      expect(auditDistrict(['Các trạm bơm điện trên địa bàn huyện Yên Lập và huyện Tân Sơn cơ bản đáp ứng nhu cầu tưới.'])).toEqual([]);
      expect(auditDistrict(['Huyện đã đề nghị hỗ trợ; các trạm bơm điện trên địa bàn huyện Yên Lập cơ bản chưa có kinh phí sửa chữa.'])).toEqual([]);
      expect(auditDistrict(['Huyện đã học tập cách làm của các hợp tác xã trên địa bàn huyện Yên Lập cơ bản đáp ứng yêu cầu.'])).toEqual([]);
    });

    it('ends a district\'s name in capitals before the motto glued to it ("HUYỆN THANH SƠNCỘNG HÒA …")', () => {
      // Hand-checked: a pdf reader ran the header's two cells together with no space; the issuer is huyện Thanh Sơn.
      const glued = ['UBND HUYỆN THANH SƠNCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ...DISTRICT.slice(2)];
      const analysis = analyseSource(sourceFromText([...glued, 'UBND huyện đã cấp 120 chữ ký số.'].join('\n')), { only: ['locality-mismatch'] });
      expect(analysis.meta.unit).toEqual({ name: 'huyện Thanh Sơn', level: 'huyện' });
      expect(analysis.findings).toEqual([]);
      // A commune whose own name is "Cộng Hòa" keeps it when written in capitals.
      const named = ['UBND XÃ CỘNG HÒA', 'Số: 12/BC-UBND', 'Cộng Hòa, ngày 05 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả chuyển đổi số năm 2024', 'I. KẾT QUẢ', 'UBND xã đã cấp 14 chữ ký số.'];
      expect(analyseSource(sourceFromText(named.join('\n')), { only: ['locality-mismatch'] }).meta.unit).toEqual({ name: 'xã Cộng Hòa', level: 'xã' });
    });

    it('flags another district that owns the clause\'s subject ("… của huyện X được xếp …"), not one learnt from or visited', () => {
      const f = auditDistrict(['Năm nay, mô hình chính quyền số của huyện Yên Lập được tỉnh chọn làm điểm.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Cán bộ huyện đã học tập kinh nghiệm của huyện Yên Lập đã triển khai trước.'])).toEqual([]);
      expect(auditDistrict(['Huyện tổ chức hội thảo về mô hình của huyện Yên Lập.'])).toEqual([]);
    });

    it('flags another district owning a subject whose verb follows a period and adverbs, or whose phrase names an age', () => {
      // Hand-checked: the issuer is huyện Thanh Sơn; each sentence states huyện Yên Lập's own result as the report's.
      expect(auditDistrict(['Nhìn chung, công tác cải cách hành chính của huyện Yên Lập trong 9 tháng cơ bản bám sát kế hoạch.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế của huyện Yên Lập đạt 98,5%.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // A count in the phrase still leaves the owner unsure; a learnt-from owner stays silent.
      expect(auditDistrict(['Kết quả của 12 xã thuộc huyện, cùng với kinh nghiệm của huyện Yên Lập trong năm qua được tổng hợp.'])).toEqual([]);
      expect(auditDistrict(['Huyện đã học tập cách làm của huyện Yên Lập trong năm 2024 đã được tỉnh ghi nhận.'])).toEqual([]);
    });

    it('flags another district owning a subject whose value "là" states ("… của huyện X là 1.250 hồ sơ"), not a "là" naming no figure', () => {
      const f = auditDistrict(['Số hồ sơ tiếp nhận trên cổng dịch vụ công của huyện Yên Lập là 1.250 hồ sơ, tăng 8% so với cùng kỳ.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Huyện đã học tập mô hình của huyện Yên Lập là đơn vị dẫn đầu tỉnh.'])).toEqual([]);
    });

    it('reads the name after a time adverb opening its clause ("đến nay huyện X đã có …") as the clause\'s subject', () => {
      // Hand-checked: the peer is the actor of the report's own result; after "phối hợp với" it is a partner.
      expect(auditDistrict(['Qua 5 năm triển khai, đến nay huyện Yên Lập đã có 12 trường đạt chuẩn quốc gia.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Hiện nay huyện Yên Lập có 3 cụm công nghiệp.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Đến nay, huyện đã phối hợp với huyện Yên Lập tổ chức 2 hội chợ.'])).toEqual([]);
    });

    it('reads a plural subject ("Các hợp tác xã …", "Một số trường …") before "trên địa bàn huyện X" as the clause\'s subject', () => {
      // Hand-checked: the clause's subject is the cooperatives of huyện Yên Lập, a peer named as the place of this report's facts.
      expect(auditDistrict(['Các hợp tác xã trên địa bàn huyện Yên Lập đã mở 14 gian hàng trên sàn thương mại điện tử.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Một số trường học trên địa bàn huyện Yên Lập đã triển khai sổ điểm điện tử.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // A relation word after the plural still makes the peer a place of relation only.
      expect(auditDistrict(['Các đoàn công tác của huyện đã làm việc tại huyện Yên Lập.'])).toEqual([]);
    });

    it('reads a body whose name holds "các"/"những" ("Ban Quản lý các dự án …") as the subject it opens', () => {
      const f = auditDistrict(['Ban Quản lý các dự án huyện Yên Lập đã giải ngân 42 tỷ đồng.']);
      expect(f.map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Ban Quản lý các dự án huyện Thanh Sơn đã giải ngân 42 tỷ đồng.'])).toEqual([]);
      // Outside a body's name "các" still relates: the units are the place of others' work.
      expect(auditDistrict(['Đoàn kiểm tra các dự án huyện Yên Lập.'])).toEqual([]);
    });

    it('reads a comma-joined pair ("phòng, chống", "an ninh, trật tự") as one term, the name after it still the subject', () => {
      // Hand-checked: the steering board of huyện Yên Lập is the actor; "phòng, chống" is one word pair of its name.
      expect(auditDistrict(['- Ban Chỉ đạo phòng, chống dịch bệnh huyện Yên Lập đã tổ chức 04 đợt tiêu độc.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // Hand-checked: the report's own topic and period are put on huyện Yên Lập, and "đạt" is the clause's verb.
      expect(auditDistrict(['Nhờ sự chỉ đạo sát sao, công tác quốc phòng, an ninh trên địa bàn huyện Yên Lập trong 9 tháng đầu năm 2024 đạt nhiều kết quả.'])
        .map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      expect(auditDistrict(['Công tác phòng, chống ma túy trên địa bàn huyện Yên Lập năm 2024 được triển khai đồng bộ.']).map((x) => x.data.found)).toEqual(['huyện Yên Lập']);
      // The own district in the same place is no mismatch.
      expect(auditDistrict(['Nhờ sự chỉ đạo sát sao, công tác quốc phòng, an ninh trên địa bàn huyện Thanh Sơn trong 9 tháng đầu năm 2024 đạt nhiều kết quả.'])).toEqual([]);
    });

    it('spares a peer named after a comma-joined pair as a partner, a yardstick, a border, a venue or the object of a visit', () => {
      expect(auditDistrict([
        '- Công an huyện đã phối hợp với Công an huyện Yên Lập bảo đảm an ninh, trật tự trên địa bàn huyện Yên Lập trong dịp lễ hội.',
        '- Số vụ phạm pháp hình sự giảm 12%, thấp hơn mức giảm trên địa bàn huyện Yên Lập đã công bố.',
        '- Lực lượng chức năng tăng cường tuần tra khu vực giáp ranh huyện Yên Lập, giữ vững an ninh, trật tự.',
        '- Hội nghị sơ kết công tác phòng, chống thiên tai của tỉnh được tổ chức tại huyện Yên Lập.',
        '- Đoàn công tác đã kiểm tra công tác phòng, chống dịch trên địa bàn huyện Yên Lập đã được triển khai ra sao.',
        '- Huyện đã hỗ trợ 200 triệu đồng khắc phục hậu quả thiên tai trên địa bàn huyện Yên Lập.',
        '- Tình hình an ninh, trật tự trên địa bàn huyện Yên Lập, huyện giáp ranh, còn diễn biến phức tạp.',
      ])).toEqual([]);
    });

    it('accepts its communes, its province, peers it is compared with, venues, partners and cited issuers', () => {
      expect(auditDistrict([
        '- UBND xã Tân Minh đã cấp 320 chữ ký số cho người dân.',
        '- Sở Thông tin và Truyền thông tỉnh Phú Thọ đã hướng dẫn triển khai nền tảng họp trực tuyến.',
        '- Chỉ số chuyển đổi số của huyện đứng thứ 3 toàn tỉnh, chỉ sau huyện Lâm Thao.',
        '- Cán bộ huyện tham dự hội nghị trực tuyến tại thành phố Việt Trì.',
        '- UBND huyện đã phối hợp với UBND huyện Tân Sơn tổ chức hội thi tin học.',
        '- Thực hiện Công văn số 15/UBND-VP của UBND huyện Tân Sơn, đã rà soát 12 thủ tục.',
      ])).toEqual([]);
    });

    it('takes a centrally governed city as the province above a quận, never as a peer', () => {
      const head = ['ỦY BAN NHÂN DÂN', 'QUẬN LÊ CHÂN', 'Số: 77/BC-UBND', 'Lê Chân, ngày 25 tháng 9 năm 2024', 'BÁO CÁO', 'Kết quả chuyển đổi số quý III năm 2024', 'I. KẾT QUẢ'];
      expect(auditDistrict(['- UBND thành phố Hải Phòng đã phê duyệt 3 nhiệm vụ số hóa của quận.'], head)).toEqual([]);
      expect(auditDistrict(['- Trong quý, UBND quận Ngô Quyền đã tiếp nhận 812 hồ sơ trực tuyến.'], head)).toHaveLength(1);
    });
  });

  it('reads no place in a period after the level word nor in the noun "xã hội"', () => {
    expect(audit([
      'Tổng chi ngân sách xã Quý II ước đạt 1.950 triệu đồng.',
      'II. TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH XÃ NĂM 2024',
      '3. VĂN HÓA - XÃ HỘI',
      'Công tác xã hội hóa giáo dục được đẩy mạnh; an sinh xã hội được bảo đảm.',
    ])).toEqual([]);
    expect(audit(['Bộ phận một cửa UBND xã Hội Hoan đã tiếp nhận 80 hồ sơ.']).map((f) => f.data.found)).toEqual(['xã Hội Hoan']);
  });

  it('in a district report, flags a peer district that opens a sentence with "Tại …," and spares a visit there', () => {
    const head = ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐỒNG XUÂN', 'Số: 40/BC-UBND', 'Đồng Xuân, ngày 10 tháng 7 năm 2024', 'BÁO CÁO', 'Kết quả công tác y tế 6 tháng đầu năm 2024', 'I. KẾT QUẢ'];
    const run = (line: string) => analyseSource(sourceFromText([...head, line].join('\n')), { only: ['locality-mismatch'] }).findings;
    // Hand-checked: the report is of huyện Đồng Xuân; its 14 stations put under huyện Sơn Hòa are a copy slip.
    expect(run('Tại huyện Sơn Hòa, 14 trạm y tế đã triển khai bệnh án điện tử.').map((f) => f.data?.found)).toEqual(['huyện Sơn Hòa']);
    expect(run('Tại huyện Sơn Hòa, đoàn công tác của huyện đã tham quan mô hình bệnh án điện tử.')).toEqual([]);
    expect(run('Đoàn công tác của huyện đã dự hội nghị tổ chức tại huyện Sơn Hòa.')).toEqual([]);
  });

  it('spares former units merged into the issuer: marked "(cũ)", or named by the merger sentence anywhere in the report', () => {
    // Hand-checked: xã Hòa Bình was formed by merging xã Phước Sơn and xã An Lạc; their names now label parts of its own area.
    expect(audit(['- Tại khu vực xã Phước Sơn (cũ) đã lắp 12 điểm wifi công cộng.'])).toEqual([]);
    expect(audit(['- Trạm y tế xã An Lạc cũ đã tiếp nhận 300 hồ sơ sức khỏe điện tử.'])).toEqual([]);
    expect(audit([
      'Xã Hòa Bình được thành lập trên cơ sở hợp nhất toàn bộ diện tích tự nhiên, quy mô dân số của các xã Phước Sơn và An Lạc.',
      '- Trạm y tế xã An Lạc đã tiếp nhận 300 hồ sơ sức khỏe điện tử.',
    ])).toEqual([]);
    expect(audit(['Sau khi sáp nhập xã Phước Sơn vào xã Hòa Bình, điểm phục vụ xã Phước Sơn vẫn tiếp nhận hồ sơ.'])).toEqual([]);
    // A merger word with one name after it merges nothing: the unit named elsewhere is still a slip.
    expect(audit(['Sau sắp xếp, xã Hòa Bình giáp xã Tân Lập.', '- UBND xã Tân Lập đã cấp 14 chữ ký số.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
    // The same unit without a former marker or a merger is a slip.
    expect(audit(['- Trạm y tế xã An Lạc đã tiếp nhận 300 hồ sơ sức khỏe điện tử.']).map((f) => f.data?.found)).toEqual(['xã An Lạc']);
  });

  it('spares the site of another body ("Trung tâm … tỉnh đóng tại xã X", "có trụ sở tại xã X")', () => {
    // Hand-checked: the province's centre sits in xã Tân Lập; the people sent there are xã Hòa Bình's.
    expect(audit(['- Đưa 20 người cao tuổi đi phục hồi chức năng tại Trung tâm Bảo trợ xã hội tỉnh đóng tại xã Tân Lập.'])).toEqual([]);
    expect(audit(['- Phối hợp Chi cục Thuế khu vực có trụ sở tại xã Tân Lập rà soát 45 hộ kinh doanh.'])).toEqual([]);
    expect(audit(['- Trạm y tế xã Tân Lập đã khám sức khỏe cho 120 người.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('takes every unit of the issuer\'s stated area as its own ("phụ trách địa bàn xã A và xã B")', () => {
    // Hand-checked: the issuer's area is stated as two communes, so results of the second are its own.
    expect(audit(['Tổ công tác (phụ trách địa bàn xã Hòa Bình và xã Tân Mỹ) báo cáo như sau:', 'Xã Tân Mỹ đã cấp 45 chữ ký số.'])).toEqual([]);
    // Without the stated area, the same sentence puts the figures on another commune.
    expect(audit(['Xã Tân Mỹ đã cấp 45 chữ ký số.']).map((f) => f.data?.found)).toEqual(['xã Tân Mỹ']);
  });

  it('reads a rival in a ranking and a receiver of aid as someone else, and no such unit as an item of a list', () => {
    // Hand-checked: "sau đội xã Tân Mỹ" ranks the issuer behind a rival; "đồng bào xã Phú Lộc" receives aid.
    expect(audit(['Đội văn nghệ xã Hòa Bình đạt giải Ba, xếp sau đội xã Tân Mỹ.'])).toEqual([]);
    expect(audit(['Xã đã quyên góp 20 triệu đồng ủng hộ đồng bào xã Phú Lộc bị lũ quét.'])).toEqual([]);
    // A receiver of aid named in the paragraph does not make a list of the slip before it.
    const slip = 'Trên địa bàn xã Tân Mỹ có 32 hộ được hỗ trợ làm nhà. Xã đã quyên góp 20 triệu đồng ủng hộ đồng bào xã Phú Lộc bị lũ quét.';
    expect(audit([slip]).map((f) => f.data?.found)).toEqual(['xã Tân Mỹ']);
  });

  it('reads a unit a few words after a comparison word ("thấp hơn trạm bơm xã X", "gấp 2,4 lần xã X") as a yardstick', () => {
    // Hand-checked: each sentence measures the issuer's own result against another commune's.
    expect(audit(['Năng suất lúa của xã Hòa Bình cao hơn cánh đồng mẫu của xã Tân Mỹ (62 tạ/ha).'])).toEqual([]);
    expect(audit(['Doanh thu du lịch của xã Hòa Bình cao gấp 2,4 lần xã Phú Lộc (xã Phú Lộc đạt 3,1 tỷ đồng).'])).toEqual([]);
    expect(audit(['Chi phí vận hành của xã thấp hơn Nhà máy nước Sông Cầu thuộc xã Tân Mỹ (14,5%).'])).toEqual([]);
    // A clause break before the name ends the comparison: the next clause is about the unit itself.
    expect(audit(['Sản lượng cao hơn năm trước; Trạm y tế xã Tân Mỹ đã khám cho 210 người.']).map((f) => f.data?.found)).toEqual(['xã Tân Mỹ']);
  });

  it('reads three words ending a signature line after a post and its organ as the signer, no place', () => {
    // Hand-checked: "Chủ tịch UBND xã" is the post, "Phạm Minh Đức" the person who signs; no commune is named.
    expect(audit(['UBND xã đã cấp 14 chữ ký số.', 'KT. CHỦ TỊCH', '\tPhó Chủ tịch UBND xã Phạm Minh Đức'])).toEqual([]);
    // The same words with more after them are a place in a sentence.
    expect(audit(['Phó Chủ tịch UBND xã Phạm Minh Đức đã ký 14 văn bản.']).map((f) => f.data?.found)).toEqual(['xã Phạm Minh Đức']);
  });
  it('reads a fellow unit ("đơn vị bạn xã X", "xã X (xã bạn)") as someone else, and the same unit alone as a slip', () => {
    // Hand-checked: the issuer (xã Hòa Bình) came second; the first prize went to another commune, named as a fellow unit.
    expect(audit(['Đội bóng chuyền nữ của xã đạt giải Ba; đơn vị bạn xã Tân Mỹ giành giải Nhất.'])).toEqual([]);
    expect(audit(['Hội thi tiếng hát dân ca: xã Phú Lộc (địa phương bạn) đạt giải Nhất, xã đạt giải Khuyến khích.'])).toEqual([]);
    expect(audit(['Nhiều xã bạn như xã Tân Mỹ đã đến học tập mô hình.'])).toEqual([]);
    // The same commune as the doer of the issuer's own results is still flagged.
    expect(audit(['Đội bóng chuyền nữ xã Tân Mỹ giành giải Nhất toàn huyện.']).map((f) => f.data?.found)).toEqual(['xã Tân Mỹ']);
  });

  it('reads a unit alone in brackets after a named establishment as where it lies, and a hamlet\'s commune as the subject', () => {
    // Hand-checked: the brick works lies in xã Tân Mỹ and the market in xã Phú Lộc; neither is the issuer's result.
    expect(audit(['Xã đã vận động 35 lao động vào làm việc tại Nhà máy gạch Tuynel Hồng Phát (xã Tân Mỹ).'])).toEqual([]);
    expect(audit(['Hộ kinh doanh tiêu thụ 12 tấn rau qua Chợ đầu mối Bình Minh 2 (thuộc xã Phú Lộc, huyện Đông Sơn).'])).toEqual([]);
    // A hamlet named with another commune in brackets puts the figures on that commune.
    expect(audit(['Thôn Đông Thành (xã Tân Mỹ) có 42 hộ được hỗ trợ làm nhà.']).map((f) => f.data?.found)).toEqual(['xã Tân Mỹ']);
    // Brackets that hold more than the place are no site.
    expect(audit(['Nhà máy gạch Tuynel Hồng Phát (xã Tân Mỹ đã cấp phép 12 lao động) hoạt động ổn định.']).map((f) => f.data?.found)).toEqual(['xã Tân Mỹ']);
  });

  it('reads a district named in brackets after an industrial park as the park\'s site in a district\'s report', () => {
    // Hand-checked: the issuer is huyện Lục Ngạn; the park lies in huyện Lạng Giang, the 120 workers are the issuer's people.
    const head = ['ỦY BAN NHÂN DÂN', 'HUYỆN LỤC NGẠN', 'Số: 45/BC-UBND', 'Lục Ngạn, ngày 10 tháng 7 năm 2024', 'BÁO CÁO', 'Kết quả giải quyết việc làm 6 tháng đầu năm 2024', 'I. KẾT QUẢ'];
    const run = (line: string) => analyseSource(sourceFromText([...head, line].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);
    expect(run('Khu nhà ở cho công nhân Khu công nghiệp Quang Châu 2 (huyện Lạng Giang) không do huyện quản lý.')).toEqual([]);
    expect(run('Huyện Lạng Giang đã giải quyết việc làm cho 1.240 lao động.')).toEqual(['huyện Lạng Giang']);
  });

  it('spares a unit patrolling or working "chung với" the issuer, and flags it as the actor', () => {
    // Hand-checked: the report is of xã Hòa Bình; xã Tân Lập is the partner of the joint inspections.
    expect(audit(['Đội kiểm tra của xã đã ra quân 12 lượt, trong đó 04 lượt kiểm tra chung với UBND xã Tân Lập tại chợ giáp ranh.'])).toEqual([]);
    expect(audit(['- Trong kỳ, UBND xã Tân Lập đã ra quân 12 lượt kiểm tra.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('reads a youth union issuer ("Huyện Đoàn Quế Sơn") as its district, and "Huyện đoàn" alone as no place', () => {
    // Hand-checked: the issuer is the youth union of huyện Quế Sơn; "Tỉnh Đoàn Quảng Nam" is its province's union.
    const head = ['BCH ĐOÀN TỈNH QUẢNG NAM', 'BCH HUYỆN ĐOÀN QUẾ SƠN', 'Số: 45-BC/HĐ', 'Quế Sơn, ngày 10 tháng 11 năm 2024', 'BÁO CÁO', 'Kết quả công tác thanh niên tình nguyện năm 2024',
      'Thực hiện hướng dẫn của Ban Thường vụ Tỉnh Đoàn Quảng Nam, Ban Thường vụ Huyện Đoàn Quế Sơn báo cáo như sau:', 'I. KẾT QUẢ'];
    const run = (line: string) => analyseSource(sourceFromText([...head, line].join('\n')), { only: ['locality-mismatch'] });
    const ok = run('Huyện Đoàn đã tổ chức 14 đợt tình nguyện hè. Huyện Đoàn Quế Sơn vận động 1.250 đoàn viên tham gia.');
    expect(ok.meta.unit).toEqual({ name: 'huyện Quế Sơn', level: 'huyện' });
    expect(ok.findings).toEqual([]);
    // Another district as the subject is still a slip.
    expect(run('Toàn huyện Duy Xuyên có 3.420 đoàn viên tham gia.').findings.map((f) => f.data?.found)).toEqual(['huyện Duy Xuyên']);
  });

  it('spares a unit introduced by a bracket (a description, or the unit above it), and flags it without one', () => {
    // Hand-checked: the report is of huyện Thanh Sơn; huyện Tân Sơn is named for comparison, introduced to the reader.
    const head = ['ỦY BAN NHÂN DÂN', 'HUYỆN THANH SƠN', 'Số: 77/BC-UBND', 'Thanh Sơn, ngày 02 tháng 10 năm 2024', 'BÁO CÁO', 'Kết quả trồng rừng 9 tháng năm 2024', 'I. KẾT QUẢ'];
    const run = (line: string) => analyseSource(sourceFromText([...head, line].join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => f.data?.found);
    expect(run('Toàn tỉnh Phú Thọ trồng được 8.900 ha rừng; huyện Tân Sơn (đơn vị có diện tích lớn nhất tỉnh) trồng 1.450 ha.')).toEqual([]);
    expect(run('Toàn tỉnh Phú Thọ trồng được 8.900 ha rừng; huyện Tân Sơn trồng 1.450 ha.')).toEqual(['huyện Tân Sơn']);
    // The bracket names a unit of the same rank: no introduction.
    expect(run('Huyện Tân Sơn (huyện Thanh Sơn cũ) trồng 1.450 ha.')).toEqual(['huyện Tân Sơn']);
    // A commune's report: a ward with its city in brackets is another city's ward, named for comparison.
    expect(audit(['Riêng xã Tân Lập (huyện Đông Hưng) có 52 hộ được hỗ trợ, nhiều nhất huyện.'])).toEqual([]);
    expect(audit(['Riêng xã Tân Lập có 52 hộ được hỗ trợ.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('spares a unit named as a neighbour by an adjective right after its name ("xã X lân cận có …")', () => {
    // Hand-checked: the issuer is xã Hòa Bình; xã Tân Lập is set apart as the neighbouring commune, for comparison.
    expect(audit(['Trong quý II, xã Tân Lập lân cận đã cấp 240 chữ ký số.'])).toEqual([]);
    expect(audit(['Để đối chiếu, xã Tân Lập giáp ranh có 18 km đường bê tông.'])).toEqual([]);
    // Without the adjective the same commune is the actor of the issuer's facts: a slip.
    expect(audit(['Trong quý II, xã Tân Lập đã cấp 240 chữ ký số.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('spares a unit named in a sentence about a relation between two units of its rank ("giữa hai xã")', () => {
    // Hand-checked: the pupils of xã Tân Lập go to the issuer's school under an agreement of the two communes.
    expect(audit(['Trường tiểu học đã nhận 42 học sinh của xã Tân Lập theo văn bản ký kết giữa hai xã.'])).toEqual([]);
    expect(audit(['Ranh giới giữa 02 xã với xã Tân Lập đã được cắm 14 mốc.'])).toEqual([]);
    // "giữa hai huyện" is about districts: a commune named beside it is still the commune's slip.
    expect(audit(['Trường tiểu học đã nhận 42 học sinh của xã Tân Lập theo văn bản ký kết giữa hai huyện.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
    // In another sentence the relation spares nothing.
    expect(audit(['Văn bản ký kết giữa hai xã đã có hiệu lực. Trường tiểu học xã Tân Lập đã nhận 42 học sinh.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('spares a neighbour named with "liền kề"/"lân cận" right after it, and a unit joined to a yardstick by "và"', () => {
    // Hand-checked: the report is of xã Hòa Bình; xã Tân Lập is the neighbour or a yardstick, its figures not the issuer's.
    expect(audit(['Trên địa bàn xã có 37 vụ cháy rừng, giảm 5 vụ. Xã Tân Lập lân cận có 29 vụ trong cùng kỳ.'])).toEqual([]);
    expect(audit(['Năm 2024, xã Tân Lập liền kề thu hoạch 2.100 tấn lúa.'])).toEqual([]);
    expect(audit(['Năng suất lúa đạt 62 tạ/ha, thấp hơn mức chung của huyện Đông Hưng (64,5 tạ/ha) và của xã Tân Lập (63 tạ/ha).'])).toEqual([]);
    expect(audit(['Số hộ dùng nước sạch tăng nhanh hơn huyện Đông Hưng và xã Tân Lập.'])).toEqual([]);
    // Without a neighbour word or a yardstick, the other commune as the actor is still a slip.
    expect(audit(['Năm 2024, xã Tân Lập thu hoạch 2.100 tấn lúa.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
    expect(audit(['Trên địa bàn xã Tân Lập có 37 vụ cháy rừng, giảm 5 vụ.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
    // A joiner after a unit that is no yardstick carries nothing: the second commune is flagged.
    expect(audit(['Trên địa bàn huyện Đông Hưng và xã Tân Lập có 37 vụ cháy rừng.']).map((f) => f.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('reads a unit introduced in brackets as "(cùng huyện)" as another one named for comparison', () => {
    // Hand-checked: the report is xã Hòa Bình's; xã Tân Lập is introduced to the reader as a fellow of the same district.
    expect(audit(['Đến cuối năm, xã Tân Lập (cùng huyện) có 05 thôn đạt chuẩn nông thôn mới kiểu mẫu.'])).toEqual([]);
    expect(audit(['Đến cuối năm, xã Tân Lập có 05 thôn đạt chuẩn nông thôn mới kiểu mẫu.']).map((x) => x.data?.found)).toEqual(['xã Tân Lập']);
  });

  it('reads the value stated of a district the report compares itself with as that yardstick\'s, not the issuer\'s', () => {
    const district = ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG HẢI', 'Số: 40/BC-UBND', 'Đông Hải, ngày 10 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả cấp nước sạch nông thôn năm 2024', 'I. KẾT QUẢ'];
    const run = (body: string[]) => analyseSource(sourceFromText([...district, ...body].join('\n')), { only: ['locality-mismatch'] }).findings.map((x) => x.data?.found);
    const compared = 'Toàn huyện có 18.240 hộ dùng nước sạch, tỷ lệ 92%, cao hơn huyện Tây Sơn (85%).';
    // Hand-checked: huyện Tây Sơn is the yardstick of the first paragraph; the second only states its rate.
    expect(run([compared, 'Tỷ lệ hộ dùng nước sạch của huyện Tây Sơn là 85%.'])).toEqual([]);
    // Never compared, the same sentence reads as the issuer's figure under another district's name.
    expect(run(['Toàn huyện có 18.240 hộ dùng nước sạch.', 'Tỷ lệ hộ dùng nước sạch của huyện Tây Sơn là 85%.'])).toEqual(['huyện Tây Sơn']);
    // A yardstick acting as the subject of its clause is still flagged.
    expect(run([compared, 'UBND huyện Tây Sơn đã đầu tư 03 trạm cấp nước mới.'])).toEqual(['huyện Tây Sơn']);
  });

  it('reads a unit named after "của xã … tại/thuộc" in one sentence as the other place the issuer\'s people go to', () => {
    // Hand-checked: the pupils are the issuer's ("của xã"); the school lies in xã Tân Thới.
    expect(audit(['Có 12 học sinh của xã theo học tại trường phổ thông thuộc xã Tân Thới.'])).toEqual([]);
    // Without the issuer named in the sentence the other commune is still flagged.
    expect(audit(['Trường phổ thông xã Tân Thới có 12 học sinh đạt giải.']).map((x) => x.data?.found)).toEqual(['xã Tân Thới']);
  });

  it('ends a unit\'s name before a period word and its number ("xã Hòa Bình Quý III/2024"), a name holding "Quý" stays', () => {
    // Hand-checked: "Quý III/2024" is the quarter; "xã Phú Quý" is a commune's name.
    expect(audit(['Kế hoạch công tác của xã Hòa Bình Quý III/2024 đã được ban hành.'])).toEqual([]);
    expect(audit(['Trạm y tế xã Phú Quý đã khám 120 lượt người.']).map((x) => x.data?.found)).toEqual(['xã Phú Quý']);
  });
  it('reads the unit a visiting group came from as a guest: "đoàn … xã X đến học tập / về thăm / sang làm việc"', () => {
    // Hand-checked: the group of the named commune came to the issuer; the clause's facts (a visit) are the issuer's own.
    expect(audit(['Ngày 12/4/2024, đoàn cán bộ văn hóa xã Tân Thới đến học tập mô hình thư viện số tại nhà văn hóa thôn 2.'])).toEqual([]);
    expect(audit(['Trong tháng 5, đoàn giáo viên của xã Tân Thới về thăm và trao đổi kinh nghiệm dạy học trực tuyến.'])).toEqual([]);
    expect(audit(['Đoàn công tác UBND xã Tân Thới sang làm việc về chuyển đổi số ngày 20/5/2024.'])).toEqual([]);
    // A cut-off after the name is no visit: "Đoàn thanh niên xã X đến nay …" still states X's facts.
    expect(audit(['Đoàn thanh niên xã Tân Thới đến nay đã cài đặt 250 tài khoản định danh.']).map((x) => x.data?.found)).toEqual(['xã Tân Thới']);
    // Without the group's noun the named commune is the clause's subject.
    expect(audit(['Cán bộ văn hóa xã Tân Thới cài đặt 250 tài khoản định danh.']).map((x) => x.data?.found)).toEqual(['xã Tân Thới']);
  });

  it('reads representatives of another unit who came to learn as guests: "đại diện UBND xã X đến học tập"', () => {
    // Hand-checked: the other commune's representatives came to the issuer's field day; the day is the issuer's own.
    expect(audit(['Hội nghị tổng kết mô hình nuôi ong có 60 người dự, trong đó có đại diện Ủy ban nhân dân xã Tân Thới đến học tập cách làm.'])).toEqual([]);
    // Representatives doing something else ("phát biểu") are no visit: the commune is still named.
    expect(audit(['Đại diện UBND xã Tân Thới cấp 20 chữ ký số cho cán bộ.']).map((x) => x.data?.found)).toEqual(['xã Tân Thới']);
  });

  it('reads a plural level word before several names ("các xã A, B và C") as a list of units, not a slip', () => {
    // Hand-checked: the level word is written once for three communes; only the first reads as a mention.
    expect(audit(['Số liệu quý I gồm số liệu của các xã Tân Thới, Phú Mỹ và Long Sơn trước khi hợp nhất.'])).toEqual([]);
    expect(audit(['Dự án triển khai tại 03 xã Tân Thới, Phú Mỹ và Long Sơn với 120 hộ tham gia.'])).toEqual([]);
    // One name after the plural is no such list.
    expect(audit(['Số liệu quý I gồm số liệu của các xã Tân Thới trước khi hợp nhất.']).map((x) => x.data?.found)).toEqual(['xã Tân Thới']);
  });
});
