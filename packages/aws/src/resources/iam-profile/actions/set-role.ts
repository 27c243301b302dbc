/**
 * Cloud Custodian's iam-profile set-role: makes `role` the profile's one role. A profile without
 * a role gets AddRoleToInstanceProfile; one with another role gets RemoveRoleFromInstanceProfile
 * (of its first role) then AddRoleToInstanceProfile; one with that role already is left alone.
 * An empty `role` (the default) removes the profile's first role.
 */
import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'set-role',
  resources: ['aws.iam-profile'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      role: {
        type: 'string',
        default: '',
        description:
          "Name of the role the profile should hold; empty (the default) removes the profile's role.",
      },
    },
  } as const,
  permissions: ['iam:AddRoleToInstanceProfile', 'iam:RemoveRoleFromInstanceProfile'],
  doc: {
    summary:
      'Set the role of IAM instance profiles (RemoveRoleFromInstanceProfile of the current one, AddRoleToInstanceProfile of `role`), or with an empty `role` remove it; profiles holding that role already are left alone.',
    example: '- type: set-role\n  role: my-instance-role',
  },
  reads: () => ['InstanceProfileName', 'Roles'],
  plan(resources, opts) {
    const role = opts.role ?? '';
    const calls: PlannedCall[] = [];
    for (const r of resources) {
      const name = String(r.InstanceProfileName ?? '');
      if (!name) continue;
      const current = ((r.Roles ?? []) as { RoleName?: string }[])[0]?.RoleName;
      const remove = (): PlannedCall => ({
        service: 'iam',
        operation: 'RemoveRoleFromInstanceProfile',
        input: { InstanceProfileName: name, RoleName: current },
        resourceIds: [name],
        describe: `remove role ${current} from instance profile ${name}`,
      });
      const add: PlannedCall = {
        service: 'iam',
        operation: 'AddRoleToInstanceProfile',
        input: { InstanceProfileName: name, RoleName: role },
        resourceIds: [name],
        describe: `add role ${role} to instance profile ${name}`,
      };
      if (!role) {
        if (current !== undefined) calls.push(remove());
      } else if (current === undefined) calls.push(add);
      else if (current !== role) calls.push(remove(), add);
    }
    return calls;
  },
});
