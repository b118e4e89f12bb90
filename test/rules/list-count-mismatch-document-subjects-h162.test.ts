import { describe, expect, it } from 'vitest';
import { expectNone } from './tester.js';
import { findingsOf } from './audit-helper.js';

const RULE = 'list-count-mismatch';
// Session 31 (holdout162): bullets under "<count> văn bản …, gồm:" each opening with one document, whose subject cites
// other documents; and a longer description of the documents, with the year of the law they implement, before "gồm:".
const report = (intro: string, bullets: string[]) => ['BÁO CÁO', '', 'I. KẾT QUẢ', intro, ...bullets.map((b) => `- ${b};`), 'Các văn bản được gửi đến các xã đúng thời hạn.'].join('\n') + '\n';
const DOCS = [
  'Kế hoạch số 31/KH-UBND ngày 15/02/2025 về tuyên truyền phòng, chống dịch bệnh thủy sản',
  'Quyết định số 412/QĐ-UBND ngày 20/3/2025 về việc thành lập Tổ công tác liên ngành',
  'Công văn số 655/UBND-NN ngày 04/5/2025 về việc thực hiện Thông tư số 08/2025/TT-BNNPTNT ngày 12/4/2025 và Nghị định số 37/2025/NĐ-CP ngày 02/4/2025 của Chính phủ',
];

describe('list-count-mismatch: documents that only cite other documents as their subject', () => {
  it('counts a bullet whose later documents follow a word of its subject as one document', async () => {
    // Hand-checked: 04 announced, three bullets, each one document (the third only cites two as its subject).
    const doc = report('Phòng Nông nghiệp đã tham mưu ban hành 04 văn bản chỉ đạo, gồm:', DOCS);
    expect((await findingsOf(RULE, doc)).map((f) => [f.messageId, f.data.count, f.data.listed])).toEqual([['listCountMismatch', 4, 3]]);
    await expectNone(RULE, report('Phòng Nông nghiệp đã tham mưu ban hành 03 văn bản chỉ đạo, gồm:', DOCS));
  });

  it('reads a description of ten words with the year of the law before "gồm:"', async () => {
    const doc = report('Phòng Nông nghiệp đã tham mưu ban hành 04 văn bản hướng dẫn thi hành Luật Thủy sản năm 2017, gồm:', DOCS);
    expect((await findingsOf(RULE, doc)).map((f) => [f.data.count, f.data.listed])).toEqual([[4, 3]]);
  });

  it('leaves fewer bullets alone when a bullet may name two documents', async () => {
    const two = [DOCS[0], 'Quyết định số 412/QĐ-UBND ngày 20/3/2025 và Quyết định số 415/QĐ-UBND ngày 22/3/2025 về việc thành lập Tổ công tác', DOCS[2]];
    await expectNone(RULE, report('Phòng Nông nghiệp đã tham mưu ban hành 04 văn bản chỉ đạo, gồm:', two));
    const after = [DOCS[0], 'Quyết định số 412/QĐ-UBND về việc thành lập Tổ công tác; Quyết định số 415/QĐ-UBND về quy chế hoạt động', DOCS[2]];
    await expectNone(RULE, report('Phòng Nông nghiệp đã tham mưu ban hành 04 văn bản chỉ đạo, gồm:', after));
  });
});
