/** The check cases.test.ts runs on every case's calls (permission-coverage.ts), on hand-made logs. */
import { describe, expect, it } from 'vitest';
import { describeUncovered, uncoveredCalls } from './permission-coverage.js';

const file = (text: string) => ({ path: '/cases/x/policy.yml', text });
const call = (name: string, input: unknown = {}) => {
  const i = name.lastIndexOf('.');
  return { service: name.slice(0, i), operation: name.slice(i + 1), input };
};

const snapshot = file(
  ['policies:', '  - name: snap', '    resource: aws.ec2', '    actions:', '      - type: snapshot'].join(
    '\n',
  ),
);

describe('uncoveredCalls', () => {
  it('names a call no permission of the policy names, once', () => {
    const log = ['ec2.DescribeInstances', 'ec2.CreateSnapshots', 'ec2.DeleteVolume', 'ec2.DeleteVolume'];
    const { uncovered } = uncoveredCalls(
      snapshot,
      [],
      log.map((c) => call(c)),
    );
    expect(describeUncovered(uncovered)).toBe(
      'policy snap calls ec2.DeleteVolume; its permissions do not name it',
    );
  });

  it("leaves out the run's own calls: GetCallerIdentity and the S3 output's PutObject", () => {
    const log = [
      call('sts.GetCallerIdentity'),
      call('s3.PutObject', { Bucket: 'out', Key: 'snap/resources.json' }),
      call('s3.PutObject', { Bucket: 'elsewhere', Key: 'x' }),
    ];
    expect(uncoveredCalls(snapshot, ['-s', 's3://out/runs'], log).uncovered.map((u) => u.call)).toEqual([
      's3.PutObject',
    ]);
  });

  it('serves a call by the clients of its endpoint prefix, and a name that is no command by every command', () => {
    const elb = file(
      ['policies:', '  - name: lbs', '    resource: aws.app-elb', '    actions: [delete]'].join('\n'),
    );
    expect(uncoveredCalls(elb, [], [call('elasticloadbalancing.DeleteLoadBalancer')]).uncovered).toEqual([]);
    // s3:ListBucket is no S3 command: the archive keeps them all, though no permission names this one.
    const s3 = file(['policies:', '  - name: buckets', '    resource: aws.s3'].join('\n'));
    const { uncovered, unnamed } = uncoveredCalls(s3, [], [call('s3.ListObjectsV2')]);
    expect(uncovered).toEqual([]);
    expect(unnamed.map((u) => u.call)).toEqual(['s3.ListObjectsV2']);
  });

  it('asks every policy of the file (the log does not say which made a call)', () => {
    const two = file(
      ['policies:', '  - name: a', '    resource: aws.ec2', '  - name: b', '    resource: aws.ebs'].join(
        '\n',
      ),
    );
    const { uncovered } = uncoveredCalls(
      two,
      [],
      [call('ec2.DescribeVolumes'), call('rds.DescribeDBInstances')],
    );
    expect(describeUncovered(uncovered)).toBe(
      'policy a or b calls rds.DescribeDBInstances; their permissions do not name it',
    );
  });
});
