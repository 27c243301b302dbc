import { describe, expect, it } from 'vitest';
import { configChanges, DeployInputError, deploySpec, tagChanges } from './function-config.js';

const ctx = { accountId: '111122223333', region: 'us-east-1', version: '1.2.3' };
const periodic = (mode: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'p',
  resource: 'aws.ec2',
  mode: { type: 'periodic', schedule: 'rate(1 day)', role: 'custodian', ...mode },
  ...extra,
});

describe('deploySpec', () => {
  it("applies Cloud Custodian's defaults and our handler, runtime and tags", () => {
    const spec = deploySpec('p', periodic({}), ctx);
    expect(spec.function).toEqual({
      FunctionName: 'custodian-p',
      Runtime: 'nodejs20.x',
      Role: 'arn:aws:iam::111122223333:role/custodian',
      Handler: 'index.handler',
      Description: 'c7n-ts policy p',
      MemorySize: 512,
      Timeout: 900,
    });
    expect(spec.tags).toEqual({ 'c7n-ts:policy': 'p', 'c7n-ts:version': '1.2.3' });
    expect(spec.rule).toEqual({
      Name: 'custodian-p',
      Description: 'c7n-ts policy p',
      State: 'ENABLED',
      ScheduleExpression: 'rate(1 day)',
    });
    expect(spec.concurrency).toBeUndefined();
    expect(spec.warnings).toEqual([]);
  });

  it('maps every Lambda option', () => {
    const spec = deploySpec(
      'p',
      periodic(
        {
          'function-prefix': 'ops-',
          memory: 1024,
          timeout: 60,
          runtime: 'nodejs22.x',
          environment: { Variables: { LEVEL: 'debug', N: 3 } },
          subnets: ['subnet-1'],
          security_groups: ['sg-1'],
          dead_letter_config: { TargetArn: 'arn:aws:sqs:us-east-1:1:dlq' },
          kms_key_arn: 'arn:aws:kms:us-east-1:1:key/k',
          tracing_config: { Mode: 'Active' },
          layers: ['arn:aws:lambda:us-east-1:1:layer:l:1'],
          concurrency: 0,
          tags: { Team: 'sec', 'c7n-ts:policy': 'spoofed' },
        },
        { description: 'Stops idle dev instances' },
      ),
      ctx,
    );
    expect(spec.function).toEqual({
      FunctionName: 'ops-p',
      Runtime: 'nodejs22.x',
      Role: 'arn:aws:iam::111122223333:role/custodian',
      Handler: 'index.handler',
      Description: 'Stops idle dev instances',
      MemorySize: 1024,
      Timeout: 60,
      Environment: { Variables: { LEVEL: 'debug', N: '3' } },
      VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
      DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:1:dlq' },
      KMSKeyArn: 'arn:aws:kms:us-east-1:1:key/k',
      TracingConfig: { Mode: 'Active' },
      Layers: ['arn:aws:lambda:us-east-1:1:layer:l:1'],
    });
    expect(spec.concurrency).toBe(0);
    // Our tags cannot be overridden by mode.tags.
    expect(spec.tags).toEqual({ Team: 'sec', 'c7n-ts:policy': 'p', 'c7n-ts:version': '1.2.3' });
  });

  it("replaces c7n's Python runtime with a warning; warns about packages", () => {
    const spec = deploySpec('p', periodic({ runtime: 'python3.11', packages: ['boto3'] }), ctx);
    expect(spec.function.Runtime).toBe('nodejs20.x');
    expect(spec.warnings).toEqual([
      'runtime python3.11 is replaced by nodejs20.x: c7n-ts deploys a Node.js bundle',
      'mode.packages is ignored: c7n-ts bundles only the code the policy needs',
    ]);
  });

  it('builds the cloudtrail rule pattern', () => {
    const spec = deploySpec('c', { mode: { type: 'cloudtrail', role: 'r', events: ['CreateBucket'] } }, ctx);
    expect(JSON.parse(spec.rule!.EventPattern!)).toEqual({
      'detail-type': ['AWS API Call via CloudTrail'],
      detail: { eventSource: ['s3.amazonaws.com'], eventName: ['CreateBucket'] },
    });
    expect(spec.rule?.ScheduleExpression).toBeUndefined();
  });

  it('builds the rule pattern of ec2-instance-state, phd and guard-duty', () => {
    const rule = (mode: Record<string, unknown>, resource = 'ec2') =>
      JSON.parse(deploySpec('e', { resource, mode: { role: 'r', ...mode } }, ctx).rule!.EventPattern!);
    expect(rule({ type: 'ec2-instance-state', events: ['running'] }).detail).toEqual({ state: ['running'] });
    expect(rule({ type: 'phd', events: ['AWS_RDS_MAINTENANCE_SCHEDULED'] }, 'aws.rds').source).toEqual([
      'aws.health',
    ]);
    expect(rule({ type: 'guard-duty' }).detail).toEqual({ resource: { resourceType: ['Instance'] } });
    expect(() =>
      deploySpec('e', { resource: 'ec2', mode: { type: 'ec2-instance-state', role: 'r' } }, ctx),
    ).toThrow(/needs mode.events/);
  });

  it('builds the rule pattern of asg-instance-state, and refuses it without events', () => {
    const spec = deploySpec(
      'a',
      { resource: 'asg', mode: { type: 'asg-instance-state', role: 'r', events: ['launch-success'] } },
      ctx,
    );
    expect(JSON.parse(spec.rule!.EventPattern!)).toEqual({
      source: ['aws.autoscaling'],
      'detail-type': ['EC2 Instance Launch Successful'],
    });
    expect(() =>
      deploySpec('a', { resource: 'asg', mode: { type: 'asg-instance-state', role: 'r', events: [] } }, ctx),
    ).toThrow(/asg-instance-state needs mode.events/);
  });

  it('builds a Scheduler schedule instead of a rule for schedule mode, and tags the function with it', () => {
    const mode = {
      type: 'schedule',
      role: 'custodian',
      schedule: 'cron(0 8 ? * MON-FRI *)',
      timezone: 'Europe/Paris',
      'start-date': '2027-01-01T00:00:00Z',
      'group-name': 'ops',
      'scheduler-role': 'custodian-scheduler',
    };
    const spec = deploySpec('s', { resource: 'ebs', mode }, ctx);
    expect(spec.rule).toBeUndefined();
    expect(spec.schedule).toEqual({
      Name: 'custodian-s',
      GroupName: 'ops',
      Description: 'c7n-ts policy s',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ScheduleExpression: 'cron(0 8 ? * MON-FRI *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      StartDate: new Date('2027-01-01T00:00:00Z'),
      RoleArn: 'arn:aws:iam::111122223333:role/custodian-scheduler',
    });
    expect(spec.tags['c7n-ts:schedule']).toBe('name=custodian-s:group=ops');
    const defaults = deploySpec(
      's',
      { mode: { ...mode, timezone: undefined, 'group-name': undefined } },
      ctx,
    );
    expect(defaults.schedule).toMatchObject({ GroupName: 'default', ScheduleExpressionTimezone: 'Etc/UTC' });
    expect(() => deploySpec('s', { mode: { ...mode, 'scheduler-role': undefined } }, ctx)).toThrow(
      /needs mode.scheduler-role/,
    );
  });

  it('refuses what cannot be deployed, before any call', () => {
    expect(() => deploySpec('p', periodic({ role: undefined }), ctx)).toThrow(DeployInputError);
    expect(() => deploySpec('p', periodic({ role: undefined }), ctx)).toThrow(/needs mode.role.*--dryrun/);
    expect(() => deploySpec('x'.repeat(60), periodic({}), ctx)).toThrow(/longer than Lambda's 64 characters/);
  });
});

describe('configChanges', () => {
  const want = deploySpec('p', periodic({}), ctx).function;
  const same = {
    Runtime: 'nodejs20.x',
    Role: 'arn:aws:iam::111122223333:role/custodian',
    Handler: 'index.handler',
    Description: 'c7n-ts policy p',
    MemorySize: 512,
    Timeout: 900,
    TracingConfig: { Mode: 'PassThrough' },
    VpcConfig: { SubnetIds: [], SecurityGroupIds: [], VpcId: '' },
    Layers: [],
  };

  it('is empty when Lambda reports what we set (its defaults included)', () => {
    expect(configChanges(want, same)).toEqual({});
  });

  it('lists only the fields that differ', () => {
    expect(configChanges(want, { ...same, MemorySize: 128, Timeout: 60 })).toEqual({
      MemorySize: 512,
      Timeout: 900,
    });
    expect(configChanges(want, { ...same, Runtime: 'python3.11', Handler: 'custodian_policy.run' })).toEqual({
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
    });
  });

  it('resets options removed from the policy to their empty values', () => {
    expect(
      configChanges(want, {
        ...same,
        Environment: { Variables: { A: '1' } },
        VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
        DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:1:dlq' },
        KMSKeyArn: 'arn:aws:kms:us-east-1:1:key/k',
        TracingConfig: { Mode: 'Active' },
        Layers: [{ Arn: 'arn:aws:lambda:us-east-1:1:layer:l:1' }],
      }),
    ).toEqual({
      Environment: { Variables: {} },
      VpcConfig: { SubnetIds: [], SecurityGroupIds: [] },
      DeadLetterConfig: {},
      KMSKeyArn: '',
      TracingConfig: { Mode: 'PassThrough' },
      Layers: [],
    });
  });

  it('compares subnets and groups as sets, layers in order', () => {
    const vpc = deploySpec(
      'p',
      periodic({ subnets: ['a', 'b'], security_groups: ['g'], layers: ['l1', 'l2'] }),
      ctx,
    ).function;
    const have = { ...same, VpcConfig: { SubnetIds: ['b', 'a'], SecurityGroupIds: ['g'] } };
    expect(configChanges(vpc, { ...have, Layers: [{ Arn: 'l1' }, { Arn: 'l2' }] })).toEqual({});
    expect(configChanges(vpc, { ...have, Layers: [{ Arn: 'l2' }, { Arn: 'l1' }] })).toEqual({
      Layers: ['l1', 'l2'],
    });
  });
});

describe('tagChanges', () => {
  const want = { Team: 'sec', 'c7n-ts:policy': 'p', 'c7n-ts:version': '2.0.0' };

  it('sets what differs and removes our keys no longer set; leaves other tags alone', () => {
    expect(
      tagChanges(
        want,
        { Team: 'ops', 'c7n-ts:policy': 'p', 'c7n-ts:version': '1.0.0', 'c7n-ts:old': 'x', other: 'y' },
        true,
      ),
    ).toEqual({ set: { Team: 'sec', 'c7n-ts:version': '2.0.0' }, remove: ['c7n-ts:old'] });
  });

  it('moves the version tag only with the code', () => {
    expect(tagChanges(want, { Team: 'sec', 'c7n-ts:policy': 'p', 'c7n-ts:version': '1.0.0' }, false)).toEqual(
      {
        set: {},
        remove: [],
      },
    );
  });
});
