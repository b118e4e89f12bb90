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
  return { page, y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, segments, startsWithNote };
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

/** Text of a line with its segments joined by single spaces. */
export function lineText(line: PdfLine): string {
  return line.segments.map((s) => s.text).join(' ');
}
