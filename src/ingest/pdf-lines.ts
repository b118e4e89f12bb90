/**
 * PDF text items → text lines: group by baseline, order by x, restore spaces,
 * turn raised small digits into superscripts, and split lines at wide gaps
 * into segments (table cells, or a number at a tab stop and its text).
 */
import { toSuperscript } from '../text/normalize.js';

/** One positioned text run of a page (PDF user space, y grows upwards). */
export interface PdfItem {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  /** Font size from the text matrix. */
  size: number;
  width: number;
  /** Position in the page's content stream (after dropping blank runs). */
  seq: number;
  /** The wrapped rest of a typed cell, moved up beside it: it continues that cell, never starts one. */
  wrapped?: boolean;
}

/** A run of text on one line, separated from its neighbours by a wide gap. */
export interface PdfSegment {
  x0: number;
  x1: number;
  text: string;
}

/** One visual line of a page. */
export interface PdfLine {
  page: number;
  /** Baseline of the main-size text. */
  y: number;
  /** Main font size of the line. */
  size: number;
  x0: number;
  x1: number;
  segments: PdfSegment[];
  /** True when the line starts with a raised footnote number. */
  startsWithNote: boolean;
  /** The line's runs, left to right (kept so tab stops found later can split it again). */
  items?: PdfItem[];
  /** True when the line is text laid out with tabs at the document's tab stops: one table row per line. */
  tabbed?: boolean;
  /** True when the line was read by OCR from a page image (its spacing is a scan's, not a text layer's). */
  scanned?: boolean;
}

/** A gap wider than this many font sizes separates segments (tab stops, table columns). */
const SEGMENT_GAP = 1.2;
/** Runs drawn apart in the content stream (table cells) separate at this smaller gap. */
const CELL_GAP = 0.4;
/** A gap wider than this many font sizes is a word space. */
const SPACE_GAP = 0.12;

/** Group one page's items into lines, top to bottom. Sorting keeps this O(n log n). */
export function buildLines(page: number, items: PdfItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str.trim() !== '' && i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let ref: PdfItem | null = null;
  for (const item of sorted) {
    // Same line when the baseline is within half a font size of the line's largest item.
    if (ref && ref.y - item.y <= 0.5 * Math.max(ref.size, item.size)) {
      current.push(item);
      if (item.size > ref.size) ref = item;
      continue;
    }
    if (current.length) groups.push(current);
    current = [item];
    ref = item;
  }
  if (current.length) groups.push(current);
  return groups.map((g) => assembleLine(page, g));
}

function assembleLine(page: number, items: PdfItem[]): PdfLine {
  const size = mainSize(items);
  const main = items.find((i) => Math.abs(i.size - size) < 0.01) ?? items[0];
  const y = main.y;
  items.sort((a, b) => a.x - b.x);
  const segments: PdfSegment[] = [];
  let seg: PdfSegment | null = null;
  // The current segment's text in pieces, joined once it ends (no string rebuilt per run).
  let parts: string[] = [];
  const close = () => {
    if (seg) seg.text = parts.join('').replace(/\s+/g, ' ').trim();
  };
  let prevSeq = -2;
  let startsWithNote = false;
  for (const item of items) {
    const limit = item.seq === prevSeq + 1 ? SEGMENT_GAP : CELL_GAP;
    prevSeq = item.seq;
    const note = isSuperscript(item, size, y);
    let str = note ? toSuperscript(item.str.trim()) : item.str;
    const x1 = item.x + item.width;
    if (seg && item.x - seg.x1 <= limit * size) {
      joinRun(parts, str, item.x - seg.x1 > SPACE_GAP * size, note);
      seg.x1 = Math.max(seg.x1, x1);
      continue;
    }
    if (!seg && note) startsWithNote = true;
    if (note && startsWithNote && !seg) str += ' ';
    close();
    seg = { x0: item.x, x1, text: '' };
    parts = [str];
    segments.push(seg);
  }
  close();
  return { page, y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, segments, startsWithNote, items };
}

/** The font size carrying most characters on the line. */
function mainSize(items: PdfItem[]): number {
  const weight = new Map<number, number>();
  for (const i of items) {
    const key = Math.round(i.size * 10) / 10;
    weight.set(key, (weight.get(key) ?? 0) + i.str.length);
  }
  let best = items[0].size;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

/** Digits in a clearly smaller font whose baseline is raised: a footnote reference. */
function isSuperscript(item: PdfItem, lineSize: number, baseline: number): boolean {
  return item.size < 0.85 * lineSize && item.y - baseline > 0.15 * lineSize && /^\s*\d{1,3}\s*$/.test(item.str);
}


/** Append a run to a segment's pieces, adding a space for a visible gap and keeping a note off a number. */
function joinRun(parts: string[], str: string, gap: boolean, note: boolean): void {
  const last = lastChar(parts);
  if (note) {
    if (isDigit(last)) parts.push(' ', str);
    else {
      trimEnd(parts);
      parts.push(str);
    }
  } else if ((last !== '' && SUPERSCRIPTS.includes(last) && isDigit(str.charAt(0))) || (gap && !isSpace(last) && !isSpace(str.charAt(0)))) {
    parts.push(' ', str);
  } else {
    parts.push(str);
  }
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SPACE = /\s/;

function isSpace(c: string): boolean {
  return c !== '' && SPACE.test(c);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9' && c.length === 1;
}

/** The last character of the pieces joined ('' for none). */
function lastChar(parts: string[]): string {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]) return parts[i].charAt(parts[i].length - 1);
  return '';
}

/** Drop white space at the end of the pieces joined. */
function trimEnd(parts: string[]): void {
  while (parts.length) {
    const t = parts[parts.length - 1].replace(/\s+$/, '');
    if (t) {
      parts[parts.length - 1] = t;
      return;
    }
    parts.pop();
  }
}

/** Text of a line with its segments joined by single spaces (empty cells left out). */
export function lineText(line: PdfLine): string {
  return line.segments
    .map((s) => s.text)
    .filter((t) => t !== '')
    .join(' ');
}

/**
 * Default tab stops: text typed with tabs (a .txt printed by LibreOffice, a Word paragraph with
 * tabs) puts every cell at the next multiple of one interval from the left margin (1.25 cm in
 * LibreOffice, 0.5 in in Word). The interval is measured, not assumed: the one that puts most
 * cell starts (segments after a wide gap) on its multiples.
 */
export interface TabGrid {
  /** The left margin: where the most lines start. */
  origin: number;
  /** Distance between tab stops. */
  interval: number;
}

/** A cell start sits on a tab stop within this many points (LibreOffice and Word place them exactly). */
const STOP_TOLERANCE = 0.5;
/**
 * The default tab intervals of the word processors that print reports: 1.25 cm (LibreOffice) and
 * 0.5 in (Word). Only these are looked for: a drawn table's equal columns also sit on a regular
 * grid, and must keep their own column reading.
 */
const DEFAULT_INTERVALS = [(1.25 / 2.54) * 72, 36];
/** How far a measured interval may stray from a default one. */
const INTERVAL_SLACK = 0.02;
const MIN_INTERVAL = 18;
/** Cell starts needed on the grid before it is believed, and the share of all cell starts they must be. */
const MIN_ON_GRID = 4;
const MIN_SHARE = 0.7;

/** The document's tab stops, when its wide gaps land on a regular grid; null otherwise (drawn tables, prose). */
export function findTabGrid(lines: PdfLine[]): TabGrid | null {
  const starts = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.x0 * 2) / 2;
    starts.set(key, (starts.get(key) ?? 0) + 1);
  }
  let bucket = 0;
  let most = 0;
  for (const [x, n] of starts) if (n > most || (n === most && x < bucket)) [bucket, most] = [x, n];
  if (!most) return null;
  // The margin itself, not its half-point bucket: stops far to the right multiply any error.
  let sum = 0;
  for (const l of lines) if (Math.abs(l.x0 - bucket) <= 0.25) sum += l.x0;
  const origin = sum / most;
  // Distances from the margin of every cell start, to half a point, with their counts.
  const dist = new Map<number, number>();
  let total = 0;
  const inner: number[] = [];
  for (const l of lines) {
    for (let k = 0; k < l.segments.length; k++) {
      const x = l.segments[k].x0;
      if (k === 0 && x - origin < MIN_INTERVAL - STOP_TOLERANCE) continue;
      const d = Math.round((x - origin) * 2) / 2;
      if (d < MIN_INTERVAL - STOP_TOLERANCE) continue;
      dist.set(d, (dist.get(d) ?? 0) + 1);
      total++;
    }
    // A figure cell after a tab that left less than a segment's gap ("Tân Phú" | "18.240"): the
    // line reader keeps it in the segment before, yet it starts a cell as much as a wide gap does.
    for (const x of innerFigureStarts(l)) {
      const d = x - origin;
      if (d >= MIN_INTERVAL - STOP_TOLERANCE) inner.push(d);
    }
  }
  if (total + inner.length < MIN_ON_GRID) return null;
  const ds = [...dist.entries()].sort((a, b) => b[1] - a[1]).slice(0, 200);
  let best: TabGrid | null = null;
  let bestScore = 0;
  for (const [d] of ds) {
    for (let k = 1; k <= 8; k++) {
      const interval = d / k;
      if (!DEFAULT_INTERVALS.some((i) => Math.abs(interval - i) <= INTERVAL_SLACK * i)) continue;
      let score = 0;
      for (const [e, n] of ds) if (onStop(e, interval)) score += n;
      if (score > bestScore + 0.5 || (Math.abs(score - bestScore) <= 0.5 && best && interval > best.interval)) {
        best = { origin, interval };
        bestScore = score;
      }
    }
  }
  if (!best || bestScore < MIN_ON_GRID) return null;
  // Cells glued to the run before them count too, but only to confirm a grid the wide gaps found
  // (the interval is measured from those alone); they never outvote it where the gaps suffice.
  if (bestScore < MIN_SHARE * total) {
    const interval = best.interval;
    const on = inner.filter((d) => onStop(d, interval)).length;
    if (bestScore + on < MIN_SHARE * (total + inner.length)) return null;
  }
  // Refine the interval from the starts it explains (the half-point rounding blurs it).
  let num = 0;
  let den = 0;
  for (const [e, n] of ds) {
    if (!onStop(e, best.interval)) continue;
    const k = Math.round(e / best.interval);
    num += n * e * k;
    den += n * k * k;
  }
  return { origin, interval: den ? num / den : best.interval };
}

/** A gap wider than this many font sizes is more than a word space, even in a justified line. */
const TAB_GAP = 0.36;

/**
 * Where runs that open with a digit start inside a line's segments after a gap wider than a word
 * space: figure cells that a tab put closer to the cell before than a segment's gap.
 */
function innerFigureStarts(line: PdfLine): number[] {
  const items = line.items;
  if (!items || items.length < 2) return [];
  const starts = new Set(line.segments.map((s) => s.x0));
  const out: number[] = [];
  let end = -Infinity;
  for (const item of items) {
    if (!starts.has(item.x) && item.x - end > TAB_GAP * line.size && /^\d/.test(item.str)) out.push(item.x);
    end = Math.max(end, item.x + item.width);
  }
  return out;
}

/** Whether a distance from the margin is a whole number (≥ 1) of intervals. */
function onStop(d: number, interval: number): boolean {
  const k = Math.round(d / interval);
  return k >= 1 && Math.abs(d - k * interval) <= STOP_TOLERANCE + 0.25;
}

/**
 * A typed row too long for the page, put back on one line: `rest` (the line below `row`) moves up
 * by whole tab intervals so its first run lands on the first stop after the row's end, and its
 * stops stay stops. Where the rest starts at the margin a word wrap cut a cell, and its first run
 * continues that cell; where it starts on a stop, the tab itself wrapped and a new cell begins.
 */
export function unwrapRow(row: PdfLine, rest: PdfLine, grid: TabGrid): PdfLine {
  const from = stopAt(grid, rest.x0);
  const target = Math.floor((row.x1 + 0.1 * row.size - grid.origin) / grid.interval) + 1;
  const shift = (target - Math.max(from, 0)) * grid.interval;
  const moved = (rest.items ?? []).map((i, k) => ({ ...i, x: i.x + shift, seq: i.seq + 1e6, wrapped: k === 0 && from === 0 }));
  const segments = rest.segments.map((s) => ({ ...s, x0: s.x0 + shift, x1: s.x1 + shift }));
  return { ...row, x1: rest.x1 + shift, segments: [...row.segments, ...segments], items: [...(row.items ?? []), ...moved] };
}

/** Relative advance of a character: digits are half an em in text fonts, '.' and ',' a quarter. */
function advance(c: string): number {
  return c === '.' || c === ',' || c === ' ' ? 1 : c === '(' || c === ')' ? 1.33 : 2;
}

/**
 * A run that crosses a tab stop: when a tab left no visible gap (a number ending just before the
 * stop), the reader gives the two cells as one word ("66.00032.480"). Cut it where a character
 * boundary falls on the stop: between digits (equal widths, so the boundary is placed to a fraction
 * of a point), or where letters meet digits or a bracket meets a letter.
 */
function cutAtStops(item: PdfItem, grid: TabGrid, loose = false, grouped = false, labelled = false, seams = true): Array<PdfItem & { cut?: boolean }> {
  const str = item.str;
  if (str.length < 2 || item.width < grid.interval / 4 || /[/=:]/.test(str)) return [item];
  const first = Math.floor((item.x - grid.origin) / grid.interval) + 1;
  const last = item.x + item.width;
  if (grid.origin + first * grid.interval >= last - 1) return [item];
  const chars = [...str];
  const weights = chars.map(advance);
  let unit = item.width / weights.reduce((a, b) => a + b, 0);
  const out: Array<PdfItem & { cut?: boolean }> = [];
  let from = 0;
  let fromX = item.x;
  let x = item.x;
  for (let i = 0; i < chars.length - 1; i++) {
    x += weights[i] * unit;
    const a = chars[i];
    const b = chars[i + 1];
    // Between digits only where the left part is a whole number ("66.000" | "32.480", not "41" | "0").
    // Between digits only where the left part is a whole number written with a separator
    // ("66.000" | "32.480", "49,2" | "28.000"), never inside a plain number ("31" | "6").
    // With thousands grouped by spaces ("98 000"), the reader gives the head as a word of its own:
    // three digits opening the run after it ("00076 440" → "000" | "76") end that number.
    const left = chars.slice(from, i + 1).join('');
    // A signed figure after it ("30.121" | "+1.539", a change column) starts the same way.
    const next = /[+−-]/.test(b) && /\d/.test(chars[i + 2] ?? '') ? chars[i + 2] : b;
    const digits = /\d/.test(a) && /\d/.test(next) && (/(?:^|[^\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)$/.test(left) || (grouped && from === 0 && /^\d{3}$/.test(left)));
    // Loose, a label's own short number run into the row's first figure ("Thôn 1" | "6" read as "Thôn 16", the tab's
    // advance under a word space): cut only where the digits' boundary falls on the stop itself, in a run of two or three
    // digits whose second part opens with no zero (a year, "năm 2024", is never cut: "20" | "24").
    const numbered = loose && labelled && from === 0 && /^\d{2,3}$/.test(str) && /^\d{1,2}$/.test(left) && /[1-9]/.test(b) && !digits;
    // A small letter run into a capital ("đấtTriệu", "vựcĐầu"): no Vietnamese word turns to a capital inside itself, so a
    // tab that left no gap ran two cells together (poppler gives "Khu vựcĐầu năm" one word where pdf.js has two runs).
    const seam = seams && ((/\p{L}/u.test(a) && /\d/.test(b)) || (/[\d%)]/u.test(a) && /\p{L}/u.test(b)) || (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)));
    if (!digits && !seam && !numbered) continue;
    // Never inside brackets: a cell does not end on an open one ("(m" | "3)" of "Sản lượng (m3)").
    if (unclosed(left)) continue;
    // A decimal figure that merely runs over the stop ("142,30" | "6" of "142,306"): a cut that
    // leaves one digit after a decimal part is a guess, made only when the row is short of its
    // table's cells without it (loose: "122,00" | "9" where a ninth cell is missing).
    if (!loose && digits && /,\d+$/.test(left) && /^\d$/.test(chars.slice(i + 1).join(''))) continue;
    const k = Math.round((x - grid.origin) / grid.interval);
    const off = Math.abs(x - grid.origin - k * grid.interval);
    if (k < 1 || off > (digits ? 0.8 : (loose ? 0.15 : 0.0625) * grid.interval) || (numbered && !seam && off > STOP_TOLERANCE)) continue;
    out.push({ ...item, str: chars.slice(from, i + 1).join(''), x: fromX, width: x - fromX, cut: out.length > 0 });
    from = i + 1;
    fromX = grid.origin + k * grid.interval;
    // The cell after a tab starts on its stop: measure on from there, so the estimate of the
    // characters' widths does not drift across a long run of cells ("12.45012.18011.920…").
    x = fromX;
    // And with the width of what is left: letters cut off before ("trên" | "10.8007.900") are
    // not as wide as digits, and would skew the digits' estimated width.
    const restWeight = weights.slice(from).reduce((a, b) => a + b, 0);
    if (/\p{L}/u.test(left) && restWeight > 0 && last > fromX) unit = (last - fromX) / restWeight;
  }
  if (!out.length) return [item];
  out.push({ ...item, str: chars.slice(from).join(''), x: fromX, width: last - fromX, cut: true });
  return out;
}

/** Whether a text opens more brackets than it closes. */
function unclosed(text: string): boolean {
  let depth = 0;
  for (const c of text) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
  return depth > 0;
}

/** A figure with a separator, whole in itself: a grouped count or amount, or a decimal ("115.500", "73,5", "-3,4"). */
const FIGURE_RUN = /^[-+−]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)%?$/u;

/** A cell that is one figure: a count, an amount, a rate or a signed change ("412", "98,6", "+1.539", "12%"). */
export const FIGURE_CELL = /^[-+−]?\d[\d.,]*\s?%?$/u;

/** Index of the tab stop at x (0 is the margin), or -1 when x is not on one. */
function stopAt(grid: TabGrid, x: number): number {
  const k = Math.round((x - grid.origin) / grid.interval);
  return k >= 0 && Math.abs(x - grid.origin - k * grid.interval) <= STOP_TOLERANCE ? k : -1;
}

/**
 * A line typed with tabs, cut at its tab stops: a run that starts on a stop after a gap wider than
 * a word space starts a cell, as a tab does in the text it was printed from; stops skipped over
 * (two tabs in a row, or a tab before the first cell) are empty cells. Only a line that already has
 * a wide gap landing on a stop is cut: prose lines whose words happen to start on a stop stay whole.
 * Without `seams`, a word is never cut where letters meet digits or a capital (a unit glued to its
 * number, "110kV", whose digits happen to end on a stop).
 */
export function splitAtTabStops(line: PdfLine, grid: TabGrid, loose: boolean | 'figures' = false, seams = true): PdfLine {
  const items = line.items;
  if (!items || (line.segments.length < 2 && !loose) || line.startsWithNote) return line;
  if (!line.segments.slice(1).every((s) => stopAt(grid, s.x0) > 0)) return line;
  const first = stopAt(grid, line.x0);
  if (first < 0) return line;
  const size = line.size;
  const cells: PdfSegment[] = [];
  for (let k = 0; k < first; k++) cells.push({ x0: grid.origin + k * grid.interval, x1: grid.origin + k * grid.interval, text: '' });
  let parts: string[] = [];
  let seg: PdfSegment | null = null;
  const close = () => {
    if (seg) seg.text = parts.join('').replace(/\s+/g, ' ').trim();
  };
  // Cells opened only because a word after a word space starts on a stop (loose cutting).
  const chance = new Set<PdfSegment>();
  const pieces: Array<PdfItem & { cut?: boolean }> = [];
  for (const item of items) {
    // A word space after one to three digits: the item may continue a number grouped by spaces.
    const last = pieces[pieces.length - 1];
    const grouped = !!last && /^\d{1,3}$/.test(last.str) && item.x - (last.x + last.width) > 0 && item.x - (last.x + last.width) < 0.36 * item.size;
    // A word of letters a word space before: the item may be the number of a label ("Thôn" "16").
    const labelled = !!last && /\p{L}$/u.test(last.str) && item.x - (last.x + last.width) > 0 && item.x - (last.x + last.width) < 0.5 * item.size;
    pieces.push(...cutAtStops(item, grid, !!loose, grouped, labelled, seams));
  }
  let before = '';
  for (const item of pieces) {
    if (!item.str.trim()) continue;
    const x1 = item.x + item.width;
    const gap = seg ? item.x - seg.x1 : 0;
    const stop = stopAt(grid, item.x);
    // Two figures a word space apart, the second on a stop, are two cells: a figure written with a
    // separator ("115.500", "73,5") is whole, and no number goes on after a space ("115.500 84.845"
    // is no one number), so the tab before the second left only a word space ("115.500" ends just
    // before the stop the tab went to).
    const figures = FIGURE_RUN.test(before) && /^[-+−]?\d/u.test(item.str);
    before = item.str;
    // A tab shows as a gap wider than a word space, or as none at all where the reader's run took
    // in the tab's advance (pdf.js gives "66.000" as wide as its cell) or the run was cut at the stop.
    if (seg && (item.wrapped || !(stop > 0 && (gap > 0.36 * size || gap < 0.15 * size || item.cut || loose || figures)))) {
      joinRun(parts, item.str, gap > SPACE_GAP * size, false);
      seg.x1 = Math.max(seg.x1, x1);
      continue;
    }
    if (seg) {
      close();
      // Stops passed over between the cell before and this one: each is a tab of an empty cell.
      // A stop the text reaches (or ends just before) is no tab's target: the tab goes one further.
      const from = Math.floor((seg.x1 + 0.1 * size - grid.origin) / grid.interval) + 1;
      for (let k = from; k < stop; k++) cells.push({ x0: grid.origin + k * grid.interval, x1: grid.origin + k * grid.interval, text: '' });
    }
    const weak = !!seg && Math.floor((seg.x1 + 0.1 * size - grid.origin) / grid.interval) + 1 >= stop && !(gap > 0.36 * size || gap < 0.15 * size || item.cut);
    seg = { x0: item.x, x1, text: '' };
    parts = [item.str];
    cells.push(seg);
    if (weak) chance.add(seg);
  }
  close();
  if (loose === 'figures' && chance.size) {
    // Only a figure makes such a cell: words of a label that start on a stop by chance ("Sởi -
    // Rubella cho trẻ | 18 tháng tuổi | 412") go back into the cell before them.
    for (let k = cells.length - 1; k > 0; k--) {
      const c = cells[k];
      if (!chance.has(c) || FIGURE_CELL.test(c.text) || cells[k - 1].text === '') continue;
      cells[k - 1].x1 = c.x1;
      cells[k - 1].text = `${cells[k - 1].text} ${c.text}`;
      cells.splice(k, 1);
    }
  }
  return cells.length < 2 ? line : { ...line, segments: cells, tabbed: true };
}

/** A gap wider than this many font sizes before a word on a tab stop is a tab beside typed rows (a word space is a quarter). */
const WIDE_TAB_GAP = 0.5;

/**
 * A line beside typed rows, cut at its tab stops where a word on a stop follows a gap of half a font size or more. poppler
 * gives words, not the tab's own blank run that pdf.js gives, and keeps a tab that left little more than two word spaces
 * inside its run ("Số: 27/BC-BCH  Triệu Phong, ngày …" under a letterhead typed with tabs, 5 points before a stop), where
 * pdf.js starts a run. Cut there, the line is read as splitAtTabStops reads it; returned whole when it is no typed row.
 */
export function splitAtWideTabs(line: PdfLine, grid: TabGrid): PdfLine {
  const items = line.items;
  if (!items || items.length < 2 || line.tabbed) return line;
  const size = line.size;
  const sorted = items.slice().sort((a, b) => a.x - b.x);
  const cuts: number[] = [];
  let end = sorted[0].x + sorted[0].width;
  for (let k = 1; k < sorted.length; k++) {
    const item = sorted[k];
    if (item.x - end >= WIDE_TAB_GAP * size && stopAt(grid, item.x) > 0 && !line.segments.some((s) => Math.abs(s.x0 - item.x) < 0.01)) cuts.push(item.x);
    end = Math.max(end, item.x + item.width);
  }
  if (!cuts.length) return line;
  // Only the segments' places matter to splitAtTabStops (it reads the cells' text from the runs).
  const segments = line.segments.flatMap((seg) => {
    const inner = cuts.filter((x) => x > seg.x0 && x < seg.x1);
    const bounds = [seg.x0, ...inner];
    return bounds.map((x0, b) => ({ x0, x1: b + 1 < bounds.length ? bounds[b + 1] : seg.x1, text: b === 0 ? seg.text : '' }));
  });
  const cut = splitAtTabStops({ ...line, segments }, grid);
  return cut.tabbed ? cut : line;
}
