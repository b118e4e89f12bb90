export * from './source.js';
export * from './section.js';
export * from './figure.js';
export * from './finding.js';
export * from './output.js';
export * from './span.js';
export * from './analysis.js';
export * from './meta.js';
export * from './table.js';
export * from './claim.js';
export * from './indicator.js';
export * from './sentence.js';
export * from './date.js';
export * from './reading.js';
export * from './passage.js';
export * from './text-reading.js';
//# sourceMappingURL=index.js.map