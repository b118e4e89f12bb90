import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

const run = (text: string) => findingsOf('percent-out-of-range', text);
const APPENDIX = 'STT\tNội dung\tChỉ tiêu\tKết quả\t\tDiễn giải\n\t\t\tKỳ báo cáo\tLũy kế\t\n';

describe('percent-out-of-range', () => {
  it('reads a named rate followed by its whole ("% dân số") as a share, whatever the clause after the comma says of its target', async () => {
    // Hand-checked: a coverage of the population cannot pass 100%; "vượt chỉ tiêu" after the comma weighs it against a target.
    expect((await run('Tỷ lệ bao phủ bảo hiểm y tế đạt 112,4 % dân số, vượt chỉ tiêu huyện giao.\n')).map((f) => f.messageId)).toEqual(['percentOverWhole']);
    // A plan word right after the percent still makes it a fulfilment rate.
    expect(await run('Tỷ lệ thu ngân sách đạt 112,4% dự toán, vượt chỉ tiêu huyện giao.\n')).toEqual([]);
  });

  it('reads a named rate over 100% though a code with a colon and a change of its own follow it', async () => {
    // Hand-checked: a coverage rate of 101,6% is over the whole; the "tăng 1,2% so với năm trước" after it is another figure.
    const f = await run('Tỷ lệ hộ dân dùng điện an toàn theo TCVN 7447-1:2010 đạt 101,6%, tăng 1,2% so với năm trước.\n');
    expect(f.map((x) => [x.messageId, x.data.stated])).toEqual([['percentOverWhole', '101,6']]);
    // A rate against a plan stays spared: "đạt 101,6% kế hoạch".
    expect(await run('Tỷ lệ thu thuế đạt 101,6% kế hoạch, tăng 1,2% so với năm trước.\n')).toEqual([]);
  });

  it('spares a load set against a capacity ("công suất sử dụng", "quá tải"), which passes 100% when overloaded', async () => {
    // Hand-checked: 46 beds used on average for 40 built is a use of 115% of capacity, no share of a whole.
    expect(await run('Bệnh xá có 40 giường, công suất sử dụng giường bệnh bình quân đạt 115%.\n')).toEqual([]);
    expect(await run('Trường mầm non trung tâm quá tải 118,5% so với thiết kế ban đầu.\n')).toEqual([]);
    // A share of households using a service still cannot pass 100%.
    expect((await run('Tỷ lệ hộ sử dụng nước sạch đạt 115%.\n')).map((x) => x.messageId)).toEqual(['percentOverWhole']);
  });

  it('spares a value set "bằng X%" of a yardstick it names, but not of a count ("bằng X% số hộ")', async () => {
    // Hand-checked: a sale at 1,45 times the appraised price is 145% of it; 104% of the households is over the whole.
    expect(await run('Bán thanh lý 12 xe cho các hộ gia đình, thu về 1,16 tỷ đồng, bằng 145% giá thẩm định.\n')).toEqual([]);
    const f = await run('Số hộ gia đình được cấp nước sạch là 1.250 hộ, bằng 104% số hộ toàn xã.\n');
    expect(f.map((x) => x.messageId)).toEqual(['percentOverWhole']);
  });

  it('reads a percent "of the total" ("đạt X% tổng số …") as a share, unless the clause compares it with a plan', async () => {
    // Hand-checked: 870 of 1.450 pupils is 60%; 160% of all pupils is over the whole.
    const f = await run('Số học sinh học bơi an toàn là 870 em, đạt 160% tổng số học sinh của trường.\n');
    expect(f.map((x) => [x.messageId, x.data.stated])).toEqual([['percentOverWhole', '160']]);
    expect(await run('Tổng số học sinh học bơi đạt 125% kế hoạch năm.\n')).toEqual([]);
  });

  it('flags a coverage rate over 100% in a table row and suggests the neighbouring fraction', async () => {
    const text = APPENDIX + '11\tKhu dân cư tập trung có kết nối internet băng rộng cố định\t100%\t173,70%\t4.256/5.768=73,7%\t\n';
    const [f, ...rest] = await run(text);
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('percentOverWhole');
    expect(f.data.stated).toBe('173,70');
    expect(f.suggestion).toBe('173,70% → 73,70%');
    expect(f.evidence.map((e) => e.quote)).toEqual(['173,70%', '4.256/5.768=73,7%']);
  });

  it('reads a "Tỷ lệ (%)" column written without the sign, and spares plan-fulfilment tables', async () => {
    const head = 'STT\tChỉ tiêu\tĐơn vị\tTổng số\tThực hiện\tTỷ lệ (%)\n';
    const shares = head + '1\tXã có trang thông tin điện tử\tXã\t17\t12\t70,6\n2\tThôn có điểm wifi công cộng\tThôn\t132\t138\t104,5\n';
    const [f, ...rest] = await run(shares);
    expect(rest).toEqual([]);
    expect(f.data.stated).toBe('104,5');
    const plan = 'STT\tNội dung\tKế hoạch\tThực hiện\tTỷ lệ (%)\n1\tLớp tập huấn kỹ năng số\t10\t12\t120\n2\tTin bài tuyên truyền\t40\t44\t110\n';
    expect(await run(plan)).toEqual([]);
  });

  it.each([
    ['Tỷ lệ hộ gia đình được phủ sóng truyền hình số đạt 118,5%.\n'],
    ['Có 1.250 hộ sử dụng nước sạch, chiếm 104% tổng số hộ trên địa bàn.\n'],
    ['- Tỷ lệ người dân có tài khoản định danh điện tử mức 2: 132%\n'],
  ])('flags wording the seeds never use: %s', async (text) => {
    expect((await run(text)).map((f) => f.messageId)).toEqual(['percentOverWhole']);
  });

  it('flags a done/total fraction with more done than total', async () => {
    const [f] = await run('Số hồ sơ được giải quyết đúng hạn là 125/120 hồ sơ, đạt 104,2%.\n');
    expect(f.messageId).toBe('fractionOverWhole');
    expect(f.data).toMatchObject({ num: 125, den: 120 });
  });

  it.each([
    ['Doanh thu dịch vụ tăng 112% so với cùng kỳ.\n'],
    ['Thu ngân sách đạt 112% kế hoạch năm.\n'],
    ['Kết nạp đảng viên mới vượt 12% chỉ tiêu, đạt 105% so với chỉ tiêu huyện giao.\n'],
    ['Sản lượng lúa bằng 150% so với năm trước.\n'],
    ['Tỷ lệ văn bản ký số 3.787/3.798, đạt 99,71%.\n'],
    [APPENDIX + '4\tTỷ lệ tiểu thương có mã QR\tPhấn đấu 100%\t85%\t85%\tThống kê\n'],
    [APPENDIX + '9\tTỷ lệ thuê bao băng rộng di động/100 dân\t95%\t73,70%\t4.256/5.768=73,7%\tTính theo tỷ lệ\n'],
    ['STT\tChỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ so với KH (%)\n1\tThu ngân sách\t1.000\t1.120\t112%\n'],
  ])('does not flag growth, plan fulfilment or rates in range: %s', async (text) => {
    expect(await run(text)).toEqual([]);
  });

  it('learns a fulfilment rate from its row: result over a counted target, even beside a column of percent targets', async () => {
    const head = 'STT\tNội dung\tChỉ tiêu\tKết quả\tTỷ lệ\n';
    const rows = '1\tTỷ lệ hộ dùng điện thoại thông minh\t≥ 80%\t912/1.040 hộ\t87,7%\n'
      + '2\tLớp bồi dưỡng kỹ năng số được tổ chức\t12 lớp\t15 lớp\t125%\n'
      + '3\tNgười dân được cài đặt ứng dụng\t85%\t2.010 người\t88%\n';
    expect(await run(head + rows)).toEqual([]);
  });

  it('learns a ratio column that passes 100% by design from two rows, but still flags a share row', async () => {
    const head = 'STT\tNội dung\tNăm trước\tNăm nay\tTỷ lệ\n';
    const ratios = head + '1\tLượt truy cập cổng thông tin\t2.000\t2.600\t130%\n2\tGiao dịch thanh toán số\t500\t650\t130%\n';
    expect(await run(ratios)).toEqual([]);
    const shares = 'STT\tThôn\tSố hộ\tHộ có cáp quang\tTỷ lệ\n1\tThôn Đông\t200\t150\t75%\n2\tThôn Tây\t180\t90\t50%\n3\tThôn Nam\t100\t112\t112%\n';
    expect((await run(shares)).map((f) => f.data.stated)).toEqual(['112']);
  });
  it('spares an appendix rate that restates a fulfilment the text states against the plan', async () => {
    const head = 'STT\tChỉ tiêu\tĐơn vị tính\tKết quả\tTỷ lệ (%)\n';
    const text = '- Trong năm, hướng dẫn 1.236 người dân sử dụng dịch vụ công trực tuyến, bằng 112,4% kế hoạch (kế hoạch 1.100 người).\n\n'
      + head + '1\tNgười dân được hướng dẫn sử dụng dịch vụ công trực tuyến\tNgười\t1.236\t112,4\n';
    expect(await run(text)).toEqual([]);
  });

  it('spares a rate an earlier fulfilment table gives for the same count', async () => {
    const plan = 'TT\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\n1\tThôn Đông\t300\t330\t110,0\n2\tThôn Tây\t200\t190\t95,0\n\tCộng\t500\t520\t104,0\n\n';
    const appendix = 'Phụ lục\n\nSTT\tChỉ tiêu\tĐơn vị tính\tKết quả\tTỷ lệ (%)\n1\tHộ gia đình được cài đặt ứng dụng công dân số\tHộ\t520\t104,0\n';
    expect(await run(plan + appendix)).toEqual([]);
  });

  it('still flags an appendix share over 100% whose count the text gives as a share, not against a plan', async () => {
    const text = '- Có 1.236 người dân sử dụng dịch vụ công trực tuyến, chiếm 112,4% số người trong độ tuổi lao động.\n\n'
      + 'STT\tChỉ tiêu\tĐơn vị tính\tKết quả\tTỷ lệ (%)\n1\tNgười dân sử dụng dịch vụ công trực tuyến\tNgười\t1.236\t112,4\n';
    expect((await run(text)).map((f) => f.data.stated)).toEqual(['112,4', '112,4']);
  });

  it('flags a rate over 100% set beside its target rate in brackets, but spares a fulfilment rate with its plan in brackets', async () => {
    const [f, ...rest] = await run('Kết quả: giải quyết 47 vụ tranh chấp; tỷ lệ hòa giải thành đạt 142,5 % (kế hoạch giao từ 80 % trở lên).\n');
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('percentOverWhole');
    expect(f.evidence[0].quote).toContain('142,5');
    expect(await run('Thu ngân sách xã đạt 118,2% (dự toán 4 200 triệu đồng).\n')).toEqual([]);
    expect(await run('Tỷ lệ thu ngân sách đạt 118,2% (kế hoạch năm).\n')).toEqual([]);
  });

  it('spares a change column, whose values may be negative, even beside a rate row', async () => {
    const text = 'STT\tChỉ tiêu\tNăm 2023\tNăm 2024\t+/- (%)\n1\tTỷ lệ hộ tham gia bảo hiểm y tế\t92,4%\t90,1%\t-2,5\n';
    expect(await run(text)).toEqual([]);
  });
});

describe('percent-out-of-range through the shared tester (message id, data, span)', () => {
  it('a share of households over 100%', async () => {
    const text = 'Tỷ lệ hộ gia đình có máy tính đạt 120%.';
    await expectFindings('percent-out-of-range', text, [
      { messageId: 'percentOverWhole', data: { stated: '120' }, quote: '120%', at: 'Tỷ lệ hộ gia đình có máy tính đạt ' },
    ]);
  });

  it('spares a rate against a norm column ("Định mức") that a row passes, but not a share column', async () => {
    // Hand-checked: 57/52 = 109,6%: a station staffed above its norm; the other rows are under it (40/45 = 88,9%, 97/97 = 100%).
    const norm = 'I. NHÂN LỰC Y TẾ\nĐơn vị\tĐịnh mức (người)\tHiện có (người)\tTỷ lệ bảo đảm (%)\n'
      + 'Trạm y tế phường Đông\t52\t57\t109,6\nTrạm y tế phường Tây\t45\t40\t88,9\nCộng\t97\t97\t100,0\n';
    expect(await run(norm)).toEqual([]);
    // Prose too: "đạt 104% định mức" passes 100% by design.
    expect(await run('Chi thường xuyên cho sự nghiệp y tế bằng 104% định mức phân bổ.\n')).toEqual([]);
    // A share of rooms that are solid cannot pass 100%: 130/120 rooms stays flagged.
    const share = 'II. CƠ SỞ VẬT CHẤT\nĐơn vị\tTổng số phòng\tPhòng kiên cố\tTỷ lệ kiên cố (%)\n'
      + 'Trường A\t120\t130\t108,3\nTrường B\t80\t60\t75,0\n';
    expect((await run(share)).map((x) => x.data.stated)).toEqual(['108,3']);
  });
});

describe('percent-out-of-range: averages per unit', () => {
  it('spares an average written as a fraction per one ("2,1 thí sinh/01 chỉ tiêu"), not a share over its whole', async () => {
    // Hand-checked: 84 candidates for 40 places is 2,1 per place, a ratio of two things counted apart.
    expect(await run('Kỳ tuyển sinh có 84 thí sinh dự tuyển cho 40 chỉ tiêu, tỷ lệ bình quân 2,1 thí sinh/01 chỉ tiêu.\n')).toEqual([]);
    // A share named as such with more done than the whole is still over it.
    expect((await run('Tỷ lệ hộ được cấp nước sạch là 530/500 hộ.\n')).map((x) => [x.messageId, x.data.num, x.data.den])).toEqual([['fractionOverWhole', 530, 500]]);
  });
});
