/**
 * analyse: one document's whole reading — ingest → segment → extract → rules.
 * Every other pipeline starts here.
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

/** One input's outcome: its analysis, or why it could not be read. */
export type Outcome = { path: string; analysis: Analysis; error?: undefined } | { path: string; analysis?: undefined; error: FileError };

/** Analyse a Source already read. */
export function analyseSource(source: Source, rules: RuleOptions = {}): Analysis {
  const segmentation = segmentSections(source);
  const extraction = extractFigures(source, segmentation.blockSection);
  attachFigureConfidence(extraction.figures, source);
  const tabling = extractTables(source, extraction.numbers);
  const base = {
    source,
    meta: extractMeta(source),
    sections: segmentation.sections,
    blockSection: segmentation.blockSection,
    lists: segmentation.lists,
    ...extractSentences(source.blocks),
    dates: extractDates(source.blocks),
    figures: extraction.figures,
    numbers: extraction.numbers,
    tables: tabling.tables,
    claims: extractClaims(source, extraction.figures),
  };
  const withReadings = { ...base, readings: extractReadings(base) };
  const read = { ...withReadings, textReadings: extractTextReadings(withReadings) };
  const warnings = [...source.warnings, ...segmentation.warnings, ...extraction.warnings, ...tabling.warnings];
  const indicators = extractIndicators({ ...read, warnings });
  const checked = runRules({ ...read, indicators, warnings }, rules);
  return { ...read, indicators, findings: cautionOcr(checked.findings, source), warnings: [...warnings, ...checked.warnings] };
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
