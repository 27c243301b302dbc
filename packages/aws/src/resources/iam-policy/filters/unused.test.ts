import { testFilter } from '@c7n-ts/core/testing';
import policies from '../resource.js';
import unused from './unused.js';

const resources = [
  { PolicyId: 'attached', AttachmentCount: 2, PermissionsBoundaryUsageCount: 0 },
  { PolicyId: 'boundary', AttachmentCount: 0, PermissionsBoundaryUsageCount: 1 },
  { PolicyId: 'idle', AttachmentCount: 0, PermissionsBoundaryUsageCount: 0 },
  { PolicyId: 'no-boundary-count', AttachmentCount: 0 },
];

testFilter(unused, {
  resourceType: policies,
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'neither attached nor a boundary (a missing boundary count is 0)',
      options: {},
      resources,
      matches: ['idle', 'no-boundary-count'],
    },
  ],
});
