/**
 * Nested age groups (part-exceeds-whole): "Tổng số trẻ em dưới 16 tuổi … 3.038 em; trong đó trẻ em dưới 6 tuổi 1.060 em" and
 * "cân, đo cho 1.124 trẻ em dưới 5 tuổi": children under 5 are some of the children under 6, so 1.124 cannot pass 1.060. The
 * groups and their nesting are read in src/extract/age-groups.ts (textReadings.ageNestings); a count is judged once, against
 * the narrowest wider group it passes.
 */
import type { RuleContext } from '../define.js';

/** Report every count of a narrower age group above the count of a wider group of its noun that holds it. */
export function checkNestedAges(context: RuleContext): void {
  const told = new Set<number>();
  for (const { part, whole, partGroup, wholeGroup } of context.textReadings.ageNestings ?? []) {
    if (told.has(part.index) || part.value <= whole.value) continue;
    told.add(part.index);
    context.report({
      messageId: 'ageGroupExceedsWider',
      data: { part: part.value, whole: whole.value, partGroup, wholeGroup, partText: part.raw, wholeText: whole.raw },
      places: [{ figure: part }, { figure: whole }],
      suggestion: null,
    });
  }
}
