/**
 * Generators of Vietnamese-ish report text for the fuzz properties: words,
 * numbers written the Vietnamese way, figures with units, headings and
 * part–whole phrases, so the generated text reaches the code paths real
 * reports reach.
 */
import fc from 'fast-check';
import { toRoman } from '../../src/segment/numbering.js';

/** Syllables and short words of report prose. */
const WORDS = [
  'xã', 'phường', 'cán bộ', 'công chức', 'hồ sơ', 'trực tuyến', 'chuyển đổi số', 'đạt', 'tỷ lệ', 'tỉ lệ', 'trong đó',
  'gồm', 'tổng số', 'hộ', 'người', 'máy tính', 'kinh phí', 'đồng', 'triệu', 'tỷ', 'nghìn', 'năm', 'tháng', 'kế hoạch',
  'so với', 'cùng kỳ', 'tăng', 'giảm', 'trường', 'thôn', 'tổ dân phố', 'được', 'và', 'các', 'của', 'là', 'UBND', 'Đảng ủy',
  'thực hiện', 'hoàn thành', 'văn bản', 'ký số', 'chiếm', 'bằng', 'trên', 'dưới', 'khoảng', 'lần', '(', ')', ',', '.', ';', ':', '-',
];

/** Capital initials for titles, with Vietnamese diacritics. */
const CAPITALS = ['T', 'K', 'C', 'Đ', 'Ủ', 'Ô', 'B', 'H', 'N', 'Q', 'Â', 'Ư', 'Ê', 'Ì', 'Ế'];

/** A number written the Vietnamese way: "." groups thousands, "," marks decimals. */
export function formatVietnamese(integer: bigint | number, fraction = ''): string {
  const digits = String(integer);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** An integer part and a fraction's digits ("" for none). */
export const numberParts = fc.record({
  integer: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 1000) })),
  fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,4}$/)),
});

const vnNumber = numberParts.map(({ integer, fraction }) => formatVietnamese(integer, fraction));

/** One figure as a report writes it: count, percent, fraction, money, range, date, ratio. */
export const figureText = fc.oneof(
  vnNumber,
  vnNumber.map((n) => `${n}%`),
  vnNumber.map((n) => `${n} %`),
  fc.tuple(fc.nat(5000), fc.nat(5000)).map(([a, b]) => `${formatVietnamese(a)}/${formatVietnamese(b)}`),
  fc.tuple(fc.nat(5000), fc.nat(5000), fc.nat(100)).map(([a, b, p]) => `${formatVietnamese(a)}/${formatVietnamese(b)} = ${p}%`),
  vnNumber.map((n) => `${n} triệu đồng`),
  vnNumber.map((n) => `${n}đ`),
  fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}-${b}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.stringMatching(/^\d{1,3}([.,]\d{1,4}){0,3}$/),
);

/** A run of words and figures, as one sentence. */
export const sentence = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: figureText }), { minLength: 1, maxLength: 25 }).map((ts) => ts.join(' '));

/** A heading title: a capital, then words. */
export const title = fc.tuple(fc.constantFrom(...CAPITALS), fc.array(fc.constantFrom(...WORDS.filter((w) => /^\p{L}/u.test(w))), { minLength: 1, maxLength: 6 })).map(([c, ws]) => `${c}${ws.join(' ')}`);

/** A heading number with the key recogniseHeading must give it. */
export const headingNumber = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => ({ number: `${n}.`, key: String(n) })),
  fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 5 }).chain((ps) =>
    fc.constantFrom('.', '').map((dot) => ({ number: `${ps.join('.')}${dot}`, key: ps.join('.') })),
  ),
  fc.integer({ min: 1, max: 49 }).map((n) => ({ number: `${toRoman(n)}.`, key: toRoman(n) })),
  fc.tuple(fc.constantFrom(...'abcdđeghiklmnopqrstuvxy'), fc.constantFrom(')', '.')).map(([l, p]) => ({ number: `${l}${p}`, key: l })),
);

/** A table row: cells joined by tabs, an STT cell first. */
const row = fc.tuple(fc.integer({ min: 1, max: 20 }), fc.array(fc.oneof(sentence, figureText), { minLength: 1, maxLength: 4 })).map(([n, cells]) => [String(n), ...cells].join('\t'));

/** A line of a small report: a heading, a sentence, or a table row. */
const reportLine = fc.oneof(
  { weight: 1, arbitrary: fc.tuple(headingNumber, title).map(([h, t]) => `${h.number} ${t}`) },
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: row },
);

/** A small report: a title line and a few headings, paragraphs and rows. */
export const smallReport = fc.array(reportLine, { minLength: 1, maxLength: 15 }).map((lines) => ['BÁO CÁO Kết quả thực hiện năm 2024', ...lines].join('\n'));
