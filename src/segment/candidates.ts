/**
 * Which numbered paragraphs are headings. The grammar reads every numbered
 * paragraph; here a run of them that is a list inside running text is set
 * aside: two or more adjacent paragraphs of one marker style (1, 2, 3… or
 * a, b, c…) that read as running text — ending in ";" or opening in lower
 * case —, closed by at most one ending in ".", as in "… gồm: a) …; b) …;
 * c) … ." A heading never ends in ";" and its title opens with a capital,
 * while a lone numbered line ending in ";" or "." may be a heading with its
 * text run in.
 * A numbered list of sentences is set aside too (sentence-list.ts): items
 * under "Phương hướng", "Chỉ tiêu", "Giải pháp" written as full sentences,
 * one after another, with no body of their own.
 * A paragraph the format marks as a heading (bold, a docx heading style or
 * outline level, larger type in a pdf: cues.ts) is never a list item.
 * Undotted markers ("1 Kết quả …", "a Hỗ trợ …") are headings only when the
 * document's own pattern says so (readUndotted).
 */
import type { Block } from '../model/index.js';
import type { Heading } from './heading.js';
import { asLowerRoman, isLowerRoman, recogniseFigureLed, recogniseHeading, recogniseUndotted, SIGNATURE } from './heading.js';
import { letterOrdinal } from './numbering.js';
import { styleOf } from './style-order.js';
import { bodyFontSize, isProminent } from './cues.js';
import { dropSentenceLists, isLabelledFigure, type Item } from './sentence-list.js';
import { readCaptions } from './captions.js';

/**
 * Each block's heading reading, or null (list items are null), the numbered lists of sentences set aside, and the markers
 * opening on a figure left outside any list ("b) 100% …": numbered, yet no heading).
 */
export function readCandidates(blocks: Block[]): { read: (Heading | null)[]; lists: Item[][]; markers: Item[] } {
  const read = blocks.map((b) => (b.kind === 'paragraph' ? recogniseHeading(b.text) : null));
  dropLoneSlashes(read);
  readLowerRomanLetters(read);
  readCaptions(blocks, read);
  readUndotted(blocks, read);
  const body = bodyFontSize(blocks);
  const plain = blocks.map((b) => !isProminent(b, body));
  // A marker opening on a figure ("b) 20 hộ …;") is no heading, yet it holds its place in its siblings' run.
  const figureLed = blocks.map((b, k) => (b.kind === 'paragraph' && !read[k] ? recogniseFigureLed(b.text) : null));
  const runs = read.map((h, k) => h ?? figureLed[k]);
  let i = 0;
  while (i < blocks.length) {
    const end = listEnd(blocks, runs, plain, i);
    if (end - i >= 2) for (let k = i; k < end; k++) read[k] = figureLed[k] = null;
    i = Math.max(end, i + 1);
  }
  const lists = dropSentenceLists(blocks, read, plain, figureLed);
  const listed = new Set(lists.flat().map((item) => item.block));
  const markers = figureLed.flatMap((heading, block) => (heading && !listed.has(block) ? [{ block, heading }] : []));
  return { read, lists, markers };
}

/**
 * "i)", "v)", "x)" are letters or lowercase Roman numerals: the sibling sequence decides. "i)" is the numeral
 * when the next numbered line of its punctuation is a numeral after it ("ii)", or "iii)" with "ii)" skipped); "v)"
 * and "x)" when the one before is a numeral before it ("iv)", "iii)"). Otherwise the letter stands ("h)" then "i)"
 * is the ninth letter), but a bracketed "(i)" that neither reading supports is no heading at all.
 */
function readLowerRomanLetters(read: (Heading | null)[]): void {
  const neighbour = (k: number, step: 1 | -1): Heading | null => {
    const h = read[k]!;
    for (let j = k + step; j >= 0 && j < read.length; j += step) {
      const other = read[j];
      if (other && other.mark === h.mark && (other.style === 'letter' || isLowerRoman(other))) return other;
    }
    return null;
  };
  read.forEach((h, k) => {
    const roman = h ? asLowerRoman(h) : null;
    if (!h || !roman) return;
    // The numeral's sibling may be a slip ("i)" then "iii)"): a lowercase Roman numeral of two letters or more on the
    // right side of it is enough, since no letter list reaches "ii".
    const sibling = roman.ordinal === 1 ? neighbour(k, 1) : neighbour(k, -1);
    const fits = sibling !== null && isLowerRoman(sibling) && (roman.ordinal === 1 ? sibling.ordinal > 1 : sibling.ordinal < roman.ordinal);
    if (fits) read[k] = roman;
    else if (h.mark === '()') {
      // "(i)" with no numeral beside it and no "(h)" before it is read as neither.
      const before = neighbour(k, -1);
      if (!before || before.style !== 'letter' || before.ordinal + 1 !== h.ordinal) read[k] = null;
    }
  });
}

/**
 * Undotted markers ("1 Chương trình …", "a Hỗ trợ …", under "I KẾT QUẢ"): the grammar reads their shape
 * (recogniseUndotted), the document's own pattern decides. A paragraph no other reading took is one when
 *
 * - it holds a body: the next block is a paragraph, not a sibling of its style, and is a heading of another style
 *   or text (three words or more, some in lower case) or a table — a heading is followed by its text, its table or its own sub-heading,
 *   while table rows, a list of tasks or the cells of a table read as lines follow one another —, and the block
 *   before it is no sibling of its style either;
 * - it belongs to a sequence: siblings of one style (numbers, letters) counting 1, 2, 3… or a, b, c… from the first,
 *   two or more in a run; a new run starts at 1 or "a" (the letters under the next number). A line breaking the
 *   count, or with no body, ends the run and is body text.
 *
 * So "2 xã đã hoàn thành …", "15 hộ …" (lower case), "1 Nà Tấu 212 68 …" (a row: cells), "1 tỷ đồng" and a list of
 * tasks one after another never become headings, and a lone undotted line is never one.
 */
function readUndotted(blocks: Block[], read: (Heading | null)[]): void {
  const found: Array<{ k: number; h: Heading }> = [];
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph' || read[k] !== null) return;
    const h = recogniseUndotted(b.text);
    if (h) found.push({ k, h });
  });
  if (found.length < 2) return;
  const at = new Map(found.map((f) => [f.k, f.h]));
  const sibling = (k: number, style: string) => at.get(k)?.style === style;
  // A body: a heading of its own (another style), text of three words or more with a word in lower case, or a table;
  // a lone cell ("1.960", "Hồ sơ") of a table broken into lines is none.
  const holdsBody = ({ k, h }: { k: number; h: Heading }) => {
    const next = blocks[k + 1];
    if (sibling(k + 1, h.style) || sibling(k - 1, h.style)) return false;
    // A table right under it is its body, unless the line is itself among a table's rows.
    if (next?.kind === 'row') return blocks[k - 1]?.kind !== 'row';
    if (next?.kind !== 'paragraph') return false;
    const text = next.text.trim();
    if (read[k + 1] !== null || at.has(k + 1)) return true;
    return !SIGNATURE.test(text) && /\p{Ll}/u.test(text) && text.split(/\s+/u).length >= 3;
  };
  for (const style of ['arabic', 'letter']) {
    let run: Array<{ k: number; h: Heading }> = [];
    const close = () => {
      if (run.length >= 2) for (const f of run) read[f.k] = f.h;
      run = [];
    };
    for (const f of found) {
      if (f.h.style !== style) continue;
      if (!holdsBody(f)) { close(); continue; }
      const last = run.at(-1)?.h;
      if (last && countsOn(last, f.h)) { run.push(f); continue; }
      close();
      if (f.h.ordinal === 1) run = [f];
    }
    close();
  }
}

/** Whether `next` counts on from `prev` in an undotted sequence: the next number or letter ("d" → "e" may skip "đ"). */
function countsOn(prev: Heading, next: Heading): boolean {
  if (next.ordinal === prev.ordinal + 1) return true;
  return prev.style === 'letter' && prev.key === 'd' && next.ordinal === letterOrdinal('e');
}

/**
 * "1/ …", "2.1/ …" is a house style of its own: a document that numbers its headings so writes
 * several. A single such line is more likely a stray note than the one heading of that style.
 * So is a title glued to a hyphen ("1-Tình hình …"), an ordinal word opening a short title ("Thứ nhất, công tác …"), and a
 * number in brackets ("(1) Về lực lượng": a lone one is more likely a note or a footnote).
 */
function dropLoneSlashes(read: (Heading | null)[]): void {
  dropLone(read, (h) => h.mark === '/');
  dropLone(read, (h) => h.style === 'roman' && h.mark === '');
  dropLone(read, (h) => h.glued === true);
  keepRuns(read, 'roman');
  keepRuns(read, 'letter');
  dropLone(read, (h) => h.style === 'ordinal');
  dropLone(read, (h) => h.style === 'arabic' && h.mark === '()');
}

/**
 * A title glued to the dash after a Roman numeral or a letter ("II-KẾT QUẢ", "b-Về y tế") is a house style, yet "V-League"
 * or "e-Office …" opening a line are words: such a heading is kept only in a run of its own shape counting from the
 * start (I, II, III … or a, b, c …, two or more; a new run starts again at I or "a"), the evidence the undotted markers
 * need too.
 */
function keepRuns(read: (Heading | null)[], style: 'roman' | 'letter'): void {
  let run: number[] = [];
  const close = () => {
    if (run.length < 2) for (const k of run) read[k] = null;
    run = [];
  };
  read.forEach((h, k) => {
    if (!h || !h.glued || h.style !== style) return;
    const last = run.length ? read[run[run.length - 1]] : null;
    if (last && countsOn(last, h)) { run.push(k); return; }
    close();
    if (h.ordinal === 1) run = [k];
    else read[k] = null;
  });
  close();
}

/**
 * Keep a house style that only a document's own pattern makes a heading ("1/ …", or an undotted
 * Roman numeral "II ĐÁNH GIÁ CHUNG") only when the document writes it twice or more.
 */
function dropLone(read: (Heading | null)[], of: (h: Heading) => boolean): void {
  const found = read.flatMap((h, k) => (h && of(h) ? [k] : []));
  if (found.length < 2) for (const k of found) read[k] = null;
}

/** Whether block `k` can continue a list of `first`'s style: adjacent, same style, not bare, not marked by the format. */
function sameRun(read: (Heading | null)[], plain: boolean[], first: Heading, k: number): boolean {
  const h = read[k];
  return k < read.length && h !== null && styleOf(h) === styleOf(first) && !h.bare && plain[k];
}

/**
 * One past the last item of the running-text list starting at `i`: items of running text,
 * then at most one closing item ending in "."; `i` itself when no list starts there.
 */
function listEnd(blocks: Block[], read: (Heading | null)[], plain: boolean[], i: number): number {
  const first = read[i];
  if (!first || !sameRun(read, plain, first, i)) return i;
  let end = i;
  while (sameRun(read, plain, first, end) && isRunningText(blocks[end], read[end]!)) end++;
  if (end > i && sameRun(read, plain, first, end) && blocks[end].text.trimEnd().endsWith('.')) end++;
  return end;
}

/**
 * An item of running text: it ends in ";" or its text opens in lower case ("a) hộ nghèo: 35 hộ"). A label opening in
 * a capital before its lone amount ("i) Nhóm hộ bán lẻ: 236 hộ;") is a labelled figure, a heading however it ends.
 */
function isRunningText(block: Block, h: Heading): boolean {
  if (/^\p{Ll}/u.test(h.title)) return true;
  return block.text.trimEnd().endsWith(';') && !isLabelledFigure(h);
}
