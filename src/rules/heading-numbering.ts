/**
 * heading-numbering — sibling headings of one style must count 1, 2, 3… /
 * I, II, III… / A, B, C… / a, b, c, d, đ, e, g… / "Phần thứ nhất, thứ hai…"
 * and "3.1" must sit under "3".
 *
 * Why: a gap ("2.4" then "2.6"), a repeat ("d)" twice) or a list starting at
 * "2." means a part of the report was dropped, duplicated or mis-pasted.
 * Letters follow the Vietnamese alphabet (no f, j, w, z; "đ" after "d"), and
 * "d" → "e" is accepted since most reports skip "đ". Numbering restarts in
 * every new parent. A run that starts over inside one parent ("3.1 … 3.5",
 * then "3.1, 3.2, 3.3") is one slip, reported once at the restart; a number
 * "missing" from a run but present elsewhere among the siblings is no gap,
 * and two siblings swapped ("1." "2." "4." "3.") drop or repeat nothing.
 *
 * @example {"name": "ok.txt"}
 *   I. KẾT QUẢ
 *   1. Hạ tầng
 *   a) Máy tính
 *   b) Mạng
 *   c) Phần mềm
 *   d) Camera
 *   e) Loa
 *   2. Ứng dụng
 *   2.1. Văn bản
 *   2.2. Một cửa
 *   a) Hồ sơ
 *   II. KIẾN NGHỊ
 * @example {"name": "not-ok.txt", "expect": "numberGap"}
 *   I. KẾT QUẢ
 *   1. Hạ tầng
 *   2. Ứng dụng
 *   4. Nhân lực
 */
import type { ListItem, Section } from '../model/index.js';
import { headingOrdinal, LATIN_LETTERS, parsePartNumber, VIETNAMESE_LETTERS, writeHeadingNumber } from '../segment/numbering.js';
import { defineRule, type RuleContext } from './define.js';

/** What numbering is checked on: a heading, or an item of a numbered list (its parent: the section holding the list). */
type Numbered = Pick<Section, 'style' | 'key' | 'number' | 'block' | 'parent'>;

/** Whether `next` may follow `prev` directly ("d" → "e" skips an optional "đ"). */
function follows(style: Section['style'], prev: number, next: number, alphabet: string): boolean {
  if (next === prev + 1) return true;
  const lettered = style === 'letter' || style === 'capital';
  return lettered && alphabet === VIETNAMESE_LETTERS && alphabet[prev - 1] === 'd' && alphabet[next - 1] === 'e';
}

/**
 * Sibling groups: same parent, same style (multi-level numbers also by depth), in reading order.
 * "1." and "2)" under one parent are one list with a punctuation slip, not two lists.
 */
function siblingGroups(sections: readonly Section[]): Section[][] {
  const groups = new Map<string, Section[]>();
  for (const s of sections) {
    const k = `${s.parent}|${s.style}${/^[ivxl]+$/u.test(s.key) && s.style === 'roman' ? '-lower' : ''}|${s.key.split('.').length}`;
    const group = groups.get(k);
    if (group) group.push(s);
    else groups.set(k, [s]);
  }
  return [...groups.values()];
}

function checkGroup(group: Numbered[], context: RuleContext): void {
  const foreign = group.some((s) => (s.style === 'letter' || s.style === 'capital') && /[fjwz]/i.test(s.key));
  const alphabet = foreign ? LATIN_LETTERS : VIETNAMESE_LETTERS;
  const ords = group.map((s) => headingOrdinal(s, alphabet));
  if (ords.some((o) => o === null)) return;
  const n = ords as number[];
  const first = group[0];
  const parent = first.parent === null ? null : context.sections[first.parent];
  if (n[0] > 1 && !continuesPreviousDivision(first, n[0], alphabet, context.sections)) {
    const places = [{ block: first.block }, ...(parent ? [{ block: parent.block }] : [])];
    const expected = writeHeadingNumber(first, 1, alphabet);
    context.report({ messageId: 'numberStartsLate', data: { found: first.number, expected }, places, suggestion: expected });
  }
  let restarted = false;
  // Read once per group, not once per heading (a group of thousands of siblings was quadratic): the ordinals used, and
  // where each first occurs before the first restart.
  const used = new Set(n);
  // Where each number first occurs: a step back to a number not met yet fills a hole the run left (two siblings
  // swapped, "1." "2." "4." "3."): nothing was dropped or repeated, so it is neither a restart nor a gap.
  const firstAt = new Map<number, number>();
  n.forEach((v, k) => firstAt.has(v) || firstAt.set(v, k));
  const beforeRestart = new Map<number, Numbered>();
  const restartAt = firstRestart(n);
  for (let k = 0; k < restartAt; k++) if (!beforeRestart.has(n[k])) beforeRestart.set(n[k], group[k]);
  for (let i = 1; i < group.length; i++) {
    const [prev, cur, s] = [n[i - 1], n[i], group[i]];
    const expected = writeHeadingNumber(s, prev + 1, alphabet);
    const data = { found: s.number, previous: group[i - 1].number, expected };
    // After a restart, each number the first run already used is a second heading with that number ("3.3" twice).
    const repeated = restarted && cur !== prev ? beforeRestart.get(cur) : undefined;
    if (repeated) {
      context.report({ messageId: 'numberRepeated', data: { found: s.number, expected }, places: [{ block: s.block }, { block: repeated.block }], suggestion: null });
      continue;
    }
    if (follows(s.style, prev, cur, alphabet)) continue;
    if (cur === prev) {
      context.report({ messageId: 'numberDuplicate', data, places: [{ block: s.block }, { block: group[i - 1].block }], suggestion: expected });
    } else if (cur > prev) {
      // A number skipped that no sibling holds (at most as many steps as the group has numbers, whatever the gap).
      let missing = false;
      for (let m = prev + 1; m < cur && !missing; m++) missing = !used.has(m);
      if (missing && !restarted && !writtenBetween(group[i - 1], s, [prev, cur], alphabet, context)) context.report({ messageId: 'numberGap', data, places: [{ block: s.block }, { block: group[i - 1].block }], suggestion: expected });
    } else if (!restarted && firstAt.get(cur)! < i) {
      restarted = true;
      const earlier = group.find((g, k) => k < i && n[k] === cur);
      const places = [{ block: s.block }, ...(earlier ? [{ block: earlier.block }] : [{ block: group[i - 1].block }])];
      context.report({ messageId: 'numberRestart', data, places, suggestion: expected });
    }
  }
}

/**
 * Whether a number a skip leaves out is written between the two siblings on a numbered line the reader took for neither
 * heading nor list item ("a)" "b) 100% hộ …" "c)": a marker opening on a figure). Unsure the siblings are headings rather
 * than items of one run with that line, the rule says nothing.
 */
function writtenBetween(before: Numbered, after: Numbered, [prev, cur]: [number, number], alphabet: string, context: RuleContext): boolean {
  const depth = after.key.split('.').length;
  return (context.markers ?? []).some((m) => {
    const ordinal = m.style === after.style && m.key.split('.').length === depth ? headingOrdinal(m, alphabet) : null;
    return ordinal !== null && ordinal > prev && ordinal < cur && m.block > before.block && m.block < after.block;
  });
}

/** Styles of the divisions above Roman numerals: "PHẦN …", "A.", "Mục …" and "Thứ nhất, …". */
const DIVISIONS = new Set<Section['style']>(['part', 'capital', 'muc', 'ordinal']);

/**
 * Whether a run starting past its first number carries on the run of the previous division: "I.–III." under
 * "Phần thứ nhất", then "IV.", "V." under "Phần thứ hai" is a house style that numbers its sections through the
 * whole report, not a list starting late. Only the number right after the previous division's last one counts.
 */
function continuesPreviousDivision(first: Numbered, ordinal: number, alphabet: string, sections: readonly Section[]): boolean {
  const parent = first.parent === null ? null : sections[first.parent];
  if (!parent || !DIVISIONS.has(parent.style)) return false;
  // Sections are in reading order, each at its own index: the previous division is found walking back.
  let previous: Section | undefined;
  for (let k = parent.index - 1; k >= 0 && !previous; k--) if (sections[k].parent === parent.parent && sections[k].style === parent.style) previous = sections[k];
  if (!previous) return false;
  const depth = first.key.split('.').length;
  // The previous division's sections lie between it and this one (reading order): each span is walked once.
  let last: Section | undefined;
  for (let k = parent.index - 1; k > previous.index && !last; k--) {
    const s = sections[k];
    if (s.parent === previous.index && s.style === first.style && s.key.split('.').length === depth) last = s;
  }
  return last !== undefined && headingOrdinal(last, alphabet) === ordinal - 1;
}

/** A list item as a numbered line under the section holding its list. */
const asNumbered = (item: ListItem): Numbered => ({ style: item.style, key: item.key, number: item.number, block: item.block, parent: item.section });

/** Index where a sibling list first goes back to a number it has passed. */
function firstRestart(n: number[]): number {
  const i = n.findIndex((v, k) => k > 0 && v < n[k - 1]);
  return i < 0 ? n.length : i;
}

/**
 * The number a child's multi-level number must start with: "3" for "3." and for "Mục 3" (or "MỤC III"), "II" for "II."
 * when the child's own number opens with a Roman numeral ("II.1"), else null.
 */
function prefixOf(parent: Section, child: Numbered): string | null {
  if (parent.style === 'arabic' || parent.style === 'multi') return parent.key;
  if (parent.style === 'roman' && /^[IVXL]+\./u.test(child.key)) return parent.key;
  if (parent.style !== 'muc') return null;
  const n = parsePartNumber(parent.key.replace(/^\S+\s+/u, ''));
  return n === null ? null : String(n);
}

/** A multi-level number must extend its parent's: "3.1" under "3" or "Mục 3", "2.1.1" under "2.1". */
function checkPrefix(s: Numbered, context: RuleContext): void {
  const parent = s.parent === null ? null : context.sections[s.parent];
  const parentKey = parent ? prefixOf(parent, s) : null;
  if (s.style !== 'multi' || !parent || parentKey === null) return;
  const prefix = s.key.split('.').slice(0, -1).join('.');
  if (prefix === parentKey) return;
  const expected = `${parentKey}.${s.key.split('.').at(-1)}${s.number.slice(s.key.length)}`;
  context.report({ messageId: 'numberPrefix', data: { found: s.number, parent: parent.number, expected }, places: [{ block: s.block }, { block: parent.block }], suggestion: expected });
}

export default defineRule({
  id: 'heading-numbering',
  severity: 'error',
  description: 'Đề mục cùng cấp phải đánh số liên tục, không trùng, không nhảy cóc',
  messages: {
    numberGap: 'Đánh số đề mục nhảy cóc: sau "{previous}" là "{found}", lẽ ra là "{expected}"',
    numberDuplicate: 'Số đề mục "{found}" bị lặp lại ngay sau "{previous}"; lẽ ra là "{expected}"',
    numberRestart: 'Đánh số đề mục bắt đầu lại: sau "{previous}" là "{found}" (số đã dùng trong cùng mục); lẽ ra là "{expected}"',
    numberRepeated: 'Số đề mục "{found}" đã dùng cho một đề mục trước trong cùng mục',
    numberStartsLate: 'Danh sách đề mục bắt đầu từ "{found}", lẽ ra là "{expected}"',
    numberPrefix: 'Đề mục "{found}" nằm trong mục "{parent}" nhưng số không khớp; lẽ ra là "{expected}"',
  },
  check(context) {
    for (const group of siblingGroups(context.sections)) checkGroup(group, context);
    for (const s of context.sections) checkPrefix(s, context);
    for (const list of (context.lists ?? []).map((l) => l.map(asNumbered))) {
      checkGroup(list, context);
      // A list's items extend the number of the section holding them only when they are deeper ("4.1." under "4.").
      for (const item of list) if (item.parent !== null && context.sections[item.parent].key.split('.').length < item.key.split('.').length) checkPrefix(item, context);
    }
  },
});
