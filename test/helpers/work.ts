/**
 * Work counting for linearity tests: while a function runs, the built-ins a stage spends its time in (regex
 * searches, string slices and scans, array walks) add up how many characters or elements they passed over. A stage
 * that rescans a line from each of its figures does work growing with the square of the input, whatever the machine;
 * tests compare the counts at two sizes instead of timing anything.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Fn = (...args: any[]) => any;

let total = 0;
let depth = 0;
/** With WORK_SITES set, the work by the program line that asked for it (to find what grows): printed by countWork. */
const sites = process.env.WORK_SITES ? new Map<string, number>() : null;
function add(units: number): void {
  total += units;
  if (!sites || depth > 0) return;
  depth++;
  try {
    const stack = new Error().stack?.split('\n') ?? [];
    const line = stack.find((l) => /\/src\//.test(l))?.trim() ?? '?';
    sites.set(line, (sites.get(line) ?? 0) + units);
  } finally {
    depth--;
  }
}

function patch<T extends object>(proto: T, name: string, cost: (self: any, args: any[], result: any) => number, callsBack = false): () => void {
  const original = (proto as any)[name] as Fn;
  (proto as any)[name] = function (this: unknown, ...args: any[]) {
    // String built-ins calling built-ins (replace calling exec) count once, at the outermost call; array methods calling
    // back into the program count the work of their callbacks too.
    if (callsBack) {
      const result = original.apply(this, args);
      if (depth === 0) add(cost(this, args, result));
      return result;
    }
    depth++;
    let result;
    try {
      result = original.apply(this, args);
    } finally {
      depth--;
    }
    if (depth === 0) add(cost(this, args, result));
    return result;
  };
  return () => {
    (proto as any)[name] = original;
  };
}

/** RegExp exec: the characters from where the search began to the match's end (or the text's end). */
function patchExec(): () => void {
  const original = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    depth++;
    let m: RegExpExecArray | null;
    try {
      m = original.call(this, s);
    } finally {
      depth--;
    }
    if (depth === 0) add((m ? m.index + m[0].length : String(s).length) - from + 1);
    return m;
  };
  return () => {
    RegExp.prototype.exec = original;
  };
}

/** A method taking a callback first: one unit per call of the callback. */
function countCalls<T extends object>(proto: T, name: string): () => void {
  const original = (proto as any)[name] as Fn;
  (proto as any)[name] = function (this: unknown, callback: Fn, ...rest: any[]) {
    const outer = depth === 0;
    const counted = function (this: unknown, ...args: any[]) {
      if (outer) add(1);
      return callback.apply(this, args);
    };
    if (outer) add(1);
    return original.call(this, typeof callback === 'function' ? counted : callback, ...rest);
  };
  return () => {
    (proto as any)[name] = original;
  };
}

const len = (s: unknown) => (typeof s === 'string' || Array.isArray(s) ? s.length : 0);
// A search from `from` that found `at` (or nothing): the characters it passed.
const searched = (self: unknown, at: number, from: number) => (at < 0 ? len(self) - from : at - from + 1);

/** The work `run` does, in characters and elements passed over by built-ins (a lower bound of the true work). */
export function countWork(run: () => void): number {
  total = 0;
  const restore = [
    patchExec(),
    ...(['slice', 'substring', 'substr', 'padStart', 'padEnd', 'repeat', 'replaceAll'] as const).map((n) => patch(String.prototype, n, (_s, _a, r) => len(r) + 1)),
    ...(['toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize', 'split', 'replace', 'match', 'matchAll', 'search', 'includes', 'startsWith', 'endsWith'] as const).map((n) =>
      patch(String.prototype, n, (s) => len(String(s)) + 1),
    ),
    patch(String.prototype, 'indexOf', (s, [, from = 0], r: number) => searched(String(s), r, Math.max(0, Number(from) || 0))),
    patch(String.prototype, 'lastIndexOf', (s, [, from], r: number) => {
      const start = from === undefined ? len(String(s)) : Math.min(len(String(s)), Number(from));
      return r < 0 ? start + 1 : start - r + 1;
    }),
    patch(Array.prototype, 'slice', (_a, _x, r) => len(r) + 1, true),
    ...(['filter', 'map', 'forEach', 'reduce', 'join', 'concat', 'sort', 'flat', 'flatMap', 'reverse', 'toSorted'] as const).map((n) => patch(Array.prototype, n, (a) => len(a) + 1, true)),
    // Searches that stop early: the elements they visited.
    ...(['find', 'findIndex', 'some', 'every', 'findLast', 'findLastIndex'] as const).map((n) => countCalls(Array.prototype, n)),
    patch(Array.prototype, 'includes', (a, _x, r: boolean) => (r ? 1 : len(a) + 1), true),
    patch(Array.prototype, 'indexOf', (a, _x, r: number) => (r < 0 ? len(a) : r) + 1, true),
    patch(Array.prototype, 'lastIndexOf', (a, _x, r: number) => (r < 0 ? len(a) : len(a) - r) + 1, true),
  ];
  sites?.clear();
  try {
    run();
  } finally {
    for (const r of restore.reverse()) r();
  }
  if (sites) {
    const top = [...sites].sort((a, b) => b[1] - a[1]).slice(0, 8);
    process.stderr.write(top.map(([l, n]) => `  ${n} ${l}`).join('\n') + '\n');
  }
  return total;
}
