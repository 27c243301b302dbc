import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import { findingArns, hubEventIds, idOf } from './hub-ids.js';

const registry = awsRegistry();
const rt = (t: string) => registry.resource(t)!;
const event = (name: string) =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/events/${name}.json`, import.meta.url), 'utf8'));
const noCall = async () => {
  throw new Error('no call expected');
};

describe('hub-ids', () => {
  it("an imported finding: the instance ARN's id for ec2, the volume's for ebs", async () => {
    const e = event('hub-finding-ec2-imported');
    expect(await hubEventIds(e, rt('aws.ec2'), '123456789012', noCall)).toEqual({
      ids: ['i-0c7a1b2c3d4e50002'],
    });
    expect(await hubEventIds(e, rt('aws.ebs'), '123456789012', noCall)).toEqual({
      ids: ['vol-0c7a1b2c3d4e50009'],
    });
    expect((await hubEventIds(e, rt('aws.s3'), '123456789012', noCall)).ids).toEqual([]);
  });

  it('a custom action on an instance named by its bare id (c7n builds the ARN)', async () => {
    const e = event('hub-action-ec2-custom-action');
    expect(findingArns(e.detail.findings)).toEqual([
      'arn:aws:ec2:us-east-1:123456789012:instance/i-0c7a1b2c3d4e50003',
    ]);
    expect(await hubEventIds(e, rt('aws.ec2'), '123456789012', noCall)).toEqual({
      ids: ['i-0c7a1b2c3d4e50003'],
    });
  });

  it('refuses resources of another account, as c7n without member-role', async () => {
    const e = event('hub-finding-ec2-imported');
    await expect(hubEventIds(e, rt('aws.ec2'), '999999999999', noCall)).rejects.toThrow(/another account/);
  });

  it('an insight result: the insight filters narrowed to the chosen values, then its findings', async () => {
    const calls: unknown[] = [];
    const send = async (service: string, op: string, input: Record<string, unknown>) => {
      calls.push([service, op, input]);
      return op === 'GetInsights'
        ? { Insights: [{ Filters: { SeverityLabel: [{ Comparison: 'EQUALS', Value: 'HIGH' }] } }] }
        : {
            Findings: [
              { AwsAccountId: '123456789012', Resources: [{ Type: 'AwsS3Bucket', Id: 'arn:aws:s3:::logs' }] },
            ],
          };
    };
    const e = {
      'detail-type': 'Security Hub Insight Results',
      detail: {
        insightArn: 'arn:insight',
        resultType: 'ResourceId',
        insightResults: [{ 'arn:aws:s3:::logs': 3 }],
      },
    };
    expect(await hubEventIds(e, rt('aws.s3'), '123456789012', send)).toEqual({ ids: ['logs'] });
    expect(calls[1]).toEqual([
      'securityhub',
      'GetFindings',
      {
        Filters: {
          SeverityLabel: [{ Comparison: 'EQUALS', Value: 'HIGH' }],
          ResourceId: [{ Comparison: 'EQUALS', Value: 'arn:aws:s3:::logs' }],
        },
      },
    ]);
  });

  it('ids from ARN-field types (rds) by service', () => {
    expect(idOf('arn:aws:rds:us-east-1:123456789012:db:orders', rt('aws.rds'))).toBe('orders');
    expect(idOf('arn:aws:ec2:us-east-1:123456789012:instance/i-1', rt('aws.rds'))).toBeUndefined();
  });

  it('another event is a no-op with a reason', async () => {
    expect(
      (await hubEventIds({ 'detail-type': 'GuardDuty Finding' }, rt('aws.ec2'), '1', noCall)).why,
    ).toContain('not a Security Hub finding event');
  });
});
