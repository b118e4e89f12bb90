import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';
import { expectFindings } from './tester.js';

const HEAD = ['Số: /BC-UBND', 'Tân Lập, ngày 20 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả chuyển đổi số 6 tháng đầu năm 2024', 'I. KẾT QUẢ'];

function audit(body: string[], head = HEAD): Finding[] {
  return analyseSource(sourceFromText([...head, ...body].join('\n')), { only: ['date-out-of-period'] }).findings;
}

/** A year-end report signed before the year is over. */
const YEAR_END = ['Số: 88/BC-UBND', 'Tân Lập, ngày 10 tháng 12 năm 2024', 'BÁO CÁO', 'Tổng kết công tác chuyển đổi số năm 2024', 'I. KẾT QUẢ'];

describe('date-out-of-period', () => {
  it('flags a previous-year date among dated actions of the period, written as "ngày … tháng … năm"', () => {
    const f = audit(['Đã tổ chức hội nghị ngày 12 tháng 01 năm 2024, tập huấn ngày 05 tháng 3 năm 2024, ra quân ngày 20 tháng 4 năm 2023 tại nhà văn hóa.']);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateBeforePeriod', 'ngày 20 tháng 4 năm 2023']]);
    expect(f[0].evidence).toHaveLength(3);
  });

  it('flags a lone date its own sentence contradicts: a finished action after signing, an old date on this year\'s event', () => {
    expect(audit(['- Ngày 14/8/2024, Xã đoàn đã tổ chức ngày hội công dân số cho 300 người.']).map((x) => x.messageId)).toEqual(['dateAfterReport']);
    expect(audit(['- Ngày 02/3/2021, Xã đoàn ra quân Tháng Thanh niên năm 2024, hướng dẫn 120 người cài VNeID.']).map((x) => x.messageId)).toEqual(['dateBeforePeriod']);
  });

  it('tells an event as held when its measured outcome follows its day ("… ngày 14/8/2024 thu hút 300 lượt khách")', () => {
    // Hand-checked: signed 20/6/2024; a fair on 14/8/2024 that drew 300 visitors is told as held.
    expect(audit(['- Phiên chợ nông sản thứ ba tổ chức ngày 14/8/2024 tại sân vận động thu hút 300 lượt khách.']).map((x) => x.messageId)).toEqual(['dateAfterReport']);
    // A plan ("dự kiến") or no outcome after the day says nothing.
    expect(audit(['- Phiên chợ nông sản thứ ba dự kiến tổ chức ngày 14/8/2024, thu hút 300 lượt khách.'])).toEqual([]);
    expect(audit(['- Phiên chợ nông sản thứ ba tổ chức ngày 14/8/2024 tại sân vận động xã.'])).toEqual([]);
  });

  it('tells an instance ("Điển hình là …") of actions the sentence before told as done as done itself', () => {
    // Hand-checked: signed 20/6/2024; the clean-up on 02/7/2024 is given as an example of the 12 told as held before.
    const done = 'Trong 6 tháng, Đoàn thanh niên đã tổ chức 12 buổi ra quân dọn vệ sinh môi trường. Các buổi ra quân đều thu hút đông đảo đoàn viên. Điển hình là buổi ra quân tại thôn Bến Nghé, xã Tân Lập ngày 02/7/2024 với 150 đoàn viên tham gia.';
    expect(audit([done]).map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '02/7/2024']]);
    // Before signing, or after a sentence that tells nothing as done (a plan), or with no example word: nothing.
    expect(audit([done.replace('02/7/2024', '02/6/2024')])).toEqual([]);
    expect(audit([done.replace('đã tổ chức', 'sẽ tổ chức')])).toEqual([]);
    expect(audit([done.replace('Điển hình là', 'Nổi bật là')])).toEqual([]);
  });

  it('leaves a lone later date in a plan, and an old date with no year of the period beside it', () => {
    expect(audit(['- Dự kiến ngày 14/8/2024 sẽ tổ chức ngày hội công dân số.', '- Ngày 02/3/2021, xã được công nhận đạt chuẩn nông thôn mới.'])).toEqual([]);
  });

  it('leaves an old date opening a span that runs into the period (a count\'s window, "từ ngày … đến ngày …")', () => {
    // Hand-checked: 20/12/2023 is before the 2024 period, but the window it opens ends 15/6/2024, inside the period.
    expect(audit(['Trong 6 tháng đầu năm 2024 (tính từ ngày 20/12/2023 đến ngày 15/6/2024), toàn xã xảy ra 4 vụ cháy.'])).toEqual([]);
    // The same old date standing alone on this year's event is still flagged.
    expect(audit(['Ngày 20/12/2023, xã tổ chức ra quân Tháng Thanh niên năm 2024.']).map((x) => x.messageId)).toEqual(['dateBeforePeriod']);
  });

  it('reads "quá hạn", "hạn chế" as no deadline: a finished action dated after signing is still flagged', () => {
    // Hand-checked: signed 20/6/2024; 05/7/2024 comes after it, and "quá hạn" is an overdue file, not a deadline.
    expect(audit(['Ngày 05/7/2024, Bộ phận một cửa đã trả kết quả cho 12 hồ sơ quá hạn của người dân.']).map((x) => x.messageId)).toEqual(['dateAfterReport']);
    // A deadline named by "hạn" still makes the day no finished action.
    expect(audit(['Ngày 05/7/2024 là hạn cuối nhận hồ sơ, Bộ phận một cửa đã thông báo tới người dân.'])).toEqual([]);
  });

  it('reads a cut-off inside the period ("đến 30/6/2024") as the period\'s own figures, not a second late date', () => {
    // Hand-checked: signed 20/6/2024; 30/6/2024 is the period's last day (an estimate), 08/7/2024 an opening after signing.
    const f = audit(['Số thuê bao internet cáp quang đến 30/6/2024 đạt 1.250 thuê bao. Ngày 08/7/2024, xã đã khai trương điểm wifi miễn phí tại chợ.']);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '08/7/2024']]);
    expect(audit(['Số thuê bao internet cáp quang đến 30/6/2024 đạt 1.250 thuê bao.'])).toEqual([]);
  });

  it('still flags a cut-off day alone after signing that dates a finished action ("Đến ngày …, … đã … xong")', () => {
    // Hand-checked: signed 20/6/2024, period to 30/6/2024; 27/6/2024 is in the period but after signing, and the sentence
    // says the work was finished by then.
    const f = audit(['Đến ngày 27/6/2024, toàn xã đã nạo vét xong 12 km kênh mương nội đồng.']);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '27/6/2024']]);
  });

  it('flags an achievement dated after the period and the report date', () => {
    const f = audit(['Đã cấp chữ ký số ngày 15/02/2024, ngày 10/3/2024 và ngày 12/9/2024 cho cán bộ.']);
    expect(f.map((x) => x.messageId)).toEqual(['dateAfterPeriod']);
  });

  it('never flags founding documents, deadlines, or a lone old date', () => {
    expect(audit([
      'Thực hiện Nghị quyết số 06-NQ/TU ngày 10/11/2021, đã tổ chức hội nghị ngày 12/01/2024, tập huấn ngày 05/3/2024.',
      'Căn cứ Quyết định số 969/QĐ-UBND ngày 18/3/2022, ban hành văn bản ngày 04/01/2024, ngày 30/4/2024.',
      'Hệ thống được lắp đặt ngày 10/5/2020.',
      'Hoàn thành trước ngày 31/12/2025 các nội dung đã triển khai ngày 02/02/2024, ngày 03/3/2024.',
    ])).toEqual([]);
  });

  it('reads a list of dated items, one date each, as one passage and flags the item of another year', () => {
    const f = audit([
      '1. Hoạt động hưởng ứng',
      '- Trong 6 tháng đầu năm, Đoàn xã tổ chức các hoạt động sau:',
      '+ Ngày 08/3/2024, ra quân hướng dẫn 60 hộ gia đình cài đặt ứng dụng VNeID;',
      '+ Ngày 26/3/2023, tọa đàm về thanh toán không dùng tiền mặt tại chợ trung tâm;',
      '+ Ngày 19/5/2024, ngày hội công dân số cho 210 đoàn viên.',
    ]);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateBeforePeriod', '26/3/2023']]);
    expect(f[0].evidence.map((e) => e.quote)).toEqual(['26/3/2023', '08/3/2024', '19/5/2024']);
  });

  it('reads an item\'s day written without its year ("+ Ngày 12/3: …") as a day of a one-year period, and flags the item dated after it', () => {
    // Hand-checked: the period is 01/01–30/6/2024, signed 20/6/2024; 12/3, 02/4 and 27/5 fall in it, 09/8/2024 is after both.
    const f = audit([
      '2. Kiểm tra, xử lý',
      '- Đã tháo dỡ 04 công trình vi phạm, cụ thể:',
      '+ Ngày 12/3: tháo dỡ mái che lấn chiếm vỉa hè tại thôn Đông, diện tích 30 m²;',
      '+ Ngày 02/4: tháo dỡ tường rào xây trên đất công tại thôn Tây, diện tích 45 m²;',
      '+ Ngày 27/5: tháo dỡ nhà tạm trên đất nông nghiệp tại thôn Nam, diện tích 60 m²;',
      '+ Ngày 09/8/2024: tháo dỡ quán tạm lấn chiếm hành lang giao thông, diện tích 25 m². Kinh phí do người vi phạm chi trả theo quy định.',
    ]);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterPeriod', '09/8/2024']]);
    expect(f[0].evidence.map((e) => e.quote)).toEqual(['09/8/2024', '12/3', '02/4']);
    // A yearless day outside the period ("Ngày 15/9") is no day of it: the run is broken, nothing is flagged.
    expect(audit([
      '2. Kiểm tra, xử lý',
      '- Đã tháo dỡ 04 công trình vi phạm, cụ thể:',
      '+ Ngày 12/3: tháo dỡ mái che lấn chiếm vỉa hè tại thôn Đông;',
      '+ Ngày 15/9: tháo dỡ tường rào xây trên đất công tại thôn Tây;',
      '+ Ngày 09/8/2024: tháo dỡ quán tạm lấn chiếm hành lang giao thông.',
    ])).toEqual([]);
  });

  it('leaves a dated list when the odd item cites a document, the lead-in names its year, or too few items are dated', () => {
    const item = (d: string) => `+ Ngày ${d}, tổ chức tập huấn kỹ năng số cho cán bộ thôn;`;
    expect(audit(['1. Văn bản', '- Các mốc triển khai:', item('11/01/2024'), '+ Ngày 04/9/2023, UBND huyện ban hành Kế hoạch số 210/KH-UBND về chuyển đổi số;', item('15/4/2024')])).toEqual([]);
    expect(audit(['1. Hoạt động', '- Kết quả nổi bật của hai năm 2023 và 2024:', item('11/01/2024'), item('04/9/2023'), item('15/4/2024')])).toEqual([]);
    expect(audit(['1. Hoạt động', '- Các hoạt động chính:', item('11/01/2024'), item('04/9/2023')])).toEqual([]);
    expect(audit(['1. Hạ tầng', '- Ngày 11/01/2024 khai trương điểm phục vụ.', '- Hệ thống camera được lắp đặt ngày 04/9/2021.', '- Ngày 15/4/2024 nâng cấp đường truyền.'])).toEqual([]);
  });

  it('flags a work said done before its date ("đã … đưa vào sử dụng từ ngày") when that date is after the signing', () => {
    const f = audit(['- Trạm bơm điện thôn Đông đã được nghiệm thu, bàn giao cho hợp tác xã từ ngày 22/12/2024.'], YEAR_END);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '22/12/2024']]);
    // A purpose ("để") or a mere direction ("đã chỉ đạo … vào ngày") makes the date an expected one.
    expect(audit(['- Trạm bơm điện đã hoàn thành lắp đặt để bàn giao vào ngày 22/12/2024.'], YEAR_END)).toEqual([]);
    expect(audit(['- UBND xã đã chỉ đạo tổ chức hội nghị tổng kết vào ngày 22/12/2024.'], YEAR_END)).toEqual([]);
  });

  it('flags a campaign said ended ("đã kết thúc ngày …") on a day after the signing', () => {
    // Signed 10/12/2024; a campaign cannot have ended on 27/12/2024. Said to end later ("sẽ kết thúc"), it is a plan.
    const f = audit(['- Đợt tổng vệ sinh môi trường đã kết thúc ngày 27/12/2024, rác thải được thu gom về bãi tập kết.'], YEAR_END);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '27/12/2024']]);
    expect(audit(['- Đợt tổng vệ sinh môi trường sẽ kết thúc ngày 27/12/2024.'], YEAR_END)).toEqual([]);
  });

  it('flags the one day after signing in a list of days incidents happened, the others before it', () => {
    // Signed 10/12/2024: fires on 05/02 and 18/8 happened; one on 21/12/2024 cannot have been recorded yet.
    const f = audit(['- Trên địa bàn xã phát sinh 03 vụ cháy rừng vào các ngày 05/02/2024, 18/8/2024 và 21/12/2024, thiệt hại 2,5 ha.'], YEAR_END);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '21/12/2024']]);
    // No word of an incident happening (a schedule), plan words, or a listed day also after signing: left alone.
    expect(audit(['- Lịch trực cao điểm vào các ngày 05/02/2024, 18/8/2024 và 21/12/2024.'], YEAR_END)).toEqual([]);
    expect(audit(['- Dự kiến các vụ việc phát sinh sẽ được xử lý vào các ngày 05/02/2024, 18/8/2024 và 21/12/2024.'], YEAR_END)).toEqual([]);
    expect(audit(['- Phát hiện vi phạm vào các ngày 05/02/2024, 18/12/2024 và 21/12/2024.'], YEAR_END)).toEqual([]);
  });

  it('flags a finished action dated after the signing date even when the date is inside the period', () => {
    const f = audit(['- Ngày 18/12/2024, Trung tâm văn hóa xã đã hoàn thành số hóa 1.200 hồ sơ hộ tịch.'], YEAR_END);
    expect(f.map((x) => [x.messageId, x.data.found, x.data.reported])).toEqual([['dateAfterReport', '18/12/2024', '2024-12-10']]);
  });

  it('flags a paper said already issued ("đã có văn bản …") whose own date is after the signing', () => {
    const f = audit(['- Sở Tài chính đã có văn bản thẩm định quyết toán của xã ngày 16/12/2024.'], YEAR_END);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '16/12/2024']]);
    const g = audit(['- Phòng Tài chính đã có văn bản xác nhận số dư tài khoản ngày 15/12/2024.'], YEAR_END);
    expect(g.map((x) => x.data.found)).toEqual(['15/12/2024']);
    // The date of what the paper is about, and a paper dated before signing, are left alone.
    expect(audit(['- Sở Tài chính đã có văn bản về việc tổ chức tập huấn vào ngày 16/12/2024.'], YEAR_END)).toEqual([]);
    expect(audit(['- Sở Tài chính đã có văn bản thẩm định quyết toán của xã ngày 06/12/2024.'], YEAR_END)).toEqual([]);
  });

  it('leaves later dates that are cut-offs, estimates, announcements or the subject of an earlier document', () => {
    expect(audit([
      '- Tính đến 31/12/2024, đã cấp 500 chứng thư số cho người dân.',
      '- Ước đến ngày 31/12/2024 đã có 1.100 tài khoản thanh toán điện tử.',
      '- Hội nghị tổng kết được tổ chức vào ngày 20/12/2024.',
      '- UBND xã đã ban hành công văn về tổ chức tọa đàm vào ngày 22/12/2024.',
    ], YEAR_END)).toEqual([]);
  });

  it('reads a results section titled "Kết quả thực hiện nhiệm vụ …" as results, not as a plan', () => {
    const head = ['Số: 91/BC-UBND', 'Tân Lập, ngày 10 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả thực hiện nhiệm vụ năm 2024; phương hướng năm 2025', 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024'];
    const f = audit(['Ngày 19/12/2024, UBND xã đã tổ chức hội nghị đối thoại với 120 đại biểu.'], head);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '19/12/2024']]);
    expect(audit(['II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025', 'Ngày 19/12/2024, UBND xã đã thống nhất lịch đối thoại năm 2025.'], head)).toEqual([]);
  });

  it('flags a paragraph opening with an action of an earlier year under a heading that names the period\'s year', () => {
    const head = ['Số: 91/BC-UBND', 'Tân Lập, ngày 10 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả công tác dân số năm 2024', 'I. KẾT QUẢ CÔNG TÁC DÂN SỐ NĂM 2024'];
    expect(audit(['Ngày 15/7/2023, UBND xã tổ chức mít tinh hưởng ứng Ngày Dân số thế giới với 250 người tham dự.'], head).map((x) => [x.messageId, x.data.found])).toEqual([['dateBeforePeriod', '15/7/2023']]);
    expect(audit(['Ngày 15/7/2023, UBND xã ra mắt câu lạc bộ dân số; từ đó đến nay câu lạc bộ duy trì sinh hoạt hằng tháng.'], head)).toEqual([]);
    expect(audit(['Ngày 20/10/2023, Trạm Y tế xã được công nhận đạt Bộ tiêu chí quốc gia về y tế xã.'], head)).toEqual([]);
    expect(audit(['Ngày 15/7/2023, UBND xã tổ chức mít tinh hưởng ứng Ngày Dân số thế giới với 250 người tham dự.'])).toEqual([]);
  });
});

describe('date-out-of-period through the shared tester (message id, data, span)', () => {
  it('the outlier is the primary place, the two dates of the period follow', async () => {
    const line = 'Đã tổ chức hội nghị ngày 12/01/2024, tập huấn ngày 05/3/2024, ra quân ngày 20/4/2023 tại nhà văn hóa.';
    const [f] = await expectFindings('date-out-of-period', [...HEAD, line].join('\n'), [
      { messageId: 'dateBeforePeriod', data: { found: '20/4/2023' }, quote: '20/4/2023', at: line.indexOf('20/4/2023'), severity: 'warning' },
    ]);
    expect(f.evidence.map((e) => e.offset)).toEqual([line.indexOf('20/4/2023'), line.indexOf('12/01/2024'), line.indexOf('05/3/2024')]);
  });

  it('flags a day after signing that a sentence opening "Ngày <d>, …" narrates, with no "đã"; not a plan or an estimate', () => {
    // Hand-checked: signed 20/6/2024; "Ngày 02/7/2024, Đoàn thanh niên phối hợp … hướng dẫn …" tells a day not yet come as done.
    const narrated = audit(['- Ngày 02/7/2024, Đoàn thanh niên phối hợp Bưu điện hướng dẫn 85 người cài đặt ứng dụng VNeID.']);
    expect(narrated.map((x) => [x.messageId, x.data.found])).toEqual([['dateAfterReport', '02/7/2024']]);
    expect(audit(['- Ngày 02/7/2024, Đoàn thanh niên sẽ phối hợp Bưu điện hướng dẫn người dân cài đặt ứng dụng VNeID.'])).toEqual([]);
    // The date not opening its sentence, and no "đã": no narration told.
    expect(audit(['- Đoàn thanh niên phối hợp Bưu điện hướng dẫn người dân cài VNeID vào ngày 02/7/2024.'])).toEqual([]);
  });

  it('flags an old day narrated as done in a paragraph the period opens ("Trong năm, …"); not without that opener', () => {
    // Hand-checked: a 2024 year-end report; "Trong năm," places the paragraph's done actions in 2024, so 18/10/2023 is a slip.
    const text = 'Trong năm, Hội Cựu chiến binh đã vận động 42 hội viên góp vốn. Ngày 18/10/2023, Hội đã tổ chức bàn giao 02 con bò giống cho hội viên khó khăn.';
    expect(audit([text], YEAR_END).map((x) => [x.messageId, x.data.found])).toEqual([['dateBeforePeriod', '18/10/2023']]);
    expect(audit([text.replace('Trong năm, Hội', 'Hội')], YEAR_END)).toEqual([]);
    // A plan in that sentence, or a day counted from ("từ ngày …"), is no slip.
    expect(audit([text.replace('Hội đã tổ chức bàn giao', 'Hội dự kiến bàn giao')], YEAR_END)).toEqual([]);
  });
});
