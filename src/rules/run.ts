import type { Analysis, Figure, Finding, Severity, Span, Warning } from '../model/index.js';
import { toFinding, type Report, type Rule, type RuleContext } from './define.js';
import { RULES } from './index.js';
import { keepShape } from '../text/shapes.js';

/** Which rules run and at what severity ("off" disables a rule). */
export interface RuleOptions {
  /** Run only these rule ids (all when absent or empty). */
  only?: string[];
  /** Severity per rule id, overriding its default. */
  severity?: Record<string, Severity | 'off'>;
  /** The catalogue to draw from (the built-in one by default). */
  rules?: readonly Rule[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The severity of one finding. Without a user setting: what the rule reported, else its default.
 * With one, the user's level holds: every finding of the rule takes it, except one the rule itself
 * marked less sure than its default ("info" when only truncation explains it), which never rises.
 */
export function severityOf(rule: Rule, reported: Severity | undefined, user: Severity | undefined): Severity {
  if (user === undefined) return reported ?? rule.severity;
  if (reported !== undefined && RANK[reported] < RANK[rule.severity] && RANK[reported] < RANK[user]) return reported;
  return user;
}

/** Where a finding points first: its primary evidence's characters in the document. */
const placeOf = (f: Finding): string => `${f.evidence[0].span.start}:${f.evidence[0].span.end}`;

/**
 * One finding per primary place across rules: when two rules point first at the same characters, the
 * more severe finding stays (the earlier rule of the catalogue on a tie). A rule's own findings are
 * never merged here.
 */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  const drop = new Set<Finding>();
  for (const f of findings) {
    const other = kept.get(placeOf(f));
    if (!other) kept.set(placeOf(f), f);
    else if (other.rule === f.rule) continue;
    else if (RANK[f.severity] > RANK[other.severity]) {
      drop.add(other);
      kept.set(placeOf(f), f);
    } else drop.add(f);
  }
  return findings.filter((f) => !drop.has(f));
}

/** Run the rules over one document's analysis; a rule that throws becomes a warning, never a crash. */
export function runRules(analysis: Omit<Analysis, 'findings'>, options: RuleOptions = {}): { findings: Finding[]; warnings: Warning[] } {
  const findings: Finding[] = [];
  const warnings: Warning[] = [];
  for (const rule of options.rules ?? RULES) {
    if (options.only?.length && !options.only.includes(rule.id)) continue;
    const user = options.severity?.[rule.id];
    if (user === 'off') continue;
    const report = (r: Report) => findings.push(toFinding(rule, analysis, r, severityOf(rule, r.severity, user)));
    try {
      rule.check(contextOf(analysis, report));
    } catch (e) {
      warnings.push({ stage: `rule:${rule.id}`, message: (e as Error).message, span: null });
    }
  }
  return { findings: dedupeFindings(dropOnSlips(dropRestatedErrors(findings, analysis.figures), analysis.figures)), warnings };
}

/** The rule that reports a number with a doubled mark; it alone speaks of a figure read from one. */
const SLIP_RULE = 'garbled-number';

/**
 * "thu được 12,,6 triệu đồng": a figure read from a number with a doubled mark carries the mark said once (12,6), the
 * writer's likely meaning but no value an auditor can trust. garbled-number reports the slip; a finding of any other rule
 * pointing at such a figure (evidence starting on it: a sum, a percent, a repeated value judged by the guess) is dropped.
 * Evidence that only holds the figure inside a longer passage (a list item running on past it) rests on no value of it.
 */
export function dropOnSlips(findings: readonly Finding[], figures: readonly Figure[]): Finding[] {
  const slips = figures.filter((g) => g.slip === true).map((g) => g.span);
  if (slips.length === 0) return [...findings];
  return findings.filter((f) => f.rule === SLIP_RULE || !f.evidence.some((e) => slips.some((s) => e.span.start >= s.start && e.span.start < s.end)));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * One error told twice: a finding that computes the right value of its primary place (numbers "stated" and "actual" in
 * its data, as for a total row mis-added) and another rule's finding that holds that place against figures which all
 * state that right value ("phát hành 2.936 văn bản đi" beside a "Cộng" cell 2 963 whose rows add up to 2 936). The second
 * says nothing the first does not, and points first at a figure that is right: it is dropped. A finding holding the
 * place against another value (neither the stated nor the right one) is a second error and stays.
 */
export function dropRestatedErrors(findings: readonly Finding[], figures: readonly Figure[]): Finding[] {
  const computed = findings.filter((f) => typeof f.data.stated === 'number' && typeof f.data.actual === 'number' && f.data.stated !== f.data.actual);
  if (computed.length === 0) return [...findings];
  const figureAt = new Map<string, Figure>();
  for (const g of figures) figureAt.set(`${g.span.start}:${g.span.end}`, g);
  const restates = (f: Finding, c: Finding): boolean => {
    if (f.rule === c.rule || f.evidence.length < 2) return false;
    const wrong = c.evidence[0].span;
    const others = f.evidence.filter((e) => !overlaps(e.span, wrong));
    if (others.length === 0 || others.length === f.evidence.length) return false;
    const actual = c.data.actual as number;
    return others.every((e) => {
      const g = figureAt.get(`${e.span.start}:${e.span.end}`);
      return g !== undefined && g.kind !== 'fraction' && g.kind !== 'range' && Math.abs(g.value - actual) < 0.5 * 10 ** -g.decimals;
    });
  };
  return findings.filter((f) => !computed.some((c) => restates(f, c)));
}

/*
 * A rule's context, every field named in one fixed order, beside one context kept by the module: every document's
 * contexts then share one hidden class (V8 map) from the first document on (held in src/text/shapes.ts). Spread from the analysis (`{ ...analysis,
 * report }`), each document's contexts had a map of their own, which died with the document at the next full
 * collections and took with it the rules' code optimised on it (`--trace-deopt`: "weak objects", compiled again in
 * every `npm run stress` round at 1M characters). The same as in `src/ingest/build-source.ts`.
 */
function contextOf(a: Omit<Analysis, 'findings'>, report: (r: Report) => void): RuleContext {
  return {
    source: a.source, meta: a.meta, sections: a.sections, blockSection: a.blockSection, lists: a.lists, markers: a.markers, sentences: a.sentences, clauses: a.clauses,
    dates: a.dates, figures: a.figures, readings: a.readings, textReadings: a.textReadings, numbers: a.numbers, tables: a.tables, claims: a.claims,
    indicators: a.indicators, warnings: a.warnings, report,
  };
}
const EMPTY = [] as never[];
// Held for the life of the process (src/text/shapes.ts), so its map (the one every context has) is never collected.
keepShape(contextOf(
  { source: null!, meta: null!, sections: EMPTY, blockSection: EMPTY, lists: undefined, markers: undefined, sentences: null!, clauses: null!, dates: EMPTY, figures: EMPTY, readings: EMPTY,
    textReadings: null!, numbers: undefined, tables: EMPTY, claims: EMPTY, indicators: EMPTY, warnings: EMPTY },
  () => {},
));
