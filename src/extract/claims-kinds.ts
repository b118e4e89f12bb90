/**
 * Kinds named after a count of kinds: "04 hình thức trợ giúp pháp lý: tư vấn pháp luật, tham gia tố tụng, đại diện ngoài
 * tố tụng", "thi đấu 05 môn: điền kinh, bóng bàn, cầu lông, cờ tướng".
 *
 * The names are lower-case phrases, so a comma may sit inside one ("phòng, chống thiên tai"), and a "và" may join two
 * words of one: the pieces between commas, semicolons and "và"/"hoặc" are as many as the names at most, never fewer. A
 * count of kinds (COUNTED_KIND_NOUNS: forms, subjects, fields, causes) is never several things of one named kind, as "05
 * lớp dạy nghề: may, điện" may be; so fewer pieces than the count is a count naming fewer kinds than it says.
 */
import { alt, AND_OR_WORDS, CLAUSE_OPENING_WORDS, COUNTED_KIND_NOUNS, FIELD_AND_NAMES, LEFT_OVER_TAILS, LIST_CLOSING_CLAUSE_WORDS, OPEN_LIST_WORDS, PLURAL_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

const KIND_NOUN = new RegExp(String.raw`^(?:${alt(COUNTED_KIND_NOUNS)})(?![\p{L}])`, 'iu');
const PLURAL = new RegExp(String.raw`${edgeAlt(PLURAL_WORDS)}(?![\p{L}])`, 'iu');
const OPEN = new RegExp(String.raw`…|\.\.\.|(?<![\p{L}])(?:v\.?v|${alt(OPEN_LIST_WORDS)})(?![\p{L}])`, 'iu');
const CLAUSE_OPENS = new RegExp(String.raw`^(?:${alt(CLAUSE_OPENING_WORDS)})(?![\p{L}])`, 'iu');
const SEPARATOR = new RegExp(String.raw`\s*[,;]\s*|\s+(?:${alt(AND_OR_WORDS)})\s+`, 'u');
const SENTENCE_END = /\.(?=\s|$)|[!?]/u;
// A kind's name is a short phrase, a way or a model at most eight syllables ("nuôi gà thả đồi an toàn sinh học"); a longer
// piece is a clause, and the text is no list of kinds.
const KIND_WORDS = 8;
// "các lĩnh vực còn lại …": the rest of the kinds, no one kind named.
const LEFT_OVER = wordsRe(LEFT_OVER_TAILS);
/**
 * A code of capitals and digits: a canal's or road's ("kênh N3", "ĐT741"), a chainage along a road or dyke ("K12+300": km 12
 * plus 300 m), a variety's or a model's ("lúa J02", "ST25"), with its number apart after two capitals or more ("CP 511", "ĐH
 * 6866"). A word of a name, no figure: in a list of names it names as a capital does, in a list of kinds it is no number.
 */
export const CODE_NAME = /(?<![\p{L}\d])(?:\p{Lu}{1,3}\d{1,4}(?:\+\d{1,4})?[A-Z]?|\p{Lu}{2,4} \d{1,5})(?![\p{L}\d]|[.,]\d)/gu;
// "…, với tổng quy mô 62 ha …", "…, nhằm …": a comma, then a clause word no item opens with (LIST_CLOSING_CLAUSE_WORDS).
const CLOSING_CLAUSE = new RegExp(String.raw`,\s*(?:${alt(LIST_CLOSING_CLAUSE_WORDS)})(?![\p{L}])`, 'iu');
// The count's noun and its short description before the colon ("hình thức trợ giúp pháp lý").
const INTRO_WORDS = 7;
const WINDOW = 400;
const FIELD_AND_NAME = wordsRe(FIELD_AND_NAMES, 'giu');
const TAIL_CLAUSE = /[\p{Lu}\d:()"“”…]/u;

// "05 lĩnh vực: đất đai, hộ tịch, xây dựng; tỷ lệ cắt giảm … đạt 18,46%": the pieces after the last ";" that hold a number,
// a capital or a bracket are the sentence going on, no kinds; the list ends before them (kinds parted by ";" stay).
function withoutClauseTail(body: string): string {
  const segments = body.split(';');
  while (segments.length > 1 && TAIL_CLAUSE.test(segments[segments.length - 1])) segments.pop();
  return segments.join(';');
}

// "06 môn: điền kinh, bơi lội, cờ vua, bóng bàn và đá cầu, chọn 42 học sinh …": a "và" closes the list ("A, B và C"); a comma
// piece after it that counts other things (a count of another noun inside it) is the sentence going on with a new action,
// and the list ends before it. The "và" must follow a comma of the list (a first piece "tuyên truyền và vận động" may be one
// kind whose "và" closes nothing), and a piece counting the same noun could be one more kind: neither is cut.
const AND_OR_PIECE = new RegExp(String.raw`\s(?:${alt(AND_OR_WORDS)})\s`, 'u');
function withoutCountingTail(body: string, listFrom: number, otherCounts: readonly number[]): string {
  if (otherCounts.length === 0) return body;
  const commas = [...body.matchAll(/,/gu)].map((m) => m.index);
  for (let j = 1; j < commas.length; j++) {
    const next = j + 1 < commas.length ? commas[j + 1] : body.length;
    if (AND_OR_PIECE.test(body.slice(commas[j - 1] + 1, commas[j])) && otherCounts.some((s) => s > listFrom + commas[j] && s < listFrom + next)) return body.slice(0, commas[j]);
  }
  return body;
}

/**
 * The pieces of a list of kinds after a count of kinds and its colon, at least as many as the kinds named, or null when the
 * count is of no kind noun, its description is long or names other things ("các"), or the text is no plain list of short
 * lower-case phrases running to the sentence's end (no number, capital, bracket, quote or example word in it), or to a comma
 * after its closing "và" that opens a piece counting other things (`otherCounts`: where such counts start in `text`).
 */
export function readKindList(text: string, listFrom: number, unit: string, introWords: string, otherCounts: readonly number[] = []): { items: string[]; end: number } | null {
  if (!KIND_NOUN.test(unit) || PLURAL.test(introWords) || OPEN.test(introWords)) return null;
  if (introWords.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > INTRO_WORDS) return null;
  const window = text.slice(listFrom, listFrom + WINDOW);
  const stop = SENTENCE_END.exec(window);
  if (!stop) return null;
  const sentence = window.slice(0, stop.index);
  // The list ends where a clause its items never open goes on after a comma ("…, với tổng quy mô 62 ha").
  const closing = CLOSING_CLAUSE.exec(sentence);
  const kept = withoutCountingTail(withoutClauseTail(closing ? sentence.slice(0, closing.index) : sentence), listFrom, otherCounts);
  const body = kept.trim();
  // A kind may be a body or a post by its proper name ("đại diện Hội Liên hiệp Phụ nữ xã", "công chức Văn hóa - Xã hội"):
  // a capital inside the list is a name's, and a comma inside a name only cuts one more piece, never fewer. A capital opening
  // the list is no lower-case list of kinds; a number (but a code's), bracket, quote or ellipsis makes it no plain list.
  if (!body || /^\p{Lu}/u.test(body) || /[\d:()"“”…]/u.test(body.replace(CODE_NAME, ' ')) || OPEN.test(body) || LEFT_OVER.test(body)) return null;
  // A field's name joins two words with "và" ("lao động - thương binh và xã hội"): one kind, not two.
  // Such a name counts as one word.
  const joined = body.replace(FIELD_AND_NAME, (m) => m.replace(/\s+/gu, '\u0002')).split(SEPARATOR).map((p) => p.trim());
  const words = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  const pieces = joined.map((p) => p.replace(/\u0002/gu, ' '));
  if (pieces.length < 2 || !joined.every((p, k) => words(p) >= 1 && words(p) <= KIND_WORDS && !CLAUSE_OPENS.test(pieces[k]))) return null;
  return { items: pieces, end: listFrom + kept.length };
}
