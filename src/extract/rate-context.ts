/**
 * What a percentage is, from the words around it: a share or coverage rate, which cannot pass 100%, or a
 * rate of growth, plan fulfilment or comparison, which may ("tăng 112% so với cùng kỳ", "đạt 112% kế
 * hoạch"). Read here once, from the lexicon's lists; rules only judge the figure against what it is.
 */
import type { Analysis, Figure } from '../model/index.js';
import { clauseStart } from './labels.js';
import { percentAgrees } from './percent-arith.js';
import { alt, ALLOCATED_CAPITAL_BASES, ALLOCATED_CAPITAL_TAILS, DISBURSEMENT_VERBS, AMOUNT_AFTER_COUNT_HEAD, CAPACITY_RATE_WORDS, CHANGE_VERBS, COMPARED_WITH, COUNTED_NOUNS, PERIOD_NAME_WORDS, PLAN_WORDS, ASSIGNED_WORDS, DIFFERENCE_TAILS, EACH_WORDS, EXCEEDED_BASES, FULFILMENT_RATE_NAMES, FULFILMENT_RATE_TAILS, FULFILLED_OBJECTS, MEMBERS_DONE_VERBS, EQUAL_WORDS, PLAN_HOLDING_VERBS, ROOM_OCCUPANCY_NAMES, ROOM_OCCUPANCY_TAILS, SAME_RATE_SCOPE_OPENERS, GROWTH_OR_PLAN_WORDS, OF_WHICH, PLACE_ASIDE_OPENERS, RANK_ITEM_OPENERS, RATE_WORD, SHARE_OF_COUNT_HEADS, SHARE_OF_WHOLE_WORDS, SHARE_HELD_VERBS, SHARE_RATE_WORDS, SHARE_REACH_VERBS, WHOLE_TOTAL_WORDS, RATE_VALUE_VERBS, RATE_WORDS, SUPERLATIVE_WORDS, TARGET_WEIGHED_NOUNS, TARGET_WEIGHING_VERBS, TARGET_WORDS, WEIGHED_AGAINST, edgeAlt } from '../text/lexicon.js';

const GROWTH_OR_PLAN = new RegExp(String.raw`${alt([...GROWTH_OR_PLAN_WORDS, ...CAPACITY_RATE_WORDS])}|${edgeAlt(FULFILMENT_RATE_NAMES)}(?=\s*(?:[(:,;.\d]|$|(?:${alt(FULFILMENT_RATE_TAILS)})(?![\p{L}])))|${edgeAlt(['kh'])}(?![\p{L}])|${edgeAlt(CHANGE_VERBS)}(?! cường)(?![\p{L}])`, 'iu');
const SHARE_RATE = new RegExp(String.raw`${alt(SHARE_RATE_WORDS)}|${edgeAlt(['được'])}(?![\p{L}])|\d\s?%\s+(?:${alt(SHARE_OF_WHOLE_WORDS)})(?![\p{L}])|${edgeAlt(SHARE_REACH_VERBS)}\s+\d+(?:[.,]\d+)*\s?%\s+(?:${alt(SHARE_OF_COUNT_HEADS)})\s+(?!(?:${alt(AMOUNT_AFTER_COUNT_HEAD)})(?![\p{L}]))\p{L}`, 'iu');

/** The words name growth, plan fulfilment, a comparison or a load against a capacity: a percentage there may pass 100%. */
export function growthOrPlanWords(words: string): boolean {
  const whole = REACHED_WHOLE.exec(words);
  // Only when that percent is the last one the words hold: in "đạt 81,4% tổng số người cao tuổi và đạt 104,2% kế hoạch" the
  // later percent is the plan's, and the named whole says nothing of it.
  if (whole && !OTHER_BASE.test(whole[1]) && !COMPARISON.test(words) && !LATER_PERCENT.test(words.slice(whole.index + whole[0].length))) return false;
  return GROWTH_OR_PLAN.test(words.replace(QUOTED_NAME, ' ').replace(MEMBERS_DONE, '$1').replace(HELD_PLAN, '$1').replace(PLACE_ASIDE, ',').replace(HELD_TOTAL, '$1').replace(SHARE_BASE, (base, head: string) => (OTHER_BASE.test(base) ? base : head)));
}
// "tỷ lệ hộ đã hoàn thành nghĩa vụ thuế đạt 103,2 % tổng số hộ phải nộp": a percent reached of a total of counted things it
// names is a share of them, whatever words before it tell what those things did ("hoàn thành nghĩa vụ", "vượt khó"): no
// plan fulfilled, no growth. Not when the whole's words name a plan, an assignment or another time ("tổng số hộ được giao",
// "tổng số hộ năm trước"), nor when the clause compares ("so với").
const REACHED_WHOLE = new RegExp(String.raw`${edgeAlt(SHARE_REACH_VERBS)}\s+\d+(?:[.,]\d+)*\s?%\s+(?:${alt(SHARE_OF_WHOLE_WORDS)})\s+(?:${alt(COUNTED_NOUNS)})(?![\p{L}])([^\d,;:.()%]*)`, 'iu');
const LATER_PERCENT = /\d\s?%/u;
const COMPARISON = new RegExp(String.raw`${edgeAlt(COMPARED_WITH)}(?![\p{L}])`, 'iu');
// "chiếm 58,9% tổng kế hoạch", "chiếm 12% tổng dự toán": the total a held share names is the whole it is a share of, whatever
// that total is of (a plan's included), so its name says nothing of fulfilment.
const HELD_TOTAL = new RegExp(String.raw`(${edgeAlt(SHARE_HELD_VERBS)}\s+\d+(?:[.,]\d+)*\s?%)\s+(?:${alt(WHOLE_TOTAL_WORDS)})(?![\p{L}])[^\d,;:.()]*`, 'giu');
// ", chiếm 58,9%" right after an amount: the held share's clause opens at the comma (the amount's own words are not its).
// The verb of a held share right before its percent: "chiếm 27,6%".
const HELD_RIGHT_BEFORE = new RegExp(String.raw`${edgeAlt(SHARE_HELD_VERBS)}\s*$`, 'iu');
const HELD_AFTER_AMOUNT = new RegExp(String.raw`\d[^,;:]{0,30},\s*(?:${alt(SHARE_HELD_VERBS)})\s*$`, 'iu');
// "tỷ lệ bao phủ đạt 104,9% so với số người thuộc hộ cận nghèo của xã": set against the number of the very things it covers
// (a counted noun after "số"), a rate is a share of them, no comparison; against a number of another time or a plan ("so với
// số hộ đầu năm", "so với số hộ được giao") it still compares.
const SHARE_BASE = new RegExp(String.raw`${edgeAlt(COMPARED_WITH)}\s+((?:${alt(SHARE_OF_WHOLE_WORDS, SHARE_OF_COUNT_HEADS)})\s+(?:${alt(COUNTED_NOUNS)})(?![\p{L}])[^\d,;:.()]*)`, 'giu');
const OTHER_BASE = new RegExp(String.raw`${edgeAlt(PERIOD_NAME_WORDS, PLAN_WORDS, ASSIGNED_WORDS)}(?![\p{L}])`, 'iu');
// ", nơi vừa hoàn thành tuyến ống nhánh vào tháng 9/2023,": an aside describing a place, closed by a comma before the rate's words
// (no percent inside it).
const PLACE_ASIDE = new RegExp(String.raw`,\s*${edgeAlt(PLACE_ASIDE_OPENERS)}(?![\p{L}])[^,;:.%]*(?:[.][^\s,;:%][^,;:.%]*)*,`, 'giu');
// "tỷ lệ giáo viên tiểu học hoàn thành bồi dưỡng …": a rate word, the members it counts (no digit or clause mark), then the
// verb of completion and a deed of theirs: the verb tells what the members did, no plan fulfilled (lexicon MEMBERS_DONE_VERBS).
const MEMBERS_DONE = new RegExp(String.raw`(${edgeAlt(RATE_WORDS)}\s+\p{L}[^\d%,;:.()]*?\s)(?:${alt(MEMBERS_DONE_VERBS)})(?=\s+(?!(?:${alt(FULFILLED_OBJECTS)})(?![\p{L}]))\p{L})`, 'giu');
// "tỷ lệ dự án có kế hoạch lựa chọn nhà thầu …": a rate word, the counted things it is of (at most three words naming them
// further: "trạm y tế"), a verb giving them a plan of their
// own (lexicon PLAN_HOLDING_VERBS), then that plan word: the plan is what each thing has, not the rate's base, so the plan
// word is dropped from what tells a plan fulfilled; any other plan or growth word of the clause still tells one.
const HELD_PLAN = new RegExp(String.raw`(${edgeAlt(RATE_WORDS)}\s+(?:${alt(COUNTED_NOUNS)})(?:\s+\p{L}+){0,3}?\s+(?:${alt(PLAN_HOLDING_VERBS)}))\s+(?:${alt(EXCEEDED_BASES)})(?![\p{L}])`, 'giu');
// A name in quotes ("quy trình "3 giảm 3 tăng"", "phong trào “1 phải 5 giảm”") is no verb of the clause.
const QUOTED_NAME = /["“][^"”\n]{1,60}["”]/gu;

// "bằng 132% giá khởi điểm", "tương đương 120% mức lương cơ sở": a value set against a yardstick it names, not a share of
// a whole (a share names a count: "bằng 32,5% số hộ", "tổng số").
const YARDSTICK_RATE = new RegExp(String.raw`${edgeAlt(EQUAL_WORDS)}\s+\d+(?:[.,]\d+)*\s?%\s+(?!(?:tổng\s+)?số(?![\p{L}]))\p{L}`, 'iu');

/** The words set a value equal to a share of a yardstick they name ("bằng 132% giá khởi điểm"): no share of a whole. */
export function yardstickWords(words: string): boolean {
  return YARDSTICK_RATE.test(words);
}

/** The words name a share or a coverage rate. */
export function shareRateWords(words: string): boolean {
  return SHARE_RATE.test(words);
}

// "công suất phòng toàn phường đạt 104,5%": the occupancy of guest rooms, a name of theirs then its tail or a mark. The
// name alone is dropped wherever it stands once that is read (the figure's label repeats it before the clause's words).
const ROOM_OCCUPANCY = new RegExp(String.raw`${edgeAlt(ROOM_OCCUPANCY_NAMES)}(?=\s*(?:[(:,;.\d]|$|(?:${alt(ROOM_OCCUPANCY_TAILS)})(?![\p{L}])))`, 'iu');
const SAME_RATE_SCOPE = new RegExp(String.raw`^\s*(?:${alt(SAME_RATE_SCOPE_OPENERS)})(?![\p{L}])`, 'iu');
const ROOM_NAME = new RegExp(String.raw`${edgeAlt(ROOM_OCCUPANCY_NAMES)}(?![\p{L}])`, 'giu');

/**
 * The words name the occupancy of guest rooms and nothing else of growth, a plan or a capacity ("công suất phòng toàn phường
 * đạt 104,5%"): a room is let or not, so the rate cannot pass 100%; beds ("giường bệnh") and classrooms are left out, as
 * extra beds and two shifts legitimately pass it. Read from a capacity word's noun alone, so the rule tells it as a warning.
 */
export function roomOccupancyWords(words: string): boolean {
  return ROOM_OCCUPANCY.test(words) && !growthOrPlanWords(words.replace(ROOM_NAME, ' '));
}

// "đã giải ngân 4,680 tỷ đồng, đạt 104,00% kế hoạch vốn được giao": the verb of disbursement, no other percent nor ";" before
// the rate, which names the capital and its allocation (its year at most besides) and closes its clause there.
const ALLOCATION_SPENT = new RegExp(String.raw`${edgeAlt(DISBURSEMENT_VERBS)}(?![\p{L}])[^;%]*?\d+(?:[.,]\d+)*\s?%\s+(?:${alt(ALLOCATED_CAPITAL_BASES)})(?:\s+năm\s+\d{4})?\s+(?:${alt(ALLOCATED_CAPITAL_TAILS)})(?:\s+năm\s+\d{4})?\s*(?:[,;.)]|$)`, 'iu');

/**
 * The words tell money disbursed out of the capital allocated to it ("đã giải ngân …, đạt 104,00% kế hoạch vốn được giao"):
 * a share of the allocation, which cannot pass 100% though a plan word names it. Not "đạt 112% kế hoạch" of what is
 * produced or collected, nor a bare "kế hoạch vốn" or one that names its giver (lexicon ALLOCATED_CAPITAL_TAILS).
 */
export function allocationSpentWords(words: string): boolean {
  return ALLOCATION_SPENT.test(words);
}

// "tỷ lệ bình quân 1,66 người ứng cử/01 ghế", "mỗi tổ 12/10 thành viên": an average or a per-unit value, a ratio of two
// things counted apart, not a part over its whole.
const PER_UNIT = new RegExp(String.raw`${edgeAlt(EACH_WORDS)}(?![\p{L}])`, 'iu');

/** The words name an average or a value per unit ("bình quân", "mỗi"): a fraction there is a ratio, not a share. */
export function perUnitWords(words: string): boolean {
  return PER_UNIT.test(words);
}

/** What the clause reader needs. */
export type RateInput = Pick<Analysis, 'source' | 'clauses'>;

// "(chỉ tiêu giao từ 75% trở lên)": a bracket naming a target rate right after a rate.
const TARGET_RATE_BRACKET = new RegExp(String.raw`^\s*\((?:[^()]*?${edgeAlt(TARGET_WORDS)}(?![\p{L}]))[^()]*?\d+(?:,\d+)?\s?%[^()]*\)`, 'iu');

const REST_WINDOW = 1000;
// ", tăng 3,5% so với cùng kỳ": a change with its own figure after a named rate.
const OWN_CHANGE = new RegExp(String.raw`,\s*(?:${alt(CHANGE_VERBS)})(?:\s+(?:${alt(DIFFERENCE_TAILS)}))?\s+\d`, 'iu');

/** The clause around a figure: from its start to the next clause break after it (at most 80 characters after the figure). */
export function clauseWords(input: RateInput, f: Figure): string {
  const block = input.source.blocks[f.block];
  const at = f.span.start - block.span.start;
  const end = f.span.end - block.span.start;
  let from = clauseStart(block.text, at, 0);
  // "Hoàn thành vượt kế hoạch thu ngân sách (112,4%)": a bracket holding the figure alone annotates the words before it,
  // whose clause tells what the percent is.
  // So does a bracket a fraction opens when those words name a plan ("vượt kế hoạch (14/12 sản phẩm, đạt 116,7%)"): its
  // whole is then the plan, the fraction done/planned.
  if (from > 0 && block.text[from - 1] === '(' && block.text.slice(from, at).trim() === '' && (/^\s*\)/u.test(block.text.slice(end)) || (f.kind === 'fraction' && FRACTION_BRACKET_REST.test(block.text.slice(end)) && PLAN_BASE.test(block.text.slice(clauseStart(block.text, from - 1, 0), from - 1))))) from = clauseStart(block.text, from - 1, 0);
  // "đạt 100,2% dự toán, chiếm 174,9% tổng chi": a percent after another in its clause, a comma between, has its own verb
  // and base; the words of the one before (its plan, its growth) are not its.
  // Within the clause's words only (clauseStart reads a bounded window back): linear over a line of many figures.
  const head = block.text.slice(from, at);
  const splitLead = from > 0 && block.text[from - 1] === ';' && OF_WHICH_OPENING.test(head) ? splitRate(block.text, from - 1) : '';
  const prior = head.lastIndexOf('%');
  const comma = prior > 0 && /\d\s?$/u.test(head.slice(Math.max(0, prior - 2), prior)) ? head.indexOf(',', prior) : -1;
  // "Tỷ lệ cơ giới hóa khâu làm đất đạt 100 %, khâu thu hoạch lúa đạt 192,5 %": a named rate heading the clause before the
  // first percent is the second's too (a parallel item); only the first percent's own tail ("dự toán") is dropped.
  let lead = '';
  if (comma >= 0) {
    const before = head.slice(0, prior).replace(/\d[\d.,\s\u00A0\u202F]*$/u, '');
    // "Công suất sử dụng phòng bình quân cả năm đạt 58,4 %, dịp cao điểm … đạt 108,0 %": so is a named occupancy of guest rooms,
    // when the clause after the comma names only a time or a place (its noun not repeated).
    if (RATE_WORD.test(before) || (ROOM_OCCUPANCY.test(before) && SAME_RATE_SCOPE.test(head.slice(comma + 1)))) lead = before.trim() + ' ';
    from += comma + 1 + /^\s*/u.exec(head.slice(comma + 1))![0].length;
  }
  // "Tỷ lệ bao phủ đạt 91,8% dân số; trong đó thị trấn A đạt 102,6%": a clause opened by "trong đó" right after a ";" splits
  // the rate the clause before names by its value; that named rate is the rate of each part too.
  if (lead === '') lead = splitLead;
  // "Vốn … hỗ trợ có mục tiêu 38.200 triệu đồng, chiếm 158,9% tổng kế hoạch": a share held by the amount before it; the
  // words naming that amount ("có mục tiêu") are not the share's.
  if (f.kind === 'percent' && HELD_AFTER_AMOUNT.test(block.text.slice(from, at))) {
    lead = '';
    from += block.text.slice(from, at).lastIndexOf(',') + 1;
    from += /^\s*/u.exec(block.text.slice(from, at))![0].length;
  }
  const clause = input.clauses.at(f.block, at, true);
  const to = clause ? clause.to : block.text.length;
  // Only the first 80 characters after the figure (and a bracket right after it) are read: a window of the clause when
  // the clause is long, unless the bracket may run past the window (then the whole clause, as before).
  const cut = to - end > REST_WINDOW;
  let rest = cut ? block.text.slice(end, end + REST_WINDOW) : block.text.slice(end, to).replace(/[;.!?:]$/u, '');
  let target = TARGET_RATE_BRACKET.exec(rest);
  if (cut && (target ? target[0].length + 80 > REST_WINDOW : /^\s*\([^()]*$/u.test(rest))) {
    rest = block.text.slice(end, to).replace(/[;.!?:]$/u, '');
    target = TARGET_RATE_BRACKET.exec(rest);
  }
  // "Tỷ lệ … đạt 186,1% (chỉ tiêu giao từ 75% trở lên)": a rate set beside its target rate is still a share;
  // the bracket names the target, not what the percent fulfils.
  if (target && RATE_WORD.test(block.text.slice(from, at))) rest = rest.slice(target[0].length);
  // "Tỷ lệ … đạt 104,2%, tăng 3,5% so với cùng kỳ": the change after a named rate has its own figure; its words are not the rate's.
  // So after a share held ("chiếm 27,6% tổng số hộ, tăng 348 hộ so với cùng kỳ"): the change is of the count, not of the share.
  const change = OWN_CHANGE.exec(rest);
  if (change && (RATE_WORD.test(block.text.slice(from, at)) || HELD_RIGHT_BEFORE.test(block.text.slice(from, at)))) rest = rest.slice(0, change.index);
  // "Tỷ lệ bao phủ … đạt 93,7 % dân số, tiệm cận chỉ tiêu …": a named rate followed by the whole it is a share of; the
  // clause after the comma weighs the rate against its target, and its plan words say nothing of what the percent is.
  const whole = OWN_WHOLE.exec(rest);
  if (whole && !GROWTH_OR_PLAN.test(whole[1]) && RATE_WORD.test(block.text.slice(from, at))) rest = rest.slice(0, whole[0].length - 1);
  // "Tỷ lệ … biết chữ đạt 96,5%, vượt chỉ tiêu huyện giao": the clause right after a named rate's own value weighs it against
  // its target; its plan words say nothing of what the percent is (a fulfilment names its base: "đạt 105% kế hoạch").
  if (WEIGHED_AFTER.test(rest) && RATE_WORD.test(block.text.slice(from, at)) && OWN_VALUE_BEFORE.test(block.text.slice(from, at))) rest = '';
  return (rankHead(input, f, from) || bareRateHead(input, f, lead + block.text.slice(from, at))) + lead + block.text.slice(from, end) + rest.slice(0, 80);
}

// The rest of a bracket a fraction opens: its noun, then at most its percent ("sản phẩm, đạt 116,7%)").
const FRACTION_BRACKET_REST = /^[\s\p{L}]{0,30}(?:,\s*\p{Ll}+(?:\s\p{Ll}+)?\s+\d+(?:[.,]\d+)?\s?%)?\s*\)/u;
const PLAN_BASE = new RegExp(String.raw`${edgeAlt(EXCEEDED_BASES)}(?![\p{L}])`, 'iu');

// "Các chỉ tiêu du lịch đều vượt kế hoạch, cao nhất là A (cùng đạt 107,8%), tiếp đến là B (107,7%)": a clause opening an item
// of a ranking (lexicon RANK_ITEM_OPENERS) ranks what its statement's head names before the first item. When that head names
// growth, a plan or a comparison, the item's percent is one of those, not a share; the head's words are then the item's too
// (only then: a head naming a share adds nothing to what the item's own words tell).
const RANK_ITEM = new RegExp(String.raw`^\s*(?:${alt(RANK_ITEM_OPENERS)})(?![\p{L}])`, 'iu');
const FIRST_RANK_ITEM = new RegExp(String.raw`,\s*(?:${alt(RANK_ITEM_OPENERS)})(?![\p{L}])`, 'iu');
function rankHead(input: RateInput, f: Figure, from: number): string {
  const block = input.source.blocks[f.block];
  const at = f.span.start - block.span.start;
  if (!RANK_ITEM.test(block.text.slice(from, at))) return '';
  const statement = input.clauses.at(f.block, at, true);
  if (!statement || statement.from >= from) return '';
  const before = block.text.slice(statement.from, from);
  const first = FIRST_RANK_ITEM.exec(before);
  const head = first ? before.slice(0, first.index) : '';
  return head.trim() !== '' && !/\d\s?%/u.test(head) && growthOrPlanWords(head) ? `${head.trim()}, ` : '';
}
// "Khu phố 8 đạt tỷ lệ cao nhất (", "xã A có tỷ lệ đạt ", "tỷ lệ (": a rate word naming nothing of its own, then a superlative,
// the value's verb or the value itself.
const BARE_RATE_REACH = 200;
const BARE_HEAD_REACH = 400;
const BARE_RATE = new RegExp(String.raw`${edgeAlt(RATE_WORDS)}(?:\s+(?:${alt(SUPERLATIVE_WORDS, RATE_VALUE_VERBS)})(?![\p{L}])|\s*\(?\s*$)`, 'iu');

/**
 * "8/8 khu phố đều hoàn thành vượt kế hoạch nạo vét; Khu phố 8 đạt tỷ lệ cao nhất (123,57 %)": a rate word that names nothing
 * of its own is the rate the sentence's earlier clauses tell; when those name growth, a plan or a comparison (and state no
 * percent of their own), their words are the rate's too. Across ";" within one sentence only.
 */
function bareRateHead(input: RateInput, f: Figure, own: string): string {
  // Bounded windows: the rate word stands close to its value, and the clauses that tell the rate close before it; an
  // unbounded sentence (a report typed on one line) would make this quadratic in its length.
  if (!BARE_RATE.test(own.slice(-BARE_RATE_REACH))) return '';
  const block = input.source.blocks[f.block];
  const clause = input.clauses.at(f.block, f.span.start - block.span.start);
  if (!clause) return '';
  const head = block.text.slice(Math.max(input.clauses.sentenceStart(f.block, clause.from), clause.from - BARE_HEAD_REACH), clause.from);
  return head.trim() !== '' && !/\d\s?%/u.test(head) && growthOrPlanWords(head) ? `${head.trim()} ` : '';
}
const OF_WHICH_OPENING = new RegExp(String.raw`^\s*(?:${alt(OF_WHICH)})(?![\p{L}])`, 'iu');

// The words naming the rate of the clause ending at `semi` before its last percent ("tỷ lệ bao phủ đạt" of "…, tỷ lệ bao phủ
// đạt 91,8% dân số (96.850 người)"), when they name a rate; else none.
function splitRate(text: string, semi: number): string {
  const head = text.slice(clauseStart(text, semi, 0), semi);
  const prior = head.lastIndexOf('%');
  if (prior <= 0 || !/\d\s?$/u.test(head.slice(Math.max(0, prior - 2), prior))) return '';
  const before = head.slice(0, prior).replace(/\d[\d.,\s\u00A0\u202F]*$/u, '');
  const named = before.slice(before.lastIndexOf(',') + 1);
  return RATE_WORD.test(named) ? `${named.trim()} ` : '';
}
const WEIGHED_AFTER = new RegExp(String.raw`^\s*,\s*(?:${alt(TARGET_WEIGHING_VERBS)})\s+(?:(?:${alt(WEIGHED_AGAINST)})\s+)?(?:${alt(TARGET_WEIGHED_NOUNS)})(?![\p{L}])`, 'iu');
// The rate's value right after its verb: "… đạt 96,5%", "… là 96,5%".
const OWN_VALUE_BEFORE = new RegExp(String.raw`${edgeAlt(RATE_VALUE_VERBS)}\s*:?\s*$`, 'iu');
// The words right after a percent up to a comma, letters only ("% dân số,", "% số hộ,").
const OWN_WHOLE = /^\s+(\p{L}[\p{L} ]*?)\s*,/u;

/** A minus sign written right before the figure ("-12,5%", "( −3%"). */
export function minusBefore(input: Pick<Analysis, 'source'>, f: Figure): boolean {
  const block = input.source.blocks[f.block];
  const at = f.span.start - block.span.start;
  // The two characters before the figure suffice (a sign, and the space, colon or bracket before it, or the block's start).
  return /(?:^|[\s:(])[-−]$/u.test(block.text.slice(Math.max(0, at - 2), at));
}

/**
 * A fraction whose quotient is written right beside it as a bare number with decimals, no "%": before it with the fraction
 * in brackets ("tỷ số bác sĩ/trạm là 1,25 (5/4)") or after it across "=" ("12/8 = 1,5"). The writer states a ratio of two
 * things counted apart, not a share: its numerator may exceed its denominator. The number agrees with the quotient
 * between truncation and rounding at its written decimals.
 */
export function statedQuotient(input: Pick<Analysis, 'source' | 'figures'>, f: Figure): boolean {
  if (f.kind !== 'fraction' || !f.numerator || !f.denominator) return false;
  const text = input.source.blocks[f.block].text;
  const start = input.source.blocks[f.block].span.start;
  const quotient = (g: Figure | undefined, between: RegExp, before: boolean) => {
    if (!g || g.block !== f.block || g.cell !== f.cell || g.kind !== 'decimal' || g.decimals === 0) return false;
    const gap = before ? text.slice(g.span.end - start, f.span.start - start) : text.slice(f.span.end - start, g.span.start - start);
    // The quotient as a percent of the denominator times 100: q = n/d agrees as 100·q agrees with n/(100·d)·100.
    return between.test(gap) && percentAgrees(f.numerator!, f.denominator! * 100, g.value, g.decimals);
  };
  return quotient(input.figures[f.index - 1], /^\s*\(\s*$/u, true) || quotient(input.figures[f.index + 1], /^\s*=\s*$/u, false);
}
