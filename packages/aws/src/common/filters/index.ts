/** Builders and helpers for AWS filters that look at other resources. */
export { DEFAULT_VPC_PERMISSIONS, defaultVpcLookup } from './default-vpc.js';
export {
  FETCH_THRESHOLD,
  getRelatedByIds,
  listRelated,
  providerOf,
  regionOf,
  relatedById,
} from './fetch-related.js';
export { type RelatedFilterSpec, relatedFilter, relatedProperties } from './related.js';
export { subnetType, vpcType } from './related-types.js';
export { appendAnnotation, checkEmbeddedValue, compileItemMatcher, valueOptionsOf } from './value-over.js';
