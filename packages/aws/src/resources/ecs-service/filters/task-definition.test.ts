import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import rt from '../resource.js';
import filter from './task-definition.js';

// Flight data: DescribeTaskDefinition answers web:3 (nginx and a sidecar, tagged team=web), then
// worker:7 (python); each case's provider starts counting anew.
const flight = fileURLToPath(new URL('../__fixtures__/task-definition', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const service = (name: string, def: string) => ({
  serviceArn: `arn:aws:ecs:us-east-1:123456789012:service/prod/${name}`,
  taskDefinition: `arn:aws:ecs:us-east-1:123456789012:task-definition/${def}`,
});
const id = (name: string) => `arn:aws:ecs:us-east-1:123456789012:service/prod/${name}`;

testFilter(filter, {
  resourceType: rt,
  context: { provider: await provider() },
  valid: [{ key: 'networkMode', value: 'awsvpc' }],
  invalid: [
    { options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] },
    { options: { keys: 'a' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'by an image of the definition, each definition described once',
      options: { key: 'containerDefinitions[].image', op: 'in', value_type: 'swap', value: 'nginx:latest' },
      resources: [service('web', 'web:3'), service('web-canary', 'web:3'), service('worker', 'worker:7')],
      matches: [id('web'), id('web-canary')],
    },
  ],
});

testFilter(filter, {
  resourceType: rt,
  context: { provider: await provider() },
  cases: [
    {
      name: "by the definition's tags, normalized to Tags",
      options: { key: 'tag:team', value: 'web' },
      resources: [service('web', 'web:3'), service('worker', 'worker:7')],
      matches: [id('web')],
    },
  ],
});
