/**
 * A count over items that each carry their own count lists kinds, not members: "hỗ trợ 06 mái ấm, gồm: + Xây mới 04 nhà …;
 * + Sửa chữa 02 nhà …" names two kinds of six houses, "tổ chức 7 lớp tập huấn: - Lớp trồng trọt 04 lớp; - Lớp chăn nuôi 03
 * lớp" two kinds of seven classes. Such items are held to the count by the sum of their counts (a part–whole claim's work,
 * claims-bullets.ts), never by how many items there are, so the list claim read over them is dropped.
 *
 * Read whatever way the list was found (bullets, "(1) …; (2) …", a "sau:" run, a footnote): an item's count is its first
 * count of the counted noun, else its first count of any noun. The items are kinds when every item has one and either every
 * one is of the counted noun (whatever they add to: a sum that misses the count is a parts-sum question, not a name left
 * out), or all are of one noun of their own ("nhà" under "mái ấm") and add up to the count exactly (its coordination's total
 * too: "02 … và 03 …, gồm:"). Counts of another noun that miss the count ("04 mô hình: - Mô hình A 12 hộ; - Mô hình B 15
 * hộ") tell each named thing's size: the list stays.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { localRange, type BlockFigures } from './claims-parts.js';
import { unitKindOf } from './labels.js';

/** The claims without the lists whose items are counted kinds of the count, as described above. */
export function withoutCountedKinds(claims: Claim[], blocks: readonly Block[], figures: readonly Figure[], figuresOf: BlockFigures): Claim[] {
  return claims.filter((c) => c.relation !== 'list' || c.each !== undefined || !countedKinds(c, blocks, figures, figuresOf));
}

interface Counted { figure: Figure; lead: string }

function countedKinds(claim: Claim, blocks: readonly Block[], figures: readonly Figure[], figuresOf: BlockFigures): boolean {
  const whole = figures[claim.whole];
  if (!whole || whole.unit === null || claim.items.length < 2) return false;
  const counts = itemCounts(claim, blocks, figuresOf, whole);
  if (!counts) return false;
  if (counts.every((c) => sameNoun(c.figure.unit!, whole.unit!))) return true;
  // Of a noun of their own, the counts must lead their items as a kind's size ("Xây mới 04 nhà, …"): a count after a comma or
  // a proper name tells something of a named thing ("Cơ sở Hòa Bình, phát hiện 02 lỗi"), however it adds up.
  if (!counts.every((c) => kindLead(c.lead) && sameNoun(c.figure.unit!, counts[0].figure.unit!))) return false;
  const sum = counts.reduce((total, c) => total + c.figure.value, 0);
  return sum === whole.value || sum === claim.parts.reduce((total, k) => total + figures[k].value, whole.value);
}

// The words before a kind's count: no clause mark, no capital after the first word.
const kindLead = (lead: string) => !/[,;()]/u.test(lead) && !/\s\p{Lu}/u.test(lead);

// One noun, or a kind of the other either way (a bare classifier counting the noun: "10 căn nhà" read "10 căn", its kinds in
// "nhà"), or the same head word ("lớp" and "lớp tập huấn", "hộ" and "hộ nghèo").
function sameNoun(a: string, b: string): boolean {
  return unitKindOf(a, b) || unitKindOf(b, a) || a.toLowerCase().split(/\s+/u)[0] === b.toLowerCase().split(/\s+/u)[0];
}

const isCount = (g: Figure) => g.kind === 'count' && g.unit !== null && g.cell === null;

/**
 * Each item's count (its first of the counted noun, else its first of any noun) and the item's words before it, or null
 * when an item has none. An item's figures are those inside its text, found as written in reading order in its bullet's
 * block or in the block holding the names; an item not found as written (the reader trimmed brackets or words off it)
 * leaves whose figure is which unknown: null.
 */
function itemCounts(claim: Claim, blocks: readonly Block[], figuresOf: BlockFigures, whole: Figure): Counted[] | null {
  const bullets = claim.partBlocks.length === claim.items.length && !claim.partBlocks.includes(claim.block);
  if (!bullets && claim.partBlocks.length !== 1) return null;
  const out: Counted[] = [];
  let cursor = !bullets && claim.partBlocks[0] === claim.block ? claim.span.start - blocks[claim.block].span.start : 0;
  for (let k = 0; k < claim.items.length; k++) {
    const block = blocks[bullets ? claim.partBlocks[k] : claim.partBlocks[0]];
    const at = block ? block.text.indexOf(claim.items[k], bullets ? 0 : cursor) : -1;
    if (at < 0) return null;
    const end = at + claim.items[k].length;
    cursor = end;
    const counts = figuresOf.of(block.index).filter((g) => { const [s, e] = localRange(block, g); return g !== whole && isCount(g) && s >= at && e <= end; });
    const figure = counts.find((g) => sameNoun(g.unit!, whole.unit!)) ?? counts[0];
    if (!figure) return null;
    out.push({ figure, lead: block.text.slice(at, localRange(block, figure)[0]).trim() });
  }
  return out;
}
