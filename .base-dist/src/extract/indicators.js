import { readPeriod } from './meta.js';
import { matchIndicator } from './indicator-match.js';
import { readSentenceIndicators } from './indicator-sentences.js';
import { readTableIndicators } from './indicator-tables.js';
/** Every measured quantity of a document as an indicator row, in reading order. */
export function extractIndicators(analysis) {
    const drafts = [...readTableIndicators(analysis), ...readSentenceIndicators(analysis)];
    drafts.sort((x, y) => x.span.start - y.span.start);
    return drafts.map((d) => finish(d, periodAt(analysis, d.block)));
}
// Every field named, in the draft's order (emptyDraft) then the decided ones: an object rest and spread here (`{ matchable,
// ...d }`, `{ ...d, … }`) copied each draft through the runtime, a third of the stage, and more per row the more rows.
function finish(d, period) {
    const rate = d.unit === 'percent' ? true : d.unit !== null || d.value !== null ? false : null;
    const m = d.matchable ? matchIndicator(d.name, rate) : { key: null, score: null, def: null };
    const unit = d.unit ?? (m.def && m.def.unit !== 'percent' ? m.def.unit : null);
    return {
        name: d.name, value: d.value, unit, numerator: d.numerator, denominator: d.denominator, percent: d.percent, target: d.target,
        cumulative: d.cumulative, sectionPath: d.sectionPath, block: d.block, span: d.span,
        key: m.key, matchScore: m.score, periodStart: period?.start ?? null, periodEnd: period?.end ?? null,
    };
}
// The innermost section whose heading states an explicit range ("từ … đến …"), else the report's period.
function periodAt(a, block) {
    for (let s = a.blockSection[block] ?? null; s !== null; s = a.sections[s].parent) {
        const p = readPeriod(a.sections[s].title);
        if (p && /^từ\s/iu.test(p.label))
            return p;
    }
    return a.meta.period;
}
//# sourceMappingURL=indicators.js.map