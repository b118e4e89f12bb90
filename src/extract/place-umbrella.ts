/**
 * A unit named by its umbrella body as the partner of the issuer's own work: "phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã
 * X tổ chức kỷ niệm …" in a report of xã Y. A unit's Front committee, party committee and council unite or lead all of that
 * unit's own bodies, so the issuer's bodies coordinate with the issuer's own: the name is a slip for the issuer's (a passage
 * copied from another commune's report), no partner. A partner stays one where it is the issuer's counterpart (a body of the
 * kind the report's header or author names, or of the kind the clause's own actor is: "Đảng ủy phối hợp với Đảng ủy xã X"),
 * where its sentence sets the two units side by side (JOINT_UNITS_WORDS: "giáp ranh", "liên xã", "hai xã"), where a reading
 * besides partnership sets it apart (a neighbour, a guest, a yardstick), and where the report sets that unit apart elsewhere.
 * Read here from the lexicon; locality-mismatch judges such a mention as it judges any other of the issuer's rank.
 */
import type { Source } from '../model/index.js';
import { alt, edgeAlt, DEED_PARTNER_WORDS, JOINT_UNITS_WORDS, UMBRELLA_BODY_KINDS } from '../text/lexicon.js';
import { rankOf, type UnitMention } from './places.js';
import { AUTHOR_AFTER, setApartBesidesPartner } from './place-roles.js';
import { readHeads } from './meta.js';
import { splitSentences } from './sentences.js';

type Role = UnitMention & { other: boolean; cited: boolean };

// A coordination verb, then within its clause the kind's words right before the level word ("phối hợp với Hội Nông dân và Ủy
// ban MTTQ xã X", "phối hợp chặt chẽ với Đảng ủy xã X").
const PARTNER_OF_KIND = UMBRELLA_BODY_KINDS.map((words) => new RegExp(String.raw`${edgeAlt(DEED_PARTNER_WORDS)}(?![\p{L}])[^.;:!?()\n]{0,80}?(?<![\p{L}])(?:${alt(words)})\s+$`, 'iu'));
// The kind's words anywhere (a header line, the clause's actor), and right before a name (the author's "… báo cáo").
const KIND_ANY = UMBRELLA_BODY_KINDS.map((words) => new RegExp(String.raw`(?<![\p{L}])(?:${alt(words)})(?![\p{L}])`, 'iu'));
const KIND_END = UMBRELLA_BODY_KINDS.map((words) => new RegExp(String.raw`(?<![\p{L}])(?:${alt(words)})\s+$`, 'iu'));
const JOINT = new RegExp(String.raw`${edgeAlt(JOINT_UNITS_WORDS)}(?![\p{L}])`, 'iu');
const REACH = 160;

/** The kind of umbrella body a coordination verb names right before the mention, or -1. */
function partnerKind(text: string, m: UnitMention): number {
  const before = text.slice(Math.max(0, m.from - REACH), m.from);
  return PARTNER_OF_KIND.findIndex((re) => re.test(before));
}

// The kinds the issuer is: named in the header, or right before the issuer's own name where it reports ("Ban Thường trực Ủy
// ban MTTQ Việt Nam huyện X báo cáo …").
function issuerKinds(source: Source, places: Role[], ownKey: string, rank: number): Set<number> {
  const heads = readHeads(source).join('\n');
  const authors = places.filter((m) => m.key === ownKey && rankOf(m.unit) === rank && AUTHOR_AFTER.test(source.blocks[m.block].text.slice(m.to, m.to + 30)))
    .map((m) => source.blocks[m.block].text.slice(Math.max(0, m.from - 60), m.from));
  return new Set(KIND_ANY.flatMap((re, k) => (re.test(heads) || authors.some((a) => KIND_END[k].test(a)) ? [k] : [])));
}

// The mention's sentence has an actor of the partner's kind before the verb, or sets two units side by side.
function counterpartOrJoint(text: string, m: UnitMention, kind: number): boolean {
  const sentence = splitSentences(text).find((x) => m.from >= x.from && m.from < x.to);
  const from = sentence?.from ?? 0;
  const near = Math.max(from, m.from - REACH);
  const verb = PARTNER_OF_KIND[kind].exec(text.slice(near, m.from));
  const actor = text.slice(from, verb === null ? m.from : near + verb.index);
  return KIND_ANY[kind].test(actor) || JOINT.test(text.slice(from, sentence?.to ?? text.length));
}

/**
 * The places with each peer named by its umbrella body as the issuer's partner (see above) no longer someone else's: the
 * same list, in order, ready for locality-mismatch.
 */
export function umbrellaPartners<T extends Role>(source: Source, places: T[], ownKey: string, rank: number): T[] {
  const candidate = (m: T): number => (m.other && !m.cited && m.key !== ownKey && rankOf(m.unit) === rank ? partnerKind(source.blocks[m.block].text, m) : -1);
  const kinds = places.map(candidate);
  if (kinds.every((k) => k < 0)) return places;
  const own = issuerKinds(source, places, ownKey, rank);
  // A unit the report sets apart elsewhere (a neighbour, a partner of another kind, a document's issuer) is a real partner.
  const apart = new Set(places.filter((m, i) => kinds[i] < 0 && (m.other || m.cited)).map((m) => `${rankOf(m.unit)}/${m.key}`));
  return places.map((m, i) => {
    const kind = kinds[i];
    if (kind < 0 || own.has(kind) || apart.has(`${rankOf(m.unit)}/${m.key}`)) return m;
    const text = source.blocks[m.block].text;
    return counterpartOrJoint(text, m, kind) || setApartBesidesPartner(text, m) ? m : { ...m, other: false };
  });
}
