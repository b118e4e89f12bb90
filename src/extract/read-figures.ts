import type { FigureKind } from '../model/index.js';
import { findLabel, findUnit } from './labels.js';
import { findNotFigureRanges, RangeCursor } from './not-figures.js';
import { NUMBER_TOKEN, parseNumberToken, readCurrency, readPercent, readScale, type ParsedNumber } from './numbers.js';

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
}

/** A passage-level note: a number the grammar could not read, or read by a guess. */
export interface PassageNote { from: number; to: number; message: string }

const TOKEN = () => new RegExp(NUMBER_TOKEN.source, 'g');
const NUM = String.raw`(\d+(?:[.,]\d+)*)`;
// "/" then a number, with up to three lowercase words before it: "21 máy tính/21 cán bộ".
const FRACTION_TAIL = new RegExp(String.raw`^((?: \p{Ll}+){0,3})\s?/\s?${NUM}`, 'u');
const RANGE_TAIL = new RegExp(String.raw`^\s*[-–—]\s*${NUM}`, 'u');
const FROM_TO_TAIL = new RegExp(String.raw`^\s+(?:đến|tới)\s+${NUM}`, 'iu');
const MONEY_CONTEXT = /(?:kinh phí|ngân sách|chi phí|tổng chi|(?:^|\s)chi\s|vốn|thu nhập|doanh thu|tiền|giá trị|đầu tư|lương|học phí|lệ phí)/iu;
const MONEY_LABEL = /\(\s*((?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|vnđ|vnd)\s*\)$/iu;
const SCALE_OF: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** Every figure of one passage, left to right, with one linear scan. */
export function readPassage(text: string, opts: { atBlockStart: boolean }): { figures: PassageFigure[]; notes: PassageNote[] } {
  const cursor = new RangeCursor(findNotFigureRanges(text, opts));
  const figures: PassageFigure[] = [];
  const notes: PassageNote[] = [];
  const re = TOKEN();
  let floor = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (cursor.overlaps(from, to) || gluedToWord(text, from)) continue;
    const n = parseNumberToken(m[0]);
    if (!n) {
      notes.push({ from, to, message: `Không đọc được số "${m[0]}"` });
      continue;
    }
    if (n.dotDecimal) notes.push({ from, to, message: `Đọc "${m[0]}" là số thập phân (dấu chấm)` });
    const fig = readFigureAt(text, from, to, n, cursor);
    re.lastIndex = fig.to;
    const label = findLabel(text, from, fig.to, floor);
    fig.colonLabel = /:\s*$/.test(text.slice(floor, from));
    fig.label = label;
    applyMoneyLabel(fig);
    figures.push(fig);
    floor = fig.to;
  }
  return { figures, notes };
}

// A number inside a word or code ("Covid-19", "động/100", "i2"), or the tail of an a/b that is not a figure.
function gluedToWord(text: string, from: number): boolean {
  const c = text[from - 1] ?? '';
  if (/\p{L}/u.test(c)) return true;
  return (/[-/.]/.test(c) && /\p{L}/u.test(text[from - 2] ?? '')) || /\/\s?$/.test(text.slice(Math.max(0, from - 2), from));
}

function readFigureAt(text: string, from: number, to: number, n: ParsedNumber, cursor: RangeCursor): PassageFigure {
  const base = blank(from, to, n);
  const rest = text.slice(to, to + 60);
  const frac = FRACTION_TAIL.exec(rest);
  if (frac) {
    const dFrom = to + frac[0].length - frac[2].length;
    const d = parseNumberToken(frac[2]);
    if (d && !cursor.overlaps(dFrom, dFrom + frac[2].length)) {
      return fraction(text, base, n, d, frac[1].trim() || null, dFrom + frac[2].length);
    }
  }
  const range = RANGE_TAIL.exec(rest) ?? (/từ\s+$/iu.test(text.slice(Math.max(0, from - 8), from)) ? FROM_TO_TAIL.exec(rest) : null);
  if (range) {
    const hFrom = to + range[0].length - range[1].length;
    const h = parseNumberToken(range[1]);
    if (h && !cursor.overlaps(hFrom, hFrom + range[1].length) && !/^[.,]?\d|^[/-]\p{L}/u.test(text.slice(to + range[0].length))) {
      const end = to + range[0].length;
      const pct = readPercent(text, end);
      return { ...base, to: pct?.end ?? end, kind: 'range', high: h.value, decimals: Math.max(n.decimals, h.decimals), unit: pct ? '%' : findUnit(text, end)?.unit ?? null };
    }
  }
  const pct = readPercent(text, to);
  if (pct) return { ...base, to: pct.end, kind: 'percent', unit: '%' };
  return amount(text, base, n);
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

// A count, decimal or money amount, with its scale words and currency.
function amount(text: string, base: PassageFigure, n: ParsedNumber): PassageFigure {
  const scale = readScale(text, base.to);
  const afterScale = scale?.end ?? base.to;
  const currency = readCurrency(text, afterScale);
  const value = n.value * (scale?.factor ?? 1);
  const context = MONEY_CONTEXT.test(text.slice(Math.max(0, base.from - 80), base.from));
  if (currency || (scale && context && !findUnit(text, afterScale))) {
    const per = currency ? /\/.*$/u.exec(findUnit(text, afterScale)?.unit ?? '')?.[0] ?? '' : '';
    return { ...base, to: currency?.end ?? afterScale, kind: 'money', value, unit: 'đồng' + per };
  }
  const kind: FigureKind = Number.isInteger(value) ? 'count' : 'decimal';
  return { ...base, to: afterScale, kind, value, unit: findUnit(text, afterScale)?.unit ?? null };
}

// "Tổng chi … (triệu đồng): 15" states its unit in the label.
function applyMoneyLabel(fig: PassageFigure): void {
  if (!fig.colonLabel || !fig.label || fig.unit || (fig.kind !== 'count' && fig.kind !== 'decimal')) return;
  const m = MONEY_LABEL.exec(fig.label);
  if (!m) return;
  fig.kind = 'money';
  fig.value *= SCALE_OF[(m[1] ?? '').trim().toLowerCase()] ?? 1;
  fig.unit = 'đồng';
}

function blank(from: number, to: number, n: ParsedNumber): PassageFigure {
  return {
    from, to, kind: 'count', value: n.value, decimals: n.decimals, numerator: null, denominator: null,
    high: null, percent: null, unit: null, label: null, colonLabel: false,
  };
}
