/**
 * Whether a figure states an aim or a task rather than a result: what a claim elsewhere is judged against is a result, never
 * the target a task sets ("- Hoàn thành trồng cây phân tán đạt 100% kế hoạch năm trước ngày 30/9/2025" under "IV. NHIỆM VỤ
 * TRỌNG TÂM 6 THÁNG CUỐI NĂM" is no fulfilment of the plan so far). A figure is aimed when, with no word of a deed done ("đã")
 * in its statement before it:
 * - it stands under a title of plans ("Nhiệm vụ …", "Phương hướng …", "Giải pháp …"; date-context.ts planSectionTitle);
 * - an aim word stands before it in its statement ("phấn đấu", "dự kiến", "sẽ", "nhằm");
 * - its statement asks a task finished by a day ("hoàn thành … trước ngày 30/9/2025");
 * - its statement opens with a target noun and no comma or clause break stands before it ("Chỉ tiêu: 95% …").
 * Readers that recall a value from another statement than the claim's leave such figures out: unsure is silent.
 */
import type { Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { planSectionTitle } from './date-context.js';
import { alt, AIM_LEAD_WORDS, BULLET_CHARS, PAST_ASPECT_WORDS, TARGET_OPENING_NOUNS, TASK_DEADLINE_WORDS, TASK_FINISH_VERBS, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'clauses'> & Partial<Pick<ComparisonInput, 'blockSection' | 'sections'>>;

const DONE = wordsRe(PAST_ASPECT_WORDS);
const AIM = wordsRe(AIM_LEAD_WORDS);
const TASK = new RegExp(String.raw`${edgeAlt(TASK_FINISH_VERBS)}(?![\p{L}])[^;]*?(?:${alt(TASK_DEADLINE_WORDS)})\s+\d`, 'iu');
const TARGET_OPENS = new RegExp(String.raw`^[\s${BULLET_CHARS}]*(?:${alt(TARGET_OPENING_NOUNS)})(?![\p{L}])[^,;]*$`, 'iu');

/** The figure sets an aim or a task (see above), so no claim elsewhere is judged by it. */
export function aimedFigure(input: Input, f: Figure): boolean {
  const block = input.source.blocks[f.block];
  const at = f.span.start - block.span.start;
  const s = input.clauses.at(f.block, at, true);
  if (!s) return false;
  const lead = block.text.slice(s.from, at);
  if (TARGET_OPENS.test(lead)) return true;
  if (DONE.test(lead)) return false;
  return AIM.test(lead) || TASK.test(block.text.slice(s.from, s.to)) || underPlanTitle(input, f.block);
}

// A title of plans above the block ("IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025").
function underPlanTitle(input: Input, block: number): boolean {
  if (!input.sections || !input.blockSection) return false;
  for (let t = input.blockSection[block] ?? null; t !== null; t = input.sections[t].parent) if (planSectionTitle(input.sections[t].title.trim())) return true;
  return false;
}
