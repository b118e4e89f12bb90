/**
 * A pdf table whose row labels ran into their first number: "Khối 6 285 | 220 | 77,19 | … | (empty)" under the header
 * "Khối | Số HS | Tốt | Tỷ lệ (%) | … | Tỷ lệ (%)" — the page set the label and the number too close to be told apart, so
 * every cell after the label sits one column to the left and the last one is empty. Read so, "Tốt" holds the pupils'
 * count and "Tỷ lệ" the next count, and every rule judges the wrong column. The number is split off and the row's cells
 * move back right — only when the table shows the slip plainly: every row whose label holds a number more than a label
 * does ("mixed", or a number touching the label's closing bracket: "Nhà trẻ (0-2 tuổi)2.236") ends empty, every other
 * row fills its last cell, and there is at least one of each.
 * With no space at all ("Tổ 214" in the row numbered 2: "Tổ 2" and 14) the label's own number is the row's STT, so the
 * split falls right after it; read so only when at least two rows ran together that way.
 */
import type { Block, TableCell, TableRow } from '../model/index.js';
import type { NumberGrammar } from './numbers.js';
import { readCell, splitCellAtTail } from './table-cells.js';
import { isTotalRow } from './table-rows.js';
import { splitSpacedRun } from './table-spaced-runs.js';

// A label with letters, then the number it ran into: "Khối 6 285", "Tổ 3 1.204".
// A closing bracket may touch the number: "Đường trục thôn (3,1 km)3.720".
const LABEL_THEN_NUMBER = /^(.*\p{L}.*?)(?:\s+|(?<=\)))(\d[\d.,]*)$/u;
// A label closing on its bracket with the number touching it, "Nhà trẻ (0-2 tuổi)2.236": one figure only when the bracket
// holds no figure of its own (an age or a year range), yet no label writes a number right after its closing bracket.
const BRACKET_THEN_NUMBER = /^.*\p{L}.*\)\d[\d.,]*$/u;
const ranIn = (cell: TableCell) => cell.kind === 'mixed' || (cell.kind !== 'text' && cell.kind !== 'empty' && BRACKET_THEN_NUMBER.test(cell.text));
// A label whose last word is letters touching the number, "Trẻ em bị ảnh hưởng bởi HIV/AIDS02": a word of two letters or
// more then digits, after other words. Labels do end so ("Quốc lộ QL14"), so such a row is slipped only when it also ends
// empty where the others fill their last cell; a code mixing digits and letters ("Lớp 6A1") is never split.
const LETTERS_THEN_NUMBER = /^(.*\p{L}.*[\s/(\-]\p{L}{2,})(\d[\d.,]*)$/u;

/** The rows with the number that ran into each label split off and the cells after it moved back right. */
export function realignRows(rows: TableRow[], labelColumn: number | null, blocks: Map<number, Block>, grammar: NumberGrammar): TableRow[] {
  if (labelColumn === null || rows.length < 2) return rows;
  // The body's own last column: a header a pdf read one cell too wide leaves a column no body row fills.
  const width = Math.max(...rows.map((r) => r.cells.reduce((w, x, k) => (x.kind === 'empty' ? w : k + 1), 0)));
  const last = (r: TableRow) => r.cells[width - 1] ?? r.cells[r.cells.length - 1];
  const glued = rows.filter((r) => !ranIn(r.cells[labelColumn]) && gluedToStt(r, labelColumn) !== null);
  const byStt = glued.length >= 2 && glued.every((r) => last(r).kind === 'empty');
  const touching = (r: TableRow) => r.cells[labelColumn]?.kind === 'text' && last(r).kind === 'empty' && LETTERS_THEN_NUMBER.test(r.cells[labelColumn].text);
  const slipped = rows.filter((r) => ranIn(r.cells[labelColumn]) || (byStt && glued.includes(r)) || touching(r));
  const others = rows.filter((r) => !slipped.includes(r));
  if (slipped.length === 0 || others.length === 0 || labelColumn >= width - 1) return rows;
  const splitOf = (r: TableRow) => (ranIn(r.cells[labelColumn]) ? LABEL_THEN_NUMBER.exec(r.cells[labelColumn].text)?.slice(1, 3)
    : byStt && glued.includes(r) ? gluedToStt(r, labelColumn) : LETTERS_THEN_NUMBER.exec(r.cells[labelColumn].text)?.slice(1, 3));
  const splits = new Map(slipped.map((r) => [r, splitOf(r) ?? null]));
  if (!slipped.every((r) => last(r).kind === 'empty' && r.blocks.length === 1 && splits.get(r))) return rows;
  if (!others.every((r) => last(r).kind !== 'empty')) return rows;
  return rows.map((r) => (slipped.includes(r) ? split(r, labelColumn, splits.get(r)!, blocks.get(r.blocks[0]), grammar) : r));
}

// "Thôn 124" in the row numbered 1: the label "Thôn 1" and the number 24 run together; null when the label's number
// does not begin with the row's STT or nothing is left after it.
function gluedToStt(row: TableRow, c: number): [string, string] | null {
  if (!/^\d{1,2}$/u.test(row.stt)) return null;
  const m = /^(.*\p{L}.*?\s)(\d+)$/u.exec(row.cells[c].text);
  if (!m || m[2].length <= row.stt.length || !m[2].startsWith(row.stt) || m[2][row.stt.length] === undefined) return null;
  return [m[1] + row.stt, m[2].slice(row.stt.length)];
}

/**
 * The numbers a pdf ran together in one cell, read left to right with the grouping every number of the row keeps: dot
 * groups of exactly three digits, by dots or spaces ("64.00061.120" is 64.000 then 61.120), a decimal comma, and a sign that opens the next
 * number ("449,30-1,20", "61.120-4,5"); a space opens the next where a space-grouped number cannot go on ("286 340 1 120"
 * is 286 340 then 1 120). Null unless the whole text reads so as two numbers or more, each after the first
 * either signed or begun after a dot-grouped number (where a group of three closes it).
 */
export function runNumbers(text: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    RUN_NUMBER.lastIndex = at;
    const m = RUN_NUMBER.exec(text);
    // A row holds a few numbers: a longer run is no row slipped together.
    if (m === null || out.length >= MAX_RUN) return null;
    const number = m[0].trimStart();
    const signed = /^[+\-−]/u.test(number);
    if (out.length > 0 && !signed && !/[.\u00A0 ]\d{3}$/u.test(out[out.length - 1])) return null;
    if (out.length === 0 && (signed || number !== m[0])) return null;
    out.push(number);
    at += m[0].length;
  }
  return out.length >= 2 ? out : null;
}
// One space may part two numbers: where a space-grouped number cannot go on ("286 340 1 120": a group of one digit),
// the next begins ("286 340" then "1 120").
const RUN_NUMBER = /[ \u00A0]?[+\-−]?(?:\d{1,3}(?:[.\u00A0 ]\d{3})+|\d+)(?:,\d+)?/uy;
const MAX_RUN = 12;
const NUMERIC = new Set(['count', 'decimal', 'money', 'percent']);

/**
 * Rows of a pdf table where a value ran into the numbers after it ("449,30-1,20 | (empty)" under "Diện tích (ha) |
 * Tăng (+), giảm (-)", "64.00061.120-4,5 | (empty) | (empty)" under "2024 | 2025 | Tăng, giảm %"): the numbers are split
 * and the cells after them move back right. Only when every such row ends with as many empty cells as numbers it gained,
 * every other row fills its last cell, and for each number moved, another row writes a figure in its column (a signed
 * one for a signed number).
 */
export function splitSignedRuns(rows: TableRow[], blocks: Map<number, Block>, grammar: NumberGrammar): TableRow[] {
  if (rows.length < 3) return rows;
  const width = rows[0].cells.length;
  const trailingEmpty = (r: TableRow) => {
    let k = 0;
    while (k < r.cells.length && r.cells[r.cells.length - 1 - k].kind === 'empty') k++;
    return k;
  };
  // The largest amount each column holds in the rows that fill their last cell: no number moved there is larger. A column
  // of decimals (rates, "% so với dự toán") bounds nothing: a part's rate may well exceed its total's.
  const full = rows.filter((r) => r.cells.length === width && trailingEmpty(r) === 0);
  const bounds = Array.from({ length: width }, (_, c) => {
    const values = full.map((r) => r.cells[c]).filter((x) => NUMERIC.has(x.kind) && x.value !== null && runNumbers(x.text.trim()) === null);
    if (values.some((x) => x.kind === 'percent' || x.decimals > 0)) return Infinity;
    return values.length ? Math.max(...values.map((x) => Math.abs(x.value!))) : null;
  });
  const runOf = (r: TableRow): { at: number; numbers: string[] } | null => {
    const at = r.cells.findIndex((x, k) => k < width - 1 && x.kind !== 'empty' && x.kind !== 'text' && runNumbers(x.text.trim()) !== null);
    const numbers = at < 0 ? null : runNumbers(r.cells[at].text.trim())!;
    // "312 450 228 600 241 380 77,3" before three empty cells: cut into as many numbers as cells it should fill.
    // A greedy reading that gives other than that many numbers is read again by the bounds of the columns.
    const need = trailingEmpty(r) + 1;
    // Not a total row: a total is larger than every row by its nature, so the other rows bound nothing of it.
    if (!r.total && r.cells.length === width && need > 1 && (numbers === null || numbers.length !== need)) {
      const from = at < 0 ? 0 : at;
      for (let k = from; k < width - need + 1; k++) {
        const x = r.cells[k];
        // Only a cell no figure of its column could be: read whole, larger than every other row's.
        const whole = Number(x.text.replace(/[ \u00A0]/gu, '').replace(',', '.'));
        if (x.kind === 'empty' || x.kind === 'text' || bounds[k] === null || !(whole > bounds[k]!)) continue;
        const cut = splitSpacedRun(x.text, need, bounds.slice(k, k + need));
        if (cut) return { at: k, numbers: cut };
        if (at >= 0) break;
      }
    }
    return numbers === null ? null : { at, numbers };
  };
  const runs = new Map(rows.map((r) => [r, runOf(r)]));
  const slipped = rows.filter((r) => runs.get(r) !== null);
  if (slipped.length === 0) return rows;
  const fits = (r: TableRow) => {
    const run = runs.get(r)!;
    const extra = run.numbers.length - 1;
    // The empty cells the run left are exactly those after it, at the row's end.
    // Either the run is the row's last filled cell, or the cells after it fill the row once moved right.
    const last = width - trailingEmpty(r) === run.at + 1;
    return r.cells.length === width && r.blocks.length === 1 && trailingEmpty(r) >= extra && run.at + run.numbers.length <= width && (last || trailingEmpty(r) === extra);
  };
  if (!slipped.every(fits)) return rows;
  const others = rows.filter((r) => !slipped.includes(r) && !r.total);
  if (others.length === 0 || !others.every((r) => r.cells[width - 1]?.kind !== 'empty')) return rows;
  return rows.map((r) => {
    const run = runs.get(r);
    if (!run) return r;
    const { at: c, numbers } = run;
    const backed = numbers.every((n, k) => k === 0 || others.some((o) => {
      const cell = o.cells[c + k];
      return cell !== undefined && NUMERIC.has(cell.kind) && (!/^[+\-−]/u.test(n) || /^[+\-−]\d/u.test(cell.text));
    }));
    if (!backed) return r;
    const cell = r.cells[c];
    const block = blocks.get(r.blocks[0]);
    const at = cell.at;
    // Where each number sits in the block's text: in order, from the cell's start.
    let from = at && block ? block.text.indexOf(numbers[0], at.from) : -1;
    const read = numbers.map((n) => {
      if (from >= 0 && block) from = block.text.indexOf(n, from);
      const where = at && block && from >= at.from && from + n.length <= at.to ? { block: at.block, from, to: from + n.length } : null;
      if (from >= 0) from += n.length;
      return readCell(n, where, block?.text, grammar);
    });
    const cells: TableCell[] = [...r.cells.slice(0, c), ...read, ...r.cells.slice(c + 1, width - (numbers.length - 1))];
    return { ...r, cells };
  });
}

function split(row: TableRow, c: number, [label, number]: string[], block: Block | undefined, grammar: NumberGrammar): TableRow {
  const cells = splitCellAtTail(row, c, label, number, -1, block, grammar);
  return { ...row, cells, label: row.label === row.cells[c].text ? cells[c].text : row.label };
}

const open = (t: string) => (t.match(/\(/gu) ?? []).length - (t.match(/\)/gu) ?? []).length;

/**
 * A pdf row label cut at a page or line break whose last words ran into the next row's label: "Khu vực 4 (tổ 10 -"
 * then "12) Cộng | 25.000 | …". The words up to the bracket the row left open go back to it, and the next row is read
 * on its own label ("Cộng": the total row). Only when the row before leaves exactly one bracket open and the next
 * label closes it before any other.
 */
export function closeBrackets(rows: TableRow[], labelColumn: number | null, grammar: NumberGrammar): TableRow[] {
  if (labelColumn === null) return rows;
  const out = rows.slice();
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1];
    const cell = out[k].cells[labelColumn];
    const m = /^([^()]*\))\s+(?=\S)/u.exec(cell.text);
    if (!m || open(prev.cells[labelColumn].text) !== 1) continue;
    const rest = cell.text.slice(m[0].length);
    const at = cell.at ? { ...cell.at, from: Math.min(cell.at.to, cell.at.from + m[0].length) } : null;
    const restCell = readCell(rest, at, undefined, grammar);
    const cells = out[k].cells.map((c, i) => (i === labelColumn ? restCell : c));
    const label = out[k].label === cell.text ? rest : out[k].label;
    const first = cells.find((c) => c.text !== '')?.text ?? '';
    const prevCell = prev.cells[labelColumn];
    const prevText = `${prevCell.text} ${m[1]}`;
    out[k - 1] = {
      ...prev,
      cells: prev.cells.map((c, i) => (i === labelColumn ? { ...c, text: prevText } : c)),
      label: prev.label === prevCell.text ? prevText : prev.label,
    };
    out[k] = { ...out[k], cells, label, total: isTotalRow(out[k].stt, label, first) };
  }
  return out;
}
