import { testAction } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import autorecoverAlarm from './autorecover-alarm.js';

const inst = (id: string, state = 'running', tags: { Key: string; Value: string }[] = []) => ({
  InstanceId: id,
  State: { Name: state },
  Placement: { AvailabilityZone: 'us-east-1b' },
  Tags: tags,
});

testAction(autorecoverAlarm, {
  resourceType: ec2,
  valid: [{}],
  invalid: [{ options: { period: 60 }, messageId: 'schema' }],
  cases: [
    {
      name: 'one alarm per instance outside auto scaling groups',
      options: {},
      resources: [
        inst('i-1'),
        inst('i-asg', 'running', [{ Key: 'aws:autoscaling:groupName', Value: 'web' }]),
        inst('i-empty-asg-tag', 'stopped', [{ Key: 'aws:autoscaling:groupName', Value: '' }]),
        inst('i-gone', 'terminated'),
      ],
      calls: [
        {
          service: 'monitoring',
          operation: 'PutMetricAlarm',
          input: {
            AlarmName: 'recover-i-1',
            AlarmDescription: 'Auto Recover i-1',
            ActionsEnabled: true,
            AlarmActions: ['arn:aws:automate:us-east-1:ec2:recover'],
            MetricName: 'StatusCheckFailed_System',
            Namespace: 'AWS/EC2',
            Statistic: 'Minimum',
            Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }],
            Period: 60,
            EvaluationPeriods: 2,
            Threshold: 0,
            ComparisonOperator: 'GreaterThanThreshold',
          },
          resourceIds: ['i-1'],
        },
        { operation: 'PutMetricAlarm', resourceIds: ['i-empty-asg-tag'] },
      ],
    },
  ],
});
