import type { Analysis, Finding, Severity, Warning } from '../model/index.js';
import { toFinding, type Report, type Rule } from './define.js';
import { RULES } from './index.js';

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
      rule.check({ ...analysis, report });
    } catch (e) {
      warnings.push({ stage: `rule:${rule.id}`, message: (e as Error).message, span: null });
    }
  }
  return { findings: dedupeFindings(findings), warnings };
}
