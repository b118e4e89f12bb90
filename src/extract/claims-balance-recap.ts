/**
 * A stock recapped after its flows: "Trong 9 tháng có 41 doanh nghiệp thành lập mới …; 06 doanh nghiệp quay trở lại hoạt
 * động; 09 doanh nghiệp giải thể và 14 doanh nghiệp tạm ngừng kinh doanh. Như vậy, từ 386 doanh nghiệp đang hoạt động đầu
 * năm, đến 30/9/2024 toàn huyện có 416 doanh nghiệp đang hoạt động." (386 + 41 + 6 − 9 − 14 = 410). The flows come first and
 * the sentence that sums them up names both levels; read as a `balance` claim as a stock told in order is (claims-balance.ts).
 *
 * Read only when (precision first): a sentence opens with a recap word ("Như vậy", "Tính chung") and "từ" right before the
 * opening level, whose words up to the next comma say it opens ("đầu năm", "đầu kỳ"); the closing level is the next amount
 * of its sentence, of the same things, after a cut-off ("đến 30/9/2024", "đến nay", "cuối kỳ"), no amount between; the flows
 * are every amount of the same things in the paragraph before the recap sentence (none in brackets), each told which way it
 * goes by its own words, one at least. An amount of the same things told neither way, or a planned one, leaves it unread.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { insideBrackets } from '../text/positions.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { counted, flowWay, sameThings } from './claims-balance.js';
import { alt, CLOSING_LEVEL_WORDS, CUT_OFF_WORDS, OPENING_LEVEL_WORDS, RECAP_WORDS, wordsRe } from '../text/lexicon.js';

// "Như vậy, từ " right before the opening level, at a sentence's start.
const RECAP_FROM = new RegExp(String.raw`(?:^|[.!?;]\s+)[\s\-+•*–]*(?:${alt(RECAP_WORDS)})\s*,?\s*từ\s+$`, 'iu');
const HAS_RECAP = new RegExp(alt(RECAP_WORDS), 'iu');
const OPENING = wordsRe(OPENING_LEVEL_WORDS);
// "đến 30/9/2024", "đến nay", "cuối kỳ", "hiện có": the closing level's cut-off.
const CUT_OFF = new RegExp(String.raw`(?:(?<![\p{L}])(?:${alt(CUT_OFF_WORDS)})\s+(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}|${wordsRe(CLOSING_LEVEL_WORDS).source})`, 'iu');

/** Balance claims whose levels a recap sentence names after the flows of its paragraph. */
export function extractRecapBalances(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row' || !HAS_RECAP.test(block.text)) continue;
    const figures = figuresOf.of(b).filter((f) => f.cell === null);
    for (const [k, opening] of figures.entries()) {
      const claim = recapAt(block, figures, k, opening);
      if (claim) out.push(claim);
    }
  }
  return out;
}

function recapAt(block: Block, figures: Figure[], k: number, opening: Figure): Claim | null {
  const text = block.text;
  const [s, e] = localRange(block, opening);
  const lead = RECAP_FROM.exec(text.slice(Math.max(0, s - 40), s));
  if (!lead || !counted(opening)) return null;
  const stop = text.slice(e).search(/[,;]|\.(?:\s|$)/u);
  if (stop < 0 || !OPENING.test(text.slice(e, e + stop))) return null;
  const closing = figures[k + 1];
  if (!closing || !counted(closing) || !sameThings(opening, closing)) return null;
  const between = text.slice(e + stop, localRange(block, closing)[0]);
  if (/[.;!?](?:\s|$)/u.test(between) || !CUT_OFF.test(between)) return null;
  // The flows: every amount of the same things in the paragraph before the recap sentence.
  const sentence = Math.max(0, s - 40) + lead.index + lead[0].search(/\p{L}/u);
  const flows: Figure[] = [];
  const signs: Array<1 | -1> = [];
  for (const f of figures.slice(0, k)) {
    if (localRange(block, f)[0] >= sentence || !counted(f) || insideBrackets(block, localRange(block, f)[0]) || !sameThings(opening, f)) continue;
    const way = flowWay(block, f);
    if (way === null || way === 0) return null;
    flows.push(f);
    signs.push(way);
  }
  if (flows.length === 0) return null;
  return makeClaim({
    relation: 'balance', whole: closing.index, parts: [opening.index, ...flows.map((f) => f.index)], signs: [1, ...signs],
    connector: 'đầu kỳ / cuối kỳ', block: block.index,
    span: subSpan(block, localRange(block, flows[0])[0], localRange(block, closing)[1]),
    partBlocks: [block.index],
  });
}
