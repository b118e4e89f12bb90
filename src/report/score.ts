/**
 * Scoring an audit against gold annotations (see fixtures/gold/README.md).
 */
import type { DocumentOut } from '../model/index.js';

/** A gold file. */
export interface Gold {
  report: string;
  errors: Array<{ id?: string; rule: string; quotes: string[]; subtle?: boolean; note?: string }>;
  mustNotFlag: Array<{ quote: string; rules?: string[]; note?: string }>;
}

/** One document's score. */
export interface Score {
  source: string;
  form: string;
  error: string | null;
  /** Gold errors, each with whether a finding of its rule matched it. */
  errors: Array<{ id: string; rule: string; subtle: boolean; found: boolean }>;
  /** Error/warning findings: rule and whether they matched a gold error. */
  findings: Array<{ rule: string; severity: string; matched: boolean; message: string; text: string }>;
  mustNotFlagHits: Array<{ quote: string; rule: string; message: string }>;
}

/** Compare text ignoring case and all white space, so docx and pdf forms match the txt quotes. */
export function squash(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, '');
}

/** Score one audited document against its gold. */
export function scoreDocument(doc: DocumentOut, gold: Gold, form: string): Score {
  const findings = doc.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const texts = findings.map((f) => f.evidence.map((e) => squash(e.text)));
  const matches = (ruleOf: string, quotes: string[], i: number) =>
    findings[i].rule === ruleOf && quotes.some((q) => texts[i].some((t) => t.includes(squash(q))));
  const matched = new Set<number>();
  const errors = gold.errors.map((g, gi) => {
    let found = false;
    findings.forEach((_, i) => {
      if (matches(g.rule, g.quotes, i)) {
        found = true;
        matched.add(i);
      }
    });
    return { id: g.id ?? `${g.rule}#${gi}`, rule: g.rule, subtle: Boolean(g.subtle), found };
  });
  const mustNotFlagHits: Score['mustNotFlagHits'] = [];
  findings.forEach((f, i) => {
    if (matched.has(i)) return;
    for (const m of gold.mustNotFlag) {
      if (m.rules && !m.rules.includes(f.rule)) continue;
      if (texts[i][0].includes(squash(m.quote))) mustNotFlagHits.push({ quote: m.quote, rule: f.rule, message: f.message });
    }
  });
  return {
    source: doc.source,
    form,
    error: doc.error ? `${doc.error.code}: ${doc.error.message}` : null,
    errors,
    findings: findings.map((f, i) => ({ rule: f.rule, severity: f.severity, matched: matched.has(i), message: f.message, text: f.evidence[0].text.slice(0, 160) })),
    mustNotFlagHits,
  };
}

interface Tally { gold: number; found: number; subtleMissed: number; flagged: number; correct: number; mnf: number }

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** Per-rule and per-form tables, plus the list of misses and false alarms. */
export function summarise(scores: Score[]): { text: string; totals: Record<string, Tally> } {
  const byRule = new Map<string, Tally>();
  const byForm = new Map<string, Tally>();
  const tally = (m: Map<string, Tally>, k: string) => {
    if (!m.has(k)) m.set(k, { gold: 0, found: 0, subtleMissed: 0, flagged: 0, correct: 0, mnf: 0 });
    return m.get(k)!;
  };
  const lines: string[] = [];
  for (const s of scores) {
    for (const e of s.errors) {
      for (const t of [tally(byRule, e.rule), tally(byForm, s.form), tally(byRule, 'ALL')]) {
        t.gold += 1;
        if (e.found) t.found += 1;
        else if (e.subtle) t.subtleMissed += 1;
      }
      if (!e.found) lines.push(`  missed      ${s.source}: ${e.rule} ${e.id}${e.subtle ? ' (subtle)' : ''}`);
    }
    for (const f of s.findings) {
      for (const t of [tally(byRule, f.rule), tally(byForm, s.form), tally(byRule, 'ALL')]) {
        t.flagged += 1;
        if (f.matched) t.correct += 1;
      }
      if (!f.matched) lines.push(`  false alarm ${s.source}: ${f.rule} — ${f.message}`);
    }
    for (const h of s.mustNotFlagHits) {
      for (const t of [tally(byRule, h.rule), tally(byForm, s.form), tally(byRule, 'ALL')]) t.mnf += 1;
      lines.push(`  MUST-NOT    ${s.source}: ${h.rule} flagged "${h.quote}"`);
    }
    if (s.error) lines.push(`  unreadable  ${s.source}: ${s.error}`);
  }
  const table = (title: string, m: Map<string, Tally>) => {
    const rows = [`${title.padEnd(26)} ${'recall'.padStart(7)} ${'found'.padStart(9)} ${'precision'.padStart(9)} ${'flags'.padStart(9)} ${'must-not'.padStart(8)}`];
    for (const [k, t] of [...m.entries()].sort(([a], [b]) => (a === 'ALL' ? 1 : b === 'ALL' ? -1 : a.localeCompare(b)))) {
      rows.push(`${k.padEnd(26)} ${pct(t.found, t.gold).padStart(7)} ${`${t.found}/${t.gold}`.padStart(9)} ${pct(t.correct, t.flagged).padStart(9)} ${`${t.correct}/${t.flagged}`.padStart(9)} ${String(t.mnf).padStart(8)}`);
    }
    return rows.join('\n');
  };
  const text = [table('rule', byRule), '', table('set / form', byForm), '', ...lines, ''].join('\n');
  return { text, totals: Object.fromEntries(byRule) };
}
