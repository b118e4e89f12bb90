/**
 * Spelled-out Vietnamese numbers: "một trăm hai mươi lăm" = 125, "hai mốt" = 21,
 * "một nghìn không trăm linh năm" = 1005, "ba phẩy năm triệu" = 3 500 000.
 *
 * Grammar: a group under a thousand is [d trăm] then "linh/lẻ d", "mười [u]",
 * "d mươi [u]", "d chục", or a pair "d d" (tens and units: "bốn bảy" = 47). Units
 * after "mươi" may be "mốt" (1), "tư" (4), "lăm" (5). Scale words (nghìn/ngàn,
 * vạn, triệu, tỷ/tỉ) multiply the groups before them; a larger scale after a
 * smaller multiplies the whole ("một nghìn tỷ", "một nghìn hai trăm tỷ" = 1 200 tỷ). A single digit word closing the
 * number after a scale or "trăm" is the next lower place, as speech shortens it:
 * "một triệu hai" = 1 200 000, "một trăm hai" = 120, "tám trăm rưỡi" = 850.
 * "phẩy"/"chấm" starts decimals read digit by digit; a scale after them scales
 * the whole ("không phẩy hai triệu" = 200 000). "âm" makes it negative.
 */

const DIGIT: ReadonlyMap<string, number> = new Map([
  ['không', 0], ['một', 1], ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['lăm', 5],
  ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
]);
const SCALE: ReadonlyMap<string, number> = new Map([['nghìn', 1e3], ['ngàn', 1e3], ['vạn', 1e4], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9]]);
/** Digit words that only stand after a tens word ("hai mốt", "mười lăm"), never alone. */
const TAIL_ONLY = new Set(['mốt', 'lăm']);

/** Every word that can be part of a spelled number. */
export const NUMBER_WORDS = [
  ...DIGIT.keys(), ...SCALE.keys(), 'mười', 'mươi', 'trăm', 'chục', 'linh', 'lẻ', 'rưỡi', 'phẩy', 'chấm',
];

/** A spelled number's value and how it was written. */
export interface SpelledNumber {
  value: number;
  /** Digits after "phẩy"/"chấm". */
  decimals: number;
  /** True when a scale word (nghìn, triệu, tỷ, …) is part of it. */
  scaled: boolean;
  /** True when it holds a word that only numbers use (mười, mươi, trăm, linh, …), not only digit words. */
  structured: boolean;
}

/** Read the words of a spelled number (lower case, single spaces), or null when they are not one number. */
export function parseSpelled(phrase: string): SpelledNumber | null {
  const words = phrase.toLowerCase().normalize('NFC').trim().split(/\s+/);
  let sign = 1;
  if (words[0] === 'âm') {
    sign = -1;
    words.shift();
  }
  const point = words.findIndex((w) => w === 'phẩy' || w === 'chấm');
  const intWords = point >= 0 ? words.slice(0, point) : words;
  let tail = point >= 0 ? words.slice(point + 1) : [];
  let trailingScale = 1;
  const last = SCALE.get(tail[tail.length - 1]);
  if (last) {
    trailingScale = last;
    tail = tail.slice(0, -1);
  }
  const int = readInteger(intWords);
  if (!int) return null;
  let value = int.value;
  let decimals = 0;
  if (point >= 0) {
    if (!tail.length || !tail.every((w) => DIGIT.has(w))) return null;
    const digits = tail.map((w) => DIGIT.get(w)!).join('');
    decimals = Math.max(0, digits.length - Math.round(Math.log10(trailingScale)));
    value = Number((Number(`${int.value}.${digits}`) * trailingScale).toFixed(decimals));
  }
  const structured = int.structured || point >= 0;
  return { value: sign * value, decimals, scaled: int.scaled || trailingScale !== 1, structured };
}

interface Integer { value: number; scaled: boolean; structured: boolean }
const THOUSAND = 1e3;
const MILLION = 1e6;

// Groups under a thousand joined by scale words; a lone digit word or "rưỡi" closing the number after a scale is the next lower place.
function readInteger(words: string[]): Integer | null {
  let total = 0;
  let i = 0;
  let lastScale = 0;
  let structured = false;
  while (i < words.length) {
    const last = i === words.length - 1;
    if (last && lastScale && (words[i] === 'rưỡi' || (DIGIT.has(words[i]) && words[i] !== 'không'))) {
      // "một triệu hai" = 1 200 000, "mười triệu rưỡi" = 10 500 000, "một ngàn mốt" = 1 100.
      total += words[i] === 'rưỡi' ? lastScale / 2 : (DIGIT.get(words[i])! * lastScale) / 10;
      return { value: total, scaled: true, structured: true };
    }
    const g = readGroup(words, i);
    if (!g) return null;
    structured ||= g.structured;
    i = g.next;
    if (i === words.length) return { value: total + g.value, scaled: lastScale > 0, structured };
    let scale = SCALE.get(words[i]);
    if (!scale) return null;
    i++;
    // "một nghìn tỷ": a larger scale right after a smaller multiplies it.
    for (let next = SCALE.get(words[i]); next && next > scale; next = SCALE.get(words[i])) {
      scale *= next;
      i++;
    }
    if (lastScale && scale >= lastScale) {
      // "một nghìn hai trăm tỷ" = 1 200 tỷ: thousands and what follows them counted in a larger unit (triệu, tỷ) multiply
      // together, as an amount of money in words says it. Only after "nghìn" alone: "hai triệu ba tỷ" is no number.
      if (lastScale !== THOUSAND || scale < MILLION || total >= MILLION) return null;
      total = (total + g.value) * scale;
    } else total += g.value * scale;
    lastScale = scale;
    structured = true;
  }
  return lastScale ? { value: total, scaled: true, structured: true } : null;
}

interface Group { value: number; next: number; structured: boolean }

/** One group under a thousand starting at words[i]. */
function readGroup(words: string[], i: number): Group | null {
  const isDigit = (x: string | undefined) => x !== undefined && DIGIT.has(x);
  let k = i;
  let value = 0;
  let hundreds = false;
  if (words[k] === 'trăm') {
    value = 100;
    hundreds = true;
    k += 1;
  } else if (isDigit(words[k]) && words[k + 1] === 'trăm' && !TAIL_ONLY.has(words[k])) {
    value = DIGIT.get(words[k])! * 100;
    hundreds = true;
    k += 2;
  }
  const w0 = words[k];
  const w1 = words[k + 1];
  const w2 = words[k + 2];
  const closes = (n: number) => k + n === words.length || SCALE.has(words[k + n]);
  const done = (n: number, add: number, structured = true): Group => ({ value: value + add, next: k + n, structured });
  // Units after a tens word: never "không", and "năm" there is the noun "year" ("mười năm" = ten years).
  const unitAfterTens = (x: string | undefined) => isDigit(x) && x !== 'không' && x !== 'năm';
  if ((w0 === 'linh' || w0 === 'lẻ') && isDigit(w1) && w1 !== 'không' && w1 !== 'mốt' && closes(2)) return done(2, DIGIT.get(w1)!);
  if (w0 === 'mười') return unitAfterTens(w1) && w1 !== 'mốt' && closes(2) ? done(2, 10 + DIGIT.get(w1)!) : done(1, 10);
  if (isDigit(w0) && !TAIL_ONLY.has(w0) && (w1 === 'mươi' || w1 === 'chục')) {
    const tens = DIGIT.get(w0)! * 10;
    return w1 === 'mươi' && unitAfterTens(w2) && closes(3) ? done(3, tens + DIGIT.get(w2)!) : done(2, tens);
  }
  if (isDigit(w0) && isDigit(w1) && !TAIL_ONLY.has(w0) && w0 !== 'không' && closes(2)) {
    // A pair of digit words is tens and units: "bốn bảy" = 47, "chín lăm" = 95.
    return done(2, DIGIT.get(w0)! * 10 + DIGIT.get(w1)!, hundreds);
  }
  if (hundreds && w0 === 'rưỡi' && closes(1)) return done(1, 50);
  if (isDigit(w0) && closes(1)) {
    // "một trăm hai" = 120, "năm trăm tư" = 540; a units word alone ("mốt", "lăm") is not a number.
    if (hundreds) return done(1, DIGIT.get(w0)! * 10);
    return TAIL_ONLY.has(w0) ? null : done(1, DIGIT.get(w0)!, false);
  }
  return hundreds && closes(0) ? done(0, 0) : null;
}
