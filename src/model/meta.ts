import { z } from 'zod';

/** Administrative levels a Vietnamese report names, as written in lower case. */
export const UnitLevel = z.enum(['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh']);
export type UnitLevel = z.infer<typeof UnitLevel>;

/** An administrative unit: its level and name as the report writes it ("phường Giếng Đáy"). */
export const Unit = z.object({
  /** Level in lower case plus the proper name as written: "phường Bắc Sơn", "thành phố Hạ Long". */
  name: z.string(),
  level: UnitLevel,
});
export type Unit = z.infer<typeof Unit>;

/** The span of time a report covers, ISO dates inclusive. */
export const Period = z.object({
  start: z.string(),
  end: z.string(),
  /** The words that state it, as written: "6 tháng đầu năm 2023", "Quý I/2024". */
  label: z.string(),
});
export type Period = z.infer<typeof Period>;

/** Who issued a report, for what period, when, under what number and title. */
export const DocumentMeta = z.object({
  /** The issuing unit, null when the report does not tell. */
  unit: Unit.nullable(),
  /** Higher units the report names (district, province), nearest first. */
  parents: z.array(Unit),
  period: Period.nullable(),
  /**
   * The dates the figures are counted between when the title or intro states them ("số liệu tính từ ngày 15/12/2023
   * đến ngày 14/12/2024" of a report on "năm 2024"), ISO inclusive; absent when not stated.
   */
  window: z.object({ start: z.string(), end: z.string() }).optional(),
  /** The signing date (ISO), null when left blank ("ngày tháng năm 2023"). */
  date: z.string().nullable(),
  /** "45/BC-UBND", null when the number is left blank ("Số: /BC-UBND"). */
  number: z.string().nullable(),
  title: z.string().nullable(),
  /**
   * The issuing body other than the people's committee, from the header line in capitals that names it before the issuing
   * unit ("HỘI CHỮ THẬP ĐỎ HUYỆN THANH BA" → "hội chữ thập đỏ", "BAN CHỈ HUY QUÂN SỰ XÃ …" → "ban chỉ huy quân sự"), in
   * lower case; absent when the header names none or only "ỦY BAN NHÂN DÂN".
   */
  body: z.string().optional(),
  /** "DỰ THẢO" stands in the header. */
  draft: z.boolean(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;
