export {};
//# sourceMappingURL=analysis.js.map