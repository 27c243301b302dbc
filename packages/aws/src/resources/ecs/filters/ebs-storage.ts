/**
 * Cloud Custodian's ecs ebs-storage filter: value filter options applied to the attached EBS
 * volumes of each cluster's container instances (ListContainerInstances and
 * DescribeContainerInstances per cluster, then per instance DescribeInstances and DescribeVolumes
 * of its block devices). A cluster matches when any (`operator: or`, the default) or all (`and`)
 * of its volumes do; a cluster without volumes never does.
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { getRelatedByIds, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** DescribeContainerInstances' limit. */
const CHUNK = 100;

export default defineFilter({
  type: 'ebs-storage',
  resources: ['aws.ecs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      operator: {
        enum: ['or', 'and'],
        description: 'Match clusters where any (`or`, the default) or all (`and`) of the volumes pass.',
      },
    },
  } as const,
  permissions: [
    'ecs:ListContainerInstances',
    'ecs:DescribeContainerInstances',
    'ec2:DescribeInstances',
    'ec2:DescribeVolumes',
  ],
  doc: {
    summary:
      'ECS clusters by the EBS volumes of their container instances: value filter options apply to each attached volume (Encrypted, VolumeType, Size, KmsKeyId...); any volume passing makes the cluster match (all with `operator: and`).',
    example: '- type: ebs-storage\n  key: Encrypted\n  value: false',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['clusterArn'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const all = opts.operator === 'and';
    return {
      kind: 'process',
      async process(clusters, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        const storage = new Map<Resource, Resource[]>();
        for (const cluster of clusters) {
          const arns: unknown[] = [];
          let token: unknown;
          do {
            const page = await p.send(
              'ecs',
              'ListContainerInstances',
              { cluster: cluster.clusterArn, ...(token !== undefined && { nextToken: token }) },
              region,
            );
            arns.push(...((page.containerInstanceArns ?? []) as unknown[]));
            token = page.nextToken || undefined;
          } while (token !== undefined);
          const volumes: Resource[] = [];
          for (let i = 0; i < arns.length; i += CHUNK) {
            const out = await p.send(
              'ecs',
              'DescribeContainerInstances',
              {
                cluster: cluster.clusterArn,
                include: ['TAGS'],
                containerInstances: arns.slice(i, i + CHUNK),
              },
              region,
            );
            for (const ci of (out.containerInstances ?? []) as Resource[]) {
              if (typeof ci.ec2InstanceId !== 'string') continue;
              const [instance] = await getRelatedByIds(ectx, 'aws.ec2', [ci.ec2InstanceId]);
              const ids = (
                (instance?.BlockDeviceMappings ?? []) as { Ebs?: { VolumeId?: string } }[]
              ).flatMap((bd) => (bd.Ebs?.VolumeId ? [bd.Ebs.VolumeId] : []));
              for (const v of await getRelatedByIds(ectx, 'aws.ebs', ids))
                if (Array.isArray(v.Attachments) && v.Attachments.length) volumes.push(v);
            }
          }
          storage.set(cluster, volumes);
        }
        const hits = await matcher([...storage.values()].flat(), ectx);
        return clusters.filter((c) => {
          const vs = storage.get(c) ?? [];
          if (!vs.length) return false;
          return all ? vs.every((v) => hits.has(v)) : vs.some((v) => hits.has(v));
        });
      },
    };
  },
});
