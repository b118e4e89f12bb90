/**
 * Numbers a pdf ran together in one cell of a table grouping thousands by spaces: "312 450 228 600 241 380 77,3" under
 * four columns is 312 450, 228 600, 241 380 and 77,3 — but read by its spaces alone it may as well be 312, 450 228, …
 * A space-grouped number opens on one to three digits and goes on by groups of exactly three, a decimal comma closing it,
 * so a short group always opens the next number ("120 000 64 300"); runs of three-digit groups stay ambiguous. They are
 * told apart by the other rows: a number moved into a column is never larger than the largest figure another row writes
 * there (a part never exceeds its table's total). Read only when exactly one way of cutting fits.
 */

// At most this many groups are cut, so the ways to try stay few (a row holds a few numbers).
const MAX_GROUPS = 12;

/** The numbers of `text` cut into exactly `count`, each at most `bounds[k]`, when exactly one cut fits; else null. */
export function splitSpacedRun(text: string, count: number, bounds: readonly (number | null)[]): string[] | null {
  const groups = text.trim().split(/[ \u00A0]/u);
  if (groups.length < count || groups.length > MAX_GROUPS || !groups.every((g) => /^\d{1,3}(?:,\d+)?$/u.test(g))) return null;
  const found: string[][] = [];
  const walk = (at: number, taken: string[]) => {
    if (found.length > 1) return;
    if (taken.length === count) {
      if (at === groups.length) found.push(taken);
      return;
    }
    for (let end = at + 1; end <= groups.length; end++) {
      const piece = groups.slice(at, end);
      // Groups after the first are of three digits; a decimal comma closes the number.
      if (!piece.every((g, k) => (k === 0 || /^\d{3}/u.test(g)) && (k === piece.length - 1 || !g.includes(',')))) break;
      // No number opens on a zero but a zero-padded count of two digits ("04"): "096" is the tail of "1 096".
      if ((piece.length > 1 || piece[0].length > 2) && piece[0].startsWith('0')) break;
      const bound = bounds[taken.length];
      if (bound === null || bound === undefined || valueOf(piece.join(' ')) > bound) continue;
      walk(end, [...taken, piece.join(' ')]);
    }
  };
  walk(0, []);
  return found.length === 1 ? found[0] : null;
}

const valueOf = (number: string) => Number(number.replace(/[ \u00A0]/gu, '').replace(',', '.'));
