import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recogniseHeading } from '../../src/segment/heading.js';
import { segmentSections } from '../../src/segment/index.js';
import { toRoman } from '../../src/segment/numbering.js';
import { sourceFromText } from '../segment/source-from-lines.js';
import { headingNumber, sentence, title } from './arbitraries.js';
import { params, timeLimit } from './config.js';

describe('the heading grammar under fuzzing', () => {
  test('never throws on any line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), sentence, fc.stringMatching(/^[\dIVXLa-zđ.)\-– ]{0,12}[A-ZĐ]?/)), (line) => {
        const heading = recogniseHeading(line);
        if (heading) expect(line).toContain(heading.key.split(' ')[0]);
      }),
      params(),
    );
  }, timeLimit(1));

  test('recognises a generated "<number> <Title>" with the right key', () => {
    fc.assert(
      fc.property(headingNumber, title, ({ number, key }, text) => {
        const heading = recogniseHeading(`${number} ${text}`);
        expect(heading, `${number} ${text}`).not.toBeNull();
        expect(heading!.key).toBe(key);
        expect(heading!.title).toBe(text);
        expect(heading!.bare).toBe(false);
      }),
      params(),
    );
  }, timeLimit(1));
});

/** How each house style writes the n-th number of a list, and the key the tree must give it. */
const STYLES: Record<string, (n: number) => { number: string; key: string }> = {
  capital: (n) => ({ number: `${'ABCDĐ'[n - 1]}.`, key: 'ABCDĐ'[n - 1] }),
  roman: (n) => ({ number: `${toRoman(n)}.`, key: toRoman(n) }),
  'arabic.': (n) => ({ number: `${n}.`, key: String(n) }),
  'arabic)': (n) => ({ number: `${n})`, key: String(n) }),
  'arabic-': (n) => ({ number: `${n}-`, key: String(n) }),
  'letter)': (n) => ({ number: `${'abcdđ'[n - 1]})`, key: 'abcdđ'[n - 1] }),
  'letter-': (n) => ({ number: `${'abcdđ'[n - 1]}-`, key: 'abcdđ'[n - 1] }),
  muc: (n) => ({ number: `Mục ${n}.`, key: `Mục ${n}` }),
};
const PART_WORDS = ['NHẤT', 'HAI', 'BA', 'TƯ', 'NĂM'];

/** A ladder of distinct styles, outermost first (one letter style only: "a)" and "a-" are one style), maybe under "PHẦN THỨ …". */
const ladder = fc.tuple(
  fc.boolean(),
  fc.shuffledSubarray(Object.keys(STYLES), { minLength: 1, maxLength: 4 }).filter((s) => s.filter((x) => x.startsWith('letter')).length < 2),
).map(([part, styles]) => (part ? ['part', ...styles] : styles));

/** A list inside running text after a heading's paragraph: its marker style and 2–3 items, or none. */
const runningList = fc.option(fc.tuple(fc.constantFrom(...Object.keys(STYLES)), fc.integer({ min: 2, max: 3 }), fc.boolean()), { nil: undefined });

interface Node { children: Node[]; list?: [string, number, boolean] }
/** A tree of up to `depth` levels, 1–4 children each, some followed by a running-text list. */
const treeOf = (depth: number): fc.Arbitrary<Node[]> =>
  depth === 0
    ? fc.constant([])
    : fc.array(fc.tuple(fc.oneof(fc.constant([]), treeOf(depth - 1)), runningList).map(([children, list]) => ({ children, list })), { minLength: 1, maxLength: 4 });

/** Items of running text: "a) hộ nghèo được hỗ trợ;" … the last closing with "." (lower case, or ";" endings). */
function listLines([style, count, lower]: [string, number, boolean]): string[] {
  return Array.from({ length: count }, (_, k) => `${STYLES[style](k + 1).number} ${lower ? 'hộ' : 'Hộ'} nghèo được hỗ trợ ${k + 2} lần${k + 1 < count ? ';' : '.'}`);
}

/** Lines of an outline numbered by `styles`, with the "path | level" each heading must get. */
function render(nodes: Node[], styles: string[], titles: string[], prefix: string[] = []): { lines: string[]; expected: string[] } {
  const lines: string[] = [];
  const expected: string[] = [];
  nodes.forEach((node, i) => {
    const style = styles[prefix.length];
    const { number, key } = style === 'part' ? { number: `PHẦN THỨ ${PART_WORDS[i]}.`, key: `PHẦN THỨ ${PART_WORDS[i]}` } : STYLES[style](i + 1);
    lines.push(`${number} ${titles[lines.length % titles.length]}`, 'Nội dung báo cáo:');
    if (node.list) lines.push(...listLines(node.list));
    expected.push(`${[...prefix, key].join(' > ')} | ${prefix.length + 1}`);
    const inner = render(node.children, styles, titles, [...prefix, key]);
    lines.push(...inner.lines);
    expected.push(...inner.expected);
  });
  return { lines, expected };
}

describe('heading levels follow the document under fuzzing', () => {
  test('any ladder of house styles, nested as generated, comes back as the same outline, without the running-text lists', () => {
    const outline = ladder.chain((styles) => fc.tuple(fc.constant(styles), treeOf(styles.length), fc.array(title, { minLength: 1, maxLength: 5 })));
    fc.assert(
      fc.property(outline, ([styles, nodes, titles]) => {
        const { lines, expected } = render(nodes, styles, titles);
        const got = segmentSections(sourceFromText(lines.join('\n'))).sections.map((s) => `${s.path.join(' > ')} | ${s.level}`);
        expect(got, lines.join('\n')).toEqual(expected);
      }),
      params(),
    );
  }, timeLimit(2));
});

describe('the house-style numbers under fuzzing', () => {
  test('recognises "<number> <Title>" in every house style with its key and style', () => {
    const numbered = fc.oneof(
      ...Object.entries(STYLES).map(([style, write]) => fc.integer({ min: 1, max: 5 }).map((n) => ({ ...write(n), style: style.replace(/[.)-]$/, '') }))),
      fc.integer({ min: 1, max: 20 }).map((n) => ({ number: `${toRoman(n)}.`, key: toRoman(n), style: 'roman' })),
      fc.constantFrom(...PART_WORDS).map((w) => ({ number: `Phần thứ ${w.toLowerCase()}:`, key: `Phần thứ ${w.toLowerCase()}`, style: 'part' })),
      fc.constantFrom(...'ABCDĐEGHKMNOPRSTUY').map((c) => ({ number: `PHẦN ${c}.`, key: `PHẦN ${c}`, style: 'part' })),
      fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 4 }).map((ps) => ({ number: `${ps.join('.')}.`, key: ps.join('.'), style: 'multi' })),
    );
    fc.assert(
      fc.property(numbered, title, ({ number, key, style }, text) => {
        const heading = recogniseHeading(`${number} ${text}`);
        expect(heading, `${number} ${text}`).toMatchObject({ key, style, title: text, bare: false });
      }),
      params(),
    );
  }, timeLimit(1));
});
