import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import setAttributes from './set-attributes.js';

testAction(setAttributes, {
  resourceType: redshift,
  valid: [{ attributes: { AllowVersionUpgrade: true } }, { attributes: { ElasticIp: '1.2.3.4' } }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { attributes: { AllowVersionUpgrade: true }, force: true }, messageId: 'schema' },
    { options: { attributes: { ClusterIdentifier: 'x' } }, messageId: 'cluster-id' },
    { options: { attributes: { AllowVersionUpgrades: true } }, messageId: 'unknown-member' },
  ],
  cases: [
    {
      name: 'only the attributes that differ; a cluster already set gets no call',
      options: { attributes: { AllowVersionUpgrade: true, AutomatedSnapshotRetentionPeriod: 7 } },
      resources: [
        { ClusterIdentifier: 'rs-1', AllowVersionUpgrade: false, AutomatedSnapshotRetentionPeriod: 7 },
        { ClusterIdentifier: 'rs-2', AllowVersionUpgrade: true, AutomatedSnapshotRetentionPeriod: 7 },
      ],
      calls: [
        {
          service: 'redshift',
          operation: 'ModifyCluster',
          input: { AllowVersionUpgrade: true, ClusterIdentifier: 'rs-1' },
          resourceIds: ['rs-1'],
          okErrors: ['ClusterNotFound', 'ClusterNotFoundFault'],
        },
      ],
    },
    {
      name: 'a pending value counts as current; a pending rename is the target',
      options: { attributes: { AutomatedSnapshotRetentionPeriod: 7, NodeType: 'ra3.xlplus' } },
      resources: [
        {
          ClusterIdentifier: 'rs-1',
          NodeType: 'dc2.large',
          AutomatedSnapshotRetentionPeriod: 1,
          PendingModifiedValues: { AutomatedSnapshotRetentionPeriod: 7, ClusterIdentifier: 'rs-new' },
        },
      ],
      calls: [
        {
          operation: 'ModifyCluster',
          input: { NodeType: 'ra3.xlplus', ClusterIdentifier: 'rs-new' },
          resourceIds: ['rs-1'],
        },
      ],
    },
    {
      name: 'mapped members compare with where the cluster keeps them',
      options: { attributes: { ElasticIp: '1.2.3.4' } },
      resources: [{ ClusterIdentifier: 'rs-1', ElasticIpStatus: { ElasticIp: '1.2.3.4', Status: 'active' } }],
      // As c7n: the plain comparison (no top-level ElasticIp) still differs, so the call is made.
      calls: [{ operation: 'ModifyCluster', input: { ElasticIp: '1.2.3.4', ClusterIdentifier: 'rs-1' } }],
    },
  ],
});
