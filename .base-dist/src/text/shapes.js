/**
 * Objects held for the life of the process so that the hidden classes (V8 maps) of the objects every document makes
 * outlive each document. V8 reaches such a map from its root only by transitions it holds weakly: when the last object
 * of a shape dies, its map dies at the next full collections, and every function optimised on that map is thrown away
 * ("weak objects" in `--trace-deopt`) and compiled again for the next document — on a line of a million characters, in
 * the clock of the stage (`npm run stress`). One living object of the shape keeps the map, so every document's objects
 * share it from the first document on.
 *
 * Held here, in an array a function of this module refers to: a module's own `const KEPT = …; void KEPT;` does not hold
 * anything, since a top-level binding no function refers to is a local of the module's body and is collected once the
 * module has run (the blocks' map of `src/ingest/build-source.ts` was made again in every round of `npm run stress`
 * until its example was held here).
 */
const HELD = [];
/** Hold `example` for the life of the process and return it. */
export function keepShape(example) {
    HELD.push(example);
    return example;
}
/** The examples held so far (for tests: a document's object must have the map of the example of its shape). */
export function heldShapes() {
    return [...HELD];
}
//# sourceMappingURL=shapes.js.map