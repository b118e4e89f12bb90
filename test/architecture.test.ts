/**
 * The house rooms stay one-way: rules, extract and report never reach back into
 * ingest, and the neutral text module imports no stage at all. And rules only
 * judge: no rule module reads numbers (a digit-matching pattern) or carries its
 * own cue words (a Vietnamese alternation or word list); those belong to
 * src/extract/ and src/text/lexicon.ts. Nor does a rule run a reader of src/extract
 * itself: what it judges is read once in the extract stage and stored on the
 * analysis (figures, readings, textReadings, …).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The src/ room ("rules", "text", …) each relative import of a file lands in. */
function importedRooms(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => relative(SRC, resolve(dirname(file), s)).split(sep)[0]);
}

function violations(room: string, forbidden: (target: string) => boolean): string[] {
  return filesUnder(join(SRC, room)).flatMap((f) =>
    importedRooms(f).filter(forbidden).map((t) => `${relative(SRC, f)} → ${t}`),
  );
}

describe('import direction', () => {
  it('finds the imports it checks (the scanner works)', () => {
    expect(importedRooms(join(SRC, 'rules', 'run.ts'))).toContain('model');
  });

  for (const room of ['rules', 'extract', 'report']) {
    it(`src/${room} does not import src/ingest`, () => {
      expect(violations(room, (t) => t === 'ingest')).toEqual([]);
    });
  }

  for (const room of ['ingest', 'segment', 'extract', 'model', 'text']) {
    it(`src/${room} does not import src/rules (rules consume readings, never supply them)`, () => {
      expect(violations(room, (t) => t === 'rules')).toEqual([]);
    });
  }

  it('src/text imports no stage', () => {
    expect(violations('text', (t) => t !== 'text')).toEqual([]);
  });
});

/** The code of a file without its comments (strings and patterns kept), line by line. */
function codeLines(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((l) => l.replace(/^\s*\/\/.*$/, '').replace(/\s\/\/\s.*$/, ''));
}

const VIETNAMESE = /(?=[^\x00-\x7F])\p{L}/u;
/** A digit class in a pattern: \d (also as "\\d" in a string), [0-9, \p{N}. */
const DIGIT_CLASS = /\\{1,2}d|\[0-9|\\{1,2}p\{N/;

/** What a line of code breaks: a digit class, an alternation of Vietnamese words, a list of Vietnamese words. */
function readingsIn(line: string): string[] {
  const out: string[] = [];
  if (DIGIT_CLASS.test(line)) out.push('digit pattern');
  const pieces = line.split('|');
  for (let k = 0; k + 1 < pieces.length; k++) {
    const left = pieces[k].split(/[(/'"`]/).pop()!;
    const right = pieces[k + 1].split(/[)/'"`]/)[0];
    if (VIETNAMESE.test(left) && VIETNAMESE.test(right)) {
      out.push('Vietnamese alternation');
      break;
    }
  }
  const words = [...line.matchAll(/(['"])((?:(?!\1).)*)\1\s*(?=[,\]])/gu)].filter((m) => VIETNAMESE.test(m[2]));
  if (words.length >= 2 && /\[/.test(line)) out.push('Vietnamese word list');
  if (/(['"`])[^'"`]*\p{L}[^'"`]*\1\.split\(/u.test(line) && VIETNAMESE.test(line)) out.push('Vietnamese word list');
  return out;
}

/**
 * Lines of rule modules allowed to read the text themselves, each with the reason. Keep it short: a reading
 * belongs in src/extract/, a word list in src/text/lexicon.ts.
 */
const ALLOWED: ReadonlyArray<{ file: string; pattern: RegExp; why: string }> = [];

describe('rules only judge', () => {
  it('the scanner finds what it looks for', () => {
    expect(readingsIn(String.raw`const NUM = /(\d+(?:[.,]\d+)*)/;`)).toEqual(['digit pattern']);
    expect(readingsIn('const X = new RegExp("\\\\d+");')).toEqual(['digit pattern']);
    expect(readingsIn(String.raw`const Y = /[0-9]+|\p{N}/u;`)).toEqual(['digit pattern']);
    expect(readingsIn('const HEDGE = /(?:hơn|gần|khoảng)\\s*$/iu;')).toEqual(['Vietnamese alternation']);
    expect(readingsIn("const UNITS = new Set(['cái', 'chiếc', 'bộ']);")).toEqual(['Vietnamese word list']);
    expect(readingsIn("const G = new Set('hồ sơ trường hợp'.split(' '));")).toEqual(['Vietnamese word list']);
    expect(readingsIn("const ok = a || b; const s = `${x} → ${y} hoặc ${z}`;")).toEqual([]);
    expect(readingsIn("context.report({ messageId: 'x', data: { verb: c.verb } });")).toEqual([]);
  });

  it('no rule module parses numbers or holds its own cue words', () => {
    const found = filesUnder(join(SRC, 'rules')).flatMap((f) =>
      codeLines(readFileSync(f, 'utf8')).flatMap((line, i) =>
        readingsIn(line)
          .filter(() => !ALLOWED.some((a) => relative(SRC, f) === a.file && a.pattern.test(line)))
          .map((what) => `${relative(SRC, f)}:${i + 1}: ${what}: ${line.trim().slice(0, 100)}`),
      ),
    );
    expect(found).toEqual([]);
  });
});

/** The names a file imports (values, not types) or re-exports from src/extract, with the extract module's path. */
function extractImports(file: string): { name: string; module: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { name: string; module: string }[] = [];
  for (const m of text.matchAll(/(import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), m[4]).replace(/\.js$/, '.ts');
    if (m[2] || relative(SRC, target).split(sep)[0] !== 'extract') continue;
    for (const piece of m[3].split(',')) {
      const name = piece.trim().split(/\s+as\s+/)[0].trim();
      if (name !== '' && !name.startsWith('type ')) out.push({ name, module: target });
    }
  }
  return out;
}

/** Names of readers by the house's naming: they walk the document. */
const READER_NAME = /^(?:extract|find|read|match|locate)[A-Z]/;
/** A first parameter that is the document (or a part of the analysis): the function reads it, it does not judge. */
const DOCUMENT_PARAM = /\b(?:Analysis|Source|Block|\w*Input|\w*Context)\b/;

/** Why an extract function is a reader a rule may not call, or null when it is a pure helper (a figure, a string, a table). */
function readerReason(name: string, module: string): string | null {
  if (READER_NAME.test(name)) return 'named as a reader';
  const text = readFileSync(module, 'utf8');
  const esc = name.replace(/[$]/g, '\\$&');
  const sig = new RegExp(String.raw`export\s+(?:function\s+${esc}\s*(?:<[^>]*>)?\(|const\s+${esc}\s*=\s*\()\s*\w+\??\s*:\s*([^,)=]+)`).exec(text);
  return sig && DOCUMENT_PARAM.test(sig[1]) ? `takes the document (${sig[1].trim()})` : null;
}

/**
 * Rule modules allowed to call a reader of src/extract, each with the reason. Keep it short: a reading runs
 * once in the extract stage (pipelines/analyse.ts) and is stored on the analysis.
 */
const ALLOWED_READERS: ReadonlyArray<{ file: string; name: string; why: string }> = [
  {
    file: 'rules/ocr-caution.ts',
    name: 'unsureWords',
    why: 'not a rule: applied once per document after the rules, like severity options, to the findings; reads the OCR word confidences of the source',
  },
  {
    file: 'rules/ocr-caution.ts',
    name: 'garbledTables',
    why: 'the same after-the-rules caution: finds the scanned tables holding a garbled number, so an error on one of their rows becomes a warning',
  },
  {
    file: 'rules/ocr-caution.ts',
    name: 'hiddenMarker',
    why: 'the same after-the-rules caution: a heading numbered too late on a scan becomes a warning when a line before it opens with a word that may be its lost marker misread',
  },
  {
    file: 'rules/ocr-caution.ts',
    name: 'lostItem',
    why: 'the same after-the-rules caution: a count or sum short on a scan whose list markers or table row numbers skip, or whose lines read unsure, becomes a warning (the scan may have lost an item)',
  },
  {
    file: 'rules/ocr-caution.ts',
    name: 'wordWithDigits',
    why: 'the same after-the-rules caution: names the OCR word of an error whose stated value is the computed one with its decimal mark moved (1159 for 115,9), when the error becomes a warning',
  },
];

describe('rules read no text themselves', () => {
  it('the scanner tells readers from helpers', () => {
    expect(readerReason('readComparisons', join(SRC, 'extract', 'comparisons.ts'))).toBe('named as a reader');
    expect(readerReason('placeRole', join(SRC, 'extract', 'place-roles.ts'))).toMatch(/^takes the document/);
    expect(readerReason('shareOf', join(SRC, 'extract', 'shares.ts'))).toMatch(/^takes the document/);
    expect(readerReason('unitHead', join(SRC, 'extract', 'quantities.ts'))).toBeNull();
    expect(readerReason('labelTokens', join(SRC, 'extract', 'similarity.ts'))).toBeNull();
    expect(extractImports(join(SRC, 'rules', 'support', 'percent.ts')).map((i) => i.name)).toContain('percentAgrees');
  });

  it('a rule module imports from src/extract only types and helpers that read nothing of the document', () => {
    const found = filesUnder(join(SRC, 'rules')).flatMap((f) =>
      extractImports(f).flatMap(({ name, module }) => {
        const why = readerReason(name, module);
        if (why === null || ALLOWED_READERS.some((a) => a.file === relative(SRC, f) && a.name === name)) return [];
        return [`${relative(SRC, f)}: ${name} from ${relative(SRC, module)}: ${why}`];
      }),
    );
    expect(found).toEqual([]);
  });
});

/** The Vietnamese word alternations of a file: lines whose pattern or string alternates two Vietnamese words. */
function alternationsIn(file: string): { line: number; text: string }[] {
  return codeLines(readFileSync(file, 'utf8')).flatMap((text, i) =>
    readingsIn(text).includes('Vietnamese alternation') ? [{ line: i + 1, text }] : [],
  );
}

/**
 * Lines of src/extract and src/segment allowed to alternate Vietnamese words, each with the reason. Keep it short:
 * a cue word belongs in a named list of src/text/lexicon.ts, built into patterns with `alt` / `wordsRe`.
 * (src/extract/catalogue.ts holds indicator names and synonyms as data, in arrays, not alternations: it is not
 * flagged and stays where it is.)
 */
const ALLOWED_ALTERNATIONS: ReadonlyArray<{ file: string; pattern: RegExp; why: string }> = [
  {
    file: 'segment/heading.ts',
    pattern: /\(PHẦN\|Phần\)|\(MỤC\|Mục\)|\(PHỤ LỤC\|Phụ lục\)/,
    why: 'the two accepted casings of one heading keyword in a case-sensitive heading grammar (an all-caps or a title-case heading), not a list of cue words',
  },
  { file: 'segment/numbering.ts', pattern: /\(PHỤ LỤC\|Phụ lục\)/, why: 'the same appendix keyword in its two casings, cut from a numbering key' },
  {
    file: 'extract/quantities.ts',
    pattern: /const PERIOD = /,
    why: 'the grammar of a period named with its number ("6 tháng đầu năm 2024", "quý II/2024", "tháng 6/2024", "năm 2024"): its alternatives are constructs of a period noun and a number, not a list of cue words (the words "đầu"/"cuối" come from START_END_WORDS)',
  },
  {
    file: 'extract/ocr-confidence.ts',
    pattern: /const CONFUSABLE = /,
    why: 'a character class of letters OCR confuses with digits (O, l, I, S, B and accented o), not words',
  },
];

describe('cue words live in the lexicon', () => {
  it('the scanner finds a Vietnamese alternation in a regex literal and in a string, and nothing in a built pattern', () => {
    expect(readingsIn('const X = /(?:trong đó|gồm)\\s/iu;')).toContain('Vietnamese alternation');
    expect(readingsIn("const COUNTED = 'người|hộ|nhân khẩu';")).toContain('Vietnamese alternation');
    expect(readingsIn('const X = new RegExp(`(?:${alt(OF_WHICH)})\\s`, \'iu\');')).toEqual([]);
    expect(readingsIn('const Y = /(?:km|ha)\\b/u;')).toEqual([]);
  });

  it('src/extract and src/segment hold no Vietnamese word alternation outside the allow-list', () => {
    const found: string[] = [];
    for (const room of ['extract', 'segment']) {
      for (const f of filesUnder(join(SRC, room))) {
        const file = relative(SRC, f).split(sep).join('/');
        for (const { line, text } of alternationsIn(f)) {
          if (ALLOWED_ALTERNATIONS.some((a) => a.file === file && a.pattern.test(text))) continue;
          found.push(`${file}:${line}: ${text.trim().slice(0, 100)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
