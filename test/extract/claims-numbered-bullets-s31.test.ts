import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { extractFigures } from '../../src/extract/figures.js';
import { extractClaims } from '../../src/extract/claims.js';

async function lists(text: string) {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  const { figures } = extractFigures(r.source, r.source.blocks.map(() => null));
  return extractClaims(r.source, figures).filter((c) => c.relation === 'list').map((c) => ({ whole: figures[c.whole].raw, items: c.items.length }));
}

// Session 31 (holdout161): bullets numbered as the counted noun's own ("- Tổ số 1 …") each name one counted thing, whatever
// the paragraph says about them before its colon. Sentences written for this test.
describe('bullets opening with the counted noun and its own number', () => {
  it('lists them under a count whose description holds places and commas', async () => {
    const text = [
      'Để bảo đảm an toàn kỳ thi, Sở thành lập 05 tổ giám sát tại các điểm thi ở thành phố, huyện:',
      '- Tổ số 1 do Phó Giám đốc Sở làm tổ trưởng, giám sát 08 điểm thi khu vực trung tâm;',
      '- Tổ số 2 do Trưởng phòng Khảo thí làm tổ trưởng, giám sát 07 điểm thi phía Bắc;',
      '+ bổ sung 02 cán bộ dự phòng;',
      '- Tổ số 3 do Chánh Thanh tra Sở làm tổ trưởng, giám sát 06 điểm thi phía Nam.',
      '',
      'Các tổ hoàn thành nhiệm vụ đúng kế hoạch.',
    ].join('\n\n');
    expect(await lists(text)).toEqual([{ whole: '05', items: 3 }]);
  });

  it('reads nothing when a bullet names two of them or the run is out of order', async () => {
    const two = [
      'Huyện thành lập 04 đội xung kích tại các xã ven sông, vùng trũng:',
      '- Đội 1 phụ trách xã An Bình;',
      '- Đội 2 và 3 phụ trách xã An Phú;',
      '- Đội 4 phụ trách thị trấn.',
    ].join('\n\n');
    expect(await lists(two)).toEqual([]);
    const order = [
      'Huyện thành lập 04 đội xung kích tại các xã ven sông, vùng trũng:',
      '- Đội 1 phụ trách xã An Bình;',
      '- Đội 3 phụ trách xã An Phú;',
    ].join('\n\n');
    expect(await lists(order)).toEqual([]);
  });
});
