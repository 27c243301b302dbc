/**
 * The types c7n-ts calls complete declare every filter and action Cloud Custodian has for them,
 * as `c7n-ts schema` shows them. The list of Cloud Custodian's names is the committed catalogue
 * (`packages/aws/src/catalogue/cloud-custodian.json`, Cloud Custodian 0.9.52): each type's own
 * names plus those it gives every type; shared elements attached by trait appear in the type's
 * own list, as Cloud Custodian attaches them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCliAsync } from './harness.js';

interface Catalogue {
  modes: string[];
  everyType: { filters: string[]; actions: string[] };
  types: Record<string, { filters: string[]; actions: string[]; aliases?: string[] }>;
}

const catalogue = JSON.parse(
  readFileSync(join(root, 'packages/aws/src/catalogue/cloud-custodian.json'), 'utf8'),
) as Catalogue;

/** c7n-ts type -> Cloud Custodian type, for the types whose every element c7n-ts declares. */
const COMPLETE: Record<string, string> = {
  'aws.ec2': 'aws.ec2',
  'aws.asg': 'aws.asg',
  'aws.ebs': 'aws.ebs',
  'aws.ami': 'aws.ami',
  'aws.ebs-snapshot': 'aws.ebs-snapshot',
  'aws.security-group': 'aws.security-group',
  'aws.network-addr': 'aws.elastic-ip',
  'aws.rds': 'aws.rds',
  'aws.rds-snapshot': 'aws.rds-snapshot',
  'aws.s3': 'aws.s3',
  'aws.internet-gateway': 'aws.internet-gateway',
  'aws.key-pair': 'aws.key-pair',
  'aws.nat-gateway': 'aws.nat-gateway',
  'aws.acm-certificate': 'aws.acm-certificate',
  'aws.ssm-parameter': 'aws.ssm-parameter',
  'aws.cfn': 'aws.cfn',
  'aws.secrets-manager': 'aws.secrets-manager',
  'aws.hostedzone': 'aws.hostedzone',
  'aws.rrset': 'aws.rrset',
  'aws.iam-group': 'aws.iam-group',
  'aws.iam-policy': 'aws.iam-policy',
  'aws.iam-profile': 'aws.iam-profile',
  'aws.iam-user': 'aws.iam-user',
  'aws.iam-role': 'aws.iam-role',
  'aws.vpc': 'aws.vpc',
  'aws.subnet': 'aws.subnet',
  'aws.eni': 'aws.eni',
  'aws.route-table': 'aws.route-table',
  'aws.app-elb-target-group': 'aws.app-elb-target-group',
  'aws.lambda': 'aws.lambda',
  'aws.config-recorder': 'aws.config-recorder',
  'aws.rest-api': 'aws.rest-api',
  'aws.ecr': 'aws.ecr',
  'aws.ecs': 'aws.ecs',
  'aws.ecs-service': 'aws.ecs-service',
  'aws.eks': 'aws.eks',
  'aws.distribution': 'aws.distribution',
  'aws.account': 'aws.account',
  'aws.wafv2': 'aws.wafv2',
  'aws.sqs': 'aws.sqs',
  'aws.sns': 'aws.sns',
  'aws.rds-cluster-snapshot': 'aws.rds-cluster-snapshot',
  'aws.log-group': 'aws.log-group',
  'aws.cloudtrail': 'aws.cloudtrail',
  'aws.kms': 'aws.kms',
  'aws.kms-key': 'aws.kms-key',
  'aws.efs': 'aws.efs',
  'aws.dynamodb-table': 'aws.dynamodb-table',
  'aws.elasticsearch': 'aws.elasticsearch',
  'aws.elb': 'aws.elb',
  'aws.vpc-endpoint': 'aws.vpc-endpoint',
  'aws.rds-cluster': 'aws.rds-cluster',
  'aws.redshift': 'aws.redshift',
  'aws.org-account': 'aws.org-account',
  'aws.cache-cluster': 'aws.cache-cluster',
  'aws.app-elb': 'aws.app-elb',
  'aws.rest-stage': 'aws.rest-stage',
};

/** and/or/not are the policy language's blocks, not elements `schema` lists. */
const BLOCKS = new Set(['and', 'or', 'not']);

async function declared(type: string, kind: 'filters' | 'actions'): Promise<Set<string>> {
  const r = await runCliAsync(['schema', `${type}.${kind}`, '--json']);
  expect(r.code, r.stderr).toBe(0);
  const list = JSON.parse(r.stdout) as { children: { name: string }[] };
  return new Set(list.children.map((c) => c.name));
}

describe.concurrent("c7n-ts schema declares Cloud Custodian's filters and actions", () => {
  for (const [type, c7nType] of Object.entries(COMPLETE)) {
    for (const kind of ['filters', 'actions'] as const) {
      it(`${type} ${kind}`, async () => {
        const own = catalogue.types[c7nType];
        expect(own, `${c7nType} is in the catalogue`).toBeDefined();
        const want = [...new Set([...(own?.[kind] ?? []), ...catalogue.everyType[kind]])].filter(
          (n) => !BLOCKS.has(n),
        );
        const have = await declared(type, kind);
        expect(want.filter((n) => !have.has(n)).sort()).toEqual([]);
      });
    }
  }
  it('and every mode', async () => {
    const r = await runCliAsync(['schema', 'mode', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const have = new Set(
      (JSON.parse(r.stdout) as { children: { name: string }[] }).children.map((c) => c.name),
    );
    expect(catalogue.modes.filter((m) => !have.has(m)).sort()).toEqual([]);
  });
});
