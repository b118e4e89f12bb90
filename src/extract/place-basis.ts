/**
 * A unit whose governing body (its council, people's committee or party committee) issued the document the report rests its
 * own matter on: "Thực hiện Nghị quyết số 45/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân dân xã X về dự toán ngân sách năm 2025".
 * Only a unit's own council or party committee resolves its matters, so a report carrying such a resolution out names, in
 * that body's unit, the unit the matter is of: a peer's name there is a slip for the report's own (a copy from another
 * unit's report). Read here; locality-mismatch judges it as it judges a subject. Not such a basis: a letter between peers
 * ("Công văn số … của UBND xã X về việc đề nghị …"), a body that is not the unit's government ("Trạm Y tế xã X"), a document
 * cited with no word of carrying it out, or a sentence about a partnership ("… về phối hợp tổ chức giải bóng đá"). Only a
 * resolution is read so, of a council or a party committee (a district's: of its council only): a people's committee also
 * plans joint work with its peers, so "Thực hiện Kế hoạch … của UBND xã X" may be a neighbour's plan a report carries out.
 */
import { alt, BASIS_OPENERS, BULLET_CHARS, COUNCIL_BODY_WORDS, COUNCIL_DOCUMENT_WORDS, GOVERNING_BODY_WORDS, LISTED_DOCUMENT_WORDS, PARTNER_WORDS, PEOPLES_COMMITTEE_WORDS, edgeAlt } from '../text/lexicon.js';

// The governing body, then "của" before it, right before the unit's level word ("… của Hội đồng nhân dân xã").
const BODY_BEFORE = new RegExp(String.raw`(?<![\p{L}])của\s+(?:${alt(GOVERNING_BODY_WORDS)})\s+$`, 'iu');
// A document cited by number ("Nghị quyết số", "Quyết định số"): its kind captured.
const DOCUMENT = new RegExp(String.raw`${edgeAlt(LISTED_DOCUMENT_WORDS)}(?=\s+số(?![\p{L}]))`, 'giu');
const COUNCIL_DOCUMENTS = new Set(COUNCIL_DOCUMENT_WORDS.map((w) => w.toLowerCase()));
const COUNCIL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(COUNCIL_BODY_WORDS)})\s+$`, 'iu');
const COMMITTEE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(PEOPLES_COMMITTEE_WORDS)})\s+$`, 'iu');
// A word of carrying out right before the document ("Thực hiện ", "; căn cứ ").
const OPENER_BEFORE = new RegExp(String.raw`${edgeAlt(BASIS_OPENERS)}\s+$`, 'iu');
// A sentence opening with such a word (bullets before it), whose later ";"-clause may cite the next basis without it.
const OPENER_FIRST = new RegExp(String.raw`^[\s${BULLET_CHARS}]*(?:${alt(BASIS_OPENERS)})\s`, 'iu');
const PARTNER = new RegExp(String.raw`${edgeAlt(PARTNER_WORDS)}(?![\p{L}])`, 'iu');
const REACH = 400;

/**
 * The mention at [from, to) of `text` names the unit whose governing body issued the governing document its sentence carries
 * out: the last document cited before it is a resolution, right after a word of carrying it out or
 * opening a ";"-clause of a sentence that opens with one, then "của" and the body; no partner word in the sentence.
 */
export function governingBasis(text: string, from: number, to: number, rank: number): boolean {
  const near = text.slice(Math.max(0, from - 40), from);
  if (!BODY_BEFORE.test(near)) return false;
  // A district (or a province) is named so only by its council's resolution: its committee also plans joint work with peers.
  const councilOnly = rank <= 2;
  if (councilOnly ? !COUNCIL_BEFORE.test(near) : COMMITTEE_BEFORE.test(near)) return false;
  const head = text.slice(Math.max(0, from - REACH), from);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n')) + 1;
  const lead = head.slice(start);
  const docs = [...lead.matchAll(DOCUMENT)];
  const last = docs.at(-1);
  if (last === undefined || !COUNCIL_DOCUMENTS.has(last[0].toLowerCase())) return false;
  const before = lead.slice(0, last.index);
  const clauseOpen = /;\s*$/u.test(before) && OPENER_FIRST.test(lead);
  if (!OPENER_BEFORE.test(before) && !clauseOpen) return false;
  const rest = text.slice(to, to + REACH).split(/[.!?](?:\s|$)/u)[0];
  return !PARTNER.test(lead) && !PARTNER.test(rest);
}
