import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import { listItemOptions } from './_flow-logs.js';
import flowLogs from './flow-logs.js';

// Flight data: vpc-1 logs ALL traffic to CloudWatch Logs group /vpc/flow (ACTIVE) and REJECT
// traffic to S3; vpc-2 has no flow log.
const flight = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));
const resources = () => [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }];

testFilter(flowLogs, {
  resourceType: vpcs,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [
    {},
    { enabled: true, 'traffic-type': 'all' },
    { attrs: [{ TrafficType: 'ALL' }], count: 1, count_op: 'gte' },
  ],
  invalid: [
    { options: { attrs: [{ TrafficType: 'ALL' }], status: 'active' }, messageId: 'legacy-with-attrs' },
    { options: { status: 'inactive' }, messageId: 'schema', path: ['status'] },
  ],
  cases: [
    { name: 'no flow log (the default)', options: {}, resources: resources(), matches: ['vpc-2'] },
    { name: 'some flow log', options: { enabled: true }, resources: resources(), matches: ['vpc-1'] },
    {
      name: 'legacy keys, all of them on one flow log',
      options: { enabled: true, status: 'active', 'traffic-type': 'all', 'log-group': '/vpc/flow' },
      resources: resources(),
      matches: ['vpc-1'],
    },
    {
      name: 'legacy keys no flow log passes',
      options: { enabled: true, 'traffic-type': 'accept' },
      resources: resources(),
      matches: [],
    },
    {
      name: 'set-op and: every flow log must pass (a VPC without any passes too, as c7n)',
      options: { enabled: true, 'set-op': 'and', 'destination-type': 's3' },
      resources: resources(),
      matches: ['vpc-2'],
    },
    {
      name: 'legacy delivery keys',
      options: {
        enabled: true,
        'deliver-status': 'success',
        destination: 'arn:aws:s3:::flow-bucket',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: flow log format fields, not a template
        'log-format': '${version} ${account-id}',
      },
      resources: resources(),
      matches: ['vpc-1'],
    },
    {
      name: 'list-item attrs',
      options: { attrs: [{ LogDestinationType: 's3' }] },
      resources: resources(),
      matches: ['vpc-1'],
    },
  ],
});

describe('legacy keys convert as c7n converts them', () => {
  it('to attrs and a count', () => {
    expect(listItemOptions({ enabled: true, status: 'active', 'log-group': 'g' }).options).toEqual({
      count_op: 'gte',
      count: 1,
      attrs: [{ FlowLogStatus: 'ACTIVE' }, { LogGroupName: 'g' }],
    });
    expect(listItemOptions({}).options).toEqual({ count: 0 });
  });
  it('not-equal compares each key', () => {
    expect(listItemOptions({ op: 'not-equal', 'traffic-type': 'all' }).options.attrs).toEqual([
      { type: 'value', key: 'TrafficType', value: 'ALL', op: 'not-equal' },
    ]);
  });
});
