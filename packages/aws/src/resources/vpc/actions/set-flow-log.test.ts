import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import vpcs from '../resource.js';
import setFlowLog from './set-flow-log.js';

// Flight data: vpc-1 has flow logs fl-1 and fl-2; subnet-1 has fl-3.
const dir = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));
const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const read = (service: string, operation: string, input: Record<string, unknown>) =>
  clients.send(service, operation, input, 'us-east-1');

testAction(setFlowLog, {
  resourceType: vpcs,
  context: { read },
  valid: [
    { attrs: { LogGroupName: '/vpc/flow', TrafficType: 'ALL' } },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: flow log format fields, not a template
    { LogGroupName: '/vpc/flow', LogFormat: '${version} ${srcaddr}', MaxAggregationInterval: 60 },
    { LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-bucket' },
    { state: false },
  ],
  invalid: [
    { options: { LogGroupName: 'g', attrs: { TrafficType: 'ALL' } }, messageId: 'legacy-with-attrs' },
    { options: { attrs: { TrafficType: 'ALL' } }, messageId: 'needs-log-group' },
    { options: { attrs: { LogGroupName: 'g', ResourceIds: ['vpc-1'] } }, messageId: 'schema' },
    { options: { TrafficType: 'all', LogGroupName: 'g' }, messageId: 'schema', path: ['TrafficType'] },
  ],
  cases: [
    {
      name: 'creates the log group, then flow logs for every VPC in one call',
      options: {
        DeliverLogsPermissionArn: 'arn:aws:iam::123456789012:role/flow',
        LogGroupName: '/vpc/flow',
        TrafficType: 'ALL',
      },
      resources: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }],
      calls: [
        {
          service: 'logs',
          operation: 'CreateLogGroup',
          input: { logGroupName: '/vpc/flow' },
          okErrors: ['ResourceAlreadyExistsException'],
        },
        {
          service: 'ec2',
          operation: 'CreateFlowLogs',
          input: {
            ResourceIds: ['vpc-1', 'vpc-2'],
            ResourceType: 'VPC',
            DeliverLogsPermissionArn: 'arn:aws:iam::123456789012:role/flow',
            LogGroupName: '/vpc/flow',
            TrafficType: 'ALL',
          },
          resourceIds: ['vpc-1', 'vpc-2'],
          okErrors: ['FlowLogAlreadyExists'],
        },
      ],
    },
    {
      name: 'to S3: no log group',
      options: { LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-bucket' },
      resources: [{ VpcId: 'vpc-2' }],
      calls: [
        {
          operation: 'CreateFlowLogs',
          input: {
            ResourceIds: ['vpc-2'],
            ResourceType: 'VPC',
            LogDestinationType: 's3',
            LogDestination: 'arn:aws:s3:::flow-bucket',
          },
        },
      ],
    },
    {
      name: 'state false: deletes the flow logs of the VPCs',
      options: { state: false },
      resources: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteFlowLogs',
          input: { FlowLogIds: ['fl-1', 'fl-2'] },
          resourceIds: ['vpc-1'],
          okErrors: ['InvalidFlowLogId.NotFound'],
        },
      ],
    },
  ],
});
