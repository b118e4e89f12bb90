import { describe, expect, it } from 'vitest';
import { findUnitMentions } from '../../src/extract/places.js';
import { ingestBytes } from '../../src/ingest/index.js';
import type { Source } from '../../src/model/index.js';

async function sourceOf(text: string): Promise<Source> {
  const r = await ingestBytes('inline.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.source;
}
const names = (source: Source) => findUnitMentions(source).map((m) => [m.block, m.unit.name]);

// Session 36 (speed): the mentions are read by one pattern run from each paragraph's start (no copy per paragraph). Sentences
// written for this test.
describe('administrative units named paragraph after paragraph', () => {
  it('finds every unit of every paragraph, in reading order, a paragraph opening and closing on one', async () => {
    const source = await sourceOf([
      'Đoàn công tác của huyện Đông Sơn làm việc tại xã Bình Minh',
      'Xã Hòa Lạc và phường Trung Tâm tổ chức họp dân; thị trấn Kim Bài báo cáo sau.',
      'Chưa có số liệu.',
      'Huyện Đông Sơn tổng hợp ý kiến của xã Hòa Lạc',
    ].join('\n'));
    const found = names(source);
    expect(found.map(([, n]) => n)).toEqual(['huyện Đông Sơn', 'xã Bình Minh', 'xã Hòa Lạc', 'phường Trung Tâm', 'thị trấn Kim Bài', 'huyện Đông Sơn', 'xã Hòa Lạc']);
    // Asked again (the meta and the text readings both ask): the same answer.
    expect(names(source)).toEqual(found);
  });

  it('names no unit in a cooperative\'s name ("hợp tác xã Tân Tiến") nor in a level word with no name after it', async () => {
    const source = await sourceOf(['Hợp tác xã Tân Tiến cung ứng giống cho các xã trong vùng.', 'Các phường đều hoàn thành kế hoạch.'].join('\n'));
    expect(names(source)).toEqual([]);
  });
});
