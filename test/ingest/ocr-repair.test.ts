import { describe, expect, it } from 'vitest';
import { image, word } from './ocr-fakes.js';
import { buildLines } from '../../src/ingest/pdf-lines.js';
import { checkTwoDotMarks, ocrItems, oneStop, recountRomanMarkers, repairUnsureWords, restoreLostMarkers, romanSeriesFirst, splitGluedWords, tidyStrayMarkers, tidyNumberWords, type OcrPage, type OcrWord } from '../../src/ingest/ocr.js';



/** A serif "I" at x: a stem 6 px wide, 38 high, with feet and a head 16 px wide that touch the next I's. */
const serifI = (x: number): Array<[number, number, number, number]> => [[x, 10, 6, 38], [x - 5, 10, 16, 3], [x - 5, 45, 16, 3]];

describe('a closing semicolon or colon looked at in the image', () => {
  // A word 46 px high at x = 10: a letter (a stem with a horn joined at its top right, as in "Ư"), then at x = 40 a comma
  // (ink in the lower half, reaching below the baseline), with or without an upper dot at mid-height above it.
  const letter: Array<[number, number, number, number]> = [[10, 10, 6, 30], [16, 34, 14, 6], [26, 10, 6, 30], [30, 6, 8, 5]];
  const comma: Array<[number, number, number, number]> = [[40, 36, 5, 12]];
  const dot: Array<[number, number, number, number]> = [[40, 22, 5, 5]];

  it('reads a "," where Tesseract read ";" and the page shows no upper dot (a horn above is the letter\'s)', () => {
    const page: OcrPage = { width: 100, height: 60, dpi: 300, words: [word('THƯ;', 8, 4, 40, 46, 91)] };
    expect(checkTwoDotMarks(page, image(100, 60, [...letter, ...comma]))).toBe(1);
    expect(page.words[0].text).toBe('THƯ,');
    // A stop alone read as a colon.
    const stop: OcrPage = { width: 100, height: 60, dpi: 300, words: [word('gồm:', 8, 4, 40, 46, 80)] };
    checkTwoDotMarks(stop, image(100, 60, [...letter, [40, 42, 5, 5]]));
    expect(stop.words[0].text).toBe('gồm.');
  });

  it('keeps a semicolon the page shows, and one Tesseract was sure of', () => {
    const page: OcrPage = { width: 100, height: 60, dpi: 300, words: [word('đất;', 8, 4, 40, 46, 91)] };
    expect(checkTwoDotMarks(page, image(100, 60, [...letter, ...comma, ...dot]))).toBe(0);
    expect(page.words[0].text).toBe('đất;');
    const sure: OcrPage = { width: 100, height: 60, dpi: 300, words: [word('THƯ;', 8, 4, 40, 46, 97)] };
    expect(checkTwoDotMarks(sure, image(100, 60, [...letter, ...comma]))).toBe(0);
  });
});

describe('Roman markers counted in the image', () => {
  // "III." drawn at x = 20, 36, 52 (feet touching) and a stop at the baseline after them.
  const img = image(200, 60, [...serifI(20), ...serifI(36), ...serifI(52), [66, 42, 6, 6]]);

  it('reads three strokes and a stop as "III." whatever Tesseract said', () => {
    for (const said of ['II.', 'Il.', 'IL.', 'III']) {
      const page: OcrPage = { width: 200, height: 60, dpi: 300, words: [word(said, 15, 10, 58, 38), word('ĐÁNH', 90, 10, 60, 38)] };
      recountRomanMarkers(page, img);
      expect(page.words[0].text).toBe('III.');
      expect(page.words[1].text).toBe('ĐÁNH');
    }
  });

  it('keeps a right marker, and leaves digits and words inside a line alone', () => {
    const page: OcrPage = {
      width: 200, height: 60, dpi: 300,
      words: [word('III.', 15, 10, 58, 38), word('Il', 15, 10, 58, 38), word('1.', 15, 10, 58, 38, 92, '1.1.2')],
    };
    expect(recountRomanMarkers(page, img)).toBe(0);
    expect(page.words.map((w) => w.text)).toEqual(['III.', 'Il', '1.']);
  });

  it('counts two strokes without a stop as "II"', () => {
    const two = image(200, 60, [...serifI(20), ...serifI(36)]);
    const page: OcrPage = { width: 200, height: 60, dpi: 300, words: [word('III', 15, 10, 42, 38)] };
    recountRomanMarkers(page, two);
    expect(page.words[0].text).toBe('II');
  });
});

describe('a Roman I read with a square bracket', () => {
  it('is counted in the image when it opens its line with a stop, and left as read elsewhere', () => {
    // One serif I and a stop, read "[." or "I[." (noise joined its serifs on one side), at 26–27.
    const i = image(200, 60, [...serifI(20), [40, 42, 6, 6]]);
    for (const said of ['[.', 'I[.']) {
      const page: OcrPage = { width: 200, height: 60, dpi: 300, words: [word(said, 14, 10, 46, 38, 26), word('Công', 90, 10, 60, 38)] };
      expect(recountRomanMarkers(page, i)).toBe(1);
      expect(page.words[0].text).toBe('I.');
    }
    // Inside a line, or with no stop after it, a bracket is not taken for a marker.
    const inside: OcrPage = { width: 200, height: 60, dpi: 300, words: [word('Xem', 90, 10, 60, 38), word('[.', 14, 10, 46, 38, 26, '1.1.1')] };
    expect(recountRomanMarkers(inside, i)).toBe(0);
    const bare: OcrPage = { width: 200, height: 60, dpi: 300, words: [word('[', 14, 10, 46, 38, 26), word('Công', 90, 10, 60, 38)] };
    expect(recountRomanMarkers(bare, i)).toBe(0);
  });
});

describe('a Roman I read as an L', () => {
  it('is an I when its foot is a serif, and stays an L when the foot runs to the right', () => {
    // A serif I and a stop after it; an L: a stem with a foot 20 px long to its right, and a stop.
    const i = image(200, 60, [...serifI(20), [40, 42, 6, 6]]);
    const l = image(200, 60, [[20, 10, 6, 38], [20, 44, 24, 4], [52, 42, 6, 6]]);
    const page = (): OcrPage => ({ width: 200, height: 60, dpi: 300, words: [word('L.', 14, 10, 46, 38, 85), word('TÌNH', 90, 10, 60, 38)] });
    const a = page();
    expect(recountRomanMarkers(a, i)).toBe(1);
    expect(a.words[0].text).toBe('I.');
    const b = page();
    expect(recountRomanMarkers(b, l)).toBe(0);
    expect(b.words[0].text).toBe('L.');
  });
});

describe('Roman markers closed by a bracket', () => {
  // A closing bracket: a tall glyph of its own, from above the I's heads to below their feet.
  const bracket = (x: number): [number, number, number, number] => [x, 6, 5, 52];
  // Boxes span the bracket: top 6, 52 high.
  const page = (said: string, width: number, line = '2.1.1'): OcrPage => ({ width: 240, height: 70, dpi: 300, words: [word(said, 15, 6, width, 52, 50, line), word('TỒN', 110, 10, 50, 38, 96, line)] });

  it('reads the bracket as ")" and counts the strokes before it, whatever Tesseract made of the bracket', () => {
    const one = image(240, 70, [...serifI(20), bracket(40)]);
    for (const said of ['I_', 'l_', 'I),', 'ID']) {
      const p = page(said, 32);
      recountRomanMarkers(p, one);
      expect(p.words[0].text).toBe('I)');
    }
    const two = image(240, 70, [...serifI(20), ...serifI(36), bracket(56)]);
    for (const said of ['II).', 'ID', 'III)', 'Il)']) {
      const p = page(said, 48);
      recountRomanMarkers(p, two);
      expect(p.words[0].text).toBe('II)');
    }
    const three = image(240, 70, [...serifI(20), ...serifI(36), ...serifI(52), bracket(72)]);
    const p = page('II)', 64);
    expect(recountRomanMarkers(p, three)).toBe(1);
    expect(p.words.map((w) => w.text)).toEqual(['III)', 'TỒN']);
  });

  it('does not take the last stroke for a bracket when it stands on the same feet, nor read a D without a bracket', () => {
    // Three serif I's, the box as tall as the strokes: no bracket, three strokes.
    const three = image(240, 70, [...serifI(20), ...serifI(36), ...serifI(52)]);
    const p: OcrPage = { width: 240, height: 70, dpi: 300, words: [word('II', 15, 10, 58, 38, 60)] };
    recountRomanMarkers(p, three);
    expect(p.words[0].text).toBe('III');
    // "ID" over two strokes and nothing hanging below them stays as read (an abbreviation, not a marker).
    const two = image(240, 70, [...serifI(20), ...serifI(36)]);
    const q: OcrPage = { width: 240, height: 70, dpi: 300, words: [word('ID', 15, 10, 42, 38, 60)] };
    expect(recountRomanMarkers(q, two)).toBe(0);
    expect(q.words[0].text).toBe('ID');
    // Not the first word of its line and without a stop or bracket as read: left alone.
    const r: OcrPage = { width: 240, height: 70, dpi: 300, words: [word('Mục', 0, 10, 10, 38, 96), word('I_', 15, 6, 32, 52, 50)] };
    expect(recountRomanMarkers(r, image(240, 70, [...serifI(20), bracket(40)]))).toBe(0);
  });
});

describe('a marker read with a second stop', () => {
  it('keeps one stop when unsure, at the start of a line only', () => {
    const page: OcrPage = {
      width: 100, height: 100, dpi: 300,
      words: [word('4..', 0, 0, 10, 10, 59), word('LĨNH', 20, 0, 10, 10), word('4..', 0, 20, 10, 10, 95, '1.1.2'), word('a..', 40, 20, 10, 10, 50, '1.1.2')],
    };
    oneStop(page);
    expect(page.words.map((w) => w.text)).toEqual(['4.', 'LĨNH', '4..', 'a..']);
  });
});

describe('tone marks put right by the document\'s own word pairs', () => {
  const line = (n: number, ...ws: Array<[string, number]>) => ws.map(([t, c], i) => word(t, i * 100, n * 50, 80, 40, c, `1.1.${n}`));
  const page = (): OcrPage => ({
    width: 1000, height: 1000, dpi: 300,
    words: [
      ...line(1, ['II.', 92], ['KẾT', 96], ['QUÁ', 57], ['THỰC', 90], ['HIỆN', 93]),
      ...line(2, ['Kết', 95], ['quả', 96], ['thực', 94], ['hiện', 95], ['đạt', 97]),
      ...line(3, ['với', 95], ['kết', 96], ['quả', 96], ['tốt', 94]),
      ...line(4, ['4.', 92], ['LĨNH', 93], ['VỤC', 79], ['TRẺ', 93], ['EM', 97]),
      ...line(5, ['lĩnh', 95], ['vực', 96], ['y', 94], ['tế;', 95], ['lĩnh', 95], ['vực', 95], ['giáo', 95]),
      ...line(6, ['giá', 95], ['bán', 96], ['quá', 80], ['cao', 94]),
    ],
  });

  it('replaces an unsure word whose pairs never occur by the spelling the report uses twice', () => {
    const p = page();
    expect(repairUnsureWords([p])).toBe(2);
    expect(p.words.map((w) => w.text).filter((t) => /QU|VỰ|VỤ/u.test(t))).toEqual(['QUẢ', 'VỰC']);
  });

  it('leaves an unsure word alone when no other spelling is seen twice around it, and never touches a sure one', () => {
    const p = page();
    repairUnsureWords([p]);
    // "bán quá cao": "bán quả" is never seen, so "quá" stays.
    expect(p.words.find((w) => w.line === '1.1.6' && w.left === 200)!.text).toBe('quá');
    const sure = page();
    sure.words.forEach((w) => { w.conf = 95; });
    expect(repairUnsureWords([sure])).toBe(0);
  });
});

describe('tone marks of capitals Tesseract was fairly sure of', () => {
  const line = (n: number, ...ws: Array<[string, number]>) => ws.map(([t, c], i) => word(t, i * 100, n * 50, 80, 40, c, `1.1.${n}`));
  it('puts right a heading word in capitals read at 91 when its pairs never occur, and leaves lower case at 91 alone', () => {
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 300,
      words: [
        ...line(1, ['III.', 93], ['KẾT', 96], ['QUÁ', 91], ['ĐẠT', 96], ['ĐƯỢC', 96]),
        ...line(2, ['Các', 96], ['kết', 96], ['quả', 96], ['đạt', 95], ['được', 96], ['nêu', 95]),
        ...line(3, ['những', 96], ['kết', 97], ['quả', 96], ['đạt', 96], ['được', 95]),
        ...line(4, ['nước', 96], ['chảy', 96], ['quá', 91], ['mạnh', 93]),
      ],
    };
    expect(repairUnsureWords([p])).toBe(1);
    expect(p.words.filter((w) => /^qu/iu.test(w.text)).map((w) => w.text)).toEqual(['QUẢ', 'quả', 'quả', 'quá']);
    // The same word in lower case at 91 is sure: it stays, though "kết quả đạt" is seen twice (at 85 it is put right).
    const lower = (conf: number): OcrPage => ({
      width: 1000, height: 1000, dpi: 300,
      words: [
        ...line(1, ['các', 96], ['kết', 96], ['quá', conf], ['đạt', 96], ['được', 96]),
        ...line(2, ['Các', 96], ['kết', 96], ['quả', 96], ['đạt', 95], ['được', 96], ['nêu', 95]),
        ...line(3, ['những', 96], ['kết', 97], ['quả', 96], ['đạt', 96], ['được', 95]),
      ],
    });
    const sure = lower(91);
    expect(repairUnsureWords([sure])).toBe(0);
    const unsure = lower(85);
    expect(repairUnsureWords([unsure])).toBe(1);
    expect(unsure.words[2].text).toBe('quả');
  });
});

describe('a word that is no Vietnamese syllable', () => {
  const line = (n: number, ...ws: Array<[string, number]>) => ws.map(([t, c], i) => word(t, i * 100, n * 50, 80, 40, c, `1.1.${n}`));
  it('takes the one syllable its letters spell when read under 95 and nowhere sure', () => {
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 300,
      words: [
        ...line(1, ['a)', 80], ['Uu', 90], ['thế', 96], ['của', 96], ['HTX', 91]),
        ...line(2, ['Sở', 96], ['KHĐT', 89], ['duyệt', 96], ['Nguyen', 88], ['vốn', 96]),
      ],
    };
    expect(repairUnsureWords([p])).toBe(1);
    // "Ưu" put right; "HTX" and "KHĐT" spell no syllable, "Nguyen" spells several (nguyên, nguyện, …): all stay.
    expect(p.words.map((w) => w.text)).toEqual(['a)', 'Ưu', 'thế', 'của', 'HTX', 'Sở', 'KHĐT', 'duyệt', 'Nguyen', 'vốn']);
  });

  it('drops, of a letter read twice, the reading with only some of the other\'s marks', () => {
    // "BẦU" read "BÂẦU" (the circumflex read alone, then with the grave): dropping either letter spells a syllable
    // ("BÂU", "BẦU"); the grave was seen on the page, so the letter without it goes. So "hôồ" is "hồ", not "hô".
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 300,
      words: [...line(1, ['BÂẦU', 80], ['CỬ', 96]), ...line(2, ['ven', 96], ['hôồ', 70], ['chứa', 96])],
    };
    expect(repairUnsureWords([p])).toBe(2);
    expect(p.words.map((w) => w.text)).toEqual(['BẦU', 'CỬ', 'ven', 'hồ', 'chứa']);
  });

  it('leaves it alone when read at 95 or more, or read so with high confidence elsewhere in the report', () => {
    const sure: OcrPage = { width: 1000, height: 1000, dpi: 300, words: line(1, ['Uu', 96], ['thế', 96]) };
    expect(repairUnsureWords([sure])).toBe(0);
    const twice: OcrPage = { width: 1000, height: 1000, dpi: 300, words: [...line(1, ['Uu', 90], ['thế', 96]), ...line(2, ['nhãn', 96], ['Uu', 97])] };
    expect(repairUnsureWords([twice])).toBe(0);
    expect(twice.words[0].text).toBe('Uu');
  });
});

describe('an unsure word two spellings of the report fit as often', () => {
  const line = (n: number, ...ws: Array<[string, number]>) => ws.map(([t, c], i) => word(t, i * 100, n * 50, 80, 40, c, `1.1.${n}`));
  it('takes the spelling the report writes on both sides of it over one seen on one side only', () => {
    // "cập nhật sổ sách" read "số" at 70: "nhật sổ" and "sổ sách" are each read sure once, "sơ sách" never, but "hồ sơ sách"
    // gives "sơ sách" twice: two pairs on one side tie with one on each side, and the sides decide.
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 300,
      words: [
        ...line(1, ['cập', 96], ['nhật', 96], ['số', 70], ['sách', 96]),
        ...line(2, ['đã', 96], ['cập', 96], ['nhật', 96], ['sổ', 95]),
        ...line(3, ['mở', 96], ['sổ', 94], ['sách', 96], ['kế', 96], ['toán', 96]),
        ...line(4, ['lập', 96], ['hồ', 96], ['sơ', 96], ['sách', 96], ['giáo', 96], ['khoa', 96]),
        ...line(5, ['nộp', 96], ['hồ', 96], ['sơ', 96], ['sách', 96], ['tham', 96], ['khảo', 96]),
      ],
    };
    expect(repairUnsureWords([p])).toBe(1);
    expect(p.words[2].text).toBe('sổ');
  });

  it('still leaves it when the two spellings are seen on as many sides as often', () => {
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 300,
      words: [
        ...line(1, ['cập', 96], ['nhật', 96], ['số', 70], ['sách', 96]),
        ...line(2, ['mở', 96], ['sổ', 94], ['sách', 96], ['kế', 96]),
        ...line(3, ['mở', 96], ['sổ', 94], ['sách', 96], ['kế', 96]),
        ...line(4, ['hồ', 96], ['sơ', 96], ['sách', 96], ['giáo', 96]),
        ...line(5, ['hồ', 96], ['sơ', 96], ['sách', 96], ['tham', 96]),
      ],
    };
    expect(repairUnsureWords([p])).toBe(0);
  });
});

describe('a letter read twice, with and without its mark', () => {
  const line = (n: number, ...ws: Array<[string, number]>) => ws.map(([t, c], i) => word(t, i * 100, n * 50, 80, 40, c, `1.1.${n}`));
  it('drops the one that leaves a syllable, in the case it was read', () => {
    const p: OcrPage = { width: 1000, height: 1000, dpi: 300, words: [...line(1, ['b)', 90], ['UƯu', 78], ['tiên', 96]), ...line(2, ['nguồn', 96], ['nuước', 80])] };
    expect(repairUnsureWords([p])).toBe(2);
    expect(p.words.map((w) => w.text)).toEqual(['b)', 'Ưu', 'tiên', 'nguồn', 'nước']);
  });

  it('leaves a word read at 95, or two same letters', () => {
    const sure: OcrPage = { width: 1000, height: 1000, dpi: 300, words: line(1, ['UƯu', 96], ['tiên', 96]) };
    expect(repairUnsureWords([sure])).toBe(0);
    // Two same letters are no letter read twice: a Roman "II." stays.
    const roman: OcrPage = { width: 1000, height: 1000, dpi: 300, words: line(1, ['II.', 80], ['MỤC', 96], ['TIÊU', 96]) };
    expect(repairUnsureWords([roman])).toBe(0);
  });
});

describe('a unit superscript OCR lost', () => {
  const line = (texts: string[], ln = '1.1.1'): OcrWord[] => texts.map((t, i) => word(t, 10 + 60 * i, 10, 50, 20, 93, ln));

  it('writes "m?" and "m2" after a number as "m²", keeping what follows', () => {
    const page: OcrPage = { width: 900, height: 60, dpi: 300, words: line(['sân', 'phơi', '1', '275', 'm?,', 'nhà', 'kho', '96', 'm2/kho', 'và', '3', 'km?']) };
    expect(tidyNumberWords([page])).toBe(3);
    expect(page.words.map((w) => w.text).join(' ')).toBe('sân phơi 1 275 m², nhà kho 96 m²/kho và 3 km²');
  });

  it('reads a closing quote in the superscript\'s place as a lost "²" too, and then "m2" in that file', () => {
    const page: OcrPage = { width: 900, height: 60, dpi: 300, words: line(['bãi', 'đỗ', '3', '120', 'm2,', 'kho', '640', 'm”;', 'bình', 'quân', '9', 'm"/xe']) };
    expect(tidyNumberWords([page])).toBe(3);
    expect(page.words.map((w) => w.text).join(' ')).toBe('bãi đỗ 3 120 m², kho 640 m²; bình quân 9 m²/xe');
    // After a word, or in a file that reads cubic metres, left as read.
    const word: OcrPage = { width: 900, height: 60, dpi: 300, words: line(['chữ', 'm”', 'in', 'nghiêng']) };
    expect(tidyNumberWords([word])).toBe(0);
    const cubic: OcrPage = { width: 900, height: 60, dpi: 300, words: line(['bồn', '8', 'm³,', 'sân', '30', 'm”']) };
    expect(tidyNumberWords([cubic])).toBe(0);
  });

  it('leaves a unit after a word, a longer word, and "m?" in a file that reads cubic metres', () => {
    const page: OcrPage = { width: 900, height: 60, dpi: 300, words: line(['khoảng', 'm?', 'nước', '12', 'mét', '40', 'm2a']) };
    expect(tidyNumberWords([page])).toBe(0);
    // A report that types "m2" and whose scan never reads "m?" keeps its "m2".
    const flat: OcrPage = { width: 900, height: 60, dpi: 300, words: line(['sân', '1', '275', 'm2,', 'kho', '96', 'm2']) };
    expect(tidyNumberWords([flat])).toBe(0);
    const cubic: OcrPage = { width: 900, height: 60, dpi: 300, words: line(['bể', '20', 'm3,', 'giếng', '15', 'm?']) };
    expect(tidyNumberWords([cubic])).toBe(0);
    expect(cubic.words[5].text).toBe('m?');
  });
});

describe('two syllables read as one word', () => {
  const at = (ln: number, ...ws: Array<[string, number]>): OcrWord[] => ws.map(([t, c], i) => word(t, 10 + 120 * i, 40 * ln, 100, 30, c, `1.1.${ln}`));

  it('splits a word that is no syllable where the report reads the pair twice elsewhere, sharing its box', () => {
    const page: OcrPage = { width: 1000, height: 400, dpi: 300, words: [
      ...at(1, ['Kiểm', 96], ['tra', 97], ['nhà', 95]), ...at(2, ['kiểm', 93], ['tra', 96]), ...at(3, ['Kiểmtra,', 88], ['xong', 95]),
    ] };
    expect(splitGluedWords([page])).toBe(1);
    expect(page.words.map((w) => w.text)).toEqual(['Kiểm', 'tra', 'nhà', 'kiểm', 'tra', 'Kiểm', 'tra,', 'xong']);
    const [a, b] = page.words.slice(5, 7);
    expect(a.line).toBe('1.1.3');
    expect(a.left).toBe(10);
    expect(b.left).toBeGreaterThan(a.left + a.width);
    expect(b.left + b.width).toBe(110);
  });

  it('leaves a syllable, a pair the report reads sure only once, and a word with digits', () => {
    const page: OcrPage = { width: 1000, height: 400, dpi: 300, words: [
      ...at(1, ['Kiểm', 96], ['tra', 97]), ...at(2, ['Kiểmtra', 80], ['nghiêng', 90], ['12abc', 40]),
    ] };
    expect(splitGluedWords([page])).toBe(0);
    expect(page.words.map((w) => w.text)).toEqual(['Kiểm', 'tra', 'Kiểmtra', 'nghiêng', '12abc']);
  });
});

describe('numbering markers whose thin part OCR lost', () => {
  /** One page, each line's words as read (all sure but the first of a line, given). */
  const page = (lines: Array<[first: string, conf: number, ...rest: string[]]>): OcrPage => ({
    width: 2480, height: 3508, dpi: 300,
    words: lines.flatMap(([first, conf, ...rest], i) => [word(first, 300, 100 * i, 60, 40, conf, `1.1.${i}`), ...rest.map((t, k) => word(t, 400 + 120 * k, 100 * i, 100, 40, 96, `1.1.${i}`))]),
  });

  it('reads empty brackets opening a line as the first marker of the report\'s bracketed style', () => {
    const roman = page([['()_', 40, 'Nguồn', 'vốn'], ['(ii)', 60, 'Cách', 'làm'], ['(iii)', 80, 'Kết', 'quả']]);
    expect(restoreLostMarkers([roman])).toBe(1);
    expect(roman.words.map((w) => w.text).filter((t) => t.startsWith('('))).toEqual(['(i)', '(ii)', '(iii)']);
    const arabic = page([['()', 40, 'Trạm', 'bơm'], ['(2)', 90, 'Kênh', 'tưới']]);
    restoreLostMarkers([arabic]);
    expect(arabic.words[0].text).toBe('(1)');
  });

  it('leaves empty brackets alone where the report shows no bracketed markers, or both kinds, or inside a line', () => {
    const none = page([['()', 40, 'Nguồn', 'vốn'], ['1.', 96, 'Cách', 'làm']]);
    const both = page([['()', 40, 'Nguồn'], ['(ii)', 90, 'Cách'], ['(2)', 90, 'Làm']]);
    const inside = page([['Ghi', 96, '()', 'chú'], ['(ii)', 90, 'Cách']]);
    expect(restoreLostMarkers([none]) + restoreLostMarkers([both]) + restoreLostMarkers([inside])).toBe(0);
  });

  it('puts back the stop of a Roman marker run into its sub-number, and two strokes read as an H', () => {
    const p = page([['II.1.', 96, 'Sản', 'xuất'], ['II2', 70, 'Dịch', 'vụ'], ['HI.1', 80, 'Ưu', 'điểm'], ['I3.', 70, 'Khác']]);
    expect(restoreLostMarkers([p])).toBe(2);
    // A lone I run into its number may be "II." with a stroke lost: left as read.
    expect([0, 3, 6, 9].map((i) => p.words[i].text)).toEqual(['II.1.', 'II.2', 'III.1', 'I3.']);
  });

  it('leaves such words alone in a report that writes no Roman marker with a sub-number', () => {
    const p = page([['II.', 96, 'Sản', 'xuất'], ['II2', 70, 'Dịch', 'vụ']]);
    expect(restoreLostMarkers([p])).toBe(0);
    expect(p.words[3].text).toBe('II2');
  });
});

describe('the first marker of a Roman series read as a one', () => {
  /** One page, each line's words as read, all sure. */
  const page = (lines: string[][]): OcrPage => ({
    width: 2480, height: 3508, dpi: 300,
    words: lines.flatMap((ws, i) => ws.map((t, k) => word(t, 300 + 120 * k, 100 * i, 100, 40, 96, `1.1.${i}`))),
  });
  const firsts = (p: OcrPage) => p.words.filter((w, i) => i === 0 || p.words[i - 1].line !== w.line).map((w) => w.text);

  it('reads "1." (or "l.", "|.") as "I." where a capital "II." follows and no "I." opens a line before it', () => {
    for (const said of ['1.', 'l.', '|.']) {
      const p = page([['BÁO', 'CÁO'], [said, 'CÔNG', 'TÁC', 'TUYỂN', 'SINH'], ['1.', 'Mầm', 'non'], ['2.', 'Tiểu', 'học'],
        ['II.', 'GIẢI', 'PHÁP'], ['1.', 'Cơ', 'sở'], ['III.', 'ĐỀ', 'XUẤT']]);
      expect(romanSeriesFirst([p]), said).toBe(1);
      expect(firsts(p)).toEqual(['BÁO', 'I.', '1.', '2.', 'II.', '1.', 'III.']);
    }
    // With a bracket for a stop, and after a Roman series that ended (a second part numbering from I again).
    const q = page([['I)', 'MỞ', 'ĐẦU'], ['II)', 'NỘI', 'DUNG'], ['PHẦN', 'HAI'], ['1)', 'KẾT', 'QUẢ'], ['II)', 'TỒN', 'TẠI']]);
    expect(romanSeriesFirst([q])).toBe(1);
    expect(firsts(q)).toEqual(['I)', 'II)', 'PHẦN', 'I)', 'II)']);
  });

  it('leaves a one where the series has its "I.", where the Arabic count goes on, or where the titles are not in capitals', () => {
    const right = page([['I.', 'MỞ', 'ĐẦU'], ['1.', 'KẾT', 'QUẢ'], ['II.', 'NỘI', 'DUNG']]);
    // An Arabic list in capitals whose "2." comes before the "II."; a "1." whose title is not in capitals; a "II." not in capitals.
    const counted = page([['1.', 'VỐN', 'ĐẦU', 'TƯ'], ['2.', 'NHÂN', 'LỰC'], ['II.', 'KIẾN', 'NGHỊ']]);
    const lower = page([['1.', 'Vốn', 'đầu', 'tư'], ['II.', 'KIẾN', 'NGHỊ']]);
    const plain = page([['1.', 'VỐN', 'ĐẦU', 'TƯ'], ['II.', 'Kiến', 'nghị']]);
    // Another stop: "1)" is not the first of a series stopped with "." .
    const stops = page([['1)', 'VỐN', 'ĐẦU', 'TƯ'], ['II.', 'KIẾN', 'NGHỊ']]);
    for (const p of [right, counted, lower, plain, stops]) expect(romanSeriesFirst([p])).toBe(0);
    expect(firsts(right)).toEqual(['I.', '1.', 'II.']);
  });
});

describe('a list\'s dash read as a scrap set far from its text', () => {
  // Three lines of a list, words 42 px high: the dash at x 357 (15 px wide, read as a scrap), the text from x 452.
  const line = (n: number, ...ws: Array<[string, number, number, number]>): OcrWord[] =>
    ws.map(([t, left, width, conf]) => word(t, left, 100 * n, width, 42, conf, `1.1.${n}`));
  const lines = (third: Array<[string, number, number, number]>): OcrPage => ({ width: 2480, height: 3508, dpi: 300, words: [
    ...line(1, ['°ồ', 357, 15, 40], ['-', 410, 17, 0], ['Ngân', 453, 130, 96], ['sách', 600, 110, 96]),
    ...line(2, ['-Ò', 357, 15, 0], ['Các', 452, 90, 96], ['xã', 560, 60, 96]),
    ...third,
  ] });

  it('is a dash when another line of the page opens with a scrap at the same place before text at the same place', () => {
    const items = ocrItems(lines(line(3, ['«', 358, 15, 16], ['Cán', 453, 96, 95], ['bộ', 568, 72, 95])));
    expect(items.map((i) => i.str)).toEqual(['-', 'Ngân', 'sách', '-', 'Các', 'xã', '-', 'Cán', 'bộ']);
  });

  it('is a dash too when the first word after it was read unsure (the first sure word further on)', () => {
    // "Hội" read at 44: the first sure word is "nghị", but the word right after the gap stands where the list's text does.
    const items = ocrItems(lines(line(3, ['«', 357, 15, 17], ['Hội', 452, 99, 44], ['nghị', 567, 102, 96], ['tỉnh', 690, 90, 96])));
    expect(items.map((i) => i.str)).toEqual(['-', 'Ngân', 'sách', '-', 'Các', 'xã', '-', 'Hội', 'nghị', 'tỉnh']);
  });

  it("is a dash when read as a digit of a few pixels at the place of the list's other dashes; a digit of text size stays", () => {
    const small = ocrItems(lines([word('3', 357, 311, 15, 15, 20, '1.1.3'), ...line(3, ['Kiểm', 453, 120, 25], ['tra', 590, 80, 96])]));
    expect(small.map((i) => i.str)).toEqual(['-', 'Ngân', 'sách', '-', 'Các', 'xã', '-', 'Kiểm', 'tra']);
    const tall = ocrItems(lines([word('3', 357, 300, 22, 40, 20, '1.1.3'), ...line(3, ['Kiểm', 453, 120, 25], ['tra', 590, 80, 96])]));
    expect(tall.map((i) => i.str).slice(6)).toEqual(['3', 'Kiểm', 'tra']);
  });

  it('stays a speck when no other line opens that way', () => {
    const page: OcrPage = { width: 2480, height: 3508, dpi: 300, words: [
      ...line(1, ['-Ò', 357, 15, 0], ['Các', 452, 90, 96], ['xã', 560, 60, 96]),
      ...line(2, ['°e', 250, 15, 0], ['Cán', 452, 96, 95], ['bộ', 568, 72, 95]),
    ] };
    expect(ocrItems(page).map((i) => i.str)).toEqual(['Các', 'xã', 'Cán', 'bộ']);
  });
});

describe('a list\'s bullet read sure as a small mark', () => {
  // Words 42 px high on lines 100 px apart (a size of about 32 px); the bullet a 15 × 15 px dot at x 360, its middle some
  // 20 px above the baseline, read "°" or "°Ò" at 60–75 with a dash or stops read from the gap after it; text from x 455.
  const text = (n: number, ...ws: Array<[string, number, number]>): OcrWord[] => ws.map(([t, left, width]) => word(t, left, 100 * n, width, 42, 96, `1.2.${n}`));
  const dot = (n: number, t: string, conf: number, top = 14): OcrWord => word(t, 360, 100 * n + top, 15, 15, conf, `1.2.${n}`);
  const gap = (n: number, t: string, conf: number): OcrWord => word(t, 405, 100 * n - 10, 30, 70, conf, `1.2.${n}`);

  it('is a dash where another line of the page opens with such a mark at the same place before text at the same place', () => {
    const page: OcrPage = { width: 2480, height: 3508, dpi: 300, words: [
      dot(1, '°', 74), gap(1, '__', 44), ...text(1, ['Mở', 455, 80], ['rộng', 560, 110]),
      dot(2, '°Ò', 62), gap(2, '.', 0), ...text(2, ['Lát', 456, 90], ['vỉa', 570, 70], ['hè', 660, 60]),
      dot(3, '«', 66), ...text(3, ['Trồng', 454, 140], ['cây', 620, 80]),
    ] };
    expect(ocrItems(page).map((i) => i.str)).toEqual(['-', 'Mở', 'rộng', '-', 'Lát', 'vỉa', 'hè', '-', 'Trồng', 'cây']);
  });

  it('stays as read alone on its page, on the baseline, or as tall as a letter', () => {
    const alone: OcrPage = { width: 2480, height: 3508, dpi: 300, words: [
      dot(1, '°', 74), ...text(1, ['Mở', 455, 80], ['rộng', 560, 110]),
      ...text(2, ['Lát', 300, 90], ['vỉa', 410, 70]),
    ] };
    expect(ocrItems(alone).map((i) => i.str)).toEqual(['°', 'Mở', 'rộng', 'Lát', 'vỉa']);
    // A mark whose middle is on the baseline (a speck), on two lines alike: not a bullet.
    const low: OcrPage = { width: 2480, height: 3508, dpi: 300, words: [
      dot(1, '°', 74, 32), ...text(1, ['Mở', 455, 80]), dot(2, '°', 74, 32), ...text(2, ['Lát', 456, 90]),
    ] };
    expect(ocrItems(low).map((i) => i.str)).toEqual(['°', 'Mở', '°', 'Lát']);
    // A sure word as tall as the text ("o" is read 20 px high at this size, a capital 30): no dot.
    const tall: OcrPage = { width: 2480, height: 3508, dpi: 300, words: [
      word('Ơ', 360, 112, 22, 30, 74, '1.2.1'), ...text(1, ['Mở', 455, 80]), word('Ơ', 360, 212, 22, 30, 74, '1.2.2'), ...text(2, ['Lát', 456, 90]),
    ] };
    expect(ocrItems(tall).map((i) => i.str)).toEqual(['Ơ', 'Mở', 'Ơ', 'Lát']);
  });
});

describe('a dash set off by spaces between words', () => {
  // One line of words 42 px high (a size of about 32 px): "Sở Nội vụ - Lao động", the dash's box as wide as `dash`.
  const page = (dash: number): OcrPage => ({ width: 2480, height: 3508, dpi: 300, words: [
    word('Sở', 300, 100, 60, 42, 96), word('Nội', 380, 100, 80, 42, 96), word('vụ', 480, 100, 60, 42, 96),
    word('-', 560, 124, dash, 4, 93), word('Lao', 560 + dash + 20, 100, 80, 42, 96), word('động', 680 + dash, 100, 110, 42, 96),
  ] });

  it('is an en dash when its ink is as wide as half a font size or more, a hyphen when narrower', () => {
    expect(ocrItems(page(20)).map((i) => i.str)).toEqual(['Sở', 'Nội', 'vụ', '–', 'Lao', 'động']);
    expect(ocrItems(page(10)).map((i) => i.str)).toEqual(['Sở', 'Nội', 'vụ', '-', 'Lao', 'động']);
    // A marker's dash after the line's first word stays as read, however wide.
    const marker: OcrPage = { width: 2480, height: 3508, dpi: 300, words: [
      word('b', 300, 100, 24, 42, 96), word('-', 340, 124, 20, 4, 93), word('Nội', 380, 100, 80, 42, 96), word('dung', 480, 100, 90, 42, 96),
    ] };
    expect(ocrItems(marker).map((i) => i.str)).toEqual(['b', '-', 'Nội', 'dung']);
  });
});

describe('numbering markers a speck made or glued to', () => {
  // Lines of words 40 px high; a line's first word at x = 100, its text at 160.
  const line = (n: number, ...ws: Array<[string, number, number?, number?]>) =>
    ws.map(([t, c, w = 80, h = 40], i) => word(t, 100 + i * 120, n * 60, w, h, c, `1.1.${n}`));
  it('takes out a small unsure letter and stop opening a line when no line before opens with the letter before it', () => {
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 200,
      words: [
        ...line(1, ['1.', 60, 35], ['Thu', 96], ['ngân', 96], ['sách', 96]),
        ...line(2, ['k.', 58, 15, 15]),
        ...line(3, ['CHỦ', 96], ['TỊCH', 96]),
        ...line(4, ['m.', 62, 15, 15], ['Ghi', 90], ['sổ', 96]),
      ],
    };
    expect(tidyStrayMarkers([p])).toBe(2);
    expect(p.words.map((w) => w.text)).toEqual(['1.', 'Thu', 'ngân', 'sách', 'CHỦ', 'TỊCH', 'Ghi', 'sổ']);
  });

  it('keeps a letter marker after the one before it, an "a.", a sure one, and one as tall as text', () => {
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 200,
      words: [
        ...line(1, ['a)', 40, 15, 15], ['Chăn', 96], ['nuôi', 96]),
        ...line(2, ['b)', 45, 15, 15], ['Trồng', 96], ['trọt', 96]),
        ...line(3, ['h.', 85, 15, 15], ['Lâm', 96], ['nghiệp', 96]),
        ...line(4, ['k.', 40, 30, 40], ['Thủy', 96], ['sản', 96]),
      ],
    };
    expect(tidyStrayMarkers([p])).toBe(0);
    expect(p.words).toHaveLength(12);
  });

  it('drops a capital read between a number and its stop where the numbers around it open lines', () => {
    const p: OcrPage = {
      width: 1000, height: 1000, dpi: 200,
      words: [...line(1, ['2.', 50], ['Giáo', 96]), ...line(2, ['3B.', 40], ['Y', 96], ['tế', 96]), ...line(3, ['4.', 30], ['Văn', 96])],
    };
    expect(tidyStrayMarkers([p])).toBe(1);
    expect(p.words[2].text).toBe('3.');
    // Without a "4." after it, or read sure, it stays as read.
    const alone: OcrPage = { width: 1000, height: 1000, dpi: 200, words: [...line(1, ['2.', 50], ['Giáo', 96]), ...line(2, ['3B.', 40], ['Y', 96])] };
    const sure: OcrPage = {
      width: 1000, height: 1000, dpi: 200,
      words: [...line(1, ['2.', 50], ['Giáo', 96]), ...line(2, ['3B.', 80], ['Y', 96]), ...line(3, ['4.', 30], ['Văn', 96])],
    };
    expect(tidyStrayMarkers([alone]) + tidyStrayMarkers([sure])).toBe(0);
  });
});

describe('the gap after a marker read as an underscore', () => {
  const line = (n: number, ...ws: Array<[string, number, number, number, number]>): OcrWord[] =>
    ws.map(([t, left, width, height, conf]) => word(t, left, 100 * n, width, height, conf, `1.1.${n}`));
  it('drops an underscore under 90 right after the line\'s marker, and keeps a blank to fill in after words', () => {
    const page: OcrPage = { width: 2480, height: 3508, dpi: 300, words: [
      ...line(1, ['2.', 350, 37, 40, 60], ['_', 420, 16, 60, 62], ['Mạng', 450, 120, 40, 96], ['lưới', 590, 90, 40, 96]),
      ...line(2, ['Người', 350, 130, 40, 96], ['ký:', 500, 60, 40, 96], ['_', 580, 300, 6, 62]),
    ] };
    expect(ocrItems(page).map((i) => i.str)).toEqual(['2.', 'Mạng', 'lưới', 'Người', 'ký:', '_']);
  });
});

describe("a list's bullet on a line whose boxes read small", () => {
  // Lines 100 px apart; words of the first two lines 42 px high (a size of about 32 px), the third line's capitals and short
  // words 34 px (its own size 26 px): "Lưu: HS, VP." The bullet a 15 × 15 px dot at x 360, its middle above the baseline.
  const words = (n: number, h: number, ...ws: Array<[string, number, number]>): OcrWord[] => ws.map(([t, left, width]) => word(t, left, 100 * n + 42 - h, width, h, 96, `1.3.${n}`));
  const dot = (n: number, t: string, conf: number): OcrWord => word(t, 360, 100 * n + 12, 15, 15, conf, `1.3.${n}`);
  const page = (third: string): OcrPage => ({ width: 2480, height: 3508, dpi: 300, words: [
    dot(1, '°', 74), ...words(1, 42, ['Sở', 455, 70], ['Y', 540, 30], ['tế;', 585, 70]),
    dot(2, '°Ò', 62), ...words(2, 42, ['Văn', 456, 95], ['phòng;', 566, 160]),
    dot(3, third, 63), ...words(3, 34, ['Lưu:', 455, 106], ['HS,', 580, 80], ['VP.', 680, 80]),
  ] });

  it("is the list's dash, measured by the size the line is given, not its own smaller one", () => {
    expect(ocrItems(page('s-')).map((i) => i.str).slice(7)).toEqual(['-', 'Lưu:', 'HS,', 'VP.']);
  });
});

describe('a word box that runs on over the next word', () => {
  // One line of a label cell, words 52 px high (0.24 pt a pixel): "vốn" read 229 px wide where its letters take 95, "sự"
  // and "nghiệp" starting inside that box.
  const line = (first: number): OcrPage => ({ width: 2480, height: 3508, dpi: 300, words: [
    word('vốn', 580, 1817, first, 52, 96), word('sự', 690, 1817, 52, 52, 96), word('nghiệp', 760, 1817, 150, 52, 96),
  ] });

  it('ends a word space before the next word, which keeps its place', () => {
    const items = ocrItems(line(229));
    expect(items.map((i) => Math.round(i.x / 0.24))).toEqual([580, 690, 760]);
    const [l] = buildLines(1, items);
    expect(l.segments.map((s) => s.text)).toEqual(['vốn sự nghiệp']);
    expect(Math.round(l.x1 / 0.24)).toBe(910);
  });

  it('is left as read when it ends before the next word', () => {
    expect(ocrItems(line(95)).map((i) => Math.round(i.width / 0.24))).toEqual([95, 52, 150]);
  });
});
