import { z } from 'zod';

/**
 * A sentence of a block: characters [from, to) of the block's text, ended by
 * ".", "!" or "?" (not the point of "4.256", nor of an abbreviation "TP. Hạ
 * Long", nor of a list marker "1."), or by the end of the block.
 */
export const Sentence = z.object({
  block: z.number().int(),
  /** Position among the block's sentences. */
  index: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
});
export type Sentence = z.infer<typeof Sentence>;

/**
 * A clause: part of a sentence, characters [from, to) of the block's text, ended by ";" or by a ":" that
 * opens words (not a value: "Số: 12/BC-UBND", "tiếp nhận: 120"), or by its sentence's end.
 */
export const Clause = z.object({
  block: z.number().int(),
  /** Index of its sentence among the block's sentences. */
  sentence: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
  /** The mark that closes it (";", ":", ".", "!", "?"), or "" at the end of the block. */
  end: z.string(),
});
export type Clause = z.infer<typeof Clause>;

/** [from, to) of a block's text. */
export interface TextSpan {
  from: number;
  to: number;
}

/**
 * The sentences of every block of a document, kept as flat spans (a few numbers per sentence, no object or array per
 * block: 33,286 blocks at 1M characters of short paragraphs); a block's Sentence objects are built when asked.
 */
export interface BlockSentences {
  /** The block's sentences in reading order (new objects at every call; none for a block not read). */
  of(block: number): Sentence[];
}

/** The clauses of every block of a document, kept as flat spans as BlockSentences are. */
export interface BlockClauses {
  /** The block's clauses in reading order (new objects at every call; none for a block not read). */
  of(block: number): Clause[];
  /**
   * The clause of a block holding character `offset` (the last one for the block's end), as [from, to). With
   * `throughColons`, clauses joined by ":" in one sentence count as one (a statement between ";" and the sentence's ends).
   */
  at(block: number, offset: number, throughColons?: boolean): TextSpan | undefined;
  /** The statements of a block: its clauses joined across ":" (the spans between ";" and sentence ends). */
  statements(block: number): TextSpan[];
  /** Where the sentence of the clause starting at `from` starts; `from` itself when no clause of the block starts there. */
  sentenceStart(block: number, from: number): number;
}
