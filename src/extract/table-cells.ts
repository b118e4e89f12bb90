/**
 * Reading one table cell: its markup removed, then its figures read with the
 * same grammar as running text (read-figures.ts), so "4.256/5.768=73,7%",
 * "85%", "02" and "Phấn đấu 100%" mean here what they mean in a sentence.
 */
import type { Block, BlockRange, CellKind, TableCell, TableRow } from '../model/index.js';
import { pairPercents } from './figures.js';
import { SPACE_GROUPED, VIETNAMESE, type NumberGrammar } from './numbers.js';
import { readPassage } from './read-figures.js';
import { memoMap, remembered } from '../text/memo.js';

// A cell holding one space-grouped number ("2 650", "12 345 000 đồng", "1 205,5%"): grouping whatever the document does elsewhere.
const ONE_SPACE_GROUPED = new RegExp(String.raw`^-?${SPACE_GROUPED.source}\s*(?:%|\p{L}[\p{L}\s]*)?$`, 'u');

/**
 * A cell of one bracketed number and nothing else, "(33)", "(12,5)", "(1.240)", "(3,3%)", "(3,3)%": in accounting style a
 * decrease, but elsewhere a sub-count or an earlier value set apart. Its sign comes from where it sits (see
 * bracketSigns in tables.ts): 'negative' in a change or difference column or under a note saying so; else 'unread', never
 * a positive figure that a sum or a formula would take at face value.
 */
const BRACKETED = /^\(\s*(\d[\d.,\s]*?\s*%?)\s*\)\s*(%?)$/u;
export type BracketSign = 'negative' | 'unread';

// Marks that say "nothing here": "_", "-", "x" (not applicable), "…".
const EMPTY = /^(?:[-–—_.…x×/]*|không có)$/iu;

/** A cell's text without the markup ingesters may leave: italics, inline math, escaped "%". */
export function cleanCellText(raw: string): string {
  let t = raw.replace(/<\/?(?:i|b|em|strong|u)>/giu, '').replace(/\\%/g, '%').replace(/\$/g, '').replace(/\\_/g, '_');
  t = t.replace(/\s+/g, ' ').trim();
  // A pdf wraps a formula cell mid-number ("4.256/5. 768=73," + "7%"): inside a formula, spaces are line breaks.
  if (/^[\d\s.,/=%]+$/u.test(t) && /[/=]/.test(t)) t = t.replace(/(?<=[\d.,/=])\s+(?=[\d.,/=%])/gu, '');
  return t;
}

/** Parse a cell's text; `at` is where the cell sits in its block (null for a cell the row lacks). */
export function readCell(raw: string, at: BlockRange | null, blockText?: string, grammar: NumberGrammar = VIETNAMESE, brackets: BracketSign = 'unread'): TableCell {
  const r = cellReading(raw, grammar, brackets);
  const base: TableCell = {
    text: r.text, kind: 'empty', value: null, decimals: 0, numerator: null, denominator: null,
    percent: null, percentDecimals: null, pure: false, at,
  };
  if (r.kind === 'empty') return base;
  if (r.figure === null) return { ...base, kind: r.kind };
  return {
    ...base,
    kind: r.kind, value: r.value, decimals: r.decimals, numerator: r.numerator, denominator: r.denominator,
    percent: r.percent, percentDecimals: r.percentDecimals, pure: r.pure,
    at: locate(at, blockText, r.figure),
  };
}

/**
 * A row's cell `c` cut in two where a pdf ran two cells together: `head` (the label) and `tail` (the number or unit at
 * the cell's end), each read at its own place in the block (the last `tail` inside the cell's range); the cells after
 * them move right, the row's cells cut at `end` (the empty last cell the slip left).
 */
export function splitCellAtTail(row: TableRow, c: number, head: string, tail: string, end: number, block: Block | undefined, grammar: NumberGrammar): TableCell[] {
  const at = row.cells[c].at;
  const from = at && block ? block.text.lastIndexOf(tail, at.to) : -1;
  const tailAt = at && from >= at.from ? { block: at.block, from, to: from + tail.length } : null;
  const headAt = at && tailAt ? { block: at.block, from: at.from, to: tailAt.from } : at;
  return [
    ...row.cells.slice(0, c),
    readCell(head, headAt, block?.text, grammar),
    readCell(tail, tailAt, block?.text, grammar),
    ...row.cells.slice(c + 1, end),
  ];
}

/** What a cell's text reads as wherever the cell sits; `figure`: the characters of its one figure, null for none. */
interface CellReading {
  text: string; kind: CellKind; value: number | null; decimals: number; numerator: number | null; denominator: number | null;
  percent: number | null; percentDecimals: number | null; pure: boolean; figure: string | null;
}

/**
 * Readings of short cells, kept across documents (see memo.ts): tables repeat the same cells ("100%", "02", "x", "-",
 * "Tăng 5,2%") in report after report, and each was read through the whole figure grammar. Keyed by what the reading
 * depends on: the raw text and the number grammar (where the cell sits only narrows its range, in readCell).
 */
const CELL_READINGS = memoMap<string, CellReading>();
const SHORT_CELL = 100;

function cellReading(raw: string, grammar: NumberGrammar, brackets: BracketSign): CellReading {
  if (raw.length > SHORT_CELL) return readCellText(raw, grammar, brackets);
  const key = `${grammar.style}${grammar.sure ? 1 : 0}${brackets === 'negative' ? 'n' : ''}|${raw}`;
  return remembered(CELL_READINGS, key, () => readCellText(raw, grammar, brackets));
}

function readCellText(raw: string, grammar: NumberGrammar, brackets: BracketSign): CellReading {
  const { style, sure } = grammar;
  const text = cleanCellText(raw);
  const none: CellReading = {
    text, kind: 'empty', value: null, decimals: 0, numerator: null, denominator: null,
    percent: null, percentDecimals: null, pure: false, figure: null,
  };
  if (EMPTY.test(text)) return none;
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    if (brackets === 'unread') return { ...none, kind: 'text' };
    // The number inside read as a cell of its own ("33", "3,3%"), then made negative: a decrease of that much.
    const inner = readCellText(bracketed[1] + bracketed[2], grammar, 'unread');
    if (!inner.pure || inner.value === null || !['count', 'decimal', 'percent', 'money'].includes(inner.kind)) return { ...none, kind: 'text' };
    return { ...inner, text, value: -inner.value, figure: text };
  }
  // A cell of one space-grouped number is that number in either style, as the prose's lone "2 650 hộ" (figures.ts).
  const { figures } = readPassage(text, { atBlockStart: true, inCell: true, style, sure, spaceGroups: ONE_SPACE_GROUPED.test(text) });
  pairPercents(text, figures);
  // A fraction's own percent belongs to the fraction ("875/875 = 100%"), not a second figure.
  const own = figures.filter((f, i) => !(i > 0 && f.kind === 'percent' && figures[i - 1].kind === 'fraction' && figures[i - 1].percent === f.value));
  if (own.length === 0) return { ...none, kind: 'text' };
  if (own.length > 1) return { ...none, kind: 'mixed' };
  const f = own[0];
  const k = figures.indexOf(f);
  const paired = f.kind === 'fraction' && f.percent !== null ? figures[k + 1] : undefined;
  const end = paired ? paired.to : f.to;
  // A sign before the figure is part of it ("-12,5", "+3").
  const residue = (text.slice(0, f.from).replace(/^[-−–+]\s?$/u, '') + ' ' + text.slice(end)).replace(/[\s.,;:=()%]/gu, '');
  const unitOnly = f.unit !== null && residue.replace(/\s/g, '') === f.unit.replace(/[\s%]/g, '');
  return {
    text,
    kind: f.kind === 'range' ? 'mixed' : (f.kind as CellKind),
    value: f.kind === 'range' ? null : negative(text, f.from, f.value),
    decimals: f.decimals,
    numerator: f.numerator,
    denominator: f.denominator,
    percent: f.percent,
    percentDecimals: paired ? paired.decimals : null,
    pure: residue === '' || unitOnly,
    figure: text.slice(f.from, end),
  };
}

// A minus written before a cell's figure ("-12,5", "−3") when the figure reader kept only the amount.
function negative(text: string, from: number, value: number | null): number | null {
  return value !== null && value > 0 && /^[-−–]\s?$/u.test(text.slice(0, from)) ? -value : value;
}

// Narrow a cell's range to its figure's characters when they are written as read.
function locate(at: BlockRange | null, blockText: string | undefined, raw: string): BlockRange | null {
  if (!at || blockText === undefined) return at;
  const i = blockText.slice(at.from, at.to).indexOf(raw);
  return i < 0 ? at : { block: at.block, from: at.from + i, to: at.from + i + raw.length };
}

/** True for a cell holding a number (not words, not empty). */
export function isNumeric(cell: TableCell): boolean {
  return cell.kind !== 'empty' && cell.kind !== 'text' && cell.kind !== 'mixed';
}
