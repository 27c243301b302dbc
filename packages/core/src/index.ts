export * from './define/index.js';
export * from './diagnostics/index.js';
export * from './registry/index.js';
export * from './tags/mark.js';
export * from './policy/index.js';
export * from './schema-gen/index.js';
