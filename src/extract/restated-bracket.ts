/**
 * A count alone in a bracket right after a noun phrase of its own head noun restates how many that phrase names: "hỗ trợ
 * quà Tết cho 100% hộ nghèo toàn xã (131 hộ)", "ưu tiên các thôn đặc biệt khó khăn (05 thôn)". The phrase, from the last
 * place its head noun opens it, is the count's name; the words closing it that only say where the things are counted
 * ("toàn xã", "trên địa bàn") are left out, as a whole stated elsewhere ("Toàn xã còn 127 hộ nghèo") carries them before.
 */
import { alt, COUNT_JUDGEMENT_WORDS, COUNT_WORDS, COUNTED_WHERE_WORDS, MEASURE_NOUN_UNITS, UNIT_LEVEL_WORDS } from '../text/lexicon.js';

// The letters and spaces right before the bracket (back to a digit, "%" or a clause mark), then "(" and spaces.
const BEFORE = /([\p{L} ]{2,80}?)\s*\(\s*$/u;
const LETTER_OR_SPACE = /[\p{L} ]/u;
const WHITE = /\s/u;
const SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * BEFORE's group (or null), read in one walk back from the bracket: the regex, lazy and anchored at the end, tried every
 * start against every length (about 3,000 steps a call). Its leftmost start is the furthest back, at most 80 characters
 * before the spaces ahead of "(", from which only letters and spaces run to them; failing that, two spaces among those.
 */
export function beforeBracket(s: string): string | null {
  if (SURROGATE.test(s)) return BEFORE.exec(s)?.[1] ?? null;
  const t = s.trimEnd();
  if (!t.endsWith('(')) return null;
  const paren = t.length - 1;
  let q = paren;
  while (q > 0 && WHITE.test(s[q - 1])) q--;
  let r = q;
  while (r > 0 && LETTER_OR_SPACE.test(s[r - 1])) r--;
  const from = Math.max(r, q - 80);
  if (from <= q - 2) return s.slice(from, q);
  // A run of one letter: the group takes spaces ahead of "(" to reach two characters.
  if (r <= q - 1 && s[q] === ' ' && q + 1 <= paren) return s.slice(q - 1, q + 1);
  for (let i = q; i + 2 <= paren; i++) if (s[i] === ' ' && s[i + 1] === ' ') return s.slice(i, i + 2);
  return null;
}
const WHERE_TAIL = new RegExp(String.raw`\s+(?:${alt(COUNTED_WHERE_WORDS)})(?:\s+(?:${alt(UNIT_LEVEL_WORDS)}))?\s*$`, 'u');
const MAX_WORDS = 6;
// "+ Số người sử dụng trái phép chất ma túy trên địa bàn còn cao (43 người)": a subject opened by a count word ("Số X"),
// judged right before the bracket, is restated whole by the count: the judgement and where it is counted are left out, and
// the noun phrase X may run longer.
const JUDGED_TAIL = new RegExp(String.raw`\s+(?:${alt(COUNT_JUDGEMENT_WORDS)})\s*$`, 'u');
const COUNT_SUBJECT = new RegExp(String.raw`^\s*(?:${alt(COUNT_WORDS)})\s+`, 'u');
const SUBJECT_MAX_WORDS = 10;
// Where the things are counted, and whatever follows it up to the judgement ("trên địa bàn xã").
const WHERE_ON = new RegExp(String.raw`\s+(?:${alt(COUNTED_WHERE_WORDS)})(?:\s.*)?$`, 'u');

/**
 * The name a bracketed count restates (see above), from the lower-cased text and the number's [at, end), and whether the
 * phrase said the things are the unit's own ("toàn xã"); null when none.
 */
export function restatedName(lower: string, at: number, end: number, unit: string | null): { name: string; framed: boolean } | null {
  if (unit === null) return null;
  const own = unit.toLowerCase().trim();
  const rest = lower.slice(end, end + own.length + 8);
  if (!rest.trimStart().startsWith(own) || !/^\s*\)/u.test(rest.trimStart().slice(own.length))) return null;
  const m = beforeBracket(lower.slice(Math.max(0, at - 82), at));
  if (m === null) return null;
  const subject = judgedSubject(lower, at, m, own.split(/\s+/u)[0]);
  if (subject !== null) return subject;
  const phrase = ` ${m.replace(WHERE_TAIL, '').trim()}`;
  const framed = WHERE_TAIL.test(m);
  const head = own.split(/\s+/u)[0];
  const from = phrase.lastIndexOf(` ${head} `) >= 0 ? phrase.lastIndexOf(` ${head} `) : phrase.endsWith(` ${head}`) ? phrase.length - head.length - 1 : -1;
  if (from < 0) return measureRestated(phrase, own, framed);
  const name = phrase.slice(from).trim();
  return name.split(/\s+/u).length <= MAX_WORDS && name !== head ? { name, framed } : null;
}

const MEASURE_MAX_WORDS = 8;
/**
 * "chiếm 3,0% diện tích nuôi tôm thẻ chân trắng (540 ha)": an amount of a measure unit alone in its bracket restates the
 * phrase before it from the last place a noun of that measure opens it (lexicon MEASURE_NOUN_UNITS), named as a bare
 * measure is by its subject ("ha (diện tích nuôi tôm thẻ chân trắng)"); null when no such noun.
 */
function measureRestated(phrase: string, unit: string, framed: boolean): { name: string; framed: boolean } | null {
  let from = -1;
  for (const m of MEASURE_NOUN_UNITS) if (m.units.includes(unit)) from = Math.max(from, phrase.lastIndexOf(` ${m.noun} `));
  if (from < 0) return null;
  const named = phrase.slice(from).trim();
  const words = named.split(/\s+/u).length;
  return words >= 3 && words <= MEASURE_MAX_WORDS ? { name: `${unit} (${named})`, framed } : null;
}

/**
 * "Số chi chuyển nguồn sang năm 2025 còn lớn (69.540 triệu đồng)": an amount of money alone in its bracket after a judged "Số X"
 * subject restates X, as a count does (judgedSubject); money has no head noun to open X, so any X of two words or more.
 * `end` is where the amount's currency ends; null when not so.
 */
export function restatedMoneyName(lower: string, at: number, end: number): { name: string; framed: boolean } | null {
  if (!/^\s*\)/u.test(lower.slice(end, end + 8))) return null;
  const window = lower.slice(Math.max(0, at - 120), at);
  const open = /\s*\(\s*$/u.exec(window);
  if (!open) return null;
  // The clause before the bracket, back to its opening mark: a budget's name may hold its year ("sang năm 2025"), no other number.
  const body = window.slice(0, open.index);
  const clause = body.slice(Math.max(...CLAUSE_MARKS.map((c) => body.lastIndexOf(c))) + 1);
  if (/\d/u.test(clause.replace(YEAR, ' '))) return null;
  return judgedSubject(lower, at, clause, null);
}
const CLAUSE_MARKS = [',', ';', ':', '.', '(', ')', '+', '•', '*', '–', '- '];
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/** The "Số X" subject a judged count restates, X opening with the count's head noun (any, for money); null when not so. */
function judgedSubject(lower: string, at: number, before: string, head: string | null): { name: string; framed: boolean } | null {
  if (!JUDGED_TAIL.test(before)) return null;
  // The subject opens its clause: only a bullet, a clause mark or the paragraph's start before "số".
  const from = at - before.length - (/\s*\(\s*$/u.exec(lower.slice(Math.max(0, at - 8), at))?.[0].length ?? 0);
  const opening = lower.slice(Math.max(0, from - 4), from);
  if (!(from === 0 || /(?:^|[,;:.+\-–•*])\s*$/u.test(opening))) return null;
  const stripped = before.replace(JUDGED_TAIL, '');
  const framed = WHERE_ON.test(stripped);
  const noun = stripped.replace(WHERE_ON, '');
  const lead = COUNT_SUBJECT.exec(noun.trimStart());
  if (!lead) return null;
  const name = noun.trimStart().slice(lead[0].length).trim();
  const words = name.split(/\s+/u);
  return (head === null || words[0] === head) && words.length >= 2 && words.length <= SUBJECT_MAX_WORDS ? { name, framed } : null;
}
