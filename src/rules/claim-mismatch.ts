/**
 * claim-mismatch — a verbal claim its own numbers contradict.
 *
 * Why: "đạt 2.160 giao dịch/tháng, cao gấp 4 lần so với đầu năm (720 …)" is
 * really ×3; "đạt 93,1%, vượt chỉ tiêu (95%)" is below the target; "Công khai
 * 100% thủ tục hành chính … niêm yết 187/240 TTHC" publishes 77,9%.
 *
 * Claims read, each only when every value it needs is written in the same
 * sentence (the "100%" claim: the same or the next paragraph; a change claim
 * whose subject is a bare "Số X": the one value of X stated just before):
 * - "giảm một nửa so với … (B)": B is twice the value before the claim, within the slack of a multiple (15%); "giảm hơn một
 *   nửa" as "giảm hơn 2 lần"; another hedged half ("giảm gần một nửa") is not read (src/extract/comparisons.ts, readHalves);
 * - "gấp N lần": the larger over the smaller of the two figures it compares
 *   (a "từ A lên B" after it, "gấp 3 lần so với quý trước (từ 2.140 lên 4.815)";
 *   else the one after it, usually in brackets, and the nearest before it; or
 *   the two before it, "từ 1,5 triệu lên 4,5 triệu, gấp 03 lần" (never the value and its bracketed aside), or the earlier value in brackets between, "36 tin,
 *   tăng 12 tin so với quý II (24 tin), gấp 1,5 lần"); a stated change ("tăng 12 tin") is never a compared value;
 *   or the two cells of one column of a nearby table whose rows the claim names on either side, the column before the
 *   first ("doanh thu quý IV gấp 1,8 lần quý II" beside rows "Quý IV", "Quý II" under "Doanh thu": src/extract/claims-member-multiple.ts);
 * - "tăng/giảm X% so với … (B)", "vượt X% kế hoạch (B)": the change from B to
 *   the figure before the claim (or from A to B of a "từ A lên B" after it);
 *   "tăng N hồ sơ so với … (B)" likewise, exactly; after a ";", "so với (con số) B <noun> của năm N, mức tăng đạt X%" against
 *   the one count of B's unit before the ";" (src/extract/claims-change-led.ts); "A và B, giảm lần lượt X và Y điểm phần trăm|%
 *   so với … (A0 và B0)": each change against its own pair, in order (src/extract/claims-respective-change.ts); a bare "Số X" subject with no value of its own: the one value of X
 *   stated just before, or the one cell of the table just above whose row label and column header hold X;
 * - "vượt/đạt/hoàn thành (mục tiêu|chỉ tiêu|kế hoạch) … T" against the value
 *   before it, "chưa đạt/không đạt …" the other way round; a bracket of targets each named ("(A dưới 10%, B dưới 14%)"):
 *   each against the one value whose own words name it (src/extract/target-labels.ts); with no T, "vượt/chưa đạt kế hoạch" right after a fraction
 *   named as of the plan ("86/90 công dân theo kế hoạch …, vượt chỉ tiêu được giao": 95,6%); a target of change
 *   ("vượt chỉ tiêu giảm 30 hộ") against the change of that verb ("giảm 24 hộ"); a fraction right before the claim, its own
 *   words and a comma between, against a percent T by its percent ("11/23 người là nữ, vượt chỉ tiêu tối thiểu 50%": 47,8%);
 * - "100% <thing>" against a fraction a/b < 1 of the same thing nearby (or the one such fraction anywhere that restates the
 *   thing at length, five words of its phrase the claim's, two at most not: "9/10 xã, thị trấn đã có đài truyền thanh ứng
 *   dụng …" / "100 % xã, thị trấn đã có hệ thống truyền thanh ứng dụng …"), and an "all" fraction n/n with a count of
 *   the same thing said in its sentence to be left undone ("toàn bộ 196/196 cơ sở, còn 08 cơ sở chưa được kiểm tra").
 *   A fraction handed a percent that is not its own ("21/22 cán bộ … đạt tỉ lệ 100%") is percent-mismatch's.
 * - "Số X tăng/giảm trên|hơn N% so với …" with no figure of X, against the one count of X stated elsewhere with its own
 *   change ("… 1 129 hộ, tăng 67 hộ so với cuối năm 2025"): any change at least N% agrees (src/extract/claims-change-recalled.ts);
 * - "<subject> (đã) vượt / chưa đạt dự toán|kế hoạch" with no figure, against the one rate of that plan the report states for
 *   the same subject ("Thu ngân sách … bằng 86,4% dự toán năm"), or the plan and result stated in the one section its
 *   subject names ("Công tác thanh tra": "Kế hoạch … 15 cuộc; thực tế triển khai 13 cuộc") (src/extract/claims-plan-recalled.ts), else
 *   the one table row its subject names (an initialism of the label spelled by the subject, "TDTT"; or the indicator named
 *   after "vượt chỉ tiêu", "… chỉ tiêu xây dựng nhà tình nghĩa") (src/extract/claims-plan-table-row.ts);
 * - "<result>, vượt kế hoạch" with no plan written: against the one table row holding that very result whose label the
 *   statement names, when the row is below its plan (src/extract/claims-plan-valued-row.ts);
 * - "<value> <noun>, tăng/giảm X% so với năm Y | cùng kỳ" with no base written, against the one row of a table nearby (same
 *   section) whose current column holds the value and whose one earlier column (year Y, "Cùng kỳ"; no plan) the base; the row
 *   named by the sentence (its label's words, or for the total row the caption's) (src/extract/claims-table-base.ts);
 * - "<value> (…), tăng/giảm so với cùng kỳ|năm Y (<base>)" with no amount: the way from the base in the bracket to the value
 *   right before the comma, the only one of its kind and unit in the statement (src/extract/claims-own-direction.ts);
 * - "<row label> tăng/giảm (mạnh) so với cùng kỳ" with no figure, in the paragraph right before or after a table whose one
 *   change column ("So cùng kỳ (%)", a negative cell among its rows) gives that row the other sign
 *   (src/extract/claims-table-trend.ts);
 * - "<subject> tăng/giảm so với cùng kỳ|năm Y" with no figure, anywhere, against the one table row of the report it names (its
 *   label's words, every other word of the subject the table's own; the total row by the caption), of the table's one current
 *   and earlier column, or a measure column beside its earlier one ("Số vụ" / "Số vụ cùng kỳ 2023")
 *   (src/extract/claims-named-row-direction.ts);
 * - "tất cả/toàn bộ (các) <noun> …" whose own bracket counts that noun short of all ("tất cả các thôn (5/6 thôn)"),
 *   read as a "100%" claim (src/extract/universal-claims.ts);
 * - "100% <noun> <state>" and a later "còn N <noun> … chưa/không <state>" of the same noun and state (a count of
 *   cases of the noun, "còn 07 trường hợp <noun> …", alike; the negated state may follow one comma, "có … xuống cấp,
 *   chưa đạt chuẩn"; the count's noun may be any of the nouns the claim lists first, "giáo viên, nhân viên …"; a count
 *   named all, "Toàn bộ 14 trạm bơm … đã được nạo vét", is such a claim too) (src/extract/universal-counter.ts); a claim
 *   of all closed ("Tất cả 05 đơn đã được giải quyết", "đã trả lời 100% văn bản …") against a "còn N <noun> … đang/tiếp
 *   tục …" count still in hand (after it, or for a percent before it in its paragraph; none said within its time), and
 *   "không có/không xảy ra <noun> (nào) <state>" against a later
 *   "N <noun> <state>" (three syllables of state at least, in order, the two not going on in other words of their own where
 *   they stop, "trẻ em bị đuối nước" / "trẻ em bị tai nạn thương tích"; or the claim's whole state in the count's
 *   statement before any negation or cause; "vụ", "vụ việc", "trường hợp" are one noun);
 * - a fraction of all ("21/21 xã … đã tổ chức …") read as a "100%" claim against a "còn N" count of another paragraph;
 *   "100% <noun> … đúng hạn" against a count of that noun said late ("03 hồ sơ giải quyết trễ hạn") in the next three
 *   paragraphs, or a "còn N <noun> … chậm" anywhere after, or one anywhere before in a paragraph naming the claim's whole noun
 *   phrase ("tiếp nhận 312 hồ sơ đăng ký hộ kinh doanh …, 06 hồ sơ trễ hạn"; no other year) (the on-time state may stand before the figure, "hoàn thành …
 *   đúng thời gian quy định tại 100% địa bàn"; names of the members counted, "thuộc Tổ 7 và Tổ 9", aside); "không có <noun> nào vi phạm X" against a sanction of N <noun> over X ("kỷ luật … 02 chiến sĩ"), and
 *   "không có <noun> nào khiếu nại về X" against "N đơn khiếu nại của <noun> về X"; "trễ hạn/chậm hạn/quá hạn" one state;
 *   "không có <noun> nào (phải) <deed>" against a figure said right after the deed's words ("xử phạt vi phạm hành chính 02
 *   trường hợp", "tổ chức 01 cuộc cưỡng chế", "HTX … hoạt động thua lỗ 72 triệu đồng"; three syllables of deed at least);
 * - "tất cả các <items> đều đạt và vượt <plan>" far from its table, against the one table whose label header holds the items'
 *   noun and whose one plan column is headed by that plan word, from another section (src/extract/claims-table-all.ts).
 * - "<part>, chiếm hơn/gần/chưa đến một nửa|một phần ba … tổng số <noun …>": the part against every count of its noun before
 *   it in its paragraph (or the one before) that the whole may be, one of them named by the phrase; flagged only when all
 *   contradict the hedge (src/extract/shares-worded.ts);
 * - "<value>, cao hơn/thấp hơn <what> là N <unit> (B)": the value less B is N, signed by the comparative
 *   (src/extract/claims-compared-amount.ts);
 * - "tăng/giảm so với <earlier period> (<period> A, <earlier period> B)": the way from B to A, the bracket spelling out both
 *   (src/extract/claims-bracket-direction.ts);
 * - "<value>, (subject) tăng/giảm (X% | X điểm phần trăm) so với năm Y | năm trước | cùng kỳ" closing its statement with no
 *   base written: against the one value of the subject an earlier statement of year Y alone gives, the same kind of period
 *   (src/extract/claims-year-recalled.ts);
 * - "<rate> <its base words>, cao hơn|thấp hơn|vượt|chưa bằng <words> (Q%)" or "…, cao hơn so với Q% của …": the rate, the
 *   only percent of its statement before the claim, against Q (src/extract/claims-compared-rate.ts);
 * - "Tỷ lệ <X> cao hơn|thấp hơn <words> (Q%)" with no rate of its own: the one rate of X the statement before it in its paragraph
 *   gave, against Q (src/extract/claims-rate-restated.ts);
 * - "số A, số B và số C (đều) tăng/giảm so với cùng kỳ|năm trước" leading its clause, against each count's row (label inside
 *   the item, or the same catalogue indicator surely) in any table of one current and one earlier column; the first row the
 *   other way is told (src/extract/claims-items-direction.ts);
 * A claim's value recalled from another statement is never one a task or an aim sets ("- Hoàn thành … đạt 100% kế hoạch
 * năm trước ngày 30/9/2025" among the next period's tasks, "phấn đấu …": src/extract/aimed.ts).
 * Both compared figures must count the same unit. Hedged claims ("hơn", "gần",
 * "khoảng", "trên") are not checked, but for a change bounded from below (above).
 *
 * Tolerance: a stated multiple or percentage passes anywhere between the
 * truncation and the rounding of the true value at its stated decimals
 * ("gấp 03 lần" for 1,5 → 4,5 triệu; "tăng 18,5%" for 1.021 → 1.210).
 *
 * @example {"name": "ok.txt"}
 *   Toàn huyện có 1.240 camera an ninh, gấp 2 lần năm 2023 (620 camera).
 * @example {"name": "ratio.txt", "expect": "ratioMismatch"}
 *   Số lượt truy cập cổng thông tin đạt 9.000 lượt, cao gấp 4 lần so với năm trước (3.000 lượt).
 * @example {"name": "left-undone.txt", "expect": "fullMismatch"}
 *   Tổ công tác đã rà soát toàn bộ 64/64 hộ gia đình, còn 05 hộ gia đình chưa được rà soát.
 * @example {"name": "all-short.txt", "expect": "fullMismatch"}
 *   Đã nâng cấp toàn bộ các trạm bơm trong vùng dự án (7/9 trạm).
 * @example {"name": "portion.txt", "expect": "portionMismatch"}
 *   Toàn xã có 2.400 hộ dân. Có 1.100 hộ dân lắp đặt hệ thống lọc nước, chiếm hơn một nửa tổng số hộ dân toàn xã.
 * @example {"name": "target.txt", "expect": "targetMismatch"}
 *   Tỷ lệ hồ sơ trực tuyến đạt 81,2%, vượt chỉ tiêu được giao (85%).
 */
import { defineRule, formatValue } from './define.js';
import { agreesAt, roundAt } from './support/sentences.js';
import { actualPercent } from './support/percent.js';
import { CHANGE_VERBS, HIGHER_WORDS, LOWER_WORDS } from '../text/lexicon.js';

// The verb a change the other way is told with: "tăng" ↔ "giảm", "cao hơn" ↔ "thấp hơn", "lớn hơn" ↔ "nhỏ hơn".
const COUNTER_VERBS = new Map<string, string>([
  [CHANGE_VERBS[0], CHANGE_VERBS[1]], [CHANGE_VERBS[1], CHANGE_VERBS[0]],
  ...HIGHER_WORDS.flatMap((h, k): Array<[string, string]> => [[h, LOWER_WORDS[k]], [LOWER_WORDS[k], h]]),
]);

/**
 * A whole multiple is a rounding, not an estimate: "gấp 2 lần" (or "gấp đôi") passes 1,82 to 2,22 (the truncation or rounding
 * at its decimals, within MULTIPLE_SLACK of the true ratio), never 1,78 ("gần gấp 2 lần", "gấp 1,8 lần"; a hedge is not read).
 */
const MULTIPLE_SLACK = 0.1;
function multipleAgrees(ratio: number, stated: number, decimals: number): boolean {
  return agreesAt(ratio, stated, decimals) && Math.abs(ratio - stated) <= MULTIPLE_SLACK * ratio + 1e-9;
}

/**
 * A share said as a fraction ("hơn một nửa"): more than it is above it; near it ("gần một nửa") is from PORTION_NEAR of it up
 * to it (40–50% for a half); less than it is below it; about it, or no hedge, is within PORTION_NEAR either way (40–60%).
 */
const PORTION_NEAR = 0.2;
function portionAgrees(ratio: number, stated: number, hedge: 'more' | 'near' | 'less' | 'about'): boolean {
  const eps = 1e-9;
  switch (hedge) {
    case 'more': return ratio > stated + eps;
    case 'less': return ratio < stated - eps;
    case 'near': return ratio >= stated * (1 - PORTION_NEAR) - eps && ratio <= stated + eps;
    case 'about': return Math.abs(ratio - stated) <= stated * PORTION_NEAR + eps;
  }
}

export default defineRule({
  id: 'claim-mismatch',
  severity: 'error',
  description: 'Nhận định bằng lời (gấp N lần, tăng X%, vượt chỉ tiêu, 100%) trái với chính các số liệu đi kèm',
  messages: {
    ratioMismatch: 'Nêu "gấp {stated} lần" nhưng {high}/{low} = {actual} lần',
    fallMismatch: 'Nêu "{written}" so với {base} nhưng {base}/{value} = {actual} lần',
    halvedMismatch: 'Nêu "{written}" so với {base} nhưng {value}/{base} = {actual}%, không phải một nửa',
    changeMismatch: 'Nêu "{verb} {stated}{unit}" so với {base} nhưng từ {base} đến {value} là {way} {size}{unit}',
    directionMismatch: 'Nêu "{verb}" so với {base} nhưng từ {base} đến {value} là {actualVerb} {actual}',
    trendMismatch: 'Nêu "{verb}" nhưng bảng ghi dòng "{row}", cột "{column}" là {value} ({actualVerb})',
    rankMismatch: 'Nêu "{claim}" nhưng bảng ghi dòng "{row}", cột "{column}" là {value}, còn dòng "{otherRow}" là {other}',
    statedTrendMismatch: 'Nêu "{verb}" {row} nhưng chính báo cáo ghi {actualVerb} {value}',
    targetMismatch: 'Nêu "{claim}" nhưng giá trị đạt {value} {relation} mục tiêu {target}',
    fullMismatch: 'Nêu {stated}% {thing} nhưng chính báo cáo ghi {num}/{den} = {actual}%',
    counteredMismatch: 'Nêu 100% {thing} nhưng chính báo cáo ghi còn {count} {unit} {state}',
    counteredAllMismatch: 'Nêu "{universal} {thing}" nhưng chính báo cáo ghi còn {count} {unit} {state}',
    absentMismatch: 'Nêu không có {thing} nhưng chính báo cáo ghi {state}',
    portionMismatch: 'Nêu "{written}" nhưng {part}/{whole} = {actual}%',
  },
  check(context) {
    for (const c of context.textReadings.comparisons) {
      switch (c.kind) {
        case 'ratio': {
          if (c.pair[0].value <= 0 || c.pair[1].value <= 0) break;
          if (c.down === true && c.atLeast === true) {
            // "giảm hơn 3 lần": the base at least `stated` times the current, read one decimal finer than stated (2,83 → 2,8 is
            // no "more than 3 times"; 2,96 → 3,0 is).
            const [now, before] = c.pair;
            const actual = roundAt(before.value / now.value, c.decimals + 1);
            if (actual >= c.stated) break;
            context.report({
              messageId: 'fallMismatch',
              data: { written: c.written, stated: c.stated, base: before.value, value: now.value, actual },
              places: [{ block: c.block, from: c.from, to: c.to }, { figure: before }, { figure: now }],
            });
            break;
          }
          if (c.down === true) {
            // "giảm một nửa": the base is `stated` times the current, within the slack of a multiple (a fall, never a rise).
            const [now, before] = c.pair;
            if (Math.abs(before.value / now.value - c.stated) <= MULTIPLE_SLACK * (before.value / now.value)) break;
            context.report({
              messageId: 'halvedMismatch',
              data: { written: c.written, base: before.value, value: now.value, actual: roundAt((now.value / before.value) * 100, 1) },
              places: [{ block: c.block, from: c.from, to: c.to }, { figure: now }, { figure: before }],
            });
            break;
          }
          const [high, low] = c.pair[0].value >= c.pair[1].value ? c.pair : [c.pair[1], c.pair[0]];
          const ratio = high.value / low.value;
          // "tăng gấp 3 lần" is read by some writers as ×3, by others as +3 (×4): either passes.
          if (multipleAgrees(ratio, c.stated, c.decimals) || (c.increase && multipleAgrees(ratio - 1, c.stated, c.decimals))) break;
          const actual = roundAt(ratio, c.decimals);
          context.report({
            messageId: 'ratioMismatch',
            data: { stated: c.stated, high: high.value, low: low.value, actual },
            places: [{ block: c.block, from: c.from, to: c.to }, { figure: high }, { figure: low }],
            suggestion: Number.isInteger(actual) ? `gấp ${c.written} lần → gấp ${formatValue(actual, context.numbers?.style)} lần` : null,
          });
          break;
        }
        case 'change': {
          const { current, base } = c;
          // A base not written is the one the absolute change beside the percent implies.
          const from = c.implied ?? base.value;
          if (from <= 0) break;
          // The change from base to current, turned the way the claim's sign reads it ("giảm 5%": base − current).
          const sign = c.signed < 0 || Object.is(c.signed, -0) ? -1 : 1;
          const diff = sign * (c.amount - from);
          const actual = c.percent ? (diff / from) * 100 : diff;
          // An amount is compared at its scale ("tăng 7,4 triệu đồng": 7 400 000), and told back at the claim's.
          const claimed = c.stated * c.scale;
          // An amount passes exactly, or rounded to the decimals it is stated with ("giảm 0,5‰" for 12,88 → 12,34).
          const exact = Math.abs(actual - claimed) <= 1e-9 * Math.max(1, Math.abs(actual));
          if (c.percent ? agreesAt(actual, c.stated, c.decimals) : exact || agreesAt(actual / c.scale, c.stated, c.decimals)) break;
          // "kết nạp 45 hội viên, tăng 9,1% so với đầu năm (495 hội viên)": a rise told of a count below its base is no level
          // (a level below its base fell); when that count over the base is the rate stated, it is the addition itself.
          if (c.percent && sign > 0 && c.amount > 0 && c.amount < from && agreesAt((c.amount / from) * 100, c.stated, c.decimals)) break;
          // "tăng trên 15%": any change at least as large as stated, at its decimals, agrees.
          if (c.atLeast === true && (c.percent ? roundAt(actual, c.decimals) : actual / c.scale) >= c.stated) break;
          // An amount told back without the float's noise ("140,2 − 126,5" is 13,7, not 13,699999999999989).
          const amount = Math.round((actual / c.scale) * 1e9) / 1e9;
          const told = c.percent ? roundAt(actual, c.decimals) : amount;
          // A change the other way is told with the other verb ("giảm 6" from 31 to 37 is "tăng 6", not "giảm -6"); `actual` keeps the claim's sign.
          const counter = COUNTER_VERBS.get(c.verb);
          const opposite = told < 0 && counter !== undefined;
          context.report({
            messageId: 'changeMismatch',
            data: {
              // A base the claim implies (a ratio column's 87,6% of 8.450,0) is told at the decimals of the amount it comes from.
              verb: c.verb, stated: c.stated, unit: c.percent ? '%' : ` ${c.unit}`, base: c.implied === undefined ? from : roundAt(from, current.decimals), value: c.amount, actual: told,
              way: opposite ? counter : c.verb, size: opposite ? -told : told,
            },
            places: [{ figure: c.figure }, { figure: current }, { figure: base }],
            suggestion: c.percent ? null : `${c.written} → ${formatValue(amount, context.numbers?.style)}`,
          });
          break;
        }
        case 'direction': {
          // "giảm so với năm 2023 (01 người)" with 02 now, or "Bệnh đạo ôn lá giảm so với cùng kỳ" above its table row's "Cùng kỳ" and
          // "Vụ này" cells (extract/claims-table-direction.ts): the way from base to current is the claim's or it is not; no change says nothing.
          const diff = c.current.value - c.base.value;
          const down = c.verb === CHANGE_VERBS[1];
          if (diff === 0 || (down ? diff < 0 : diff > 0)) break;
          context.report({
            messageId: 'directionMismatch',
            data: { verb: c.verb, base: c.base.value, value: c.current.value, actualVerb: CHANGE_VERBS[diff > 0 ? 0 : 1], actual: Math.abs(diff) },
            places: [{ block: c.block, from: c.from, to: c.to }, { figure: c.current }, { figure: c.base }],
          });
          break;
        }
        case 'trend': {
          // "thịt các loại tăng mạnh so với cùng kỳ" beside the table's "-3,5": the cell's sign is the way it went; 0 says nothing.
          const v = c.change.value;
          const down = c.verb === CHANGE_VERBS[1];
          if (v === 0 || (down ? v < 0 : v > 0)) break;
          // A change stated in the prose names no column (extract/claims-listed-direction.ts): its own words tell it.
          const stated = c.column === '';
          context.report({
            messageId: stated ? 'statedTrendMismatch' : 'trendMismatch',
            data: { verb: c.verb, row: c.row, column: c.column, value: stated ? `${c.change.raw} ${c.change.label ?? c.change.unit ?? ''}`.trim() : c.change.raw, actualVerb: CHANGE_VERBS[v > 0 ? 0 : 1] },
            places: [{ block: c.block, from: c.from, to: c.to }, { figure: c.change }],
          });
          break;
        }
        case 'rank': {
          // "… cao nhất trong các nguồn vốn" beside a table where another row's cell is higher still; a tie says nothing.
          if (c.top ? c.other.value <= c.value.value : c.other.value >= c.value.value) break;
          context.report({
            messageId: 'rankMismatch',
            data: { claim: c.claim, row: c.row, column: c.column, value: c.value.raw, otherRow: c.otherRow, other: c.other.raw },
            places: [{ block: c.block, from: c.from, to: c.to }, { figure: c.value }, { figure: c.other }],
          });
          break;
        }
        case 'target': {
          // A fraction held to a percent target ("11/23 … vượt chỉ tiêu tối thiểu 50%") is held by its percent.
          const value = c.fraction ? (c.value.numerator! / c.value.denominator!) * 100 : c.value.value;
          const below = value < c.target.value;
          // A ceiling ("dưới 0,95%") is met below it only; a claim to exceed ("vượt dự toán") misses at the target itself too.
          const met = c.ceiling ? below : c.exceed ? value > c.target.value : !below;
          const notMet = c.ceiling ? !below : below;
          if (c.negative ? notMet : met) break;
          context.report({
            messageId: 'targetMismatch',
            data: { claim: c.claim, value: c.fraction ? roundAt(value, 1) : value, target: c.target.value, relation: below ? 'thấp hơn' : 'không thấp hơn' },
            places: [{ block: c.block, from: c.from, to: c.to }, { figure: c.value }, { figure: c.target }],
          });
          break;
        }
        case 'fulfilment': {
          // A fraction of the plan ("86/90 … theo kế hoạch") is told as its percent of it.
          const rate = c.fraction ? actualPercent(c.rate.numerator!, c.rate.denominator!, 1) : c.rate.value;
          if (c.negative ? rate < 100 : rate > 100) break;
          context.report({
            messageId: 'targetMismatch',
            data: { claim: c.claim, value: rate, target: 100, relation: rate < 100 ? 'thấp hơn' : 'không thấp hơn' },
            places: [{ block: c.block, from: c.from, to: c.to }, { figure: c.rate }],
          });
          break;
        }
        case 'countered': {
          context.report({
            messageId: c.absent ? 'absentMismatch' : c.universal !== undefined ? 'counteredAllMismatch' : 'counteredMismatch',
            data: { thing: c.thing, count: c.count.value, unit: c.count.unit ?? '', state: c.state, ...(c.universal !== undefined ? { universal: c.universal } : {}) },
            places: [c.said, { figure: c.count }],
          });
          break;
        }
        case 'portion': {
          // "chiếm hơn một nửa tổng số …" with 1.842 of 3.945: every count the whole may be must contradict the claim.
          if (!c.wholes.every((w) => w.value > 0 && !portionAgrees(c.part.value / w.value, c.stated, c.hedge))) break;
          const whole = c.wholes[0];
          context.report({
            messageId: 'portionMismatch',
            data: { written: c.written, part: c.part.value, whole: whole.value, actual: roundAt((c.part.value / whole.value) * 100, 1) },
            places: [{ block: c.block, from: c.from, to: c.to }, { figure: c.part }, { figure: whole }],
          });
          break;
        }
        case 'full': {
          const f = c.fraction;
          // "toàn bộ 196/196 …, còn 08 … chưa được kiểm tra": what was done is all but the count left.
          const num = c.missing ? f.denominator! - c.missing.value : f.numerator!;
          const actual = actualPercent(num, f.denominator!, 1);
          context.report({
            messageId: 'fullMismatch',
            data: { stated: 100, thing: c.thing, num, den: f.denominator!, actual },
            places: c.missing ? [{ figure: f }, { figure: c.missing }] : c.said ? [c.said, { figure: f }] : [{ figure: c.percent }, { figure: f }],
            suggestion: `100% → ${formatValue(actual, context.numbers?.style)}%`,
          });
          break;
        }
      }
    }
  },
});
