import type { Analysis, Finding, Severity, Warning } from '../model/index.js';
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
  return { findings: dedupeFindings(findings), warnings };
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
    source: a.source, meta: a.meta, sections: a.sections, blockSection: a.blockSection, lists: a.lists, sentences: a.sentences, clauses: a.clauses,
    dates: a.dates, figures: a.figures, readings: a.readings, textReadings: a.textReadings, numbers: a.numbers, tables: a.tables, claims: a.claims,
    indicators: a.indicators, warnings: a.warnings, report,
  };
}
const EMPTY = [] as never[];
// Held for the life of the process (src/text/shapes.ts), so its map (the one every context has) is never collected.
keepShape(contextOf(
  { source: null!, meta: null!, sections: EMPTY, blockSection: EMPTY, lists: undefined, sentences: null!, clauses: null!, dates: EMPTY, figures: EMPTY, readings: EMPTY,
    textReadings: null!, numbers: undefined, tables: EMPTY, claims: EMPTY, indicators: EMPTY, warnings: EMPTY },
  () => {},
));
