import { describe, expect, it } from 'vitest';
import { deploymentNames, logGroupArn, parseDeployedArn, partitionOf, roleArn } from './names.js';

describe('deployment names', () => {
  it('follows Cloud Custodian: prefix + policy name for the function, rule, target and statement', () => {
    expect(deploymentNames('ec2-tag')).toEqual({
      functionName: 'custodian-ec2-tag',
      ruleName: 'custodian-ec2-tag',
      targetId: 'custodian-ec2-tag',
      statementId: 'custodian-ec2-tag',
      logGroupName: '/aws/lambda/custodian-ec2-tag',
    });
    expect(deploymentNames('ec2-tag', 'team-').functionName).toBe('team-ec2-tag');
    expect(deploymentNames('ec2-tag', '').functionName).toBe('ec2-tag');
  });

  it.each([
    ['custodian', '111122223333', 'us-east-1', 'arn:aws:iam::111122223333:role/custodian'],
    ['ops/custodian', '111122223333', 'cn-north-1', 'arn:aws-cn:iam::111122223333:role/ops/custodian'],
    ['arn:aws:iam::999988887777:role/x', '111122223333', 'us-east-1', 'arn:aws:iam::999988887777:role/x'],
  ])('role %s in %s/%s', (role, account, region, arn) => {
    expect(roleArn(role, account, region)).toBe(arn);
  });

  it('knows the partitions', () => {
    expect(partitionOf('eu-west-1')).toBe('aws');
    expect(partitionOf('us-gov-west-1')).toBe('aws-us-gov');
    expect(partitionOf('cn-northwest-1')).toBe('aws-cn');
    expect(logGroupArn('/aws/lambda/f', 'us-east-1', '1')).toBe(
      'arn:aws:logs:us-east-1:1:log-group:/aws/lambda/f',
    );
  });

  it.each([
    ['arn:aws:lambda:us-east-1:1:function:custodian-x', { kind: 'function', name: 'custodian-x' }],
    ['arn:aws:lambda:us-east-1:1:function:custodian-x:3', { kind: 'function', name: 'custodian-x' }],
    ['arn:aws:events:us-east-1:1:rule/custodian-x', { kind: 'rule', name: 'custodian-x' }],
    [
      'arn:aws:logs:us-east-1:1:log-group:/aws/lambda/custodian-x',
      { kind: 'log-group', name: '/aws/lambda/custodian-x' },
    ],
    [
      'arn:aws:logs:us-east-1:1:log-group:/aws/lambda/custodian-x:*',
      { kind: 'log-group', name: '/aws/lambda/custodian-x' },
    ],
    ['arn:aws:events:us-east-1:1:rule/my-bus/custodian-x', undefined],
    ['arn:aws:ec2:us-east-1:1:instance/i-1', undefined],
    ['not an arn', undefined],
  ])('parses %s', (arn, want) => {
    expect(parseDeployedArn(arn)).toEqual(want);
  });
});
