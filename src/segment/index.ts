import type { ListItem, Section, Source, Warning } from '../model/index.js';
import { buildSectionTree } from './tree.js';
import { repairOcrNumbers } from './ocr-repair.js';

export type { Heading } from './heading.js';
export { recogniseHeading } from './heading.js';

/** Result of segmenting a Source into its section tree. */
export interface Segmentation { sections: Section[]; blockSection: (number | null)[]; lists: ListItem[][]; markers: ListItem[]; warnings: Warning[] }

/** Build the section tree from the report's own heading numbering; odd numbering becomes warnings, never throws. */
export function segmentSections(source: Source): Segmentation {
  const segmentation = buildSectionTree(source.blocks);
  repairOcrNumbers(segmentation.sections, source);
  return segmentation;
}
