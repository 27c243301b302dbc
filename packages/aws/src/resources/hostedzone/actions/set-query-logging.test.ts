import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import hostedzone from '../resource.js';
import setQueryLogging from './set-query-logging.js';

const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/set-query-logging', import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>, region?: string) =>
    clients.send(service, operation, input, region ?? 'us-east-1');
};
const zones = (): Record<string, unknown>[] => [
  { Id: '/hostedzone/ZA', Name: 'a.example.com.' },
  { Id: '/hostedzone/ZB', Name: 'b.example.com.', 'c7n:log-config': { Id: 'qlc-b' } },
];
const arn = (g: string) => `arn:aws:logs:us-east-1:123456789012:log-group:${g}`;

// DescribeLogGroups (prefix /aws/route53/, shared by both names) finds a.example.com's group only;
// DescribeResourcePolicies has no policy.
testAction(setQueryLogging, {
  resourceType: hostedzone,
  context: { read: reader(), accountId: '123456789012' },
  valid: [{}, { state: true, 'set-permissions': true }, { 'log-group': '/dns/all' }],
  invalid: [
    { options: { 'log-group': 3 }, messageId: 'schema' },
    { options: { state: false }, messageId: 'needs-filter', path: ['state'] },
  ],
  cases: [
    {
      name: 'per-zone groups: the missing one created, then one config per zone',
      options: {},
      resources: zones(),
      calls: [
        {
          operation: 'CreateLogGroup',
          input: { logGroupName: '/aws/route53/b.example.com' },
          resourceIds: ['/hostedzone/ZB'],
        },
        {
          operation: 'CreateQueryLoggingConfig',
          input: {
            HostedZoneId: '/hostedzone/ZA',
            CloudWatchLogsLogGroupArn: arn('/aws/route53/a.example.com'),
          },
        },
        {
          operation: 'CreateQueryLoggingConfig',
          input: {
            HostedZoneId: '/hostedzone/ZB',
            CloudWatchLogsLogGroupArn: arn('/aws/route53/b.example.com'),
          },
        },
      ],
    },
    {
      name: 'one named group (found), with set-permissions: a resource policy for it',
      options: { 'log-group': '/aws/route53/a.example.com', 'set-permissions': true },
      resources: zones().slice(0, 1),
      calls: [
        { operation: 'PutResourcePolicy', input: { policyName: 'Route53LogWrites' } },
        {
          operation: 'CreateQueryLoggingConfig',
          input: {
            HostedZoneId: '/hostedzone/ZA',
            CloudWatchLogsLogGroupArn: arn('/aws/route53/a.example.com'),
          },
        },
      ],
    },
    {
      name: 'log-group-prefix names the per-zone groups (a trailing slash dropped)',
      options: { 'log-group-prefix': '/dns/' },
      resources: zones().slice(0, 1),
      calls: [
        {
          operation: 'CreateQueryLoggingConfig',
          input: { HostedZoneId: '/hostedzone/ZA', CloudWatchLogsLogGroupArn: arn('/dns/a.example.com') },
        },
      ],
    },
    {
      name: 'state false: the annotated configs deleted',
      options: { state: false },
      resources: zones(),
      calls: [
        { operation: 'DeleteQueryLoggingConfig', input: { Id: 'qlc-b' }, resourceIds: ['/hostedzone/ZB'] },
      ],
    },
  ],
});
