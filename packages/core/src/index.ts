export * from './define/index.js';
export * from './diagnostics/index.js';
export * from './registry/index.js';
