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
 */
import type { Block } from '../model/index.js';
import { SIGNATURE, type Heading } from './heading.js';
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
const LABEL_WORDS = 12;

/** Whether the item opens with a run-in title: at most six words (twelve before a lone amount), no digit, then ":". */
function hasRunInTitle(title: string): boolean {
  if (!RUN_IN_TITLE.test(title)) return false;
  const colon = title.indexOf(':');
  const words = title.slice(0, colon).trim().split(/\s+/).length;
  return words <= RUN_IN_WORDS || (words <= LABEL_WORDS && AMOUNT_ONLY.test(title.slice(colon + 1).trim()));
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
 * Whether a heading after the run `[start, end)` continues its numbering, looking past body text and
 * headings of styles first met inside or after the run (deeper ones), up to the first heading of
 * an outer style, the signature or the end.
 */
function continuedLater(blocks: readonly Block[], read: readonly (Heading | null)[], firstSeen: ReadonlyMap<string, number>, start: number, end: number): boolean {
  const last = read[end - 1]!;
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

/** Null every heading reading that is an item of a numbered list of sentences; return those lists. */
export function dropSentenceLists(blocks: readonly Block[], read: (Heading | null)[], plain: readonly boolean[]): Item[][] {
  const lists: Item[][] = [];
  const item = (k: number) => {
    const h = read[k];
    return h && plain[k] && isSentenceItem(blocks[k], h) ? h : null;
  };
  const member = (k: number) => (read[k] && plain[k] && !read[k]!.bare ? read[k] : null);
  const firstSeen = new Map<string, number>();
  read.forEach((h, k) => h && !firstSeen.has(styleOf(h)) && firstSeen.set(styleOf(h), k));
  for (let i = 0; i < blocks.length; i++) {
    const first = item(i);
    if (!first || first.ordinal !== 1) continue;
    let end = i + 1;
    let slip = false;
    const run: RunNumbers = { used: new Set([first.ordinal]), highest: first.ordinal };
    const take = (h: Heading) => { run.used.add(h.ordinal); run.highest = Math.max(run.highest, h.ordinal); };
    for (; end < blocks.length && carriesOn(read[end - 1]!, run, member(end)); end++) {
      take(read[end]!);
      if (item(end)) continue;
      if (slip || !carriesOn(read[end]!, run, item(end + 1))) break;
      slip = true;
    }
    if (end - i < 2 || continuedLater(blocks, read, firstSeen, i, end)) continue;
    const list: Item[] = [];
    for (let k = i; k < end; k++) {
      list.push({ block: k, heading: read[k]! });
      read[k] = null;
    }
    lists.push(list);
    i = end - 1;
  }
  return lists;
}
