export { type ArnContext, arnOf, partitionOf } from './arn.js';
export { type FetchOptions, fetchResourcePages, fetchResources, selectDetails } from './fetch.js';
export { ALL_FIELDS, fieldsRead, topLevelField } from './needs.js';
export { listInput, type PolicyQuery } from './params.js';
export { itemsAt } from './path.js';
