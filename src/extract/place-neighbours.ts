/**
 * The places a border cue lists ("Địa bàn giáp ranh Vườn quốc gia Pù Mát và xã Yên Na", "phía Bắc giáp huyện A, thị xã B",
 * "tiếp giáp với tỉnh C và xã D"): each is a neighbour of the area described, geography, never a slip for the issuer's
 * name. Read here from the lexicon (NEIGHBOUR_LIST_CUES, COMPASS_SIDES); place-roles marks such a unit someone else's.
 */
import { alt, edgeAlt, AND_OR_WORDS, COMPASS_SIDES, NEIGHBOUR_CUE_TAILS, NEIGHBOUR_LIST_CUES, SIDE_BORDER_VERBS } from '../text/lexicon.js';

// A cue of bordering: its own words, or a compass side and "giáp"; "với" may follow.
const BORDER_CUE = new RegExp(
  String.raw`(?:${edgeAlt(NEIGHBOUR_LIST_CUES)}|${edgeAlt(COMPASS_SIDES)}\s+(?:${alt(SIDE_BORDER_VERBS)}))(?![\p{L}])(?:\s+(?:${alt(NEIGHBOUR_CUE_TAILS)})(?![\p{L}]))?`,
  'giu',
);
// Between two listed places: a comma ("và"/"hoặc" may follow it) or "và"/"hoặc" alone.
const LIST_JOIN = new RegExp(String.raw`\s*,\s*(?:(?:${alt(AND_OR_WORDS)})\s+)?|\s+(?:${alt(AND_OR_WORDS)})\s+`, 'giu');
/** How far back a border cue may stand from the unit it lists, in characters (a few named places). */
const REACH = 200;
/** How many words one listed place may have ("Khu bảo tồn thiên nhiên Pù Hoạt"). */
const PLACE_WORDS = 8;

// One listed place: a few words ending in a capitalised name, no figure ("Vườn quốc gia Pù Mát", "huyện Kỳ Sơn").
function namedPlace(piece: string): boolean {
  const words = piece.trim().split(/\s+/u);
  return words.length >= 1 && words.length <= PLACE_WORDS && /^\p{Lu}/u.test(words[words.length - 1]) && !/\d/u.test(piece);
}

/**
 * The unit named at `from` stands in the list a border cue opens before it in its clause: right after the cue, or after
 * named places joined by commas, "và" or "hoặc" ("giáp ranh Vườn quốc gia Pù Mát và xã Yên Na").
 */
export function neighbourListed(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - REACH), from);
  let end = -1;
  BORDER_CUE.lastIndex = 0;
  for (let m = BORDER_CUE.exec(before); m; m = BORDER_CUE.exec(before)) end = m.index + m[0].length;
  if (end < 0) return false;
  const between = before.slice(end);
  if (/[.;:!?()\n]/u.test(between) || /^\s*,/u.test(between)) return false;
  if (between.trim() === '') return true;
  const pieces = between.split(LIST_JOIN);
  return pieces.length >= 2 && pieces[pieces.length - 1].trim() === '' && pieces.slice(0, -1).every(namedPlace);
}
