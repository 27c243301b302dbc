import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

/** The `ingress`/`egress` filters record the rules they matched under these keys, as c7n's do. */
type Annotated = SecurityGroup & {
  MatchedIpPermissions?: IpPermission[];
  MatchedIpPermissionsEgress?: IpPermission[];
};

const which = (label: string) =>
  ({
    oneOf: [
      { enum: ['matched', 'all'] },
      {
        type: 'array',
        items: { type: 'object', minProperties: 1 },
        description: 'Rules in the IpPermissions form of the EC2 API.',
      },
    ],
    default: 'matched',
    description: `${label} rules to revoke: \`matched\` (those the \`${label}\` filter matched, the default), \`all\`, or a list of rules.`,
  }) as const;

export default defineAction({
  type: 'remove-permissions',
  resources: ['aws.security-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { ingress: which('ingress'), egress: which('egress') },
  } as const,
  permissions: ['ec2:RevokeSecurityGroupIngress', 'ec2:RevokeSecurityGroupEgress'],
  doc: {
    summary:
      'Revoke ingress and egress rules of each group: by default the rules the `ingress`/`egress` filters matched, or `all` of them, or the rules listed. One call per group and direction.',
    example: '- type: remove-permissions\n  ingress: matched\n  egress: []',
  },
  reads: () => ['GroupId', 'IpPermissions', 'IpPermissionsEgress'],
  plan(resources: Annotated[], opts) {
    const calls: PlannedCall[] = [];
    for (const g of resources) {
      if (!g.GroupId) continue;
      for (const [label, choice, operation] of [
        ['ingress', opts.ingress ?? 'matched', 'RevokeSecurityGroupIngress'],
        ['egress', opts.egress ?? 'matched', 'RevokeSecurityGroupEgress'],
      ] as const) {
        const rules =
          choice === 'matched'
            ? label === 'ingress'
              ? g.MatchedIpPermissions
              : g.MatchedIpPermissionsEgress
            : choice === 'all'
              ? label === 'ingress'
                ? g.IpPermissions
                : g.IpPermissionsEgress
              : (choice as readonly Record<string, unknown>[]);
        if (!rules?.length) continue;
        calls.push({
          service: 'ec2',
          operation,
          input: { GroupId: g.GroupId, IpPermissions: rules },
          resourceIds: [g.GroupId],
          describe: `revoke ${rules.length} ${label} rule${rules.length === 1 ? '' : 's'} from ${g.GroupId}`,
        });
      }
    }
    return calls;
  },
});
