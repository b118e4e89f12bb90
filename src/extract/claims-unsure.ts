/**
 * Claims whose reading is unsure, dropped before any rule sees them: a member whose number may be misread, and a part that
 * says it includes more than the nearby whole.
 *
 * "đã trồng mới 1 8501 850 cây xanh, trong đó 1 200 cây bóng mát": the whole's number runs on from another digit group
 * with one space between (a number typed twice, or grouped wrongly), so which amount is meant is unknown; no part is held
 * to any of them. "… 14,2 ha sang trồng cây ăn quả; trong đó … 19,5 ha (gồm cả diện tích ngô, rau màu và cây ăn quả)": an
 * amount told as including other things ("gồm cả", "bao gồm cả") is a whole of its own, not a part of the amount before it.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { alt, CONSISTS_OF, INCLUDING_WORDS } from '../text/lexicon.js';
import { localRange } from './claims-parts.js';

// A digit group, not glued to a letter or another mark, ending in a digit (a list's "37, 02 vụ" is no run-on), then exactly
// one space, right before the figure. A year ("năm 2024 850 hộ" reads as a date, then a count) is no digit group of the same
// number. A short index after a name ("Thiên ưu 8 1.900 kg", "thôn 3 150 hộ", "quốc lộ 37 …") is the name's: the group must
// look like an amount itself (grouped, or four digits and more) or follow another digit group ("1 8501 850").
const RUN_ON_BEFORE = /(?<![\p{L}\d.,/:-])(\d(?:[\d.,]*\d)?) $/u;
const AFTER_DIGITS = /\d $/u;
const AMOUNT_LIKE = /[.,]|\d{4}/u;
const YEAR = /^(?:19|20)\d\d$/u;
// The part's own words (no digit, no clause mark), then "(gồm cả", ", bao gồm cả".
const INCLUSIVE_AFTER = new RegExp(String.raw`^[^\d,;.()]{0,40}[(,]\s*(?:${alt(CONSISTS_OF)})\s+(?:${alt(INCLUDING_WORDS)})(?![\p{L}])`, 'iu');

/** The claims without those whose whole or a part is unsure as described above; lists and balances are kept. */
export function withoutUnsureMembers(claims: Claim[], blocks: readonly Block[], figures: readonly Figure[]): Claim[] {
  return claims.filter((c) => c.relation === 'list' || c.relation === 'balance'
    || !([c.whole, ...c.parts].some((i) => runsOn(blocks, figures[i])) || c.parts.some((i) => inclusive(blocks, figures[i]))));
}

function runsOn(blocks: readonly Block[], f: Figure | undefined): boolean {
  if (!f || f.cell !== null || !/^\d/u.test(f.raw)) return false;
  const block = blocks[f.block];
  const [s] = localRange(block, f);
  const before = block.text.slice(Math.max(0, s - 24), s);
  const m = RUN_ON_BEFORE.exec(before);
  if (m === null || YEAR.test(m[1])) return false;
  return AMOUNT_LIKE.test(m[1]) || AFTER_DIGITS.test(before.slice(0, m.index));
}

function inclusive(blocks: readonly Block[], f: Figure | undefined): boolean {
  if (!f || f.cell !== null) return false;
  const block = blocks[f.block];
  const [, e] = localRange(block, f);
  return INCLUSIVE_AFTER.test(block.text.slice(e, e + 80));
}
