import { describe, expect, it } from 'vitest';
import { findUnitMentions, placeKey } from '../../src/extract/places.js';
import { ingestBytes } from '../../src/ingest/index.js';
import type { Source } from '../../src/model/index.js';

async function sourceOf(text: string): Promise<Source> {
  const r = await ingestBytes('inline.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.source;
}
const names = (source: Source) => findUnitMentions(source).map((m) => m.unit.name);

// Session 38: names of the Central Highlands join syllables with an apostrophe ("R'lấp", "H'leo"); a name is read whole, in
// title case and in capitals, not cut at the mark. Sentences written for this test.
describe('unit names with an apostrophe or a hyphen', () => {
  it('reads the whole name in running text and in a header in capitals', async () => {
    const source = await sourceOf(['ỦY BAN NHÂN DÂN HUYỆN ĐẮK R\'LẤP', 'Đoàn công tác của huyện Ea H\'leo làm việc tại xã Ia H\'Drai và xã Đắk Ơ.'].join('\n'));
    expect(names(source)).toEqual(['huyện Đắk R\'lấp', 'huyện Ea H\'leo', 'xã Ia H\'Drai', 'xã Đắk Ơ']);
  });

  it('gives one key to a straight and a curly apostrophe, and two to two names', () => {
    expect(placeKey('Ea H\u2019leo')).toBe(placeKey('Ea H\'leo'));
    expect(placeKey('Ea H\'leo')).not.toBe(placeKey('Ea H'));
  });

  it('leaves out a quotation mark or a hyphen that no name syllable follows', async () => {
    // A closing quote after the name, and a hyphen before a lower-case word, end the name.
    const source = await sourceOf(['Phong trào \'xã Tân Lập\' được nhân rộng.', 'Tuyến đường xã Hòa Bình-huyện lộ 5 được nâng cấp.'].join('\n'));
    expect(names(source)).toEqual(['xã Tân Lập', 'xã Hòa Bình']);
  });
});
