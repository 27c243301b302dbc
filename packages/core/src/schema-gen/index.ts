export {
  type ChildList,
  type ElementInfo,
  elementSchema,
  type SchemaLookup,
  type UnknownPath,
} from './element-schema.js';
export { elementDefinition, generatePolicySchema, sortKeys } from './generate.js';
