import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "Còn 03 tồn tại, hạn chế: (1) …; (2) …": a count's noun written as a comma-joined pair (COMMA_COMPOUNDS) announces the
// numbered items after its colon; a word of examples inside a numbered item ("một số", "như") is that item's own, and
// leaves the list closed (src/extract/claims-lists.ts). Sentences and numbers written for this test.
const seen = async (text: string) => (await findingsOf('list-count-mismatch', `I. ĐÁNH GIÁ\n${text}\n`)).map((f) => [f.data.count, f.data.listed]);

describe('list-count-mismatch: a paired noun before numbered items (s36)', () => {
  it('flags a count of a paired noun the numbered items do not reach', async () => {
    expect(await seen('Qua kiểm tra, còn 03 tồn tại, hạn chế: (1) một số trường chưa bố trí đủ giáo viên tiếng Anh; (2) thiết bị dạy học xuống cấp.'))
      .toEqual([[3, 2]]);
    expect(await seen('Ngành y tế nêu 05 khó khăn, vướng mắc: (1) thiếu bác sĩ; (2) một số trạm y tế chưa có máy siêu âm; (3) kinh phí hạn hẹp; (4) nhân lực nghỉ việc nhiều.'))
      .toEqual([[5, 4]]);
  });

  it('says nothing when the items reach the count, or the list runs on past its markers', async () => {
    expect(await seen('Qua kiểm tra, còn 02 tồn tại, hạn chế: (1) một số trường chưa bố trí đủ giáo viên tiếng Anh; (2) thiết bị dạy học xuống cấp.')).toEqual([]);
    expect(await seen('Ngành y tế nêu 05 khó khăn, vướng mắc: (1) thiếu bác sĩ; (2) kinh phí hạn hẹp; (3) nhân lực nghỉ việc nhiều, v.v.')).toEqual([]);
    expect(await seen('Ngành y tế nêu 05 khó khăn, vướng mắc: (1) thiếu bác sĩ; (2) kinh phí hạn hẹp; (3) các khó khăn khác.')).toEqual([]);
    // A comma that joins no known pair still ends the description: no list is read.
    expect(await seen('Ngành y tế nêu 05 khó khăn, nhất là: (1) thiếu bác sĩ; (2) kinh phí hạn hẹp.')).toEqual([]);
  });
});
