import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/extract/meta.js';
import { ingestBytes } from '../../src/ingest/index.js';

async function metaOf(text: string) {
  const r = await ingestBytes('inline.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractMeta(r.source);
}

describe('extractMeta: a body of the unit issuing under its parent', () => {
  it('takes the body\'s own unit, the line above it the parent', async () => {
    // Hand-checked: the police of phường Tân Mai reports; quận Hoàng Mai heads the header as its parent.
    const meta = await metaOf([
      'ỦY BAN NHÂN DÂN QUẬN HOÀNG MAI', 'CÔNG AN PHƯỜNG TÂN MAI', '', 'Số: 12/BC-CAP', '', 'Tân Mai, ngày 20 tháng 6 năm 2024', '',
      'BÁO CÁO', 'Kết quả công tác bảo đảm an ninh trật tự 6 tháng đầu năm 2024', '', 'I. KẾT QUẢ', 'Tiếp nhận 14 tin báo.',
    ].join('\n'));
    expect(meta.unit).toEqual({ name: 'phường Tân Mai', level: 'phường' });
    expect(meta.parents[0]).toEqual({ name: 'quận Hoàng Mai', level: 'quận' });
  });
});
