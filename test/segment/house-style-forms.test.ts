/**
 * The house-style reports in all five forms (the txt; LibreOffice's docx and pdf of it; pandoc's
 * docx, where typed list numbers become Word numbering; and its pdf): each must give the
 * hand-written outline, and heading-numbering must find nothing in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { HOUSE_STYLES } from './house-styles.js';

const FORMS = ['txt', 'lo.docx', 'lo.pdf', 'pd.docx', 'pd.pdf'];

describe.each(HOUSE_STYLES)('the $style report ($name)', ({ name, outline }) => {
  it.each(FORMS)('has the hand-written outline in its %s form', async (form) => {
    const file = `fixtures/house-styles/${name}.${form}`;
    const outcome = await analyseBytes(file, readFileSync(file));
    if (!outcome.analysis) throw new Error(`${file}: ${outcome.error?.code}`);
    expect(outcome.analysis.sections.map((s) => `${s.path.join(' > ')} | ${s.number} | ${s.level}`)).toEqual(outline);
    // Numbering that restarts under each new parent is right: heading-numbering has nothing to say.
    expect(outcome.analysis.findings.filter((f) => f.rule === 'heading-numbering')).toEqual([]);
  });
});
