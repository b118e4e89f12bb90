/**
 * regexp-engine: compile each regular expression to machine code the first time it runs. Imported first by the
 * worker (and by the benches' and eval's readers), before any pattern runs.
 *
 * Why: V8 by default first runs a pattern in its bytecode interpreter and compiles it to machine code only once it
 * ran ("tier-up"), a good bet for a web page's one-off patterns. Ours are the opposite: a few hundred fixed patterns
 * (the lexicon's cue-word alternations, number and date readers), each scanning whole paragraphs of every report. A
 * fresh worker ran each one interpreted over its first report(s), then compiled it again: a worker's first txt report
 * cost ~1.4 s CPU instead of ~50 ms, and its first hundred reports ~7 s more than the same reports warm, paid again by
 * every worker of a batch (2 per batch on 2 cores, a new one after each 200 files). Compiling at first use halves that
 * warm-up (first hundred reports: ~11.9 → ~8.5 s CPU); a warm worker runs the same machine code as before, and a
 * pattern matches the same text either way, so every reading is the same.
 *
 * The flag is the engine's, so it holds for the whole process (every thread); set before any pattern is compiled.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
