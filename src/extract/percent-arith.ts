/**
 * Percent arithmetic shared by the readings and the rules: the rounding interval a stated percentage may
 * fall in (statcheck / XBRL interval), the true percentage at a stated precision, and the values one slip
 * of the pen away from a number as written ("0,06" → "0,6", "48,2" → "84,2").
 */

const EPS = 1e-9;

/**
 * True when `stated` (written with `decimals` digits after the comma) can be
 * num/den·100: anywhere between the truncation and the rounding of the true
 * ratio at that precision (statcheck / XBRL interval), or its rounding twice (first at one
 * more decimal: 102,549 → 102,55 → 102,6). 100% needs num = den.
 */
export function percentAgrees(num: number, den: number, stated: number, decimals: number): boolean {
  if (den === 0) return true;
  const exact = (num / den) * 100;
  if (stated === 100 || num === den) return num === den ? stated === 100 : false;
  const scale = 10 ** decimals;
  const truncated = Math.floor(exact * scale + EPS) / scale;
  const rounded = Math.round(exact * scale) / scale;
  // Rounded twice ("52.300/51.000 = 102,549…" → 102,55 → 102,6): a writer's habit, one step of the last digit at most.
  const twice = Math.round(Math.round(exact * scale * 10) / 10 + EPS) / scale;
  const [low, high] = [Math.min(truncated, rounded), Math.max(truncated, rounded, twice)];
  return stated >= low - EPS && stated <= high + EPS;
}

/** How many whole counts a set of shares may leave open and still be said to pin the whole. */
const PINNED_MAX = 5000;

/**
 * The whole counts, at least `least`, that every share fits (part/whole·100 at its precision, as percentAgrees reads it); null
 * when the shares leave more than PINNED_MAX counts open (too loose to pin a whole) or name none.
 */
export function pinnedWholes(shares: ReadonlyArray<{ part: number; share: number; decimals: number }>, least: number): number[] | null {
  let low = Math.max(1, least);
  let high = Infinity;
  for (const { part, share, decimals } of shares) {
    const unit = 10 ** -decimals;
    if (part <= 0 || share <= 0) return null;
    // The ratio lies between half a last digit below the share (rounding) and a whole one above it (truncation).
    low = Math.max(low, Math.ceil((part * 100) / (share + unit) - EPS));
    if (share - unit / 2 > 0) high = Math.min(high, Math.floor((part * 100) / (share - unit / 2) + EPS));
  }
  if (!Number.isFinite(high) || high - low > PINNED_MAX) return null;
  const out: number[] = [];
  for (let w = low; w <= high; w++) if (shares.every((s) => percentAgrees(s.part, w, s.share, s.decimals))) out.push(w);
  return out.length > 0 ? out : null;
}

/** The true percentage rounded to the stated precision (at least one decimal when the stated has none but the ratio is not whole). */
export function actualPercent(num: number, den: number, decimals: number): number {
  const scale = 10 ** Math.max(decimals, 1);
  return Math.round((num / den) * 100 * scale) / scale;
}

/**
 * Values one slip away from a number as written (deducorrect idea): one digit
 * swapped with its neighbour, dropped, changed or added. Kept in the writing's
 * own form ("0,6"); the caller keeps those that fit.
 */
export function singleSlips(written: string): string[] {
  const digits = written.replace(/[^\d,]/g, '');
  const out = new Set<string>();
  const at = (i: number) => /\d/.test(digits[i] ?? '');
  for (let i = 0; i < digits.length; i++) {
    if (at(i) && at(i + 1)) out.add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
    if (at(i)) out.add(digits.slice(0, i) + digits.slice(i + 1));
    for (let d = 0; d <= 9; d++) {
      if (at(i)) out.add(digits.slice(0, i) + d + digits.slice(i + 1));
      out.add(digits.slice(0, i) + d + digits.slice(i));
    }
  }
  out.delete(digits);
  return [...out].filter((s) => /^(?:0|[1-9]\d*)(?:,\d+)?$/.test(s));
}

/** Read a slip candidate ("73,70") as a number. */
export function readSlip(s: string): { value: number; decimals: number } {
  const [, frac = ''] = s.split(',');
  return { value: Number(s.replace(',', '.')), decimals: frac.length };
}

/**
 * The one value a single slip of `written` turns into a fitting one, or null when none or several do. In a document written
 * the English way ("48.2") the slip is sought on the same digits and given back in that writing ("84.2").
 */
export function firstSlip(written: string, fits: (value: number, decimals: number) => boolean, style: 'vi' | 'en' = 'vi'): string | null {
  const own = style === 'en' ? written.replace(/,/g, '').replace('.', ',') : written;
  const fitting = singleSlips(own).filter((s) => {
    const r = readSlip(s);
    return fits(r.value, r.decimals);
  });
  if (new Set(fitting.map((s) => readSlip(s).value)).size !== 1) return null;
  return style === 'en' ? fitting[0].replace(',', '.') : fitting[0];
}
