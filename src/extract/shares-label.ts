/**
 * A share whose whole is named by a noun phrase the report used as a label before: "Riêng bệnh đạo ôn lá, diện tích
 * nhiễm nặng 12,5 ha, chiếm 24,5% diện tích nhiễm đạo ôn" after "… gồm: bệnh đạo ôn lá 86,4 ha". The words of the phrase
 * that the part's own clause does not say ("đạo ôn") tell which whole is meant; it is the one figure of the part's
 * measure in the paragraphs just before whose own label holds every one of them. Nothing is read when two values fit.
 * A label need not say the measure its unit states ("Rau các loại: 65,4 ha" is an area), and a measure noun alone tells no
 * whole apart ("chiếm 21,4% diện tích rau" after "diện tích … lúa … 286,0 ha" is no share of the rice). The part's own
 * list item comes first: "- Rau các loại: 65,4 ha, trong đó rau an toàn 14,0 ha, chiếm 21,4% diện tích rau" is of 65,4.
 */
import type { Figure } from '../model/index.js';
import { canonicalLabel, labelTokens, measureNounTokens } from './similarity.js';
import type { ShareInput } from './shares.js';
import { alt, SHARE_OF_WHOLE_VERBS, TOTAL_WORDS } from '../text/lexicon.js';

// ", chiếm 24,5%": the part hands its share over with a verb of share of the whole, in the same clause.
const HANDED = new RegExp(String.raw`^\s*[^\d,;.()]{0,30},\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})\s*$`, 'iu');
// The noun phrase after the percent, up to a clause end; a "tổng …" whole is read by the readers of shares.ts.
const PHRASE = /^\s*%?\s*(\p{L}[\p{L}\s]{2,60}?)\s*(?=[,;.:()]|$)/u;
const TOTAL_FIRST = new RegExp(String.raw`^(?:${alt(TOTAL_WORDS)})(?![\p{L}])`, 'iu');
// The clause a figure's label stands in: back to a clause mark, at most this many characters.
const LABEL_BACK = 60;
const NEARBY = 5;
const MAX_BACK = 200;

const local = (input: ShareInput, f: Figure) => f.span.start - input.source.blocks[f.block].span.start;

// The words of the clause right before a figure: its label ("gồm: bệnh đạo ôn lá 86,4 ha" → "bệnh đạo ôn lá").
function labelBefore(input: ShareInput, f: Figure): string {
  const text = input.source.blocks[f.block].text;
  const at = local(input, f);
  const head = text.slice(Math.max(0, at - LABEL_BACK), at);
  const cut = lastMark(head);
  // "- Tổng số đăng ký khai sinh: 400 trường hợp": a figure right after a colon is labelled by the words before it; read
  // as empty, that whole would hide from a phrase naming it, leaving only its parts to fit.
  if (head[cut] === ':' && head.slice(cut + 1).trim() === '') {
    const lead = head.slice(0, cut);
    return lead.slice(lastMark(lead) + 1);
  }
  return head.slice(cut + 1);
}
const lastMark = (text: string) => Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => text.lastIndexOf(c)));

/** The part and the whole of a share whose whole a noun phrase names by the label of one earlier figure. */
export function labelledWhole(input: ShareInput, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || p.value > 100 || (part.kind !== 'count' && part.kind !== 'decimal') || part.unit === null) return undefined;
  const block = input.source.blocks[p.block];
  if (!HANDED.test(block.text.slice(part.span.end - block.span.start, local(input, p)).replace(part.unit, ''))) return undefined;
  const end = p.span.end - block.span.start;
  const m = PHRASE.exec(block.text.slice(end, end + 80));
  if (!m || TOTAL_FIRST.test(m[1])) return undefined;
  const named = labelTokens(m[1]);
  const measure = new Set(measureNounTokens(part.unit));
  // A measure noun ("diện tích" of "ha") names what is measured, not which whole: the phrase must name a thing besides it.
  if (named.every((t) => measure.has(t))) return undefined;
  const candidates = wholesBefore(input, part, p);
  const labelled = (g: Figure) => new Set([...labelTokens(labelBefore(input, g)), ...measure]);
  // The part's own list item first: "- Rau các loại: 65,4 ha, … rau an toàn 14,0 ha, chiếm 21,4% diện tích rau".
  const item = candidates.filter((g) => g.block === part.block && itemLead(input, g) && named.every((t) => labelled(g).has(t)));
  if (item.length > 0) return oneValue(part, item);
  const own = new Set([...labelTokens(labelBefore(input, part)), ...labelTokens(part.unit)]);
  const distinct = named.filter((t) => !own.has(t));
  if (distinct.length < 2 || distinct.every((t) => measure.has(t))) return undefined;
  return oneValue(part, candidates.filter((g) => distinct.every((t) => labelTokens(labelBefore(input, g)).includes(t))));
}

// "- Rau các loại: 65,4 ha, …": the first figure of its paragraph, right after the item's label and its colon (not a figure
// further on in a paragraph, "(2.012,6 ha, …), trong đó rừng sản xuất 1.694,2 ha", whose label is only its clause's words).
function itemLead(input: ShareInput, g: Figure): boolean {
  const before = input.figures[g.index - 1];
  return (!before || before.block !== g.block) && ITEM_COLON.test(input.source.blocks[g.block].text.slice(0, local(input, g)));
}
const ITEM_COLON = /^[^,;.()]+:\s*$/u;

// The earliest of the fitting wholes (where the value was first stated), when they all state one value; none when two fit.
function oneValue(part: Figure, wholes: readonly Figure[]): { part: Figure; whole: Figure } | undefined {
  return wholes.length > 0 && wholes.every((g) => g.value === wholes[0].value) ? { part, whole: wholes[wholes.length - 1] } : undefined;
}

// The figures of the part's measure before it, larger than it, in the same section's text a few paragraphs back, nearest first.
function wholesBefore(input: ShareInput, part: Figure, p: Figure): Figure[] {
  const unit = canonicalLabel(part.unit!);
  const out: Figure[] = [];
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_BACK; k--) {
    const g = input.figures[k];
    if (g.block < p.block - NEARBY) break;
    if (g.cell !== null || input.blockSection[g.block] !== input.blockSection[p.block] || input.source.blocks[g.block].kind === 'row') continue;
    if ((g.kind !== 'count' && g.kind !== 'decimal') || g.unit === null || canonicalLabel(g.unit) !== unit || g.value <= part.value) continue;
    out.push(g);
  }
  return out;
}
