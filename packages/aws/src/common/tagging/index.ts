export {
  TAG_APIS,
  type TagApi,
  type TagApiSpec,
  type TaggingSource,
  taggingOf,
  tagPermissions,
  untagPermissions,
} from './apis.js';
export { type ArnContext, partitionOf, resourceArn } from './arn.js';
export { describeIds, planRetag, planTag, planUntag, type TagOptions, type TagPlanContext } from './plan.js';
export { tagsOf } from './resource-tags.js';
