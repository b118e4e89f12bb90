import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ', 'Số: 88/BC-UBND', 'Tân Phú, ngày 15 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả sản xuất lâm nghiệp năm 2024', 'I. KẾT QUẢ'];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['claim-mismatch'] }).findings;
}
const summary = (fs: Finding[]) => fs.map((f) => [f.messageId, f.data?.value, f.data?.target]);

describe('claim-mismatch: a plan claim against the plan its sentence opens with', () => {
  it('flags "vượt kế hoạch" when the value after the plan is below it', () => {
    // Hand-checked: 231 ha planted against a plan of 250 ha is 92,4%, below the plan it claims to pass.
    expect(summary(audit(['Kế hoạch trồng rừng tập trung năm 2024 là 250 ha; kết quả trồng được 231 ha, vượt kế hoạch huyện giao.'])))
      .toEqual([['targetMismatch', 231, 250]]);
  });

  it('stays silent when the value passes the plan', () => {
    // Hand-checked: 262 > 250.
    expect(audit(['Kế hoạch trồng rừng tập trung năm 2024 là 250 ha; kết quả trồng được 262 ha, vượt kế hoạch huyện giao.'])).toEqual([]);
  });

  it('reads nothing when the value is of an earlier period or an estimate', () => {
    expect(audit(['Kế hoạch trồng rừng tập trung năm 2024 là 250 ha; năm trước trồng được 231 ha, vượt kế hoạch huyện giao.'])).toEqual([]);
    expect(audit(['Kế hoạch trồng rừng tập trung năm 2024 là 250 ha; dự kiến trồng được 231 ha, vượt kế hoạch huyện giao.'])).toEqual([]);
  });
});
