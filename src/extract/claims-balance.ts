/**
 * Stock and flow: a level at the start of a period, what came in and went out
 * during it, and the level at its end — "Đầu năm có 146 hộ nghèo; trong 6
 * tháng có 38 hộ thoát nghèo, phát sinh mới 07 hộ nghèo; đến ngày 15/6 số hộ
 * nghèo là 121 hộ" (146 − 38 + 7 should be 121), or a population with births,
 * deaths and moves, or staff with retirements and recruitment.
 *
 * Also a stock ("tồn đầu kỳ 640 liều, nhập trong kỳ 1.200 liều, xuất sử dụng
 * 1.315 liều, tồn cuối kỳ 552 liều"), cases ("kỳ trước chuyển sang 03, thụ lý
 * mới 11, đã giải quyết 12, còn tồn 02") and money ("số dư đầu kỳ …, phát sinh
 * …, đã chi …, số dư cuối kỳ …").
 *
 * Read only when every step is plain: one opening figure (the words right
 * before it say "đầu năm / đầu kỳ / đầu quý …"), one closing figure after it
 * ("cuối …", "đến ngày …", "đến nay", "hiện còn"), in the same paragraph, the
 * next one of the same section or the bullets of the opening's run, and between
 * them only flows whose own words say which
 * way they go ("thoát nghèo", "chết", "chuyển đi", "giảm" out; "phát sinh",
 * "sinh", "chuyển đến", "tăng", "tuyển dụng" in). A figure between them that
 * counts the same things but says neither, or says both, leaves the balance
 * unread. Breakdowns in brackets ("giảm 05 người (nghỉ hưu 03, thôi việc 02)")
 * are not flows of their own.
 */
import { clauseWindow, insideBrackets, lastIndexAtOrBefore } from '../text/positions.js';
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { isAmount, localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { markerOf } from './claims-bullets.js';
import { unitKindOf, unitsAlike } from './labels.js';
import { flowOf } from './quantities.js';
import { boundDay, cutOffDay, toldAfter, yearEndDay } from './balance-days.js';
import { alt, CAUSE_WORDS, LEFT_OVER_LEADS, STOCK_IN_LEADS, STOCK_OUT_LEADS, CHANGE_FROM_WORDS, CONSISTS_OF, OF_WHICH, CARRIED_IN_WORDS, CARRIED_PERIOD_WORDS, CARRIED_STOCK_WORDS, CLOSING_LEVEL_WORDS, CLOSING_NOW_LEADS, DEBT_DUE_LEADS, DEBT_LEVEL_WORDS, FUND_CLOSING_WORDS, FUND_FLOW_PERIODS, FUND_INCOME_KINDS, FUND_SPENDING_PURPOSES, IN_WORDS_CUES, FUND_INFLOW_LEADS, FUND_OUTFLOW_LEADS, FUND_REMIT_DIRECTIONS, FUND_REMIT_VERBS, FUND_SOURCE_WORDS, DEBT_PAID_WORDS, INFLOW_WORDS, MINUS_WORDS, NAME_LIST_JOINERS, NOT_YET_WORDS, OPENING_AFTER_LEADS, OPENING_LEVEL_WORDS, OUTFLOW_WORDS, PEOPLE_HEAD_WORDS, STOCK_INFLOW_WORDS, STOCK_OUTFLOW_WORDS, PLAN_WORDS, PLEDGE_VERBS, PLEDGED_DEEDS, PRIOR_WORDS, RESULT_IS_WORDS, UNIT_LEVEL_WORDS, WORKLOAD_STAGES, wordsRe, edgeAlt } from '../text/lexicon.js';

// "trong 9 tháng đầu năm" names the period the flows fall in, not the opening level.
const OPENING = new RegExp(String.raw`(?<![\p{L}])(?<!tháng )(?:${alt(OPENING_LEVEL_WORDS)})(?![\p{L}])`, 'iu');
// "tồn từ năm 2023 chuyển sang 64 hồ sơ", "tồn kỳ trước chuyển qua": a stock carried in from an earlier period opens too;
// so does what is left unsettled "từ năm 2023 chuyển sang" with no stock word ("số đơn chưa giải quyết từ năm 2023 chuyển
// sang là 9 đơn"): "từ" and the carrying verb say it.
const CARRIED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${alt(CARRIED_STOCK_WORDS)})\s+(?:(?:${alt(CHANGE_FROM_WORDS)})\s+)?|(?:${alt(CHANGE_FROM_WORDS)})\s+)(?:${alt(CARRIED_PERIOD_WORDS)})(?:\s+(?:trước|\d{4}|[IVX]+(?:\/\d{4})?))?\s+(?:${alt(CARRIED_IN_WORDS)})(?![\p{L}])`,
  'iu',
);
// "Số tiền dịch vụ môi trường rừng năm 2024 chuyển sang là 125,4 triệu đồng": with no stock word, a period named by its year
// or number and a carrying word right before the level ("là" at most between) carry it in too; a carrying word followed by
// more words is a change of use ("năm 2024 chuyển sang trồng rau 12,5 ha"), no level.
const CARRIED_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${alt(CARRIED_PERIOD_WORDS)})\s+(?:\d{4}|[IVX]+(?:\/\d{4})?)\s+(?:${alt(CARRIED_IN_WORDS)})(?:\s+là)?\s*:?\s*$`,
  'iu',
);
const carried = (words: string) => CARRIED.test(words) || CARRIED_NAMED.test(words);
const opens = (words: string) => OPENING.test(words) || carried(words);
// "có 1.012 người cao tuổi tại thời điểm đầu năm;": the opening time told after the level, at the end of the level's own
// noun phrase (letters only up to the next mark), tied to it by a word of time (lexicon OPENING_AFTER_LEADS).
const OPENING_AFTER = new RegExp(String.raw`^[\p{L}\s]*?(?<![\p{L}])(?:${alt(OPENING_AFTER_LEADS)})\s+(?:${alt(OPENING_LEVEL_WORDS)})\s*(?=[,;:.(]|$)`, 'iu');
const opensAfter = (block: Block, f: Figure) => OPENING_AFTER.test(block.text.slice(localRange(block, f)[1], localRange(block, f)[1] + 80));
// Cases or files: "đã xử lý 31 trường hợp" go out (lexicon WORKLOAD_STAGES, settled), "còn 14 trường hợp đang xử lý" is the
// level left (left over), as "đã giải quyết" and "còn tồn" are.
const [, , , SETTLED_STAGE, LEFT_STAGE] = WORKLOAD_STAGES;
// "trong 6 tháng cuối năm lắp mới 05 trạm" names the period the flows fall in, not the closing level (as OPENING above).
const CLOSING = new RegExp(String.raw`(?<![\p{L}])(?<!tháng )(?:${alt([...CLOSING_LEVEL_WORDS, ...LEFT_STAGE])})(?![\p{L}])`, 'iu');
// "Hiện phường đang quản lý … 23 người": the present opening the level's clause (CLOSING_NOW_LEADS).
const CLOSING_NOW = new RegExp(String.raw`^[\s\-–+•*]*(?:${alt(CLOSING_NOW_LEADS)})(?![\p{L}])`, 'iu');
// "…; số dư quỹ hội đến 30/11/2024 là 201,7 triệu đồng": the money left in a fund, a closing level of a balance of money
// when its step names no opening or carrying ("số dư đầu kỳ", "số dư năm 2023 chuyển sang"), nor a debt ("số dư nợ": the
// payments of a debt go the other way, read by `debt` with its own closing words).
const FUND_CLOSING = wordsRe(FUND_CLOSING_WORDS);
const fundLeft = (opening: Figure, own: string, debt: boolean) => opening.kind === 'money' && !debt && FUND_CLOSING.test(own) && !DEBT.test(own) && !opens(own);
const INFLOW = wordsRe(INFLOW_WORDS);
const OUTFLOW = wordsRe([...OUTFLOW_WORDS, ...SETTLED_STAGE]);
// A stock of things also grows by what is bought or fitted ("trang bị thêm 386 bình") and shrinks by what is disposed of
// ("thanh lý 54 bình"); in a balance of money those verbs spend or bring money the other way, so they are read for things only.
const THING_IN = wordsRe([...INFLOW_WORDS, ...STOCK_INFLOW_WORDS]);
const THING_OUT = wordsRe([...OUTFLOW_WORDS, ...SETTLED_STAGE, ...STOCK_OUTFLOW_WORDS]);
/** The words of a flow in and of a flow out in a balance of this opening level: of money, or of things. */
const waysOf = (opening: Figure): [RegExp, RegExp] => (opening.kind === 'money' ? [INFLOW, OUTFLOW] : [THING_IN, THING_OUT]);
const DEBT = wordsRe(DEBT_LEVEL_WORDS);
// "kiến nghị thu hồi", "còn phải thu hồi", "chưa thu": a word of what is owed before a payment verb names the sum due, no payment.
const DEBT_PAID = new RegExp(String.raw`(?<!(?<![\p{L}])(?:${alt(DEBT_DUE_LEADS)})\s+)${edgeAlt(DEBT_PAID_WORDS)}(?![\p{L}])`, 'iu');
const IN_WORDS_LINE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(IN_WORDS_CUES)})\s*:`, 'iu');
// A unit that opens with a head noun of people ("tín đồ", "nhân khẩu": the whole head, not its first word alone).
const PEOPLE = new RegExp(String.raw`^(?:${alt(PEOPLE_HEAD_WORDS)})(?![\p{L}])`, 'iu');
// "số dư đầu kỳ …, thu trong kỳ 684 triệu đồng, chi 538 triệu đồng, …": a bare verb of money in or out opening the figure's
// own words, a period of the flow at most before or after it ("trong kỳ", "trong năm thu 1.245 triệu đồng"), read only in a
// balance of money (the verbs alone are syllables of "chi hội", "thu nhập").
const FUND_PERIOD = alt(FUND_FLOW_PERIODS);
// A bullet may open the step ("- Thu trong kỳ: 684 triệu đồng"); `tail` is what more may follow the verb.
const fundLead = (verbs: readonly string[], tail = '') =>
  new RegExp(String.raw`^[\s\-–+•*]*(?:(?:${FUND_PERIOD})\s+)?(?:đã\s+)?(?:${alt(verbs)})(?:\s+(?:${FUND_PERIOD}))?(?:\s+được)?${tail}\s*(?:là\s*)?:?\s*$`, 'iu');
// "nhận trong kỳ 420 liều, sử dụng 402 liều, hủy do vỡ lọ 02 liều": a bare verb of goods in or out (lexicon STOCK_IN_LEADS,
// STOCK_OUT_LEADS) read as fundLead reads money's, in a balance of things only, a cause of the flow after it at most.
const CAUSE_TAIL = String.raw`(?:\s+(?:${alt(CAUSE_WORDS)})\s+[^\d,;:()]{1,40}?)?`;
const GOODS_IN = fundLead(STOCK_IN_LEADS, CAUSE_TAIL);
const GOODS_OUT = fundLead(STOCK_OUT_LEADS, CAUSE_TAIL);
// "…, phát sinh mới 7 hộ, còn 125 hộ nghèo": a bare "còn" opening the figure's own words, after the flows, is the level left;
// "còn 5 hộ chưa thoát nghèo" names those a deed has not reached yet (NOT_YET), no level.
const LEFT_OVER = new RegExp(String.raw`^[\s\-–+•*]*(?:${alt(LEFT_OVER_LEADS)})\s*(?:là\s*)?:?\s*$`, 'iu');
const leftOver = (block: Block, f: Figure, own: string) => LEFT_OVER.test(leadOf(block.text, f, block)) && !NOT_YET.test(own);
/** The way a bare verb of goods opening a figure's own words tells it flows, in a balance of things: +1 in, −1 out, 0 none. */
function goodsWay(opening: Figure, block: Block, f: Figure): 1 | -1 | 0 {
  if (opening.kind === 'money') return 0;
  const lead = leadOf(block.text, f, block);
  return GOODS_IN.test(lead) ? 1 : GOODS_OUT.test(lead) ? -1 : 0;
}
// "chi hỗ trợ khắc phục hậu quả thiên tai 215 triệu đồng": the verb of paying out, then what the money was paid for (lexicon
// FUND_SPENDING_PURPOSES), no number or clause mark in those words. The verb opens the step and tells its way, whatever
// the purpose's words hold ("chi khen thưởng học sinh giỏi": "sinh" is no birth here).
const fundFor = (verbs: readonly string[], objects: readonly string[]) =>
  new RegExp(String.raw`^\s*(?:(?:${FUND_PERIOD})\s+)?(?:đã\s+)?(?:${alt(verbs)})\s+(?:${alt(objects)})(?![\p{L}])[^\d:;()]*$`, 'iu');
const FUND_SPENT = fundFor(FUND_OUTFLOW_LEADS, FUND_SPENDING_PURPOSES);
// "thu hội phí 85,0 triệu đồng", "nhận ủng hộ 12 triệu đồng": the verb of taking in, then what was taken (lexicon
// FUND_INCOME_KINDS), as FUND_SPENT reads a payment ("thu nhập", "thu hoạch", "thu hồi" are no such words).
const FUND_EARNED = fundFor(FUND_INFLOW_LEADS, FUND_INCOME_KINDS);
const FUND_IN = fundLead(FUND_INFLOW_LEADS);
// "Năm 2025, Hội đăng ký giúp 08 hộ thoát nghèo; trong 6 tháng đã giúp 05 hộ thoát nghèo": a target or a pledge in the words
// leading to a figure is what was meant to flow, not what did.
const PLANNED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(PLAN_WORDS)}|(?:${alt(PLEDGE_VERBS)})\s+(?:${alt(PLEDGED_DEEDS)}))(?![\p{L}])`, 'iu');
const FUND_OUT = fundLead(FUND_OUTFLOW_LEADS);
const PRIOR = wordsRe(PRIOR_WORDS);
// "đã nộp về Quỹ phòng, chống thiên tai tỉnh 140 000 nghìn đồng": the fund's money handed on up, its destination's name free
// to hold a comma of its own.
const REMITTED = new RegExp(String.raw`^\s*(?:đã\s+)?(?:${alt(FUND_REMIT_VERBS)})\s+(?:${alt(FUND_REMIT_DIRECTIONS)})(?![\p{L}])`, 'iu');
// "6 tháng đầu năm 2025 xã nhận từ Quỹ Bảo vệ và Phát triển rừng tỉnh 1.846,5 triệu đồng": money taken in from a source
// (lexicon FUND_SOURCE_WORDS) by the report's own unit, its step's words (stepLead) free to hold "và" or a comma in the
// source's name. The receiver is the unit (UNIT_LEVEL_WORDS) or none, the verb opening the step or following its period (a
// number, "trong năm"); "các hộ nhận từ Quỹ 20 triệu đồng" is money paid out of the fund, left unread.
const RECEIVED = new RegExp(
  String.raw`(?:^\s*|(?<![\p{L}])(?:${alt(UNIT_LEVEL_WORDS)})\s+|(?:\d|(?<![\p{L}])[IVX]+)\s+|(?<![\p{L}])(?:${FUND_PERIOD})\s+)(?:đã\s+)?(?:${alt(FUND_INFLOW_LEADS)})(?:\s+được)?\s+(?:${alt(FUND_SOURCE_WORDS)})\s+[^\d;]{0,120}$`,
  'iu',
);

/** The figures of each block outside table cells (claims.ts). */
type Figs = BlockFigures;

/** Balance claims: whole = the closing level, parts = opening and flows, signs = +1 / −1 for each part. */
export function extractBalanceClaims(blocks: readonly Block[], figuresOf: Figs, sectionOf?: (block: number) => unknown): Claim[] {
  const out: Claim[] = [];
  // A figure read as a flow of one balance does not open another.
  const taken = new Set<number>();
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b].kind === 'row') continue;
    const figures = figuresOf.of(b);
    for (const [k, opening] of figures.entries()) {
      // "… là 1.240 hồ sơ (kỳ trước chuyển sang 85 hồ sơ, tiếp nhận mới 1.155 hồ sơ)": a level in brackets breaks a figure
      // down; its flows, in the same brackets, are never read as flows (inBrackets below), so it opens no balance.
      if (taken.has(opening.index) || !counted(opening) || inBrackets(blocks[b], localRange(blocks[b], opening)[0])) continue;
      const words = sincePrevious(blocks[b], figures[k - 1], opening);
      // "Tổng nợ đến ngày 31/12/2023 là 42,6 tỷ đồng; … đến ngày 31/12/2024 còn …": a level at a dated cut-off opens a
      // balance only closed by a level at a later cut-off.
      const opened = opens(words) || opensAfter(blocks[b], opening);
      const since = opened ? null : cutOffDay(words) ?? boundDay(words) ?? yearEndDay(words);
      if (!opened && since === null) continue;
      const claim = balanceFrom(blocks, figuresOf, b, opening, sectionOf, since, opening.kind === 'money' && DEBT.test(words));
      if (!claim) continue;
      out.push(claim);
      for (const i of claim.parts.slice(1)) taken.add(i);
    }
  }
  return out;
}

/** `debt`: the opening level is a sum owed ("số nợ đầu quý"), so payments of it (lexicon DEBT_PAID_WORDS) are flows out. */
function balanceFrom(blocks: readonly Block[], figuresOf: Figs, b: number, opening: Figure, sectionOf?: (block: number) => unknown, since: string | null = null, debt = false): Claim | null {
  if (flowBefore(blocks[b], figuresOf.of(b), opening, debt)) return null;
  const flows: Figure[] = [];
  const [IN, OUT] = waysOf(opening);
  const signs: Array<1 | -1> = [];
  // The next paragraph, or every bullet of the run the opening's bullet opens ("- Tồn đầu kỳ: 640 liều." "- Nhập …").
  const marker = markerOf(blocks[b].text);
  let last = b + 1;
  // A figure of another noun after the opening in its block ("và 48 giáo viên"): bare counts after it may count that noun.
  let otherNoun = false;
  // A line of the amount in words ("Bằng chữ: …") under a bullet restates that bullet's amount: the run goes on past it.
  const inRun = (k: number) => markerOf(blocks[k].text) === marker || IN_WORDS_LINE.test(blocks[k].text);
  while (marker && last + 1 < blocks.length && last < b + 8 && inRun(last) && inRun(last + 1)) last++;
  for (let k = b; k <= last && k < blocks.length; k++) {
    const block = blocks[k];
    if (block.kind === 'row' || (k > b && sectionOf && sectionOf(k) !== sectionOf(b))) return null;
    let prevEnd = 0;
    // Where the last figure that is no rate ended (stepLead).
    let stepEnd = 0;
    for (const f of figuresOf.of(k)) {
      // The words since the figure before this one: "đã giải quyết 31 hồ sơ, còn 16 hồ sơ đang giải quyết" tells 16 by
      // "còn", the flow word before it being the 31's.
      const gap = localRange(block, f)[0] - prevEnd;
      const [previousEnd, previousStep] = [prevEnd, stepEnd];
      prevEnd = Math.max(prevEnd, localRange(block, f)[1]);
      if (f.kind !== 'percent') stepEnd = prevEnd;
      if (k === b && f.index <= opening.index) continue;
      // "6 tháng có 12/58 hộ thoát nghèo": a flow told as its share of the opening level counts its numerator.
      const share = shareOf(opening, f);
      // "đầu năm học có 1.250 học sinh, chuyển đến 12, chuyển đi 8, cuối năm còn 1.264 học sinh": a bare count is a step of
      // the opening's noun (bareStep); it must say one way, or the balance is left unread.
      const bare = k === b && !otherNoun && bareStep(block, opening, f);
      if (k === b && f.unit !== null && opening.unit !== null && !unitsAlike(f.unit, opening.unit)) otherNoun = true;
      if (bare && !share) {
        if (PLANNED.test(leadOf(block.text, f, block))) return null;
        const way = wayWords(block, f, opening.unit);
        // A change against an earlier time, a level at either end, or no one way: not a step this reading can place.
        if (IN.test(way) === OUT.test(way) || PRIOR.test(way) || CLOSING.test(way) || OPENING.test(way)) return null;
        flows.push(f);
        signs.push(IN.test(way) ? 1 : -1);
        continue;
      }
      if ((!counted(f) && !share) || inBrackets(block, localRange(block, f)[0]) || !sameThings(opening, f)) continue;
      // "… là 42,6 tỷ đồng, gồm nợ có khả năng thu 31,8 tỷ đồng và …": the opening level's own breakdown is no flow.
      if (k === b && breakdownOf(block, opening, f)) continue;
      // A planned or pledged amount of the same things between the levels ("đăng ký giúp 08 hộ thoát nghèo") is neither a
      // flow nor a level, and the words that tell it apart may reach past its segment: the balance is left unread.
      if (PLANNED.test(leadOf(block.text, f, block))) return null;
      const clause = clauseBefore(block, f);
      const own = segmentOf(block.text, f, block);
      // "giải thể 04 HTX, giảm 02 HTX so với cùng kỳ": a change told against an earlier time weighs this period's flow
      // against that one's; it is no flow of its own.
      if (f.change && PRIOR.test(own)) continue;
      if (since !== null) {
        const until = cutOffDay(clause);
        if (until !== null && until <= since) return null;
        if (until === null && (CLOSING.test(clause) || CLOSING.test(own)) && !toldAfter(textBetween(blocks, opening, f), since)) return null;
      }
      // The closing level ends the clause ("; đến ngày 15/6 số hộ nghèo là 121 hộ") or, in one sentence of commas, is told
      // by its own words ("tồn đầu kỳ 640 liều, …, tồn cuối kỳ 552 liều").
      // "đến ngày 15/6 đã giải quyết 12 đơn", "Tính đến 30/6 đã chi 310 triệu đồng": a flow word nearer the figure than the
      // cut-off tells what was done by then, a flow, not the level left.
      const closes = ((CLOSING.test(clause) || CLOSING_NOW.test(clause)) && !OPENING.test(clause)) || (CLOSING.test(own) && !OPENING.test(own))
        || leftOver(block, f, own) || fundLeft(opening, own, debt);
      if (!share && closes && !doneBy(gap >= 0 && gap < clause.length ? clause.slice(clause.length - gap) : clause)) {
        if (flows.length === 0 || closesPart(blocks[b], opening, figuresOf.of(b), block, f)) return null;
        // Bare steps read ("chuyển đến 12, chuyển đi 8"), a bare count left unread ("tăng 12 so với năm trước") may be one more.
        if (flows.some((x) => x.unit === null) && figuresOf.of(b).some((x) => x.index > opening.index && x.index < f.index && x.kind === 'count' && x.unit === null && !flows.includes(x))) return null;
        return makeClaim({
          relation: 'balance', whole: f.index, parts: [opening.index, ...flows.map((x) => x.index)], signs: [1, ...signs],
          connector: 'đầu kỳ / cuối kỳ', block: b,
          span: subSpan(blocks[b], localRange(blocks[b], opening)[0], k === b ? localRange(block, f)[1] : blocks[b].text.length),
          partBlocks: [...new Set([b, ...flows.map((x) => x.block), k])],
        });
      }
      const lead = opening.kind === 'money' && f.kind === 'money' ? leadOf(block.text, f, block) : null;
      // The step's words back to the step before: "đã chi trả cho các chủ rừng, hộ nhận khoán 1.622,8 triệu đồng" pays out
      // though its payees' list holds a comma (leadOf stops at it).
      const step = lead !== null && !debt ? stepLead(block, f, previousEnd, previousStep) : null;
      const spent = step !== null && (FUND_SPENT.test(lead!) || FUND_SPENT.test(step));
      const way = wayWords(block, f, opening.kind === 'money' ? null : opening.unit);
      const goods = goodsWay(opening, block, f);
      const inflow = !spent && (IN.test(way) || goods > 0 || (step !== null && (FUND_IN.test(lead!) || FUND_EARNED.test(step) || RECEIVED.test(step))));
      const outflow = spent || OUT.test(way) || goods < 0 || (debt && DEBT_PAID.test(own)) || (step !== null && (FUND_OUT.test(lead!) || REMITTED.test(step)));
      if (inflow === outflow) {
        if (share) continue;
        // A figure of the very same noun that is neither flow nor level leaves the balance unread; another noun
        // ("203 hộ cận nghèo" beside "146 hộ nghèo") is another quantity.
        // Nor may one whose name goes on from the opening's own ("15 hội viên chuyển sinh hoạt sang chi hội khác" of "1.236
        // hội viên"): a step of the same things whose way is unknown, never a group to pass over.
        if (f.unit!.toLowerCase() === opening.unit!.toLowerCase() && (sameLabel(opening, f) || namesMore(opening, f))) return null;
        // Nor may one in the noun the flows were told in ("kết nạp 14 đồng chí, …, từ trần 03 đồng chí" of "517 đảng viên").
        if (flows.some((x) => x.unit?.toLowerCase() === f.unit!.toLowerCase() && x.unit!.toLowerCase() !== opening.unit!.toLowerCase())) return null;
        // Every sum of money is in "đồng": one that says neither way ("đã cho vay 240 triệu đồng") may be a flow unread.
        if (opening.kind === 'money') return null;
        if (inflow) return null;
        continue;
      }
      // "bổ sung 3 200 cuốn, gồm 2 000 cuốn mua và 1 200 cuốn được tặng": a flow's own breakdown, told the same way, is no
      // flow of its own.
      const sign = inflow ? 1 : -1;
      let parent = flows.length - 1;
      while (parent >= 0 && flows[parent].block !== f.block) parent--;
      if (parent >= 0 && signs[parent] === sign && breakdownOf(block, flows[parent], f)) continue;
      flows.push(f);
      signs.push(sign);
    }
  }
  return null;
}

/**
 * "đã giải ngân 18,60 tỷ đồng cho 412 hộ. …; dư nợ đầu năm 79,82 tỷ đồng, thu hồi nợ 11,97 tỷ đồng nên tổng dư nợ … là
 * 86,45 tỷ đồng": a flow of the same things told in the sentence before the opening level, or earlier in its own, may be
 * one of the period's, and the flows after the opening are then not all of them: the balance is left unread. A flow
 * followed by a level of its own ("đầu kỳ 648,2 ha, tăng 7,6 ha, đến cuối kỳ là 655,8 ha; đất nông nghiệp đầu kỳ …")
 * belongs to the balance that level closes.
 */
function flowBefore(block: Block, figures: readonly Figure[], opening: Figure, debt: boolean): boolean {
  const at = localRange(block, opening)[0];
  const own = at >= 2 ? lastIndexAtOrBefore(block, '. ', at - 2) : -1;
  const from = own >= 2 ? lastIndexAtOrBefore(block, '. ', own - 2) + 1 : 0;
  let flow = false;
  const [IN, OUT] = waysOf(opening);
  for (const f of figures) {
    if (f.index >= opening.index) break;
    if (localRange(block, f)[0] < from || !counted(f) || !sameThings(opening, f) || inBrackets(block, localRange(block, f)[0])) continue;
    const words = segmentOf(block.text, f, block);
    if (OPENING.test(words) || carried(words) || CLOSING.test(words)) {
      flow = false;
      continue;
    }
    const lead = opening.kind === 'money' && f.kind === 'money' ? leadOf(block.text, f, block) : null;
    if (IN.test(words) || OUT.test(words) || goodsWay(opening, block, f) !== 0 || (debt && DEBT_PAID.test(words))
      || (lead !== null && (FUND_IN.test(lead) || FUND_EARNED.test(lead) || FUND_OUT.test(lead) || FUND_SPENT.test(lead)))) flow = true;
  }
  return flow;
}

// The cue nearest a figure in the words before it is a flow (the reading of quantities.ts: the nearest cue wins).
// A cue after a word of a deed not done ("số còn lại chưa chi là 358,1 triệu đồng") names what is still to flow, the level
// left: only the words before it are read.
const NOT_YET = new RegExp(String.raw`(?<![\p{L}])(?:${alt(NOT_YET_WORDS)})(?![\p{L}])`, 'iu');
function doneBy(clause: string): boolean {
  const notYet = clause.search(NOT_YET);
  const cue = flowOf((notYet < 0 ? clause : clause.slice(0, notYet)).toLowerCase());
  return cue === 'in' || cue === 'out';
}

/**
 * The way a count flows by its own words ("09 doanh nghiệp giải thể": out), outside brackets: +1 in, −1 out, 0 for neither
 * or both, null for a planned or pledged amount ("đăng ký giúp 08 hộ thoát nghèo"), which is no flow.
 */
export function flowWay(block: Block, f: Figure): 1 | -1 | 0 | null {
  if (PLANNED.test(leadOf(block.text, f, block))) return null;
  const own = wayWords(block, f);
  const inflow = INFLOW.test(own);
  return inflow === OUTFLOW.test(own) ? 0 : inflow ? 1 : -1;
}

// The text from the end of one figure to the start of a later one, the blocks between joined by a line break.
function textBetween(blocks: readonly Block[], from: Figure, to: Figure): string {
  const [a, z] = [blocks[from.block], blocks[to.block]];
  if (from.block === to.block) return a.text.slice(localRange(a, from)[1], localRange(z, to)[0]);
  const middle = blocks.slice(from.block + 1, to.block).map((x) => x.text);
  return [a.text.slice(localRange(a, from)[1]), ...middle, z.text.slice(0, localRange(z, to)[0])].join('\n');
}

// A figure after the opening level in its sentence, a "gồm"/"trong đó" between: a part of the level, no flow.
const BREAKDOWN = new RegExp(String.raw`${edgeAlt(CONSISTS_OF, OF_WHICH)}(?![\p{L}])`, 'iu');
function breakdownOf(block: Block, opening: Figure, f: Figure): boolean {
  const between = block.text.slice(localRange(block, opening)[1], localRange(block, f)[0]);
  return BREAKDOWN.test(between) && !/[;.!?](?:\s|$)/u.test(between);
}

// "Đầu năm có 64 hộ nghèo, trong đó 23 hộ do phụ nữ làm chủ; … hiện còn 18 hộ nghèo do phụ nữ làm chủ": a closing level
// whose words name what only a breakdown of the opening level names ("do phụ nữ làm chủ") may close that part, not the whole.
function closesPart(openBlock: Block, opening: Figure, openFigures: readonly Figure[], closeBlock: Block, closing: Figure): boolean {
  const own = new Set(wordsAfter(openBlock, opening));
  const extra = wordsAfter(closeBlock, closing).filter((w) => !own.has(w));
  if (extra.length === 0) return false;
  return openFigures.some((p) => p.index > opening.index && counted(p) && sameThings(opening, p) && breakdownOf(openBlock, opening, p)
    && extra.every((w) => wordsAfter(openBlock, p).includes(w)));
}

// The words of a figure's noun phrase, after it up to the next mark, lower case: "hộ nghèo do phụ nữ làm chủ".
const PHRASE_REACH = 80;
function wordsAfter(block: Block, f: Figure): string[] {
  const end = localRange(block, f)[1];
  const after = block.text.slice(end, end + PHRASE_REACH);
  const stop = after.search(/[,;:()\t]|\.(?:\s|$)/u);
  return (stop < 0 ? after : after.slice(0, stop)).toLowerCase().split(/\s+/u).filter(Boolean);
}

// Labels that do not tell two counts of one noun apart: "hộ cận nghèo" beside "hộ nghèo" names another group, a bare
// "21 hộ" does not, nor one whose words all open the other's ("04 cửa hàng" beside "38 cửa hàng bán lẻ", its unit read
// "cửa" alone): it names nothing the other does not.
function sameLabel(a: Figure, b: Figure): boolean {
  if (a.label === null || b.label === null || b.unit === null) return true;
  const own = b.label.toLowerCase().trim();
  const other = a.label.toLowerCase().trim();
  return own === other || own === b.unit.toLowerCase().trim() || other.startsWith(`${own} `);
}

// The name of `b` is that of `a` and more words: "hội viên chuyển sinh" of "hội viên".
function namesMore(a: Figure, b: Figure): boolean {
  return a.label !== null && b.label !== null && b.label.toLowerCase().trim().startsWith(`${a.label.toLowerCase().trim()} `);
}

// Counts and sums of money ("số dư đầu kỳ 415 triệu đồng, phát sinh 1.260 triệu đồng, đã chi 1.118 triệu đồng, số dư cuối kỳ …").
export const counted = (f: Figure) => isAmount(f) && f.kind !== 'percent' && f.cell === null && f.unit !== null;

// A fraction over the opening level itself ("có 12/58 hộ thoát nghèo" after "đầu năm có 58 hộ nghèo"): a flow, its
// numerator the amount (parts-sum-mismatch reads it so).
const shareOf = (opening: Figure, f: Figure) =>
  f.kind === 'fraction' && f.cell === null && f.unit !== null && f.numerator !== null && f.denominator === opening.value;

// Same head noun ("hộ nghèo" / "hộ thoát"), a kind of it, or people of any kind.
export function sameThings(a: Figure, b: Figure): boolean {
  if ((a.kind === 'money') !== (b.kind === 'money')) return false;
  if (a.kind === 'money') return true;
  const ua = a.unit!.toLowerCase();
  const ub = b.unit!.toLowerCase();
  if (unitsAlike(ua, ub) || unitKindOf(ub, ua) || unitKindOf(ua, ub)) return true;
  if (ua.split(/\s+/)[0] === ub.split(/\s+/)[0]) return true;
  return PEOPLE.test(ua) && PEOPLE.test(ub);
}

// The clause a figure closes, from the figure before it on: "tồn đầu kỳ 640 liều, nhập trong kỳ 1.200 liều" opens at 640 only.
function sincePrevious(block: Block, previous: Figure | undefined, f: Figure): string {
  const clause = clauseBefore(block, f);
  if (!previous) return clause;
  const gap = localRange(block, f)[0] - localRange(block, previous)[1];
  if (gap < 0 || gap >= clause.length) return clause;
  // The words before a list joiner still describe the previous figure ("4 đơn kỳ trước chuyển sang và 19 đơn mới": the
  // carried-in words are the 4's, not the 19's); only those after it are this figure's own.
  const words = clause.slice(clause.length - gap);
  const joined = [...words.matchAll(LIST_JOIN)].pop();
  return joined ? words.slice(joined.index + joined[0].length) : words;
}
const LIST_JOIN = new RegExp(String.raw`,|${edgeAlt(NAME_LIST_JOINERS)}(?![\p{L}])`, 'giu');

// The clause a figure closes: from the last ";", ". " or start of the block up to the figure.
function clauseBefore(block: Block, f: Figure): string {
  const [s] = localRange(block, f);
  const text = block.text;
  const cut = Math.max(s >= 1 ? lastIndexAtOrBefore(block, ';', s - 1) : -1, s >= 2 ? lastIndexAtOrBefore(block, '. ', s - 2) : -1);
  return text.slice(clauseWindow(text, cut + 1, s), Math.max(cut + 1, s));
}

// "giảm 23 cặp do hết tuổi sinh đẻ, …": a cause told after a flow (lexicon CAUSE_WORDS) says why it went, not which way.
// When the words before the cause already tell one way, those of the cause ("sinh", "chuyển đến") are not read; when
// they tell none or both, the whole segment is read as before. The balance's own noun names the things, not a way
// ("chuyển đi 8 học sinh": "sinh" of "học sinh" is no birth): `noun`, the opening level's unit, is blanked out.
const CAUSE_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${alt(CAUSE_WORDS)})(?![\p{L}])`, 'iu');
function wayWords(block: Block, f: Figure, noun: string | null = null): string {
  const [from, to, flat] = segmentRange(block.text, f, block);
  // `noun` is given in a balance of things only: the words of such a balance's flows.
  const [IN, OUT] = noun === null ? [INFLOW, OUTFLOW] : [THING_IN, THING_OUT];
  const blank = (t: string) => (noun && (IN.test(noun) || OUT.test(noun)) ? blankWords(t, noun) : t);
  const own = blank(flat.slice(from, to));
  const end = localRange(block, f)[1];
  const at = end < to ? flat.slice(end, to).search(CAUSE_AFTER) : -1;
  if (at < 0) return own;
  const head = blank(flat.slice(from, end + at));
  return IN.test(head) !== OUT.test(head) ? head : own;
}

// The text with every whole-word occurrence of `words` (any case) blanked.
function blankWords(text: string, words: string): string {
  const re = new RegExp(String.raw`(?<![\p{L}])${words.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')}(?![\p{L}])`, 'giu');
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/**
 * A bare count after the opening level, in its sentence, standing alone before a separator ("chuyển đến 12, chuyển đi 8,"):
 * a step of the opening's noun, the unit said once for all. Read only for whole counts outside brackets, and only while no
 * figure of another noun stood between (the caller's `otherNoun`: "và 48 giáo viên" may be what it counts).
 */
function bareStep(block: Block, opening: Figure, f: Figure): boolean {
  if (f.kind !== 'count' || opening.kind !== 'count' || f.unit !== null || f.cell !== null || !Number.isInteger(f.value) || f.value <= 0) return false;
  const [s, e] = localRange(block, f);
  if (inBrackets(block, s) || lastIndexAtOrBefore(block, '. ', s) >= localRange(block, opening)[1]) return false;
  return /^\s*(?:[,;.]|$)/u.test(block.text.slice(e, e + 8));
}

// The words around a figure up to the separators on each side, brackets blanked: "38 hộ thoát nghèo", "tăng 02 người do tuyển dụng".
function segmentOf(text: string, f: Figure, block: Block): string {
  const [from, to, flat] = segmentRange(text, f, block);
  return flat.slice(from, to);
}

// Where segmentOf's words start and end in the text with brackets blanked (returned third).
function segmentRange(text: string, f: Figure, block: Block): [number, number, string] {
  const flat = text.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const [s, e] = localRange(block, f);
  const before = flat.slice(0, s);
  const cut = (t: string) => Math.max(t.lastIndexOf(','), t.lastIndexOf(';'), t.lastIndexOf('. '), t.lastIndexOf(':'), lastAnd(t));
  let from = cut(before);
  // "- Nhập trong kỳ: 1.200 liều": a colon right before the figure closes its own words, not the ones before them.
  if (from >= 0 && before[from] === ':' && !/\p{L}/u.test(before.slice(from + 1))) from = cut(before.slice(0, from));
  const after = flat.slice(e);
  const stop = after.search(/[,;:]|\.(?:\s|$)|\s(?:và)\s/u);
  return [from + 1, stop < 0 ? flat.length : e + stop, flat];
}

// The words of a figure's segment (segmentOf) before it: "thu trong kỳ" of ", thu trong kỳ 684 triệu đồng".
function leadOf(text: string, f: Figure, block: Block): string {
  const flat = text.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const [s] = localRange(block, f);
  const before = flat.slice(0, s);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. '), lastAnd(before));
  return before.slice(from + 1);
}

/**
 * The words of a figure's step back to the end of the step before it: from the separator (",", ";", "và") that first
 * follows the previous figure, or from the clause's start ("; ", ". "), whichever is later. A comma inside a step's own
 * words ("nộp về Quỹ phòng, chống thiên tai tỉnh") does not cut it, as it does for leadOf.
 */
function stepLead(block: Block, f: Figure, previousEnd: number, stepEnd = previousEnd): string {
  const flat = block.text.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const before = flat.slice(0, localRange(block, f)[0]);
  const clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '));
  const nextAfter = (end: number) => (end > 0 ? before.slice(end).search(/[,;]|\svà\s/u) : -1);
  let from = previousEnd;
  let next = nextAfter(from);
  // No separator since the figure before: a rate within this step's words ("nộp về Quỹ tỉnh 80% số thu là 996 triệu
  // đồng"); the step opens after the last figure that was no rate.
  if (next < 0 && stepEnd < previousEnd) next = nextAfter((from = stepEnd));
  return before.slice(Math.max(clause, next < 0 ? -1 : from + next) + 1).replace(/^\s*và\s/u, ' ');
}

function lastAnd(text: string): number {
  const all = [...text.matchAll(/\svà\s/gu)];
  return all.length ? all[all.length - 1].index! + 3 : -1;
}

const inBrackets = insideBrackets;

// "Kết dư ngân sách (tổng thu trừ tổng chi) là 476 143 000 đồng": a result and the formula that gives it, its terms named
// by the words that open the figures they stand for.
const DIFFERENCE = new RegExp(String.raw`\(\s*(\p{L}[\p{L} ]{1,40}?)\s+(?:${alt(MINUS_WORDS)}|[-–])\s+(\p{L}[\p{L} ]{1,40}?)\s*\)\s*(?:${alt(RESULT_IS_WORDS)}|:|=)?\s*$`, 'iu');

/**
 * Differences written as a formula: a figure right after "(A trừ B)" is A − B, where A and B are the figures the
 * document names by those words ("Tổng thu … là 9 412 357 000 đồng"). Read only when each name opens the label of
 * figures of one value alone, of the result's kind and unit, outside tables and brackets.
 */
export function extractDifferenceClaims(blocks: readonly Block[], figuresOf: Figs): Claim[] {
  const out: Claim[] = [];
  // Every figure outside tables, gathered at the first formula only: most documents have none, and on a line of tens
  // of thousands of figures the gathering alone grew ×19 from 100k to 1M characters (an array past the size of a
  // regular heap object).
  let everyFigure: Figure[] | null = null;
  const all = () => (everyFigure ??= figuresOf.allOf((b) => blocks[b].kind !== 'row'));
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row' || !block.text.includes('(')) continue;
    for (const result of figuresOf.of(b)) {
      if (!isAmount(result) || result.kind === 'percent') continue;
      const m = DIFFERENCE.exec(block.text.slice(Math.max(0, localRange(block, result)[0] - 100), localRange(block, result)[0]));
      if (!m) continue;
      const a = named(all(), blocks, m[1], result);
      const c = named(all(), blocks, m[2], result);
      if (!a || !c || a === c || a.index === result.index || c.index === result.index) continue;
      out.push(makeClaim({
        relation: 'balance', whole: result.index, parts: [a.index, c.index], signs: [1, -1],
        connector: `${m[1].trim()} trừ ${m[2].trim()}`, block: b,
        span: subSpan(block, localRange(block, result)[0], localRange(block, result)[1]),
        partBlocks: [...new Set([b, a.block, c.block])],
      }));
    }
  }
  return out;
}

// The figure a name stands for: the figures whose label opens with the name, all of one value, kind and unit.
function named(all: Figure[], blocks: readonly Block[], name: string, like: Figure): Figure | null {
  const key = name.trim().toLowerCase();
  const hits = all.filter((f) => f.index !== like.index && f.kind === like.kind && f.unit === like.unit && f.label !== null && f.label.toLowerCase().startsWith(key)
    && !inBrackets(blocks[f.block], localRange(blocks[f.block], f)[0]));
  if (hits.length === 0 || hits.some((f) => f.value !== hits[0].value)) return null;
  return hits[0];
}
