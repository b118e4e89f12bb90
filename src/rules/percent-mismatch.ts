/**
 * percent-mismatch — a stated percentage must agree with its own fraction.
 *
 * Why: "21/22 cán bộ … đạt tỉ lệ 100%" hides one person without a computer;
 * "01/156 TTHC đạt 0,06%" is ten times too small (1/156 = 0,64%).
 *
 * What is compared: a fraction and the percent the figure extractor pairs with
 * it in one passage ("4.256/5.768=73,7%", "59/59 hs, đạt 100%"); in a table,
 * a fraction cell with its own percent ("875/875 = 100%"), or a fraction cell
 * and a percent cell side by side when the percent's column is a "Tỷ lệ"
 * column or shares the fraction's header. Pairs are never made across
 * sentences or across columns of different meaning ("Kỳ báo cáo" beside
 * "Lũy kế" are two figures, not one). A part of a "trong đó"/"gồm" claim
 * followed by its share ("642 hồ sơ; trong đó trực tuyến 389 hồ sơ, chiếm
 * 45,2%") is compared with part/whole, also when the part's clause goes on
 * before its share ("trong đó 214 tiểu thương có mã QR, đạt 70,1%"), and so
 * is a part whose whole a connector names ("38.450 công dân … trên tổng số
 * 52.300 công dân …, đạt 78,5%"): same counted noun, no other rate named. A share that fits an amount of
 * the part's noun written between the claim's whole and the part, in the part's clause run ("…; đã giải
 * quyết 27.150 hồ sơ, trước hạn và đúng hạn 27.109 hồ sơ, đạt 99,85%"), is of that nearer whole: no mismatch.
 *
 * Rounding: a stated value is accepted anywhere between the truncation and
 * the rounding of the true ratio at the stated number of decimals (statcheck /
 * XBRL Calc 1.1 interval): "2407/3890 … 61,8%" (61,88 truncated) and
 * "1/6 = 16,6%" pass silently; writers truncate often enough that a separate
 * note would be noise. 100% is accepted only when numerator = denominator;
 * "0/0 … 0%" is never a mismatch. A fraction whose part exceeds its whole, and
 * a share over 100% beside its own fraction ("18.420/19.150 hộ, đạt 196,2%"),
 * are left to percent-out-of-range.
 *
 * Suggestion: when one slip of the stated value (two digits swapped, one
 * dropped, changed or added) gives the only value that fits, it is offered
 * ("0,06% → 0,6%", "48,2% → 84,2%").
 *
 * @example {"name": "ok.txt"}
 *   Tỷ lệ văn bản ký số 3.787/3.798, đạt 99,71%.
 * @example {"name": "truncated.txt"}
 *   Số người có tài khoản thanh toán là 2407/3890 người, đạt tỷ lệ 61,8%.
 * @example {"name": "not-ok.txt", "expect": "percentMismatch"}
 *   Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.
 * @example {"name": "share.txt", "expect": "percentMismatch"}
 *   Tổng số hồ sơ tiếp nhận: 642 hồ sơ; trong đó hồ sơ trực tuyến là 389 hồ sơ, chiếm 45,2%.
 * @example {"name": "swapped.txt", "expect": "percentMismatch"}
 *   Hồ sơ giải quyết đúng hạn 421/500 hồ sơ, đạt 48,2%.
 */
import type { Figure } from '../model/index.js';
import { defineRule, type Place, type RuleContext } from './define.js';
import { actualPercent, firstSlip, percentAgrees, tablesOf } from './support/percent.js';
import { percentText } from '../extract/shares.js';
import { growthOrPlanWords, yardstickWords } from '../extract/rate-context.js';

export default defineRule({
  id: 'percent-mismatch',
  severity: 'error',
  description: 'Tỷ lệ phần trăm nêu ra không khớp với phân số của chính nó',
  messages: {
    percentMismatch: 'Tỷ lệ {stated}% không khớp với {num}/{den} = {actual}%',
  },
  check(context) {
    for (const f of context.figures) {
      if (f.kind !== 'fraction' || f.percent === null || context.source.blocks[f.block].kind === 'row') continue;
      const stated = statedFigure(context.figures, f);
      if (stated && overWholeBeside(context, f, stated)) continue;
      if (stated) compare(context, f.numerator!, f.denominator!, stated.value, stated.decimals, stated.raw, [{ figure: stated }, { figure: f }]);
    }
    // A part may sit in several claims ("resolved 2.791, of which on time 2.713" inside "received 2.874"):
    // its share is right if it fits any of its wholes, and is checked against the nearest one otherwise.
    const shares = new Map<number, { share: Figure; part: Figure; wholes: Figure[] }>();
    const addShare = (share: Figure, part: Figure, whole: Figure) => {
      const entry = shares.get(share.index) ?? { share, part, wholes: [] };
      if (entry.part === part) entry.wholes.push(whole);
      shares.set(share.index, entry);
    };
    for (const { share, part, whole } of context.textReadings.claimShares) {
      if (whole.value > 0) addShare(share, part, whole);
    }
    const byClaim = new Set(shares.keys());
    for (const { share, part, whole } of context.textReadings.statedShares) if (!byClaim.has(share.index)) addShare(share, part, whole);
    // A breakdown's part whose share no other reading pairs: of the parts' sum.
    for (const { share, part, parts } of context.textReadings.breakdownShares) {
      if (shares.has(share.index)) continue;
      compare(context, part.value, parts.reduce((s, q) => s + q.value, 0), share.value, share.decimals, share.raw, [{ figure: share }, { figure: part }]);
    }
    for (const { share, part, wholes } of shares.values()) {
      if ([...wholes, ...nearerWholes(context, part, wholes)].some((w) => percentAgrees(part.value, w.value, share.value, share.decimals))) continue;
      const whole = wholes.reduce((a, b) => (Math.abs(b.index - part.index) < Math.abs(a.index - part.index) ? b : a));
      compare(context, part.value, whole.value, share.value, share.decimals, share.raw, [{ figure: share }, { figure: part }, { figure: whole }]);
    }
    // "14 dòng họ được công nhận …, đạt 66,67%" naming no base, of the "22 dòng họ" the unit's inventory states: inferred
    // across the report, so a warning.
    for (const { share, part, whole } of context.textReadings.inventoryShares) {
      if (!percentAgrees(part.value, whole.value, share.value, share.decimals)) report(context, part.value, whole.value, share.value, share.decimals, share.raw, [{ figure: share }, { figure: part }, { figure: whole }], 'warning');
    }
    for (const { rate: f, done, plan } of context.textReadings.planRates) {
      if (!percentAgrees(done.value, plan.value, f.value, f.decimals)) report(context, done.value, plan.value, f.value, f.decimals, f.raw, [{ figure: f }, { figure: done }, { figure: plan }]);
    }
    // "giảm 06 vụ (-25,00%)" after "xảy ra 24 vụ": the rate of a change is of the earlier value (30), stated or not; so is
    // "giảm 02 vụ (cùng kỳ 07 vụ), giảm 35,7%" (of 07).
    for (const { rate, change, current, base } of context.textReadings.changeRates) {
      const amount = Math.abs(change.change!.value);
      const earlier = base ? base.value : current.value - change.change!.value;
      // The rate's way is its sign, or its verb's ("giảm 35,7%" after "giảm 02 vụ (cùng kỳ 07 vụ)").
      if (earlier <= 0 || Math.sign(rate.change?.value ?? rate.value) * Math.sign(change.change!.value) < 0) continue;
      const places: Place[] = [{ figure: rate }, { figure: change }, { figure: current }, ...(base ? [{ figure: base }] : [])];
      compare(context, amount, earlier, Math.abs(rate.value), rate.decimals, rate.raw.replace(/^[-+−]/u, ''), places);
    }
    for (const table of tablesOf(context)) {
      for (const row of table.rows) {
        row.cells.forEach((cell, c) => {
          if (cell.kind !== 'fraction' || !cell.at) return;
          const place: Place = { block: cell.at.block, from: cell.at.from, to: cell.at.to };
          if (cell.percent !== null) {
            compare(context, cell.numerator!, cell.denominator!, cell.percent, cell.percentDecimals ?? 0, percentText(cell.text), [place]);
            return;
          }
          for (const n of [c + 1, c - 1]) {
            const p = row.cells[n];
            const sameMeaning = table.columns[n]?.role === 'percent' || table.columns[n]?.header === table.columns[c].header;
            if (!p || p.kind !== 'percent' || !p.pure || !p.at || !sameMeaning) continue;
            compare(context, cell.numerator!, cell.denominator!, p.value!, p.decimals, p.text.replace(/\s*%$/, ''), [{ block: p.at.block, from: p.at.from, to: p.at.to }, place]);
            return;
          }
        });
      }
    }
  },
});

/**
 * Amounts of the part's own noun written between its whole and it in the part's own clause run (no ";" nor bracket
 * between), no smaller than it ("tiếp nhận 27.408 hồ sơ, …; đã giải quyết 27.150 hồ sơ, trước hạn và đúng hạn 27.109 hồ
 * sơ, đạt 99,85%"): a nearer whole the share may be of, so a share fitting one is no mismatch, whichever whole the claim
 * reached back to. An earlier period's value in brackets ("cùng kỳ (9.000 lượt); trong đó …") is none.
 */
function nearerWholes(context: RuleContext, part: Figure, wholes: readonly Figure[]): Figure[] {
  const figures = context.figures;
  const from = Math.min(...wholes.map((w) => w.index));
  if (!(from < part.index) || figures[part.index] !== part) return [];
  const block = context.source.blocks[part.block];
  const between = (g: Figure) => block.text.slice(g.span.end - block.span.start, part.span.start - block.span.start);
  return figures.slice(from + 1, part.index).filter((g) => g.block === part.block && g.cell === part.cell && g.kind === part.kind && g.unit !== null
    && g.unit === part.unit && g.value >= part.value && !/[;()]/u.test(between(g)));
}

// The percent figure the extractor paired with a fraction: the next percent of the passage of its value (past a bound it
// skipped: "58/64 doanh nghiệp sử dụng từ 50 lao động trở lên, đạt 90,6%", "12/42 dự án giải ngân trên 60% kế hoạch, chiếm
// 28,6%"), or the figure before ("68,5% (2.466/3.600)").
function statedFigure(figures: readonly Figure[], f: Figure): Figure | undefined {
  let next = f.index + 1;
  while (figures[next] && figures[next].block === f.block && figures[next].cell === f.cell && (figures[next].kind !== 'percent' || figures[next].value !== f.percent)) next++;
  return [figures[next], figures[f.index - 1]].find((p) => p && p.kind === 'percent' && p.block === f.block && p.value === f.percent);
}


/**
 * "18.420/19.150 hộ, đạt 196,2%": a share over 100% beside a part no larger than its whole, in a clause that tells no growth,
 * plan or yardstick, is out of range whatever the slip: percent-out-of-range tells it (with the same suggestion), not this rule.
 */
function overWholeBeside(context: RuleContext, f: Figure, stated: Figure): boolean {
  const words = context.textReadings.clauseWords[stated.index];
  return stated.value - 100 > 10 ** -stated.decimals / 2 && f.numerator! <= f.denominator! && Math.abs(stated.index - f.index) <= 2
    && !growthOrPlanWords(words) && !yardstickWords(words);
}

function compare(context: RuleContext, num: number, den: number, stated: number, decimals: number, written: string, places: Place[]): void {
  if (num > den || percentAgrees(num, den, stated, decimals)) return;
  report(context, num, den, stated, decimals, written, places);
}

function report(context: RuleContext, num: number, den: number, stated: number, decimals: number, written: string, places: Place[], severity?: 'warning'): void {
  const digits = written.replace(/%$/, '').trim();
  const slip = firstSlip(digits, (v, d) => percentAgrees(num, den, v, d), context.numbers?.style);
  context.report({
    messageId: 'percentMismatch',
    data: { stated, num, den, actual: actualPercent(num, den, decimals) },
    places,
    suggestion: slip ? `${digits}% → ${slip}%` : null,
    ...(severity ? { severity } : {}),
  });
}
