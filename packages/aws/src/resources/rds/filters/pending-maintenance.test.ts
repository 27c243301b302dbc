import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rdsCluster from '../../rds-cluster/resource.js';
import rds from '../resource.js';
import pendingMaintenance, { PENDING_MAINTENANCE } from './pending-maintenance.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/pending-maintenance', import.meta.url)),
  });

const db = (id: string) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
});

testFilter(pendingMaintenance, {
  resourceType: rds,
  valid: [{}],
  invalid: [{ options: { action: 'system-update' }, messageId: 'schema' }],
});

describe('rds pending-maintenance', () => {
  it('lists every page once and matches instances by ARN', async () => {
    const provider = await replay();
    const ev = pendingMaintenance.compile(
      {},
      { resourceType: rds, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const rs: Resource[] = [db('orders-prod'), db('analytics'), db('dev')];
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.DBInstanceIdentifier)).toEqual(['orders-prod']);
    expect(
      (
        (out[0]?.[PENDING_MAINTENANCE] ?? []) as { PendingMaintenanceActionDetails: { Action: string }[] }[]
      ).flatMap((a) => a.PendingMaintenanceActionDetails.map((d) => d.Action)),
    ).toEqual(['system-update', 'ca-certificate-rotation']);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribePendingMaintenanceActions', {}],
      ['DescribePendingMaintenanceActions', { Marker: 'm2' }],
    ]);
  });

  it('matches rds-cluster resources by DBClusterArn', async () => {
    const provider = await replay();
    const ev = pendingMaintenance.compile(
      {},
      { resourceType: rdsCluster, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const arn = 'arn:aws:rds:us-east-1:123456789012:db:orders-prod';
    // The flight data names that ARN; only the DBClusterArn field counts for a cluster.
    const rs: Resource[] = [
      { DBClusterIdentifier: 'by-cluster-arn', DBClusterArn: arn },
      { DBClusterIdentifier: 'by-instance-arn', DBInstanceArn: arn },
    ];
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.DBClusterIdentifier)).toEqual(['by-cluster-arn']);
  });
});
