/**
 * Numbered lists of sentences: the targets under "Chỉ tiêu", the tasks under
 * "Phương hướng, nhiệm vụ" or "Giải pháp", each a full sentence ("1. Giải
 * quyết việc làm mới cho 2.400 lao động, trong đó …." "2. Tỷ lệ … đạt 70%.").
 * They are list items, not headings: a heading is title-like, or holds a body
 * of its own. Told from the document's own pattern, never from the words:
 *
 * - two or more adjacent paragraphs of one marker style, the first numbered
 *   1 (a list starts there), each counting on from the one before;
 * - every one a sentence: it ends in "." or ";", or holds a ";" clause break
 *   or a sentence break, and does not open with a short run-in title; one
 *   item between two others may lack its full stop (a slip: it has no body
 *   either, its sibling follows it directly);
 * - none marked by the format (bold, heading style, larger type);
 * - no later heading continues the numbering before an outer heading, the
 *   signature or the end ("1." "2." sentences, then "3. Công tác khác" with a
 *   body: one sequence of headings, kept).
 *
 * Each item but the last is followed directly by a sibling, so none has a
 * body; the last shares its siblings' shape, so it is read as they are.
 *
 * This holds even right under a part whose sibling parts number their
 * headings in the same style at the same depth, or in a results part whose
 * other numerals hold short "1." headings: the released gold reads such
 * lists as list items (182 lists, 631 items, 58 sets), two later sets as
 * headings (10 lists, 26 items, holdout212 and 223) with exact twins among
 * the 182 (same parts, numerals, depth, item form and closing line); no
 * shape tells them apart, so the larger evidence rules
 * (test/segment/part-task-list-s49.test.ts, sentence-list-twins-s54.test.ts).
 */
import type { Block } from '../model/index.js';
import { SIGNATURE, TITLE_WORDS, type Heading } from './heading.js';
import { styleOf } from './style-order.js';

/**
 * A full stop after four words or more, then a capital: the text runs on past its first sentence (a pdf
 * paragraph can take in the next line, "… minh bạch. Đầu mối liên hệ: …"). "TT. Huyện ủy" or "tại TP. Huế"
 * (an abbreviation in capitals) is no break.
 */
const SENTENCE_BREAK = /^(?:\S+\s+){3,}\S*\p{Ll}\.\s+\p{Lu}/u;

/** A short title run in before its body ("Ưu điểm: Phần lớn các chỉ tiêu đạt …"): a heading with its body on its line. */
const RUN_IN_TITLE = /^[^\d:;.]{1,60}:\s+\S/u;
const RUN_IN_WORDS = 6;

/**
 * A label then only its amount ("Đăng ký hoạt động tôn giáo định kỳ: 8 hồ sơ."): a number and its unit of at most three
 * words, closed by "." or ";" — a labelled figure, title-like however long its label, never a sentence with a verb.
 */
const AMOUNT_ONLY = /^\d[\d.,]*\s*\p{L}+(?:\s+\p{L}+){0,2}\s*[.;]?$/u;
/**
 * A label's amount opening what follows it, then a clause mark ("Chi sự nghiệp văn hóa, thể thao, truyền thanh: 112,85 triệu
 * đồng, đạt 39,4%."): the label names the figure the line goes on to comment, as a title does its body. A phone number
 * ("0220 3765 118; …") or a number that a verb follows ("0227.3824.567 để tiếp nhận …") holds no unit before its mark.
 */
const AMOUNT_LEAD = /^\d[\d.,]*\s*\p{L}+(?:\s+\p{L}+){0,2}\s*(?:[.;,]|$)/u;
const LABEL_WORDS = 12;

/**
 * Whether the item opens with a run-in title: at most six words, no digit, then ":"; or a label of at most twelve words
 * before its amount (alone, or opening its body). A longer label names its figure all the same ("Chi quản lý nhà nước, Đảng,
 * đoàn thể: 2.615,20 triệu đồng, đạt 49,2%; …"), while a task sentence with a colon goes on with a list or a phone number.
 */
function hasRunInTitle(title: string): boolean {
  if (!RUN_IN_TITLE.test(title)) return false;
  const colon = title.indexOf(':');
  const words = title.slice(0, colon).trim().split(/\s+/).length;
  return words <= RUN_IN_WORDS || (words <= LABEL_WORDS && AMOUNT_LEAD.test(title.slice(colon + 1).trim()));
}

/**
 * Whether a numbered paragraph reads as a sentence rather than a title: a final "." or ";", a ";"
 * clause break, or a sentence break; one with a run-in title is a heading, however it ends.
 */
export function isSentenceItem(block: Block, h: Heading): boolean {
  if (h.bare || hasRunInTitle(h.title)) return false;
  const text = block.text.trim();
  return /[.;]$/u.test(text) || /;\s/u.test(h.title) || SENTENCE_BREAK.test(h.title);
}

/**
 * Whether a numbered paragraph is a run-in title whose text closes on its own line ("4- Đầu mối liên hệ: Văn phòng
 * UBND xã, điện thoại …."): the whole item is on its line, as a sentence item's is.
 */
function isClosedRunIn(block: Block, h: Heading): boolean {
  return !h.bare && hasRunInTitle(h.title) && /[.;]$/u.test(block.text.trim());
}

/** Whether `label: amount` is all the item holds ("Nhóm hộ bán lẻ: 236 hộ;"): a labelled figure, a heading by the gold's convention. */
export function isLabelledFigure(h: Heading): boolean {
  const colon = h.title.indexOf(':');
  return colon > 0 && hasRunInTitle(h.title) && AMOUNT_ONLY.test(h.title.slice(colon + 1).trim());
}

/** The number a multi-level heading hangs from: "4" for "4.2", "" for single numbers. */
const prefixOf = (h: Heading) => h.key.split('.').slice(0, -1).join('.');

/** Whether `next` carries on the numbering of `prev`: one style, one parent number, counting on (a slip or a repeat included). */
function continues(prev: Heading, next: Heading | null): boolean {
  return next !== null && styleOf(next) === styleOf(prev) && prefixOf(next) === prefixOf(prev) && next.ordinal >= prev.ordinal && next.ordinal > 1;
}

/** The numbers a run of items has used so far, and its highest. */
interface RunNumbers { used: Set<number>; highest: number }

/**
 * Whether `next` carries on a run whose last item is `last`: it counts on from it, or it steps back to
 * fill a number the run skipped ("1." "2." "4." "3.": two items swapped, nothing dropped or repeated).
 */
function carriesOn(last: Heading, run: RunNumbers, next: Heading | null): boolean {
  if (continues(last, next)) return true;
  if (next === null || styleOf(next) !== styleOf(last) || prefixOf(next) !== prefixOf(last) || next.ordinal <= 1) return false;
  return next.ordinal < run.highest && !run.used.has(next.ordinal);
}

/** Styles that close everything: a later number of the run's style belongs to another division. */
const TOP = new Set(['part', 'appendix']);

/**
 * Whether a heading after the run `[start, end)`, whose last item is `last`, continues its numbering, looking past body text and
 * headings of styles first met inside or after the run (deeper ones), up to the first heading of
 * an outer style, the signature or the end.
 */
function continuedLater(blocks: readonly Block[], read: readonly (Heading | null)[], firstSeen: ReadonlyMap<string, number>, start: number, end: number, last: Heading): boolean {
  for (let k = end; k < blocks.length; k++) {
    const h = read[k];
    if (!h) {
      if (SIGNATURE.test(blocks[k].text.trim())) return false;
      continue;
    }
    if (styleOf(h) === styleOf(last)) return continues(last, h);
    if (TOP.has(h.style) || (firstSeen.get(styleOf(h)) ?? k) < start) return false;
  }
  return false;
}

/** A numbered paragraph read as a list item: its block index and its number. */
export interface Item { block: number; heading: Heading }

/**
 * Whether block `k` closes a run that started at `start` from outside it: the end, the signature, or a heading of
 * a style first met before the run (an outer one) or of a top style.
 */
function closesFromOutside(blocks: readonly Block[], read: readonly (Heading | null)[], firstSeen: ReadonlyMap<string, number>, start: number, k: number): boolean {
  if (k >= blocks.length) return true;
  const h = read[k];
  if (!h) return blocks[k].kind === 'paragraph' && SIGNATURE.test(blocks[k].text.trim());
  return TOP.has(h.style) || (firstSeen.get(styleOf(h)) ?? k) < start;
}

/**
 * One past a run of sentences without any body, starting at `start` ("1." "2." "3." one after another, each followed
 * directly by the next, the last directly by an outer heading, the signature or the end), or -1. None of them holds
 * a line of its own, nor text run in after a title ("a) Danh hiệu thi đua: công nhận …" is a heading with its body on
 * its line), and each reads as a sentence, by its stop or by its length (longer than a title's twelve words), so they
 * are a numbered list however they end (tasks written without their full stop). Short titles with no body ("1. Trồng
 * trọt" "2. Chăn nuôi") stay headings: an outline not yet filled in.
 */
function bodilessEnd(
  blocks: readonly Block[], runs: readonly (Heading | null)[], read: readonly (Heading | null)[], firstSeen: ReadonlyMap<string, number>, start: number,
  member: (k: number) => Heading | null,
): number {
  const bodiless = (k: number) => {
    const h = member(k);
    return h && !hasRunInTitle(h.title) && (isSentenceItem(blocks[k], h) || h.title.split(/\s+/u).length > TITLE_WORDS) ? h : null;
  };
  if (!bodiless(start)) return -1;
  let end = start + 1;
  while (continues(runs[end - 1]!, bodiless(end))) end++;
  return end - start >= 2 && closesFromOutside(blocks, read, firstSeen, start, end) ? end : -1;
}

/**
 * Null every heading reading that is an item of a numbered list of sentences; return those lists. A marker opening on a
 * figure (`figureLed`: "b) 100% hộ …", no heading) is an item of the run it stands in, so it never breaks it: "a)" "b) 100% …"
 * "c)" "d)" is one run of four, not "a)" then "c)" "d)".
 */
export function dropSentenceLists(blocks: readonly Block[], read: (Heading | null)[], plain: readonly boolean[], figureLed: readonly (Heading | null)[] = []): Item[][] {
  const lists: Item[][] = [];
  const runs = read.map((h, k) => h ?? figureLed[k] ?? null);
  const item = (k: number) => {
    const h = runs[k];
    return h && plain[k] && isSentenceItem(blocks[k], h) ? h : null;
  };
  const member = (k: number) => (runs[k] && plain[k] && !runs[k]!.bare ? runs[k] : null);
  const firstSeen = new Map<string, number>();
  read.forEach((h, k) => h && !firstSeen.has(styleOf(h)) && firstSeen.set(styleOf(h), k));
  for (let i = 0; i < blocks.length; i++) {
    if (member(i)?.ordinal !== 1) continue;
    let end = item(i) ? sentencesEnd(blocks, runs, read, plain, firstSeen, i, item, member) : -1;
    if (end < 0) end = bodilessEnd(blocks, runs, read, firstSeen, i, member);
    if (end < 0) continue;
    const list: Item[] = [];
    for (let k = i; k < end; k++) {
      list.push({ block: k, heading: runs[k]! });
      read[k] = null;
    }
    lists.push(list);
    i = end - 1;
  }
  return lists;
}

/** One past the numbered list of sentences starting at `i` (its first item), or -1 when none starts there. */
function sentencesEnd(
  blocks: readonly Block[], runs: readonly (Heading | null)[], read: readonly (Heading | null)[], plain: readonly boolean[], firstSeen: ReadonlyMap<string, number>,
  i: number, item: (k: number) => Heading | null, member: (k: number) => Heading | null,
): number {
  const first = runs[i]!;
  let end = i + 1;
  let slip = false;
  const run: RunNumbers = { used: new Set([first.ordinal]), highest: first.ordinal };
  const take = (h: Heading) => { run.used.add(h.ordinal); run.highest = Math.max(run.highest, h.ordinal); };
  for (; end < blocks.length && carriesOn(runs[end - 1]!, run, member(end)); end++) {
    take(runs[end]!);
    if (item(end)) continue;
    // A run-in title with its text on its line, the numbering going no further, is the run's last item: shaped as its siblings.
    if (plain[end] && isClosedRunIn(blocks[end], runs[end]!) && !carriesOn(runs[end]!, run, member(end + 1))) return continuedLater(blocks, read, firstSeen, i, end + 1, runs[end]!) ? -1 : end + 1;
    if (slip || !carriesOn(runs[end]!, run, item(end + 1))) break;
    slip = true;
  }
  return end - i < 2 || continuedLater(blocks, read, firstSeen, i, end, runs[end - 1]!) ? -1 : end;
}
