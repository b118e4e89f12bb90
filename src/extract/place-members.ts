/**
 * The communes a district's report lists as all of its own, and the communes it names as its own facts' places that the
 * list lacks: "Huyện X có 08 đơn vị hành chính cấp xã" above a table of exactly eight commune rows, or "11/11 xã, thị trấn
 * (thị trấn A và các xã B, C, …)" naming all eleven, makes the list complete; a later "tại xã Cam Thành, xã Cam Chính và
 * xã Hải Phú" or "các xã Mỹ Lý, Bắc Lý và Tam Quang" then names a commune of another district (Hải Phú, Tam Quang), left
 * from a neighbour's report. Read only when a stated whole count of the district's commune-level units equals the number
 * of names of one table's label column or one listing sentence; names are compared by their folded key, so "Hoà"/"Hòa" are
 * one place. Not strangers: a name in a cited document, a former unit, one named beside another district or province in
 * its sentence ("xã X, huyện Y"), a neighbour ("giáp xã X") and anything in a table row.
 */
import type { Source, Table, UnitMention } from '../model/index.js';
import { NAME_WORD, placeKey, rankOf } from './places.js';
import { splitSentences } from './sentences.js';
import { alt, COMMUNE_LEVEL_WORDS, COMMUNE_UNIT_WHOLE_WORDS, MEMBER_ROSTER_LEADS, NAME_LIST_JOINERS, TITLE_QUANTIFIERS } from '../text/lexicon.js';

type Role = { cited: boolean; former: boolean; covered: boolean; other: boolean };

const COMMUNE = alt(COMMUNE_LEVEL_WORDS);
// A name as the mentions read it, an apostrophe's syllables kept ("Ea H'đing"), so a listed name and its mention share one key.
const NAME = String.raw`${NAME_WORD}(?:[ \u00A0]+${NAME_WORD}){0,3}`;
const COUNT = String.raw`(\d{1,3})(?:\s*\([^()]{1,30}\))?`;
// "21 (hai mươi mốt) đơn vị hành chính cấp xã", or every one of them: "11/11 xã, thị trấn".
const WHOLE_COUNT = new RegExp(
  String.raw`(?<![\p{L}\d/])(?:${COUNT}\s+(?:${alt(COMMUNE_UNIT_WHOLE_WORDS)})|(\d{1,3})\s*\/\s*(\d{1,3})\s+(?:${COMMUNE})(?:\s*,\s*(?:${COMMUNE}))*)(?![\p{L}])`,
  'giu',
);
// What opens the listing right after a whole count: "(", ":", "gồm", "bao gồm".
const LEAD = new RegExp(String.raw`^\s*(?:\(|,?\s*(?:${alt(MEMBER_ROSTER_LEADS)})\s*:?|:)\s*`, 'iu');
const ITEM_SPLIT = new RegExp(String.raw`\s*,\s*(?:(?:${alt(NAME_LIST_JOINERS)})\s+)?|\s+(?:${alt(NAME_LIST_JOINERS)})\s+`, 'u');
// What may stand before a name in a listing: "các xã", "15 xã:", "thị trấn".
const ITEM_HEAD = new RegExp(String.raw`^(?:(?:${alt(TITLE_QUANTIFIERS)})\s+)?(?:\d{1,3}\s+)?(?:(?:${COMMUNE})(?:\s*,\s*(?:${COMMUNE}))*\s*:?\s+)?`, 'iu');
const WHOLE_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
const LEVEL_HEAD = new RegExp(String.raw`^(?:${COMMUNE})[ \u00A0]+`, 'iu');
const COMMUNE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${COMMUNE})(?![\p{L}])`, 'iu');
// After a plural level word, the names it lists: "các xã Mỹ Lý, Bắc Lý, Keng Đu và Tam Quang".
const PLURAL_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:${alt(TITLE_QUANTIFIERS)}|\d{1,3}(?:\s*\([^()]{1,20}\))?)\s+$`, 'iu');
const LIST_NEXT = new RegExp(String.raw`^(\s*,\s*(?:(?:${alt(NAME_LIST_JOINERS)})\s+)?|\s+(?:${alt(NAME_LIST_JOINERS)})\s+)(${NAME})(?![\p{L}\d])`, 'u');

/** The counts the report states of all its commune-level units ("21 đơn vị hành chính cấp xã", "11/11 xã, thị trấn"), each with where its words end. */
function wholeCounts(source: Source): Array<{ n: number; block: number; end: number }> {
  const out: Array<{ n: number; block: number; end: number }> = [];
  source.blocks.forEach((b, block) => {
    if (b.kind === 'row') return;
    for (const m of b.text.matchAll(WHOLE_COUNT)) {
      if (m[1] !== undefined) out.push({ n: Number(m[1]), block, end: m.index + m[0].length });
      else if (m[2] === m[3]) out.push({ n: Number(m[2]), block, end: m.index + m[0].length });
    }
  });
  return out;
}

// The names a listing right after a whole count gives, or null when any item is not a bare name.
function listedAfter(text: string): string[] | null {
  const lead = LEAD.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length);
  const end = rest.search(/[;.)]/u);
  const items = (end < 0 ? rest : rest.slice(0, end)).split(ITEM_SPLIT).map((s) => s.trim().replace(ITEM_HEAD, ''));
  return items.length >= 2 && items.every((s) => WHOLE_NAME.test(s)) ? items : null;
}

// The commune names of a table whose label column lists units: every body label a bare name, under a header naming a
// commune level, or each label led by its level word ("Xã Cam Tuyền").
function tableNames(t: Table): string[] | null {
  if (t.labelColumn === null) return null;
  const header = t.columns.find((c) => c.index === t.labelColumn)?.header ?? '';
  const labels = t.rows.filter((r) => !r.total).map((r) => r.label.trim());
  if (labels.length < 3) return null;
  const led = labels.every((l) => LEVEL_HEAD.test(l));
  if (!led && !COMMUNE_WORD.test(header)) return null;
  const names = labels.map((l) => l.replace(LEVEL_HEAD, ''));
  return names.every((n) => WHOLE_NAME.test(n)) ? names : null;
}

/** The keys of the communes the report lists as all of its own, or null when no listing matches a stated whole count. */
export function memberRoster(source: Source, tables: Table[]): Set<string> | null {
  const counts = wholeCounts(source);
  if (counts.length === 0) return null;
  const sizes = new Set(counts.map((c) => c.n));
  const rosters: string[][] = [];
  for (const c of counts) {
    const names = listedAfter(source.blocks[c.block].text.slice(c.end));
    if (names && names.length === c.n) rosters.push(names);
  }
  for (const t of tables) {
    const names = tableNames(t);
    if (names && sizes.has(names.length)) rosters.push(names);
  }
  if (rosters.length === 0) return null;
  const keys = rosters.map((r) => new Set(r.map(placeKey)));
  // Two listings that disagree leave the district's members unsure.
  const first = keys[0];
  if (keys.some((k) => k.size !== first.size || [...k].some((x) => !first.has(x)))) return null;
  return first;
}

/**
 * The commune-level units a district's report names in its text that its own complete list of communes lacks: each
 * mention of a commune, and each further name a plural level word lists ("các xã A, B và C"), as a mention of its own.
 */
export function strangerMembers<T extends UnitMention & Role>(source: Source, tables: Table[], places: T[], ownKey: string): UnitMention[] {
  const roster = memberRoster(source, tables);
  if (!roster) return [];
  const out: UnitMention[] = [];
  const bySentence = new Map<string, boolean>();
  // Another district or province named in the sentence places its communes there.
  const elsewhere = (m: UnitMention) => {
    const text = source.blocks[m.block].text;
    const s = splitSentences(text).find((x) => m.from >= x.from && m.from < x.to) ?? { from: 0, to: text.length };
    const key = `${m.block}:${s.from}`;
    let found = bySentence.get(key);
    if (found === undefined) {
      found = places.some((p) => p.block === m.block && p.from >= s.from && p.from < s.to && rankOf(p.unit) <= 2 && p.key !== ownKey);
      bySentence.set(key, found);
    }
    return found;
  };
  for (const m of places) {
    if (rankOf(m.unit) !== 3 || source.blocks[m.block].kind === 'row' || m.cited || m.former || m.covered) continue;
    const text = source.blocks[m.block].text;
    const named: UnitMention[] = [m];
    const plural = PLURAL_BEFORE.test(text.slice(Math.max(0, m.from - 30), m.from));
    if (plural) {
      let at = m.to;
      for (let next = LIST_NEXT.exec(text.slice(at)); next; next = LIST_NEXT.exec(text.slice(at))) {
        const from = at + next[1].length;
        const name = next[2];
        named.push({ block: m.block, from, to: from + name.length, unit: { name: `${m.unit.level} ${name}`, level: m.unit.level }, key: placeKey(name) });
        at = from + name.length;
      }
    }
    // A plural or counted level word with one name after it names no list ("UBND 14 xã Chiến dịch …": a campaign's title).
    if (plural && named.length === 1) continue;
    const strangers = named.filter((n) => !roster.has(n.key));
    if (strangers.length === 0 || elsewhere(m)) continue;
    out.push(...strangers);
  }
  return out;
}
