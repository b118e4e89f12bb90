import { describe, expect, it } from 'vitest';
import { BlockFigures } from '../../src/extract/claims-parts.js';
import type { Figure } from '../../src/model/index.js';

// Only `block`, `cell` and a name to tell them apart: all BlockFigures reads of a figure.
const fig = (name: string, block: number, cell: number | null = null) => ({ raw: name, block, cell }) as unknown as Figure;
const names = (figures: readonly Figure[]) => figures.map((f) => f.raw);

describe('BlockFigures (the figures of each block outside table cells, for the claims readers)', () => {
  it('gives each block its figures outside cells in the order given, and nothing for a block without any or out of range', () => {
    const figures = [fig('a', 0), fig('b', 0), fig('c', 2, 0), fig('d', 2), fig('e', 3)];
    const by = new BlockFigures(figures, 4);
    expect(names(by.of(0))).toEqual(['a', 'b']);
    expect(names(by.of(1))).toEqual([]);
    expect(names(by.of(2))).toEqual(['d']);
    expect(names(by.of(3))).toEqual(['e']);
    expect(by.of(4)).toEqual([]);
    expect(by.of(-1)).toEqual([]);
  });

  it('keeps each block its own order when the figures come out of block order, and drops figures of blocks it was not told of', () => {
    const figures = [fig('x', 1), fig('y', 0), fig('z', 1), fig('w', 0), fig('far', 5)];
    const by = new BlockFigures(figures, 2);
    expect(names(by.of(0))).toEqual(['y', 'w']);
    expect(names(by.of(1))).toEqual(['x', 'z']);
    expect(names(by.allOf(() => true))).toEqual(['y', 'w', 'x', 'z']);
  });

  it('hands out a fresh array each time, and every figure of the accepted blocks in block order', () => {
    const by = new BlockFigures([fig('a', 0), fig('b', 1), fig('c', 1), fig('d', 2)], 3);
    const first = by.of(1);
    first.pop();
    expect(names(by.of(1))).toEqual(['b', 'c']);
    expect(names(by.allOf((b) => b !== 1))).toEqual(['a', 'd']);
  });
});
