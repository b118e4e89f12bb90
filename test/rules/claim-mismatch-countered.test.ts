import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'counteredMismatch');
const CLAIM = 'I. KẾT QUẢ\nĐến nay, 100% trạm y tế xã có bác sĩ làm việc thường xuyên theo quy định.';

describe('claim-mismatch: a "100%" claim a later count left without its state contradicts', () => {
  it('flags a later "còn N <noun> … chưa <state>" of the claim\'s noun and state', async () => {
    const f = await run(`${CLAIM}\nII. TỒN TẠI\n- Còn 02 trạm y tế (Tân Lập, Hòa Bình) có bác sĩ chưa làm việc thường xuyên.`);
    expect(f.map((x) => [x.data.count, x.data.state])).toEqual([[2, 'chưa làm việc thường xuyên']]);
  });

  it('stays silent on another noun, another state, a plan, an earlier period, a hedge or no "còn"', async () => {
    // Another noun: schools are not health stations.
    expect(await run(`${CLAIM}\nII. TỒN TẠI\n- Còn 02 trường học có bác sĩ chưa làm việc thường xuyên.`)).toEqual([]);
    // Another state: lacking equipment says nothing of the doctors.
    expect(await run(`${CLAIM}\nII. TỒN TẠI\n- Còn 02 trạm y tế chưa được trang bị máy siêu âm.`)).toEqual([]);
    // An earlier period or a plan.
    expect(await run(`${CLAIM}\nII. SO SÁNH\n- Năm trước còn 02 trạm y tế có bác sĩ chưa làm việc thường xuyên.`)).toEqual([]);
    expect(await run(`${CLAIM}\nIII. KẾ HOẠCH\n- Phấn đấu năm tới còn 02 trạm y tế chưa có bác sĩ làm việc thường xuyên được hỗ trợ.`)).toEqual([]);
    // A hedged or planned claim.
    const later = '\nII. TỒN TẠI\n- Còn 02 trạm y tế có bác sĩ chưa làm việc thường xuyên.';
    expect(await run(`Gần 100% trạm y tế xã có bác sĩ làm việc thường xuyên.${later}`)).toEqual([]);
    expect(await run(`Phấn đấu 100% trạm y tế xã có bác sĩ làm việc thường xuyên.${later}`)).toEqual([]);
    // A count without "còn", or one before the claim.
    expect(await run(`${CLAIM}\nII. TỒN TẠI\n- Có 02 trạm y tế được xây mới trong năm, chưa làm việc thường xuyên.`)).toEqual([]);
    expect(await run(`Năm 2023 còn 02 trạm y tế có bác sĩ chưa làm việc thường xuyên.\n${CLAIM}`)).toEqual([]);
  });
});

const none = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'absentMismatch');
const NONE = 'I. KẾT QUẢ\nTrong năm không có vụ cháy rừng phòng hộ ven biển xảy ra trên địa bàn xã.';

describe('claim-mismatch: a claim of none a later count of the same thing contradicts', () => {
  it('flags a later "N <noun> <state>" sharing three syllables of state with the claim', async () => {
    const f = await none(`${NONE}\nII. CÔNG TÁC PHÒNG CHÁY\nTrong quý IV, lực lượng kiểm lâm đã dập tắt 02 vụ cháy rừng phòng hộ tại thôn Bắc.`);
    expect(f.map((x) => x.data.count)).toEqual([2]);
    expect(await none('Không có hộ nào vi phạm quy định về nuôi chó thả rông.\nĐã nhắc nhở 05 hộ vi phạm quy định về nuôi chó.')).toHaveLength(1);
  });

  it('stays silent on another noun, a short shared state, an earlier period, a plan or a count before the claim', async () => {
    expect(await none(`${NONE}\nII. TỒN TẠI\nĐã xử lý 02 trường hợp cháy rừng phòng hộ.`)).toEqual([]);
    expect(await none(`${NONE}\nII. TỒN TẠI\nĐã dập tắt 02 vụ cháy nhà dân.`)).toEqual([]);
    expect(await none(`${NONE}\nII. SO SÁNH\nCùng kỳ năm trước xảy ra 02 vụ cháy rừng phòng hộ.`)).toEqual([]);
    expect(await none(`${NONE}\nIII. KẾ HOẠCH\nDự kiến diễn tập 02 vụ cháy rừng phòng hộ giả định.`)).toEqual([]);
    expect(await none(`Năm 2022 đã dập tắt 02 vụ cháy rừng phòng hộ.\n${NONE}`)).toEqual([]);
    expect(await none('Hầu như không có vụ cháy rừng phòng hộ nào.\nĐã dập tắt 02 vụ cháy rừng phòng hộ.')).toEqual([]);
  });
});

describe('claim-mismatch: a claim of none against a later count said to suffer the same state ("bị …")', () => {
  it('flags "không có <noun> <state>" and a later "N <noun> <description> bị <state>", silent on another state or none marker', async () => {
    // Hand-checked: the claim says no household was short of food; section II counts 03 such households.
    const claim = 'I. KẾT QUẢ\nTrong dịp Tết không có hộ thiếu đói.';
    const f = await none(`${claim}\nII. TỒN TẠI\nVẫn còn 03 (ba) hộ neo đơn, khuyết tật bị thiếu đói do mất mùa.`);
    expect(f.map((x) => x.data.count)).toEqual([3]);
    // Another adverse state, or the state without the marker after a long description, is not read.
    expect(await none(`${claim}\nII. TỒN TẠI\nVẫn còn 03 hộ neo đơn bị thiếu vốn sản xuất.`)).toEqual([]);
    expect(await none(`${claim}\nII. TỒN TẠI\nĐã hỗ trợ 03 hộ neo đơn thiếu đói từ năm trước.`)).toEqual([]);
    // A one-syllable state is too short to tell.
    expect(await none('I. KẾT QUẢ\nKhông có hộ đói.\nII. TỒN TẠI\nCó 03 hộ neo đơn bị đói.')).toEqual([]);
  });
});
