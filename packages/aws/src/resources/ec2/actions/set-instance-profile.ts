import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

/** c7n only changes instances in these states. */
const STATES = new Set(['running', 'pending', 'stopped', 'stopping']);

type Association = { AssociationId?: string; InstanceId?: string; IamInstanceProfile?: { Arn?: string } };

export default defineAction({
  type: 'set-instance-profile',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: {
        type: 'string',
        description:
          'Instance profile to associate (or replace the current one with); without it the profile is removed.',
      },
    },
  } as const,
  permissions: [
    'ec2:AssociateIamInstanceProfile',
    'ec2:DisassociateIamInstanceProfile',
    'ec2:ReplaceIamInstanceProfileAssociation',
    'ec2:DescribeIamInstanceProfileAssociations',
    'iam:PassRole',
  ],
  doc: {
    summary:
      'Set the instance profile of instances (not terminated): associate `name` where there is none, replace a different one, or, without `name`, remove the current one. Current associations are read first with one DescribeIamInstanceProfileAssociations for the instances that have a profile.',
    example: '- type: set-instance-profile\n  name: app-default',
  },
  reads: () => ['InstanceId', 'State', 'IamInstanceProfile'],
  async plan(resources: Instance[], opts, ctx) {
    const instances = resources.filter((i) => STATES.has(String(i.State?.Name)) && i.InstanceId);
    const withProfile = instances.filter((i) => i.IamInstanceProfile);
    const associations = new Map<string, Association>();
    if (withProfile.length) {
      if (!ctx.read) throw new Error('set-instance-profile needs to read the current associations');
      const out = (await ctx.read('ec2', 'DescribeIamInstanceProfileAssociations', {
        Filters: [
          { Name: 'instance-id', Values: withProfile.map((i) => i.InstanceId) },
          { Name: 'state', Values: ['associating', 'associated'] },
        ],
      })) as { IamInstanceProfileAssociations?: Association[] };
      for (const a of out.IamInstanceProfileAssociations ?? []) associations.set(String(a.InstanceId), a);
    }
    const name = opts.name;
    const calls: PlannedCall[] = [];
    for (const i of instances) {
      const id = String(i.InstanceId);
      const current = associations.get(id);
      if (!current) {
        if (name)
          calls.push({
            service: 'ec2',
            operation: 'AssociateIamInstanceProfile',
            input: { IamInstanceProfile: { Name: name }, InstanceId: id },
            resourceIds: [id],
            describe: `associate instance profile ${name} with ${id}`,
          });
        continue;
      }
      if (name && String(current.IamInstanceProfile?.Arn ?? '').endsWith(`/${name}`)) continue;
      calls.push(
        name
          ? {
              service: 'ec2',
              operation: 'ReplaceIamInstanceProfileAssociation',
              input: { IamInstanceProfile: { Name: name }, AssociationId: current.AssociationId },
              resourceIds: [id],
              describe: `replace the instance profile of ${id} with ${name}`,
            }
          : {
              service: 'ec2',
              operation: 'DisassociateIamInstanceProfile',
              input: { AssociationId: current.AssociationId },
              resourceIds: [id],
              describe: `remove the instance profile of ${id}`,
            },
      );
    }
    return calls;
  },
});
