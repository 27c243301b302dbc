import { testFilter } from '@c7n-ts/core/testing';
import policies from '../resource.js';
import used from './used.js';

const resources = [
  { PolicyId: 'attached', AttachmentCount: 2, PermissionsBoundaryUsageCount: 0 },
  { PolicyId: 'boundary', AttachmentCount: 0, PermissionsBoundaryUsageCount: 1 },
  { PolicyId: 'idle', AttachmentCount: 0, PermissionsBoundaryUsageCount: 0 },
  { PolicyId: 'no-boundary-count', AttachmentCount: 0 },
];

testFilter(used, {
  resourceType: policies,
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [{ name: 'attached or a boundary', options: {}, resources, matches: ['attached', 'boundary'] }],
});
