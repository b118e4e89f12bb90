import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { distinctReadings, flowOf, nameCore, roleOf } from '../../src/extract/quantities.js';

async function readingsOf(text: string) {
  const out = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] });
  const a = out.analysis!;
  return a.readings.map((r) => ({ raw: r.figure.raw, role: r.role, related: r.related.map((x) => [x.relation, a.figures[x.figure].raw]) }));
}

describe('roleOf', () => {
  it('reads the role from the kind and the scope tags', () => {
    expect(roleOf('count', '')).toBe('count');
    expect(roleOf('money', 'lead:')).toBe('money');
    expect(roleOf('percent', 'lead:')).toBe('share');
    expect(roleOf('percent', 'lead:|target')).toBe('fulfilment');
    expect(roleOf('count', 'lead:|target')).toBe('target');
    expect(roleOf('count', 'lead:|prior')).toBe('prior');
    expect(roleOf('count', 'added|lead:')).toBe('change');
    expect(roleOf('count', 'cumulative|lead:')).toBe('cumulative');
    expect(roleOf('count', 'each|lead:')).toBe('average');
  });
});

describe('extractReadings', () => {
  it('reads a signed change figure as a change, its base as a count', async () => {
    const out = await analyseBytes('t.txt', Buffer.from('Toàn huyện xảy ra 38 vụ tai nạn giao thông, giảm 5 vụ tai nạn giao thông so với cùng kỳ năm trước (43 vụ).\n', 'utf8'), { only: [] });
    const change = out.analysis!.readings.find((r) => r.figure.raw.startsWith('5'));
    expect(change?.role).toBe('change');
    expect(change?.figure.change).toEqual({ value: -5, verb: 'giảm', hedged: false });
    expect(change?.figure.value).toBe(5);
  });

  it('reads a named total raised "lên" a figure as that total, and "thêm" before it as a change', async () => {
    // Hand-checked: 1.540 members last year, 126 admitted, raising the membership to 1.666: the level reached, no addition.
    const r = await analyseBytes('t.txt', Buffer.from('Năm 2025 kết nạp thêm 126 hội viên, nâng tổng số hội viên của hội lên 1.666 người.\n', 'utf8'), { only: [] });
    const role = (raw: string) => r.analysis!.readings.find((x) => x.figure.raw === raw)?.role;
    expect(role('1.666')).toBe('count');
    expect(role('126')).toBe('change');
    // Without "lên" right before the figure the raise stays a change: "nâng thêm 40 chỗ".
    const plain = await analyseBytes('t.txt', Buffer.from('Trong năm, trường nâng thêm 40 chỗ học bán trú.\n', 'utf8'), { only: [] });
    expect(plain.analysis!.readings.find((x) => x.figure.raw === '40')?.role).toBe('change');
  });

  it('reads a quarter named as the report\'s own period as no other period', async () => {
    const text = (quarter: string) => ['BÁO CÁO', `Kết quả công tác thư viện Quý II/2025`, `Trong ${quarter}, thư viện cấp 312 thẻ bạn đọc.`].join('\n') + '\n';
    const scope = async (quarter: string) =>
      (await analyseBytes('t.txt', Buffer.from(text(quarter), 'utf8'), { only: [] })).analysis!.readings.find((x) => x.figure.raw === '312')?.scope ?? '';
    expect(await scope('Quý II/2025')).not.toMatch(/period:/);
    expect(await scope('Quý I/2025')).toMatch(/period:quý i\/2025/);
  });

  it('reads "còn" after a cut-off in time as the opening stock\'s level, and a count of persons after "cho" as no flow', async () => {
    const text = 'Đầu năm 2024, hội quản lý 248 người khuyết tật được hưởng trợ cấp; trong năm giảm 6 người, tăng 3 người; đến cuối năm còn 245 người.';
    const r = (await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] })).analysis!.readings;
    const level = r.find((x) => x.figure.raw === '245')!;
    expect(level.name).toBe('người khuyết tật');
    expect(level.scope.split('|')).not.toContain('rest');
    // Without a cut-off "còn" stays a rest.
    const rest = (await analyseBytes('t.txt', Buffer.from(text.replace('đến cuối năm còn', 'hiện vẫn còn') + '\n', 'utf8'), { only: [] })).analysis!.readings;
    expect(rest.find((x) => x.figure.raw === '245')!.scope.split('|')).toContain('rest');
    // "chi trả … cho 245 người": those paid, no outflow; "chi trả 245 triệu đồng" is money going out.
    const paid = (await analyseBytes('t.txt', Buffer.from('Hội đã chi trả trợ cấp cho 245 người. Quỹ đã chi trả 318 triệu đồng.\n', 'utf8'), { only: [] })).analysis!.readings;
    expect(paid.find((x) => x.figure.raw === '245')!.flow).toBeNull();
    expect(paid.find((x) => x.figure.raw.startsWith('318'))!.flow).toBe('out');
  });

  it('relates a whole and its parts from "trong đó"', async () => {
    const r = await readingsOf('Bộ phận một cửa tiếp nhận 120 hồ sơ thủ tục hành chính, trong đó hồ sơ trực tuyến 80 hồ sơ, hồ sơ trực tiếp 40 hồ sơ.');
    const whole = r.find((x) => x.raw.startsWith('120'));
    const part = r.find((x) => x.raw.startsWith('80'));
    expect(whole?.related).toEqual(expect.arrayContaining([['total-of', expect.stringMatching(/^80/)]]));
    expect(part?.related).toEqual([['part-of', expect.stringMatching(/^120/)]]);
  });
  it('a value compared with the same period last year is a prior-period value', async () => {
    const r = await readingsOf('Số hồ sơ trực tuyến toàn trình năm nay đạt 1.500 hồ sơ, cùng kỳ năm trước có 1.250 hồ sơ trực tuyến toàn trình.');
    expect(r.find((x) => x.raw.startsWith('1.250'))?.role).toBe('prior');
  });
});

describe('what narrows a figure', () => {
  async function read(text: string) {
    const out = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] });
    return out.analysis!.readings;
  }
  const tags = (scope: string) => scope.split('|');

  it('names a count of two kinds joined by "và" (an acronym, or its head noun again) by both, as a union', async () => {
    const r = await read('Đã cấp thiết bị cho 17 trường mầm non và THCS; kiểm tra 24 trạm bơm và trạm biến áp; sửa 05 cầu và làm mới 02 cống.');
    const names = new Map(r.map((x) => [x.figure.raw, x.name]));
    expect(names.get('17')).toBe('trường mầm non và thcs');
    expect(names.get('24')).toBe('trạm bơm và trạm biến áp');
    // A verb after "và" opens another object of its own: 05 is of bridges only ("cầu", its verb in brackets).
    expect(names.get('05')).toBe('cầu (sửa)');
  });

  it('hands the verb on to a coordinated object past the number spelled out after the one before ("12 (mười hai) …, 18 km")', async () => {
    // Hand-checked: "xây mới" governs all three objects; the words in brackets only restate 07.
    const r = await read('Năm nay xây mới 07 (bảy) nhà văn hóa, 4,5 km đường bê tông và 12 cầu dân sinh.');
    const verbs = new Map(r.map((x) => [x.figure.raw, x.verb]));
    expect(verbs.get('07')).toBe('năm nay xây mới');
    expect(verbs.get('4,5')).toBe('năm nay xây mới');
    expect(verbs.get('12')).toBe('năm nay xây mới');
  });

  it('tags a count still in hand ("đang") apart from one done, by the words before it or its label', async () => {
    const r = await read('Đang xử lý 23 đơn thư khiếu nại; đã xử lý 140 đơn thư khiếu nại.\n\nĐơn thư đang xử lý: 23.');
    expect(r.filter((x) => tags(x.scope).includes('ongoing')).map((x) => x.figure.raw)).toEqual(['23', '23']);
  });

  it('tags the figures of a clause opened by "Ngoài ra" or "Bên cạnh đó" as beyond those before', async () => {
    const r = await read('Xã trồng mới 12 ha rừng sản xuất. Ngoài ra, người dân tự trồng 3,5 ha cây phân tán. Bên cạnh đó, xã cấp 400 cây giống.');
    expect(r.map((x) => [x.figure.raw, tags(x.scope).includes('besides')])).toEqual([['12', false], ['3,5', true], ['400', true]]);
  });

  it('reads the verb before "cho" as what narrows the figure after it', async () => {
    const r = await read('Hội Nông dân tập huấn kỹ thuật cho 85 hội viên nông dân.');
    expect(r[0].pre).toBe('huấn kỹ thuật');
  });

  it('reads those a count served, named after its noun ("cho …"), as what narrows it, as a verb after it does', async () => {
    const r = await read('Trạm y tế khám 640 lượt bệnh nhân cho người cao tuổi trong xã.\n\nTrạm y tế khám 2.150 lượt bệnh nhân.\n\nCó 12 hợp tác xã đã mở gian hàng cho thành viên.');
    const of = (raw: string) => r.find((x) => x.figure.raw === raw)!;
    expect(of('640').pred).toBe('cho người cao');
    expect(of('2.150').pred).toBeNull();
    // A verb after the noun comes first.
    expect(of('12').pred).toBe('đã mở gian');
  });

  it('names an amount by the words before it without the date it stands at ("đến ngày 31/12/2025")', async () => {
    const r = await read('Tổng thu quỹ 520.000.000 đồng; số dư quỹ phòng chống thiên tai đến ngày 31/12/2025 là 146.500.000 đồng.');
    const q = r.find((x) => x.figure.raw.startsWith('146.500.000'))!;
    expect(q.tokens).toEqual(['số', 'dư', 'qũy', 'phòng', 'chống', 'thiên', 'tai']);
    // "số dư" frames the name as "số" does: its core is the fund's name.
    expect(nameCore(q.tokens)).toEqual(['qũy', 'phòng', 'chống', 'thiên', 'tai']);
    expect(nameCore(['dư', 'nợ', 'cho', 'vay'])).toEqual(['dư', 'nợ', 'cho', 'vay']);
  });

  it('leaves unnamed a number whose following words run on to the next figure, as that figure\'s subject', async () => {
    // "khối 9" is a grade (no figure since "khối N" names a group); the words after it name the 1.012 pupils. "lớp 12" is not
    // excluded so: its number stays unnamed.
    const r = await read('Học sinh khối 9 xét tốt nghiệp trung học cơ sở 1.012 em.');
    expect(r.find((x) => x.figure.raw === '9')).toBeUndefined();
    const twelve = (await read('Học sinh lớp 12 dự thi tốt nghiệp trung học phổ thông 412 em.')).find((x) => x.figure.raw === '12');
    expect(twelve?.named ?? false).toBe(false);
  });
});

describe('flowOf, branches and items: which quantity a figure is', () => {
  it('reads where a figure stands in a stock and its flows from the nearest cue before it', () => {
    // Hand-checked on sentences of other topics than the studied reports.
    expect(flowOf('số đối tượng tồn kỳ trước ')).toBe('open');
    expect(flowOf('đầu năm học có ')).toBe('open');
    expect(flowOf('số đối tượng tồn kỳ trước 12 người, tiếp nhận thêm ')).toBe('in');
    expect(flowOf('trong kỳ đã giải quyết ')).toBe('out');
    expect(flowOf('còn tồn cuối kỳ ')).toBe('close');
    expect(flowOf('thu quỹ khuyến học năm nay được ')).toBe('in');
    expect(flowOf('chi hỗ trợ học sinh nghèo ')).toBe('out');
    // "thu hút", "chi bộ" are no receipt or spending; no cue, no standing.
    expect(flowOf('thu hút ')).toBeNull();
    expect(flowOf('các chi bộ có ')).toBeNull();
    expect(flowOf('toàn xã có ')).toBeNull();
  });

  it('tells two figures apart by their standing or their parallel headings, not otherwise', () => {
    expect(distinctReadings({ flow: 'open', branches: [] }, { flow: 'in', branches: [] })).toBe(true);
    expect(distinctReadings({ flow: 'out', branches: [] }, { flow: null, branches: [] })).toBe(false);
    expect(distinctReadings({ flow: null, branches: ['3/tại=4'] }, { flow: null, branches: ['3/tại=5'] })).toBe(true);
    expect(distinctReadings({ flow: null, branches: ['3/tại=4'] }, { flow: null, branches: ['3/tại=4', '4/khối=6'] })).toBe(false);
    expect(distinctReadings({ flow: null, branches: ['3/tại=4'] }, { flow: null, branches: [] })).toBe(false);
  });

  it('gives the figures under sibling headings of parallel items ("Tại …", "Khối …") those items, below the top level only', async () => {
    const out = await analyseBytes('t.txt', Buffer.from([
      'I. CÔNG TÁC TIẾP DÂN', '1. Tại trụ sở tiếp công dân huyện', 'Tiếp 86 lượt công dân đến kiến nghị.',
      '2. Tại các xã, thị trấn', 'Tiếp 214 lượt công dân đến kiến nghị.', '3. Công tác phối hợp', 'Phối hợp 12 cuộc đối thoại.', '',
    ].join('\n'), 'utf8'), { only: [] });
    const a = out.analysis!;
    const of = (raw: string) => a.readings.find((r) => r.figure.raw === raw)!;
    expect(distinctReadings(of('86'), of('214'))).toBe(true);
    expect(of('86').item).toEqual(['trụ', 'sở', 'tiếp', 'công', 'dân', 'huyện'].filter((t) => of('86').item!.includes(t)));
    expect(of('12').branches).toEqual([]);
    expect(distinctReadings(of('86'), of('12'))).toBe(false);
  });

  it('names a figure by the noun after its number in words ("46 (bốn mươi sáu) giấy chứng nhận"), and no period for an opening level', async () => {
    const out = await analyseBytes('t.txt', Buffer.from('Trong kỳ đã thẩm định, trình cấp 27 (hai mươi bảy) giấy chứng nhận quyền sử dụng đất.\n\n6 tháng đầu năm đã cấp 31 thẻ bảo hiểm y tế cho trẻ em.\n', 'utf8'), { only: [] });
    const of = (raw: string) => out.analysis!.readings.find((r) => r.figure.raw === raw)!;
    expect(of('27').name).toContain('giấy chứng nhận');
    expect(flowOf('6 tháng đầu năm đã cấp ')).toBeNull();
    expect(of('31').flow).toBeNull();
  });

  it('leaves unnamed a figure whose noun phrase runs past ten words: its name, cut short, is unsure', async () => {
    const out = await analyseBytes('t.txt', Buffer.from('Tiếp nhận 36 hồ sơ đề nghị hỗ trợ kinh phí sửa chữa nhà ở cho hộ nghèo và hộ cận nghèo trên địa bàn.\n\nTiếp nhận 42 hồ sơ đề nghị cấp phép.\n', 'utf8'), { only: [] });
    const of = (raw: string) => out.analysis!.readings.find((r) => r.figure.raw === raw)!;
    expect(of('36').named).toBe(false);
    expect(of('42').named).toBe(true);
  });
});

describe('the identity of a figure: owner, subject, whole of a share, a count after "định kỳ"', () => {
  async function read(text: string) {
    const out = await analyseBytes('t.txt', Buffer.from(text + '\n', 'utf8'), { only: [] });
    return out.analysis!.readings;
  }

  it('reads the proper name of the unit a clause opens with as the owner of its figures', async () => {
    // Hand-checked: "Hòa Bình" is the cooperative's name, written in title case after the lower-case "xã".
    const r = await read('Hợp tác xã Hòa Bình có 36 thành viên góp vốn sản xuất.');
    expect(r.find((q) => q.figure.raw === '36')?.branches).toContain('owner=hòa bình');
    // No proper name: no owner.
    const plain = await read('Hợp tác xã có 36 thành viên góp vốn sản xuất.');
    expect(plain.find((q) => q.figure.raw === '36')?.branches?.some((b) => b.startsWith('owner='))).toBe(false);
  });

  it('reads a bare average after another figure of its sentence as of the sentence\'s subject', async () => {
    // Hand-checked: the income is the workers' of the cooperatives, the subject before the sentence's first figure ("các" dropped).
    const r = await read('Các hợp tác xã thu hút 2 300 lao động; thu nhập bình quân 6,2 triệu đồng/người/tháng.');
    expect(r.find((q) => q.figure.raw.startsWith('6,2'))?.branches).toContain('subject=hợp tác xã thu hút');
  });

  it('reads the words after "chiếm X%" as the whole of the share, scoped by its numerator', async () => {
    // Hand-checked: 42,5% is the share of the files paid online ("hồ sơ nộp phí trực tuyến", the words before ", chiếm")
    // in the online files, not the online rate.
    const r = await read('Có 1.250 hồ sơ nộp phí trực tuyến, chiếm 42,5% số hồ sơ trực tuyến cấp xã.');
    expect(r.find((q) => q.figure.raw === '42,5%')?.scope).toMatch(/share-of:hồ sơ nộp phí trực tuyến/u);
    const rate = await read('Tỷ lệ hồ sơ trực tuyến cấp xã đạt 76,4%.');
    expect(rate.find((q) => q.figure.raw === '76,4%')?.scope).not.toMatch(/share-of/u);
  });

  it('reads the count before "N ha, chiếm X%" as the share\'s numerator, its unit alone naming none', async () => {
    // Hand-checked: 310 ha of maize sown by machine, 27,0% of the maize area: the numerator is the machine-sown area.
    const r = await read('Gieo trồng ngô bằng máy 310 ha, chiếm 27,0% diện tích ngô.');
    const scope = r.find((q) => q.figure.raw === '27,0%')?.scope ?? '';
    expect(scope).toMatch(/share-of:ha gieo trồng ngô/u);
  });

  it('reads a count after "định kỳ" (how often) as a figure, a month after "tháng" still as a period', async () => {
    // Hand-checked: 24 sessions; "định kỳ" says periodically, it names no period "kỳ 24".
    const r = await read('Chủ tịch UBND xã tiếp công dân định kỳ 24 buổi trong năm.');
    expect(r.map((q) => q.figure.raw)).toContain('24');
  });

  it('reads a small count after "định kỳ" too ("định kỳ 6 cuộc"): no period is numbered there', async () => {
    // Hand-checked: 6 meetings held periodically; "kỳ 6" is no sixth period.
    const r = await read('Hội Nông dân xã tổ chức họp định kỳ 6 cuộc với hội viên.');
    expect(r.map((q) => q.figure.raw)).toContain('6');
  });

  it('leaves a comparison closed by a comma to the figure before it; a time opening the clause still scopes it', async () => {
    // Hand-checked: "so với cùng kỳ" compares the count of fires; the loss after the comma is this period's amount.
    const loss = await read('Số vụ cháy giảm so với cùng kỳ, thiệt hại về tài sản khoảng 2.450 triệu đồng.');
    expect(loss.find((q) => q.figure.raw.startsWith('2.450'))?.role).toBe('money');
    const open = await read('Đầu năm 2024, toàn huyện có 135 cơ sở lưu trú; đến cuối năm có 146 cơ sở lưu trú.');
    expect(open.find((q) => q.figure.raw === '135')?.role).toBe('prior');
  });
});

describe('undatedCore', () => {
  it('drops the words that only say "the number of", the period and an estimate', async () => {
    const { undatedCore } = await import('../../src/extract/quantities.js');
    // Hand-checked: "số" frames the name, "9 tháng" is the period, "ước" an estimate; what is measured is the output value.
    expect(undatedCore(['số', 'giá', 'trị', 'sản', 'xuất', '9', 'tháng', 'ước'])).toEqual(['giá', 'trị', 'sản', 'xuất']);
    expect(undatedCore(['máy', 'tính'])).toEqual(['máy', 'tính']);
  });
});
