import { ingestBytes, ingestFile } from '../src/ingest/index.js';
import { segmentSections } from '../src/segment/index.js';
import { extractFigures } from '../src/extract/figures.js';
import { extractMeta } from '../src/extract/meta.js';
import { extractTables } from '../src/extract/tables.js';
import { extractClaims } from '../src/extract/claims.js';
import { extractIndicators } from '../src/extract/indicators.js';
import { extractSentences } from '../src/extract/sentences.js';
import { extractDates } from '../src/extract/dates.js';
import { extractReadings } from '../src/extract/quantities.js';
import { extractTextReadings } from '../src/extract/text-readings.js';
import { runRules } from '../src/rules/run.js';
import { cautionOcr } from '../src/rules/ocr-caution.js';
import { attachFigureConfidence } from '../src/extract/ocr-confidence.js';
/**
 * The steps of analyseSource, in the order it runs them, each with its stage (ingest comes before them,
 * store and report after). The benches time the pipeline through these names, so they measure the very
 * composition the CLI runs.
 */
export const ANALYSE_STEPS = {
    segment: 'segment',
    figures: 'extract',
    figureConfidence: 'extract',
    tables: 'extract',
    meta: 'extract',
    sentences: 'extract',
    claims: 'extract',
    readings: 'extract',
    textReadings: 'extract',
    indicators: 'extract',
    rules: 'rules',
    ocrCaution: 'rules',
};
const runPlainly = (_step, run) => run();
/** Analyse a Source already read; `step` runs each step (by default, just runs it). */
export function analyseSource(source, rules = {}, step = runPlainly) {
    const segmentation = step('segment', () => segmentSections(source));
    const extraction = step('figures', () => extractFigures(source, segmentation.blockSection));
    step('figureConfidence', () => attachFigureConfidence(extraction.figures, source));
    const tabling = step('tables', () => extractTables(source, extraction.numbers));
    const meta = step('meta', () => extractMeta(source));
    const reading = step('sentences', () => ({ ...extractSentences(source.blocks), dates: extractDates(source.blocks) }));
    const claims = step('claims', () => extractClaims(source, extraction.figures));
    const base = {
        source,
        meta,
        sections: segmentation.sections,
        blockSection: segmentation.blockSection,
        lists: segmentation.lists,
        ...reading,
        figures: extraction.figures,
        numbers: extraction.numbers,
        tables: tabling.tables,
        claims,
    };
    const withReadings = { ...base, readings: step('readings', () => extractReadings(base)) };
    const read = { ...withReadings, textReadings: step('textReadings', () => extractTextReadings(withReadings)) };
    const warnings = [...source.warnings, ...segmentation.warnings, ...extraction.warnings, ...tabling.warnings];
    const indicators = step('indicators', () => extractIndicators({ ...read, warnings }));
    const checked = step('rules', () => runRules({ ...read, indicators, warnings }, rules));
    const findings = step('ocrCaution', () => cautionOcr(checked.findings, source));
    return { ...read, indicators, findings, warnings: [...warnings, ...checked.warnings] };
}
/** Turn an ingest result into an outcome; an unexpected crash in a stage becomes a per-file error. */
export function analyseResult(path, result, rules = {}) {
    if (!result.ok)
        return { path, error: result.error };
    try {
        return { path, analysis: analyseSource(result.source, rules) };
    }
    catch (e) {
        return { path, error: { code: 'INTERNAL', message: `Lỗi nội bộ khi phân tích: ${e.message}` } };
    }
}
/** Read and analyse a file from disk. */
export async function analyseFile(path, rules = {}) {
    return analyseResult(path, await ingestFile(path), rules);
}
/** Read and analyse bytes in memory (tests, examples). */
export async function analyseBytes(path, bytes, rules = {}) {
    return analyseResult(path, await ingestBytes(path, bytes), rules);
}
//# sourceMappingURL=analyse.js.map