import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "không có trường hợp nào phải <deed>" and a later "<deed's first words> N trường hợp <the rest>": the deed said around
// the count must not part from the claim's after their shared words ("tiêu hủy gia súc … mắc bệnh lở mồm long móng" is not
// "… mắc bệnh viêm da nổi cục") (src/extract/universal-counter.ts, deedBefore and parted). Sentences and numbers written for
// this test.
const none = async (text: string) => (await findingsOf('claim-mismatch', `${text}\n`)).filter((f) => f.messageId === 'absentMismatch');

describe('claim-mismatch: a claim of no case of a deed against a count whose deed parts after its first words (s52)', () => {
  it('says nothing of culling for another disease, emergency transfers for another cause, or fines in another field', async () => {
    expect(await none('I. KẾT QUẢ\nTrong năm không có trường hợp nào phải tiêu hủy gia súc mắc bệnh viêm da nổi cục.\nII. CHĂN NUÔI\nThú y xã đã tiêu hủy gia súc 03 trường hợp mắc bệnh lở mồm long móng.')).toEqual([]);
    expect(await none('I. KẾT QUẢ\nTrong năm không có trường hợp nào phải chuyển tuyến cấp cứu do tai biến sản khoa.\nII. Y TẾ\nTrạm y tế đã chuyển tuyến cấp cứu 02 trường hợp do tai nạn giao thông.')).toEqual([]);
    expect(await none('I. KẾT QUẢ\nTrong năm không có trường hợp nào phải xử phạt vi phạm hành chính về quản lý đất đai.\nII. TỒN TẠI\nCông an xã đã xử phạt vi phạm hành chính 03 trường hợp về trật tự xây dựng.')).toEqual([]);
  });

  it('still flags the claimed deed said whole around the count, a place or time after it', async () => {
    // Hand-checked: no culling for lumpy skin disease claimed, then 03 cases culled for it.
    const f = await none('I. KẾT QUẢ\nTrong năm không có trường hợp nào phải tiêu hủy gia súc mắc bệnh viêm da nổi cục.\nII. CHĂN NUÔI\nThú y xã đã tiêu hủy gia súc 03 trường hợp mắc bệnh viêm da nổi cục tại thôn Nà Lẹng.');
    expect(f.map((x) => ({ data: x.data, at: x.evidence.map((e) => [e.quote, e.span.line]) }))).toEqual([{
      data: {
        thing: 'trường hợp nào phải tiêu hủy gia súc mắc bệnh viêm da nổi cục', count: 3, unit: 'trường hợp',
        state: 'Thú y xã đã tiêu hủy gia súc 03 trường hợp mắc bệnh viêm da nổi cục tại thôn Nà Lẹng',
      },
      at: [['không có trường hợp nào phải tiêu hủy gia súc mắc bệnh viêm da nổi cục', 2], ['03', 4]],
    }]);
    expect((await none('I. KẾT QUẢ\nTrong năm không có trường hợp nào phải chuyển tuyến cấp cứu do tai biến sản khoa.\nII. Y TẾ\nTrạm y tế đã chuyển tuyến cấp cứu 02 trường hợp do tai biến sản khoa sau sinh.')).map((x) => x.data.count)).toEqual([2]);
    expect((await none('I. KẾT QUẢ\nTrong năm không có trường hợp nào phải xử phạt vi phạm hành chính về quản lý đất đai.\nII. TỒN TẠI\nCông an xã đã xử phạt vi phạm hành chính 03 trường hợp về quản lý đất đai.')).map((x) => x.data.count)).toEqual([3]);
  });
});
