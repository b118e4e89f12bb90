/**
 * The "100%" claim of claim-mismatch: "Công khai 100% thủ tục hành chính thuộc
 * thẩm quyền …" read against a fraction of the same thing written in the same
 * or the next paragraphs ("niêm yết 187/240 TTHC thuộc thẩm quyền …"), which
 * says the whole was not reached.
 *
 * Sameness: the fraction's counted noun (abbreviations spelled out) must be in
 * the claim's noun phrase, and the two phrases must share at least two more
 * words (the scope, "thuộc thẩm quyền giải quyết"), so "100% xã có sóng 4G"
 * is never read against "6/7 xã có cáp quang".
 */
import type { Figure } from '../../model/index.js';
import type { RuleContext } from '../define.js';
import { labelTokens } from '../../extract/similarity.js';
import { actualPercent } from './percent.js';

const NEARBY_BLOCKS = 2;
// The noun phrase after a figure: up to a clause end, a bracket or ~70 characters.
const PHRASE_END = /[;:.()!?]|\s(?:đạt|chiếm|bằng|tương đương)\s/u;

/** Report "100% X" claims a nearby fraction of X below 1 contradicts. */
export function checkFullClaims(context: RuleContext, byBlock: Map<number, Figure[]>): void {
  const { blocks } = context.source;
  for (const p of context.figures) {
    if (p.kind !== 'percent' || p.value !== 100 || blocks[p.block].kind === 'row') continue;
    const thing = phraseAfter(context, p);
    const next = context.figures[p.index + 1];
    if (thing.length < 3 && !(next && thing.length > 0 && restates(context, p, next, thing))) continue;
    for (let b = p.block; b <= p.block + NEARBY_BLOCKS && b < blocks.length; b++) {
      if (blocks[b].kind === 'row' || context.blockSection[b] !== context.blockSection[p.block]) break;
      const f = (byBlock.get(b) ?? []).find((x) => x.kind === 'fraction' && x.index !== p.index - 1 && (matches(context, x, thing) || restates(context, p, x, thing)));
      if (!f) continue;
      context.report({
        messageId: 'fullMismatch',
        data: { stated: 100, thing: blocks[p.block].text.slice(p.span.end - blocks[p.block].span.start).trim().split(/[;:,.(]/)[0].trim(), num: f.numerator!, den: f.denominator!, actual: actualPercent(f.numerator!, f.denominator!, 1) },
        places: [{ figure: p }, { figure: f }],
        suggestion: `100% → ${actualPercent(f.numerator!, f.denominator!, 1).toLocaleString('vi-VN')}%`,
      });
      break;
    }
  }
}

// "100% tổ dân phố (13/14 tổ)": a fraction in brackets right after the claim's own noun phrase restates the claim itself.
function restates(context: RuleContext, p: Figure, f: Figure, thing: string[]): boolean {
  if (f.block !== p.block || f.index !== p.index + 1 || f.numerator === null || f.denominator === null || f.numerator >= f.denominator || f.percent !== null) return false;
  const block = context.source.blocks[p.block];
  const between = block.text.slice(p.span.end - block.span.start, f.span.start - block.span.start);
  if (!/^[^;:.,()!?\d]{1,60}\(\s*$/u.test(between)) return false;
  const head = labelTokens(f.unit ?? '');
  const claim = new Set(thing);
  return head.length > 0 && head.every((t) => claim.has(t));
}

function matches(context: RuleContext, f: Figure, thing: string[]): boolean {
  if (f.numerator === null || f.denominator === null || f.denominator === 0 || f.numerator >= f.denominator) return false;
  if (f.percent !== null) return false; // a fraction with its own rate is percent-mismatch's
  const head = labelTokens(f.unit ?? '');
  if (head.length === 0) return false;
  const claim = new Set(thing);
  if (!head.every((t) => claim.has(t))) return false;
  const scope = phraseAfter(context, f).filter((t) => !head.includes(t));
  return new Set(scope.filter((t) => claim.has(t))).size >= 2;
}

// Tokens of the words right after a figure (its unit included).
function phraseAfter(context: RuleContext, f: Figure): string[] {
  const block = context.source.blocks[f.block];
  const rest = block.text.slice(f.span.end - block.span.start, f.span.end - block.span.start + 90);
  const cut = PHRASE_END.exec(rest);
  const phrase = f.kind === 'fraction' && f.unit && !rest.startsWith(' ' + f.unit) ? `${f.unit} ${rest}` : rest;
  return labelTokens(cut ? phrase.slice(0, cut.index + (phrase.length - rest.length)) : phrase);
}
