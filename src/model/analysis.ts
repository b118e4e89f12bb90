import type { Claim } from './claim.js';
import type { Figure, NumberReading } from './figure.js';
import type { Finding } from './finding.js';
import type { Indicator } from './indicator.js';
import type { DocumentMeta } from './meta.js';
import type { ListItem, Section } from './section.js';
import type { BlockClauses, BlockSentences } from './sentence.js';
import type { DateMention } from './date.js';
import type { FigureReading } from './reading.js';
import type { TextReadings } from './text-reading.js';
import type { Source, Warning } from './source.js';
import type { Table } from './table.js';

/** Everything the stages learn about one document. */
export interface Analysis {
  source: Source;
  /** Who issued the report, for which period, when. */
  meta: DocumentMeta;
  sections: Section[];
  /** For each block index, the innermost section holding it (null before the first heading). */
  blockSection: (number | null)[];
  /** Numbered lists that are not headings (lists of sentences), each in reading order. */
  lists?: ListItem[][];
  /** Numbered paragraphs read as neither heading nor list item (a marker opening on a figure, "b) 100% …"), in reading order. */
  markers?: ListItem[];
  /** For each block index, its sentences in reading order (`sentences.of(block)`). */
  sentences: BlockSentences;
  /** For each block index, its clauses in reading order (`clauses.of(block)`, `clauses.at(block, offset)`). */
  clauses: BlockClauses;
  /** For each block index, the dates it states, in reading order. */
  dates: DateMention[][];
  figures: Figure[];
  /** The figures read as quantities: role, name, scope, part/whole relations (those a name can be told for). */
  readings: FigureReading[];
  /** What the text says beyond its figures (comparison claims, numbers run together, places named, share phrases, appendix rows). */
  textReadings: TextReadings;
  /** How the document writes its numbers (English or Vietnamese style, space grouping), from its own figures. */
  numbers?: NumberReading;
  /** Tables with header roles and parsed cells. */
  tables: Table[];
  /** Part–whole and list claims ("trong đó", "gồm", "04 trường: A, B, C"). */
  claims: Claim[];
  /** Every measured quantity as a row for analysts. */
  indicators: Indicator[];
  findings: Finding[];
  warnings: Warning[];
}
