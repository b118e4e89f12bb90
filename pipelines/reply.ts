/**
 * reply: what a worker sends back of a file's analysis. The whole Analysis (source, sentences, claims, readings…)
 * is a deep tree of small objects, and its structured clone to the batch's thread cost more than the thread's own
 * work; a batch asks instead for the part it uses, made where the analysis lives:
 *   'analysis' — all of it (the default);
 *   'rows'     — the rows a store saves (`analysisRows`), and the counts a load reports;
 *   'document' — the document `audit` returns (`toDocumentOut`), with its blocks when `blocks` is set.
 * A file that could not be read answers its error in every form.
 */
import type { Analysis, DocumentView, FileError } from '../src/model/index.js';
import { toDocumentOut } from '../src/report/json.js';
import { analysisRows, type AnalysisRows } from '../src/store/rows.js';
import type { Outcome } from './analyse.js';

/** The part of an analysis a job asks for. */
export type Reply = { kind: 'analysis' } | { kind: 'rows' } | { kind: 'document'; blocks?: boolean };

/** What a loaded file counted, as a load reports it. */
export interface Counts {
  sections: number;
  figures: number;
  findings: number;
}

/** A job's answer: the asked part of its analysis, or the error that stopped it. */
export type Answer =
  | { path: string; error: FileError; analysis?: undefined; rows?: undefined; counts?: undefined; document?: undefined }
  | { path: string; error?: undefined; analysis: Analysis; rows?: undefined; counts?: undefined; document?: undefined }
  | { path: string; error?: undefined; analysis?: undefined; rows: AnalysisRows; counts: Counts; document?: undefined }
  | { path: string; error?: undefined; analysis?: undefined; rows?: undefined; counts?: undefined; document: DocumentView };

/** The part of `outcome` that `reply` asks for. */
export function answerOf(outcome: Outcome, reply: Reply = { kind: 'analysis' }): Answer {
  const { path, analysis: a } = outcome;
  if (!a) return { path, error: outcome.error! };
  if (reply.kind === 'rows') return { path, rows: analysisRows(a), counts: { sections: a.sections.length, figures: a.figures.length, findings: a.findings.length } };
  if (reply.kind === 'document') {
    const document: DocumentView = toDocumentOut(path, a);
    if (reply.blocks) document.blocks = a.source.blocks.map((b) => ({ block: b.index, text: b.text, line: b.span.line, page: b.span.page }));
    return { path, document };
  }
  return { path, analysis: a };
}
