/**
 * The OCR confidence of each figure: the lowest confidence of the words its characters came from
 * (a number is as sure as its least sure part). Figures of typed text have none.
 */
import type { Figure, Source } from '../model/index.js';

/** Set `ocrConfidence` on every figure read from an OCR'd block. */
export function attachFigureConfidence(figures: Figure[], source: Source): void {
  if (!source.ocrPages?.length) return;
  for (const f of figures) {
    const words = source.blocks[f.block]?.ocr?.words;
    if (!words) continue;
    let low = Infinity;
    for (const w of words) if (w.start < f.span.end && w.end > f.span.start && w.conf < low) low = w.conf;
    // A figure whose words could not be placed (the block builder rewrote them) takes its block's confidence.
    f.ocrConfidence = low !== Infinity ? low : source.blocks[f.block].ocr!.confidence;
  }
}

// ——— unsure words ———
// Unsure: a word that holds a digit, or is a numbering marker ("II.", "b)"), read with confidence under `UNSURE_BELOW`,
// or a digit run with a letter OCR often confuses with a digit inside it ("1O5", "l5", "S0"), a one-letter marker OCR
// confuses with "I." or "1." ("l.", "|"), or a word whose second
// reading (cut out of the page and read again, ingest/ocr-reread.ts) gave other digits.

/** Tesseract confidence (0–100) under which a digit or marker may be misread. */
export const UNSURE_BELOW = 85;

const MARKER = /^(?:[IVXLC]{1,6}|[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.),_:-]*$/u;
// O and o with any tone mark ("1ó" for a misread "53"), l, I, S, B.
const CONFUSABLE = /\d[OolISBóòỏõọôốồổỗộơớờởỡợÓÒÔƠ]|[OolISBóòỏõọôốồổỗộơớờởỡợÓÒÔƠ]\d/u;

// A one-letter numbering marker OCR reads for a Roman "I." or "1." however sure it is ("l.", "L.", "|)", "O."): the numbering it
// opens rests on a shape, not on the letter.
const CONFUSABLE_MARKER = /^[lL|Oo][.),:]?$/u;

export interface Unsure { start: number; end: number; text: string; conf: number; alt?: string }

/** The unsure words of a source's OCR'd blocks, in text order. */
export function unsureWords(source: Source): Unsure[] {
  const out: Unsure[] = [];
  for (const b of source.blocks) {
    for (const w of b.ocr?.words ?? []) {
      const text = source.text.slice(w.start, w.end);
      const digitish = /\d/.test(text) || MARKER.test(text);
      if ((digitish && w.conf < UNSURE_BELOW) || CONFUSABLE.test(text) || CONFUSABLE_MARKER.test(text) || w.alt !== undefined) out.push({ ...w, text });
    }
  }
  return out;
}

// ——— lines that may hold a numbering marker OCR lost ———

/**
 * A word shaped like a Roman marker however it was read: I, V, X, L, C or what Tesseract reads for
 * an I (l, |), with whatever it made of the stop or bracket ("I", "II).", "I_", "Il,"), or strokes
 * with the bracket read as a D ("ID" for "II)"). No Vietnamese sentence opens with such a word.
 */
const ROMANISH = /^(?:[IVXLCl|]{1,5}[.)_:,;]{0,3}|[Il|]{1,3}D)$/u;
/**
 * For a Roman marker with a sub-number ("II.3"): the same read broken, its stop lost or a stroke read as another letter
 * ("II2", "HI.1", "Il.2"); one read whole ("III.2") is a heading read, not a lost one.
 */
const ROMANISH_COMPOUND = /^(?![IVXLC]+\.\d{1,2}[.)]?$)[IVXLCHl|]{1,5}\.?\d{1,2}[.)]?$/u;

/** A bracketed marker whose inside Tesseract lost ("()", "()_", "(.)"): no sentence opens with one. */
const EMPTY_BRACKETS = /^\([^\p{L}\p{N})]{0,2}\)[._:]*$/u;

/**
 * The first OCR'd paragraph between blocks `from` and `to` (both left out) that opens with a word
 * that may be a numbering marker read wrong, of the style of `found` (the number a heading-numbering
 * finding says comes too late): for a Roman number, a Roman-shaped word however sure; else a marker
 * read with confidence under `UNSURE_BELOW`, or a one-letter marker OCR confuses. A heading missed
 * there would have been the number the finding says is missing: the finding rests on that reading.
 */
export function hiddenMarker(source: Source, from: number, to: number, found: string): { block: number; text: string; conf: number } | null {
  const roman = /^[IVXLC]+\b/u.test(found);
  const compound = /^[IVXLC]+\.\d/u.test(found);
  for (let b = Math.max(0, from + 1); b < Math.min(to, source.blocks.length); b++) {
    const block = source.blocks[b];
    const w = block.kind === 'paragraph' ? block.ocr?.words[0] : undefined;
    if (!w) continue;
    const text = source.text.slice(w.start, w.end);
    // Brackets with nothing read inside carry no letter or digit, so they are no placed word: the block's own first token.
    const lead = /^\S*/u.exec(source.text.slice(block.span.start, block.span.end))![0];
    if (found.startsWith('(') && EMPTY_BRACKETS.test(lead)) return { block: b, text: lead, conf: w.conf };
    const marker = roman ? (compound ? ROMANISH_COMPOUND : ROMANISH).test(text) : (MARKER.test(text) && w.conf < UNSURE_BELOW) || CONFUSABLE_MARKER.test(text);
    if (marker) return { block: b, text, conf: w.conf };
  }
  return null;
}

// ——— tables with cells OCR could not read as numbers ———

/**
 * A cell with a word that mixes digits with what no number, unit or code is written with ("1Ó",
 * "#4", "À0"): a number OCR garbled. A unit or code glued to a number is not ("5ha", "km2", "A1",
 * "2b"), nor a code of pieces ("08-NQ/TU"), nor words without digits ("Tổ 2", "12,6 km"), nor, in a
 * name of two words or more, a code of capitals, a stop or hyphen and a number ("Đường ĐH.12", "Quốc lộ QL.1A"), or a list
 * marker glued to the name's first word ("3.Thubổ sung từ ngân sách").
 */
export function garbledCell(cell: string): boolean {
  const words = cell.split(/\s+/u);
  const name = words.filter((w) => /^\p{L}+$/u.test(w)).length >= 2;
  return words.some((w, i) =>
    /\d/u.test(w) && /[^\d.,%+\-–/()]/u.test(w) &&
    // A label's list marker run into its first word ("3.Thubổ sung từ …", "2)Chi đầu tư"): a name goes on after it.
    !(name && i === 0 && /^\d{1,2}[.)]\p{L}{2,}[.,;:]?$/u.test(w)) &&
    !(name && /^\p{Lu}{1,3}[.\-–]\d{1,4}\p{Lu}?[.,;:)]?$/u.test(w)) &&
    !/^[(]?[\d.,]+(?:[a-z]{1,3}\d?|%)[)]?[.,;:]?$|^[A-Z]{1,2}\d{1,3}$|^\d{1,2}[a-z]$|^[a-z]{1,3}\d$/u.test(w) &&
    // A code of pieces, each all digits or all letters ("I/2024", "08-NQ/TU", "02/KH-UBND").
    !/^(?:\d+|\p{L}+)(?:[/\-–](?:\d+|\p{L}+))+[.,;:)]?$/u.test(w));
}

/**
 * The tables of OCR'd pages that hold a garbled number: their sums and shares rest on every row, so
 * an error judged on rows of them rests on a misreading as much as on the report. Each table gives its first garbled
 * cell and the rows (`Block.row`) a misreading touches: the garbled cell's, and for a row whose own name was lost (its
 * numbers joined to the row above) that row and the one above. A check of one row's own cells rests on that row only.
 */
export function garbledTables(source: Source): Map<number, { cell: string; rows: Set<number> }> {
  const out = new Map<number, { cell: string; rows: Set<number> }>();
  const ocr = new Set(source.ocrPages ?? []);
  const rows = new Map<number, Array<{ cells: string[]; row: number }>>();
  const mark = (table: number, cell: string, touched: number[]) => {
    const had = out.get(table);
    if (had) for (const r of touched) had.rows.add(r);
    else out.set(table, { cell, rows: new Set(touched) });
  };
  for (const b of source.blocks) {
    if (b.kind !== 'row' || b.table === undefined || b.span.page === null || !ocr.has(b.span.page) || !b.cells) continue;
    const list = rows.get(b.table);
    const row = { cells: b.cells, row: b.row ?? -1 };
    if (list) list.push(row);
    else rows.set(b.table, [row]);
    const bad = b.cells.find(garbledCell);
    if (bad !== undefined) mark(b.table, bad.trim(), [row.row]);
  }
  for (const [table, list] of rows) {
    const bad = misreadRowInColumn(list.map((r) => r.cells));
    if (bad !== null) mark(table, bad.text, bad.rows.map((k) => list[k].row));
  }
  return out;
}

// ——— cells that break their column ———

/** A cell that is one number as typed in tables ("1.136", "0,26", "65,6%", "(12)"). */
const NUMBER_CELL = /^[(]?[-–+]?\d[\d.,]*%?[)]?$/u;
/** A number whose thousands are grouped by spaces, as many reports type them ("23 700", "1 250,5"). */
const SPACED_NUMBER = /^[-–+]?\d{1,3}(?: \d{3})+(?:,\d+)?$/u;
/** Words and then an amount, maybe grouped by spaces ("vốn 23 700", "ngân 9578", "(%) 40,41"). */
const HEADER_THEN_AMOUNT = /\p{L}[^\d]*\s[-+]?\d{1,3}(?:[.,\s]\d{3})*(?:,\d+)?%?$|\p{L}[^\d]*\s[-+]?\d+(?:[.,]\d+)?%?$/u;
/** A Roman number as a table's group rows carry it ("I", "II.", "IV)"). */
const ROMAN_CELL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})[.)]?$/u;
/** A cell that says "nothing here" or "not applicable" ("-", "—", "x", "…"; a dash OCR read as "¬"). */
const NOTHING_CELL = /^(?:[-–—_.…x×X*¬]+|không|kh)$/u;

/**
 * On a scanned table's body rows (rows with a number, years aside), the first cell that breaks its
 * column: in a column whose body cells are mostly numbers, a short word or mark without a digit, or two ("lộ"
 * read for "35", "vài" for "71", "s)," or "“", "LỆ} AÀ)" for "107,50"), a number Tesseract read as letters; or a row whose label goes on in
 * lower case (the tail of a wrapped name) while it holds numbers where the row above holds numbers
 * too: its own name was lost, and the table reader joins its numbers to the row above; or, under a
 * column of numbers, a cell of a header's words ending in an amount (a body row read into the header
 * line above it). Null when every cell keeps to its column.
 */
export function misreadInColumn(rows: string[][]): string | null {
  return misreadRowInColumn(rows)?.text ?? null;
}

/** `misreadInColumn`'s cell, with the rows (indexes into `rows`) the misreading touches. */
function misreadRowInColumn(rows: string[][]): { text: string; rows: number[] } | null {
  const texts = rows.map((r) => r.map((c) => c.trim()));
  const isNumber = (t: string) => NUMBER_CELL.test(t) || SPACED_NUMBER.test(t);
  // Rows with a number other than a year (a header names its columns by years, "Năm 2023 | 2024").
  const body = texts.filter((r) => r.some((t) => isNumber(t) && !/^(?:19|20)\d\d$/u.test(t)));
  if (body.length < 2) return null;
  const width = Math.max(...body.map((r) => r.length));
  const numeric: boolean[] = [];
  for (let c = 0; c < width; c++) {
    const n = body.filter((r) => isNumber(r[c] ?? '')).length;
    numeric.push(n >= 2 && n * 2 >= body.length);
  }
  const numbering = numeric.map((n, c) => n && countsRows(body.map((r) => r[c] ?? '')));
  for (const r of body) {
    // A group row's Roman number opening the row ("I", "II." over rows 1, 2, 3) is the column's own; a row number read
    // as letters ("Bì" for 5) is no amount: no sum or share of the table rests on it.
    const bad = r.find((t, c) => numeric[c] && !numbering[c] && t !== '' && !/\d/u.test(t) && !NOTHING_CELL.test(t) && t.split(/\s+/u).length <= 2 &&
      !(c === 0 && ROMAN_CELL.test(t)) &&
      t.split(/\s+/u).every((w) => w.length <= 6 && (w.match(/\p{L}/gu)?.length ?? 0) <= 3));
    if (bad !== undefined) return { text: bad, rows: [texts.indexOf(r)] };
  }
  // A header line and a body row read as one row: under numbers, cells that are a header's words and then an amount
  // ("vốn 23 700", "Tỷ lệ (%) 40,41"; a year ends a header's cell, "Năm 2024"). The row's amounts are lost to the header.
  for (const [k, r] of texts.entries()) {
    const merged = r.find((t, c) => numeric[c] && /^\p{L}/u.test(t) && HEADER_THEN_AMOUNT.test(t) && !/(?:^|\s)(?:19|20)\d\d$/u.test(t));
    if (merged !== undefined) return { text: merged, rows: [k] };
  }
  for (let i = 1; i < texts.length; i++) {
    const [above, here] = [texts[i - 1], texts[i]];
    const label = here.find((t) => /\p{L}/u.test(t)) ?? '';
    if (!/^\p{Ll}/u.test(label) || here.filter(isNumber).length < 2) continue;
    if (here.some((t, c) => numeric[c] && isNumber(t) && isNumber(above[c] ?? ''))) return { text: label, rows: [i - 1, i] };
  }
  return null;
}

/**
 * Whether a column's filled cells number the rows: each number is the first one plus how many filled cells came
 * between ("1, 2, 3, 4, Bì" with 5 read as letters; a total row leaves its cell empty), two numbers at least.
 */
function countsRows(cells: string[]): boolean {
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  const numbers = filled.flatMap((t, k) => (/^\d{1,3}\.?$/u.test(t) ? [{ k, n: parseInt(t, 10) }] : []));
  if (numbers.length < 2) return false;
  return numbers.every(({ k, n }) => n === numbers[0].n + k - numbers[0].k);
}

// ——— passages where the scan may have lost an item ———

/**
 * Tesseract confidence (0–100) of a line under which the scan may have lost words of it, or a line beside it: the stamps,
 * signatures and specks it reads that poorly are where it also drops text (a typed line reads 85 or more; a table row
 * with a garbled cell 65–80).
 */
export const LOST_BELOW = 60;

/** How many blocks apart a finding's places may lie for the lines between to be read as its passage. */
const NEAR_BLOCKS = 12;

/** The Vietnamese order of list letters (no f, j, w, z; "đ" after "d") and the Latin one: a list follows either. */
const LETTERS = ['abcdđeghiklmnopqrstuvxy', 'abcdefghijklmnopqrstuvwxyz'];
/** A marker inside a line: "(3)", "3)", "(c)", "c)" opening the line or after a space or a stop ("…; (3) …"). */
const INLINE_MARKER = /(?<=^|[\s;,:.])(\()?(\d{1,2}|[a-zđ])\)(?=\s)/gu;
/** A marker opening a line: "3.", "3/", "c." (not "3.2", a decimal or a compound number). */
const LINE_MARKER = /^(\d{1,2}|[a-zđ])[./](?=\s)/u;

/**
 * The first marker missing from a run of list markers read in order ("(1)", "(2)", "(4)": "(3)"; "a)", "b)", "d)":
 * "c)"), or null when every run counts on by one. A run starts at 1 or a and goes up; a marker not above the one
 * before starts another (a nested list, another sentence's list). Markers of each style ("(n)", "n)", "n.") count
 * apart; letters count on by the Vietnamese order or the Latin one, so only a step neither order makes is a skip.
 */
export function skippedMarker(markers: Array<{ style: string; key: string }>): string | null {
  const byStyle = new Map<string, string[]>();
  for (const m of markers) {
    // Numbers and letters of one shape are two lists ("(1) … (a) (b) … (2)": a list nested in another).
    const style = `${m.style}${/^\d/u.test(m.key) ? '#' : 'a'}`;
    byStyle.set(style, [...(byStyle.get(style) ?? []), m.key]);
  }
  for (const [style, keys] of byStyle) {
    const orders: Array<string | null> = style.endsWith('#') ? [null] : LETTERS;
    let missing: string | null = null;
    for (const order of orders) {
      const here = skipIn(keys.map((k) => (order === null ? Number(k) : order.indexOf(k) + 1)));
      // A step one order makes ("d) đ)", "e) g)") is no skip.
      if (here === null) { missing = null; break; }
      missing ??= order === null ? String(here) : order[here - 1];
    }
    if (missing !== null) return style.slice(0, -1).replace('n', missing);
  }
  return null;
}

/** The first rank missing from a run of ranks (1-based) that starts at 1 and counts on by one, or null. */
function skipIn(ranks: number[]): number | null {
  let prev = 0;
  for (const r of ranks) {
    if (r === 1) prev = 1;
    else if (prev > 0 && r === prev + 1) prev = r;
    // One or two items lost between: the markers on either side still read in order.
    else if (prev > 0 && r > prev + 1 && r <= prev + 3) return prev + 1;
    else prev = 0;
  }
  return null;
}

/** The list markers of a text, in order, by style ("(n)", "n)", "n."). */
function markersOf(text: string): Array<{ style: string; key: string }> {
  const out: Array<{ style: string; key: string }> = [];
  const line = LINE_MARKER.exec(text);
  if (line) out.push({ style: `n${text[line[0].length - 1]}`, key: line[1] });
  for (const m of text.matchAll(INLINE_MARKER)) out.push({ style: m[1] ? '(n)' : 'n)', key: m[2] });
  return out;
}

/**
 * Whether the scan may have lost an item of the passage of blocks `blocks` (a count and its names, parts and their
 * sum, a table's rows and its total): the list markers of the passage (its blocks and the ones between; of a table's
 * row, every row of its table, the first cell a row number) skip one ("(1) … (2) … (4)", rows 1, 2, 4) or a table's
 * numbered rows start past 1 (its first rows read apart from it), or a line of
 * it was read with confidence under `LOST_BELOW`, or a digit of one of the finding's own lines was (`digit`: a number
 * there may have lost a digit beside it). Null on typed text, or when the passage reads whole.
 */
export function lostItem(source: Source, blocks: number[]): { text: string; conf?: number; digit?: boolean } | null {
  const ocr = blocks.filter((b) => source.blocks[b]?.ocr);
  if (ocr.length === 0) return null;
  // The blocks between a finding's places, when they lie near one another (a count and its bullets): a line lost
  // there is an item lost; far apart, only its own blocks.
  const near = Math.max(...blocks) - Math.min(...blocks) <= NEAR_BLOCKS;
  const lo = near ? Math.min(...blocks) : Infinity;
  const hi = near ? Math.max(...blocks) : -Infinity;
  const tables = new Set(blocks.flatMap((b) => (source.blocks[b]?.table !== undefined ? [source.blocks[b].table!] : [])));
  const passage = source.blocks.filter((b) => (((b.index >= lo && b.index <= hi) || blocks.includes(b.index)) && b.kind !== 'row') || (b.table !== undefined && tables.has(b.table)));
  const markers: Array<{ style: string; key: string }> = [];
  const stt = new Map<number, number[]>();
  for (const b of passage) {
    if (b.kind === 'row') {
      const first = b.cells?.[0]?.trim() ?? '';
      if (!/^\d{1,3}\.?$/u.test(first)) continue;
      markers.push({ style: 'STT n', key: first.replace('.', '') });
      stt.set(b.table!, [...(stt.get(b.table!) ?? []), Number(first.replace('.', ''))]);
    } else markers.push(...markersOf(b.text));
  }
  // A table whose numbered rows start past 1 (6, 7, 8 under a header the next page repeats): the rows before it lie
  // outside it, read as another table when the scan put the columns of its first part otherwise.
  for (const nums of stt.values()) if (nums.length >= 2 && nums[0] > 1 && nums[0] <= 50 && nums.every((n, k) => k === 0 || n > nums[k - 1])) return { text: nums[0] === 2 ? 'STT 1' : `STT 1–${nums[0] - 1}` };
  const skipped = skippedMarker(markers);
  if (skipped !== null) return { text: skipped };
  const low = passage.find((b) => b.ocr && b.ocr.confidence < LOST_BELOW);
  if (low) return { text: low.text.slice(0, 40).trim(), conf: low.ocr!.confidence };
  // A digit read under `LOST_BELOW` on one of the finding's own lines: the number it belongs to may have lost a digit
  // beside it ("312" read as a sure "3" and a "2" at 21, set apart as two cells), and a sum short by that much follows.
  // A digit of a table row's name ("giai đoạn 2") or of its row number (the numbers of the table's first cells rising:
  // "2" read at 18) is no amount's: no sum rests on it.
  const numbered = (t: number | undefined) => {
    const nums = t === undefined ? undefined : stt.get(t);
    return nums !== undefined && nums.length >= 2 && nums.every((n, k) => k === 0 || n > nums[k - 1]);
  };
  for (const b of ocr) {
    const block = source.blocks[b];
    const named = nameCells(source, block.index, numbered(block.table));
    for (const w of block.ocr!.words) {
      const text = source.text.slice(w.start, w.end);
      if (w.conf < LOST_BELOW && /\d/u.test(text) && !named.some(([s, e]) => w.start >= s && w.end <= e)) return { text, conf: w.conf, digit: true };
    }
  }
  return null;
}

/**
 * The spans of a table row's cells no amount is read from, as [start, end] offsets: cells holding a word of two letters
 * or more (its names), and its first cell when the table numbers its rows there (`numbered`).
 */
function nameCells(source: Source, index: number, numbered: boolean): Array<[number, number]> {
  const b = source.blocks[index];
  if (b.kind !== 'row' || !b.cells || b.cellStarts) return [];
  const text = source.text.slice(b.span.start, b.span.end);
  const parts = text.split('\t');
  if (parts.length !== b.cells.length) return [];
  const out: Array<[number, number]> = [];
  let at = b.span.start;
  for (const [k, part] of parts.entries()) {
    if (/\p{L}{2,}/u.test(part) || (k === 0 && numbered && /^\d{1,3}\.?$/u.test(part.trim()))) out.push([at, at + part.length]);
    at += part.length + 1;
  }
  return out;
}

/** The OCR word inside one of the evidence spans written with the digits of `value` (leading and trailing zeros aside), or null. */
export function wordWithDigits(source: Source, evidence: ReadonlyArray<{ block: number; span: { start: number; end: number } }>, value: number): string | null {
  const digits = (s: string) => s.replace(/\D/gu, '').replace(/^0+|0+$/gu, '');
  const want = digits(String(Math.abs(value)));
  for (const e of evidence) {
    for (const w of source.blocks[e.block]?.ocr?.words ?? []) {
      if (w.start < e.span.start || w.end > e.span.end) continue;
      const text = source.text.slice(w.start, w.end);
      if (/\d/u.test(text) && digits(text) === want) return text;
    }
  }
  return null;
}
