import { containerConfig } from '../ecs/container-config.js';
import { type AugmentHook, awsResource } from '../types.js';

/**
 * Cloud Custodian's detail of a listed name: DescribeCluster, whose `cluster` becomes the
 * resource with `name` kept from the listing (c7n sets the id from the list item), and the `tags`
 * map also given as `{Key, Value}` pairs in `Tags` (`tags` stays, as in c7n).
 */
const describeCluster: AugmentHook = async (listed, send) => {
  const out = await send('DescribeCluster', { name: listed.name });
  const cluster: Record<string, unknown> = { ...(out.cluster as Record<string, unknown>), name: listed.name };
  const tags = cluster.tags;
  if (tags === null || typeof tags !== 'object') return cluster;
  return { ...cluster, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
};

export default awsResource({
  type: 'aws.eks',
  aliases: ['eks'],
  id: 'name',
  name: 'name',
  date: 'createdAt',
  taggable: true,
  reportFields: ['name', 'arn', 'version', 'status', 'createdAt'],
  permissions: ['eks:ListClusters', 'eks:DescribeCluster'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'EKS clusters, listed with ListClusters and described with DescribeCluster per name, as Cloud Custodian does; the `tags` map is also given as `Tags` `{Key, Value}` pairs.',
    example: [
      'name: public-eks-endpoints',
      'resource: aws.eks',
      'filters:',
      '  - resourcesVpcConfig.endpointPublicAccess: true',
    ].join('\n'),
  },
  source: {
    service: 'eks',
    list: {
      operation: 'ListClusters',
      items: 'clusters',
      itemKey: 'name',
      pagination: { inputToken: 'nextToken', outputToken: 'nextToken' },
    },
    augment: describeCluster,
    tags: { kind: 'augment' },
    tagging: 'eks',
    arn: { field: 'arn' },
    configType: 'AWS::EKS::Cluster',
    config: containerConfig({ certificateAuthorityData: 'certificateAuthority' }),
    kmsKeyPath: 'encryptionConfig[].provider.keyArn',
    metrics: { namespace: 'ContainerInsights', dimension: 'ClusterName', field: 'name' },
    networkLocation: true,
    shape: { service: 'eks', name: 'Cluster' },
  },
});
