/**
 * Who did the deed a figure counts: "Ban đại diện HĐQT huyện tổ chức kiểm tra …; kiểm tra 48 Tổ TK&VV" and "Các tổ chức Hội
 * cấp huyện kiểm tra 36 Tổ TK&VV" count what two bodies checked, two quantities, while "Trong năm, đã kiểm tra 48 tổ" names
 * nobody and may restate either. The actor is read from the words opening the figure's sentence before its verb is first
 * told there (the verb may open an earlier clause of the sentence, its subject shared by the later ones).
 */
import { labelTokens } from './similarity.js';
import { alt, edgeAlt, ASPECT_WORDS, BODY_WORD_COMPOUNDS, DEED_ACTOR_GENERIC_WORDS, DEED_ACTOR_HEADS, DEED_ACTOR_PLURAL_HEADS, DEED_ACTOR_PLURALS, DEED_PARTNER_WORDS, LIGHT_VERBS, START_END_WORDS, TIME_PHRASE_LEADS } from '../text/lexicon.js';

// The fewest telling words of an actor: "xã", "huyện" alone is the report's own unit, as good as no actor named.
const MIN_ACTOR_WORDS = 2;
// The actor's name opens with a body's noun, an optional plural before it, not a compound that only opens like one ("hội
// nghị", "phòng chống"); or with a noun that names bodies only after a plural ("Các tổ chức Hội").
const HEADS = alt(DEED_ACTOR_HEADS.map((w) => w.toLowerCase()));
const ACTOR_OPENING = new RegExp(String.raw`^(?:(?:${alt(DEED_ACTOR_PLURALS)})\s+(?:${alt(DEED_ACTOR_PLURAL_HEADS)})|(?:(?:${alt(DEED_ACTOR_PLURALS)})\s+)?(?!(?:${alt(BODY_WORD_COMPOUNDS)})(?![\p{L}]))(?:${HEADS}))(?![\p{L}])`, 'u');
// Words closing the actor's segment that belong to the deed, not the doer: "đã", "tổ chức", "tiến hành" (the whole segment
// when it is only those: "…; tổ chức khám sức khỏe cho 642 công dân" names nobody).
const DEED_TAIL = new RegExp(String.raw`(?:(?:^|\s+)(?:${alt(ASPECT_WORDS, LIGHT_VERBS)}))+\s*$`, 'u');
// A partner named after the actor ("Phòng giao dịch phối hợp với Hội …"): the partner's own branch tells it (quantities.ts).
const PARTNER = new RegExp(String.raw`${edgeAlt(DEED_PARTNER_WORDS)}(?![\p{L}])`, 'u');
const BULLET = /^[\s\-+•*–]+/u;
const UNIT_NUMBER = /(?<![\p{L}])số\s+\d+(?![\d.,])/gu;
// The words of a collective naming no one body ("các lực lượng", "đơn vị"): not telling which body did the deed.
const GENERIC = new Set(DEED_ACTOR_GENERIC_WORDS.flatMap((w) => w.split(' ')));
const UNTELLING = new Set([...START_END_WORDS, ...TIME_PHRASE_LEADS].flatMap((w) => w.split(' ')));

/**
 * The telling words of the body that did the deed `verb` names, from `opening` (the figure's sentence up to the figure,
 * lower-cased): the segment after the last comma or semicolon before the verb's first telling, when it opens with a body's
 * noun ("ban", "phòng", "các tổ chức", "công an") and holds no number (then it is another figure's words). Null when none is
 * told that way: the reading stays silent, and two figures are parted only when both name their actor.
 */
export function deedActor(opening: string, verb: string | null): string[] | null {
  if (verb === null || verb === '') return null;
  const at = firstTelling(opening, verb);
  if (at < 0) return null;
  const before = opening.slice(0, at);
  const segment = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1).replace(BULLET, '');
  const partner = PARTNER.exec(segment);
  const doer = (partner ? segment.slice(0, partner.index) : segment).replace(DEED_TAIL, '').trim();
  // A unit numbered by "số N" ("Đội Quản lý thị trường số 3") is named by its number; any other number is another figure's words.
  if (/\d/u.test(doer.replace(UNIT_NUMBER, ' ')) || !ACTOR_OPENING.test(doer)) return null;
  const words = [...new Set(labelTokens(doer))].filter((t) => !UNTELLING.has(t) && !GENERIC.has(t));
  return words.length >= MIN_ACTOR_WORDS ? words : null;
}

// Where the verb is first told in the text as whole words, -1 when nowhere.
function firstTelling(text: string, verb: string): number {
  for (let from = text.indexOf(verb); from >= 0; from = text.indexOf(verb, from + 1)) {
    const [left, right] = [text[from - 1] ?? ' ', text[from + verb.length] ?? ' '];
    if (!/\p{L}/u.test(left) && !/\p{L}/u.test(right)) return from;
  }
  return -1;
}

/** True when both figures name the body that did their deed and neither body's words hold the other's: two bodies. */
export function actorsApart(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  if (!a || !b) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return !small.every((t) => large.includes(t));
}
