/**
 * Shares whose whole is not stated in their own sentence.
 *
 * - "Số trẻ sinh là con thứ ba 12 trường hợp, chiếm 10,5% tổng số trẻ sinh trong năm" after "… trong năm sinh 120 trẻ":
 *   the whole is named ("tổng số <noun phrase>") and stated once before, anywhere in the report, by a count whose noun and
 *   the words right before it hold the whole phrase, and whose own noun names no narrower group. Nothing is read when two
 *   values fit, when the phrase names fewer than two words of its own, or when the part counts something else. A plain
 *   "số <noun phrase>" ("chiếm 4,62% số hộ chăn nuôi") names it too, when no count of the phrase stated later fits the
 *   share; a group the unit's own inventory counts ("Xã có 07 ấp với 2.845 hộ, trong đó có 1.126 hộ chăn nuôi") is one.
 *   So is a total of people stated under the very phrase ("tổng số hội viên là 412 người"), its noun restated as "người".
 * - "đại học 15 người (62,50%); trung cấp 6 người (25,00%); sơ cấp 3 người (12,50%)": a breakdown whose parts each carry
 *   their share in brackets, or held after a comma ("mức Khá 2 248 học sinh, chiếm 14,91%;"), is of the parts' sum; read
 *   only when at least three parts of one noun stand in one sentence and every share but at most one agrees with that sum
 *   (then the one that does not is the slip, if no whole the agreeing shares allow fits it).
 * - "356 trẻ, chiếm 4,73% số trẻ được đo" beside two more shares "% số trẻ được đo" after "số trẻ được đo chiều cao là
 *   9 540 trẻ": a whole named by a plain "số …" phrase is read only when its siblings agree with it (siblingNamedWholes);
 *   so is a count whose very noun the phrase is ("627 đối tượng … Cụ thể: - Người khuyết tật: 186 người, chiếm 26,97%
 *   tổng số đối tượng"), whatever noun the parts count in.
 * - "868 người, chiếm 19,2%" right after "3 958/4 826 người": a part that with the fraction's part makes its whole exactly
 *   is the other side of that split, its share of the same whole (complementWhole).
 * - "khám sức khỏe 46 công dân, có 29 công dân đủ tiêu chuẩn, chiếm 65,2%": a count opened by ", có" after counts of its noun
 *   in comma-joined clauses is the last step of a selection, its share of a step before it (funnelWhole).
 * - "… mở 40 lớp cho 1.200 học viên. Học viên nữ 700 người, chiếm 58,3%.": a sentence opened by the noun a count of the
 *   sentence before counts, and words of its own, names a subgroup of that count; its share is of it (subgroupWhole).
 */
import type { Analysis, Figure } from '../model/index.js';
import { percentAgrees, pinnedWholes } from './percent-arith.js';
import { unitHead } from './quantities.js';
import { canonicalLabel, labelTokens } from './similarity.js';
import type { ShareInput } from './shares.js';
import { insideBrackets } from '../text/positions.js';
import { unitsAlike } from './labels.js';
import { isInventoryItem } from './shares-inventory.js';
import { alt, FUNNEL_HAS_WORDS, INVENTORY_HAS_WORDS, OF_WHICH, SHARE_OF_COUNT_HEADS, CATEGORY_PREFIXES, CATEGORY_SHIFTERS, COMPARED_WITH, COUNT_WORDS, MEMBER_NOUNS, NEGATION_WORDS, PERSON_NOUNS, CURRENT_PERIOD_WORDS, CUT_OFF_WORDS, RUNNING_TOTAL_WORDS, SHARE_REACH_VERBS, DONE_WORDS, DUTY_DONE_VERBS, DUTY_WORDS, EARLIER_PERIOD_WORDS, INCIDENT_NOUNS, RECIPIENT_WORDS, PART_CONNECTORS, PERIOD_NAME_WORDS, PERIOD_PLACE_WORDS, RATE_WORDS, SHARE_HELD_VERBS, SHARE_OF_WHOLE_VERBS, TOTAL_OF_WORDS, WHOLE_FRAME_WORDS, WHOLE_NAME_NUMBER_HEADS, WHOLE_NAME_TOTAL_HEADS, edgeAlt } from '../text/lexicon.js';

const local = (input: ShareInput, f: Figure) => f.span.start - input.source.blocks[f.block].span.start;
const textBetween = (input: ShareInput, a: Figure, b: Figure) => {
  const block = input.source.blocks[a.block];
  return block.text.slice(a.span.end - block.span.start, b.span.start - block.span.start);
};

// ", chiếm 10,5%": the part hands its share over with a verb of share of the whole, a few words after it, or in a bracket
// of its own ("14 mẫu không đạt (chiếm 4,94%)").
const HANDED = new RegExp(String.raw`^[^\d,;.()]{0,30}(?:,|\()\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})\s*$`, 'iu');
// "218 trẻ sơ sinh được lấy máu gót chân sàng lọc, đạt 86,2% tổng số trẻ sinh ra": a part told with its own deed hands its
// share over with "đạt" too, when the total it is of is named right after the percent.
const REACHED = new RegExp(String.raw`^[^\d,;.()]{0,60},\s*(?:${alt(SHARE_REACH_VERBS)})\s*$`, 'iu');
// Words before a count that only place it in the report's own period or to date ("trong kỳ có", "lũy kế 9 tháng"), and a
// cut-off date, told apart and weighed by the period it falls in (ownPeriodDate).
const OWN_PERIOD = new RegExp(String.raw`(?<![\p{L}])(?:${alt(CURRENT_PERIOD_WORDS)}|(?:${alt(RUNNING_TOTAL_WORDS)})(?:\s+\d{1,2}\s+(?:${alt(PERIOD_NAME_WORDS)}))?)(?![\p{L}])`, 'giu');
const CUT_OFF_DATE = new RegExp(String.raw`${edgeAlt(CUT_OFF_WORDS)}\s+(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d\d)(?!\d)`, 'giu');
// "% tổng số trẻ sinh trong năm": the whole named by words only (no figure, at most six words), up to a clause end.
const NAMED_TOTAL = new RegExp(String.raw`^\s*(?:%\s*)?(?:${alt(TOTAL_OF_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,5}?)\s*(?=[,;.)]|$)`, 'iu');
// Words that place the whole in time ("trong năm", "cả kỳ"): not part of what it counts.
const PERIOD_TOKENS = new Set(labelTokens([...PERIOD_NAME_WORDS, ...PERIOD_PLACE_WORDS].join(' ')));
// The earlier count is a prior period's, a yardstick's or a part's ("trong đó khám bảo hiểm 520 lượt"), not the whole.
const ASIDE = new RegExp(String.raw`${edgeAlt(COMPARED_WITH, EARLIER_PERIOD_WORDS, PART_CONNECTORS)}(?![\p{L}])`, 'iu');
// Words before a whole that say only where it is counted and that it is ("Toàn xã có", "trên địa bàn huyện là").
const FRAME_TOKENS = new Set(labelTokens(WHOLE_FRAME_WORDS.join(' ')));
const MAX_BACK = 200;
// The words that make "hộ cận nghèo" another group than "hộ nghèo".
const SHIFTER_TOKENS = new Set<string>(CATEGORY_PREFIXES);
const BEFORE = 40;

// The words of a figure's clause right before it (back to a clause mark or the figure before it, at most BEFORE characters).
function wordsBefore(input: ShareInput, g: Figure): string {
  const block = input.source.blocks[g.block];
  const prev = input.figures[g.index - 1];
  const from = Math.max(0, local(input, g) - BEFORE, prev && prev.block === g.block ? prev.span.end - block.span.start : 0);
  // A word the window cuts in two is no word of the clause ("ia BHXH" of "tham gia BHXH"): the window starts after it.
  const split = from > 0 && /\p{L}/u.test(block.text[from - 1]) ? /^\p{L}*/u.exec(block.text.slice(from, local(input, g)))![0].length : 0;
  const head = block.text.slice(from + split, local(input, g));
  const cut = Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => head.lastIndexOf(c)));
  // "Trong đó, 11 ổ dịch đã kết thúc": a clause opened by a part connector and its comma counts a part, whatever follows.
  if (PART_LEAD.test(head.slice(0, cut + 1))) return `${head.slice(0, cut + 1)} ${head.slice(cut + 1)}`;
  return head.slice(cut + 1);
}
// "So với cuối năm 2024 (18.963 tín đồ)": for a figure opening a bracket, the words of the clause before the bracket.
function bracketLead(input: ShareInput, g: Figure): string {
  const head = input.source.blocks[g.block].text.slice(Math.max(0, local(input, g) - BEFORE - 2), local(input, g));
  const open = /\(\s*$/u.exec(head);
  if (!open) return '';
  const lead = head.slice(0, open.index);
  return lead.slice(Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => lead.lastIndexOf(c))) + 1);
}
// The words right after a count up to a clause mark or a number ("trẻ sinh ra" of "262 trẻ sinh ra, 118 người chết"): its noun
// as written, which its label may cut short.
const NOUN_AFTER = /^[^\d,;:.()]{0,30}/u;
const textAfter = (input: ShareInput, g: Figure, reach = 30) => {
  const block = input.source.blocks[g.block];
  return block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + reach);
};
// A run of words read up to a reach, without the word the reach cuts in two ("dân quân tại ch" of "dân quân tại chỗ").
const wholeWords = (run: string, text: string) => (/\p{L}/u.test(text[run.length] ?? '') ? run.replace(/\p{L}+$/u, '') : run);
// The case word and the noun after it, to the clause's end ("trường hợp vi phạm an toàn thực phẩm"): all of it or nothing.
const CASES_REACH = 80;
const CASES_AFTER = /^[^\d,;:.()]{0,79}(?=[\d,;:.()]|$)/u;
// A part connector closing the words before a clause mark ("Trong đó,", "cụ thể:").
const PART_LEAD = new RegExp(String.raw`${edgeAlt(PART_CONNECTORS)}\s*[,:]$`, 'iu');

// Nouns of one incident ("trường hợp", "vụ"): what they count is the noun written after them.
const INCIDENT = new Set(INCIDENT_NOUNS.map(canonicalLabel));
const core = (s: string) => labelTokens(s).filter((t) => !PERIOD_TOKENS.has(t));

/**
 * The part and the one earlier count a share's "tổng số <noun phrase>" names, or undefined. A part of a breakdown whose
 * whole stands before it ("270 ca mắc gồm: 198 ca …") is never that count: its whole is the total, it a group of it; but
 * when the phrase names such a group as fully and the share fits it, the share is of it (the phrase names two values).
 */
export function earlierNamedWhole(input: ShareInput & Pick<Analysis, 'claims'> & Partial<Pick<Analysis, 'meta'>>, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || p.value > 100) return undefined;
  const block = input.source.blocks[p.block];
  const end = p.span.end - block.span.start;
  // "chiếm 4,62% số hộ chăn nuôi": a whole named by a plain count word is read as one named by a total word, and only when no
  // count the phrase names later in the report fits the share instead.
  const total = NAMED_TOTAL.exec(block.text.slice(end, end + 80));
  // "86 hộ hội viên đạt danh hiệu sản xuất kinh doanh giỏi các cấp, chiếm 24,1% tổng số hội viên": a share of a named total
  // may follow a part told at more length (its own clause, no figure nor mark), as a step of a selection's may.
  const handing = textBetween(input, part, p);
  if (block.kind === 'row' || !(HANDED.test(handing) || REACHED.test(handing) || (total && FUNNEL_HANDED.test(handing)))) return undefined;
  const m = total ?? NAMED_COUNT_OF.exec(block.text.slice(end, end + 80));
  if (!m) return undefined;
  const named = core(m[1]);
  if (new Set(named).size < 2) return undefined;
  // Every word of the phrase, its period words too: a count placed in another period ("đầu năm có …") is not its whole.
  const wanted = new Set(labelTokens(m[1]));
  // What the part's own clause says it counts ("Số trẻ sinh là con thứ ba 12 trường hợp").
  const partWords = new Set([...labelTokens(part.label ?? ''), ...labelTokens(wordsBefore(input, part)), ...labelTokens(part.unit)]);
  const phrase: NamedPhrase = { part, wanted, named, partWords };
  const found = new Set<number>();
  const groups = new Set(input.claims.flatMap((c) => (c.relation === 'list' ? [] : c.parts.filter((i) => c.whole < i))));
  let whole: Figure | undefined;
  let fitting: Figure | undefined;
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_BACK; k--) {
    const g = input.figures[k];
    if (g.cell !== null || g.kind !== 'count' || g.unit === null || g.change || g.value <= part.value || input.source.blocks[g.block].kind === 'row') continue;
    if (groups.has(k) && !inventorySubgroup(input, g)) {
      if (!fitting && percentAgrees(part.value, g.value, p.value, p.decimals) && namedAlike(input, g, part, wanted, named)) fitting = g;
      continue;
    }
    if (!countNamed(input, g, phrase)) continue;
    found.add(g.value);
    whole = g;
  }
  // The share fits a group the phrase names as well as the total (a quarter's intake beside the year's running total): of it.
  if (fitting) return { part, whole: fitting };
  if (found.size !== 1 || !whole) return undefined;
  if (!total && laterFitting(input, p, phrase)) return undefined;
  return { part, whole };
}

/** The part a share hands its named whole to, and what the phrase naming that whole says. */
interface NamedPhrase {
  part: Figure;
  /** Every word of the phrase. */
  wanted: ReadonlySet<string>;
  /** The phrase's words, period words aside. */
  named: readonly string[];
  /** What the part's own clause says it counts. */
  partWords: ReadonlySet<string>;
}

// "% số hộ chăn nuôi": the whole named by the plain count word and words only, as NAMED_TOTAL.
const NAMED_COUNT_OF = new RegExp(String.raw`^\s*(?:%\s*)?(?:${alt(SHARE_OF_COUNT_HEADS)})\s+(\p{L}+(?:\s\p{L}+){0,5}?)\s*(?=[,;.)]|$)`, 'iu');

// A count of the phrase's noun stated after the share, in its part's section or later, that fits the share: the whole may be it.
function laterFitting(input: ShareInput & Partial<Pick<Analysis, 'meta'>>, p: Figure, phrase: NamedPhrase): boolean {
  for (let k = p.index + 1; k < input.figures.length && k <= p.index + MAX_BACK; k++) {
    const g = input.figures[k];
    if (g.cell !== null || g.kind !== 'count' || g.unit === null || g.change || g.value <= phrase.part.value || input.source.blocks[g.block].kind === 'row') continue;
    if (percentAgrees(phrase.part.value, g.value, p.value, p.decimals) && countNamed(input, g, phrase)) return true;
  }
  return false;
}

/** Whether the count g is one the phrase names as a whole: its noun, the words before and after it hold the phrase and no narrower group. */
function countNamed(input: ShareInput & Partial<Pick<Analysis, 'meta'>>, g: Figure, { part, wanted, named, partWords }: NamedPhrase): boolean {
  // "5 482 trường hợp vi phạm": a count of cases counts the noun after it, the case word names no group of its own.
  const incident = INCIDENT.has(canonicalLabel(g.unit!));
  const restating = !incident && personRestating(g, named);
  const counter = incident || restating ? new Set(labelTokens(g.unit!)) : null;
  // A label restated by a count of people is the sentence's subject, where it is counted too ("… của huyện là 640 người").
  const own = [...labelTokens(g.unit!), ...labelTokens(ownPeriodFree(input, g.label ?? ''))].filter((t) => !counter?.has(t) && !(restating && FRAME_TOKENS.has(t)));
  // Its own noun names no narrower group than the phrase ("63 trẻ nam" is not all "trẻ sinh").
  if (own.length === 0 || !own.every((t) => wanted.has(t))) return false;
  const before = wordsBefore(input, g);
  // "Xã có 07 ấp với 2.845 hộ, trong đó có 1.126 hộ chăn nuôi": the unit's own count of a group of its inventory is no aside.
  const sub = inventorySubgroup(input, g);
  if (!sub && (ASIDE.test(before) || ASIDE.test(bracketLead(input, g)))) return false;
  // The words before it name nothing the phrase does not ("khám bảo hiểm 520 lượt" is a narrower group of "lượt khám").
  const said = sub ? [] : labelTokens(ownPeriodFree(input, before));
  const after = labelTokens(wholeWords(NOUN_AFTER.exec(textAfter(input, g))?.[0] ?? '', textAfter(input, g)));
  // "phát hiện, lập biên bản 5 482 trường hợp vi phạm": cases that name their noun right after them are told by it, up to
  // the clause's end, naming nothing the phrase does not; the words before are what was done with them, no narrower group.
  const noun = incident ? labelTokens(CASES_AFTER.exec(textAfter(input, g, CASES_REACH))?.[0] ?? '').filter((t) => !counter!.has(t)) : [];
  const toldAfter = noun.length > 0 && named.every((t) => noun.includes(t)) && noun.every((t) => wanted.has(t) || FRAME_TOKENS.has(t) || PERIOD_TOKENS.has(t));
  if (!toldAfter && !said.every((t) => wanted.has(t) || FRAME_TOKENS.has(t))) return false;
  // The noun as written after it names no narrower group either, where its label stops short ("63 dân quân tại chỗ" read
  // "dân quân" is no count of every "dân quân"): its words are the phrase's, or only frame or period words.
  if (!toldAfter && !after.every((t) => wanted.has(t) || counter?.has(t) || FRAME_TOKENS.has(t) || PERIOD_TOKENS.has(t))) return false;
  const words = new Set([...own, ...said, ...after, ...noun]);
  if (!named.every((t) => words.has(t))) return false;
  // The part counts the same noun, or its own words name the whole's ("Số trẻ sinh … 12 trường hợp"); of a count of people
  // restating a noun, the phrase's words in the part's own or right after it ("86 hộ hội viên …" of "tổng số hội viên là 412
  // người"), or its head ("96 đoàn viên" of "đoàn viên công đoàn").
  if (canonicalLabel(part.unit!) === canonicalLabel(g.unit!)) return true;
  if (!restating) return core(g.unit!).every((t) => partWords.has(t));
  const head = labelTokens(part.unit!);
  const told = new Set([...partWords, ...labelTokens(wholeWords(NOUN_AFTER.exec(textAfter(input, part))?.[0] ?? '', textAfter(input, part)))]);
  return named.every((t) => told.has(t)) || (head.length > 0 && head.every((t, k) => named[k] === t));
}

// "tổng số …": the writer's own word that the count is the total ("số tín đồ là 128.460 người" may be one church's).
const TOTAL_LABEL = new RegExp(String.raw`${edgeAlt(WHOLE_NAME_TOTAL_HEADS)}\s+(?:${alt(WHOLE_NAME_NUMBER_HEADS)})(?![\p{L}])`, 'iu');

/**
 * "tổng số hội viên là 412 người": a count of people ("người", "công dân") whose own label holds every word the phrase names
 * restates that noun by its unit: the unit's words, then, name no group of their own (as a case word's do not).
 */
function personRestating(g: Figure, named: readonly string[]): boolean {
  if (!PEOPLE.has(canonicalLabel(g.unit!)) || g.label === null || !TOTAL_LABEL.test(g.label)) return false;
  const label = new Set(labelTokens(g.label));
  return named.every((t) => label.has(t));
}

// ", trong đó có ": only a part connector (and "có") between an inventory item's unit and the count after it.
const SUBGROUP_OPENS = new RegExp(String.raw`^\s*,\s*(?:${alt(OF_WHICH)})\s+(?:(?:${alt(INVENTORY_HAS_WORDS)})\s+)?$`, 'iu');

/**
 * "Xã có 07 (bảy) ấp với 2.845 hộ, trong đó có 1.126 hộ chăn nuôi": a count opened by a part connector right after an item of
 * the unit's own inventory counted in its very noun ("hộ", nothing else) is the unit's count of that group, all of it.
 */
function inventorySubgroup(input: ShareInput & Partial<Pick<Analysis, 'meta'>>, g: Figure): boolean {
  const h = input.figures[g.index - 1];
  if (!h || h.block !== g.block || h.kind !== 'count' || h.unit === null || h.change || canonicalLabel(h.unit) !== canonicalLabel(g.unit!) || !input.meta) return false;
  const between = textBetween(input, h, g);
  if (!between.trimStart().startsWith(h.unit) || !SUBGROUP_OPENS.test(between.trimStart().slice(h.unit.length))) return false;
  return isInventoryItem({ ...input, meta: input.meta }, h);
}

/**
 * A part of a breakdown whose own noun and the words right after it are every word of the phrase and no other ("1 872 hồ sơ
 * tiếp nhận mới" of "1 918 hồ sơ …, gồm 46 hồ sơ kỳ trước chuyển sang và 1 872 hồ sơ tiếp nhận mới"): the phrase names it
 * as fully as a total, though it is never that total (the words before it are its sibling's).
 */
function namedAlike(input: ShareInput & Partial<Pick<Analysis, 'meta'>>, g: Figure, part: Figure, wanted: ReadonlySet<string>, named: readonly string[]): boolean {
  if (part.unit === null || g.unit === null || canonicalLabel(part.unit) !== canonicalLabel(g.unit)) return false;
  const own = [...labelTokens(g.unit), ...labelTokens(ownPeriodFree(input, g.label ?? ''))];
  const after = labelTokens(wholeWords(NOUN_AFTER.exec(textAfter(input, g))?.[0] ?? '', textAfter(input, g)));
  const words = new Set([...own, ...after]);
  return own.every((t) => wanted.has(t)) && after.every((t) => wanted.has(t) || FRAME_TOKENS.has(t) || PERIOD_TOKENS.has(t)) && named.every((t) => words.has(t));
}

/**
 * Words with what only places them in the report's own period taken out: "trong kỳ", "lũy kế 9 tháng", and a cut-off date
 * inside the report's period ("người tham gia BHXH tự nguyện đến ngày 31/5/2025" of a half-year report). A cut-off outside
 * it ("đến ngày 31/12/2024") places the count in another period and stays.
 */
function ownPeriodFree(input: Partial<Pick<Analysis, 'meta'>>, words: string): string {
  const period = input.meta?.period;
  const inPeriod = (d: string, m: string, y: string) => {
    const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return period != null && day >= period.start && day <= period.end;
  };
  return words.replace(OWN_PERIOD, ' ').replace(CUT_OFF_DATE, (all, d: string, m: string, y: string) => (inPeriod(d, m, y) ? ' ' : all));
}

// ", đạt 92,6%": a share handed over right after the part, its unit only between.
const LEAD_HANDED = new RegExp(String.raw`^\s*(?:\p{L}+\s*){0,3},\s*(?:${alt(SHARE_OF_WHOLE_VERBS)}|đạt)(?: (?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
// The percent closes its clause: no words after it name what it is of ("đạt 92,6% kế hoạch").
const CLAUSE_CLOSED = /^\s*(?:[,;.)]|$)/u;

/**
 * "Toàn huyện đã kiểm tra 1.245 lượt cơ sở; số lượt cơ sở đạt yêu cầu là 1.116 lượt, đạt 92,6%": a count named by every
 * word of the first count of its noun in its sentence and more ("số lượt cơ sở đạt yêu cầu" of "lượt cơ sở"), read as
 * falling under it (a "within:" reading), hands its share over right after it (", đạt 92,6%" closing the clause): the share
 * is of that first count. The whole's name has two words at least; no sentence ends between them.
 */
export function leadWhole(input: ShareInput & Pick<Analysis, 'readings'>, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || p.value > 100) return undefined;
  const block = input.source.blocks[p.block];
  if (block.kind === 'row' || !LEAD_HANDED.test(textBetween(input, part, p))) return undefined;
  if (!CLAUSE_CLOSED.test(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 4))) return undefined;
  const readings = readingsByFigure(input.readings);
  const own = readings.get(part.index);
  const lead = own?.scope.split('|').find((t) => t.startsWith('within:'));
  if (!own || lead === undefined) return undefined;
  const value = Number(lead.slice(7));
  for (let k = part.index - 1; k >= 0 && input.figures[k].block === part.block; k--) {
    const g = input.figures[k];
    if (g.value !== value || g.kind !== 'count' || g.change) continue;
    const whole = readings.get(g.index);
    if (!whole || whole.tokens.length < 2 || g.value <= part.value) return undefined;
    if (/[.!?]\s/u.test(textBetween(input, g, part))) return undefined;
    const named = whole.tokens.every((t) => own.tokens.includes(t)) && own.tokens.length > whole.tokens.length;
    // "hộ cận nghèo" beside "hộ nghèo": a word that turns the noun into a neighbouring category names no group of it.
    const shifted = own.tokens.some((t) => !whole.tokens.includes(t) && SHIFTER_TOKENS.has(t));
    return named && !shifted ? { part, whole: g } : undefined;
  }
  return undefined;
}
const BY_FIGURE = new WeakMap<Analysis['readings'], Map<number, Analysis['readings'][number]>>();
function readingsByFigure(readings: Analysis['readings']): Map<number, Analysis['readings'][number]> {
  let out = BY_FIGURE.get(readings);
  if (!out) BY_FIGURE.set(readings, (out = new Map(readings.map((q) => [q.figure.index, q]))));
  return out;
}

/** A part of a breakdown, its share in brackets, and the parts of its breakdown. */
export interface BreakdownShare {
  share: Figure;
  part: Figure;
  parts: Figure[];
}

// "15 người (62,50%)", "15 người (chiếm 62,50%)": the count's noun, then the bracket opening on the share (a share verb or
// rate word at most) and closing right after it.
const OPEN = new RegExp(String.raw`^\s*(?:\p{L}+(?:\s\p{L}+){0,2})?\s*\(\s*(?:(?:${alt(SHARE_OF_WHOLE_VERBS, RATE_WORDS)})\s*:?\s*)?$`, 'iu');
const CLOSE = /^\s*\)/u;
// Between one part's closing bracket and the next part: a list's separator and the next part's name, no sentence end.
const NEXT = /^\s*\)\s*[,;]\s*[^\d.;:!?()\n]{0,60}$/u;
// "13 246 học sinh, chiếm 83,62%;": the count's noun, then the share held after a comma ("chiếm", "chiếm tỷ lệ"), closing its
// clause; the next part follows a list's separator and its name, as after a bracket.
const HELD = new RegExp(String.raw`^\s*(?:\p{L}+(?:\s\p{L}+){0,2})?\s*,\s*(?:${alt(SHARE_HELD_VERBS)})(?:\s+(?:${alt(RATE_WORDS)}))?\s*:?\s*$`, 'iu');
const HELD_CLOSED = /^\s*(?:[,;.]|$)/u;
const HELD_NEXT = /^\s*[,;]\s*[^\d.;:!?()\n]{0,60}$/u;

/**
 * The parts of each breakdown whose shares are of the parts' sum, read per block in one pass over its figures: shares in
 * brackets ("đại học 15 người (62,50%); …"), or held after each part ("mức Tốt 13 246 học sinh, chiếm 83,62%; mức Khá …").
 */
export function breakdownShares(input: ShareInput): BreakdownShare[] {
  const out: BreakdownShare[] = [];
  const figures = input.figures;
  let run: [Figure, Figure][] = [];
  let form: ShareForm | null = null;
  const flush = () => {
    if (run.length >= 3) out.push(...judged(run));
    run = [];
  };
  for (let k = 0; k + 1 < figures.length; k++) {
    const part = figures[k];
    const share = figures[k + 1];
    const own = shareForm(input, part, share);
    if (own === null) {
      flush();
      continue;
    }
    const last = run.at(-1);
    if (last && !(own === form && last[1].index === part.index - 1 && last[1].block === part.block && canonicalLabel(last[0].unit!) === canonicalLabel(part.unit!) && (own === 'bracket' ? NEXT : HELD_NEXT).test(textBetween(input, last[1], part)))) flush();
    form = own;
    run.push([part, share]);
    k++;
  }
  flush();
  return out;
}

type ShareForm = 'bracket' | 'held';

// How a count hands the percent right after it its share: in a bracket of its own, or held after a comma; null for neither.
function shareForm(input: ShareInput, part: Figure, share: Figure): ShareForm | null {
  if (bracketed(input, part, share)) return 'bracket';
  if (part.kind !== 'count' || part.unit === null || part.change || share.kind !== 'percent' || share.block !== part.block || share.value > 100) return null;
  const block = input.source.blocks[part.block];
  if (block.kind === 'row' || !HELD.test(textBetween(input, part, share))) return null;
  return HELD_CLOSED.test(block.text.slice(share.span.end - block.span.start, share.span.end - block.span.start + 4)) ? 'held' : null;
}

export function bracketed(input: ShareInput, part: Figure, share: Figure): boolean {
  if (part.kind !== 'count' || part.unit === null || part.change || share.kind !== 'percent' || share.block !== part.block || share.value > 100) return false;
  const block = input.source.blocks[part.block];
  if (block.kind === 'row' || !OPEN.test(textBetween(input, part, share))) return false;
  return CLOSE.test(block.text.slice(share.span.end - block.span.start, share.span.end - block.span.start + 4));
}

/**
 * Every share but at most one agrees with the parts' sum: the sum is the base, and the odd one out is read against it —
 * when the agreeing shares pin the whole so tightly that no whole they allow fits the odd one either (shares of small parts,
 * "5 người (0,16%)", agree with many wholes and pin none).
 */
function judged(run: [Figure, Figure][]): BreakdownShare[] {
  const sum = run.reduce((s, [part]) => s + part.value, 0);
  const agree = run.filter(([part, share]) => percentAgrees(part.value, sum, share.value, share.decimals));
  if (sum <= 0 || agree.length < run.length - 1) return [];
  const odd = run.filter((x) => !agree.includes(x));
  if (odd.length > 0) {
    const wholes = pinnedWholes(agree.map(([part, share]) => ({ part: part.value, share: share.value, decimals: share.decimals })), Math.max(...run.map(([part]) => part.value)));
    if (wholes === null || odd.some(([part, share]) => wholes.some((w) => percentAgrees(part.value, w, share.value, share.decimals)))) return [];
  }
  const parts = run.map(([part]) => part);
  return run.map(([part, share]) => ({ share, part, parts }));
}

/** A share whose whole only its siblings' agreement names. */
export interface SiblingShare {
  share: Figure;
  part: Figure;
  whole: Figure;
}

// "% số trẻ được đo": a whole named by its count word and a phrase, no figure (at most six words), up to a clause end.
const NAMED_COUNT_PHRASE = new RegExp(String.raw`^\s*(?:%\s*)?(?:${alt(COUNT_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,5}?)\s*(?=[,;.)]|$)`, 'iu');

// As HANDED, the part's description running longer ("87 người có dấu hiệu suy giảm nhận thức, chiếm"): the siblings' agreement
// with one whole, not the words, ties the share to its part.
const SIBLING_HANDED = new RegExp(String.raw`^[^\d,;.()]{0,50},\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})\s*$`, 'iu');

/**
 * "1 498 trẻ, chiếm 15,70% số trẻ được đo"; "356 trẻ, chiếm 4,73% số trẻ được đo"; "214 trẻ, chiếm 2,24% số trẻ được
 * đo": three shares or more of one report that name one whole by the same phrase (its count word and at least two words
 * of its own), after "… số trẻ được đo chiều cao là 9 540 trẻ" stated before them. The whole is an earlier count of the
 * parts' noun whose own words hold every word of the phrase; it is read only when every share but at most one agrees
 * with it (then the one that does not is the slip), and when one value only does. Bare shares of the same sentence (", chiếm
 * 9,28%;" naming no whole) whose parts count the same noun join a phrase its only one names, before or after them.
 */
export function siblingNamedWholes(input: ShareInput): SiblingShare[] {
  const groups = new Map<string, { phrase: string[]; members: Array<{ share: Figure; part: Figure }> }>();
  // Shares handed over in one sentence, in reading order: those naming a phrase carry its key, bare ones none.
  const runs: Array<Array<{ share: Figure; part: Figure; key: string | null }>> = [];
  for (const p of input.figures) {
    const part = input.figures[p.index - 1];
    if (p.kind !== 'percent' || !part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || p.value > 100) continue;
    const block = input.source.blocks[p.block];
    if (block.kind === 'row' || !SIBLING_HANDED.test(textBetween(input, part, p))) continue;
    const end = p.span.end - block.span.start;
    const m = NAMED_COUNT_PHRASE.exec(block.text.slice(end, end + 80));
    const phrase = m ? labelTokens(m[1]) : [];
    const bare = m === null && CLAUSE_CLOSED.test(block.text.slice(end, end + 4));
    const run = runs[runs.length - 1];
    const prior = run?.[run.length - 1];
    const mate = prior !== undefined && prior.share.block === p.block && !/[.!?](?:\s|$)/u.test(textBetween(input, prior.share, part));
    const member = { share: p, part, key: null as string | null };
    if (mate) run.push(member);
    else runs.push([member]);
    if (core(m?.[1] ?? '').length < 2) {
      if (!bare) member.key = '';
      continue;
    }
    const key = `${canonicalLabel(part.unit)}|${phrase.join(' ')}`;
    member.key = key;
    const group = groups.get(key) ?? { phrase, members: [] };
    group.members.push({ share: p, part });
    groups.set(key, group);
  }
  // "642 người tăng huyết áp, chiếm 27,72%; 215 người đái tháo đường, chiếm 9,28%; 87 người …, chiếm 4,8% số người được khám":
  // bare shares of a sentence whose only named phrase is one, their parts of its noun, are of the whole that phrase names.
  for (const run of runs) {
    const keys = new Set(run.map((x) => x.key).filter((k) => k !== null));
    if (keys.size !== 1) continue;
    const [key] = keys;
    const group = key === '' ? undefined : groups.get(key!);
    if (group === undefined) continue;
    for (const x of run) {
      if (x.key === null && canonicalLabel(x.part.unit!) === key!.split('|')[0]) group.members.push({ share: x.share, part: x.part });
    }
    group.members.sort((a, b) => a.share.index - b.share.index);
  }
  const out: SiblingShare[] = [];
  const byPhrase = new Map<string, { phrase: string[]; members: Array<{ share: Figure; part: Figure }> }>();
  for (const { phrase, members } of groups.values()) {
    const unit = canonicalLabel(members[0].part.unit!);
    const whole = fittingWhole(input, phrase, members, (g) => canonicalLabel(g.unit!) === unit, false);
    if (whole) out.push(...members.map((x) => ({ ...x, whole })));
    const same = byPhrase.get(phrase.join(' ')) ?? { phrase, members: [] };
    same.members.push(...members);
    byPhrase.set(phrase.join(' '), same);
  }
  // "- Người cao tuổi: 412 người, chiếm 65,71% tổng số đối tượng" … "17 em, chiếm 2,71% tổng số đối tượng" after "toàn xã có
  // 627 đối tượng …": a phrase that is the very noun an earlier count is counted in names that count, whatever noun the
  // parts are counted in ("người", "em"); the odd share must then fit no whole the agreeing ones allow.
  const read = new Set(out.map((x) => x.share.index));
  for (const { phrase, members } of byPhrase.values()) {
    const all = [...members].sort((x, y) => x.share.index - y.share.index);
    const whole = fittingWhole(input, phrase, all, (g) => labelTokens(g.unit!).join(' ') === phrase.join(' '), true);
    if (whole) out.push(...all.filter((x) => !read.has(x.share.index)).map((x) => ({ ...x, whole })));
  }
  return out;
}

/**
 * The one earlier count (before the first member, of a noun `counted` accepts, larger than every part, its words holding the
 * phrase, no aside) that every member's share but at most one agrees with, two at least; undefined when none or several do.
 * `pinned`: the odd share, if any, must also fit no whole the agreeing shares allow.
 */
function fittingWhole(input: ShareInput, phrase: readonly string[], members: ReadonlyArray<{ share: Figure; part: Figure }>, counted: (g: Figure) => boolean, pinned: boolean): Figure | undefined {
  if (members.length < 3) return undefined;
  const first = members[0].part;
  const largest = Math.max(...members.map((x) => x.part.value));
  const candidates = new Map<number, Figure>();
  for (let k = first.index - 1; k >= 0 && k >= first.index - MAX_BACK; k--) {
    const g = input.figures[k];
    if (g.cell !== null || g.kind !== 'count' || g.unit === null || g.change || g.value <= largest || input.source.blocks[g.block].kind === 'row') continue;
    if (!counted(g)) continue;
    const before = wordsBefore(input, g);
    if (ASIDE.test(before)) continue;
    const words = new Set([...labelTokens(before), ...labelTokens(g.unit)]);
    if (phrase.every((t) => words.has(t)) && !candidates.has(g.value)) candidates.set(g.value, g);
  }
  const fits = (w: number) => members.filter(({ share, part }) => percentAgrees(part.value, w, share.value, share.decimals));
  const fitting = [...candidates.values()].filter((w) => {
    const agree = fits(w.value).length;
    return agree >= 2 && agree >= members.length - 1;
  });
  if (fitting.length !== 1) return undefined;
  const agree = fits(fitting[0].value);
  if (!pinned || agree.length === members.length) return fitting[0];
  const wholes = pinnedWholes(agree.map(({ share, part }) => ({ part: part.value, share: share.value, decimals: share.decimals })), largest);
  const odd = members.find((x) => !agree.includes(x))!;
  return wholes !== null && !wholes.some((w) => percentAgrees(odd.part.value, w, odd.share.value, odd.share.decimals)) ? fitting[0] : undefined;
}

// The few figures back a complement's fraction is looked for: the part's own paragraph and the one before.
const COMPLEMENT_BACK = 6;

// "…; lũy kế đã cấp Giấy chứng nhận cho 331 cơ sở": what was done, after a done word, up to the part (a recipient word aside).
const DONE_DEED = new RegExp(String.raw`${edgeAlt(DONE_WORDS)}\s+([^\d,;:.()]{1,60}?)\s*(?:(?:${alt(RECIPIENT_WORDS)})\s+)?$`, 'iu');
// "128 hộ thực hiện, đạt": the part's noun (a word or two), then a verb of doing what was due, then the share's comma.
const DUTY_DONE_AFTER = new RegExp(String.raw`^\s*\p{L}+(?:\s\p{L}+)?\s+(?:${alt(DUTY_DONE_VERBS)})\s*,\s*(?:${alt(SHARE_OF_WHOLE_VERBS)}|đạt)(?: (?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
// "356 cơ sở thuộc diện phải cấp Giấy chứng nhận …": a duty word a few words after the count's noun, then what is due.
const DUTY_AFTER = new RegExp(String.raw`^[^\d;:.()]{0,40}?${edgeAlt(DUTY_WORDS)}\s+([^\d;:.()]{1,80})`, 'iu');

/**
 * "Theo phân cấp, tuyến huyện quản lý 356 cơ sở thuộc diện phải cấp Giấy chứng nhận …" and, a section later, "đã cấp Giấy
 * chứng nhận cho 331 cơ sở, đạt 91,2%": a share handed over right after a part of what was done ("đã" and the deed, two words
 * at least), closing its clause, is of the one earlier count of the part's noun said to be due that very deed (a duty word,
 * then the deed word for word). Nothing is read when two such counts differ.
 */
export function dutyWhole(input: ShareInput, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || part.cell !== null || p.value > 100) return undefined;
  const block = input.source.blocks[p.block];
  const handed = textBetween(input, part, p);
  if (block.kind === 'row' || !(LEAD_HANDED.test(handed) || DUTY_DONE_AFTER.test(handed))) return undefined;
  if (!CLAUSE_CLOSED.test(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 4))) return undefined;
  const m = DONE_DEED.exec(block.text.slice(Math.max(0, local(input, part) - 80), local(input, part)));
  const deed = m ? labelTokens(m[1]) : [];
  // "đến nay đã có 128 hộ thực hiện, đạt 85,3%": no deed before the part, a verb of doing what was due after its noun; the
  // whole is then sought in the part's own sentence only.
  const generic = deed.length < 2 && DUTY_DONE_AFTER.test(handed);
  if (deed.length < 2 && !generic) return undefined;
  const values = new Set<number>();
  let whole: Figure | undefined;
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_BACK; k--) {
    const g = input.figures[k];
    if (g.cell !== null || g.kind !== 'count' || g.unit === null || g.change || g.value < part.value || canonicalLabel(g.unit) !== canonicalLabel(part.unit)) continue;
    const home = input.source.blocks[g.block];
    if (home.kind === 'row') continue;
    if (generic && (g.block !== part.block || /[.!?]\s/u.test(home.text.slice(g.span.end - home.span.start, local(input, part))))) continue;
    const end = g.span.end - home.span.start;
    const d = DUTY_AFTER.exec(home.text.slice(end, end + 160));
    const due = d ? labelTokens(d[1]) : [];
    if (generic ? due.length === 0 : !deed.every((t, i) => due[i] === t)) continue;
    values.add(g.value);
    whole = g;
  }
  return values.size === 1 && whole ? { part, whole } : undefined;
}

/**
 * "- Số người nhận qua tài khoản là 3 958/4 826 người, đạt 82,0%." then "- Số người nhận bằng tiền mặt là 868 người, chiếm
 * 19,2%;": a share handed over right after its part, naming no whole, just after a fraction of the part's noun whose part
 * and this one add up to its whole exactly (3 958 + 868 = 4 826): the two split that whole, and the share is of it. The
 * fraction stands in the part's paragraph or the one before, in one section; the whole is its denominator.
 */
export function complementWhole(input: ShareInput, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || p.value > 100) return undefined;
  const block = input.source.blocks[p.block];
  if (block.kind === 'row' || !HANDED.test(textBetween(input, part, p))) return undefined;
  if (!CLAUSE_CLOSED.test(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 4))) return undefined;
  for (let k = part.index - 1; k >= 0 && k >= part.index - COMPLEMENT_BACK; k--) {
    const g = input.figures[k];
    if (g.block < p.block - 1 || input.blockSection[g.block] !== input.blockSection[p.block]) break;
    if (g.kind !== 'fraction' || g.cell !== null || input.source.blocks[g.block].kind === 'row') continue;
    // The same noun, or its head ("9 mẫu" beside "231/240 mẫu nước"): the exact sum below ties them.
    if (g.unit === null || (canonicalLabel(g.unit) !== canonicalLabel(part.unit) && unitHead(g) !== unitHead(part)) || g.numerator === null || g.denominator === null) continue;
    if (g.numerator + part.value !== g.denominator) return undefined;
    return { part, whole: { ...g, kind: 'count', value: g.denominator, percent: null } };
  }
  return undefined;
}

// ", có 29 công dân": a count opened by "có" right after a comma, the clause before it stating a count of the same noun.
// The step's own words, what it was selected for ("công dân đủ tiêu chuẩn sức khỏe"), then ", chiếm".
const FUNNEL_HANDED = new RegExp(String.raw`^[^\d,;.()]{0,60},\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})\s*$`, 'iu');
const HAS_AFTER_COMMA = new RegExp(String.raw`,\s*(?:${alt(FUNNEL_HAS_WORDS)})\s+$`, 'iu');

/**
 * "sơ tuyển 52 công dân, khám sức khỏe 46 công dân, có 29 công dân đủ tiêu chuẩn sức khỏe, chiếm 65,2%": a share handed over
 * right after a count opened by ", có" (closing its clause, naming no whole), whose sentence states before it, in clauses
 * joined by commas only, counts of the same noun no smaller than it (each step of a selection): the share is of one of them.
 * The one it agrees with, if any; else the nearest (the step right before), so a share no step gives is told against it.
 * Read only when the figure right before the part is such a count.
 */
export function funnelWhole(input: ShareInput, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || part.cell !== null || p.value > 100) return undefined;
  const block = input.source.blocks[p.block];
  if (block.kind === 'row' || !FUNNEL_HANDED.test(textBetween(input, part, p))) return undefined;
  if (!CLAUSE_CLOSED.test(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 4))) return undefined;
  if (!HAS_AFTER_COMMA.test(block.text.slice(Math.max(0, local(input, part) - 12), local(input, part)))) return undefined;
  const steps: Figure[] = [];
  for (let k = part.index - 1, next = part; k >= 0 && input.figures[k].block === part.block; k--) {
    const g = input.figures[k];
    // Only commas between the steps: a clause mark, a bracket or a sentence end stops the run.
    if (/[;:.!?()]/u.test(textBetween(input, g, next))) break;
    if (g.kind !== 'count' || g.unit === null || g.change || g.cell !== null || canonicalLabel(g.unit) !== canonicalLabel(part.unit) || g.value < part.value) break;
    steps.push(g);
    next = g;
  }
  if (steps.length === 0) return undefined;
  const whole = steps.find((g) => percentAgrees(part.value, g.value, p.value, p.decimals)) ?? steps[0];
  return { part, whole };
}

// "Học viên nữ": the words opening a sentence up to its first figure, a capital first, no digit, no clause mark.
const SUBGROUP_OPENING = /^\p{Lu}[^\d,;:()]{0,60}$/u;
// Words an opening may add to the noun that make a neighbouring category or deny it ("hộ cận nghèo", "học viên chưa …").
const NOT_SUBGROUP = new Set(labelTokens([...CATEGORY_SHIFTERS, ...NEGATION_WORDS].join(' ')));
const COUNT_TOKENS = new Set(labelTokens(COUNT_WORDS.join(' ')));
const PEOPLE = new Set<string>(PERSON_NOUNS);
const MEMBERS = new Set<string>(MEMBER_NOUNS);
const SUBGROUP_MAX_WORDS = 4;

/**
 * "Năm 2024, Trung tâm mở 40 lớp cho 1.200 học viên (kế hoạch 1.250 học viên). Học viên nữ 700 người, chiếm 58,3%.": a
 * sentence of the same paragraph whose first figure is the part, opened by the noun a count of the sentence right before
 * counts ("học viên", after "Số" at most) and one to four words of its own, none of another category or a denial ("nữ",
 * "tốt nghiệp", not "cận nghèo", "chưa có việc làm"), hands the part its share (", chiếm 58,3%", closing the clause): the
 * share is of that count, the subgroup's whole. The part counts the same noun, or people ("người") when the whole counts
 * people of a kind. Read only when exactly one value of that noun stands in the sentence before outside brackets (a plan in
 * brackets is no whole) and it exceeds the part; anything else leaves the share unread.
 */
export function subgroupWhole(input: ShareInput, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || part.cell !== null || p.value > 100) return undefined;
  const block = input.source.blocks[p.block];
  if (block.kind === 'row' || !HANDED.test(textBetween(input, part, p)) || !/,\s*\p{L}+\s*$/u.test(textBetween(input, part, p))) return undefined;
  if (!CLAUSE_CLOSED.test(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 4))) return undefined;
  // The part's sentence opens after the last full stop before it; nothing but words stand between.
  const head = block.text.slice(0, local(input, part));
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (stop < 0) return undefined;
  const opening = head.slice(stop + 1).trim();
  if (!SUBGROUP_OPENING.test(opening)) return undefined;
  const words = labelTokens(opening);
  const noun = words[0] !== undefined && COUNT_TOKENS.has(words[0]) ? words.slice(1) : words;
  // The sentence before: from the stop before it (or the paragraph's start) to the part's sentence.
  const before = head.slice(0, stop + 1);
  const from = Math.max(before.lastIndexOf('. ', stop - 1), before.lastIndexOf('! ', stop - 1), before.lastIndexOf('? ', stop - 1)) + 1;
  const values = new Set<number>();
  let whole: Figure | undefined;
  for (let k = part.index - 1; k >= 0 && input.figures[k].block === part.block; k--) {
    const g = input.figures[k];
    const at = local(input, g);
    if (at < from) break;
    if (g.kind !== 'count' || g.unit === null || g.change || g.cell !== null || insideBrackets(block, at)) continue;
    const unit = labelTokens(g.unit);
    if (unit.length === 0 || !unit.every((t, i) => noun[i] === t)) continue;
    const own = noun.slice(unit.length);
    if (own.length === 0 || own.length > SUBGROUP_MAX_WORDS || own.some((t) => NOT_SUBGROUP.has(t))) continue;
    const gUnit = canonicalLabel(g.unit);
    const people = PEOPLE.has(canonicalLabel(part.unit)) && MEMBERS.has(gUnit);
    if (!unitsAlike(part.unit, g.unit) && !people) continue;
    values.add(g.value);
    whole = g;
  }
  return values.size === 1 && whole && whole.value > part.value ? { part, whole } : undefined;
}
