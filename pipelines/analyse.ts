/**
 * analyse: one document's whole reading — ingest → segment → extract → rules.
 * Every other pipeline starts here, and the benches time it step by step through
 * analyseSource's step hook (ANALYSE_STEPS), so no bench repeats the composition.
 */
import type { Analysis, FileError, Source } from '../src/model/index.js';
import { ingestBytes, ingestFile, type IngestResult } from '../src/ingest/index.js';
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
import { runRules, type RuleOptions } from '../src/rules/run.js';
import { cautionOcr } from '../src/rules/ocr-caution.js';
import { attachFigureConfidence } from '../src/extract/ocr-confidence.js';
import { signBracketedFigures } from '../src/extract/table-signs.js';

/** One input's outcome: its analysis, or why it could not be read. */
export type Outcome = { path: string; analysis: Analysis; error?: undefined } | { path: string; analysis?: undefined; error: FileError };

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
} as const;
export type AnalyseStep = keyof typeof ANALYSE_STEPS;
export type AnalyseStage = (typeof ANALYSE_STEPS)[AnalyseStep];

/** Runs one step of analyseSource and returns its value; a bench passes one that measures it. */
export type StepRunner = <T>(step: AnalyseStep, run: () => T) => T;

const runPlainly: StepRunner = (_step, run) => run();

/** Analyse a Source already read; `step` runs each step (by default, just runs it). */
export function analyseSource(source: Source, rules: RuleOptions = {}, step: StepRunner = runPlainly): Analysis {
  const segmentation = step('segment', () => segmentSections(source));
  const extraction = step('figures', () => extractFigures(source, segmentation.blockSection));
  step('figureConfidence', () => attachFigureConfidence(extraction.figures, source));
  // A bracketed cell the table reads as a decrease ("(125)" under "Tăng (+), giảm (-)") gives its figure that sign.
  const tabling = step('tables', () => {
    const read = extractTables(source, extraction.numbers);
    signBracketedFigures(extraction.figures, read.tables, source);
    return read;
  });
  const meta = step('meta', () => extractMeta(source));
  const reading = step('sentences', () => ({ ...extractSentences(source.blocks), dates: extractDates(source.blocks) }));
  const claims = step('claims', () => extractClaims(source, extraction.figures, segmentation.sections, meta));
  const base = {
    source,
    meta,
    sections: segmentation.sections,
    blockSection: segmentation.blockSection,
    lists: segmentation.lists,
    markers: segmentation.markers,
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
export function analyseResult(path: string, result: IngestResult, rules: RuleOptions = {}): Outcome {
  if (!result.ok) return { path, error: result.error };
  try {
    return { path, analysis: analyseSource(result.source, rules) };
  } catch (e) {
    return { path, error: { code: 'INTERNAL', message: `Lỗi nội bộ khi phân tích: ${(e as Error).message}` } };
  }
}

/** Read and analyse a file from disk. */
export async function analyseFile(path: string, rules: RuleOptions = {}): Promise<Outcome> {
  return analyseResult(path, await ingestFile(path), rules);
}

/** Read and analyse bytes in memory (tests, examples). */
export async function analyseBytes(path: string, bytes: Uint8Array, rules: RuleOptions = {}): Promise<Outcome> {
  return analyseResult(path, await ingestBytes(path, bytes), rules);
}
