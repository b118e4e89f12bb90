import type { FigureKind } from '../model/index.js';
import { findLabel, findUnit } from './labels.js';
import { findNotFigureRanges, RangeCursor } from './not-figures.js';
import { countedNounAt } from './counted.js';
import { GROUP_SPACE, LONE_SPACE_GROUPED, loneSpaceGroup, NUMBER_TOKEN, parseNumberToken, readCurrency, readDecimalComma, readWholeCount, readPercent, readScale, readShortMoneyScale, readSign, SPACE_GROUPED, type NumberGrammar, type NumberStyle, type ParsedNumber } from './numbers.js';
import { findSpelledRuns, findWordsFirstPairs, isLoneFigure, spelledBeside, spelledDenominator, type SpelledRun } from './read-spelled.js';
import { alt, CURRENCY_WORDS, MEMBER_GROUP_NOUNS, MEMBER_NOUNS, MONEY_CONTEXT_WORDS, RANGE_OPENERS, RANGE_WORDS, SCALE_WORDS, TIMES_SIGNS } from '../text/lexicon.js';

/** A figure found in one passage (a paragraph or a table cell), with offsets into that passage. */
export interface PassageFigure {
  from: number;
  to: number;
  kind: FigureKind;
  value: number;
  decimals: number;
  numerator: number | null;
  denominator: number | null;
  high: number | null;
  percent: number | null;
  unit: string | null;
  label: string | null;
  /** True when the label came from "X: <figure>" rather than from the words around it. */
  colonLabel: boolean;
  /** The same number in words, beside the digits ("07 (bảy)") or alone ("ba mươi hộ"). */
  spelled: { value: number; from: number; to: number } | null;
  /** Read from a number with a doubled mark, the mark said once ("12,,6" as 12,6): the writer's slip, not a value to judge by. */
  slip?: true;
  /** A fraction whose denominator is written as a product ("36.572 ngày/180 giường x 182 ngày"): its factors. */
  factors?: number[];
}

/** How to read a passage: where it sits, and the document's number style. */
export interface PassageOptions {
  atBlockStart: boolean;
  /** A table cell: a leading "-" is a minus sign, never a bullet. */
  inCell?: boolean;
  style?: NumberStyle;
  /** The style is sure; when false, an ambiguous token ("1.125", "12,480") is not read. */
  sure?: boolean;
  /** The document groups thousands with spaces ("2 650"). */
  spaceGroups?: boolean;
  /** The document allows a lone pair grouped by one space to be read whole where it counts something ("2 650 hộ"). */
  loneSpaceGroups?: boolean;
}

/** A passage-level note: a number the grammar could not read, or read by a guess. */
export interface PassageNote { from: number; to: number; message: string }

// A number grouped by no-break spaces ("3 786": ingest keeps them as U+00A0) is one number in any
// document: a typist puts a no-break space between digit groups on purpose.
const NO_BREAK_NUMBER = String.raw`[1-9]\d{0,2}(?:\u00A0\d{3})+(?![\d\u00A0]|[.,]\d)`;
const NO_BREAK_GROUPED = String.raw`(?<![\d.,])${NO_BREAK_NUMBER}`;
const TOKEN_PLAIN = new RegExp(`${NO_BREAK_GROUPED}|${NUMBER_TOKEN.source}`, 'gu');
const TOKEN_SPACED = new RegExp(`${SPACE_GROUPED.source}|${NUMBER_TOKEN.source}`, 'gu');
const TOKEN_LONE = new RegExp(`${NO_BREAK_GROUPED}|${LONE_SPACE_GROUPED}|${NUMBER_TOKEN.source}`, 'gu');
// A fresh copy when the shared one is in use (readPassage re-entered).
const TOKEN = (spaceGroups: boolean, lone: boolean) => {
  const re = spaceGroups ? TOKEN_SPACED : lone ? TOKEN_LONE : TOKEN_PLAIN;
  return re.lastIndex === 0 ? re : new RegExp(re.source, 'gu');
};
const NUM = String.raw`(\d+(?:[.,]\d+)*)`;
// "/" then a number, with up to three lowercase words before it: "21 máy tính/21 cán bộ". Below the line, as above it, a
// number grouped by no-break spaces is one number in any document ("9 842/11 350 công dân").
const FRACTION_TAIL = new RegExp(String.raw`^((?: \p{Ll}+){0,3})\s?/\s?(${NO_BREAK_NUMBER}|\d+(?:[.,]\d+)*)`, 'u');
// The same in a document that groups thousands with spaces: "2 489/2 741 hồ sơ" has "2 741" below the line.
const SPACED_NUM = String.raw`([1-9]\d{0,2}(?:${GROUP_SPACE}\d{3})+(?:,\d+)?(?!\d|[.,]\d)|\d+(?:[.,]\d+)*)`;
const SPACED_FRACTION_TAIL = new RegExp(String.raw`^((?: \p{Ll}+){0,3})\s?/\s?${SPACED_NUM}`, 'u');
const RANGE_TAIL = new RegExp(String.raw`^\s*[-–—]\s*${NUM}`, 'u');
// Words that open a range closed by "đến"/"tới": "từ 5 đến 7 ha", "khoảng 10 tới 15 hộ".
const FROM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(RANGE_OPENERS)})\s+$`, 'iu');
const FROM_TO_TAIL = new RegExp(String.raw`^\s+(?:${alt(RANGE_WORDS)})\s+${NUM}`, 'iu');
const MONEY_CONTEXT = new RegExp(String.raw`(?:${alt(MONEY_CONTEXT_WORDS)}|(?:^|\s)chi\s)`, 'iu');
const MONEY_LABEL = new RegExp(String.raw`\(\s*((?:${alt(SCALE_WORDS)})\s+)?(?:${alt(CURRENCY_WORDS)})\s*\)$`, 'iu');
const SCALE_OF: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

// One doubled decimal or grouping mark in a number ("12,,5", "1..250"), nothing glued before or after.
const DOUBLED_MARK = /(?<![\p{L}\d.,/:-])\d+(?:[.,]\d+)*([.,])\1\d+(?:[.,]\d+)*(?![\d.,/:-]|[.,]\d)/gu;

/**
 * Numbers of a passage with one doubled mark that the not-figure reading set aside whole ("12,,5 km"): each is read with
 * the mark said once ("12,5" → 12.5), the value garbled-number suggests, when that reading parses in the document's style;
 * a number with two doubled marks, or one whose range ran into another, stays unread.
 */
function doubledMarks(text: string, excluded: readonly (readonly [number, number])[], style: NumberStyle, sure: boolean): Array<{ from: number; to: number; n: ParsedNumber }> {
  if (!/\d[.,]{2}\d/u.test(text)) return [];
  const out: Array<{ from: number; to: number; n: ParsedNumber }> = [];
  DOUBLED_MARK.lastIndex = 0;
  for (let m = DOUBLED_MARK.exec(text); m; m = DOUBLED_MARK.exec(text)) {
    const once = m[0].replace(/([.,])\1/u, '$1');
    if (/[.,]{2}/u.test(once)) continue;
    const from = m.index;
    const to = from + m[0].length;
    if (!excluded.some(([a, b]) => a === from && b === to)) continue;
    const n = parseNumberToken(once, style, sure);
    if (n) out.push({ from, to, n });
  }
  return out;
}

/** Every figure of one passage, left to right, with one linear scan. */
export function readPassage(text: string, opts: PassageOptions): { figures: PassageFigure[]; notes: PassageNote[] } {
  const style = opts.style ?? 'vi';
  const sure = opts.sure ?? true;
  const excluded = findNotFigureRanges(text, opts);
  const doubled = opts.inCell ? [] : doubledMarks(text, excluded, style, sure);
  const runs = findSpelledRuns(text);
  // "năm (06) vụ": digits in brackets after the same count in words are the count, no list mark.
  const pairs = runs.length ? findWordsFirstPairs(text, runs) : [];
  const unexcluded = (a: number, b: number) => doubled.some((d) => d.from === a && d.to === b) || pairs.some((p) => p.bracket[0] === a && p.bracket[1] === b);
  const cursor = new RangeCursor(doubled.length || pairs.length ? excluded.filter(([a, b]) => !unexcluded(a, b)) : excluded);
  const figures: PassageFigure[] = [];
  const notes: PassageNote[] = [];
  const re = TOKEN(opts.spaceGroups ?? false, opts.loneSpaceGroups ?? false);
  // pairAt: where the second count of a group/members pair starts ("1.126 hộ/4.317 khẩu"), read though it follows a "/".
  const state = { floor: 0, run: 0, skipUntil: 0, pairAt: -1 };
  const push = (fig: PassageFigure) => {
    fig.colonLabel = /:\s*$/.test(text.slice(state.floor, fig.from));
    fig.label = findLabel(text, fig.from, fig.to, state.floor);
    applyMoneyLabel(fig);
    figures.push(fig);
    state.floor = fig.to;
  };
  const loneUntil = (at: number) => {
    for (; state.run < runs.length && runs[state.run].from < at; state.run++) {
      const run = runs[state.run];
      if (run.from < state.skipUntil || cursor.overlaps(run.from, run.to) || pairs.some((p) => p.run === run) || !isLoneFigure(text, run, runs)) continue;
      const fig = spelledFigure(text, run, runs);
      state.skipUntil = fig.to;
      push(fig);
    }
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let token = m[0];
    if (/\s/u.test(token) && cursor.overlaps(m.index, m.index + token.length)) {
      // A space-grouped reading that runs into a date or a name: read the first group alone.
      token = /^\d+/.exec(token)![0];
    } else if (!opts.spaceGroups && token.includes(' ') && !loneSpaceGroup(token, text, m.index, countedNounAt(text, m.index + token.length) !== null)) {
      // A lone pair that does not count something, or may be a name and a count: its lead alone.
      token = /^\d+/.exec(token)![0];
    }
    const digitsFrom = m.index;
    // "12,,5 km": a number with one doubled mark, read as the mark said once (garbled-number reports the slip from the text).
    const slip = doubled.find((d) => d.from === digitsFrom);
    if (slip) token = text.slice(slip.from, slip.to);
    let to = digitsFrom + token.length;
    re.lastIndex = to;
    loneUntil(digitsFrom);
    if (cursor.overlaps(digitsFrom, to) || (gluedToWord(text, digitsFrom) && digitsFrom !== state.pairAt) || digitsFrom < state.skipUntil) continue;
    // An ambiguous token before whole things is read by what it counts ("4.256 hồ sơ", "12,480 hồ sơ": never 12,48 files),
    // in either style; otherwise, where the style is unsure, it is not read.
    // "15.2 48,6 ha": a group of thousands cut by a stray space is read whole (15.248,6), as garbled-number reports it.
    const mended = slip ? null : splitGroupAt(token, text, to, style);
    if (mended) {
      to = mended.to;
      re.lastIndex = to;
    }
    const n = slip ? slip.n : mended ? parseNumberToken(mended.token, style, sure) : readWholeCount(token, text, to) ?? readDecimalComma(token, text, to, style) ?? parseNumberToken(token, style, sure);
    if (!n) {
      const why = sure ? '' : ' (tài liệu viết số lẫn hai kiểu, không rõ dấu chấm/phẩy ngăn nghìn hay thập phân)';
      notes.push({ from: digitsFrom, to, message: `Không đọc được số "${token}"${why}` });
      continue;
    }
    if (n.dotDecimal) notes.push({ from: digitsFrom, to, message: `Đọc "${token}" là số thập phân (dấu chấm)` });
    const sign = readSign(text, digitsFrom, opts.inCell === true, to);
    const from = sign ? sign.from : digitsFrom;
    if (sign) n.value = -n.value;
    const { pairAt, ...fig } = readFigureAt(text, from, to, n, cursor, { style, sure }, runs, opts.spaceGroups ?? false);
    if (slip) fig.slip = true;
    re.lastIndex = fig.to;
    to = fig.to;
    const wordsFirst = fig.spelled ? undefined : pairs.find((p) => p.digitsFrom === digitsFrom);
    if (wordsFirst) {
      attachSpelled(fig, wordsFirst.run, n.value);
      // The counted noun stands after the bracket: "năm (06) vụ" counts "vụ".
      if (fig.kind === 'count' && fig.unit === null) fig.unit = findUnit(text, wordsFirst.bracket[1])?.unit ?? null;
    }
    const beside = fig.spelled ? null : spelledBeside(text, fig.to, runs) ?? besideAfterUnit(text, fig, runs);
    if (beside && moneyWordsOfAnother(text, fig, beside.run)) {
      const owner = moneyBefore(text, figures, fig);
      if (owner) attachSpelled(owner, beside.run, owner.value);
    } else if (beside) attachSpelled(fig, beside.run, n.value);
    state.skipUntil = Math.max(state.skipUntil, beside?.end ?? 0, fig.spelled?.to ?? 0);
    push(fig);
    if (pairAt !== undefined) {
      // The groups are named by the words of the pair less the members' count: "1.126 hộ/4.317 khẩu sinh sống" → "hộ sinh sống".
      state.pairAt = pairAt;
      // A tally's link is named by its own noun: "475 người/349 vụ việc" → "người".
      fig.label = fig.label?.replace(MEMBER_TAIL, '').replace(TALLY_TAIL, '') ?? null;
    }
  }
  loneUntil(text.length);
  return { figures, notes };
}

// A token ending in a short group ("15.2") and the digits after one space that complete it to three ("48,6"), before a unit:
// the number's whole token ("15.248,6") and where it ends; null otherwise (only where dots group thousands, never a date).
const SHORT_GROUP = /^\d{1,3}(?:\.\d{3})*\.(\d{1,2})$/u;
const GROUP_REST = /^ (\d{1,2})((?:,\d+)?)(?![\d.,/]|\s?%)/u;
function splitGroupAt(token: string, text: string, to: number, style: NumberStyle): { token: string; to: number } | null {
  const head = style === 'vi' ? SHORT_GROUP.exec(token) : null;
  const rest = head ? GROUP_REST.exec(text.slice(to, to + 24)) : null;
  if (!head || !rest || head[1].length + rest[1].length !== 3) return null;
  const end = to + rest[0].length;
  const unit = findUnit(text, end);
  if (!unit || unit.start !== end + 1 || countedNounAt(text, end) === null) return null;
  return { token: `${token}${rest[1]}${rest[2]}`, to: end };
}

// Words after a count's unit: "12 thôn (mười hai thôn)".
function besideAfterUnit(text: string, fig: PassageFigure, runs: SpelledRun[]): { run: SpelledRun; end: number } | null {
  if (fig.kind !== 'count' && fig.kind !== 'decimal') return null;
  const unit = findUnit(text, fig.to);
  return unit && unit.start <= fig.to + 1 ? spelledBeside(text, unit.end, runs) : null;
}

/**
 * "giải ngân 1.150 triệu đồng cho 19 hộ (Bằng chữ: Một tỷ, một trăm năm mươi triệu đồng)": words under "Bằng chữ" that
 * spell an amount of money with its own scale, beside a figure that is no money, are the words of an amount before it,
 * never that count's.
 */
function moneyWordsOfAnother(text: string, fig: PassageFigure, run: SpelledRun): boolean {
  return run.inWords && run.scaled && fig.kind !== 'money' && readCurrency(text, run.to) !== null;
}

// The amount of money the words spell: the last money figure before `fig` with no words of its own, in the same clause.
function moneyBefore(text: string, figures: PassageFigure[], fig: PassageFigure): PassageFigure | null {
  let owner: PassageFigure | undefined;
  for (let k = figures.length - 1; k >= 0 && !owner; k--) if (figures[k].kind === 'money' && figures[k].to <= fig.from) owner = figures[k];
  if (!owner || owner.spelled || fig.from - owner.to > 60 || /[;:()]|\.\s/u.test(text.slice(owner.to, fig.from))) return null;
  return owner;
}

// Words beside digits that leave out the digits' scale ("125 (một trăm hai mươi lăm) triệu đồng") are scaled alike.
function attachSpelled(fig: PassageFigure, run: SpelledRun, digits: number): void {
  const factor = !run.scaled && digits !== 0 && fig.kind !== 'fraction' && fig.kind !== 'percent' ? fig.value / digits : 1;
  fig.spelled = { value: Number.isFinite(factor) && factor > 1 ? run.value * factor : run.value, from: run.from, to: run.to };
}

// A figure written in words alone: a count, decimal, percent, money or fraction ("hai phần ba").
function spelledFigure(text: string, run: SpelledRun, runs: SpelledRun[]): PassageFigure {
  const n: ParsedNumber = { value: run.value, decimals: run.decimals, dotDecimal: false };
  const base = { ...blank(run.from, run.to, n), spelled: { value: run.value, from: run.from, to: run.to } };
  const den = spelledDenominator(text, run, runs);
  if (den) {
    const d: ParsedNumber = { value: den.value, decimals: den.decimals, dotDecimal: false };
    return fraction(text, base, n, d, null, den.to);
  }
  const pct = readPercent(text, run.to);
  if (pct) return { ...base, to: pct.end, kind: 'percent', unit: '%' };
  const currency = readCurrency(text, run.to);
  if (currency) return { ...base, to: currency.end, kind: 'money', unit: 'đồng' };
  return { ...base, kind: Number.isInteger(run.value) ? 'count' : 'decimal', unit: findUnit(text, run.to)?.unit ?? null };
}

// A number inside a word or code ("Covid-19", "động/100", "i2"), or the tail of an a/b that is not a figure.
function gluedToWord(text: string, from: number): boolean {
  const c = text[from - 1] ?? '';
  if (/\p{L}/u.test(c)) return true;
  return (/[-/.]/.test(c) && /\p{L}/u.test(text[from - 2] ?? '')) || /\/\s?$/.test(text.slice(Math.max(0, from - 2), from));
}

function readFigureAt(text: string, from: number, to: number, n: ParsedNumber, cursor: RangeCursor, grammar: NumberGrammar, runs: SpelledRun[], spaceGroups: boolean): PassageFigure & { pairAt?: number } {
  const { style, sure } = grammar;
  const base = blank(from, to, n);
  // "07 (bảy) hộ": the words in brackets, then the unit after them.
  const bracket = /^\s*\(/.test(text.slice(to, to + 3)) ? spelledBeside(text, to, runs) : null;
  if (bracket) {
    const fig = amount(text, base, n, bracket.end);
    attachSpelled(fig, bracket.run, n.value);
    return fig;
  }
  const rest = text.slice(to, to + 60);
  const frac = (spaceGroups ? SPACED_FRACTION_TAIL : FRACTION_TAIL).exec(rest);
  if (frac) {
    const dFrom = to + frac[0].length - frac[2].length;
    const d = parseNumberToken(frac[2], style, sure);
    if (d && !cursor.overlaps(dFrom, dFrom + frac[2].length) && !perBase(text, frac[1].trim(), d, dFrom + frac[2].length)) {
      if (groupOverMembers(text, frac[1].trim(), dFrom + frac[2].length) || inTally(text, from, frac[1].trim(), dFrom + frac[2].length)) return { ...amount(text, base, n, to), unit: frac[1].trim(), pairAt: dFrom };
      const product = productAfter(text, dFrom + frac[2].length, d, grammar);
      return product ? formula(text, base, n, product, frac[1].trim() || null) : fraction(text, base, n, d, frac[1].trim() || null, dFrom + frac[2].length);
    }
  }
  const bracketed = BRACKETED_PRODUCT.exec(rest);
  if (bracketed) {
    const d = parseNumberToken(bracketed[2], style, sure);
    const product = d ? productAfter(text, to + bracketed[0].length, d, grammar) : null;
    // The bracket closes after the last factor and its noun: "/(12 máy × 300 ngày)".
    const close = product ? /^(?: \p{Ll}+){0,3}\s?\)/u.exec(text.slice(product.to)) : null;
    if (product && close) return { ...formula(text, base, n, product, bracketed[1].trim() || null), to: product.to + close[0].length };
  }
  const unitRange = rangeWithUnits(text, from, to, n, grammar);
  if (unitRange) return { ...base, ...unitRange };
  const range = RANGE_TAIL.exec(rest) ?? (FROM_BEFORE.test(text.slice(Math.max(0, from - 10), from)) ? FROM_TO_TAIL.exec(rest) : null);
  if (range) {
    const hFrom = to + range[0].length - range[1].length;
    const h = parseNumberToken(range[1], style, sure);
    if (h && !cursor.overlaps(hFrom, hFrom + range[1].length) && !/^[.,]?\d|^[/-]\p{L}/u.test(text.slice(to + range[0].length))) {
      const end = to + range[0].length;
      const pct = readPercent(text, end);
      return { ...base, to: pct?.end ?? end, kind: 'range', high: h.value, decimals: Math.max(n.decimals, h.decimals), unit: pct ? '%' : findUnit(text, end)?.unit ?? null };
    }
  }
  const pct = readPercent(text, to);
  if (pct) return { ...base, to: pct.end, kind: 'percent', unit: '%' };
  return amount(text, base, n, to);
}

const UNIT_DASH = new RegExp(String.raw`^\s*(?:[-–—]|(?:${alt(RANGE_WORDS)})(?![\p{L}]))\s*${NUM}`, 'iu');

/**
 * A range with its unit on both ends: "3kg-6kg", "50.000đ-100.000đ", "từ 1.000 đồng đến 2.000 đồng".
 * The units must be the same word, so "5 hộ - 10 người" is not a range.
 */
function rangeWithUnits(text: string, from: number, to: number, n: ParsedNumber, { style, sure }: NumberGrammar): Partial<PassageFigure> | null {
  const money1 = readCurrency(text, to);
  const unit1 = money1 ? null : findUnit(text, to);
  const end1 = money1?.end ?? (unit1 && unit1.start <= to + 1 ? unit1.start + unit1.unit.length : null);
  if (end1 === null || (unit1 && unit1.unit.includes('/'))) return null;
  const dash = UNIT_DASH.exec(text.slice(end1, end1 + 40));
  if (!dash || (!/^\s*[-–—]/u.test(dash[0]) && !FROM_BEFORE.test(text.slice(Math.max(0, from - 10), from)))) return null;
  const hEnd = end1 + dash[0].length;
  const h = parseNumberToken(dash[1], style, sure);
  if (!h) return null;
  const money2 = readCurrency(text, hEnd);
  const unit2 = money2 ? null : findUnit(text, hEnd);
  if (money1 && money2) return { to: money2.end, kind: 'range', high: h.value, decimals: Math.max(n.decimals, h.decimals), unit: 'đồng' };
  if (!unit1 || !unit2 || unit2.start > hEnd + 1 || unit2.unit.toLowerCase().split(/[\s/]/)[0] !== unit1.unit.toLowerCase().split(/[\s/]/)[0]) return null;
  return { to: unit2.start + unit1.unit.split(/[\s/]/)[0].length, kind: 'range', high: h.value, decimals: Math.max(n.decimals, h.decimals), unit: unit1.unit };
}

// "113,2 bé trai/100 bé gái", "15,4 trẻ/1.000 dân": a noun before the "/" and another after a round base (100, 1.000, …)
// state a rate per that base, one value, not a part of a whole ("21 máy tính/21 cán bộ").
function perBase(text: string, midUnit: string, d: ParsedNumber, end: number): boolean {
  if (midUnit === '' || !/^10{2,5}$/u.test(String(d.value))) return false;
  const after = findUnit(text, end)?.unit.toLowerCase() ?? null;
  return after !== null && after !== midUnit.toLowerCase() && !after.startsWith(midUnit.toLowerCase() + ' ');
}

const MEMBER_GROUP = new RegExp(String.raw`^(?:${alt(MEMBER_GROUP_NOUNS)})$`, 'iu');
const MEMBER = new RegExp(String.raw`^(?:${alt(MEMBER_NOUNS)})(?![\p{L}])`, 'iu');
const MEMBER_TAIL = new RegExp(String.raw`\s?/\s?\d[\d.,\u00A0 ]*\s(?:${alt(MEMBER_NOUNS)})(?![\p{L}])`, 'iu');
// "1.126 hộ/4.317 khẩu", "12 vụ/25 đối tượng": groups before the "/" and the people in them after the second number are
// two counts of one thing, not a part of a whole; "18 máy tính/20 cán bộ", "87 hộ/100 hộ" stay fractions.
function groupOverMembers(text: string, midUnit: string, end: number): boolean {
  if (!MEMBER_GROUP.test(midUnit)) return false;
  const after = findUnit(text, end);
  return after !== null && after.start <= end + 1 && MEMBER.test(after.unit);
}

// After the next count: its noun (three words at most), "/" and a number; the tally goes on ("475 người/349 vụ việc").
const TALLY_NEXT = /^\s\p{Ll}+(?:\s\p{Ll}+){0,2}\s?\/\s?\d/u;
const TALLY_TAIL = /\s?\/\s?\d[\s\S]*$/u;
// A count and its noun, then "/", right before the number: it is a later link of a tally ("429 lượt/475 …").
const TALLY_BEFORE = /\d[\d.,]*\s\p{Ll}+(?:\s\p{Ll}+){0,2}\s?\/\s?$/u;

/**
 * "tiếp 429 lượt/475 người/349 vụ việc": three counts or more, each with its own noun, joined by "/", tally one event's measures
 * (turns, people, cases), each its own figure; a fraction holds one "/" only. The count is a link of such a tally when its noun
 * stands before the "/" and, after the next count and its noun, another "/" and a number follow, or when a count and its noun
 * and a "/" stand right before it (the tally's earlier link).
 */
function inTally(text: string, from: number, midUnit: string, end: number): boolean {
  if (midUnit === '') return false;
  if (TALLY_BEFORE.test(text.slice(Math.max(0, from - 40), from))) return true;
  return TALLY_NEXT.test(text.slice(end, end + 40));
}

function fraction(text: string, base: PassageFigure, n: ParsedNumber, d: ParsedNumber, midUnit: string | null, end: number): PassageFigure {
  return {
    ...base,
    to: end,
    kind: 'fraction',
    value: d.value === 0 ? 0 : n.value / d.value,
    decimals: Math.max(n.decimals, d.decimals),
    numerator: n.value,
    denominator: d.value,
    unit: midUnit ?? findUnit(text, end)?.unit ?? null,
  };
}

// "… giường x 182 ngày", "… lớp × 2 ca", "… máy * 300 ngày", "… hộ nhân 12 tháng": up to three words naming the factor before
// it, the sign of multiplication, then the next factor.
const TIMES_TAIL = new RegExp(String.raw`^((?: \p{Ll}+){0,3})\s?(?:${alt(TIMES_SIGNS)})\s?(${NO_BREAK_NUMBER}|\d+(?:[.,]\d+)*)(?![\d.,/]|\s?%)`, 'u');
// "36.572 ngày/(180 giường x 182 ngày)": "/" then a bracket opening the product, its first factor and up to three words.
const BRACKETED_PRODUCT = new RegExp(String.raw`^((?: \p{Ll}+){0,3})\s?/\s?\(\s?(${NO_BREAK_NUMBER}|\d+(?:[.,]\d+)*)(?=(?: \p{Ll}+){0,3}\s?(?:${alt(TIMES_SIGNS)})\s?\d)`, 'u');

/**
 * "36.572 ngày/180 giường x 182 ngày" (bed-days over beds times days): a fraction whose denominator the writer multiplies on is
 * a formula, a/(b·c), the way reports write a load against a capacity (beds × days, classes × shifts, machines × days); it is
 * not the fraction a/b. The factors and where the last ends; null when no factor follows, or when it is a power of ten
 * ("48/1.500 x 100%", "x 1.000"), which only turns the fraction into a percent or a rate per mille.
 */
function productAfter(text: string, end: number, d: ParsedNumber, { style, sure }: NumberGrammar): { factors: number[]; to: number } | null {
  const factors = [d.value];
  let to = end;
  for (let m = TIMES_TAIL.exec(text.slice(to, to + 60)); m; m = TIMES_TAIL.exec(text.slice(to, to + 60))) {
    const c = parseNumberToken(m[2], style, sure);
    if (!c || /^10{2,}$/u.test(String(c.value))) break;
    factors.push(c.value);
    to += m[0].length;
  }
  return factors.length < 2 ? null : { factors, to };
}

// A fraction over a product of factors: its denominator is their product.
function formula(text: string, base: PassageFigure, n: ParsedNumber, product: { factors: number[]; to: number }, midUnit: string | null): PassageFigure {
  const den = product.factors.reduce((a, b) => a * b, 1);
  return { ...fraction(text, base, n, { value: den, decimals: 0, dotDecimal: false }, midUnit, product.to), factors: product.factors };
}

// A count, decimal or money amount, with its scale words and currency.
function amount(text: string, base: PassageFigure, n: ParsedNumber, unitFrom: number): PassageFigure {
  const scale = readScale(text, unitFrom) ?? readShortMoneyScale(text, unitFrom);
  const afterScale = scale?.end ?? unitFrom;
  const currency = readCurrency(text, afterScale);
  const value = n.value * (scale?.factor ?? 1);
  const context = MONEY_CONTEXT.test(text.slice(Math.max(0, base.from - 80), base.from));
  if (currency || (scale && context && !findUnit(text, afterScale))) {
    const per = currency ? /\/.*$/u.exec(findUnit(text, afterScale)?.unit ?? '')?.[0] ?? '' : '';
    return { ...base, to: currency?.end ?? (scale ? afterScale : base.to), kind: 'money', value, unit: 'đồng' + per };
  }
  const kind: FigureKind = Number.isInteger(value) ? 'count' : 'decimal';
  return { ...base, to: scale ? afterScale : base.to, kind, value, unit: findUnit(text, afterScale)?.unit ?? null };
}

// "Tổng chi … (triệu đồng): 15" states its unit in the label.
function applyMoneyLabel(fig: PassageFigure): void {
  if (!fig.colonLabel || !fig.label || fig.unit || (fig.kind !== 'count' && fig.kind !== 'decimal')) return;
  const m = MONEY_LABEL.exec(fig.label);
  if (!m) return;
  fig.kind = 'money';
  const factor = SCALE_OF[(m[1] ?? '').trim().toLowerCase()] ?? 1;
  if (fig.spelled && fig.spelled.value === fig.value) fig.spelled.value *= factor;
  fig.value *= factor;
  fig.unit = 'đồng';
}

function blank(from: number, to: number, n: ParsedNumber): PassageFigure {
  return {
    from, to, kind: 'count', value: n.value, decimals: n.decimals, numerator: null, denominator: null,
    high: null, percent: null, unit: null, label: null, colonLabel: false, spelled: null,
  };
}
