import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trailShortcuts } from '../modes/cloudtrail-shortcuts.js';
import { eventIds, expandEventSpec, isTrailEvent, isTrailRecord, trailEnvelope } from './event-ids.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/events/${name}.json`, import.meta.url), 'utf8')) as {
    detail: Record<string, unknown>;
  };

/** An EventBridge envelope around a CloudTrail record, as AWS delivers it. */
function trailEvent(source: string, eventName: string, detail: Record<string, unknown>) {
  return {
    version: '0',
    id: '11111111-2222-4333-8444-555555555555',
    'detail-type': 'AWS API Call via CloudTrail',
    source: `aws.${source.split('.')[0]}`,
    account: '123456789012',
    time: '2026-11-20T09:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: {
      eventVersion: '1.09',
      userIdentity: {
        type: 'IAMUser',
        arn: 'arn:aws:iam::123456789012:user/alice',
        accountId: '123456789012',
      },
      eventTime: '2026-11-20T09:00:00Z',
      eventSource: source,
      eventName,
      awsRegion: 'us-east-1',
      sourceIPAddress: '203.0.113.10',
      userAgent: 'aws-cli/2.15.30',
      requestID: 'req-1',
      eventID: 'evt-1',
      eventType: 'AwsApiCall',
      ...detail,
    },
  };
}

/** Each shortcut with the part of a CloudTrail record AWS documents for it, and the ids it names. */
const examples: Record<string, { detail: Record<string, unknown>; ids: string[] }> = {
  AllocateAddress: {
    detail: {
      responseElements: { allocationId: 'eipalloc-0a1b2c3d', publicIp: '198.51.100.1', domain: 'vpc' },
    },
    ids: ['eipalloc-0a1b2c3d'],
  },
  ConsoleLogin: {
    detail: {
      userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/alice' },
      responseElements: { ConsoleLogin: 'Success' },
    },
    ids: ['arn:aws:iam::123456789012:user/alice'],
  },
  CopyImage: {
    detail: { requestParameters: { sourceImageId: 'ami-0src' }, responseElements: { imageId: 'ami-0copy' } },
    ids: ['ami-0copy'],
  },
  CopySnapshot: {
    detail: {
      requestParameters: { sourceSnapshotId: 'snap-0src' },
      responseElements: { snapshotId: 'snap-0copy' },
    },
    ids: ['snap-0copy'],
  },
  CreateAutoScalingGroup: {
    detail: {
      requestParameters: { autoScalingGroupName: 'web-asg', minSize: 1, maxSize: 3 },
      responseElements: null,
    },
    ids: ['web-asg'],
  },
  CreateBucket: { detail: fixture('s3-create-bucket').detail, ids: ['analytics-scratch-0142'] },
  CreateCluster: {
    detail: { requestParameters: { clusterIdentifier: 'dw-main', nodeType: 'ra3.xlplus' } },
    ids: ['dw-main'],
  },
  CreateDBInstance: { detail: fixture('rds-create-db-instance').detail, ids: ['reports-pg-public'] },
  CreateDBSnapshot: {
    detail: {
      requestParameters: { dBSnapshotIdentifier: 'orders-manual-1', dBInstanceIdentifier: 'orders' },
    },
    ids: ['orders-manual-1'],
  },
  CreateElasticsearchDomain: {
    detail: { requestParameters: { domainName: 'logs-search', elasticsearchVersion: '7.10' } },
    ids: ['logs-search'],
  },
  CreateFunction: {
    detail: { requestParameters: { functionName: 'thumbnailer', runtime: 'nodejs20.x' } },
    ids: ['thumbnailer'],
  },
  CreateImage: {
    detail: {
      requestParameters: { instanceId: 'i-0abc', name: 'golden' },
      responseElements: { imageId: 'ami-0new' },
    },
    ids: ['ami-0new'],
  },
  CreateLoadBalancer: {
    detail: { requestParameters: { loadBalancerName: 'classic-web', listeners: [] } },
    ids: ['classic-web'],
  },
  CreateLoadBalancerPolicy: {
    detail: { requestParameters: { loadBalancerName: 'classic-web', policyName: 'tls-1-2' } },
    ids: ['classic-web'],
  },
  CreateNotebookInstance: {
    detail: { requestParameters: { notebookInstanceName: 'ds-notebook', instanceType: 'ml.t3.medium' } },
    ids: ['ds-notebook'],
  },
  CreateSecurityGroup: {
    detail: {
      requestParameters: { groupName: 'web', groupDescription: 'web tier', vpcId: 'vpc-0abc' },
      responseElements: { _return: true, groupId: 'sg-0a1b2c3d4e5f' },
    },
    ids: ['sg-0a1b2c3d4e5f'],
  },
  CreateSnapshot: {
    detail: {
      requestParameters: { volumeId: 'vol-0abc' },
      responseElements: { snapshotId: 'snap-0new', status: 'pending' },
    },
    ids: ['snap-0new'],
  },
  CreateTable: {
    detail: { requestParameters: { tableName: 'orders', billingMode: 'PAY_PER_REQUEST' } },
    ids: ['orders'],
  },
  CreateVolume: {
    detail: {
      requestParameters: { size: 8, zone: 'us-east-1a' },
      responseElements: { volumeId: 'vol-0new', size: '8' },
    },
    ids: ['vol-0new'],
  },
  RunInstances: {
    detail: fixture('ec2-run-instances').detail,
    ids: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002'],
  },
  SetLoadBalancerPoliciesOfListener: {
    detail: {
      requestParameters: { loadBalancerName: 'classic-web', loadBalancerPort: 443, policyNames: ['tls-1-2'] },
    },
    ids: ['classic-web'],
  },
  UpdateAutoScalingGroup: {
    detail: { requestParameters: { autoScalingGroupName: 'web-asg', desiredCapacity: 2 } },
    ids: ['web-asg'],
  },
};

describe('eventIds', () => {
  it('has an example for every shortcut', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(trailShortcuts).sort());
  });

  it.each(Object.keys(trailShortcuts))('%s names its resources', (name) => {
    const s = trailShortcuts[name]!;
    const example = examples[name]!;
    const event = trailEvent(s.source, s.event ?? name, example.detail);
    const found = eventIds(event, [name]);
    expect(found.ids).toEqual(example.ids);
    expect(found.matched).toEqual({ source: s.source, event: s.event ?? name, ids: s.ids });
  });

  it('reads the real-shaped EventBridge events of the fixtures', () => {
    expect(eventIds(fixture('ec2-run-instances'), ['CreateVolume', 'RunInstances']).ids).toEqual([
      'i-0a1b2c3d4e5f60001',
      'i-0a1b2c3d4e5f60002',
    ]);
    expect(eventIds(fixture('s3-create-bucket'), ['CreateBucket']).ids).toEqual(['analytics-scratch-0142']);
    expect(eventIds(fixture('rds-create-db-instance-exempt'), ['CreateDBInstance']).ids).toEqual([
      'finance-pg-exempt',
    ]);
  });

  it('evaluates an explicit entry on detail, or on the whole event from `detail.`', () => {
    const event = fixture('rds-create-db-instance');
    const spec = {
      source: 'rds.amazonaws.com',
      event: 'CreateDBInstance',
      ids: 'responseElements.dbiResourceId',
    };
    expect(eventIds(event, [spec]).ids).toEqual(['db-EXAMPLERESOURCEIDBLIC']);
    expect(eventIds(event, [{ ...spec, ids: 'detail.requestParameters.dBInstanceIdentifier' }]).ids).toEqual([
      'reports-pg-public',
    ]);
  });

  it('matches source and event name both', () => {
    const event = fixture('rds-create-db-instance');
    const ids = 'requestParameters.dBInstanceIdentifier';
    expect(eventIds(event, [{ source: 'ec2.amazonaws.com', event: 'CreateDBInstance', ids }])).toEqual({
      ids: [],
    });
    expect(eventIds(event, [{ source: 'rds.amazonaws.com', event: 'DeleteDBInstance', ids }])).toEqual({
      ids: [],
    });
  });

  it('tries the next matching entry when one names nothing, as c7n', () => {
    const event = fixture('rds-create-db-instance');
    const base = { source: 'rds.amazonaws.com', event: 'CreateDBInstance' };
    const found = eventIds(event, [
      { ...base, ids: 'requestParameters.noSuchField' },
      { ...base, ids: 'requestParameters.dBInstanceIdentifier' },
    ]);
    expect(found.ids).toEqual(['reports-pg-public']);
  });

  it('names nothing for an event no entry matches, an empty path, or a non-CloudTrail event', () => {
    expect(eventIds(fixture('s3-create-bucket'), ['RunInstances'])).toEqual({ ids: [] });
    const failed = trailEvent('ec2.amazonaws.com', 'RunInstances', {
      errorCode: 'UnauthorizedOperation',
      responseElements: null,
    });
    expect(eventIds(failed, ['RunInstances'])).toEqual({
      matched: expandEventSpec('RunInstances'),
      ids: [],
    });
    const scheduled = { 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} };
    expect(isTrailEvent(scheduled)).toBe(false);
    expect(eventIds(scheduled, ['RunInstances'])).toEqual({ ids: [] });
    expect(eventIds(null, ['RunInstances'])).toEqual({ ids: [] });
  });

  it('flattens nested lists and drops empty and non-scalar values', () => {
    const event = trailEvent('ec2.amazonaws.com', 'CreateTags', {
      requestParameters: {
        resourcesSet: {
          items: [{ resourceId: 'i-1' }, { resourceId: '' }, { resourceId: null }, { resourceId: 'vol-2' }],
        },
      },
    });
    const spec = {
      source: 'ec2.amazonaws.com',
      event: 'CreateTags',
      ids: 'requestParameters.resourcesSet.items[].resourceId',
    };
    expect(eventIds(event, [spec]).ids).toEqual(['i-1', 'vol-2']);
    expect(eventIds(event, [{ ...spec, ids: 'requestParameters.resourcesSet' }]).ids).toEqual([]);
  });
});

describe('a bare CloudTrail record', () => {
  const record = fixture('ec2-run-instances').detail;

  it('is told from an EventBridge event', () => {
    expect(isTrailRecord(record)).toBe(true);
    expect(isTrailRecord(fixture('ec2-run-instances'))).toBe(false);
    expect(isTrailRecord({ eventName: 'RunInstances' })).toBe(false);
    expect(eventIds(record, ['RunInstances']).ids).toEqual([]);
  });

  it('wrapped in its envelope, names the same resources as the delivered event', () => {
    const wrapped = trailEnvelope(record);
    expect(wrapped).toMatchObject({ 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.ec2' });
    expect(isTrailEvent(wrapped)).toBe(true);
    expect(eventIds(wrapped, ['RunInstances'])).toEqual(
      eventIds(fixture('ec2-run-instances'), ['RunInstances']),
    );
    expect(eventIds(wrapped, ['RunInstances']).ids.length).toBeGreaterThan(0);
  });
});
