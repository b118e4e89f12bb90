/**
 * Things counted over the places that hold them, each place holding as many: "bố trí 05 điểm tập kết rác … tại các thôn:
 * Đông, Tây, Nam và Bắc (mỗi thôn 01 điểm)" — four villages of one point each make four points, not five.
 *
 * The names after "tại các thôn:" are of places, not of the counted things, so alone they say nothing of the count (a place
 * may hold several: "05 điểm tại 03 thôn: A, B, C"). Only a note giving each place's share — "mỗi", the place kind the
 * lead-in named, right before a count of the counted noun, alone in its bracket or closing its clause — makes them a count:
 * the places times that share. A hedge ("mỗi thôn ít nhất 01 điểm"), an average ("bình quân mỗi thôn …"), a share not
 * whole, a bracket saying more, or an exception after the note ("riêng thôn Đông 02 điểm") leaves the list unread.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { localRange, makeClaim } from './claims-parts.js';
import { unitsAlike } from './labels.js';
import { alt, DISTRIBUTIVE_WORDS, EXCEPTION_WORDS, LIST_PLACE_WORDS, PLACE_KIND_WORDS, PLURAL_WORDS } from '../text/lexicon.js';

// The counted things' description, no number, bracket or sentence break in it, closing on where they are: "tại các thôn:".
const PLACED_INTRO = new RegExp(String.raw`^[^:;.!?()\d]{0,160}?\s(?:${alt(LIST_PLACE_WORDS)})\s+(?:(?:${alt(PLURAL_WORDS)})\s+)?(${alt(PLACE_KIND_WORDS)})\s*:`, 'iu');
// The note's opening, right before its share: a bracket or a comma, "mỗi" and the place kind.
const NOTE_LEAD = new RegExp(String.raw`([(,])\s*(?:${alt(DISTRIBUTIVE_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,2})\s+$`, 'iu');
// After the share: the bracket closing (a few words of the noun at most), or the clause ending.
const BRACKET_CLOSE = /^[^()\d;.,]{0,40}?\)/u;
const CLAUSE_CLOSE = /^[^()\d;.,]{0,40}?(?:[.;!?](?:\s|$)|$)/u;
const EXCEPTION_AFTER = new RegExp(String.raw`^\s*[,;]?\s*(?:${alt(EXCEPTION_WORDS)})(?![\p{L}])`, 'iu');
const NOTE_REACH = 400;

/** The names read after a lead-in ending at `listFrom`: as claims-lists reads them (passed in, to keep one reading). */
export type ReadNames = (text: string, listFrom: number) => { items: string[]; open: boolean; end: number } | null;

/**
 * The list claim of a count `f` over named places each holding a share of it ("05 điểm … tại các thôn: A, B, C và D (mỗi
 * thôn 01 điểm)"), its `each` the share; null when the text is not so.
 */
export function perPlaceList(block: Block, f: Figure, figures: readonly Figure[], readNames: ReadNames): Claim | null {
  if (f.kind !== 'count' || f.unit === null || f.cell !== null || !Number.isInteger(f.value) || f.value < 1) return null;
  const [from, to] = localRange(block, f);
  const intro = PLACED_INTRO.exec(block.text.slice(to, to + 200));
  if (!intro) return null;
  const listFrom = to + intro[0].length;
  // The share is the first number after the colon: the names hold none.
  const g = figures.find((h) => localRange(block, h)[0] >= listFrom);
  if (!g || g.kind !== 'count' || g.unit === null || !unitsAlike(g.unit, f.unit) || !Number.isInteger(g.value) || g.value < 1) return null;
  const [gFrom, gTo] = localRange(block, g);
  if (gFrom > listFrom + NOTE_REACH) return null;
  const lead = NOTE_LEAD.exec(block.text.slice(listFrom, gFrom));
  if (!lead || lead[2].toLowerCase() !== intro[1].toLowerCase()) return null;
  // The names run from the colon to the note, all of them read.
  const noteAt = listFrom + lead.index;
  const list = readNames(block.text.slice(0, noteAt), listFrom);
  if (!list || list.open || list.items.length < 2 || block.text.slice(list.end, noteAt).trim() !== '') return null;
  const close = (lead[1] === '(' ? BRACKET_CLOSE : CLAUSE_CLOSE).exec(block.text.slice(gTo));
  if (!close || EXCEPTION_AFTER.test(block.text.slice(gTo + close[0].length))) return null;
  return makeClaim({
    relation: 'list', whole: f.index, items: list.items, each: g.value, connector: intro[0].trim(),
    block: block.index, span: subSpan(block, from, gTo + close[0].length),
  });
}
