/**
 * Answers kept across documents (folded keys, canonical labels, unit heads, catalogue matches): a report's genre repeats
 * its labels in every document, so these maps live as long as the process, each emptied when it reaches its bound.
 * They are registered here so that a measurement can empty them all: `npm run stress` reads the same text round after
 * round, and without `clearMemos()` every round after the first timed a document whose every label was already
 * answered (10k characters: all of them; 100k: fewer, where the maps filled), not a first reading.
 */
const ALL: Map<unknown, unknown>[] = [];

/** A map kept across documents, emptied by `clearMemos`. */
export function memoMap<K, V>(): Map<K, V> {
  const m = new Map<K, V>();
  ALL.push(m as Map<unknown, unknown>);
  return m;
}

/** Texts longer than this are read afresh each time: only short ones (labels, names, units, cells) come back. */
export const MEMO_KEY_MAX = 200;
const MEMO_BOUND = 20000;

/**
 * The answer `read(key)` kept in `map` (made by `memoMap`): computed the first time, then handed back; the map is emptied
 * when it reaches its bound. A caller whose answer is mutable hands out a copy.
 */
export function remembered<V>(map: Map<string, V>, key: string, read: (key: string) => V): V {
  let answer = map.get(key);
  if (answer === undefined) {
    answer = read(key);
    if (map.size >= MEMO_BOUND) map.clear();
    map.set(key, answer);
  }
  return answer;
}

/** Empty every map kept across documents (the next document is read as by a fresh process). */
export function clearMemos(): void {
  for (const m of ALL) m.clear();
}
