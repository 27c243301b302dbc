/**
 * Cloud Custodian's eks delete: a cluster's node groups and Fargate profiles go first
 * (ListNodegroups and ListFargateProfiles when planning). Node groups are deleted together;
 * Fargate profiles one at a time, each awaited until DescribeFargateProfile no longer finds it
 * (AWS deletes one profile at a time); then each node group is awaited the same way with
 * DescribeNodegroup, and DeleteCluster follows. A cluster already gone is skipped. A deletion
 * that AWS reports DELETE_FAILED ends in a wait timeout here where c7n's waiter fails at once.
 */
import { defineAction, type PlannedCall, type WaitFor } from '@c7n-ts/core';
import { errorCode } from '../../../query/errors.js';

const GONE = 'ResourceNotFoundException';

export default defineAction({
  type: 'delete',
  resources: ['aws.eks'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [
    'eks:DeleteCluster',
    'eks:ListNodegroups',
    'eks:DeleteNodegroup',
    'eks:DescribeNodegroup',
    'eks:ListFargateProfiles',
    'eks:DeleteFargateProfile',
    'eks:DescribeFargateProfile',
  ],
  doc: {
    summary:
      'Delete EKS clusters with their node groups and Fargate profiles, awaiting each deletion before DeleteCluster, as Cloud Custodian does.',
    example: '- delete',
  },
  reads: () => ['name'],
  async plan(clusters, _opts, ctx) {
    if (!ctx.read) throw new Error('delete needs to list node groups and Fargate profiles');
    const calls: PlannedCall[] = [];
    for (const c of clusters) {
      const name = String(c.name);
      let nodegroups: string[];
      let profiles: string[];
      try {
        nodegroups =
          ((await ctx.read('eks', 'ListNodegroups', { clusterName: name })) as { nodegroups?: string[] })
            .nodegroups ?? [];
        profiles =
          (
            (await ctx.read('eks', 'ListFargateProfiles', { clusterName: name })) as {
              fargateProfileNames?: string[];
            }
          ).fargateProfileNames ?? [];
      } catch (e) {
        if (errorCode(e) === GONE) continue;
        throw e;
      }
      const step = (operation: string, input: Record<string, unknown>, describe: string, waitFor?: WaitFor) =>
        calls.push({
          service: 'eks',
          operation,
          input,
          resourceIds: [name],
          describe,
          okErrors: [GONE],
          ...(waitFor && { waitFor }),
        });
      // Polled until AWS no longer finds it; the call made then is a last look, not found either.
      const awaitGone = (operation: string, input: Record<string, unknown>, what: string) =>
        step(operation, input, `wait for the deletion of ${what}`, {
          service: 'eks',
          operation,
          input,
          ready: () => false,
          doneOn: [GONE],
          describe: `${what} to be deleted`,
        });
      for (const ng of nodegroups)
        step(
          'DeleteNodegroup',
          { clusterName: name, nodegroupName: ng },
          `delete node group ${ng} of ${name}`,
        );
      for (const fp of profiles) {
        step(
          'DeleteFargateProfile',
          { clusterName: name, fargateProfileName: fp },
          `delete Fargate profile ${fp} of ${name}`,
        );
        awaitGone(
          'DescribeFargateProfile',
          { clusterName: name, fargateProfileName: fp },
          `Fargate profile ${fp}`,
        );
      }
      for (const ng of nodegroups)
        awaitGone('DescribeNodegroup', { clusterName: name, nodegroupName: ng }, `node group ${ng}`);
      step('DeleteCluster', { name }, `delete EKS cluster ${name}`);
    }
    return calls;
  },
});
