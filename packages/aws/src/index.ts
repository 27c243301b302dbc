export * from './clients/index.js';
export * from './deploy/index.js';
export * from './flight/index.js';
export * from './lambda/index.js';
export { awsModes, type TrailShortcut, trailShortcuts } from './modes/index.js';
export { type AwsProvider, type AwsProviderOptions, awsProvider, createAwsProvider } from './provider.js';
export * from './query/index.js';
export { awsRegistry } from './registry.js';
export * from './resources/index.js';
