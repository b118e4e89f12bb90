/**
 * Pieces shared by the table and sentence readers of indicators: the draft
 * row they produce (before key matching and period), and small readers.
 */
import type { Analysis, Indicator, Span, TableCell } from '../model/index.js';
import { findUnit } from './labels.js';

/** An indicator before its key, score and period are decided. */
export type IndicatorDraft = Omit<Indicator, 'key' | 'matchScore' | 'periodStart' | 'periodEnd'> & {
  /** False for a breakdown of another row ("Máy in – Hư hỏng"): it never takes a catalogue key. */
  matchable: boolean;
};

/** What the indicator readers need of an analysis. */
export type IndicatorInput = Omit<Analysis, 'indicators' | 'findings'>;

/** The path of the section holding a block, keys joined by " > " (as the store writes section paths). */
export function sectionPathAt(a: Pick<IndicatorInput, 'sections' | 'blockSection'>, block: number): string {
  const s = a.blockSection[block];
  return s === null || s === undefined ? '' : a.sections[s].path.join(' > ');
}

/** A percent-like reading of a figure: a percent's number, a fraction's stated percent or its ratio × 100. */
export function percentOf(kind: string, value: number | null, numerator: number | null, denominator: number | null, stated: number | null): number | null {
  if (kind === 'percent') return value;
  if (kind !== 'fraction') return null;
  if (stated !== null) return stated;
  return numerator !== null && denominator ? round2((numerator / denominator) * 100) : null;
}

/** The amount a cell states: a count or amount as is, a rate as its percent; null for words or nothing. */
export function cellAmount(c: TableCell | undefined): number | null {
  if (!c) return null;
  if (c.kind === 'percent' || c.kind === 'fraction') return percentOf(c.kind, c.value, c.numerator, c.denominator, c.percent);
  return c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money' ? c.value : null;
}

/** True for a cell holding a rate. */
export const isRateCell = (c: TableCell | undefined): boolean => c?.kind === 'percent' || c?.kind === 'fraction';

export const round2 = (x: number): number => Math.round(x * 100) / 100;

const LABEL_HEAD = /^(?:tổng\s+)?số(?:\s+lượng)?\s+/iu;

/** The counted noun a label names after "Số"/"Tổng số (lượng)": "Số hộ dân được …" → "hộ dân". */
export function unitFromLabel(label: string): string | null {
  const m = LABEL_HEAD.exec(label.trim());
  if (!m) return null;
  return findUnit(label.trim(), m[0].length - 1)?.unit.toLowerCase() ?? null;
}

/** A draft with every measure empty. */
export function emptyDraft(name: string, block: number, span: Span, sectionPath: string): IndicatorDraft {
  return {
    name, value: null, unit: null, numerator: null, denominator: null, percent: null, target: null, cumulative: null,
    sectionPath, block, span, matchable: true,
  };
}
