import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A "…, gồm:" head stating a count and an amount, split by bullets that each state their own count and amount: a bullet's
// own breakdown of its count ("…; trong đó 40 suất … và 80 suất …") and a price per unit ("mức 1.200.000 đồng/suất") are
// no further parts of the list's wholes. Values checked by hand.
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', text)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: bullets with their own breakdown and a unit price (s121)', () => {
  it('scholarships: 120 + 150 + 67 = 337 suất against 346; the amounts 240,0 + 180,0 + 99,0 = 519,0 triệu đồng agree', async () => {
    // 40 × 3 + 80 × 1,5 = 240 triệu; 150 × 1,2 = 180 triệu. With 346 → 337 the whole agrees and nothing is said.
    const text = (whole: string) => [
      'I. KẾT QUẢ',
      `Tổng số học bổng đã trao là ${whole} suất, tổng trị giá 519,0 triệu đồng, gồm:`,
      '- Học bổng của tỉnh: 120 suất, trị giá 240,0 triệu đồng; trong đó 40 suất mức 3 triệu đồng và 80 suất mức 1,5 triệu đồng;',
      '- Học bổng của huyện: 150 suất, mức 1.200.000 đồng/suất, trị giá 180,0 triệu đồng;',
      '- Học bổng của doanh nghiệp: 67 suất, trị giá 99,0 triệu đồng.',
      'II. TỒN TẠI',
      'Nguồn vận động xã hội hóa còn hạn chế.',
    ].join('\n') + '\n';
    expect(await sums(text('346'))).toEqual([[337, 346]]);
    expect(await sums(text('337'))).toEqual([]);
  });

  it('seed support: 800 + 420 + 30 = 1.250 kg against 1.520; the amounts 48,0 + 31,5 + 8,0 = 87,5 triệu đồng agree', async () => {
    // 300 + 500 = 800 kg of rice; 420 × 75.000 = 31,5 triệu đồng.
    const text = (whole: string) => [
      'I. KẾT QUẢ',
      `Tổng số giống đã cấp là ${whole} kg, tổng kinh phí 87,5 triệu đồng, gồm:`,
      '- Giống lúa: 800 kg, kinh phí 48,0 triệu đồng; trong đó 300 kg lúa thuần và 500 kg lúa lai;',
      '- Giống ngô: 420 kg, mức 75.000 đồng/kg, kinh phí 31,5 triệu đồng;',
      '- Giống đậu: 30 kg, kinh phí 8,0 triệu đồng.',
      'II. TỒN TẠI',
      'Thời tiết bất lợi ảnh hưởng đến tiến độ gieo trồng.',
    ].join('\n') + '\n';
    expect(await sums(text('1.520'))).toEqual([[1250, 1520]]);
    expect(await sums(text('1.250'))).toEqual([]);
  });
});
