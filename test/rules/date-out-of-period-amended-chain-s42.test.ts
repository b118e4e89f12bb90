import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

// A sentence naming the period's year, then a chain of dated papers each amending what the first set ("phê duyệt tại …
// ngày A, điều chỉnh tại … ngày B và bổ sung tại … ngày C"): a link dated before the period and before the paper it amends
// is a slip (src/rules/date-out-of-period.ts, checkAmendedChain). Written for this test; each date checked by hand.
const HEAD = [
  'Số: 77/BC-UBND', 'Huyện Đông Sơn, ngày 18 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả thực hiện kế hoạch sử dụng đất năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
];
const found = (line: string) =>
  analyseSource(sourceFromText([...HEAD, line].join('\n')), { only: ['date-out-of-period'] }).findings.filter((f) => f.severity !== 'info').map((f) => [f.messageId, f.data.found]);

describe('date-out-of-period: an amending paper dated before the paper it amends (s42)', () => {
  it('flags the amendment of an earlier year in the chain of the period\'s own papers', () => {
    // 05/3/2023 is before 2025 and before 15/01/2025, the approval it supplements.
    expect(found('Kế hoạch sử dụng đất năm 2025 của huyện được phê duyệt tại Quyết định số 112/QĐ-UBND ngày 15/01/2025, điều chỉnh tại Quyết định số 640/QĐ-UBND ngày 20/6/2025 và bổ sung tại Quyết định số 31/QĐ-UBND ngày 05/3/2023 của UBND tỉnh.'))
      .toEqual([['dateBeforeAmended', '05/3/2023']]);
    expect(found('Danh mục công trình năm 2025 được phê duyệt tại Quyết định số 12/QĐ-UBND ngày 10/02/2025, được sửa đổi, bổ sung theo Quyết định số 9/QĐ-UBND ngày 14/8/2024.'))
      .toEqual([['dateBeforeAmended', '14/8/2024']]);
  });

  it('stays silent on a chain in order, papers that amend nothing, or a sentence of no period year', () => {
    expect(found('Kế hoạch sử dụng đất năm 2025 của huyện được phê duyệt tại Quyết định số 112/QĐ-UBND ngày 15/01/2025, điều chỉnh tại Quyết định số 640/QĐ-UBND ngày 20/6/2025 và bổ sung tại Quyết định số 701/QĐ-UBND ngày 05/9/2025.')).toEqual([]);
    // The older paper is a basis beside the plan, not an amendment of it.
    expect(found('Kế hoạch sử dụng đất năm 2025 của huyện được phê duyệt tại Quyết định số 112/QĐ-UBND ngày 15/01/2025, phù hợp với Quyết định số 31/QĐ-UBND ngày 05/3/2023 về quy hoạch sử dụng đất.')).toEqual([]);
    // The thing amended is no paper of the period: the zoning plan of 2019 may well have been amended in 2018's terms.
    expect(found('Quy hoạch chung xây dựng xã được phê duyệt tại Quyết định số 45/QĐ-UBND ngày 12/5/2019, điều chỉnh tại Quyết định số 88/QĐ-UBND ngày 10/02/2025 và bổ sung tại Quyết định số 20/QĐ-UBND ngày 03/8/2018.')).toEqual([]);
    // The plan approved at the end of the year before, amended that same December: no paper of the chain is in the period.
    expect(found('Kế hoạch sử dụng đất năm 2025 được phê duyệt tại Quyết định số 980/QĐ-UBND ngày 20/12/2024, điều chỉnh tại Quyết định số 1002/QĐ-UBND ngày 30/12/2024.')).toEqual([]);
  });
});
