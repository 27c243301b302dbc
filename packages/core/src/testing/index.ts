export * from './element-tester.js';
