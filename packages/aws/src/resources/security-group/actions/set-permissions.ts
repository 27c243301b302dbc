import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

/** The `ingress`/`egress` filters record the rules they matched under these keys, as c7n's do. */
type Annotated = SecurityGroup & {
  MatchedIpPermissions?: IpPermission[];
  MatchedIpPermissionsEgress?: IpPermission[];
};

// Members of AuthorizeSecurityGroupIngress/Egress requests: the SDK drops unknown members
// silently, where boto would refuse the call. A GroupId is replaced by the group's own, as in c7n.
const REQUEST_MEMBERS = [
  'CidrIp',
  'FromPort',
  'GroupId',
  'IpPermissions',
  'IpProtocol',
  'SourceSecurityGroupName',
  'SourceSecurityGroupOwnerId',
  'TagSpecifications',
  'ToPort',
];

const add = (label: string) =>
  ({
    type: 'array',
    items: { type: 'object', minProperties: 1, propertyNames: { enum: REQUEST_MEMBERS } },
    description: `${label} rules to authorize, one AuthorizeSecurityGroup${label === 'ingress' ? 'Ingress' : 'Egress'} call each: its request parameters (\`IpPermissions\`, or \`IpProtocol\`/\`FromPort\`/\`ToPort\`/\`CidrIp\`...). A rule the group already has is not an error.`,
  }) as const;

const remove = (label: string) =>
  ({
    oneOf: [
      { enum: ['all', 'matched'] },
      {
        type: 'array',
        items: { type: 'object', minProperties: 2 },
        description: 'Rules in the IpPermissions form of the EC2 API.',
      },
    ],
    description: `${label} rules to revoke: \`matched\` (those the \`${label}\` filter matched), \`all\`, or a list of rules.`,
  }) as const;

export default defineAction({
  type: 'set-permissions',
  resources: ['aws.security-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'add-ingress': add('ingress'),
      'remove-ingress': remove('ingress'),
      'add-egress': add('egress'),
      'remove-egress': remove('egress'),
    },
  } as const,
  permissions: (opts) => {
    const out: string[] = [];
    if (opts['add-ingress']) out.push('ec2:AuthorizeSecurityGroupIngress');
    if (opts['add-egress']) out.push('ec2:AuthorizeSecurityGroupEgress');
    if (opts['remove-ingress'] || opts['remove-egress'])
      out.push('ec2:RevokeSecurityGroupIngress', 'ec2:RevokeSecurityGroupEgress');
    return out.length
      ? out
      : [
          'ec2:AuthorizeSecurityGroupEgress',
          'ec2:AuthorizeSecurityGroupIngress',
          'ec2:RevokeSecurityGroupIngress',
          'ec2:RevokeSecurityGroupEgress',
        ];
  },
  doc: {
    summary:
      'Authorize and revoke rules of each group: first every `add-egress` then `add-ingress` entry (one call each, per group), then the `remove-ingress` and `remove-egress` rules (`matched` by the `ingress`/`egress` filters, `all`, or listed; one call per group and direction).',
    example: [
      '- type: set-permissions',
      '  remove-ingress: matched',
      '  add-ingress:',
      '    - IpPermissions:',
      '        - IpProtocol: tcp',
      '          FromPort: 22',
      '          ToPort: 22',
      '          IpRanges: [{CidrIp: 10.0.0.0/8, Description: ops ssh}]',
      '  add-egress:',
      '    - {IpProtocol: tcp, FromPort: 5044, ToPort: 5044, CidrIp: 192.168.1.2/32}',
    ].join('\n'),
  },
  reads: () => ['GroupId', 'IpPermissions', 'IpPermissionsEgress'],
  plan(resources: Annotated[], opts) {
    const calls: PlannedCall[] = [];
    // As c7n: every group's additions first, then every group's removals.
    for (const g of resources) {
      const id = g.GroupId;
      if (!id) continue;
      for (const [label, perms] of [
        ['Egress', opts['add-egress'] ?? []],
        ['Ingress', opts['add-ingress'] ?? []],
      ] as const) {
        for (const p of perms)
          calls.push({
            service: 'ec2',
            operation: `AuthorizeSecurityGroup${label}`,
            input: { ...p, GroupId: id },
            resourceIds: [id],
            describe: `authorize a ${label.toLowerCase()} rule on ${id}`,
            okErrors: ['InvalidPermission.Duplicate'],
          });
      }
    }
    for (const g of resources) {
      const id = g.GroupId;
      if (!id) continue;
      for (const [label, choice] of [
        ['Ingress', opts['remove-ingress']],
        ['Egress', opts['remove-egress']],
      ] as const) {
        const egress = label === 'Egress';
        const rules =
          choice === 'matched'
            ? egress
              ? g.MatchedIpPermissionsEgress
              : g.MatchedIpPermissions
            : choice === 'all'
              ? egress
                ? g.IpPermissionsEgress
                : g.IpPermissions
              : (choice as readonly Record<string, unknown>[] | undefined);
        if (!rules?.length) continue;
        calls.push({
          service: 'ec2',
          operation: `RevokeSecurityGroup${label}`,
          input: { GroupId: id, IpPermissions: rules },
          resourceIds: [id],
          describe: `revoke ${rules.length} ${label.toLowerCase()} rule${rules.length === 1 ? '' : 's'} from ${id}`,
        });
      }
    }
    return calls;
  },
});
