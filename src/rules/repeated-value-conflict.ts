/**
 * repeated-value-conflict — the same quantity stated twice with different values.
 *
 * Why: reports repeat themselves (a list copied into a second section, a
 * text figure restated in the appendix), and a copy edited on one side only
 * leaves "Cấp phiếu lý lịch tư pháp: 37" in one place and ": 73" in the other,
 * or "12 trạm BTS" beside "9 trạm phát sóng" of the same carriers.
 *
 * Sameness: the quantity's name (a "X: 18" label, the noun phrase after the
 * figure, a table row's label; a too general noun such as "21 máy" takes the
 * predicate before it, "máy … kết nối internet") read with Vietnamese-aware
 * tokens (abbreviations spelled out: BTS = trạm phát sóng, TTHC = thủ tục
 * hành chính; "04" = "4"), the same kind and unit, and the same scope: no
 * qualifier on one side only ("mới", "còn lại", "trong đó", "tại …", "của …",
 * "không", "đang" for what is still in hand, a clause opened by "Ngoài ra"),
 * the same period (the report's own by default), neither a target,
 * a previous value ("so với … (N)") nor a change ("tăng N"), the same list
 * lead-in, and not a plan section. Two rows of one table are two items, and
 * two counts that list their members ("03 tổ: Tổ 1, Tổ 5 và Tổ 8") naming
 * other members are two groups. A member of a breakdown is never held against
 * the whole it splits; a superlative ("cao nhất xã") names the top unit, not the
 * whole; a place below the report's level ("thôn …") opening a sentence scopes
 * its figures; a count attached by "với" to its sentence's subject is that
 * subject's, narrower than a total named by other words. Names match when equal, or when one
 * name's tokens all appear in the other's (a refinement, ≥ 3 tokens).
 * Figures are indexed by name in a Map and near names compared only within
 * a bucket of the same kind, scope and first word, so the rule stays linear
 * in practice. Two figures of one paragraph, or of one part–whole claim,
 * are never compared; a part larger than its whole is left to
 * part-exceeds-whole. A value that is the sum of two or three other values
 * of its name is their total ("318" and "927" lượt of two kinds of team,
 * "1.245" across the district), never a conflict with them. Names too general to tell a quantity ("100%", "đạt",
 * "hồ sơ") are left out. A count an action reached ("đã kiểm tra 86 cơ sở") is some of a larger one stated as what there
 * is ("huyện có 312 cơ sở", "huyện có 04 tôn giáo với 55 cơ sở"), and two bounds stated as facts ("… dưới 14%", "… trên 18%")
 * pick members, no value. The same deed done with two partners named differently ("Phối hợp Đội … kiểm tra 18 cơ sở",
 * "Phối hợp Chi cục … kiểm tra 42 cơ sở") is two occasions (a "partner=" branch, src/extract/quantities.ts), and so is the deed done
 * by two bodies named at the head of their sentences ("Ban đại diện … kiểm tra 48 tổ", "Các tổ chức Hội cấp huyện kiểm tra 36 tổ":
 * the reading's actor, src/extract/deed-actor.ts). So is an acted count
 * smaller than a whole its own breakdown splits ("bãi bỏ 21 thủ tục" / "Trong tổng số 386 thủ tục …, có 264 …"). Incidents told as
 * happened, recorded, or found with no one named ("Trong kỳ phát hiện 07 vụ", "vẫn để xảy ra 08 vụ") count what the period had,
 * whichever of those verbs tells them.
 *
 * A sentence figure is also read against the appendix row that restates it
 * in other words (src/extract/appendix-rows.ts): error when the two values are one
 * digit slip apart (2.140 / 2.410, read at the cell's decimals: 9.847,5 / 9.874,5), else warning. A total row's
 * cell is matched there by its column's name and another count of the sentence restating the row; that echo,
 * not the verb before the figure, tells the quantity, so only place, branch and shared claims part them. Two or three
 * sentence figures one row restates that add up to its value are its parts (one item each), never read against it.
 * A row counting the records of an act ("Cấp giấy chứng nhận lần đầu | hồ sơ") counts what the sentence counts of that act
 * on that very noun phrase ("cấp 123 giấy chứng nhận lần đầu"), whatever the two units. A measure with decimals is held
 * against a total row as a count is ("thu hồi 86,42 ha đất của 392 hộ" / "Tổng cộng | 84,62 | 392"), its column named by the
 * words before it and its unit's measure too, only when the column's rows do not add up to the sentence's value.
 *
 * Severity: error when the names are equal after normalisation and the unit
 * matches, else warning. When one value is stated more often than the other,
 * the majority is suggested.
 *
 * @example {"name": "ok.txt"}
 *   - Đăng ký khai tử: 04 trường hợp.
 *
 *   Ghi chú thêm về công tác hộ tịch trong tháng.
 *
 *   - Đăng ký khai tử: 4 trường hợp.
 * @example {"name": "not-ok.txt", "expect": "repeatedValueConflict"}
 *   - Số tổ công nghệ số cộng đồng đã thành lập: 12.
 *
 *   Các tổ hoạt động đều đặn, hỗ trợ người dân cài đặt ứng dụng.
 *
 *   - Số tổ công nghệ số cộng đồng đã thành lập: 15.
 */
import { defineRule, type RuleContext } from './define.js';
import { singleSlips } from './support/percent.js';
import type { Figure, FigureReading as Quantity, Table, TableColumn, TableRow } from '../model/index.js';
import { agreesAt } from './support/sentences.js';
import { hasDigit, headerUnitOf, totalOpeningName, labelTokens, labelWords, phraseWords, recordsOfAct, shortFormTokens, spellInitials, tokenContainment, tokensInOrder, workloadStages } from '../extract/similarity.js';
import { unitsAlike } from '../extract/labels.js';
import { actedName, periodMonths, roleOf, withoutPeriodSpan, bareNoun, breakdownMember, initialedNoun, columnMeasure, distinctReadings, levelsApart, nameCore, namesUnion, sameItemFlow, subjectsNested, undatedCore, unitHead, verbCore } from '../extract/quantities.js';
import { SHARE_FRAME_WORDS, OPENING_STATE_WORDS, OTHER_TIME_WORDS, PLAN_WORDS, ASPECT_WORDS, CATEGORY_SHIFTERS, DOUBT_SHIFTERS, COUNT_WORDS, CURRENCY_WORDS, STATE_LINK_WORDS, NAME_FRAME_TOKENS, CONTINUATION_WORDS, NEGATION_WORDS, PERSON_NOUNS, STILL_LEFT_WORDS, PLACE_KIND_WORDS, POSSESSION_WORDS, SUPERLATIVE_WORDS, SEX_WORDS, GRADE_WORDS, GRADE_LOOKALIKES, START_END_WORDS, TIME_PHRASE_LEADS, TOTAL_WORDS, FRAME_TITLE_OPENERS, MONEY_OF_ACTION_HEADS, MEASURE_NOUN_UNITS, OF_WHICH, RECURRENCE_WORDS, PERSON_STANDING_NOUNS, STANDING_STATE_VERBS, alt, wordsRe } from '../text/lexicon.js';

export default defineRule({
  id: 'repeated-value-conflict',
  severity: 'warning',
  description: 'Cùng một chỉ tiêu được nêu hai lần với hai giá trị khác nhau',
  messages: {
    repeatedValueConflict: '"{name}" được nêu là {value} nhưng ở chỗ khác là {other}',
  },
  check(given) {
    // A cell of a table written between `|` borders (src/ingest/bordered-rows.ts) is first kept out: the rule runs over the
    // sentences and the other tables alone, and all it finds is said. Then it runs again with those cells in, and of what it
    // finds only a cell held against one sentence figure that is the same quantity by every sign the table gives
    // (sameCellQuantity: its row names the sentence's noun phrase, its column is the report's own result, both count one
    // unit) is said too, when neither figure was reported already. Cells never take a finding from the sentences.
    type Report = Parameters<typeof given.report>[0];
    const figuresOf = (r: Report) => (r.places ?? []).flatMap((p) => ('figure' in p && p.figure !== undefined ? [p.figure] : []));
    const bordered = (f: { block: number }) => given.source.blocks[f.block]?.cellStarts !== undefined;
    const plain: Report[] = [];
    checkWith(given, false, (r) => { if (!figuresOf(r).some(bordered)) plain.push(r); });
    // Without a bordered block both passes read the same figures and the second keeps only findings with one bordered cell:
    // it would find nothing, so it is not run (half the rule's time on such documents).
    if (!given.source.blocks.some((b) => b.cellStarts !== undefined)) {
      for (const r of plain) given.report(r);
      return;
    }
    const readingOf = new Map(given.readings.map((q) => [q.figure.index, q] as const));
    const sites = cellSites(given);
    const withCells: Report[] = [];
    checkWith(given, true, (r) => {
      const figs = figuresOf(r);
      const cells = figs.filter(bordered);
      if (figs.length !== 2 || cells.length !== 1) return;
      const [text, cell] = [readingOf.get(figs.find((f) => f !== cells[0])!.index), readingOf.get(cells[0].index)];
      // A total row's cell may have no reading of its own (its header one frame word and one noun: "Lượt khách"); a finding
      // every sign of the table ties to it stands without it.
      if (text !== undefined && (RESTATED_TOTALS.has(r) || (cell !== undefined && (sameCellQuantity(text, cell, sites.get(`${cell.figure.block}:${cell.figure.cell}`)) || namedRowSlip(given, text, cell, sites.get(`${cell.figure.block}:${cell.figure.cell}`)))))) withCells.push(r);
    });
    const used = new Set(plain.flatMap((r) => figuresOf(r).map((f) => f.index)));
    for (const r of plain) given.report(r);
    for (const r of withCells) {
      const figs = figuresOf(r);
      if (figs.some((f) => used.has(f.index))) continue;
      for (const f of figs) used.add(f.index);
      given.report(r);
    }
  },
});

/**
 * "Lũy kế đến nay toàn huyện có 45 sản phẩm … còn hiệu lực" and "toàn huyện có 48 sản phẩm … còn hiệu lực": what is held and
 * still there ("có …", "còn …") is one stock at the report's date, whether or not it is called a running total ("lũy kế"),
 * so that tag (and its role) is dropped from such a reading. A running total of what was done ("lũy kế đã hỗ trợ 120 hộ") keeps it.
 */
function heldStock(q: Quantity): Quantity {
  const tags = q.scope.split('|');
  if (q.held !== true || !tags.includes('rest') || !tags.includes('cumulative') || q.figure.cell !== null) return q;
  const scope = tags.filter((t) => t !== 'cumulative').join('|');
  return { ...q, scope, role: q.role === 'cumulative' ? roleOf(q.kind, scope) : q.role, flow: q.flow === 'close' ? null : q.flow };
}

/** One pass of the rule, its findings handed to `sink`; bordered table cells left out unless `cells`. */
function checkWith(given: RuleContext, cells: boolean, sink: RuleContext['report']): void {
  // A line written between `|` borders that was not read as a table row (two rows run together on one pdf line, "| 2 | … |
  // | 3 | … |") holds cells whose row and column are unknown: its figures name nothing here.
  // Read once per block: a long block is passed over once, not once per figure in it.
  const barred = new Map<number, boolean>();
  const unread = (f: { block: number }) => {
    let known = barred.get(f.block);
    if (known === undefined) {
      const b = given.source.blocks[f.block];
      barred.set(f.block, (known = b !== undefined && b.cellStarts === undefined && BARRED_LINE.test(b.text)));
    }
    return known;
  };
  const left = (f: { block: number }) => unread(f) || (!cells && given.source.blocks[f.block]?.cellStarts !== undefined);
  const context: RuleContext = { ...given, report: (r) => { if (!r.places?.some((p) => 'figure' in p && p.figure !== undefined && left(p.figure))) sink(r); } };
  const excess = excessParts(context);
  const quantities = context.readings.filter((q) => !excess.has(q.figure.index) && !left(q.figure)).map(heldStock);
  const reported = new Set<number>();
  const apart = siblingNames(context);
  for (const group of groupQuantities(quantities.filter((q) => q.named), apart)) reportConflicts(context, group, reported, apart);
  const rowParts = summedRowParts(context.textReadings.appendixRows, excess);
  for (const match of context.textReadings.appendixRows) {
    // One row only (excess parts left out): a row with two value columns ("Tổng số", "Thực hiện") leaves the sentence's column unknown.
    const rows = match.rows.map((r, k) => ({ r, scale: match.scales?.[k] ?? 1 })).filter((x) => !excess.has(x.r.figure.index) && !left(x.r.figure));
    if (excess.has(match.text.figure.index) || rows.length !== 1 || rowParts.has(match.text.figure.index)) continue;
    const [text, row, scale] = [match.text, rows[0].r, rows[0].scale];
    // A share ("1.842/1.965 hộ") restates the row by its numerator; an amount in đồng a row of a table in "triệu đồng" at that scale.
    const written = text.kind === 'fraction' ? text.figure.numerator : scale !== 1 ? text.figure.value / scale : text.figure.value;
    const money = match.scales !== undefined;
    const same = text.kind === 'fraction' || money ? Math.abs(written! - row.figure.value) < 1e-9 : sameValue(text, row);
    // A total row's cell is matched by its column's name and by another count of the sentence restating another cell of
    // the row (src/extract/appendix-rows.ts): that echo, not the verb before the figure, tells the quantity.
    const fits = TOTAL_OF.test(row.scope) ? restatedTotal(context, text, row) : comparable(context, text, row);
    if (same || reported.has(text.figure.index) || reported.has(row.figure.index) || !fits) continue;
    // One slip of the digits (2.140 / 2.410, 74 / 47) makes the conflict a typing error, not a second count.
    const slip = digitSlip(written!, row.figure);
    // A budget line's words recur in many amounts (its estimate, a part, a total): only a slip ties money to its row. A total
    // row's cell is read by its column's name alone: only a value near it (a slip, or a tenth apart at most) restates it.
    // A total tied to the sentence by its column's header alone ("6.380 lao động" beside a "Lao động (người)" column of
    // another chapter's table) may be another group's count of that noun: only a slip of the digits makes it this one's.
    if ((money && !slip) || (match.byHeader === true && !slip) || (TOTAL_OF.test(row.scope) && !slip && !near(written!, row.figure.value))) continue;
    reported.add(text.figure.index);
    const finding: Parameters<RuleContext['report']>[0] = {
      messageId: 'repeatedValueConflict',
      data: { name: TOTAL_OF.test(row.scope) ? row.name : row.figure.label ?? row.name, value: stated(text), other: stated(row) },
      places: [{ figure: text.figure }, { figure: row.figure }],
      severity: slip ? 'error' : 'warning',
    };
    // A total row's cell its column named and another cell of the row echoed (not the header alone), one slip of the digits
    // from the sentence, and its column's rows adding up to it: every sign a bordered table gives says it is that total.
    if (slip && match.byHeader !== true && TOTAL_OF.test(row.scope) && rowsAddUp(context, row.figure)) RESTATED_TOTALS.add(finding);
    // An amount naming every word of a body row's label, two side-by-side digits of that row's cell swapped at the table's
    // scale, in a table whose rows add up: the money namedRowSlip ties for a count ("thu … đạt 312.480 triệu đồng" beside
    // "Thu … | 321.480" of a group that sums).
    if (money && slip && match.byHeader !== true && !TOTAL_OF.test(row.scope) && namedMoneySlip(context, text, row, written!)) RESTATED_TOTALS.add(finding);
    context.report(finding);
  }
  reportFullShares(context, quantities, reported);
  reportSameWholeShares(context, quantities, reported);
  reportParallelLists(context, quantities, reported);
  reportTranspositions(context, quantities, reported);
  reportPlaceRowSlips(context, quantities, reported);
  reportTotalRowSlips(context, quantities, reported);
  reportIntroTotalSlips(context, quantities, reported);
  reportEchoedTotalSlips(context, quantities, reported);
  reportCountTiedAmountSlips(context, quantities, reported);
  reportActedNames(context, quantities, reported);
  reportPlanMembers(context, quantities, reported);
  reportGroupMembers(context, quantities, reported);
  reportHandedCounts(context, quantities, reported);
  reportActedBeyondTotal(context, quantities, reported);
  reportRestatedGroups(context, reported);
  reportShareRowBases(context, quantities, reported);
  reportBracketedPlans(context, reported);
}

/**
 * "vốn ngân sách huyện 9.850 triệu đồng" in the plan's breakdown and later "nguồn vốn ngân sách huyện (kế hoạch 9.580 triệu
 * đồng)": a plan stated in brackets after its noun phrase is held against the other plans of that phrase the document states
 * (src/extract/bracketed-plans.ts: same kind, period, place and stage of the plan). A value equal to one of them restates it.
 * Else the one it is a slip of the digits of (an error), or the only value stated (a warning); several values and no slip
 * leave unsure which plan the bracket restates, and nothing is said.
 */
function reportBracketedPlans(context: RuleContext, reported: Set<number>): void {
  for (const { plan, name, others } of context.textReadings.bracketedPlans ?? []) {
    const live = others.filter((o) => !reported.has(o.figure.index));
    if (reported.has(plan.index) || live.length === 0 || live.length !== others.length) continue;
    if (others.some((o) => Math.abs(o.value - plan.value) < 1e-6 * Math.max(1, plan.value))) continue;
    const values = [...new Set(others.map((o) => o.value))];
    const slips = values.filter((v) => Number.isInteger(v) && Number.isInteger(plan.value) && singleSlips(String(plan.value)).includes(String(v)));
    const swaps = slips.filter((v) => adjacentSwap(String(plan.value), String(v)));
    const value = swaps.length === 1 ? swaps[0] : slips.length === 1 ? slips[0] : values.length === 1 ? values[0] : null;
    if (value === null) continue;
    const other = others.find((o) => o.value === value)!;
    reported.add(plan.index).add(other.figure.index);
    const finding: Parameters<RuleContext['report']>[0] = {
      messageId: 'repeatedValueConflict',
      data: { name, value: plan.raw, other: other.figure.raw },
      places: [{ figure: plan }, { figure: other.figure }],
      severity: slips.includes(value) ? 'error' : 'warning',
    };
    // A cell under a plan column of the phrase's row: the table's own signs tie it, so it is said with bordered cells too.
    if (other.figure.cell !== null) RESTATED_TOTALS.add(finding);
    context.report(finding);
  }
}

/**
 * "hoàn thành chương trình 12 742/12 807 em, đạt 99,5%" beside a table row "Tiểu học | 12 870 | 12 742 | 99,0": a share whose
 * numerator (three significant digits at least) a row of the document's tables holds, where another count of that row is the
 * base the row's own rate shows (numerator over it, at the rate's precision, and not over the share's denominator), restates
 * that row: a denominator one slip of the digits from that base (12 807 / 12 870) is the same base mistyped on one side.
 * Only when exactly one row of the document so restates the share, and the base is no plan's cell (a plan is another whole).
 */
function reportShareRowBases(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const shares = quantities.filter((q) => q.figure.cell === null && q.figure.kind === 'fraction' && q.figure.numerator !== null && q.figure.denominator !== null
    && Number.isInteger(q.figure.numerator) && significant(String(q.figure.numerator)).length >= 3);
  if (shares.length === 0) return;
  const cellsAt = new Map<number, Figure[]>();
  for (const f of context.figures) if (f.cell !== null && f.kind === 'count') cellsAt.set(f.value, [...(cellsAt.get(f.value) ?? []), f]);
  for (const q of shares) {
    const [n, d] = [q.figure.numerator!, q.figure.denominator!];
    if (reported.has(q.figure.index) || n >= d) continue;
    const bases = (cellsAt.get(n) ?? []).flatMap((cell) => {
      const table = tableOf(context, cell.block);
      const row = table?.rows.find((r) => r.blocks.includes(cell.block));
      if (table === undefined || row === undefined) return [];
      // A plan's column ("Kế hoạch (liều) | Thực hiện (liều) | Đạt (%)") is no base of the share's whole: "582/620 con chó" of the
      // herd beside a plan of 600 doses are two wholes, not one mistyped.
      const planned = (g: Figure) => { const c = g.cell === null ? undefined : table.columns[g.cell]; return c !== undefined && (c.role === 'target' || c.measure === 'plan'); };
      const others = [...new Set(row.blocks)].flatMap((b) => figuresIn(context, b)).filter((g) => g.cell !== null && g.cell !== cell.cell);
      const rates = others.filter((g) => g.decimals > 0 && g.value > 0 && g.value <= 100 && !agreesAt((100 * n) / d, g.value, g.decimals));
      return others.filter((b) => b.kind === 'count' && b.value > n && b.value !== d && !planned(b) && digitSlip(d, b)
        && rates.some((r) => r.cell !== b.cell && agreesAt((100 * n) / b.value, r.value, r.decimals)));
    });
    if (bases.length !== 1 || reported.has(bases[0].index)) continue;
    reported.add(q.figure.index).add(bases[0].index);
    const finding: Parameters<RuleContext['report']>[0] = {
      messageId: 'repeatedValueConflict',
      data: { name: q.name, value: q.figure.raw, other: bases[0].raw },
      places: [{ figure: q.figure }, { figure: bases[0] }],
      severity: 'warning',
    };
    // The row's rate ties its base to the share's numerator: every sign a bordered table gives, so it is said with its cells too.
    RESTATED_TOTALS.add(finding);
    context.report(finding);
  }
}

/**
 * "đang theo dõi 52 hộ, gồm: 20 hộ nghèo, 18 hộ cận nghèo và 14 hộ mới thoát nghèo" and later "theo dõi 55 hộ nghèo, hộ cận
 * nghèo và hộ mới thoát nghèo": a count whose noun phrase lists, one for one, the groups a breakdown's parts name, stated by
 * the same act (src/extract/restated-groups.ts), restates the breakdown's whole: two values are a conflict.
 */
function reportRestatedGroups(context: RuleContext, reported: Set<number>): void {
  for (const { whole, restated } of context.textReadings.restatedGroups ?? []) {
    if (whole.value === restated.value || reported.has(whole.index) || reported.has(restated.index)) continue;
    reported.add(whole.index).add(restated.index);
    context.report({
      messageId: 'repeatedValueConflict',
      data: { name: restated.label ?? whole.label ?? '', value: restated.raw, other: whole.raw },
      places: [{ figure: restated }, { figure: whole }],
      severity: 'warning',
    });
  }
}

/**
 * "Tổng số hộ bị ảnh hưởng 163 hộ" under the heading of a project, and later "đã vận động 168 hộ bị ảnh hưởng của dự án …":
 * an action cannot reach more of a group than the total the report states of it. A count a verb before it reached, named
 * by the very noun phrase a "tổng số …" count names (word for word, the same unit), larger than that total: the two
 * disagree, whichever is wrong. Both of the report's own period and narrowed by nothing else (no plan, part, period or
 * other tag); the acted count's place or project ("của dự án …", "tại …") is one the total's section headings name, or
 * both stand in one section. One total value of that name in the document, else nothing.
 */
function reportActedBeyondTotal(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const tags = (q: Quantity) => q.scope.split('|').filter((t) => t !== '' && !t.startsWith('lead:'));
  const plainCount = (q: Quantity) => q.kind === 'count' && q.unit !== null && q.figure.cell === null && !q.figure.change && q.pred === null
    && Number.isInteger(q.figure.value) && !reported.has(q.figure.index);
  const totals = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const named = q.verb ? totalOpeningName(q.verb) : null;
    if (!named || !plainCount(q)) continue;
    const key = `${q.unit}#${[...new Set(labelTokens(named))].sort().join(' ')}`;
    totals.set(key, [...(totals.get(key) ?? []), q]);
  }
  if (totals.size === 0) return;
  for (const q of quantities) {
    if (q.pre == null || (q.verb && totalOpeningName(q.verb) !== null) || !plainCount(q)) continue;
    const list = totals.get(`${q.unit}#${[...new Set(q.tokens)].sort().join(' ')}`);
    if (!list || new Set(list.map((t) => t.figure.value)).size !== 1) continue;
    const total = list[0];
    if (q.figure.value <= total.figure.value || tags(total).length > 0 || reported.has(total.figure.index)) continue;
    const at = tags(q).filter((t) => t.startsWith('at:'));
    if (tags(q).length !== at.length || at.length > 1) continue;
    const [own, its] = [context.blockSection[q.figure.block], context.blockSection[total.figure.block]];
    const titles = new Set<string>();
    for (let s = its ?? null; s !== null; s = context.sections[s].parent) for (const t of labelTokens(context.sections[s].title)) titles.add(t);
    const placed = at.length === 1 ? labelTokens(at[0].slice(3)).every((t) => titles.has(t)) : own === its;
    if (!placed) continue;
    reportPair(context, reported, q, total, q.name);
  }
}

/**
 * "a- Dự án A: diện tích thu hồi 31,5 ha", "b- Dự án B: diện tích thu hồi 14,7 ha" beside the row "Diện tích thu hồi đất | 46,2":
 * two or three sentence figures that one appendix row restates by name, and that add up to its value (at the row's decimals),
 * are its parts (an item each), never the row's quantity stated again. The text figures of the matches so read, found per row
 * among at most MAX_SUMMED matches, so the pass stays linear.
 */
const BARRED_LINE = /^\s*\|.*\|\s*$/u;

interface CellSite { table: Table; row: TableRow; column: TableColumn }

/** Each table cell's row and column, keyed "block:cell" by the block its figure is written in. */
function cellSites(context: RuleContext): Map<string, CellSite> {
  const out = new Map<string, CellSite>();
  for (const table of context.tables) for (const row of table.rows) for (const column of table.columns) {
    const at = row.cells[column.index]?.at;
    if (at) out.set(`${at.block}:${column.index}`, { table, row, column });
  }
  return out;
}

// Column measures and roles that hold another quantity than the row's result for the period: a plan, a rate against it, a change.
const OTHER_MEASURES = new Set(['plan', 'fulfilment', 'change', 'rate', 'average', 'rank', 'unit', 'none']);
const OTHER_ROLES = new Set(['target', 'cumulative', 'part', 'percent', 'notes', 'stt', 'label', 'unit']);
// Scope tags of a sentence figure that leave its quantity the plain one a result column holds.
const PLAIN_SCOPE = /^(?:lead:|subject:|head:)/u;
/**
 * Whether a sentence figure and a cell of a bordered table are one quantity, every sign agreeing: the cell stands in a
 * body row (no total) under a column of the report's own result (no plan, rate, change, earlier period or part column);
 * the sentence figure is a plain statement (no target, prior value, change, running total, part); the row's label and the
 * sentence's name are the same noun phrase, word for word (an initialism spelled out, the counted unit aside), not merely
 * sharing a head word; and both count the same unit. Any doubt leaves the two apart (precision first).
 */
function sameCellQuantity(text: Quantity, cell: Quantity, site: CellSite | undefined): boolean {
  if (site === undefined || text.figure.cell !== null || site.row.total) return false;
  const { row, column } = site;
  if (OTHER_MEASURES.has(column.measure) || OTHER_ROLES.has(column.role) || column.time === 'earlier') return false;
  if (!['count', 'share', 'money'].includes(text.role) || !['count', 'share', 'money'].includes(cell.role)) return false;
  if (cell.scope.split('|').some((t) => t !== 'lead:')) return false;
  if (text.scope.split('|').some((t) => !PLAIN_SCOPE.test(t))) return false;
  // Both count one unit: the row's ĐVT cell, else a unit in the column's header brackets, else the unit named in the label.
  const textUnit = text.kind === 'percent' ? '%' : text.figure.unit ?? '';
  const headerUnit = headerUnitOf(column.header);
  const rowUnit = row.unit.trim() !== '' ? row.unit.trim() : headerUnit.trim();
  if ((text.kind === 'percent') !== (rowUnit === '%' || cell.figure.kind === 'percent')) return false;
  // "Cấp giấy chứng nhận lần đầu | hồ sơ": a row counting the records of the act the sentence names on its very noun phrase.
  const records = rowUnit !== '' && text.kind === 'count' && recordsOfAct(rowUnit, labelTokens(row.label), text.unit, text.tokens, text.pre);
  if (text.kind === 'money' || cell.figure.kind === 'money') {
    if (text.kind !== 'money' || cell.figure.kind !== 'money' || rowUnit === '' || !unitsAlike(rowUnit, textUnit)) return false;
  } else if (text.kind !== 'percent') {
    if (textUnit === '') return false;
    if (rowUnit !== '' ? !unitsAlike(rowUnit, textUnit) && !records : !labelTokens(textUnit).every((t) => labelTokens(row.label).includes(t))) return false;
  }
  // The row's label is the act before the sentence's figure and its noun phrase, word for word (recordsOfAct): the same name.
  if (records) return true;
  const textLabel = [text.figure.label ?? '', text.verb ?? ''].join(' ');
  const textWords = labelWords(textLabel);
  const rowWords = labelWords(row.label);
  const units = [textUnit, rowUnit];
  const a = phraseWords(row.label, textWords, units);
  const b = phraseWords(text.tokens.join(' '), rowWords, units);
  const same = (x: Set<string>) => a.size > 0 && a.size === x.size && [...a].every((t) => x.has(t));
  // A label naming the act and its object ("Bê tông hóa đường giao thông nông thôn") against "bê tông hóa 6,4 km đường …": the
  // verb right before the figure, then its noun phrase.
  return same(b) || (text.pre != null && same(new Set([...b, ...phraseWords(text.pre, rowWords, units)]))) || labelsPredicate(a, b, text, rowWords, units);
}

/**
 * "| Thân nhân liệt sĩ hưởng trợ cấp tuất | 47 |" against "45 thân nhân liệt sĩ đang hưởng trợ cấp tuất hằng tháng": a row label
 * naming the sentence's noun phrase and the verb after it names the same subgroup. Every word of the noun phrase is the
 * label's, every other word of the label the predicate's, and the predicate says no more than the label but for words of
 * aspect or recurrence ("đang", "hằng tháng"): another object or qualifier ("… hưởng trợ cấp một lần") is another subgroup.
 */
function labelsPredicate(label: Set<string>, noun: Set<string>, text: Quantity, rowWords: string[], units: string[]): boolean {
  if (!text.predPhrase || noun.size === 0 || label.size <= noun.size || ![...noun].every((t) => label.has(t))) return false;
  const pred = phraseWords(text.predPhrase, rowWords, units);
  return [...label].every((t) => noun.has(t) || pred.has(t)) && [...pred].every((t) => label.has(t) || PREDICATE_NEUTRAL.has(t));
}
const PREDICATE_NEUTRAL = new Set([...ASPECT_WORDS, ...RECURRENCE_WORDS].flatMap((w) => labelTokens(w).concat(w.split(' '))));

/**
 * "Số người hưởng lương hưu … là 3.246 người" beside the member row "Lương hưu | 3.264" of a group that adds up (3.264 + 612 +
 * 242 = 4.118): a sentence count naming every word of a body row's label (two at least), its digits that row's cell with two
 * side by side swapped, in a table that agrees with itself. The slip and the label tie the two; the sums say the table is right.
 */
function namedRowSlip(context: RuleContext, text: Quantity, cell: Quantity, site: CellSite | undefined): boolean {
  if (site === undefined || site.row.total || text.figure.cell !== null || text.kind !== 'count' || cell.kind !== 'count') return false;
  if (!Number.isInteger(text.figure.value) || !Number.isInteger(cell.figure.value) || !adjacentSwap(String(text.figure.value), String(cell.figure.value))) return false;
  const label = labelTokens(site.row.label).filter((w) => !PLACE_KIND.has(w));
  return label.length >= 2 && label.every((w) => text.tokens.includes(w)) && rowsAddUp(context, cell.figure);
}

/** namedRowSlip for an amount of money held against a body row's cell of a money table, `written` at the table's scale. */
function namedMoneySlip(context: RuleContext, text: Quantity, row: Quantity, written: number): boolean {
  const value = Number(written.toPrecision(12));
  if (text.kind !== 'money' || !Number.isInteger(value) || !Number.isInteger(row.figure.value) || !adjacentSwap(String(value), String(row.figure.value))) return false;
  const label = labelTokens(row.figure.label ?? '').filter((w) => !PLACE_KIND.has(w));
  return label.length >= 2 && label.every((w) => text.tokens.includes(w)) && rowsAddUp(context, row.figure);
}

function summedRowParts(matches: readonly { text: Quantity; rows: Quantity[]; scales?: number[] }[], excess: Set<number>): Set<number> {
  const byRow = new Map<number, { index: number; value: number; row: Figure }[]>();
  for (const m of matches) {
    const rows = m.rows.map((r, k) => ({ r, scale: m.scales?.[k] ?? 1 })).filter((x) => !excess.has(x.r.figure.index));
    if (rows.length !== 1 || m.text.kind !== 'count' || excess.has(m.text.figure.index)) continue;
    const row = rows[0].r.figure;
    const list = byRow.get(row.index) ?? [];
    list.push({ index: m.text.figure.index, value: m.text.figure.value / rows[0].scale, row });
    byRow.set(row.index, list);
  }
  const out = new Set<number>();
  for (const list of byRow.values()) {
    if (list.length < 2 || list.length > MAX_SUMMED) continue;
    const row = list[0].row;
    const adds = (parts: typeof list) => parts.every((p) => p.value > 0 && p.value < row.value) && Math.abs(parts.reduce((t, p) => t + p.value, 0) - row.value) < 0.5 * 10 ** -row.decimals;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (adds([list[i], list[j]])) [list[i], list[j]].forEach((p) => out.add(p.index));
        for (let k = j + 1; k < list.length; k++) if (adds([list[i], list[j], list[k]])) [list[i], list[j], list[k]].forEach((p) => out.add(p.index));
      }
    }
  }
  return out;
}

/**
 * "48/48 trẻ em có hoàn cảnh đặc biệt được theo dõi" says there are 48 of them: a count of the very same name at another
 * value elsewhere ("Toàn phường có 46 trẻ em có hoàn cảnh đặc biệt") is the same quantity stated twice. Only a share whose
 * part is its whole (every one of them), named by three words at least, the same words and scope as the count, read as
 * the count of its numerator through the same sameness checks as two counts (comparable, units, subgroup, subject).
 * Shares of a part ("44/46") are a subgroup's and left out. Counts are looked up by name in a Map, so the pass is linear.
 */
function reportFullShares(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const key = (q: Quantity) => [q.scope, [...new Set(q.tokens)].sort().join(' ')].join('#');
  const counts = new Map<string, Quantity[]>();
  for (const q of quantities) {
    if (!q.named || q.kind !== 'count' || q.role !== 'count' || q.per !== null || !Number.isInteger(q.figure.value)) continue;
    const k = key(q);
    const list = counts.get(k);
    if (list) list.push(q);
    else counts.set(k, [q]);
  }
  if (counts.size === 0) return;
  const summed = sumsOf(context);
  for (const q of quantities) {
    const f = q.figure;
    if (!q.named || q.kind !== 'fraction' || f.numerator == null || f.numerator !== f.denominator || !(f.numerator > 0) || reported.has(f.index)) continue;
    const whole: Quantity = { ...q, kind: 'count', figure: { ...f, kind: 'count', value: f.numerator } };
    for (const c of counts.get(key(q)) ?? []) {
      if (reported.has(c.figure.index) || c.figure.value === f.numerator || (c.unit !== q.unit && c.unit !== null && q.unit !== null)) continue;
      if (!comparable(context, c, whole) || unitsApart(context, c, whole) || narrowedApart(c, whole) || subjectShare(c, whole)) continue;
      if (summed.get(c.figure.index)?.has(f.numerator) === true) continue;
      reported.add(c.figure.index).add(f.index);
      context.report({
        messageId: 'repeatedValueConflict',
        data: { name: c.name, value: stated(c), other: f.raw },
        places: [{ figure: c.figure }, { figure: f }],
        severity: 'warning',
      });
      break;
    }
  }
}

/**
 * Two shares of one whole said in two places ("trẻ 5 tuổi ra lớp 428/431 trẻ" and later "Số trẻ 5 tuổi ra lớp 426/431"):
 * the same whole (a denominator of two digits at least, both written), the same words in the share's clause once its
 * frame words ("số", "tỷ lệ") are set aside (three words at least, its numbers kept: "5 tuổi"; a verb elsewhere, "tổ
 * chức tại 11/12 trường" / "09/12 trường … đạt chuẩn", makes two shares), and the same scope but for the words that
 * lead into the sentence ("Mẫu giáo: …", a part "within" the figure before); two bullet heads that differ ("Thôn A:" /
 * "Thôn B:") are two places. A share of all (n/n) is read by reportFullShares. Keyed by whole and scope, so linear.
 */
function reportSameWholeShares(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const groups = new Map<string, { q: Quantity; words: Set<string> }[]>();
  for (const q of quantities) {
    const f = q.figure;
    if (!q.named || q.kind !== 'fraction' || f.cell !== null || f.numerator == null || f.denominator == null) continue;
    if (!Number.isInteger(f.numerator) || !Number.isInteger(f.denominator) || f.denominator < 10 || f.numerator >= f.denominator) continue;
    const words = shareWords(context, f);
    if (words.size < 3) continue;
    const key = [f.denominator, plainScope(q.scope)].join('#');
    const list = groups.get(key) ?? [];
    list.push({ q, words });
    groups.set(key, list);
  }
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > MAX_PARALLEL) continue;
    for (let i = 1; i < group.length; i++) {
      const [a, b] = [group[0].q, group[i].q];
      if (a.figure.numerator === b.figure.numerator || reported.has(a.figure.index) || reported.has(b.figure.index)) continue;
      if (!sameWords(group[0].words, group[i].words)) continue;
      const [ha, hb] = [headOf(a.scope), headOf(b.scope)];
      if ((ha !== null && hb !== null && ha !== hb) || !comparableSides(context, a, b)) continue;
      warnRestated(context, reported, a, b);
      break;
    }
  }
}
// The words of a share's clause, between the figures beside it and its clause's marks, its own figure and frame words aside.
function shareWords(context: RuleContext, f: Figure): Set<string> {
  const block = context.source.blocks[f.block];
  const [at, end] = [f.span.start - block.span.start, f.span.end - block.span.start];
  const prev = context.figures[f.index - 1];
  const next = context.figures[f.index + 1];
  const clause = context.clauses.at(f.block, at);
  const lo = Math.max(clause?.from ?? 0, prev?.block === f.block ? prev.span.end - block.span.start : 0);
  CLAUSE_MARK.lastIndex = end;
  const stop = CLAUSE_MARK.exec(block.text)?.index ?? -1;
  const hi = Math.min(next?.block === f.block ? next.span.start - block.span.start : block.text.length, stop < 0 ? block.text.length : stop);
  return new Set(labelTokens(`${block.text.slice(lo, at)} ${block.text.slice(end, Math.max(end, hi))}`).filter((t) => !SHARE_FRAME.has(t)));
}
// The next clause mark from an index (searched in place: a slice of the block's rest per figure is quadratic on one long line).
const CLAUSE_MARK = /[,;:.()]/gu;
const sameWords = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((t) => b.has(t));
const SHARE_FRAME = new Set(SHARE_FRAME_WORDS.flatMap((w) => w.split(' ')));
// A scope without the tags of what leads into a sentence: a bullet head, a lead, a part within the figure before, a subject.
const plainScope = (scope: string) => scope.split('|').filter((t) => t !== '' && !/^(?:head|lead|within|subject):/u.test(t)).sort().join('|');
const headOf = (scope: string) => scope.split('|').find((t) => t.startsWith('head:'))?.slice(5) ?? null;

/**
 * Two paragraphs that state the same counts of the same things ("suy dinh dưỡng thể nhẹ cân 14 trẻ (3,63%), thể thấp còi
 * 17 trẻ" and, in the assessment, "còn 16 trẻ suy dinh dưỡng thể nhẹ cân và 17 trẻ thể thấp còi"): where one count
 * restates the other paragraph's count of the same name and value (the echo, 5 or more), another count of the same
 * name at another value is the same quantity miscopied, "còn" ("still") or a lead into the sentence notwithstanding.
 * The names are equal word for word (three words at least for the one that differs), the scopes equal but for leads,
 * heads, parts within, subjects, "còn" and a period written on one side only; neither paragraph compares, plans or
 * looks back ("so với", "kế hoạch", "đầu năm"), neither names the thing twice, and exactly one pair of the two
 * paragraphs differs. Keyed by name.
 */
function reportParallelLists(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const byName = new Map<string, Quantity[]>();
  // Whether a paragraph compares, plans or looks back, tested once a paragraph (not once a figure: quadratic on one long line)
  // and once a document: the rule's two passes (checkWith without and with bordered cells) ask of the same paragraphs.
  let otherState = OTHER_STATE_OF.get(context.source.blocks);
  if (otherState === undefined) OTHER_STATE_OF.set(context.source.blocks, (otherState = new Map<number, boolean>()));
  for (const q of quantities) {
    const f = q.figure;
    if (!q.named || q.kind !== 'count' || q.role !== 'count' || f.cell !== null || !Number.isInteger(f.value) || q.tokens.length < 2) continue;
    let other = otherState.get(f.block);
    if (other === undefined) otherState.set(f.block, (other = OTHER_STATE.test(context.source.blocks[f.block].text)));
    if (other) continue;
    const key = [...new Set(q.tokens)].sort().join(' ') + '#' + (q.unit ?? '');
    const list = byName.get(key);
    if (list) list.push(q);
    else byName.set(key, [q]);
  }
  // Per pair of paragraphs, the echoes (same name, same value) and the differing pairs.
  const pairs = new Map<string, { echoes: number; differ: [Quantity, Quantity][] }>();
  for (const list of byName.values()) {
    if (list.length < 2 || list.length > MAX_PARALLEL) continue;
    // A paragraph naming one thing twice ("12 hộ nghèo (thôn A), 15 hộ nghèo (thôn B)") tells of parts: which is which is unknown.
    const blocks = list.map((q) => q.figure.block);
    if (new Set(blocks).size !== blocks.length) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.figure.block === b.figure.block || !parallelScopes(a.scope, b.scope)) continue;
        const key = `${a.figure.block}:${b.figure.block}`;
        const pair = pairs.get(key) ?? { echoes: 0, differ: [] };
        if (a.figure.value === b.figure.value) pair.echoes += a.figure.value >= 5 ? 1 : 0;
        else pair.differ.push([a, b]);
        pairs.set(key, pair);
      }
    }
  }
  for (const { echoes, differ } of pairs.values()) {
    if (echoes === 0 || differ.length !== 1) continue;
    const [a, b] = differ[0];
    if (a.tokens.length < 3 || reported.has(a.figure.index) || reported.has(b.figure.index) || !comparableSides(context, a, b)) continue;
    warnRestated(context, reported, a, b);
  }
}
const MAX_PARALLEL = 6;
// A quantity restated at another value under the same words (a warning: which of the two is right is unknown).
function warnRestated(context: RuleContext, reported: Set<number>, a: Quantity, b: Quantity): void {
  reported.add(a.figure.index).add(b.figure.index);
  context.report({
    messageId: 'repeatedValueConflict',
    data: { name: b.name, value: stated(b), other: stated(a) },
    places: [{ figure: b.figure }, { figure: a.figure }],
    severity: 'warning',
  });
}
const OTHER_STATE = wordsRe([...OTHER_TIME_WORDS, ...PLAN_WORDS, ...OPENING_STATE_WORDS]);
// Per document's blocks, the paragraphs OTHER_STATE was tested on and its answer (the text of a Source's blocks never changes).
const OTHER_STATE_OF = new WeakMap<readonly unknown[], Map<number, boolean>>();
// Scopes equal but for what leads into a sentence, "còn", and a period written on one side only.
function parallelScopes(a: string, b: string): boolean {
  const tags = (s: string) => s.split('|').filter((t) => t !== '' && t !== 'rest' && !/^(?:head|lead|within|subject):/u.test(t));
  const [ta, tb] = [tags(a), tags(b)];
  const [pa, pb] = [ta.filter((t) => t.startsWith('period:')), tb.filter((t) => t.startsWith('period:'))];
  if (pa.length > 0 && pb.length > 0 && pa.join() !== pb.join()) return false;
  return ta.filter((t) => !t.startsWith('period:')).join('|') === tb.filter((t) => !t.startsWith('period:')).join('|');
}

/**
 * Two adjacent digits swapped (1.986 / 1.968, 2 650 / 2 605) is the commonest slip when a report restates a
 * number (in a number of four digits or more, any two: 4.512 / 4.215): such a pair of one thing is read even when the names are worded too differently to group above.
 * One thing: the shorter name's words (two at least, besides the counted noun) all occur in the other's, or one
 * side is the whole of a share with no name of its own ("2.874/3.168 hộ": every household) beside a count of the
 * same noun. Neither is a change, a rate, an average or a previous-period value, two periods named differently
 * are two quantities, and so are the next year's plan and a result, and two counts each some of another set its own sentence states
 * ("có 389 trẻ" of 412, "398 em" of 401). Pairs are found by bucketing on the sorted digits, so the pass stays linear in practice.
 */
function reportTranspositions(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const buckets = new Map<string, Side[]>();
  const rowOf = new Map<number, { unit: string; label: string; total: boolean }>();
  const tableOf = new Map<number, (typeof context.tables)[number]>();
  for (const t of context.tables) for (const r of t.rows) for (const b of r.blocks) { rowOf.set(b, r); tableOf.set(b, t); }
  // A table cell's counted noun: its row's "Đơn vị tính", else the noun its label opens with ("Lượt đăng ký …").
  // A cell named by its column's measure as well as its row ("Lúa" under "Sản lượng"): the label names the item measured, not
  // the counted noun, which is then unknown (null): only the names tell. A column of a flow ("Đã giải quyết") measures nothing.
  const unitOf = (q: Quantity): string | null => {
    const row = q.unit === null && q.figure.cell !== null ? rowOf.get(q.figure.block) : undefined;
    // A column of money, rates or averages ("Tiền phạt (triệu đồng)") measures no counted noun: never one of unknown noun.
    const measure = row ? tableOf.get(q.figure.block)?.columns[q.figure.cell!]?.measure : undefined;
    const uncounted = measure !== undefined && ['money', 'rate', 'average', 'change', 'fulfilment', 'rank'].includes(measure);
    if (row && !uncounted && !row.total && row.unit.trim() === '' && !q.flow && q.tokens.some((t) => !labelTokens(row.label).includes(t))) return null;
    const words = row ? (row.unit.trim() !== '' ? row.unit : row.label) : '';
    return words.trim() === '' ? q.unit : unitHead({ ...q.figure, kind: 'count', unit: words });
  };
  for (const q of quantities) {
    if (reported.has(q.figure.index) || !TRANSPOSABLE.has(q.role)) continue;
    const sides: Side[] = q.kind === 'fraction'
      ? [{ q, unit: unitOf(q), value: q.figure.numerator, whole: false }, { q, unit: unitOf(q), value: q.figure.denominator, whole: true }]
      : q.kind === 'count' || q.kind === 'money' ? [{ q, unit: unitOf(q), value: wholeAmount(q.figure.value), whole: false }] : [];
    for (const side of sides) {
      // A measure with decimals ("5.932,8 ha") is read by its digits as written ("59328"), among measures of as many decimals.
      const places = measuredDecimals(side);
      if (places > 0) side.value = wholeAmount(side.value! * 10 ** places);
      if (side.value === null || !Number.isInteger(side.value) || side.value < (places > 0 ? DECIMAL_SWAP_MIN : 100)) continue;
      const key = [...String(side.value)].sort().join('') + (places > 0 ? `,${places}` : '');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(side);
      else buckets.set(key, [side]);
    }
  }
  for (const bucket of buckets.values()) {
    // Two sides in one block are never held against each other (comparableSides): a bucket of one block has no pair.
    // A line of thousands of counts (1 … 12 000 in one paragraph) would otherwise try every swap of every value, and a
    // number of four digits has six, of three two: the work per value grew with the digits, ×24 from 100k to 1M.
    const block = bucket[0].q.figure.block;
    if (bucket.every((side) => side.q.figure.block === block)) continue;
    // Each side's partners are the later sides whose value is its value with two neighbouring digits swapped: found by
    // value (a handful of swaps per value), not by holding every pair of a bucket against each other.
    const at = new Map<string, number[]>();
    bucket.forEach((side, k) => {
      const list = at.get(String(side.value));
      if (list) list.push(k);
      else at.set(String(side.value), [k]);
    });
    // One value alone is no swap of itself.
    if (at.size < 2) continue;
    // The swaps of a value that some side of the bucket holds, found once per value, not once per side stating it.
    const held = new Map<string, string[]>();
    for (let i = 0; i < bucket.length; i++) {
      const value = String(bucket[i].value);
      let swaps = held.get(value);
      if (!swaps) held.set(value, (swaps = swapsOf(value).filter((v) => at.has(v))));
      const partners = swaps.flatMap((v) => at.get(v)!).filter((j) => j > i).sort((x, y) => x - y);
      for (const j of partners) {
        const [a, b] = [bucket[i], bucket[j]];
        if (reported.has(a.q.figure.index) || reported.has(b.q.figure.index)) continue;
        if (!adjacentSwap(String(a.value), String(b.value), true) || !comparableSides(context, a.q, b.q, true) || !oneThing(context, a, b) || ownWhole(context, a.q, b.q)) continue;
        if (restatesPart(a, b) || restatesPart(b, a)) continue;
        reported.add(a.q.figure.index).add(b.q.figure.index);
        context.report({
          messageId: 'repeatedValueConflict',
          data: { name: (a.q.tokens.length >= b.q.tokens.length ? a.q : b.q).name, value: a.q.figure.raw, other: b.q.figure.raw },
          places: [{ figure: a.q.figure }, { figure: b.q.figure }],
          severity: 'warning',
        });
      }
    }
  }
}

/**
 * A sentence about one place ("xã An Lộc tiếp nhận 1.386 hồ sơ") against that place's row of an appendix table
 * ("An Lộc | 1.368 | …"), whose cells name whose the figure is, not what it counts: one of the row's own counts
 * with two neighbouring digits swapped is the same figure mistyped on one side. The place's name (two words at
 * least, besides "xã", "phường" …) must be in the sentence figure's name or the place it was read to be of (a unit opening its
 * sentence, "Riêng xã Cư Pui … 6.251 cử tri", or after "tại") — or two other counts of the sentence restate
 * other cells of the row in its order (the row's name then stands in a heading) —, the cell in a column of this period's
 * values (no plan, rate, change or running total), and exactly one cell of the row that slip of the figure.
 * A total row names no place: a sentence is held against it when another of its counts restates another cell of
 * that row in the row's order ("có 2.140 hộ với 7.605 nhân khẩu" / "Tổng cộng | 2.140 | 7.650") and the cell's column
 * header words are all in the figure's name; a stock as of a date ("tính đến ngày …") is held against total rows only.
 */
function reportPlaceRowSlips(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const cells = new Map<string, Figure[]>();
  const placeOf = new Map<number, string[]>();
  const rowOf = new Map<number, Figure[]>();
  const totalOf = new Map<number, string[]>();
  // A total cell's stage of a workload (its header's "Đã giải quyết"): a figure at another stage ("phải giải quyết") is another count.
  const stagesOf = new Map<number, string>();
  // A measured total cell's column summed over its body rows: a sentence stating that sum has the table's total mistyped.
  const sumOf = new Map<number, number | null>();
  const byBlock = new Map<number, Figure[]>();
  for (const f of context.figures) {
    const list = byBlock.get(f.block);
    if (list) list.push(f);
    else byBlock.set(f.block, [f]);
  }
  for (const t of context.tables) {
    const labelColumn = t.labelColumn;
    for (const r of t.rows) {
      if (labelColumn === null) continue;
      // A total row names no place: its cells are held only by a sentence that restates another of its cells in order.
      const place = r.total ? [] : labelTokens(r.label).filter((w) => !PLACE_KIND.has(w));
      if (place.length < 1 && !r.total) continue;
      // The row's figures in document order, from its blocks (not every figure of the document per row).
      const own = [...new Set(r.blocks)].flatMap((b) => byBlock.get(b) ?? []).sort((x, y) => x.index - y.index);
      for (const f of own) {
        // A total row's measure with decimals ("84,62" ha) is read by its digits as written, four at least.
        const measured = r.total && measuredFigure(f) && digitsOf(f).length >= 4;
        if (f.cell === null || (!measured && (f.kind !== 'count' || !Number.isInteger(f.value) || f.value < 100))) continue;
        const column = t.columns[f.cell];
        if (!column || !['value', 'period', 'total', 'part'].includes(column.role) || ['plan', 'change', 'rate', 'fulfilment', 'average', 'rank'].includes(column.measure)) continue;
        // A part column beside a total column of the same rows ("Cấp huyện | Cấp xã | Tổng cộng"): the row's figure a sentence
        // states is the total one; a part's digits swapped are no slip of it.
        if (['value', 'part'].includes(column.role) && t.columns.some((c) => c.role === 'total' && c.index !== column.index)) continue;
        const key = slipKey(f);
        const list = cells.get(key);
        if (list) list.push(f);
        else cells.set(key, [f]);
        if (measured) sumOf.set(f.index, columnSum(t, f.cell));
        placeOf.set(f.index, place);
        rowOf.set(f.index, own);
        if (r.total) totalOf.set(f.index, labelTokens(column.header));
        if (r.total) stagesOf.set(f.index, workloadStages(column.header));
      }
    }
  }
  if (cells.size === 0) return;
  for (const q of quantities) {
    // A stock as of a date ("tính đến ngày 31/3, có 2.140 hộ") is what a total row holds: held against total rows only.
    const measured = measuredFigure(q.figure);
    if (q.figure.cell !== null || reported.has(q.figure.index) || !['count', 'money', 'cumulative'].includes(q.role) || (!measured && !Number.isInteger(q.figure.value))) continue;
    const written = measured ? digitsOf(q.figure) : String(q.figure.value);
    // A measure with decimals is held against a total row's measure only, whose column's rows do not add up to the sentence's.
    const apartSum = (c: Figure) => { const sum = sumOf.get(c.index); return sum === undefined || sum === null || Math.abs(sum - q.figure.value) >= 0.5 * 10 ** -q.figure.decimals; };
    const slips = (cells.get(slipKey(q.figure)) ?? []).filter(
      (c) => c.block !== q.figure.block && adjacentSwap(written, measured ? digitsOf(c) : String(c.value)) && (!measured || (totalOf.has(c.index) && apartSum(c))) && (q.role !== 'cumulative' || totalOf.has(c.index)) && (totalOf.has(c.index) ? !stagesApart(stagesOf.get(c.index)!, workloadStages(`${q.pre ?? ''} ${q.name}`)) && totalRestated(q, byBlock.get(q.figure.block) ?? [], rowOf.get(c.index)!, c, totalOf.get(c.index)!)
        : (placeOf.get(c.index)!.length >= 2 && placeOf.get(c.index)!.every((w) => namedPlace(q).has(w))) || echoes(byBlock.get(q.figure.block) ?? [], q.figure, rowOf.get(c.index)!, c) >= 2),
    );
    if (slips.length !== 1 || reported.has(slips[0].index)) continue;
    const cell = slips[0];
    reported.add(q.figure.index).add(cell.index);
    const finding: Parameters<RuleContext['report']>[0] = {
      messageId: 'repeatedValueConflict',
      data: { name: `${cell.label ?? ''}: ${q.name}`, value: q.figure.raw, other: cell.raw },
      places: [{ figure: q.figure }, { figure: cell }],
      severity: 'warning',
    };
    // A measure told against a total row that its own rows add up to, its column named and another cell of the row echoed:
    // every sign a bordered table gives says it is that total (sameCellQuantity holds body rows only).
    if (measured) RESTATED_TOTALS.add(finding);
    context.report(finding);
  }
}
// The findings of reportPlaceRowSlips that hold a sentence's measure against a bordered table's total row, said with its cells.
const RESTATED_TOTALS = new WeakSet<object>();
/**
 * The words that may name the place a sentence figure is of: its name's, and the place it was read to be of, a unit
 * opening its sentence ("Riêng xã Cư Pui … 6.251 cử tri": owner) or one after "tại/ở" ("tại xã Cư Pui": at).
 */
function namedPlace(q: Quantity): Set<string> {
  const owners = (q.branches ?? []).filter((b) => b.startsWith('owner=')).map((b) => b.slice('owner='.length));
  const at = q.scope.split('|').filter((t) => t.startsWith('at:')).map((t) => t.slice('at:'.length));
  return new Set([...q.tokens, ...[...owners, ...at].flatMap((w) => labelTokens(w))]);
}

/**
 * A member of a plan's breakdown ("Tổng kế hoạch vốn năm 2025 là …, gồm: …, vốn ngân sách huyện 82.300 triệu đồng")
 * against a target stated on its own whose name is the member's name with words of that whole's name only ("Kế hoạch
 * vốn ngân sách huyện năm 2025 là 83.200 triệu đồng"): the plan of one member, stated twice. The target names every
 * word of the member and adds at least one, all taken from the whole (so no other year, no "bổ sung"); the same kind
 * and unit; the target no part of anything, narrowed by nothing the member is not; exactly one member of the document
 * fits, else nothing. The whole's name must hold the target's plan word ("kế hoạch"), or the target words are no part of it.
 */
function reportPlanMembers(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const tags = (q: Quantity) => q.scope.split('|').filter((t) => t !== '' && !t.startsWith('lead:'));
  const members = quantities.filter((q) => q.figure.cell === null && breakdownMember(q) && tags(q).some((t) => t.startsWith('subject:')));
  if (members.length === 0) return;
  for (const q of quantities) {
    if (q.role !== 'target' || q.figure.cell !== null || reported.has(q.figure.index) || q.related.length > 0 || breakdownMember(q)) continue;
    if (q.pred !== null) continue;
    const fits = members.filter((m) => {
      if (m.kind !== q.kind || m.unit !== q.unit || m.pred !== null || nameCore(m.tokens).length < 2) return false;
      // Nothing narrows the target but what narrows the member too (its period).
      if (tags(q).some((t) => t !== 'target' && !tags(m).includes(t))) return false;
      const whole = new Set(tags(m).find((t) => t.startsWith('subject:'))!.slice(8).split(' '));
      const extra = q.tokens.filter((t) => !m.tokens.includes(t));
      return m.tokens.every((t) => q.tokens.includes(t)) && extra.length > 0 && extra.every((t) => whole.has(t));
    });
    if (fits.length !== 1) continue;
    const m = fits[0];
    if (reported.has(m.figure.index) || sameValue(m, q) || !comparableSides(context, m, q)) continue;
    reportPair(context, reported, q, m, q.name);
  }
}

/**
 * A bare count named by the whole verb phrase before it ("kết nạp mới 86 hội viên") against a count whose own name holds
 * the same words after its noun ("68 hội viên mới kết nạp"): one quantity, word for word, of the same kind, unit and scope.
 * Neither has a verb after its noun; the other side has no verb before it; every such count of that name disagrees with
 * the acted one by one value (none agrees), else nothing.
 */
function reportActedNames(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const key = (q: Quantity, tokens: string[]) => [q.kind, q.unit, q.scope, tokens.join(' ')].join('#');
  const named = new Map<string, Quantity[]>();
  for (const q of quantities) {
    if (!q.named || q.pred !== null || q.verb != null || q.pre != null || q.figure.cell !== null) continue;
    const k = key(q, [...new Set(q.tokens)].sort());
    const list = named.get(k);
    if (list) list.push(q);
    else named.set(k, [q]);
  }
  if (named.size === 0) return;
  const months = periodMonths(context.meta.period);
  for (const q of quantities) {
    // "trong 9 tháng thành lập mới 44 doanh nghiệp" of a nine-month report: the report's own period before the verb says when,
    // not what; "44 doanh nghiệp thành lập mới" names the same count.
    // Only a figure that may be reported is read (its words and verb alone: no copy of the whole reading).
    const acted = q.pred === null && q.figure.cell === null && !reported.has(q.figure.index) ? actedName(q.verb != null ? { tokens: q.tokens, verb: withoutPeriodSpan(q.verb, months) } : q) : null;
    if (acted === null || acted.length <= new Set(q.tokens).size) continue;
    const others = (named.get(key(q, acted)) ?? []).filter((r) => !reported.has(r.figure.index) && comparableSides(context, q, r) && !ofOtherSets(q, r));
    if (others.length === 0 || others.some((r) => sameValue(q, r)) || new Set(others.map(valueKey)).size !== 1) continue;
    const r = others[0];
    reportPair(context, reported, q, r, r.name);
  }
}

/**
 * "09 (chín) Tổ bảo vệ an ninh, trật tự với 54 thành viên" and, later, "09 Tổ bảo vệ an ninh, trật tự với 45 thành viên đã
 * phát huy …": a count attached by "với" to a group counted and named alike (the "with=" branch, src/extract/quantities.ts) is
 * that group's make-up, one quantity wherever it is told. The group's count and words pin it, so neither the sentences'
 * subjects, the day or place the sentence tells, nor a verb after the count (said of the group) tell two apart. The same
 * kind, unit and words, the same scope flags (plan, target, rest, part, period …), comparable otherwise (two paragraphs,
 * parallel sections, claims); exactly two values among them, else nothing.
 */
function reportGroupMembers(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const groups = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const group = q.figure.cell === null ? q.branches?.find((b) => b.startsWith(GROUP_KEY)) : undefined;
    if (group === undefined || reported.has(q.figure.index)) continue;
    const flags = q.scope.split('|').filter((t) => t !== '' && !GROUP_UNTELLING.test(t)).sort().join('|');
    // Keyed by the group's count and first word: "14 tổ bảo vệ an ninh, trật tự ở cơ sở" and "14 tổ bảo vệ an ninh, trật tự"
    // are one group told in full once and short once (groupWordsNested below).
    const key = [groupWords(group).slice(0, 2).join(' '), q.kind, q.unit, [...new Set(q.tokens)].sort().join(' '), flags].join('#');
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  // The group is what ties the two counts, so the words each sentence leads with and the group's own branch no longer part them.
  const untold = (q: Quantity): Quantity => ({ ...q, pred: null, branches: (q.branches ?? []).filter((b) => !b.startsWith('subject=') && !b.startsWith(GROUP_KEY)) });
  for (const list of groups.values()) {
    if (list.length < 2 || new Set(list.map(valueKey)).size !== 2 || !groupWordsNested(list)) continue;
    const a = list[0];
    const b = list.find((q) => valueKey(q) !== valueKey(a))!;
    if (reported.has(a.figure.index) || reported.has(b.figure.index) || !comparable(context, untold(a), untold(b))) continue;
    reportPair(context, reported, b, a, `${a.name} (${a.branches!.find((k) => k.startsWith(GROUP_KEY))!.slice(GROUP_KEY.length)})`);
  }
}
const GROUP_KEY = 'with=';
// The words of a "with=" branch: the group's count, then its words.
const groupWords = (branch: string) => branch.slice(GROUP_KEY.length).split(' ');
// Every group of the list named by words each holding the shorter ones' (a chain of refinements), so all name one group.
function groupWordsNested(list: readonly Quantity[]): boolean {
  const sets = list.map((q) => groupWords(q.branches!.find((b) => b.startsWith(GROUP_KEY))!)).sort((x, y) => x.length - y.length);
  return sets.every((words, k) => k === 0 || sets[k - 1].every((w) => words.includes(w)));
}

/**
 * "huyện đã mở 24 lớp đào tạo nghề cho 720 học viên" and, in another paragraph, "huyện mở 24 lớp cho 750 học viên": a count
 * handed by "cho" to the count just before it, its noun between (those that batch of classes, sessions or projects served) is one quantity
 * wherever the same batch is told — the same verb right before the batch, the same batch count (10 at least, so two batches
 * alike by chance are unlikely) and unit, one batch noun holding the other's words, the same served unit and scope flags
 * (plan, target, period …). Two values only, one digit slip apart (720 / 750, 1.240 / 1.420): one number mistyped, not
 * two batches. Keyed by batch, verb and units in a Map, so linear.
 */
function reportHandedCounts(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const groups = new Map<string, { q: Quantity; noun: string[] }[]>();
  for (const q of quantities) {
    const f = q.figure;
    const batch = context.figures[f.index - 1];
    if (q.kind !== 'count' || q.unit === null || f.cell !== null || !batch || batch.block !== f.block || batch.kind !== 'count' || batch.cell !== null) continue;
    if (batch.change || f.change || batch.value < MIN_BATCH || !Number.isInteger(batch.value) || !Number.isInteger(f.value) || reported.has(f.index)) continue;
    const text = context.source.blocks[f.block].text;
    const start = context.source.blocks[f.block].span.start;
    const handed = HANDED_GAP.exec(text.slice(batch.span.end - start, f.span.start - start));
    const verb = VERB_BEFORE.exec(text.slice(Math.max(0, batch.span.start - start - 30), batch.span.start - start));
    if (!handed || !verb) continue;
    const noun = labelTokens(handed[1]);
    const flags = q.scope.split('|').filter((t) => t !== '' && !GROUP_UNTELLING.test(t)).sort().join('|');
    const key = [batch.value, verb[1].toLowerCase(), noun[0] ?? '', q.unit, flags].join('#');
    const list = groups.get(key) ?? [];
    list.push({ q, noun });
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    if (list.length < 2 || new Set(list.map((x) => x.q.figure.value)).size !== 2 || new Set(list.map((x) => x.q.figure.block)).size < 2) continue;
    const a = list.reduce((x, y) => (y.q.figure.index < x.q.figure.index ? y : x));
    const b = list.find((x) => x.q.figure.value !== a.q.figure.value)!;
    if (a.q.figure.block === b.q.figure.block || reported.has(b.q.figure.index)) continue;
    const [small, large] = a.noun.length <= b.noun.length ? [a.noun, b.noun] : [b.noun, a.noun];
    if (small.length === 0 || !small.every((t) => large.includes(t))) continue;
    if (!singleSlips(String(a.q.figure.value)).includes(String(b.q.figure.value)) || !comparable(context, batchTold(a.q), batchTold(b.q))) continue;
    const batch = context.figures[a.q.figure.index - 1];
    reportPair(context, reported, b.q, a.q, `${a.q.name} (${batch.raw} ${batch.unit ?? ''})`.replace(/\s+\)/u, ')'));
  }
}
// A served count as its batch tells it: the batch's verb, not the words before "cho", says what it counts.
const batchTold = (q: Quantity): Quantity => ({ ...q, pre: null, verb: null, pred: null, branches: (q.branches ?? []).filter((b) => !b.startsWith('subject=')) });
// Between a batch count and the count it served: the batch's noun (one to eight words), then "cho".
const HANDED_GAP = /^\s+(\p{L}+(?:\s+\p{L}+){0,7})\s+cho\s+$/u;
// The verb word right before the batch count ("mở 24 lớp", "tổ chức 12 hội nghị").
const VERB_BEFORE = /(?<![\p{L}])(\p{Ll}+)\s+$/u;
const MIN_BATCH = 10;
// Scope tags that tell where or when a sentence is, or how it opens, not which quantity: a group's make-up is the same there.
const GROUP_UNTELLING = /^(?:lead|head|within|subject|at|on):/u;

/**
 * "Đầu tư 06 công trình nước …, đã hoàn thành 05 công trình" beside "Đầu tư 27 công trình …; … có 24 công trình hoàn
 * thành": each count is of a set its own sentence states before it (a larger count of its noun), and the two sets differ:
 * the done parts of two different sets, not one quantity.
 */
function ofOtherSets(a: Quantity, b: Quantity): boolean {
  return a.set !== undefined && b.set !== undefined && a.set !== b.set;
}

/** One conflict between two quantities under `name`, a warning; both figures are marked reported. */
function reportPair(context: RuleContext, reported: Set<number>, q: Quantity, other: Quantity, name: string): void {
  reported.add(q.figure.index).add(other.figure.index);
  context.report({
    messageId: 'repeatedValueConflict',
    data: { name, value: stated(q), other: stated(other) },
    places: [{ figure: q.figure }, { figure: other.figure }],
    severity: 'warning',
  });
}

// Two texts naming different stages of one workload ("phải giải quyết" / "Đã giải quyết"); a text naming none is held to none.
const stagesApart = (a: string, b: string) => a !== '' && b !== '' && a !== b;

// A sentence's figure and the total cell holding it with two digits swapped, once each.
function reportSlip(context: RuleContext, q: Quantity, cell: Figure, reported: Set<number>, restated = false): void {
  if (reported.has(cell.index)) return;
  reported.add(q.figure.index).add(cell.index);
  const finding: Parameters<RuleContext['report']>[0] = {
    messageId: 'repeatedValueConflict',
    data: { name: q.name, value: q.figure.raw, other: cell.raw },
    places: [{ figure: q.figure }, { figure: cell }],
    severity: 'warning',
  };
  // `restated`: every sign a bordered table gives ties the cell to the sentence, so it is said with the table's cells too.
  if (restated) RESTATED_TOTALS.add(finding);
  context.report(finding);
}

// The figures of table cells, by block.
function cellFiguresByBlock(figures: readonly Figure[]): Map<number, Figure[]> {
  const figuresOf = new Map<number, Figure[]>();
  for (const f of figures) {
    if (f.cell === null) continue;
    const list = figuresOf.get(f.block);
    if (list) list.push(f);
    else figuresOf.set(f.block, [f]);
  }
  return figuresOf;
}

/**
 * A count of the text ("Toàn huyện có 421 trẻ em có hoàn cảnh đặc biệt") against the total row of a table whose column
 * names the same thing ("Trẻ em có HCĐB", an abbreviation spelled out by the words it stands for): a total with two
 * digits of the count swapped is the same figure mistyped on one side. The names must be equal word for word (two words
 * at least), the text figure a whole of its own (no narrowing scope, verb after it, part or list member), the column one
 * of this period's values, and exactly one total cell of the document that slip of the count.
 */
function reportTotalRowSlips(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const totals: { cell: Figure; header: string[]; stages: string }[] = [];
  const figuresOf = cellFiguresByBlock(context.figures);
  for (const t of context.tables) {
    if (t.rows.filter((r) => !r.total).length < 2) continue;
    for (const r of t.rows) {
      if (!r.total) continue;
      for (const f of new Set(r.blocks.flatMap((b) => figuresOf.get(b) ?? []))) {
        const column = t.columns[f.cell!];
        if (f.kind !== 'count' || !Number.isInteger(f.value) || f.value < 100 || !column) continue;
        if (!['value', 'period', 'total'].includes(column.role) || ['plan', 'change', 'rate', 'fulfilment', 'average', 'rank'].includes(column.measure)) continue;
        totals.push({ cell: f, header: nameCore(labelTokens(column.header)), stages: workloadStages(column.header) });
      }
    }
  }
  if (totals.length === 0) return;
  for (const q of quantities) {
    if (q.figure.cell !== null || reported.has(q.figure.index) || q.role !== 'count' || q.kind !== 'count' || !Number.isInteger(q.figure.value)) continue;
    // A whole its own sentence splits ("1.245 thành viên, gồm: …") is still a whole; a part or a member of one is not.
    if (q.pred !== null || (q.branches?.length ?? 0) > 0 || q.related.some((r) => r.relation !== 'total-of') || q.scope.split('|').some((t) => t !== '' && !t.startsWith('lead:'))) continue;
    const own = nameCore(q.tokens);
    if (own.length < 2) continue;
    const written = String(q.figure.value);
    // Two stages of one workload ("phải giải quyết" / "Đã giải quyết") are two counts, whatever else their names share.
    const stages = workloadStages(`${q.pre ?? ''} ${q.name}`);
    const slips = totals.filter(({ cell, header, stages: at }) => {
      if (!adjacentSwap(written, String(cell.value)) || stagesApart(at, stages)) return false;
      const spelled = spellInitials(header, own);
      return spelled.length === own.length && tokenContainment(spelled, own) === 1;
    });
    if (slips.length === 1) reportSlip(context, q, slips[0].cell, reported);
  }
}

/**
 * The sentence that introduces a table ("… toàn phường có 3.126 hộ thực hiện phân loại …. Kết quả theo khu phố:", in the
 * three paragraphs before it) against the table's total row: a cell of the same counted thing with two neighbouring digits
 * of the sentence's figure swapped (3.126 / 3.162, 486,5 / 468,5) is the same total mistyped on one side. The column's
 * header words (two at least) must all be in the figure's name or the words before it, the column one of this period's values, the figure no
 * member of a breakdown nor a change, a rate or a target, and exactly one total cell of the table that slip of it.
 */
function reportIntroTotalSlips(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const introOf = new Map<number, { cell: Figure; header: string[]; sum: number | null; stages: string }[]>();
  const figuresOf = cellFiguresByBlock(context.figures);
  for (const t of context.tables) {
    if (t.rows.filter((r) => !r.total).length < 2) continue;
    // The table's first block, found by a loop: no spread of a table's rows into arguments (issue 13).
    let first = Infinity;
    for (const b of t.headerBlocks) first = Math.min(first, b);
    for (const r of t.rows) for (const b of r.blocks) first = Math.min(first, b);
    const totals: { cell: Figure; header: string[]; sum: number | null; stages: string }[] = [];
    for (const r of t.rows) {
      if (!r.total) continue;
      for (const f of new Set(r.blocks.flatMap((b) => figuresOf.get(b) ?? []))) {
        const column = t.columns[f.cell!];
        if ((f.kind !== 'count' && f.kind !== 'decimal') || !column || digitsOf(f).length < 3) continue;
        if (!['value', 'period', 'total'].includes(column.role) || ['plan', 'change', 'rate', 'fulfilment', 'average', 'rank'].includes(column.measure)) continue;
        const header = nameCore(labelTokens(column.header));
        if (header.length >= 2) totals.push({ cell: f, header, sum: columnSum(t, f.cell!), stages: workloadStages(column.header) });
      }
    }
    if (totals.length === 0) continue;
    for (let b = first - 3; b < first; b++) introOf.set(b, [...(introOf.get(b) ?? []), ...totals]);
  }
  if (introOf.size === 0) return;
  for (const q of quantities) {
    const totals = q.figure.cell === null ? introOf.get(q.figure.block) : undefined;
    if (!totals || reported.has(q.figure.index) || q.role !== 'count' || q.kind !== 'count' || breakdownMember(q) || partOf(q)) continue;
    const written = digitsOf(q.figure);
    // "đạt tổng sản lượng thu gom 937,5 tấn rác thải": the words before the figure name what it measures as much as those after.
    const words = [...q.tokens, ...labelTokens(q.verb ?? '')];
    // The rows adding up to the sentence's figure show the total cell itself mis-added: a wrong table total, not a
    // figure told twice (the table-total check reports it).
    const stages = workloadStages(`${q.pre ?? ''} ${q.verb ?? ''} ${q.name}`);
    const slips = totals.filter(({ cell, header, stages: at }) => !stagesApart(at, stages) && cell.decimals === q.figure.decimals && adjacentSwap(written, digitsOf(cell))
      && spellInitials(header, words).every((w) => words.includes(w)));
    if (slips.length === 1 && slips[0].sum !== null && Math.abs(slips[0].sum - q.figure.value) < 0.5 * 10 ** -q.figure.decimals) continue;
    if (slips.length === 1) reportSlip(context, q, slips[0].cell, reported);
  }
}

/**
 * "Kinh phí khen thưởng đã chi 1.212,5 triệu đồng, đạt 94,0% dự toán" beside the total row "Tổng cộng | 1.300 | 1.221,5 |
 * 94,0": a figure of the text (an amount, a count or a measure) two neighbouring digits of which, swapped, give a total cell
 * of a value column, while the rate right after it in its sentence restates another cell of that very row, is that total
 * mistyped on one side: the rate ties the sentence to the row whatever its words. The digits compared as written (decimals
 * alike), the figure no part nor breakdown member, the rate equal to the row's cell at its written decimals, and exactly one
 * total cell of the document that slip of the figure. An amount after a count ties it as a rate does ("đón 421 650 lượt khách,
 * doanh thu 286,4 tỷ đồng" / "Tổng cộng | 412 650 | … | 286,4" under "Doanh thu (tỷ đồng)"): the amount equal to another
 * cell of the row at a scale of thousands, at its written decimals. When the column's rows add up to the total cell the
 * table agrees with itself, and the finding is said with a bordered table's cells too.
 */
function reportEchoedTotalSlips(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const totals = totalValueCells(context, 4);
  if (totals.length === 0) return;
  for (const q of quantities) {
    const f = q.figure;
    if (f.cell !== null || reported.has(f.index) || !['money', 'count', 'decimal'].includes(f.kind) || breakdownMember(q) || partOf(q)) continue;
    const rate = context.figures[f.index + 1];
    if (!rate || rate.block !== f.block || (rate.kind !== 'percent' && !(rate.kind === 'money' && f.kind !== 'money')) || context.figures[f.index] !== f) continue;
    // An amount read in đồng is matched at the table's scale: "1.212,5 triệu đồng" is 1212,5 against cells in millions.
    const written = THOUSANDS_SCALES.map((k) => digitsOf({ ...f, value: wholeAmount(f.value / 10 ** k) }));
    const slips = totals.filter(({ cell, row }) => cell.decimals === f.decimals && written.some((w) => adjacentSwap(w, digitsOf(cell)))
      && row.some((c) => c !== cell && restates(rate, c)));
    // The column's own rows adding up to the sentence's figure make the total cell the slip, which table-total-mismatch
    // reports on the row; the sentence is right and is not held against it.
    if (slips.length === 1 && slips[0].sum !== null && written.includes(digitsOf({ ...slips[0].cell, value: slips[0].sum }))) continue;
    // The column's rows adding up to the total cell instead, besides the echo: the table agrees with itself, and the sentence
    // restates that total.
    if (slips.length === 1) reportSlip(context, q, slips[0].cell, reported, rowsAddUp(context, slips[0].cell));
  }
}

/**
 * "trong kỳ xử phạt 06 trường hợp với số tiền 35,8 triệu đồng" beside the total row "Tổng cộng | 6 | 38,5" under "Số tiền
 * phạt": an amount told in the clause of a count, which restates another cell of the row, two neighbouring digits of the amount
 * swapped giving the total cell of a money column whose header words the clause all says (its verb's too: "xử phạt … số
 * tiền" names "Tiền phạt"), is that total mistyped on one side; the count ties the clause to the row as a rate does above.
 * The amount and the count of this period (no scope but their clause's), neither a part or breakdown member, the amount read
 * at the table's scale with its written decimals (three digits at least), and exactly one total cell of the document that
 * slip of it. When the column's rows add up to the total the table agrees with itself, and it is said with bordered cells too.
 */
function reportCountTiedAmountSlips(context: RuleContext, quantities: Quantity[], reported: Set<number>): void {
  const totals = totalValueCells(context, 3).map((c) => ({ ...c, header: nameCore(labelTokens(c.column.header.replace(headerUnitOf(c.column.header), ' '))) }))
    .filter((c) => c.header.some((w) => MONEY_OF_ACTION.has(w)));
  if (totals.length === 0) return;
  const readingOf = new Map(quantities.map((q) => [q.figure.index, q] as const));
  for (const q of quantities) {
    const f = q.figure;
    const tie = readingOf.get(f.index - 1);
    if (f.cell !== null || f.kind !== 'money' || q.role !== 'money' || q.loose !== true || reported.has(f.index) || tie === undefined) continue;
    if (tie.figure.block !== f.block || tie.figure.cell !== null || tie.kind !== 'count' || tie.role !== 'count' || tie.figure.decimals !== 0) continue;
    if (!ownClause(q) || !ownClause(tie) || breakdownMember(q) || partOf(q) || breakdownMember(tie) || partOf(tie)) continue;
    const words = new Set([...q.tokens, ...labelTokens(q.verb ?? ''), ...tie.tokens, ...labelTokens(tie.verb ?? '')]);
    const written = THOUSANDS_SCALES.map((k) => digitsOf({ ...f, value: wholeAmount(f.value / 10 ** k) }));
    const slips = totals.filter(({ cell, row, header }) => cell.decimals === f.decimals && written.some((w) => adjacentSwap(w, digitsOf(cell)))
      && header.every((w) => words.has(w)) && row.some((c) => c !== cell && c.kind === 'count' && c.decimals === 0 && c.value === tie.figure.value));
    if (slips.length !== 1) continue;
    // The column's rows adding up to the sentence's amount make the total cell the slip (table-total-mismatch says it).
    if (slips[0].sum !== null && written.includes(digitsOf({ ...slips[0].cell, value: slips[0].sum }))) continue;
    reportSlip(context, q, slips[0].cell, reported, rowsAddUp(context, slips[0].cell));
  }
}

// The total row's cells of a value column (no plan, change, rate, mean or rank) in a table of two rows at least, of `digits`
// digits at least: each with its row's cells, its column and the column's sum.
function totalValueCells(context: RuleContext, digits: number) {
  const totals: { cell: Figure; row: Figure[]; column: TableColumn; sum: number | null }[] = [];
  const figuresOf = cellFiguresByBlock(context.figures);
  for (const t of context.tables) {
    if (t.rows.filter((r) => !r.total).length < 2) continue;
    for (const r of t.rows) {
      if (!r.total) continue;
      const row = [...new Set(r.blocks.flatMap((b) => figuresOf.get(b) ?? []))];
      for (const f of row) {
        const column = t.columns[f.cell!];
        if ((f.kind !== 'count' && f.kind !== 'decimal') || !column || digitsOf(f).length < digits) continue;
        if (!['value', 'period', 'total'].includes(column.role) || ['plan', 'change', 'rate', 'fulfilment', 'average', 'rank'].includes(column.measure)) continue;
        totals.push({ cell: f, row, column, sum: columnSum(t, f.cell!) });
      }
    }
  }
  return totals;
}

// A figure of its report's own period and place, narrowed by nothing but its clause ("lead:", "subject:" tags alone).
const ownClause = (q: Quantity) => q.scope.split('|').every((t) => t === '' || t.startsWith('lead:') || t.startsWith('subject:'));

// Whether a sentence's rate, or amount at one of the table's scales ("doanh thu 286,4 tỷ đồng" / "Doanh thu (tỷ đồng) | 286,4"),
// restates a row's cell at its written decimals; an amount of three digits at least, as a short one ("2 tỷ đồng") is any cell.
function restates(rate: Figure, c: Figure): boolean {
  if (c.decimals !== rate.decimals) return false;
  if (rate.kind === 'percent') return Math.abs(c.value - rate.value) < 0.5 * 10 ** -rate.decimals;
  return (c.kind === 'count' || c.kind === 'decimal') && digitsOf(c).length >= 3
    && THOUSANDS_SCALES.some((k) => Math.abs(c.value * 10 ** k - rate.value) < 0.5 * 10 ** (k - rate.decimals));
}

// Powers of ten an amount's unit may scale it by (đồng, nghìn, triệu, tỷ).
const THOUSANDS_SCALES = [0, 3, 6, 9];

// A figure told as a part of another ("…, trong đó khách quốc tế 1.236 lượt"): a subgroup, not the total it is read against.
const partOf = (q: Quantity): boolean => q.scope.split('|').includes('part') || q.related.some((r) => r.relation === 'part-of');

// The sum of a column over a table's top-level body rows, or null when one of them has no figure there.
// A total row's cell that its column's body rows add up to, or a member row's cell that adds up with its siblings to their
// group row's ("Lương hưu | 3.264", "… | 612", "… | 242" under "Lương hưu, trợ cấp … | 4.118"): the table agrees with itself.
function rowsAddUp(context: RuleContext, f: Figure): boolean {
  const t = f.cell === null ? undefined : tableOf(context, f.block);
  const row = t?.rows.find((r) => r.blocks.includes(f.block));
  if (t === undefined || row === undefined) return false;
  // Decimal cells add up in binary with a rounding error (152,0 + 128,6 + 87,8 is 368.40000000000003): equal up to it.
  if (row.total) {
    const sum = columnSum(t, f.cell!);
    return sum !== null && Math.abs(sum - f.value) <= 1e-9 * Math.max(1, Math.abs(f.value));
  }
  const group = row.parent === null ? undefined : t.rows[row.parent]?.cells[f.cell!];
  if (group?.value == null || group.kind !== 'count') return false;
  let sum = 0;
  for (const r of t.rows) {
    if (r.parent !== row.parent) continue;
    const cell = r.cells[f.cell!];
    if (!cell || cell.kind !== 'count' || cell.value === null) return false;
    sum += cell.value;
  }
  return sum === group.value;
}

function columnSum(t: RuleContext['tables'][number], column: number): number | null {
  let sum = 0;
  for (const r of t.rows) {
    if (r.total || r.parent !== null) continue;
    const cell = r.cells[column];
    if (!cell || (cell.kind !== 'count' && cell.kind !== 'decimal') || cell.value === null) return null;
    sum += cell.value;
  }
  return sum;
}

// A figure's digits as written, without separators (486,5 → "4865"), for telling a swap of two of them.
const digitsOf = (f: Figure): string => (f.value < 0 ? '' : f.value.toFixed(f.decimals).replace('.', ''));

const PLACE_KIND = new Set(PLACE_KIND_WORDS.flatMap((w) => w.split(' ')));

// "Có 26 trường, 486 lớp với 14 251 học sinh" under the row "Tiểu học | 26 | 486 | 14 215": the other counts of the
// figure's sentence that restate other cells of the row, in the row's order, say the sentence restates that row (its
// name may stand in a heading). Counts below 10 are too common to tell a row.
// "trên địa bàn có 2.140 hộ với 7.605 nhân khẩu" against a total row "Tổng cộng | 2.140 | 7.650": the sentence's other count
// restating another cell of the row, in its order, and the column's header words all in the figure's name, tell the row.
// A measure with decimals ("Diện tích thu hồi (ha)" beside "thu hồi 86,42 ha đất") names its column by the words before it and
// the measure its unit is of ("ha": diện tích) as much as by its noun.
function totalRestated(q: Quantity, paragraph: Figure[], row: Figure[], cell: Figure, header: string[]): boolean {
  const words = new Set(measuredFigure(q.figure) ? [...q.tokens, ...labelTokens(q.verb ?? ''), ...measureNouns(q.unit)] : q.tokens);
  return header.length > 0 && header.every((w) => words.has(w)) && echoes(paragraph, q.figure, row, cell) >= 1;
}
// A figure with decimals as written ("86,42"), read by its digits.
const measuredFigure = (f: Figure) => f.kind === 'decimal' && f.decimals > 0 && f.value >= 0;
// The figure's digits sorted, with its decimals when it has some: two figures a swap of digits apart share it.
const slipKey = (f: Figure) => (measuredFigure(f) ? `${[...digitsOf(f)].sort().join('')},${f.decimals}` : [...String(f.value)].sort().join(''));
// The tokens of the measures a unit states ("ha" → diện tích), from the lexicon's MEASURE_NOUN_UNITS.
const measureNouns = (unit: string | null) => MEASURE_NOUN_UNITS.filter((m) => unit !== null && m.units.includes(unit)).flatMap((m) => labelTokens(m.noun));

function echoes(paragraph: Figure[], f: Figure, row: Figure[], cell: Figure): number {
  const block = paragraph.filter((g) => g !== f && g.kind === 'count' && g.value >= 10);
  let last = -1;
  let n = 0;
  for (const g of block) {
    const at = row.findIndex((c) => c !== cell && c.value === g.value);
    if (at < 0) continue;
    if (at <= last || (g.index < f.index) !== (row[at].index < cell.index)) return 0;
    last = at;
    n++;
  }
  return n;
}

interface Side { q: Quantity; unit: string | null; value: number | null; whole: boolean }

// The decimals of a count measured with a fraction ("5.932,8 ha", "1,245.6 km"), else 0 (a whole count, an amount, a share).
function measuredDecimals(side: Side): number {
  const f = side.q.figure;
  return side.q.kind === 'count' && side.value !== null && f.decimals > 0 && !Number.isInteger(side.value) ? f.decimals : 0;
}
// Four digits at least as written: a swap in "12,5" / "15,2" is as likely two measures as one mistyped.
const DECIMAL_SWAP_MIN = 1000;

// "68,4 tỷ đồng" read in đồng is 68400000000.00001 in binary: an amount that whole up to its last digit is that whole number.
function wholeAmount(v: number): number {
  const r = Math.round(v);
  return Math.abs(v - r) <= Math.abs(v) * 1e-12 ? r : v;
}

const TRANSPOSABLE = new Set<Quantity['role']>(['count', 'money', 'share', 'target', 'cumulative']);

/**
 * The numbers written with two digits of `a` swapped (the other sides adjacentSwap holds `a` against): two neighbouring
 * digits, or any two of a number of four digits or more ("4.512" / "4.215"), too long to be retyped by heart.
 */
function swapsOf(a: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = i + 1; j < a.length && (j === i + 1 || a.length >= FAR_SWAP_DIGITS); j++) {
      if (a[i] !== a[j]) out.add(a.slice(0, i) + a[j] + a.slice(i + 1, j) + a[i] + a.slice(j + 1));
    }
  }
  return [...out];
}
const FAR_SWAP_DIGITS = 4;

/** True when b is a with two neighbouring digits swapped, or (far) any two of four digits or more. */
function adjacentSwap(a: string, b: string, far = false): boolean {
  if (a.length !== b.length || a === b) return false;
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  if (at.length !== 2) return false;
  const [i, j] = at;
  return a[i] === b[j] && a[j] === b[i] && (j === i + 1 || (far && a.length >= FAR_SWAP_DIGITS));
}

// "168 hộ" beside "168/186 hộ" (186 = 168 swapped): the count is the share's own part, stated again, not a slip of its whole.
function restatesPart(whole: Side, count: Side): boolean {
  return whole.whole && !count.whole && whole.q.figure.numerator === count.value;
}

const otherTimeColumn = (q: Quantity) => q.scope.split('|').filter((t) => t === 'column-other' || t.startsWith('column-period:')).join('|');
// What a table cell's column makes of its row's quantity (src/extract/quantities.ts cellQuantity): a part beside a total
// column ("Cấp xã" beside "Tổng cộng"), a running total, a result over plan, another role, a scaled unit. Two sides of other
// standing are two quantities, whatever their digits.
const cellStanding = (q: Quantity) => q.scope.split('|').filter((t) => CELL_STANDING.has(t) || /^(?:column|scaled):/u.test(t)).sort().join('|');
const CELL_STANDING = new Set(['row-part', 'cumulative', 'fulfil']);

function oneThing(context: RuleContext, a: Side, b: Side): boolean {
  const [x, y] = [a.q, b.q];
  // "Trong 412 trẻ vào lớp 1 có 389 trẻ học tại …" and "số học sinh lớp 5 là 401 em, số hoàn thành … là 398 em": each count is
  // some of a set its own sentence states, and the two sets differ: two groups, whatever their digits.
  if (ofOtherSets(x, y)) return false;
  // One item's same standing ("đã giải quyết" under "Lĩnh vực đất đai", the row "Đất đai" under "Đã giải quyết").
  if (!a.whole && !b.whole && sameItemFlow(x, y)) return true;
  // Two counted nouns are two measures ("lượt" visits, "cặp" couples), unless one counts people ("1.968 người" of teachers) or
  // both count the same things ("1.284 trẻ em" / "1.248 em", src/extract/labels.ts unitsAlike).
  const person = (u: string | null) => u !== null && (PERSON_NOUNS as readonly string[]).includes(u);
  // A row counting the records of an act on the sentence's very noun phrase ("Cấp giấy chứng nhận lần đầu | hồ sơ") counts its things.
  const records = (c: Side, t: Side) => c.q.figure.cell !== null && t.q.figure.cell === null && recordsOfAct(c.unit, c.q.tokens, t.unit, t.q.tokens, t.q.pre);
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit && !person(a.unit) && !person(b.unit) && !unitsAlike(a.unit, b.unit) && !records(a, b) && !records(b, a)) return false;
  if (x.role !== y.role && (x.role === 'target' || y.role === 'target')) return false;
  // "giải quyết việc làm cho 420 lao động" under "Phương hướng, nhiệm vụ năm 2027" of a 2026 report is next year's plan, never
  // a result of the period restated: only a target may restate it.
  const ahead = (q: Quantity) => q.scope.split('|').includes('ahead');
  if (ahead(x) !== ahead(y) && x.role !== 'target' && y.role !== 'target') return false;
  if (ranksApart(x, y)) return false;
  const period = (q: Quantity) => q.scope.split('|').find((t) => t.startsWith('period:')) ?? null;
  if (period(x) !== null && period(y) !== null && period(x) !== period(y)) return false;
  // A table cell under a column of another time ("Kỳ trước", "Cùng kỳ", "Năm 2024") holds another period's value than a
  // figure stated for the report's own: "298" of "Lượt tiếp công dân | 298 | 326" is no slip of "289 người" this period.
  if (otherTimeColumn(x) !== otherTimeColumn(y) || ((x.figure.cell !== null || y.figure.cell !== null) && cellStanding(x) !== cellStanding(y))) return false;
  // The period is compared above (scope), an estimate word changes no quantity: neither is part of the name compared here.
  // The report's own issuing body named after the noun ("364 tình nguyện viên Chữ thập đỏ" in the Red Cross's report) says
  // whose every figure is, narrowing none.
  const body = bodyPhrases(context);
  const named = (q: Quantity) => withoutPhrases(undatedCore(q.tokens), body).filter((t) => !unitTokens(x).has(t) && !unitTokens(y).has(t));
  // A long form read as the short one the other name ends with ("ngân sách nhà nước" / "ngân sách"): the slip of the digits,
  // not the name, ties the two.
  const [nx, ny] = [named(x), named(y)];
  const [tx, ty] = [shortFormTokens(nx, ny), shortFormTokens(ny, nx)];
  // "3.168" of "2.874/3.168 hộ" is every household: the same as a bare count of households.
  if ((a.whole && tx.length === 0 && a.unit === b.unit) || (b.whole && ty.length === 0 && a.unit === b.unit)) return true;
  const [small, large] = tx.length <= ty.length ? [tx, ty] : [ty, tx];
  // Two words at least that name something: "trong" of "trong 9 tháng đã thu" and "trong đó truy thu" frames both.
  if (small.filter((t) => !FRAME_TOKENS.has(t)).length >= 2 && tokenContainment(small, large) === 1) return true;
  // "khám sức khỏe cho 642 công dân" and "khám sức khỏe cho 624 công dân": one bare name (the counted noun) named by the
  // same action of two words at least is one thing too.
  const [pa, pb] = [verbCore(x.pre), verbCore(y.pre)];
  const sameName = small.length === large.length && small.length <= 1 && tokenContainment(small, large) === 1;
  // "tiêu hủy 1.320 kg hàng hóa nhập lậu" and "tiêu hủy 1.230 kg hàng hóa vi phạm": the same action on a noun of the same two
  // head words, described otherwise after them, with two neighbouring digits swapped, is one quantity too.
  const sameHead = small.length >= 2 && small[0] === large[0] && small[1] === large[1] && adjacentSwap(String(a.value), String(b.value));
  // "đã chuyển đổi 412 hộ" and "đã chuyển đổi 421 hộ sang phương pháp kê khai": a side named by nothing but the action (its
  // noun's words in brackets are those of the verb) is the same count when the other is that action on the same noun, with two
  // neighbouring digits swapped, neither a remainder, new or part on one side only nor a word of another category added.
  // The shorter side's other words may only be when it was done ("từ đầu năm") or who did it, named before the other side too
  // ("Hội Nông dân đã hỗ trợ …" twice): another actor makes another count.
  const [sq, lq] = tx.length <= ty.length ? [x, y] : [y, x];
  const besides = new Set([...(pa === null ? [] : labelTokens(pa)), ...labelTokens(lq.verb ?? ''), ...lq.tokens]);
  const flags = (q: Quantity) => q.scope.split('|').filter((t) => SLIP_APART_SCOPES.has(t)).sort().join('|');
  // The report's own unit acting as a whole ("toàn huyện đã bê tông hóa 39,62 km" in a district's report) names no other actor.
  const own = context.meta.unit?.level ?? null;
  const bareAction = sq.figure.cell === null && lq.figure.cell === null && flags(x) === flags(y)
    && small.every((t) => besides.has(t) || FRAME_TOKENS.has(t) || TIME_TOKENS.has(t) || t === own)
    && !shiftedApart(large.filter((t) => !small.includes(t))) && adjacentSwap(String(a.value), String(b.value));
  if ((sameName || sameHead || bareAction) && x.role === y.role && a.unit === b.unit && sameAction(x, y, pa, pb)) return true;
  // A name of nothing but the counted noun on both sides ("lao động", "học sinh"): only a breakdown adding up ties two actions.
  if (nx.length <= 1 && nx.join(' ') === ny.join(' ') && confirmedSlip(context, a, b)) return true;
  // "thiệt hại về tài sản ước tính 1 285 triệu đồng" in a sentence of "07 vụ cháy" and, later, "thiệt hại do cháy ước tính 1 258
  // triệu đồng": two amounts of one head, each named by the words before it, one name's other words standing in the
  // other one's own sentence (what it is of, said there), two neighbouring digits swapped: one amount told twice.
  const toldBy = (own: string[], other: string[], f: Figure) => own.every((t) => other.includes(t) || sentenceWords(context, f).has(t));
  // Or, the head shared and described otherwise ("tổng số tiền phạt vi phạm hành chính" / "tổng số tiền phạt nộp ngân sách"),
  // when the two paragraphs state another count at one value ("xử lý 38 vụ vi phạm" in both): one sums up the other.
  const echoed = () => paragraphsEcho(context, x.figure, y.figure);
  if (sameHead && x.kind === 'money' && y.kind === 'money' && a.unit === b.unit && flags(x) === flags(y) && !shiftedApart(tx.filter((t) => !ty.includes(t)))
    && !shiftedApart(ty.filter((t) => !tx.includes(t))) && (toldBy(tx, ty, y.figure) || toldBy(ty, tx, x.figure) || echoed())) return true;
  if (actionMoney(a, b, tx, ty) || actionMoney(b, a, ty, tx)) return true;
  return refinedSlip(a, b, small, large, pa, pb);
}

/**
 * "Ngành thủy sản thu hút 8 650 lao động" and later "Toàn ngành giải quyết việc làm cho 8 560 lao động, trong đó khai thác 5 120
 * người, nuôi trồng 2 640 người, dịch vụ 800 người": one bare counted noun (no other word on either side) told by two actions,
 * of the same scope (no place, period, flag or branch on one side only), two neighbouring digits of four or more swapped, and
 * exactly one side the whole of a breakdown whose parts add up to it: the parts confirm that side's value, the other is the slip
 * of it, unless it counts those a deed was done for. Two counts of other kinds of one noun both stated as held or taken in
 * are told apart only by their scope here: a swap of their digits on top of an exact breakdown is the rare coincidence accepted.
 */
function confirmedSlip(context: RuleContext, a: Side, b: Side): boolean {
  const [x, y] = [a.q, b.q];
  if (x.kind !== 'count' || y.kind !== 'count' || x.role !== y.role || a.unit !== b.unit || a.whole || b.whole) return false;
  // Four digits at least: "128" / "182" of two other things is too common a coincidence.
  if (plainScope(x.scope) !== plainScope(y.scope) || String(a.value).length < FAR_SWAP_DIGITS || !adjacentSwap(String(a.value), String(b.value))) return false;
  const [sx, sy] = [summedWhole(context, x.figure), summedWhole(context, y.figure)];
  // The side left unconfirmed must state what the unit holds or takes in ("thu hút", "tiếp nhận"): a count a deed was done for
  // ("đào tạo nghề cho 1.520 lao động") is those it reached, a group of its own.
  return sx !== sy && (sx ? y : x).served !== true;
}

// True when the figure is the whole of a breakdown (two parts at least, no list of names) whose parts add up to it exactly.
function summedWhole(context: RuleContext, f: Figure): boolean {
  return (claimsByFigure(context.claims).get(f.index) ?? []).some((k) => {
    const c = context.claims[k];
    if (c.whole !== f.index || c.relation === 'list' || c.parts.length < 2) return false;
    const sum = c.parts.reduce((t, p) => t + context.figures[p].value, 0);
    return Math.abs(sum - f.value) < 1e-9;
  });
}

/**
 * The name of the report's issuing body other than the people's committee (DocumentMeta.body, "hội chữ thập đỏ"), as the
 * token runs a figure's name may hold it by: whole, or without its kind word ("chữ thập đỏ"), two words at least.
 */
function bodyPhrases(context: RuleContext): string[][] {
  const words = labelTokens(context.meta.body ?? '');
  return [words, words.slice(1)].filter((p) => p.length >= 2);
}

// The tokens with the first run of each phrase (longest first) taken out.
function withoutPhrases(tokens: string[], phrases: string[][]): string[] {
  let out = tokens;
  for (const p of phrases) {
    const at = out.findIndex((_, k) => p.every((w, j) => out[k + j] === w));
    if (at >= 0) out = [...out.slice(0, at), ...out.slice(at + p.length)];
  }
  return out;
}

/**
 * The same action of two words at least before two counts: equal words, or the same last two words ("gieo cấy") when what
 * the kept words hold before them only frames the count, the "đó" of "trong đó" or a word of an item both sides are of
 * ("thu" of "vụ Hè Thu gieo cấy 901 ha lúa", both under the season "Hè Thu"). Any other word there may be another actor
 * or a denial ("chưa thu hồi"): then two actions.
 */
function sameAction(x: Quantity, y: Quantity, pa: string | null, pb: string | null): boolean {
  if (pa === null || pb === null) return false;
  const [a, b] = [pa.split(' '), pb.split(' ')];
  if (pa === pb) return a.length >= 2;
  if (a.length < 2 || b.length < 2 || a.slice(-2).join(' ') !== b.slice(-2).join(' ')) return false;
  const shared = (x.branches ?? []).filter((k) => (y.branches ?? []).includes(k)).flatMap((k) => k.slice(k.indexOf('=') + 1).split(' '));
  const framing = new Set([...OF_WHICH_TOKENS, ...shared]);
  return [...a.slice(0, -2), ...b.slice(0, -2)].every((t) => framing.has(t));
}
// "đó" of "trong đó": the kept words before a part's verb ("đó gieo cấy") may open with it.
const OF_WHICH_TOKENS = new Set(OF_WHICH.flatMap((w) => w.split(' ')).filter((t) => t !== 'trong' && t !== 'số'));

/**
 * "Tổng số tiền phạt 6 472,8 triệu đồng" and "xử phạt vi phạm hành chính … 6 427,8 triệu đồng": an amount named only as the
 * money of an action ("tiền phạt") is what that action moved, one thing with an amount the action's words name before it.
 * Both amounts in one currency, no flag on one side only, the other side named by no such money noun of its own, and two
 * neighbouring digits swapped among four telling digits at least (a rarer coincidence than in "128" / "182").
 */
function actionMoney(money: Side, acted: Side, own: string[], other: string[]): boolean {
  const [m, o] = [money.q, acted.q];
  if (m.kind !== 'money' || o.kind !== 'money' || m.unit !== o.unit || !MONEY_OF_ACTION.has(own[0] ?? '') || own.length < 2 || MONEY_OF_ACTION.has(other[0] ?? '')) return false;
  const [dm, dd] = [digitsOf(m.figure), digitsOf(o.figure)];
  if (significant(dm).length < FAR_SWAP_DIGITS || !adjacentSwap(dm, dd)) return false;
  const flags = (q: Quantity) => q.scope.split('|').filter((t) => SLIP_APART_SCOPES.has(t)).sort().join('|');
  const words = new Set([...o.tokens, ...labelTokens(o.verb ?? '')]);
  return flags(m) === flags(o) && own.slice(1).every((t) => words.has(t));
}
const MONEY_OF_ACTION = new Set<string>(MONEY_OF_ACTION_HEADS);
// The digits that tell a number, its leading and trailing zeros aside ("6 427,8 triệu đồng" in đồng → 64278).
const significant = (digits: string): string => digits.replace(/^0+|0+$/gu, '');

// The words of the sentence holding a figure.
/**
 * Two paragraphs that state another count at one value, of one counted noun, five or more ("38 vụ vi phạm" in a section and
 * again in the assessment): the second restates the first. Table cells aside.
 */
function paragraphsEcho(context: RuleContext, f: Figure, g: Figure): boolean {
  if (f.block === g.block || f.cell !== null || g.cell !== null) return false;
  const counts = (h: Figure) => figuresIn(context, h.block).filter((k) => k !== h && k.kind === 'count' && k.unit !== null && k.value >= 5);
  const mine = counts(f);
  return mine.length > 0 && counts(g).some((k) => mine.some((m) => m.value === k.value && m.unit === k.unit));
}
// The figures of a block, from a map built once per document.
function figuresIn(context: RuleContext, block: number): Figure[] {
  let byBlock = FIGURES_BY_BLOCK.get(context.figures);
  if (!byBlock) {
    byBlock = new Map();
    for (const f of context.figures) {
      const list = byBlock.get(f.block);
      if (list) list.push(f);
      else byBlock.set(f.block, [f]);
    }
    FIGURES_BY_BLOCK.set(context.figures, byBlock);
  }
  return byBlock.get(block) ?? [];
}
const FIGURES_BY_BLOCK = new WeakMap<RuleContext['figures'], Map<number, Figure[]>>();

function sentenceWords(context: RuleContext, f: Figure): Set<string> {
  const block = context.source.blocks[f.block];
  const at = f.span.start - block.span.start;
  const s = context.sentences.of(f.block).find((x) => x.from <= at && at < x.to);
  return new Set(s ? labelTokens(block.text.slice(s.from, s.to)) : []);
}

/**
 * Two neighbouring digits swapped between a name and the same name said again, or refined by words after it ("đã cấp 248
 * giấy phép" / "cấp tổng cộng 284 giấy phép xây dựng", "642 đoàn viên" / "624 đoàn viên của phường"): the slip is the evidence
 * that one count is meant, once the names cannot tell two groups apart. The same counted noun and role, neither a share's
 * whole, nor a remainder, a new or a part on one side only; the words the longer name adds neither shift the category ("hộ
 * nghèo" / "hộ cận nghèo"), deny ("chưa", "không") nor leave a rest ("còn"); two actions before them share a word. A bare
 * noun with nothing of its own ("1.256 lao động") only for a number of four digits or more, where a chance swap is rare.
 * Counts only: an amount's name is its purpose ("hỗ trợ mua bò giống với số tiền 72,0 triệu đồng"), too loose to tie two.
 */
function refinedSlip(a: Side, b: Side, small: string[], large: string[], pa: string | null, pb: string | null): boolean {
  const [x, y] = [a.q, b.q];
  if (x.kind !== 'count' || y.kind !== 'count' || a.whole || b.whole || x.role !== y.role || a.unit === null || b.unit === null || a.value === null || b.value === null) return false;
  const person = (u: string) => (PERSON_NOUNS as readonly string[]).includes(u);
  if (a.unit !== b.unit && !(person(a.unit) || person(b.unit) || unitsAlike(a.unit, b.unit))) return false;
  if (!adjacentSwap(String(a.value), String(b.value))) return false;
  const flags = (q: Quantity) => q.scope.split('|').filter((t) => SLIP_APART_SCOPES.has(t)).sort().join('|');
  if (flags(x) !== flags(y)) return false;
  const core = (ts: string[]) => ts.filter((t) => !NEUTRAL_TOKENS.has(t));
  const [s, l] = [core(small), core(large)];
  if (s.length === 0 ? !unitsAlike(a.unit, b.unit) || Math.min(a.value, b.value) < 1000 : tokenContainment(s, l) < 1) return false;
  const added = l.filter((t) => !s.includes(t));
  if (shiftedApart(added)) return false;
  if (pa !== null && pb !== null) {
    const wa = new Set(labelTokens(pa));
    if (!labelTokens(pb).some((t) => wa.has(t))) return false;
  }
  return true;
}
const SLIP_APART_SCOPES = new Set(['rest', 'new', 'part', 'plan', 'target']);
// Words of a time a count was made in ("từ đầu năm", "đến cuối kỳ"): no part of what it counts.
const TIME_TOKENS = new Set([...START_END_WORDS, ...TIME_PHRASE_LEADS].flatMap((w) => w.split(' ')));
const SLIP_APART_WORDS = new Set([...CATEGORY_SHIFTERS, ...NEGATION_WORDS, ...STILL_LEFT_WORDS].flatMap((w) => w.split(' ')));
const DOUBT_WORDS = DOUBT_SHIFTERS.map((w) => w.split(' '));
// Words a longer name adds that make another category, deny, leave a rest, or doubt ("nguy cơ" as a phrase, not "cơ" of "cơ sở"),
// or tell one sex of the people counted ("học viên nữ 1.104 người" beside "1.140 học viên" of another group): a subgroup.
const shiftedApart = (added: readonly string[]) => added.some((t) => SLIP_APART_WORDS.has(t) || SEXES.has(t)) || DOUBT_WORDS.some((ws) => ws.every((w) => added.includes(w)));
const SEXES = new Set<string>(SEX_WORDS);

// "thực hiện 412 hồ sơ, trong đó chứng thực … 421 hồ sơ" beside "chứng thực 412 hồ sơ": the part is held against a
// restatement of its own whole, which is part-exceeds-whole's to judge.
function ownWhole(context: RuleContext, a: Quantity, b: Quantity): boolean {
  const wholes = wholesOf(context);
  return wholes.get(a.figure.index)?.includes(b.figure.value) === true || wholes.get(b.figure.index)?.includes(a.figure.value) === true;
}

// Per figure, the values of the wholes its reading is a part of (its claims' wholes, the paragraph's first count it falls
// under), read once per document rather than once per pair held against each other.
function wholesOf(context: RuleContext): Map<number, number[]> {
  let out = WHOLES.get(context.readings);
  if (!out) {
    out = new Map();
    for (const q of context.readings) {
      const within = q.scope.split('|').filter((t) => t.startsWith('within:')).map((t) => Number(t.slice(7)));
      const wholes = [...q.related.filter((r) => r.relation === 'part-of').flatMap((r) => amounts(context.figures[r.figure])), ...within];
      if (wholes.length > 0) out.set(q.figure.index, wholes);
    }
    WHOLES.set(context.readings, out);
  }
  return out;
}
const WHOLES = new WeakMap<RuleContext['readings'], Map<number, number[]>>();
// The amounts a whole states: a fraction whole ("256/256 trẻ, trong đó …", Claim.bound) two, its numerator and denominator
// (its value is a ratio); any other its value.
const amounts = (f: Figure) => (f.kind === 'fraction' && f.numerator !== null && f.denominator !== null ? [f.numerator, f.denominator] : [f.value]);

// Per whole figure, the values its parts are stated at: the parts of its claims, and the figures of its paragraph read as
// falling under it (a "within:" count, a breakdown's "of=" member). Read once per document.
function partValues(context: RuleContext): Map<number, Set<number>> {
  let out = PARTS.get(context.readings);
  if (!out) {
    const parts = new Map<number, Set<number>>();
    const add = (whole: number, value: number) => parts.set(whole, (parts.get(whole) ?? new Set<number>()).add(value));
    for (const q of context.readings) {
      for (const r of q.related) if (r.relation === 'part-of') add(r.figure, q.figure.value);
      const values = [
        ...q.scope.split('|').filter((t) => t.startsWith('within:')).map((t) => Number(t.slice(7))),
        ...(q.branches ?? []).filter((k) => k.startsWith('of=')).map((k) => Number(k.slice(3))),
      ];
      for (const v of values) {
        // The whole: the nearest figure of the same paragraph before the part stated at that value.
        for (let k = q.figure.index - 1; k >= 0 && context.figures[k].block === q.figure.block; k--) {
          const g = context.figures[k];
          if (g.value === v || (g.kind === 'fraction' && g.numerator === v)) {
            add(k, q.figure.value);
            break;
          }
        }
      }
    }
    out = parts;
    PARTS.set(context.readings, out);
  }
  return out;
}
const PARTS = new WeakMap<RuleContext['readings'], Map<number, Set<number>>>();

const unitTokens = (q: Quantity) => new Set((q.unit ?? '').split(' ').filter((t) => t !== ''));

/**
 * As for any two readings of one quantity, plus: one part–whole claim, or a part beside its whole, are two things.
 * `nested`: two subjects one of which says less of the other ("Trong năm đã mở …" / "Năm 2025, Trung tâm … phối hợp các
 * xã mở …", subjectsNested) part no sides: a digit swap between them is one count mistyped, not another actor's.
 */
function comparableSides(context: RuleContext, a: Quantity, b: Quantity, nested = false): boolean {
  const apart = distinctReadings(a, b) && !(nested && subjectsNested(a, b) && !distinctReadings(a, b, 'subject'));
  if (a.figure.block === b.figure.block || sameTable(context, a.figure, b.figure) || apart) return false;
  if (a.related.some((r) => r.figure === b.figure.index) || b.related.some((r) => r.figure === a.figure.index)) return false;
  const claimsOf = claimsByFigure(context.claims);
  const [ca, cb] = [claimsOf.get(a.figure.index), claimsOf.get(b.figure.index)];
  return !(ca && cb && ca.some((c) => cb.includes(c)));
}

// Exact names in a Map; then names that refine one another, compared only within a bucket of the same kind, scope and first word.
function groupQuantities(quantities: Quantity[], apart: NamesApart): Quantity[][] {
  const exact = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const key = [q.kind, q.scope, [...q.tokens].sort().join(' ')].join('#');
    const group = exact.get(key);
    if (group) group.push(q);
    else exact.set(key, [q]);
  }
  const buckets = new Map<string, Quantity[][]>();
  for (const group of exact.values()) {
    const q = group[0];
    const key = [q.kind, q.scope, q.tokens[0]].join('#');
    const bucket = buckets.get(key) ?? [];
    // A name that joins two things ("trường tiểu học, trung học cơ sở") counts their union: it refines neither.
    const plain = (g: Quantity[]) => !namesUnion(g[0].name) && !g[0].loose;
    const near = namesUnion(q.name) || q.loose ? undefined : bucket.find((g) => plain(g) && refines(g[0], q, apart));
    if (near) near.push(...group);
    else bucket.push(group);
    buckets.set(key, bucket);
  }
  return [...buckets.values()].flat();
}


// Two names of one quantity: the same words, or one refining the other.
function sameName(a: Quantity, b: Quantity, apart: NamesApart): boolean {
  return nameKey(a) === nameKey(b) || refines(a, b, apart);
}
const nameKey = (q: Quantity) => [...new Set(q.tokens)].sort().join(' ');
// A name as siblingNames holds it: without the words that only frame it ("trong đó" before a breakdown's first part).
const siblingKey = (q: Quantity) => [...new Set(q.tokens.filter((t) => !FRAME_TOKENS.has(t)))].sort().join(' ');

/** True when two names were told apart by the document itself. */
type NamesApart = (a: Quantity, b: Quantity) => boolean;
/**
 * "trong đó trẻ em có hoàn cảnh đặc biệt 41 em, trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt 87 em": two names the document
 * states side by side as parts of one whole are two quantities, though one's words hold the other's; elsewhere ("Trẻ em có
 * hoàn cảnh đặc biệt 41 em, gồm: …" / "Trẻ em có nguy cơ … 87 em, chia ra: …") they are never one refining the other. Per
 * name (its frame words aside), the breakdown claims it is a part of; two different names sharing one are apart (the smaller set walked).
 * So are two different names of items of one bullet list (src/extract/quantities.ts `list`).
 */
function siblingNames(context: RuleContext): NamesApart {
  const claimsOf = new Map<string, Set<number>>();
  const byFigure = new Map<number, Quantity>();
  for (const q of context.readings) byFigure.set(q.figure.index, q);
  context.claims.forEach((c, k) => {
    if ((c.relation !== 'subset' && c.relation !== 'exhaustive') || c.parts.length < 2) return;
    const keys = new Set(c.parts.map((p) => byFigure.get(p)).filter((q): q is Quantity => q !== undefined && q.named).map(siblingKey));
    if (keys.size < 2) return;
    for (const key of keys) claimsOf.set(key, (claimsOf.get(key) ?? new Set<number>()).add(k));
  });
  return (a, b) => {
    // Items of one bullet list under one lead-in ("Kết quả xếp loại như sau:" then "- Hoàn thành xuất sắc nhiệm vụ: …", "-
    // Hoàn thành nhiệm vụ: …") are that list's categories, however their names hold one another's words.
    const oneList = a.list !== undefined && a.list === b.list;
    if (!oneList && claimsOf.size === 0) return false;
    const [ka, kb] = [siblingKey(a), siblingKey(b)];
    if (ka === kb) return false;
    if (oneList) return true;
    const [ca, cb] = [claimsOf.get(ka), claimsOf.get(kb)];
    if (!ca || !cb) return false;
    const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
    for (const k of small) if (large.has(k)) return true;
    return false;
  };
}

// A refinement adds words that narrow the shorter name ("máy tính" → "máy tính kết nối internet"), keeping its words in
// their order (src/extract/similarity.ts tokensInOrder: "chương trình lớp học" does not refine "… tiểu học vào lớp 6"); a word that turns it
// into a neighbouring category ("hộ nghèo" / "hộ cận nghèo", "hộ tái nghèo", "lao động phi nông nghiệp") makes another thing.
function refines(a: Quantity, b: Quantity, apart: NamesApart): boolean {
  if (Math.min(a.tokens.length, b.tokens.length) < 3 || tokenContainment(a.tokens, b.tokens) !== 1 || !tokensInOrder(labelTokens(a.name), labelTokens(b.name)) || apart(a, b)) return false;
  const [small, large] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  // "tổng kinh phí hỗ trợ" beside "kinh phí hỗ trợ sử dụng dịch vụ thủy lợi": a budget line's words recur in every amount of
  // its kind; a run of three words or more added to an amount's name (what it pays for) names another line, not the same one
  // refined. Words added here and there ("thu ngân sách nhà nước … ước") only say the same line more fully.
  if (small.kind === 'money' && large.kind === 'money' && addedRun(small.tokens, large.tokens) >= MONEY_REFINE_MAX) return false;
  return !(CATEGORY_SHIFT.test(large.name) && !CATEGORY_SHIFT.test(small.name)) && !addsGrade(small, large) && !ranksApart(small, large) && !levelsApart(small.tokens, large.tokens);
}
const MONEY_REFINE_MAX = 3;

// The longest run of the larger name's tokens, one after another, that the smaller name lacks (numbers aside).
function addedRun(small: readonly string[], large: readonly string[]): number {
  let [run, best] = [0, 0];
  for (const t of large) {
    if (hasDigit(t)) continue;
    run = small.includes(t) ? 0 : run + 1;
    best = Math.max(best, run);
  }
  return best;
}

// "hoàn thành nhiệm vụ" beside "hoàn thành xuất sắc nhiệm vụ", "học sinh" beside "học sinh giỏi": a grade the larger name
// adds names that grade's category, another quantity than the name without it.
function addsGrade(small: Quantity, large: Quantity): boolean {
  const own = gradesOf(small.name);
  return [...gradesOf(large.name)].some((g) => !own.has(g));
}
const sameGrades = (a: string, b: string) => {
  const [x, y] = [gradesOf(a), gradesOf(b)];
  return x.size === y.size && [...x].every((g) => y.has(g));
};
const gradesOf = (name: string) => new Set([...name.replace(GRADE_LOOKALIKE, ' ').matchAll(GRADE)].map((m) => m[0].toLowerCase()));
const GRADE = wordsRe(GRADE_WORDS, 'giu');
const GRADE_LOOKALIKE = wordsRe(GRADE_LOOKALIKES, 'giu');

// "tỷ lệ gia đình văn hóa cao nhất xã" (one village's, the top) beside "tỷ lệ gia đình văn hóa" (the whole commune's): a
// superlative on one side only, or two different ones, name the top or bottom unit, another quantity than the whole.
function ranksApart(a: Quantity, b: Quantity): boolean {
  const rank = (q: Quantity) => [...q.name.matchAll(SUPERLATIVE)].map((m) => m[0]).join(' ');
  return rank(a) !== rank(b);
}
const SUPERLATIVE = wordsRe(SUPERLATIVE_WORDS, 'giu');

// "trẻ em có nguy cơ suy dinh dưỡng", "ca nghi mắc …": those at risk or suspected are no subgroup of those who are.
const CATEGORY_SHIFT = wordsRe([...CATEGORY_SHIFTERS, ...DOUBT_SHIFTERS]);
const POSSESSION = wordsRe(POSSESSION_WORDS);
const TOTAL_NAME = wordsRe(TOTAL_WORDS);

const stated = (q: Quantity) => (q.per ? `${q.figure.raw}/${q.per}` : q.figure.raw);

// What sameValue compares of a count, amount or fraction, as one key.
function valueKey(q: Quantity): string {
  return q.kind === 'fraction' ? `f${q.figure.numerator}/${q.figure.denominator}` : `v${q.figure.value}|${q.per}`;
}

function sameValue(a: Quantity, b: Quantity): boolean {
  const x = a.figure;
  const y = b.figure;
  if (a.kind === 'fraction') return x.numerator === y.numerator && x.denominator === y.denominator;
  if (a.kind === 'percent') {
    const d = Math.min(x.decimals, y.decimals);
    return agreesAt(x.decimals > y.decimals ? x.value : y.value, x.decimals > y.decimals ? y.value : x.value, d);
  }
  return x.value === y.value && a.per === b.per;
}

function reportConflicts(context: RuleContext, group: Quantity[], reported: Set<number>, apart: NamesApart): void {
  if (group.length < 2) return;
  const classes: Quantity[][] = [];
  // Counts, amounts and fractions are equal or not: their classes are found by value. Percents agree at the fewer
  // decimals of the two, which is no equivalence: each is held against every class before it.
  const byValue = new Map<string, Quantity[]>();
  const keyed = group.every((q) => q.kind === group[0].kind && q.kind !== 'percent');
  for (const q of group) {
    const key = keyed ? valueKey(q) : null;
    const c = key !== null ? byValue.get(key) : classes.find((k) => sameValue(k[0], q));
    if (c) c.push(q);
    else {
      classes.push([q]);
      if (key !== null) byValue.set(key, classes[classes.length - 1]);
    }
  }
  if (classes.length < 2) return;
  const summed = sumsOf(context);
  classes.sort((a, b) => b.length - a.length || a[0].figure.index - b[0].figure.index);
  const [main, ...others] = classes;
  for (let k = 0; k < others.length; k++) {
    const other = others[k];
    const q = other[0];
    if (reported.has(q.figure.index)) continue;
    // A group gathers every name refining its first one ("vụ khiếu nại" → "… đúng", "… sai"): the pair itself must be one name
    // or one refining the other. The most stated value first; when none of its figures is the same quantity ("nạo vét
    // 162,4 km kênh" twice against "kiên cố hóa 27,6 km kênh"), a value stated less often, earlier in the order, may be, but
    // only one stated with the same verb before it ("kiên cố hóa 27,6" against "kiên cố hóa 26,7"): a figure with no verb
    // read is no more the one than the most stated value.
    const find = (c: Quantity[], same: (m: Quantity) => boolean) => c.find((m) => same(m) && sameName(m, q, apart) && comparable(context, m, q));
    let ref = find(main, () => true);
    let refClass = main;
    // A family of a few values only (MAX_SUMMED), so the pass stays linear.
    for (let j = 0; ref === undefined && classes.length <= MAX_SUMMED && j < k; j++) if ((ref = find(others[j], (m) => sameAction(m, q, verbCore(m.pre), verbCore(q.pre)))) !== undefined) refClass = others[j];
    if (!ref || (q.unit !== ref.unit && q.unit !== null && ref.unit !== null) || unitsApart(context, q, ref) || plausibleSubset(q, ref) || narrowedApart(q, ref) || subjectShare(q, ref)) continue;
    if (summed.get(q.figure.index)?.has(ref.figure.value) === true) continue;
    // "tỷ lệ lao động qua đào tạo đạt 72,5%, …; trong đó … có bằng cấp, chứng chỉ đạt 31,2%" beside the row "Tỷ lệ lao động qua
    // đào tạo | 72,5": the value held against this figure is stated under its name in its own paragraph too, so the paragraph
    // tells the two apart (a subgroup's share beside the whole's); neither restates the other.
    if (refClass.some((m) => m.figure.block === q.figure.block && sameName(m, q, apart))) continue;
    const identical = q.name === ref.name && q.unit === ref.unit;
    reported.add(q.figure.index).add(ref.figure.index);
    context.report({
      messageId: 'repeatedValueConflict',
      data: { name: ref.name, value: stated(q), other: stated(ref) },
      places: [{ figure: q.figure }, { figure: ref.figure }],
      severity: identical ? 'error' : 'warning',
      suggestion: refClass.length > other.length ? `${q.figure.raw} → ${ref.figure.raw}` : null,
    });
  }
}

/**
 * "12 xã đạt tỷ lệ suy dinh dưỡng … dưới 14%" and "Còn 04 xã có tỷ lệ … trên 18%": a bound stated as a fact is a condition
 * that picks the members on one side of it, never the quantity's value, so two such bounds are two conditions, not one value
 * stated twice. A goal's bound ("phấn đấu … dưới 15%") is the goal itself: restated at another limit, it conflicts.
 */
const factBound = (q: Quantity) => {
  const tags = q.scope.split('|');
  return tags.includes('bound') && !tags.some((t) => GOAL_TAGS.has(t));
};
const GOAL_TAGS = new Set(['target', 'plan', 'ahead']);

/**
 * "Tổ công tác của huyện tuần tra 142 lượt tuyến đường", "công an các xã tuần tra 386 lượt …", "Cả huyện đã tuần tra 528
 * lượt …": a value of a name that is the sum of two or three other values of that name is their total, and they its parts
 * (whoever counted them, whatever scope each was read in), not one quantity stated three ways. Per figure, the other values
 * of its name it adds up with (as total or part); names are families of one kind and the same words, of at most MAX_SUMMED
 * distinct values (a longer family is not searched). Read once per document.
 */
function sumsOf(context: RuleContext): Map<number, Set<number>> {
  let out = SUMS.get(context.readings);
  if (out) return out;
  out = new Map();
  const families = new Map<string, Quantity[]>();
  for (const q of context.readings) {
    if (!q.named || (q.kind !== 'count' && q.kind !== 'money') || q.per != null || !(q.figure.value > 0)) continue;
    const key = [q.kind, q.unit, [...q.tokens].sort().join(' ')].join('#');
    const list = families.get(key);
    if (list) list.push(q);
    else families.set(key, [q]);
  }
  for (const family of families.values()) {
    const byValue = new Map<number, Quantity[]>();
    for (const q of family) byValue.set(wholeAmount(q.figure.value), [...(byValue.get(wholeAmount(q.figure.value)) ?? []), q]);
    const values = [...byValue.keys()];
    if (values.length < 3 || values.length > MAX_SUMMED) continue;
    const tie = (total: number, parts: number[]) => {
      const all = [total, ...parts];
      for (const v of all) for (const q of byValue.get(v)!) {
        const set = out!.get(q.figure.index) ?? new Set<number>();
        for (const w of all) if (w !== v) set.add(w);
        out!.set(q.figure.index, set);
      }
    };
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        const [a, b] = [values[i], values[j]];
        if (byValue.has(wholeAmount(a + b))) tie(wholeAmount(a + b), [a, b]);
        for (let k = j + 1; k < values.length; k++) if (byValue.has(wholeAmount(a + b + values[k]))) tie(wholeAmount(a + b + values[k]), [a, b, values[k]]);
      }
    }
  }
  SUMS.set(context.readings, out);
  return out;
}
const SUMS = new WeakMap<RuleContext['readings'], Map<number, Set<number>>>();
const MAX_SUMMED = 8;

// A name that refines another ("máy tính kết nối internet bằng ADSL") may count a subset: only a larger value contradicts.
// Words that only say an action goes on ("duy trì tiếp công dân") refine nothing: the two names are one.
// Between two sentences, nor do the words of a total ("tổng số") and those of the verb the general side was stated with:
// "Trạm đang quản lý 48 người bệnh COPD" and "Tổng số người bệnh COPD đang được Trạm quản lý là 45 người" name one
// quantity (a table row restating a sentence is read against it in the appendix pass).
function plausibleSubset(a: Quantity, b: Quantity): boolean {
  if (a.tokens.length === b.tokens.length) return false;
  const [general, refined] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  const verb = new Set(general.verb && general.figure.cell === null && refined.figure.cell === null ? labelTokens(general.verb) : []);
  const total = general.figure.cell === null && refined.figure.cell === null;
  if (refined.tokens.every((t) => general.tokens.includes(t) || NEUTRAL_TOKENS.has(t) || (total && TOTAL_TOKENS.has(t)) || verb.has(t))) return false;
  return refined.figure.value < general.figure.value;
}
const NEUTRAL_TOKENS = new Set([...ASPECT_WORDS, ...CONTINUATION_WORDS].flatMap((w) => w.split(' ')));
const TOTAL_TOKENS = new Set(TOTAL_WORDS.flatMap((w) => labelTokens(w)));

// A general name narrowed otherwise than by the words that refine it counts another subgroup of its noun: by a verb before
// it, against a name refined by what its members have ("kiểm tra 64 hộ kinh doanh" against "hộ kinh doanh có mã QR:
// 2.105": those inspected, those with a code), or as a member of another whole's breakdown ("07 chủ thể, gồm … 04 hộ sản
// xuất" against "245 hộ tham gia liên kết sản xuất"). Equal names are still compared.
function narrowedApart(a: Quantity, b: Quantity): boolean {
  if (a.tokens.length === b.tokens.length) return false;
  const [general, refined] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  const verb = verbCore(general.pre);
  if (verb !== null && verbCore(refined.pre) === null && POSSESSION.test(refined.name) && !verb.split(' ').every((w) => refined.tokens.includes(w))) return true;
  // "Mô hình nuôi gà … với 30 hộ tham gia" against "tổng số hộ tham gia mô hình: 340": the general name is narrowed by the
  // subject of its sentence (one model's households), the refined one by its own words, so they count two groups.
  if (ownSubject(general) && !ownSubject(refined)) return true;
  return breakdownMember(general) && !breakdownMember(refined);
}

// Equal names, one attached to its sentence's subject ("thu hút thêm 03 doanh nghiệp …, với tổng vốn đăng ký 145,6 tỷ đồng")
// and smaller than the other, stated on its own ("Tổng vốn đăng ký đạt 2.456,8 tỷ đồng"): that subject's share, not the whole.
function subjectShare(a: Quantity, b: Quantity): boolean {
  const [owned, free] = ownSubject(a) ? [a, b] : [b, a];
  return ownSubject(owned) && !ownSubject(free) && owned.figure.value < free.figure.value;
}
const ownSubject = (q: Quantity) => (q.branches ?? []).some((k) => k.startsWith('subject='));

// Two figures of one paragraph, or of one part–whole claim, are different quantities.
const TOTAL_OF = /(?:^|\|)total-of:/u;

/**
 * True when `written` is the cell's value with one slip of its digits (2.140 / 2.410, 74 / 47), read at the cell's own
 * decimals: "9.847,5 triệu đồng" beside a cell "9.874,5" is the digits 98475 / 98745, the decimal mark in one place.
 */
function digitSlip(stated: number, cell: Figure): boolean {
  // "2,135 tỷ đồng" read at a table's "triệu đồng" is 2134,9999999999998 in binary floating point: 2.135 as written.
  const written = Number(stated.toPrecision(12));
  if (cell.decimals === 0) return singleSlips(String(written)).includes(String(cell.value));
  const digits = (v: number) => v.toFixed(cell.decimals).replace('.', '');
  return written >= 0 && cell.value >= 0 && singleSlips(digits(written)).includes(digits(cell.value));
}

// Two counts a tenth apart at most (46 / 48, 34 / 36): one count misstated, not two counts (42 / 184).
const near = (a: number, b: number) => a > 0 && b > 0 && Math.abs(a - b) <= NEAR_SHARE * Math.max(a, b);
const NEAR_SHARE = 0.1;

// A sentence count and the total row cell it restates: two places, neither told apart by its branch nor by a shared claim.
function restatedTotal(context: RuleContext, a: Quantity, b: Quantity): boolean {
  if (a.figure.block === b.figure.block || sameTable(context, a.figure, b.figure) || distinctReadings(a, b)) return false;
  const claimsOf = claimsByFigure(context.claims);
  const [ca, cb] = [claimsOf.get(a.figure.index), claimsOf.get(b.figure.index)];
  return !(ca && cb && ca.some((c) => cb.includes(c))) && !memberOf(a, b) && !memberOf(b, a);
}

function comparable(context: RuleContext, a: Quantity, b: Quantity): boolean {
  if (a.figure.block === b.figure.block || sameTable(context, a.figure, b.figure) || distinctReadings(a, b)) return false;
  if (factBound(a) && factBound(b)) return false;
  if (siblingTopicApart(context, a, b) || siblingTopicApart(context, b, a)) return false;
  if (parallelApart(context, a, b) || parallelApart(context, b, a)) return false;
  // Two table cells under columns that measure different things ("Định mức" and "Tổng số phòng học", "Tỷ lệ đáp ứng" and
  // "Tỷ lệ kiên cố") are two quantities of rows that share a label.
  const [ma, mb] = [cellMeasure(context, a.figure), cellMeasure(context, b.figure)];
  if (ma && mb && ma.length > 0 && mb.length > 0 && tokenContainment(ma, mb) < 1) return false;
  // "Kế hoạch" and "% KH" beside "Diện tích", "Năng suất" and "Sản lượng" plan one of those measures, the header says not which:
  // such a cell is no quantity known to be stated anywhere else.
  if (measureUntold(context, a.figure) || measureUntold(context, b.figure)) return false;
  // "Thực hiện | 144" of a table of one measure beside "Sản lượng | 1 440" of a table of several: the first names none, and
  // the second is one of several the same row is measured by; nothing says the two are the same measure.
  if ((sideOnly(context, a.figure) && oneOfSeveral(context, b.figure)) || (sideOnly(context, b.figure) && oneOfSeveral(context, a.figure))) return false;
  // "06 hợp tác xã đang hoạt động" and "04 hợp tác xã đã mở gian hàng" count different groups.
  if (a.pred !== null && b.pred !== null && a.pred !== b.pred) return false;
  // "2.140 học sinh … được xếp loại học lực" and "856 học sinh … được xếp loại học lực giỏi": one verb, a grade after it on one
  // side only (or two grades), two categories.
  if (a.pred !== null && b.pred !== null && !sameGrades(a.predPhrase ?? a.pred, b.predPhrase ?? b.pred)) return false;
  // Only one narrowed by a verb ("14 sản phẩm đã được gắn mã" beside "16 sản phẩm"): a smaller value is those of the others that did it.
  const [narrow, other] = a.pred !== null ? [a, b] : [b, a];
  // Unless the other's name holds the verb's words ("hộ … đạt quy chuẩn" as a row label): the same subgroup, named there.
  const named = narrow.pred !== null && labelTokens(narrow.pred).every((t) => other.tokens.includes(t));
  // "Toàn huyện hiện có 312 doanh nghiệp đang hoạt động" and "Trong tổng số 321 doanh nghiệp trên địa bàn": units said to be
  // there and working, a stock the unit holds, are that stock, not some of it; against the unit's whole stock of the noun,
  // two neighbouring digits swapped make them one count mistyped.
  const standing = narrow.held === true && other.held === true && STANDING.test(narrow.pred ?? '') && adjacentSwap(String(narrow.figure.value), String(other.figure.value));
  if (narrow.pred !== null && other.pred === null && narrow.figure.value <= other.figure.value && !named && !standing) return false;
  // Two different verbs before the figures ("công bố 15 thủ tục" and "đơn giản hóa 12 thủ tục") count different groups. Not
  // two that only tell incidents as happened, recorded or found ("Trong kỳ phát hiện 12 ca …", "vẫn ghi nhận 15 ca …"): no
  // deed is done to them, so both count what the period had.
  const [pa, pb] = [verbCore(a.pre), verbCore(b.pre)];
  const bothHappened = a.happened === true && b.happened === true;
  if (pa !== null && pb !== null && pa !== pb && !pa.endsWith(pb) && !pb.endsWith(pa) && !bothHappened) return false;
  // "Trong kỳ xảy ra 03 vụ va chạm giao thông" and "Công an phường đã xác minh 11 vụ va chạm giao thông": incidents told as
  // happened (or recorded) and those an office's deed reached are two indicators, whichever is larger (a deed may reach
  // incidents of earlier periods, or only some of those that happened).
  if ((a.happened === true) !== (b.happened === true) && (a.happened === true ? pb : pa) !== null) return false;
  // A bare counted noun ("phun hóa chất cho 2 415 hộ gia đình" beside "14 860 hộ gia đình") narrowed by a verb on one side
  // only: the smaller value is those of the others the verb reached, as for a verb after the noun.
  const [acted, plain] = pa !== null ? [a, b] : [b, a];
  // A noun with only its kind's initials ("kiểm tra 12 tổ TK&VV" beside "có 27 tổ TK&VV") is as bare.
  const bare = (q: Quantity) => bareNoun(q.name) || initialedNoun(q);
  if ((bare(a) || bare(b)) && (pa === null) !== (pb === null) && acted.figure.value <= plain.figure.value) return false;
  // "Số hợp tác xã có lãi là 11/14 hợp tác xã" and "Có 08/14 hợp tác xã (57,1%) đã dùng hóa đơn điện tử": two shares of one
  // whole named by its bare noun only, no verb read on either side, say which whole they are of; the words before them say
  // which members they count, and a qualifier there on one side only ("có lãi") makes them two groups.
  if (sharesOfBareWhole(a, b) && bare(a) && bare(b) && pa === null && pb === null && a.pred === null && b.pred === null && !sameQualifier(a, b)) return false;
  // "tài trợ 320 triệu đồng cho 04 điểm trường mầm non" beside a table's "Mầm non | 62" điểm trường: a count of those a verb's
  // action reached (handed by "cho"), smaller than one not so narrowed, is some of them.
  const [servedSide, unserved] = a.served === true ? [a, b] : [b, a];
  if (servedSide.served === true && unserved.served !== true && servedSide.figure.value < unserved.figure.value) return false;
  // "đội lưu động khám cho 640 lượt người" beside "tổng số lượt người khám bệnh cả năm 9 120": a count narrowed by a verb its
  // other side's name lacks, smaller than one named as the total of its noun, is those the verb reached among them.
  // So is one smaller than a count stated as what there is, nothing said of it after its noun ("Trên địa bàn huyện có 312
  // cơ sở nhà trọ" beside "Đoàn kiểm tra đã kiểm tra 86 cơ sở nhà trọ"); not when the acted side is itself all there is
  // ("quy hoạch 29 chợ hiện có" against "có 27 chợ").
  const stockOf = plain.held === true && plain.pred === null && acted.held !== true;
  // So is one smaller than a whole its own breakdown splits ("Trong tổng số 386 thủ tục hành chính cấp huyện, có 264 …" beside
  // "bãi bỏ 21 thủ tục hành chính"), or one labelled as the total of its noun ("Tổng số thủ tục … hiện nay là 386"): the
  // action's count is some of the stock, never the stock itself.
  const wholeOf = acted.figure.cell === null && plain.figure.cell === null && (plain.related.some((r) => r.relation === 'total-of') || TOTAL_NAME.test(plain.figure.label ?? ''));
  if ((pa === null) !== (pb === null) && acted.figure.value < plain.figure.value && (TOTAL_NAME.test(plain.name) || stockOf || wholeOf)
    && !verbCore(acted.pre)!.split(' ').every((w) => plain.tokens.includes(w))) return false;
  // A member of a breakdown of a whole narrowed by a verb ("chi trả trợ cấp cho 450 đối tượng, gồm … 164 người khuyết tật",
  // a table splitting "số hóa 52 640 hồ sơ" stated just before it) is narrowed by that verb too.
  if (inheritsApart(context, a, b) || inheritsApart(context, b, a)) return false;
  // One narrowed by a verb after its noun, the other by a verb before it: "268 TTHC đã được cung cấp trực tuyến" and
  // "đơn giản hóa 12 TTHC" count what two different actions reached.
  const [after, before] = a.pred !== null && pa === null ? [verbCore(a.pred), pb] : b.pred !== null && pb === null ? [verbCore(b.pred), pa] : [null, null];
  if (after !== null && before !== null && !after.endsWith(before) && !before.endsWith(after)) return false;
  const claimsOf = claimsByFigure(context.claims);
  const [ca, cb] = [claimsOf.get(a.figure.index), claimsOf.get(b.figure.index)];
  if (ca && cb && ca.some((c) => cb.includes(c))) return false;
  // "Tổng sản lượng đạt 68.860 tấn (lúa 59.951 tấn, ngô 8.909 tấn)" beside "sản lượng lúa 59.951 tấn": a whole whose own
  // breakdown states the other side's value is held against one of its parts, not restated.
  if (partValues(context).get(a.figure.index)?.has(b.figure.value) || partValues(context).get(b.figure.index)?.has(a.figure.value)) return false;
  // "Trong số 1.425 người khuyết tật hưởng trợ cấp, có 486 người khuyết tật đặc biệt nặng" beside a table's "Người khuyết tật
  // nặng, đặc biệt nặng | 1.425": the other side restates the part's own whole, stated in the part's claim, so it is held
  // against its whole (part-exceeds-whole's to judge), not restated.
  if (ownWhole(context, a, b)) return false;
  // A member of a breakdown ("Mầm non | 22" under the total row "63", "gồm 22 trường …") held against the whole it splits,
  // stated elsewhere ("63 trường mầm non, tiểu học và …"): a part and its whole, never one quantity.
  if (memberOf(a, b) || memberOf(b, a)) return false;
  if (withinOtherWhole(context, a, b) || withinOtherWhole(context, b, a)) return false;
  // "tập trung ở 03 tổ dân phố: Tổ 4, Tổ 9 và Tổ 12" beside "15 tổ dân phố": a count that names its members, smaller than a
  // count that names none, is some of them.
  const [la, lb] = [listOf(context, ca), listOf(context, cb)];
  if ((la && !lb && a.figure.value < b.figure.value) || (lb && !la && b.figure.value < a.figure.value)) return false;
  return !otherMembers(context, ca, cb);
}

// The words of a figure's label besides its name's and link words ("số", "có", "là"), as a set.
const LABEL_LINKS = new Set(labelTokens([...COUNT_WORDS, ...STATE_LINK_WORDS, 'là'].join(' ')));
function sameQualifier(a: Quantity, b: Quantity): boolean {
  const own = (q: Quantity) => new Set(labelTokens(q.figure.label ?? '').filter((t) => !q.tokens.includes(t) && !LABEL_LINKS.has(t)));
  const [x, y] = [own(a), own(b)];
  return x.size === y.size && [...x].every((t) => y.has(t));
}

// Two fractions of one denominator with different numerators.
function sharesOfBareWhole(a: Quantity, b: Quantity): boolean {
  const [x, y] = [a.figure, b.figure];
  return x.kind === 'fraction' && y.kind === 'fraction' && x.denominator !== null && x.denominator === y.denominator && x.numerator !== y.numerator;
}

// True when `member` falls under a whole narrowed by a verb (see wholeVerbs) that `other` is not narrowed by: `other` names
// another verb, or none at all while it is a sentence's count larger than the member (the member is some of those).
function inheritsApart(context: RuleContext, member: Quantity, other: Quantity): boolean {
  if (verbCore(member.pre) !== null) return false;
  const verb = wholeVerbs(context).get(member.figure.index);
  if (verb === undefined) return false;
  const own = verbCore(other.pre) ?? wholeVerbs(context).get(other.figure.index) ?? null;
  if (own !== null) return own !== verb && !own.endsWith(verb) && !verb.endsWith(own);
  // A table cell is named by its row's label and its column's measure: a row whose words lack the whole's verb ("Công trình
  // thủy lợi nhỏ | 11" beside "nghiệm thu 58 công trình, trong đó 05 công trình thủy lợi nhỏ") counts more than those the verb
  // reached, so a smaller member is some of the row's.
  // A row that states the member's whole too ("… | 2.300 | 1.320" beside "tiếp nhận 2.300 hồ sơ, trong đó 1.250 …") restates the
  // breakdown itself, its other cell the member.
  const whole = (member.branches ?? []).filter((k) => k.startsWith('of=')).map((k) => Number(k.slice(3)))[0];
  const rowStatesWhole = other.figure.cell !== null && context.figures.some((g) => g.block === other.figure.block && g.value === whole);
  const unnamed = other.figure.cell === null || (!rowStatesWhole && !labelTokens(verb).every((t) => other.tokens.includes(t)));
  return unnamed && member.figure.value < other.figure.value && !oneSlip(member, other);
}

// Two whole values one slip of the digits apart (a swap, a digit dropped, added or retyped: 07 / 08, 1.245 / 1.254).
function oneSlip(a: Quantity, b: Quantity): boolean {
  const [x, y] = [a.figure.value, b.figure.value];
  return Number.isInteger(x) && Number.isInteger(y) && singleSlips(String(x)).includes(String(y));
}

/**
 * Per breakdown member (an "of=" branch) with no verb of its own, the verb before the whole it splits: the nearest figure of
 * its paragraph before it stated at the whole's value, or for a table's row the figure at its total stated in the three
 * blocks before the table (the sentence that introduces it). Read once per document.
 */
function wholeVerbs(context: RuleContext): Map<number, string> {
  let out = WHOLE_VERBS.get(context.readings);
  if (out) return out;
  out = new Map();
  const byFigure = new Map(context.readings.map((q) => [q.figure.index, q]));
  const firstBlock = new Map<RuleContext['tables'][number], number>();
  for (const t of context.tables) firstBlock.set(t, Math.min(...t.headerBlocks, ...t.rows.flatMap((r) => r.blocks)));
  const at = (f: Figure, v: number) => f.value === v || (f.kind === 'fraction' && f.numerator === v);
  for (const q of context.readings) {
    if (verbCore(q.pre) !== null) continue;
    const v = (q.branches ?? []).filter((k) => k.startsWith('of=')).map((k) => Number(k.slice(3)))[0];
    if (v === undefined) continue;
    let whole: Figure | undefined;
    if (q.figure.cell === null) {
      for (let k = q.figure.index - 1; k >= 0 && context.figures[k].block === q.figure.block && !whole; k--) if (at(context.figures[k], v)) whole = context.figures[k];
    } else {
      const t = tableOf(context, q.figure.block);
      const first = t === undefined ? undefined : firstBlock.get(t);
      for (let k = q.figure.index - 1; first !== undefined && k >= 0 && context.figures[k].block >= first - 3 && !whole; k--) {
        const g = context.figures[k];
        if (g.block < first && g.cell === null && at(g, v)) whole = g;
      }
    }
    const verb = whole === undefined ? null : verbCore(byFigure.get(whole.index)?.pre);
    if (verb !== null) out.set(q.figure.index, verb);
  }
  WHOLE_VERBS.set(context.readings, out);
  return out;
}
const WHOLE_VERBS = new WeakMap<RuleContext['readings'], Map<number, string>>();

/**
 * "Có 640 hộ đang vay vốn ưu đãi. Trong đó, hộ có người khuyết tật 85 hộ" beside "Toàn xã có 312 hộ có người khuyết tật": a
 * member of a breakdown (a claim's part, or a list member read under "gồm" at its whole's value) whose whole is of another
 * kind (its name's words not all among the member's) or is narrowed by a verb after its noun counts those of its kind within
 * that whole; a larger count of the kind stated as what there is (held, a sentence's), or a table row of the kind that does
 * not name that whole ("41 chủ thể OCOP, gồm … 04 tổ hợp tác" beside "Số tổ hợp tác | 215"), not one slip of the digits
 * away, is all of them, another quantity. A whole of the member's own kind ("Toàn xã có 1.250 hộ, trong đó hộ nghèo 45 hộ")
 * narrows nothing: its member is still compared.
 */
function withinOtherWhole(context: RuleContext, member: Quantity, other: Quantity): boolean {
  if (!(member.figure.value < other.figure.value) || oneSlip(member, other)) return false;
  if (other.figure.cell === null ? other.held !== true : member.figure.cell !== null) return false;
  // A whole read at the member's "of=" value may be named by a general noun only ("52 cơ sở, gồm …"): its noun still tells its kind.
  return breakdownWholes(context, member).some((whole) => whole.figure.cell === null && (whole.named || !claimedWhole(member, whole)) && whole.tokens.length > 0
    && (whole.pred !== null || !whole.tokens.every((t) => member.tokens.includes(t)))
    && (other.figure.cell === null || otherKindRow(context, whole, member, other)));
}

// A table row of the member's kind beside a whole of another kind: the whole's noun (its words less the verb before it, "tiếp
// nhận 2.300 hồ sơ" being hồ sơ still) has words the member's lacks, the row names none of them, and no cell of the row states
// the whole (a row "… | 2.300 | 1.320" restates the breakdown itself).
function otherKindRow(context: RuleContext, whole: Quantity, member: Quantity, other: Quantity): boolean {
  const acted = new Set(labelTokens(`${whole.pre ?? ''} ${whole.verb ?? ''}`));
  const noun = whole.tokens.filter((t) => !acted.has(t));
  return noun.some((t) => !member.tokens.includes(t)) && noun.some((t) => !other.tokens.includes(t))
    && !figuresIn(context, other.figure.block).some((g) => g.cell !== null && g.value === whole.figure.value);
}

const claimedWhole = (member: Quantity, whole: Quantity) => member.related.some((r) => r.relation === 'part-of' && r.figure === whole.figure.index);

// The wholes a member splits: its claim's whole ("part-of"), else the nearest figure of its paragraph before it stated at its
// "of=" value (a list member read under "gồm", "trong đó" with no claim of its own).
function breakdownWholes(context: RuleContext, member: Quantity): Quantity[] {
  const byFigure = readingsByFigure(context);
  const claimed = member.related.flatMap((r) => (r.relation === 'part-of' ? [byFigure.get(r.figure)] : [])).filter((q): q is Quantity => q !== undefined);
  if (claimed.length > 0 || member.figure.cell !== null) return claimed;
  const v = (member.branches ?? []).filter((k) => k.startsWith('of=')).map((k) => Number(k.slice(3)))[0];
  if (v === undefined) return [];
  const before = figuresIn(context, member.figure.block).filter((g) => g.index < member.figure.index && (g.value === v || (g.kind === 'fraction' && g.numerator === v)));
  const whole = before.length > 0 ? byFigure.get(before[before.length - 1].index) : undefined;
  return whole === undefined ? [] : [whole];
}
function readingsByFigure(context: RuleContext): Map<number, Quantity> {
  let out = READINGS_BY_FIGURE.get(context.readings);
  if (!out) READINGS_BY_FIGURE.set(context.readings, (out = new Map(context.readings.map((q) => [q.figure.index, q]))));
  return out;
}
const READINGS_BY_FIGURE = new WeakMap<RuleContext['readings'], Map<number, Quantity>>();

// True when `part` is read as a member of a breakdown of a whole stated at `whole`'s value (its "of=" branch).
function memberOf(part: Quantity, whole: Quantity): boolean {
  const v = whole.kind === 'fraction' ? whole.figure.numerator : whole.figure.value;
  return (part.branches ?? []).includes(`of=${v}`);
}

function listOf(context: RuleContext, cs: number[] | undefined): boolean {
  return (cs ?? []).some((k) => context.claims[k].relation === 'list' && context.claims[k].items.length > 0);
}

// Two rows of one table are two items ("Hỗ trợ giống lúa" and "Hỗ trợ khôi phục sản xuất", "Trong đó: nữ" under two groups).
/**
 * "b- Giải quyết tố cáo: Thuộc thẩm quyền 21 vụ" beside "Vụ khiếu nại thuộc thẩm quyền | 58": a figure under a heading
 * whose sibling opens with the same words and then names another item ("a- Giải quyết khiếu nại") is that heading's item,
 * so a figure under that sibling, or a name elsewhere that holds the sibling's item words and not its own ("khiếu nại",
 * not "tố cáo"), is the sibling's.
 */
function siblingTopicApart(context: RuleContext, a: Quantity, b: Quantity): boolean {
  const section = a.figure.section;
  if (section === null) return false;
  const words = new Set(b.tokens);
  const topics = topicsOf(context, section);
  if (topics.some(([own, other, sibling]) => within(context, b.figure.section, sibling) || (other.every((t) => words.has(t)) && !own.every((t) => words.has(t))))) return true;
  // "1.1.2. Chi xăng dầu, điện, nước: … kinh phí tiết kiệm 281,6 triệu đồng" beside "Tổng kinh phí tiết kiệm năm 2024 đạt
  // 2.148,6 triệu đồng" above the items: a figure outside the item's heading whose name holds none of the item's words
  // is not that item's (a whole over every item, or another's). The item may be named anywhere in the other's paragraph
  // ("đã tiếp 88 lượt công dân tại Trụ sở" beside "1.1. Tiếp công dân tại Trụ sở"): then the two may be one quantity.
  // Only a figure of the text of a section the item lies under (its lead, where a whole over the items is stated): a table
  // row or a figure of another section elsewhere ("Súng các loại thu hồi (khẩu) | 25" in a closing table) may restate it.
  if (topics.length === 0 || within(context, b.figure.section, section)) return false;
  if (b.figure.cell !== null || b.figure.section === null || !within(context, section, b.figure.section)) return false;
  const around = new Set(labelTokens(context.source.blocks[b.figure.block].text));
  return !topics.some(([own]) => own.some((t) => words.has(t) || around.has(t)));
}

/**
 * "a) Bếp ăn tập thể: thanh tra 14 lượt", "b) Chợ đầu mối: thanh tra 22 lượt", "c) Thức ăn đường phố: thanh tra 47 lượt": one
 * name stated under three or more sibling headings that each name another item (none a frame such as "Kết quả …", "Đánh giá chung")
 * is each heading's item, as siblingTopicApart reads titles that open alike, though these titles share no words. Such a
 * figure is held only against one under its own heading: a sibling's is another item, one elsewhere their whole or a part.
 */
function parallelApart(context: RuleContext, a: Quantity, b: Quantity): boolean {
  const section = a.figure.section;
  return section !== null && parallelSections(context).get(a.name)?.has(section) === true && !within(context, b.figure.section, section);
}

const STANDING = new RegExp(String.raw`^(?:(?:${alt(ASPECT_WORDS, STILL_LEFT_WORDS)})\s+)*(?:${alt(STANDING_STATE_VERBS)})$`, 'u');
const FRAME_TITLE = new RegExp(`^[\\s\\p{P}]*(?:${alt(FRAME_TITLE_OPENERS)})(?![\\p{L}])`, 'iu');

// Per name, the sections it is stated in whose siblings (same parent) state it too, under three distinct titles at least, none
// titled as a frame; read once per document.
function parallelSections(context: RuleContext): Map<string, Set<number>> {
  let out = PARALLEL.get(context.readings);
  if (out) return out;
  const byName = new Map<string, Map<number | null, Set<number>>>();
  for (const q of context.readings) {
    const s = q.figure.section;
    if (!q.named || s === null || FRAME_TITLE.test(context.sections[s].title)) continue;
    const parents = byName.get(q.name) ?? new Map<number | null, Set<number>>();
    byName.set(q.name, parents);
    const parent = context.sections[s].parent;
    parents.set(parent, (parents.get(parent) ?? new Set<number>()).add(s));
  }
  out = new Map();
  for (const [name, parents] of byName) {
    const sections = [...parents.values()].filter((set) => new Set([...set].map((k) => labelTokens(context.sections[k].title).join(' '))).size >= MIN_PARALLEL).flatMap((set) => [...set]);
    if (sections.length > 0) out.set(name, new Set(sections));
  }
  PARALLEL.set(context.readings, out);
  return out;
}
const PARALLEL = new WeakMap<RuleContext['readings'], Map<string, Set<number>>>();
// Two sibling headings may restate one quantity ("1. Tuyên truyền" / "2. Thông tin"); three distinct ones stating it are a list of items.
const MIN_PARALLEL = 3;

// True when `section` is `top` or lies under it.
function within(context: RuleContext, section: number | null, top: number): boolean {
  for (let s = section; s !== null; s = context.sections[s].parent) if (s === top) return true;
  return false;
}

// Per section, the pairs (its own item words, a sibling's item words) of sibling titles that open alike and then differ.
function topicsOf(context: RuleContext, section: number): Array<[string[], string[], number]> {
  let cache = TOPICS.get(context.sections);
  if (!cache) TOPICS.set(context.sections, (cache = new Map()));
  let out = cache.get(section);
  if (out) return out;
  out = [];
  const s = context.sections[section];
  const mine = labelTokens(s.title);
  // Siblings by parent, gathered once per document; a long run of siblings (a numbered list read as headings) names no
  // family of a few items, and comparing each with every other would grow with its square.
  let children = SIBLINGS.get(context.sections);
  if (!children) {
    children = new Map();
    for (const t of context.sections) {
      const list = children.get(t.parent);
      if (list) list.push(t.index);
      else children.set(t.parent, [t.index]);
    }
    SIBLINGS.set(context.sections, children);
  }
  const siblings = children.get(s.parent) ?? [];
  for (const t of siblings.length <= MAX_SIBLINGS ? siblings.map((k) => context.sections[k]) : []) {
    if (t.index === s.index) continue;
    const theirs = labelTokens(t.title);
    let k = 0;
    while (k < mine.length && k < theirs.length && mine[k] === theirs[k]) k++;
    const [own, other] = [mine.slice(k), theirs.slice(k)];
    // "Án hình sự" / "Án dân sự", "Vụ Đông Xuân 2025" / "Vụ Hè Thu 2025": words both titles close with tell nothing apart,
    // so only the words between must differ (the items kept whole, for a name to hold all of them).
    let e = 0;
    while (e < own.length && e < other.length && own[own.length - 1 - e] === other[other.length - 1 - e]) e++;
    const [mid, theirMid] = [own.slice(0, own.length - e), other.slice(0, other.length - e)];
    if (k > 0 && mid.length > 0 && theirMid.length > 0 && !theirMid.some((w) => mid.includes(w))) out.push([own, other, t.index]);
  }
  cache.set(section, out);
  return out;
}
const TOPICS = new WeakMap<RuleContext['sections'], Map<number, Array<[string[], string[], number]>>>();
const SIBLINGS = new WeakMap<RuleContext['sections'], Map<number | null, number[]>>();
const MAX_SIBLINGS = 12;

function sameTable(context: RuleContext, a: Quantity['figure'], b: Quantity['figure']): boolean {
  if (a.cell === null || b.cell === null) return false;
  const t = tableOf(context, a.block);
  return t !== undefined && t === tableOf(context, b.block);
}

// Two counts that each list their members ("03 tổ: Tổ 1, Tổ 5 và Tổ 8", "04 tổ: Tổ 2, Tổ 4 và Tổ 7") naming other members
// count two groups.
function otherMembers(context: RuleContext, ca: number[] | undefined, cb: number[] | undefined): boolean {
  const members = (cs: number[] | undefined) => {
    const list = (cs ?? []).map((k) => context.claims[k]).find((c) => c.relation === 'list' && c.items.length > 0);
    return list ? new Set(list.items.map((i) => labelTokens(i).join(' '))) : null;
  };
  const [ma, mb] = [members(ca), members(cb)];
  return ma !== null && mb !== null && (ma.size !== mb.size || [...ma].some((m) => !mb.has(m)));
}

// The measure of a table cell's column (see columnMeasure), null for a figure outside a table.
/**
 * A cell under a column that only says which side of a comparison it holds (plan, result, fulfilment, change: "Kế hoạch",
 * "% KH") in a table whose value columns name two measures or more ("Diện tích", "Năng suất", "Sản lượng"), none of them in
 * its own header: the cell is of one of those measures, which one the header does not tell.
 */
function measureUntold(context: RuleContext, f: Quantity['figure']): boolean {
  const told = measuresOf(context, f);
  if (told === null || !SIDE_MEASURES.has(told.column.measure)) return false;
  const own = columnMeasure(told.column.header);
  return told.distinct >= 2 && !told.named.some((m) => tokenContainment(m, own) === 1);
}
// A cell under a column of a comparison's side ("Thực hiện", "Kế hoạch") in a table whose columns name no measure.
function sideOnly(context: RuleContext, f: Quantity['figure']): boolean {
  const told = measuresOf(context, f);
  return told !== null && SIDE_MEASURES.has(told.column.measure) && told.distinct === 0;
}
// A cell under a column naming its measure ("Sản lượng") in a table whose columns name two measures or more.
function oneOfSeveral(context: RuleContext, f: Quantity['figure']): boolean {
  const told = measuresOf(context, f);
  return told !== null && NAMED_MEASURES.has(told.column.measure) && columnMeasure(told.column.header).length > 0 && told.distinct >= 2;
}
function measuresOf(context: RuleContext, f: Quantity['figure']) {
  if (f.cell === null) return null;
  const table = tableOf(context, f.block);
  const column = table?.columns[f.cell];
  if (!table || !column) return null;
  const named = table.columns.filter((c) => NAMED_MEASURES.has(c.measure)).map((c) => columnMeasure(c.header)).filter((m) => m.length > 0);
  return { column, named, distinct: new Set(named.map((m) => m.join(' '))).size };
}
const SIDE_MEASURES: ReadonlySet<string> = new Set(['plan', 'result', 'fulfilment', 'change']);
const NAMED_MEASURES: ReadonlySet<string> = new Set(['amount', 'count', 'money', 'rate', 'average']);

function cellMeasure(context: RuleContext, f: Quantity['figure']): string[] | null {
  if (f.cell === null) return null;
  const header = tableOf(context, f.block)?.columns[f.cell]?.header;
  return header === undefined ? null : columnMeasure(header);
}

/**
 * A cell with no unit of its own counts what its table's header names in brackets ("Tổng số (người)"): "09 tổ xung kích"
 * beside the row "Tổ xung kích … | 135" counts the teams, the cell their members. Apart when the header's unit (the one
 * unit the table's headers name) and the other figure's differ, unless both count people.
 */
const FRAME_TOKENS: ReadonlySet<string> = new Set(NAME_FRAME_TOKENS);

function unitsApart(context: RuleContext, a: Quantity, b: Quantity): boolean {
  const person = (u: string) => (PERSON_NOUNS as readonly string[]).includes(u);
  const apart = (cell: Quantity, other: Quantity) => {
    if (cell.kind !== 'count' || other.kind !== 'count' || cell.unit !== null || cell.figure.cell === null || other.unit === null) return false;
    const columns = tableOf(context, cell.figure.block)?.columns ?? [];
    const bracketed = (header: string) => [...header.matchAll(HEADER_UNIT)].map((m) => m[1].trim().toLowerCase());
    // The cell's own column first: its unit in brackets ("Kinh phí (đồng)": an amount), or the persons it counts ("Số lượt
    // người"), against a count of something else ("02 hội nghị").
    const ownHeader = columns[cell.figure.cell]?.header ?? '';
    const [own] = bracketed(ownHeader);
    if (own !== undefined) return own !== other.unit && !(person(own) && person(other.unit));
    // "Số người" beside a row "Thân nhân liệt sĩ …" counts the persons the row's label opens with: a count of "thân nhân" is one.
    if (columnMeasure(ownHeader).some(person)) return !person(other.unit) && !labelOpensWithUnit(cell, other);
    // Else the one unit the other headers name; an amount column's currency ("Nguyên giá (tỷ đồng)") says what its own cells
    // are worth, not what a count column counts.
    const units = new Set(columns.flatMap((c) => bracketed(c.header)).filter((u) => !CURRENCY.test(u)));
    const [unit] = units;
    return units.size === 1 && unit !== other.unit && !(person(unit) && person(other.unit));
  };
  return apart(a, b) || apart(b, a);
}
// The cell's row label opens with the other figure's counted noun, a noun of persons, all its words ("thân nhân" of "Thân nhân
// liệt sĩ …"); a row "Lớp tập huấn …" in a column of persons counts those who attended, never the "03 lớp" held.
function labelOpensWithUnit(cell: Quantity, other: Quantity): boolean {
  if (!PERSON_STANDING.has((other.figure.unit ?? '').toLowerCase())) return false;
  const unit = labelTokens(other.figure.unit ?? '');
  const label = labelTokens(cell.figure.label ?? '');
  return unit.length > 0 && unit.every((t, k) => label[k] === t);
}
const PERSON_STANDING = new Set<string>(PERSON_STANDING_NOUNS);
// A header's counted noun in brackets: "(người)", "(hộ)"; no amount or rate ("(tr.đ)", "(%)"): letters and spaces only.
const HEADER_UNIT = /\(\s*(\p{L}+(?: \p{L}+)?)\s*\)/gu;
const CURRENCY = wordsRe(CURRENCY_WORDS);

// The table a block is a row of, from a map built once per document.
function tableOf(context: RuleContext, block: number): RuleContext['tables'][number] | undefined {
  let byBlock = TABLE_BY_BLOCK.get(context.tables);
  if (!byBlock) {
    byBlock = new Map();
    for (const t of context.tables) for (const r of t.rows) for (const blk of r.blocks) byBlock.set(blk, t);
    TABLE_BY_BLOCK.set(context.tables, byBlock);
  }
  return byBlock.get(block);
}
const TABLE_BY_BLOCK = new WeakMap<RuleContext['tables'], Map<number, RuleContext['tables'][number]>>();

// The claims each figure is the whole or a part of, read once per document (not once per pair compared).
const CLAIMS_BY_FIGURE = new WeakMap<RuleContext['claims'], Map<number, number[]>>();
function claimsByFigure(claims: RuleContext['claims']): Map<number, number[]> {
  let out = CLAIMS_BY_FIGURE.get(claims);
  if (!out) {
    out = new Map();
    for (let k = 0; k < claims.length; k++) {
      for (const f of new Set([claims[k].whole, ...claims[k].parts])) {
        const list = out.get(f);
        if (list) list.push(k);
        else out.set(f, [k]);
      }
    }
    CLAIMS_BY_FIGURE.set(claims, out);
  }
  return out;
}

// A part larger than its whole: part-exceeds-whole's finding, not a second one here.
function excessParts(context: RuleContext): Set<number> {
  const out = new Set<number>();
  for (const c of context.claims) {
    if (c.relation === 'list' || c.relation === 'balance') continue;
    for (const p of c.parts) if (context.figures[p].value > context.figures[c.whole].value) out.add(p);
  }
  return out;
}
