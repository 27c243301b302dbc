import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LoadedPolicy } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { services } from '../clients/services.js';
import { awsRegistry } from '../registry.js';
import {
  callsForAction,
  neededOperations,
  neededServices,
  sdkPackageOf,
  serviceForAction,
  servicesForAction,
} from './services.js';

const registry = awsRegistry();
const policy = (resourceType: string, data: Record<string, unknown>) =>
  ({ resourceType, data: { name: 'p', resource: resourceType, ...data } }) as Pick<
    LoadedPolicy,
    'data' | 'resourceType'
  >;

describe('neededServices', () => {
  it('takes the services of the policy permissions', () => {
    const ec2 = policy('aws.ec2', {
      mode: { type: 'cloudtrail', events: ['RunInstances'] },
      actions: [{ type: 'tag', key: 'Owner', value: 'x' }],
    });
    expect(neededServices(ec2, registry)).toEqual(['ec2']);
    expect(
      neededServices(policy('aws.rds', { actions: [{ type: 'delete', 'skip-snapshot': true }] }), registry),
    ).toEqual(['rds', 'tagging']);
  });

  it('bundles the Config client instead of the describe one for source: config', () => {
    const p = policy('aws.security-group', {
      source: 'config',
      mode: { type: 'periodic', schedule: 'rate(1 day)' },
    });
    expect(neededServices(p, registry)).toEqual(['config']);
    expect(sdkPackageOf('config')).toBe('@aws-sdk/client-config-service');
  });

  it('adds s3 when the output goes to a bucket', () => {
    const p = policy('aws.ec2', {
      mode: {
        type: 'periodic',
        schedule: 'rate(1 day)',
        'execution-options': { output_dir: 's3://logs/c7n' },
      },
    });
    expect(neededServices(p, registry)).toContain('s3');
    expect(neededServices(policy('aws.ec2', {}), registry)).not.toContain('s3');
  });

  it('bundles both load balancer clients for elasticloadbalancing permissions', () => {
    expect(servicesForAction('elasticloadbalancing:DescribeTags')).toEqual(['elb', 'elbv2']);
    expect(neededServices(policy('aws.app-elb', { actions: [{ type: 'delete' }] }), registry)).toEqual([
      'elb',
      'elbv2',
    ]);
  });

  it('bundles the clients whose key is not the IAM prefix: ECR, Payment Cryptography, S3 Control', () => {
    expect(neededServices(policy('aws.ecr', { actions: [{ type: 'set-scanning' }] }), registry)).toContain(
      'api.ecr',
    );
    const pmt = policy('aws.account', { filters: [{ type: 'payment-cryptography-replication-regions' }] });
    expect(neededOperations(pmt, registry).get('controlplane.payment-cryptography')).toEqual(
      new Set(['GetDefaultKeyReplicationRegions']),
    );
    const block = policy('aws.account', {
      filters: [{ type: 's3-public-block', key: 'BlockPublicPolicy', value: false }],
      actions: [{ type: 'set-s3-public-block', BlockPublicPolicy: true }],
    });
    const ops = neededOperations(block, registry);
    expect(ops.get('s3-control')).toEqual(new Set(['GetPublicAccessBlock', 'PutPublicAccessBlock']));
    // The IAM names are no S3 operation: they would have kept every command of the S3 client.
    expect(ops.has('s3')).toBe(false);
    expect(callsForAction('s3:ListBucket')).toEqual([['s3', 'ListBucket']]);
  });

  it('bundles STS when a permission names it (cfn-stack assumes a role in each account)', () => {
    const p = policy('aws.org-account', { filters: [{ type: 'cfn-stack', stack_names: ['baseline'] }] });
    expect(neededOperations(p, registry).get('sts')).toEqual(new Set(['AssumeRole']));
    expect(neededServices(policy('aws.ec2', {}), registry)).not.toContain('sts');
  });

  it('maps IAM prefixes to client keys and ignores services without a client', () => {
    expect(serviceForAction('tag:GetResources')).toBe('tagging');
    expect(serviceForAction('ses:SendEmail')).toBe('email');
    expect(serviceForAction('ec2:DescribeInstances')).toBe('ec2');
    expect(serviceForAction('cloudwatch:GetMetricStatistics')).toBe('monitoring');
    expect(serviceForAction('iam:PassRole')).toBe('iam');
    expect(serviceForAction('iotwireless:ListDevices')).toBeUndefined();
  });

  it("declares every client's package as a dependency (a fresh install has nothing else)", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const missing = Object.keys(services)
      .map(sdkPackageOf)
      .filter((p) => !(p in pkg.dependencies));
    expect(missing).toEqual([]);
  });

  it('knows the SDK package of every client', () => {
    const require = createRequire(import.meta.url);
    for (const key of Object.keys(services))
      expect(() => require.resolve(sdkPackageOf(key)), key).not.toThrow();
  });
});
