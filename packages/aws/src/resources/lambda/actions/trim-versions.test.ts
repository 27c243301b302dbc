import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import lambda from '../resource.js';
import trimVersions from './trim-versions.js';

// api: alias `live` -> version 2; versions $LATEST, 1 (2025-06), 2 (2025-09) on one page, then 3
// (2026-02-20, the same code as $LATEST) on a second (NextMarker).
const dir = fileURLToPath(new URL('../__fixtures__/trim-versions', import.meta.url));
const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const read = (service: string, operation: string, input: Record<string, unknown>) =>
  clients.send(service, operation, input, 'us-east-1');
const del = (n: number) => ({
  service: 'lambda',
  operation: 'DeleteFunction',
  input: { FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:api:${n}` },
  resourceIds: ['api'],
});
const api = [{ FunctionName: 'api' }];

testAction(trimVersions, {
  resourceType: lambda,
  context: { read, executionStart: Date.parse('2026-03-02T00:00:00Z') },
  valid: [{}, { 'exclude-aliases': false, 'retain-latest': true, 'older-than': 60 }],
  invalid: [{ options: { 'older-than': 'sixty' }, messageId: 'schema', path: ['older-than'] }],
  cases: [
    {
      name: 'every unaliased numbered version, over every page',
      options: {},
      resources: api,
      calls: [del(1), del(3)],
    },
    {
      name: 'older-than keeps the recent ones',
      options: { 'older-than': 60 },
      resources: api,
      calls: [del(1)],
    },
    {
      name: 'retain-latest keeps the version with the code of $LATEST',
      options: { 'retain-latest': true },
      resources: api,
      calls: [del(1)],
    },
    {
      name: 'exclude-aliases: false deletes aliased versions too (no ListAliases)',
      options: { 'exclude-aliases': false },
      resources: api,
      calls: [del(1), del(2), del(3)],
    },
  ],
});
