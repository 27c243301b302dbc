import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sdkShapes } from '../generated/fields.js';
import { awsResources } from './index.js';

describe('awsResources', () => {
  it('lists the types sorted, each with its short alias', () => {
    const types = awsResources.map((r) => r.type);
    expect(types).toEqual([...types].sort());
    expect(types).toEqual([
      'aws.account',
      'aws.acm-certificate',
      'aws.ami',
      'aws.app-elb',
      'aws.app-elb-target-group',
      'aws.asg',
      'aws.cache-cluster',
      'aws.cfn',
      'aws.cloudtrail',
      'aws.config-recorder',
      'aws.distribution',
      'aws.dynamodb-table',
      'aws.ebs',
      'aws.ebs-snapshot',
      'aws.ec2',
      'aws.ecr',
      'aws.ecs',
      'aws.ecs-service',
      'aws.efs',
      'aws.eks',
      'aws.elasticsearch',
      'aws.elb',
      'aws.eni',
      'aws.hostedzone',
      'aws.iam-group',
      'aws.iam-policy',
      'aws.iam-profile',
      'aws.iam-role',
      'aws.iam-user',
      'aws.internet-gateway',
      'aws.key-pair',
      'aws.kms',
      'aws.kms-key',
      'aws.lambda',
      'aws.log-group',
      'aws.nat-gateway',
      'aws.network-addr',
      'aws.org-account',
      'aws.rds',
      'aws.rds-cluster',
      'aws.rds-cluster-snapshot',
      'aws.rds-snapshot',
      'aws.redshift',
      'aws.rest-api',
      'aws.rest-stage',
      'aws.route-table',
      'aws.rrset',
      'aws.s3',
      'aws.secrets-manager',
      'aws.security-group',
      'aws.sns',
      'aws.sqs',
      'aws.ssm-parameter',
      'aws.subnet',
      'aws.vpc',
      'aws.vpc-endpoint',
      'aws.wafv2',
    ]);
    for (const r of awsResources) expect(r.aliases).toContain(r.type.slice('aws.'.length));
  });

  it.each(awsResources.map((r) => [r.type, r] as const))('%s is complete and consistent', (_t, r) => {
    expect(r.provider).toBe('aws');
    expect(r.fields).toEqual([...r.fields].sort());
    expect(r.fields).toContain(r.id);
    if (r.date) expect(r.fields).toContain(r.date);
    if (r.name) expect(r.fields).toContain(r.name.split('.')[0]);
    if (r.taggable) expect(r.fields).toContain('Tags');
    expect(r.permissions.length).toBeGreaterThan(0);
    // ELB and ELBv2 clients are keyed `elb`/`elbv2`; IAM names both `elasticloadbalancing`.
    // ECR's endpoint prefix is `api.ecr`; IAM names it `ecr`.
    const iamPrefix = ['elb', 'elbv2'].includes(r.source.service)
      ? 'elasticloadbalancing'
      : r.source.service.replace(/^api\.ecr$/, 'ecr');
    // API Gateway's IAM actions are the HTTP verbs of its REST API: listing is `apigateway:GET`.
    const listPermission =
      iamPrefix === 'apigateway'
        ? 'apigateway:GET'
        : `${iamPrefix}:${r.source.list.operation}`.replace('s3:ListBuckets', 's3:ListAllMyBuckets');
    expect(r.permissions).toContain(listPermission);
    const policy = parse(r.doc.example) as { resource: string };
    expect([r.type, ...(r.aliases ?? [])]).toContain(policy.resource);
    for (const d of r.source.details ?? []) if (!d.merge) expect(r.fields).toContain(d.field);
  });

  it('derives fields from the SDK shapes, plus the augmented keys', () => {
    const s3 = awsResources.find((r) => r.type === 'aws.s3');
    expect(s3?.fields).toEqual(
      expect.arrayContaining([...sdkShapes.s3.Bucket, 'Versioning', 'Location', 'Acl']),
    );
    const rds = awsResources.find((r) => r.type === 'aws.rds');
    expect(rds?.fields).toContain('Tags');
    expect(rds?.fields).not.toContain('TagList');
  });
});
