import { z } from 'zod';
import { Figure } from './figure.js';

/**
 * What a figure is in its sentence or table: a plain `count`, `money`, a `share` of a whole (a percent or
 * fraction), `fulfilment` of a plan or target ("đạt 95% kế hoạch"), the `target` itself, a `prior`-period
 * value ("so với cùng kỳ"), a `change` ("tăng 15"), a `cumulative` total ("lũy kế"), an `average`
 * ("bình quân", "mỗi").
 */
export const FigureRole = z.enum(['count', 'money', 'share', 'fulfilment', 'target', 'prior', 'change', 'cumulative', 'average']);
export type FigureRole = z.infer<typeof FigureRole>;

/** How a figure relates to another: a part of a whole, the total of parts (claims "trong đó", "gồm"). */
export const FigureRelation = z.object({
  relation: z.enum(['part-of', 'total-of']),
  /** Index of the other figure. */
  figure: z.number().int(),
});
export type FigureRelation = z.infer<typeof FigureRelation>;

/** One figure read as a quantity: its role, its name, what narrows it, and the figures it relates to. */
export const FigureReading = z.object({
  figure: Figure,
  role: FigureRole,
  /** The name's tokens (abbreviations spelled out, function words dropped). */
  tokens: z.array(z.string()),
  /** The name as written, folded: equal names are one quantity, near ones probably. */
  name: z.string(),
  kind: z.enum(['count', 'percent', 'money', 'fraction']),
  unit: z.string().nullable(),
  /** For a frequency ("01 bài/1 tuần"): the period the value is per ("1 tuần"), else null. */
  per: z.string().nullable(),
  /**
   * Everything that narrows the quantity (scope qualifiers: new, rest, part, added, each, neg, target,
   * prior, cumulative, plan, ahead (a plan under a title naming a later year), a period other than the report's, a place "tại …", a table column's role),
   * as one comparable string of "|"-separated tags.
   */
  scope: z.string(),
  /** False when the name alone is too general to tell the quantity ("156 chương trình"); only its clause can. */
  named: z.boolean(),
  /** The verb after the noun that narrows a count to those that did it ("đã mở gian hàng"), or those it served ("cho trẻ em dưới"), else null. */
  pred: z.string().nullable(),
  /**
   * The whole clause after the noun that `pred` opens, up to the clause's end ("đang hưởng trợ cấp tuất hằng tháng"; pred keeps
   * its first three words), as written; absent when no verb right after the noun narrows the count.
   */
  predPhrase: z.string().optional(),
  /** The verb before the figure that narrows it to those it acted on ("đơn giản hóa 12 TTHC"), else null. */
  pre: z.string().nullable().optional(),
  /** The whole verb phrase before the figure in its clause segment ("tạm hoãn gọi nhập ngũ"; pre keeps its last three words), else null. */
  verb: z.string().nullable().optional(),
  /**
   * True when the count is of those a verb's action reached, handed to it by "cho" ("chi trả trợ cấp cho 412 người"), or of
   * the places it was held at, handed by "tại" / "ở" ("tổ chức 05 buổi tuyên truyền tại 04 thôn").
   */
  served: z.boolean().optional(),
  /** True when the figure states what there is ("huyện có 312 cơ sở", "29 chợ hiện có"), not what an action reached. */
  held: z.boolean().optional(),
  /** True when the count is of incidents told as happened or recorded ("xảy ra 03 vụ", "ghi nhận 05 vụ"), no deed done to them. */
  happened: z.boolean().optional(),
  /** True when the name is only a generic noun with the words before the figure ("hồ sơ (giải quyết đúng hạn)"): never a refinement of another name. */
  loose: z.boolean().optional(),
  /**
   * Where the figure stands in a stock and its flows, from the words before it in its clause: an opening level
   * ("tồn kỳ trước"), a closing one ("còn tồn cuối kỳ"), what came in ("tiếp nhận", "thu") or went out ("đã giải quyết",
   * "hỗ trợ", "chi"); null when no such word is there. Two figures of different standing are two quantities.
   */
  flow: z.enum(['open', 'close', 'in', 'out']).nullable().optional(),
  /**
   * The items the figure's sections are of, among sibling headings that name parallel items ("Lĩnh vực đất đai" /
   * "Lĩnh vực tư pháp", "Tại … cấp huyện" / "Tại … cấp xã"): one "family=section" key per such heading above it.
   */
  branches: z.array(z.string()).optional(),
  /**
   * The item the figure is of, as tokens: for a sentence under a heading of parallel items the words after the heading's
   * scope word ("Lĩnh vực đất đai" → đất đai), for a table cell its row's label; empty when unknown.
   */
  item: z.array(z.string()).optional(),
  /**
   * For a count after a larger count of its noun in its own sentence ("Đầu tư 06 công trình …, đã hoàn thành 05 công
   * trình"): the value of that set, of which it counts some; absent otherwise.
   */
  set: z.number().optional(),
  /**
   * For an item of a bullet list under a lead-in closed by a colon ("Kết quả xếp loại như sau:"), the block of that lead-in:
   * the items of one list share it, and name as many categories (none of them another restated).
   */
  list: z.number().int().optional(),
  /**
   * For a count of what a deed reached, the telling words of the body named at its sentence's head as doing it ("Ban đại diện
   * … kiểm tra 48 tổ", src/extract/deed-actor.ts); absent when no body is named.
   */
  actor: z.array(z.string()).optional(),
  related: z.array(FigureRelation),
});
export type FigureReading = z.infer<typeof FigureReading>;
