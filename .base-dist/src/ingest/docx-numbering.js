/**
 * Word automatic numbering, rebuilt: mammoth drops it, yet reports number
 * their headings with it ("I.", "1.", "1.1.", "a)"), so without it the text
 * of a .docx would not match the same report typed by hand.
 *
 * Model (ECMA-376 §17.9): a `w:num` points at a `w:abstractNum` and may
 * override levels (`w:lvlOverride` with `w:startOverride` or a whole `w:lvl`).
 * Counters live per abstract definition, as in Word: two nums sharing one
 * abstractNum continue one sequence, unless a num's startOverride restarts it
 * the first time that num is used at that level. Advancing a level resets the
 * deeper levels, unless their `w:lvlRestart` says otherwise (0 = never).
 */
import { child, childElements, valAt } from './xml.js';
/** Longest label part a counter may render to, in characters. */
const MAX_LABEL = 32;
/** Text of a counter in a given numFmt; unknown formats fall back to decimal. */
export const FORMATS = {
    decimal: (n) => String(n),
    decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
    upperRoman: (n) => toRoman(n),
    lowerRoman: (n) => toRoman(n).toLowerCase(),
    upperLetter: (n) => toLetters(n),
    lowerLetter: (n) => toLetters(n).toLowerCase(),
    none: () => '',
};
const ROMAN = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
function toRoman(n) {
    if (n <= 0 || n >= 4000)
        return String(n);
    let out = '';
    let rest = n;
    for (const [value, digits] of ROMAN) {
        for (; rest >= value; rest -= value)
            out += digits;
    }
    return out;
}
/** Word's letters: 1 → A, 26 → Z, 27 → AA, 28 → BB. */
function toLetters(n) {
    if (n <= 0)
        return String(n);
    return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}
function intAttr(v) {
    const n = v === undefined ? NaN : parseInt(v, 10);
    return Number.isFinite(n) ? n : undefined;
}
/** A `w:numFmt`, looking into `mc:AlternateContent` fallbacks Word writes for newer formats. */
function readNumFmt(lvl) {
    const direct = valAt(lvl, 'numFmt');
    if (direct)
        return direct;
    const fallback = child(child(lvl, 'AlternateContent'), 'Fallback');
    return valAt(fallback, 'numFmt') ?? 'decimal';
}
function readLevel(lvl) {
    const restart = intAttr(valAt(lvl, 'lvlRestart'));
    return {
        start: intAttr(valAt(lvl, 'start')) ?? 0,
        numFmt: readNumFmt(lvl),
        lvlText: child(lvl, 'lvlText')?.attrs.val ?? '',
        restart,
        isLgl: child(lvl, 'isLgl') !== undefined && valAt(lvl, 'isLgl') !== '0',
        pStyle: valAt(lvl, 'pStyle'),
    };
}
/** Parse numbering.xml; `styleNumId` resolves `w:numStyleLink` (a list defined by a numbering style). */
export function readNumbering(root, styleNumId) {
    const abstracts = new Map();
    const links = new Map();
    for (const el of childElements(root ?? undefined, 'abstractNum')) {
        const levels = [];
        for (const lvl of childElements(el, 'lvl'))
            levels[intAttr(lvl.attrs.ilvl) ?? 0] = readLevel(lvl);
        abstracts.set(el.attrs.abstractNumId, levels);
        const link = valAt(el, 'numStyleLink');
        if (link)
            links.set(el.attrs.abstractNumId, link);
    }
    const nums = new Map();
    for (const el of childElements(root ?? undefined, 'num')) {
        const def = { abstractId: valAt(el, 'abstractNumId') ?? '', starts: new Map(), levels: new Map() };
        for (const o of childElements(el, 'lvlOverride')) {
            const ilvl = intAttr(o.attrs.ilvl) ?? 0;
            const start = intAttr(valAt(o, 'startOverride'));
            if (start !== undefined)
                def.starts.set(ilvl, start);
            const lvl = child(o, 'lvl');
            if (lvl)
                def.levels.set(ilvl, readLevel(lvl));
        }
        nums.set(el.attrs.numId, def);
    }
    // A numStyleLink abstractNum is a stub: its levels are those of the style's own list.
    for (const [abstractId, styleId] of links) {
        const target = nums.get(styleNumId(styleId) ?? '')?.abstractId;
        const levels = target && target !== abstractId ? abstracts.get(target) : undefined;
        if (levels)
            abstracts.set(abstractId, levels);
    }
    return { abstracts, nums };
}
/** A fresh numbering state for one document. */
export function createNumberer(defs) {
    const counters = new Map();
    const overridden = new Set();
    const warnings = [];
    const warnOnce = (message) => {
        if (!warnings.includes(message))
            warnings.push(message);
    };
    const levelOf = (num, ilvl) => num.levels.get(ilvl) ?? defs.abstracts.get(num.abstractId)?.[ilvl];
    // A label longer than this is no heading number but a hostile counter ("upperLetter" from
    // 100,000,000 repeats one letter 3.8 million times): that list gets no labels and a warning.
    const format = (level, n, legal) => {
        if (!level)
            return String(n);
        const fmt = legal ? 'decimal' : level.numFmt;
        const render = FORMATS[fmt];
        if (!render && fmt !== 'bullet')
            warnOnce(`Kiểu đánh số "${fmt}" chưa hỗ trợ, dùng số thường`);
        if (/Letter$/.test(fmt) && n > 26 * MAX_LABEL)
            return null; // too long to build at all
        const text = (render ?? FORMATS.decimal)(n);
        return text.length > MAX_LABEL ? null : text;
    };
    return {
        warnings,
        next(numId, ilvlIn, pStyle) {
            if (numId === '0')
                return null; // numId 0 switches numbering off
            const num = defs.nums.get(numId);
            const levels = num && defs.abstracts.get(num.abstractId);
            if (!num || !levels) {
                warnOnce(`Danh sách đánh số ${numId} không có trong numbering.xml`);
                return null;
            }
            const styled = pStyle === undefined ? -1 : levels.findIndex((l) => l?.pStyle === pStyle);
            const ilvl = Math.min(8, Math.max(0, ilvlIn ?? (styled >= 0 ? styled : 0)));
            const level = levelOf(num, ilvl);
            if (!level)
                return null;
            const state = counters.get(num.abstractId) ?? [];
            counters.set(num.abstractId, state);
            const key = `${numId}:${ilvl}`;
            const override = num.starts.get(ilvl);
            if (override !== undefined && !overridden.has(key)) {
                overridden.add(key);
                state[ilvl] = override;
            }
            else {
                state[ilvl] = state[ilvl] === undefined ? level.start : state[ilvl] + 1;
            }
            for (let k = ilvl + 1; k < 9; k++) {
                const restart = levelOf(num, k)?.restart ?? k;
                if (ilvl < restart)
                    state[k] = undefined;
            }
            if (level.numFmt === 'bullet')
                return '- ';
            let tooLong = false;
            const text = level.lvlText.replace(/%([1-9])/g, (_m, d) => {
                const k = Number(d) - 1;
                const other = levelOf(num, k);
                const part = format(other, state[k] ?? other?.start ?? 1, level.isLgl);
                tooLong ||= part === null;
                return part ?? '';
            });
            if (tooLong || text.length > MAX_LABEL * 4) {
                warnOnce(`Danh sách đánh số ${numId} có số thứ tự quá dài (trên ${MAX_LABEL} ký tự), bỏ qua số thứ tự của nó`);
                return null;
            }
            return text.trim() ? `${text.trim()} ` : null;
        },
    };
}
//# sourceMappingURL=docx-numbering.js.map