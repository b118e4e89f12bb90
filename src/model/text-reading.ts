import { z } from 'zod';
import { Figure } from './figure.js';
import { Unit } from './meta.js';
import { FigureReading } from './reading.js';

/** Words of a claim: block and characters [from, to) of the block's text. */
const Words = { block: z.number().int(), from: z.number().int(), to: z.number().int() };

/**
 * A verbal claim a report makes about its own numbers (src/extract/comparisons.ts): "gấp N lần" (`ratio`,
 * the two figures compared), "tăng/giảm/vượt X … so với (B)" (`change`: the change figure, its signed
 * value, the current and the base), "giảm so với năm 2023 (01 người)" (`direction`: only the way, the current and the
 * base), "vượt chỉ tiêu (95%)" (`target`), "hoàn thành vượt mức dự toán" after a
 * rate of the plan (`fulfilment`), "100% X" beside a fraction of the same X (`full`).
 */
export const Comparison = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratio'), ...Words, stated: z.number(), decimals: z.number().int(), written: z.string(), increase: z.boolean(), pair: z.tuple([Figure, Figure]),
    /** "giảm một nửa so với cùng kỳ (06 vụ)": a fall to a part of the base; the base (pair[1]) is `stated` times the current (pair[0]). */
    down: z.boolean().optional(),
    /** "giảm hơn 3 lần so với năm 2024 (6,8 ha)" (with `down`): the base is at least `stated` times the current. */
    atLeast: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('change'), ...Words, verb: z.string(), stated: z.number(), signed: z.number(), decimals: z.number().int(), percent: z.boolean(),
    unit: z.string(), written: z.string(), figure: Figure, current: Figure, base: Figure,
    /** The current value compared (a count's fraction "53/62 trường": its numerator). */
    amount: z.number(),
    /** What the stated number is worth in the figures' own values ("tăng 7,4 triệu đồng": 1 000 000; 1 without a scale). */
    scale: z.number(),
    /**
     * When no base is written but the absolute change is stated beside the percent ("38 vụ … giảm 7 vụ, giảm 18,2% so với
     * cùng kỳ"): the base it implies (current − signed change, 45); `base` is then that change figure.
     */
    implied: z.number().optional(),
    /** "tăng trên 15%": the stated change is a lower bound, met by any change at least as large. */
    atLeast: z.boolean().optional(),
  }),
  /** "Số người chết giảm so với năm 2023 (01 người)": a way of change with no amount, the current value and the base. */
  z.object({ kind: z.literal('direction'), ...Words, verb: z.string(), current: Figure, base: Figure }),
  z.object({
    kind: z.literal('target'), ...Words, claim: z.string(), negative: z.boolean(), value: Figure, target: Figure,
    /** The claim says the value passes the target ("vượt dự toán" after "A so với dự toán B"), so A = B misses it too. */
    exceed: z.boolean().optional(),
    /** The target is a ceiling ("đạt chỉ tiêu (dưới 0,95%)"): met by a value below it. */
    ceiling: z.boolean().optional(),
    /** The value is a fraction held to a percent target ("11/23 người là nữ, vượt chỉ tiêu tối thiểu 50%"): its percent is met against it. */
    fraction: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('fulfilment'), ...Words, claim: z.string(), negative: z.boolean(), rate: Figure,
    /** The rate is a fraction whose denominator is the plan ("86/90 công dân theo kế hoạch, vượt chỉ tiêu"): its value a ratio, 1 the whole plan. */
    fraction: z.boolean().optional(),
  }),
  /**
   * "riêng mặt hàng thịt các loại tăng mạnh so với cùng kỳ" beside a table whose change column ("So cùng kỳ (%)") gives that
   * row −3,5: the way claimed, the row's label and its change cell. Or "kéo giảm … số vụ, số người chết và số người bị
   * thương" against a paragraph's "tăng 2 người bị thương": the listed count, no column (''), and the change as the figure of
   * its signed value.
   */
  z.object({ kind: z.literal('trend'), ...Words, verb: z.string(), row: z.string(), column: z.string(), change: Figure }),
  /**
   * "Tỷ lệ giải ngân vốn X cao nhất trong các nguồn vốn" beside a table (src/extract/claims-table-rank.ts): the row named
   * (`row`, its cell `value` in `column`) claimed at the top (`top`) or bottom of the body rows; `other` is the most
   * extreme of the other rows' cells that way (`otherRow`).
   */
  z.object({ kind: z.literal('rank'), ...Words, claim: z.string(), top: z.boolean(), row: z.string(), column: z.string(), value: Figure, otherRow: z.string(), other: Figure }),
  z.object({
    kind: z.literal('full'), percent: Figure, fraction: Figure, thing: z.string(),
    /** "toàn bộ 196/196 cơ sở, còn 08 cơ sở chưa được kiểm tra": the count left undone that the claim of all (then its own fraction, `percent` too) leaves out. */
    missing: Figure.optional(),
    /** "tất cả các thôn (5/6 thôn)": the words claiming all, when the claim is a word, not a percent (then `percent` is the fraction). */
    said: z.object(Words).optional(),
  }),
  /**
   * "1.842 đối tượng …, chiếm hơn một nửa tổng số đối tượng hưởng trợ cấp" (src/extract/shares-worded.ts): a share said as a
   * fraction in words (`stated`, 0.5), hedged (`hedge`: more than it, near it from below, less than it, about it); the part,
   * and every count the whole may be (`wholes`, the one naming the whole's phrase first). Judged only when all agree.
   */
  z.object({
    kind: z.literal('portion'), ...Words, written: z.string(), stated: z.number(), hedge: z.enum(['more', 'near', 'less', 'about']),
    part: Figure, wholes: z.array(Figure).min(1),
  }),
  z.object({
    kind: z.literal('countered'), said: z.object(Words), thing: z.string(),
    /** "100% trạm … có bác sĩ …" and later "còn 02 trạm … chưa …" (or "không có trường hợp X" and "04 trường hợp X"): the count and its words. */
    count: Figure, state: z.string(),
    /** The claim is of none ("không có"), not of all ("100%"). */
    absent: z.boolean(),
    /** "Tất cả 28 cán bộ …": the universal words and their count as written ("Tất cả 28"), when the claim of all is a word before a count, not a percent. */
    universal: z.string().optional(),
  }),
]);
export type Comparison = z.infer<typeof Comparison>;

/**
 * Two numbers run together in a paragraph ("đã lắp đặt 23 18 cụm loa") or a table cell ("45 54" in a row in "Hộ"):
 * characters [from, to), the noun they count, and where the quote ends (after the noun in a paragraph; at `to` in a cell).
 */
export const RunTogether = z.object({
  ...Words, raw: z.string(), first: z.string(), second: z.string(), unit: z.string(), end: z.number().int(),
  /** A third number of the run, when three small numbers stand before an amount's scale or currency ("1 12 4 triệu đồng"). */
  third: z.string().optional(),
});
export type RunTogether = z.infer<typeof RunTogether>;

/**
 * A number whose separators are broken ("42,,6 km", "2.3.450 m2"): characters [from, to), the quantity word after it, where
 * the quote ends (after that word), and the number with its doubled mark said once when that reads ("42,6"), else null.
 */
export const MalformedNumber = z.object({ ...Words, raw: z.string(), unit: z.string(), end: z.number().int(), suggestion: z.string().nullable() });
export type MalformedNumber = z.infer<typeof MalformedNumber>;

/** One named administrative unit in the text ("xã Tân Lập") at characters [from, to) of a block. */
export const UnitMention = z.object({
  ...Words,
  unit: Unit,
  /** The proper name folded for matching (tones unified, lower case, no diacritics). */
  key: z.string(),
});
export type UnitMention = z.infer<typeof UnitMention>;

/** A unit mention with what it is to the report's facts (src/extract/place-roles.ts). */
export const PlaceMention = UnitMention.extend({
  /** The subject of its clause (nothing before it but an organ of the unit, "Toàn", "Trên địa bàn"). */
  subject: z.boolean(),
  /** The issuer of a document cited just before it. */
  cited: z.boolean(),
  /** Someone else's place, a partner, a receiver or a yardstick. */
  other: z.boolean(),
  /** A former unit merged into today's ("xã Tân An (cũ)", or one of the units a merger sentence names). */
  former: z.boolean(),
  /** One of the units the report names as the issuer's area ("phụ trách địa bàn huyện A và huyện B"). */
  covered: z.boolean(),
  /**
   * Its governing body issued the resolution, decision or plan the report carries out ("Thực hiện Nghị quyết số … của HĐND xã
   * X về dự toán ngân sách năm 2025", src/extract/place-basis.ts): the unit whose matter the report's is.
   */
  basis: z.boolean(),
});
export type PlaceMention = z.infer<typeof PlaceMention>;

/** A percent stated as the share of a part in a whole. */
export const ShareLink = z.object({ share: Figure, part: Figure, whole: Figure });
export type ShareLink = z.infer<typeof ShareLink>;

/** A part of a breakdown whose parts each carry their share in brackets, of the parts' sum ("15 người (62,50%); …"). */
export const BreakdownShare = z.object({ share: Figure, part: Figure, parts: z.array(Figure) });
export type BreakdownShare = z.infer<typeof BreakdownShare>;

/** A rate of a plan with the amount done and the plan restated in brackets ("1.850 người, đạt 92,5% kế hoạch (2.100 người)"). */
export const PlanRate = z.object({ rate: Figure, done: Figure, plan: Figure });
export type PlanRate = z.infer<typeof PlanRate>;

/**
 * A change amount with its rate in brackets ("giảm 06 vụ (-25,00%)"), the current value it changed to and, when the
 * sentence states it, the earlier value (src/extract/change-rates.ts); the rate is of the earlier value.
 */
export const ChangeRate = z.object({ rate: Figure, change: Figure, current: Figure, base: Figure.nullable() });
export type ChangeRate = z.infer<typeof ChangeRate>;

/** A sentence quantity and the appendix table rows that restate it (name found in its clause, same unit, period column). */
/** scales: per row, the multiplier of a table "(đơn vị: triệu đồng)" that turns its cell into đồng; present only for money. */
/** byHeader: the row is a total row tied to the sentence by its column's header alone (no row label, no other cell echoed). */
export const AppendixRowMatch = z.object({ text: FigureReading, rows: z.array(FigureReading), scales: z.array(z.number()).optional(), byHeader: z.literal(true).optional() });
export type AppendixRowMatch = z.infer<typeof AppendixRowMatch>;

/**
 * "nguồn vốn ngân sách huyện (kế hoạch 9.580 triệu đồng)": an amount alone in a bracket opened by a plan word after a noun
 * phrase, that phrase's plan (src/extract/bracketed-plans.ts), with the other plans of the same phrase the document states
 * (same kind, period and place, no other stage of the plan), each valued in the bracket's own unit.
 */
export const BracketedPlan = z.object({
  plan: Figure,
  name: z.string(),
  others: z.array(z.object({ figure: Figure, value: z.number() })),
});
export type BracketedPlan = z.infer<typeof BracketedPlan>;

/**
 * What the text says beyond its figures, read once in the extract stage for the rules to judge: the
 * comparison claims, numbers run together, the administrative units named and their roles, the share and
 * plan phrases around percents, the appendix rows restating sentence figures.
 */
export const TextReadings = z.object({
  comparisons: z.array(Comparison),
  runTogether: z.array(RunTogether),
  /** Numbers whose separators are broken, before a quantity word (src/extract/malformed-numbers.ts). */
  malformedNumbers: z.array(MalformedNumber),
  /** Every named unit, in reading order. */
  places: z.array(PlaceMention),
  /**
   * For a district's report that lists all its communes (as many names as a stated whole count, src/extract/place-members.ts),
   * the communes its text names as its own facts' places that the list lacks.
   */
  strangers: z.array(UnitMention),
  /** Where the report states its own unit (the first mention of the issuer), null when it does not. */
  home: PlaceMention.nullable(),
  /**
   * For each part of a part–whole claim (not a list or a balance), the percent stated as its share, with
   * the claim's whole; in claim order.
   */
  claimShares: z.array(ShareLink),
  /** For each percent, the part and whole its own words name ("… trên tổng số …", "chiếm 4,35% tổng số hộ"). */
  statedShares: z.array(ShareLink),
  /**
   * A count's share that names no base, of the one count of its noun the unit's own inventory states ("Xã … có 07 thôn …,
   * 22 dòng họ" … "14 dòng họ được công nhận …, đạt 66,67%"); inferred, so weighed as a warning (src/extract/shares-inventory.ts).
   */
  inventoryShares: z.array(ShareLink),
  /** Each part of a breakdown whose shares, bracketed or held (", chiếm P%"), are of the parts' sum (src/extract/shares-whole.ts). */
  breakdownShares: z.array(BreakdownShare),
  planRates: z.array(PlanRate),
  /** Change amounts with their bracketed rates. */
  changeRates: z.array(ChangeRate),
  appendixRows: z.array(AppendixRowMatch),
  /**
   * A "gồm" breakdown's whole and a count elsewhere whose noun phrase lists, one for one, the groups its parts name, stated
   * by one act (src/extract/restated-groups.ts).
   */
  restatedGroups: z.array(z.object({ whole: Figure, restated: Figure })).optional(),
  /**
   * A count of a narrower age group ("1.124 trẻ em dưới 5 tuổi") and a count stated as all of a wider group of the same noun
   * holding it ("trẻ em dưới 6 tuổi 1.060 em"), with both groups as written; narrowest whole first (src/extract/age-groups.ts).
   */
  ageNestings: z.array(z.object({ part: Figure, whole: Figure, partGroup: z.string(), wholeGroup: z.string() })).optional(),
  /** Plans stated in brackets after their noun phrase, with the other plans of that phrase (src/extract/bracketed-plans.ts). */
  bracketedPlans: z.array(BracketedPlan).optional(),
  /**
   * For each figure (by index), the words of its clause a rate is judged by (src/extract/rate-context.ts):
   * from the clause's start to the next clause break after it; "" for a figure of a table row.
   */
  clauseWords: z.array(z.string()),
  /**
   * For each block, for each of its dates (as in `dates`), the statement holding it (clauses joined across
   * ":"), characters [from, to) of the block's text without its closing mark.
   */
  dateStatements: z.array(z.array(z.object({ from: z.number().int(), to: z.number().int() }))),
  /**
   * For each block, for each of its dates, the years of the numbered occurrences its statement names ("trong bão số 10")
   * that the report dates where it lists them ("Bão số 10 (ngày 28–29/9/2025)"), each dated in one year only.
   */
  dateEventYears: z.array(z.array(z.array(z.string()))),
  /** For each figure (by index), a minus sign written right before it ("-12,5%", "( −3%"). */
  minusBefore: z.array(z.boolean()),
  /**
   * For each figure (by index), a fraction whose quotient the text states right beside it as a bare number, no percent:
   * "tỷ số bác sĩ/trạm là 1,25 (5/4)", "12/8 = 1,5": a ratio of two things counted apart, not a part over its whole.
   */
  statedQuotient: z.array(z.boolean()),
});
export type TextReadings = z.infer<typeof TextReadings>;
