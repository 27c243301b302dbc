import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../../registry.js';
import { CREATE_EVENTS, createdIds, lookupNames, sameId } from './create-events.js';

describe('CREATE_EVENTS', () => {
  // The nine types, asg and lambda; the issue 14 types still lack theirs, so auto-tag-user
  // outside event modes lists their resources as unresolved ("the calls that create ... are not
  // known").
  it('covers the first taggable types and lambda, naming fields the type has', () => {
    const registry = awsRegistry();
    const taggable = [...registry.resources.values()].filter((rt) => rt.taggable);
    const types = taggable.map((rt) => rt.type);
    expect(Object.keys(CREATE_EVENTS).filter((t) => !types.includes(t))).toEqual([]);
    for (const t of [
      'aws.ami',
      'aws.asg',
      'aws.ebs',
      'aws.ebs-snapshot',
      'aws.ec2',
      'aws.lambda',
      'aws.network-addr',
      'aws.rds',
      'aws.rds-snapshot',
      'aws.s3',
      'aws.security-group',
    ])
      expect(CREATE_EVENTS[t], t).toBeDefined();
    for (const rt of taggable)
      for (const field of CREATE_EVENTS[rt.type]?.names ?? [])
        expect(rt.fields, `${rt.type}.${field}`).toContain(field);
  });

  it.each([
    [
      'aws.ec2',
      {
        eventName: 'RunInstances',
        responseElements: { instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] } },
      },
      ['i-1', 'i-2'],
    ],
    [
      'aws.ebs-snapshot',
      {
        eventName: 'CreateSnapshots',
        responseElements: { snapshotSet: { items: [{ snapshotId: 'snap-1' }] } },
      },
      ['snap-1'],
    ],
    [
      'aws.rds',
      {
        eventName: 'RestoreDBInstanceToPointInTime',
        requestParameters: { targetDBInstanceIdentifier: 'db2' },
      },
      ['db2'],
    ],
    [
      'aws.rds-snapshot',
      {
        eventName: 'CopyDBSnapshot',
        requestParameters: { sourceDBSnapshotIdentifier: 'a', targetDBSnapshotIdentifier: 'b' },
      },
      ['b'],
    ],
    [
      'aws.s3',
      { eventName: 'CreateBucket', requestParameters: { bucketName: 'bkt' }, responseElements: null },
      ['bkt'],
    ],
    // Lambda versions its event names; the response names the function.
    [
      'aws.lambda',
      {
        eventName: 'CreateFunction20150331',
        requestParameters: { functionName: 'invoice-renderer' },
        responseElements: {
          functionName: 'invoice-renderer',
          functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:invoice-renderer',
        },
      },
      ['invoice-renderer'],
    ],
    [
      'aws.lambda',
      {
        eventName: 'CreateFunction20150331v2',
        requestParameters: { functionName: 'arn:aws:lambda:us-east-1:123456789012:function:fn' },
        responseElements: { functionName: 'fn' },
      },
      ['fn'],
    ],
    // Without a response, the requested name, given as an ARN or a partial ARN, is the name.
    [
      'aws.lambda',
      {
        eventName: 'CreateFunction20150331',
        requestParameters: { functionName: 'arn:aws:lambda:us-east-1:123456789012:function:fn' },
        responseElements: null,
      },
      ['fn'],
    ],
    [
      'aws.lambda',
      {
        eventName: 'CreateFunction20150331v2',
        requestParameters: { functionName: '123456789012:function:fn' },
      },
      ['fn'],
    ],
    // The unversioned API name is not what CloudTrail records.
    ['aws.lambda', { eventName: 'CreateFunction', requestParameters: { functionName: 'fn' } }, undefined],
    [
      'aws.lambda',
      { eventName: 'UpdateFunctionCode20150331v2', requestParameters: { functionName: 'fn' } },
      undefined,
    ],
    // A create call whose response was not recorded says nothing about what it made.
    ['aws.ebs', { eventName: 'CreateVolume', responseElements: null }, []],
    // Not a create call of the type, or a failed one.
    ['aws.ec2', { eventName: 'StartInstances' }, undefined],
    ['aws.ec2', { eventName: 'RunInstances', errorCode: 'Client.UnauthorizedOperation' }, undefined],
  ] as const)('%s %j', (type, record, ids) => {
    expect(createdIds(CREATE_EVENTS[type]!, record as never)).toEqual(ids);
  });

  it('looks a resource up by each distinct name it may be recorded under', () => {
    const spec = CREATE_EVENTS['aws.network-addr']!;
    expect(lookupNames(spec, { AllocationId: 'eipalloc-1', PublicIp: '203.0.113.9' })).toEqual([
      'eipalloc-1',
      '203.0.113.9',
    ]);
    expect(lookupNames(spec, { AllocationId: 'eipalloc-1' })).toEqual(['eipalloc-1']);
    const fn = { FunctionName: 'fn', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn' };
    expect(lookupNames(CREATE_EVENTS['aws.lambda']!, fn)).toEqual(['fn', fn.FunctionArn]);
  });

  it('compares RDS identifiers without case, EC2 ids exactly', () => {
    expect(sameId(CREATE_EVENTS['aws.rds']!, 'Orders', 'orders')).toBe(true);
    expect(sameId(CREATE_EVENTS['aws.ec2']!, 'I-1', 'i-1')).toBe(false);
  });
});
