import { buildSectionTree } from './tree.js';
import { repairOcrNumbers } from './ocr-repair.js';
export { recogniseHeading } from './heading.js';
/** Build the section tree from the report's own heading numbering; odd numbering becomes warnings, never throws. */
export function segmentSections(source) {
    const segmentation = buildSectionTree(source.blocks);
    repairOcrNumbers(segmentation.sections, source);
    return segmentation;
}
//# sourceMappingURL=index.js.map