export * from './element-tester.js';
export * from './listing-arbitrary.js';
