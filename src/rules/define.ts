/**
 * The rule API (ESLint / remark-lint shape): a rule declares its id, default
 * severity and message templates, and its `check` reports findings through the
 * context. Rules are pure: no IO.
 */
import type { Analysis, Evidence, Figure, Finding, Severity } from '../model/index.js';
import { subSpan } from '../model/index.js';

/** A place a finding points at: a figure, or characters [from, to) of a block (the whole block by default). */
export type Place = { figure: Figure } | { block: number; from?: number; to?: number };

/** What a rule passes to `report`. */
export interface Report {
  messageId: string;
  data: Record<string, string | number>;
  /** Primary place first; a conflict cites every place involved. */
  places: Place[];
  suggestion?: string | null;
  /** Overrides the rule's default severity for this one finding (e.g. "info" when only truncation explains it). */
  severity?: Severity;
}

/** What a rule's `check` receives. */
export interface RuleContext extends Readonly<Omit<Analysis, 'findings'>> {
  report(r: Report): void;
}

/** A rule module's default export. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One-line description (Vietnamese or English). */
  description: string;
  messages: Record<string, string>;
  check(context: RuleContext): void;
}

/** Identity function that types a rule module. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

const FORMATS = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }),
};

/**
 * Format a value for messages the way the document writes its numbers: Vietnamese (4.256; 73,7) unless the document is
 * written the English way (4,256; 73.7), so a message quotes numbers as the reader sees them in the report.
 */
export function formatValue(v: string | number, style: 'vi' | 'en' = 'vi'): string {
  return typeof v === 'number' ? FORMATS[style].format(v) : v;
}

/** Fill a template's `{key}` slots from data, numbers in the document's style. */
export function fillMessage(template: string, data: Record<string, string | number>, style: 'vi' | 'en' = 'vi'): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? formatValue(data[key], style) : m));
}

/** Turn a Place into Evidence. */
export function placeEvidence(analysis: Pick<Analysis, 'source'>, place: Place): Evidence {
  if ('figure' in place) {
    const block = analysis.source.blocks[place.figure.block];
    return { block: block.index, quote: place.figure.raw, offset: place.figure.span.start - block.span.start, span: place.figure.span };
  }
  const block = analysis.source.blocks[place.block];
  const from = place.from ?? 0;
  const to = place.to ?? block.text.length;
  return { block: block.index, quote: block.text.slice(from, to), offset: from, span: subSpan(block, from, to) };
}

/** Section path of a block ("II > 2"), or "" before the first heading. */
export function sectionPathOf(analysis: Pick<Analysis, 'sections' | 'blockSection'>, block: number): string {
  const s = analysis.blockSection[block];
  return s === null || s === undefined ? '' : analysis.sections[s].path.join(' > ');
}

/** Build a Finding from a rule's report, at the severity the runner decided (see run.ts severityOf). */
export function toFinding(rule: Rule, analysis: Omit<Analysis, 'findings'>, r: Report, severity: Severity): Finding {
  const template = rule.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId ${r.messageId}`);
  const evidence = r.places.map((p) => placeEvidence(analysis, p));
  const firstBlock = 'figure' in r.places[0] ? r.places[0].figure.block : r.places[0].block;
  return {
    rule: rule.id,
    severity,
    messageId: r.messageId,
    message: fillMessage(template, r.data, analysis.numbers?.style),
    data: r.data,
    section: sectionPathOf(analysis, firstBlock),
    evidence,
    suggestion: r.suggestion ?? null,
  };
}
