import { defineFilter } from '@c7n-ts/core';
import { isSsl } from './ssl-policy.js';

export default defineFilter({
  type: 'is-ssl',
  pure: true,
  resources: ['aws.elb'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: {
    summary: 'Classic load balancers with an SSL listener: one whose Protocol is HTTPS or SSL.',
    example: '- type: is-ssl',
  },
  reads: () => ['ListenerDescriptions'],
  compile: () => ({ kind: 'match', match: isSsl }),
});
