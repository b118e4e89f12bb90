import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 08/BC-UBND\nAn Bình, ngày 05 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const counts = async (text: string) => (await findingsOf('list-count-mismatch', HEAD + text)).map((f) => [f.data.stated, f.data.listed]);

describe('list-count-mismatch: a year naming an item\'s edition is a word of a described item (session 26, s138)', () => {
  it('counts the items of a ";" list whose first items name a law by its year', async () => {
    // Hand-counted: four pieces between ";" (Luật Trồng trọt năm 2018; Luật Thủy lợi năm 2017; ...; ...) against "03".
    const found = await findingsOf('list-count-mismatch', HEAD + '- Hội Nông dân phổ biến 03 chuyên đề: Luật Trồng trọt năm 2018; Luật Thủy lợi năm 2017; kỹ thuật ủ phân hữu cơ vi sinh; phòng, trừ sâu bệnh trên cây ăn quả.');
    expect(found).toHaveLength(1);
  });
  it('says nothing when the count agrees', async () => {
    expect(await counts('- Hội Nông dân phổ biến 04 chuyên đề: Luật Trồng trọt năm 2018; Luật Thủy lợi năm 2017; kỹ thuật ủ phân hữu cơ vi sinh; phòng, trừ sâu bệnh trên cây ăn quả.')).toEqual([]);
  });
});
