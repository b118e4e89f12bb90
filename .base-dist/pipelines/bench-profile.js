/**
 * bench-profile: the top self-time functions of the .cpuprofile files in a
 * folder (as `node --cpu-prof --cpu-prof-dir=DIR` writes them, one per thread),
 * merged, so a missed bench target points at its cost.
 *
 *   node --cpu-prof --cpu-prof-dir=output/prof dist/pipelines/bench.js --child output/bench/corpus-1000 output/bench/p.sqlite
 *   node dist/pipelines/bench-profile.js output/prof [top=25]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/** Self time in microseconds per function ("name file:line"), summed over every profile in `dir`. */
export function selfTimes(dir) {
    const self = new Map();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.cpuprofile'))) {
        const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        profile.samples.forEach((id, i) => {
            const frame = byId.get(id).callFrame;
            const file = frame.url.replace(/^.*\/(node_modules\/[^/]+|dist)\//, '$1/');
            const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
            self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
        });
    }
    return self;
}
function main(dir, top) {
    const self = selfTimes(dir);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
        process.stdout.write(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}\n`);
    }
    process.stdout.write(`total ${(total / 1000).toFixed(0)} ms over all threads\n`);
}
if (process.argv[1]?.endsWith('bench-profile.js'))
    main(process.argv[2] ?? 'output/prof', Number(process.argv[3] ?? 25));
//# sourceMappingURL=bench-profile.js.map