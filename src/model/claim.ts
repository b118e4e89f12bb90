import { z } from 'zod';
import { Span } from './source.js';

/**
 * How parts relate to their whole: `subset` ("trong đó": each part ≤ whole),
 * `exhaustive` ("gồm", a partition such as "mới X, lại Y": parts sum to the whole),
 * `list` (a count and the names it announces: as many names as the count),
 * `balance` (a level at the start of a period and its flows give the level at its end: the whole is the
 * closing level, the parts are the opening level and the flows, `signs` says which way each goes).
 */
export const ClaimRelation = z.enum(['subset', 'exhaustive', 'list', 'balance']);
export type ClaimRelation = z.infer<typeof ClaimRelation>;

/** A part–whole statement of the report: a whole figure and its parts or listed items. */
export const Claim = z.object({
  relation: ClaimRelation,
  /** Index of the whole figure. */
  whole: z.number().int(),
  /** Indices of the part figures, in reading order (empty for a list). */
  parts: z.array(z.number().int()),
  /** subset: the parts never overlap ("của UBND", "trước hạn / đúng hạn"), so together they cannot exceed the whole. */
  disjoint: z.boolean(),
  /** subset: the parts together make one part of the whole (resolved trước hạn + đúng hạn ⊆ received). */
  joint: z.boolean(),
  /** list: the names as written. */
  items: z.array(z.string()),
  /** list: the names are examples ("như", "…", "v.v."), not every item. */
  open: z.boolean(),
  /**
   * list: the names are the places the counted events were held at ("03 buổi tuyên truyền tại các thôn: A, B, C"): one event
   * is held at one place, so there may be fewer places than events, never more.
   */
  venues: z.boolean().optional(),
  /**
   * list: the items are lower-case phrases cut at every comma and "và" ("04 hình thức: tư vấn pháp luật, tham gia tố tụng"), as
   * many as the names at most: fewer items than the count is a mismatch, more says nothing. Also venues named with no colon
   * ("04 lớp tập huấn … tại các ấp A, B, C"): one event may gather two places, so more places than events say nothing.
   */
  atMost: z.boolean().optional(),
  /**
   * list: the items are places each holding this many of the counted things ("05 điểm … tại các thôn: Đông, Tây, Nam và Bắc
   * (mỗi thôn 01 điểm)"): the count is the items times it.
   */
  each: z.number().optional(),
  /** The words that tie parts to the whole ("trong đó", "gồm", ":", "Gồm:"). */
  connector: z.string(),
  /** Block of the whole; a list's names may sit in a footnote block. */
  block: z.number().int(),
  /** From the whole to the last part or name (the whole's block when parts lie in later blocks). */
  span: Span,
  /**
   * balance: +1 or −1 for each part (the opening level first, +1), in the order of `parts`. A fraction part is a flow told
   * as its share of the opening level ("12/58 hộ thoát nghèo"): its numerator is the amount.
   */
  signs: z.array(z.union([z.literal(1), z.literal(-1)])).optional(),
  /**
   * balance: the closing level is what is left of a whole once a part of it is done ("đã hỗ trợ 52/86 hộ … còn lại 34 hộ
   * chưa được hỗ trợ"): the parts are the whole and the deed, signs [1, −1]; a fraction counts its denominator as the whole
   * and its numerator as the deed.
   */
  rest: z.literal(true).optional(),
  /**
   * subset: the whole is a fraction ("huy động 256/256 trẻ, trong đó …"), and this is its denominator, the most any one part
   * may be: a part belongs to the numerator's group or the denominator's, both at most the denominator. Such a whole has no
   * one amount the parts' sum or a part's share can be held to (numerator or denominator?): a rule reads each part against
   * the bound alone, never `whole.value` (the fraction's ratio). Absent for a whole that is an amount.
   */
  bound: z.number().optional(),
  /** Blocks the parts or names are in. */
  partBlocks: z.array(z.number().int()),
});
export type Claim = z.infer<typeof Claim>;
