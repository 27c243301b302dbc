export * from './suggest.js';
export * from './types.js';
