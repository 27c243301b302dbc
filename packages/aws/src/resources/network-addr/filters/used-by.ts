import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode, isServiceError } from '../../../query/errors.js';

type Eni = { NetworkInterfaceId?: string; Description?: string; Attachment?: { InstanceId?: string } };

/** Interface description prefixes -> the kind of resource using it, in Cloud Custodian's order. */
const BY_DESCRIPTION: readonly [string, string][] = [
  ['ELB app/', 'elb-app'],
  ['ELB net/', 'elb-net'],
  ['ELB gwy/', 'elb-gwy'],
  ['ELB', 'elb'],
  ['AWS CodeStar Connections', 'codestar'],
  ['DAX', 'dax'],
  ['AWS created network interface for directory', 'dir'],
  ['arn:aws:ecs:', 'ecs'],
  ['EFS mount target for', 'fsmt'],
  ['ElastiCache', 'elasticache'],
  ['AWS ElasticMapReduce', 'emr'],
  ['CloudHSM Managed Interface', 'hsm'],
  ['CloudHsm ENI', 'hsmv2'],
  ['AWS Lambda VPC', 'lambda'],
  ['Interface for NAT Gateway', 'nat'],
  ['Network interface for DBProxy', 'rds'],
  ['Network Interface for Transit Gateway Attachment', 'tgw'],
  ['VPC Endpoint Interface', 'vpce'],
  ['aws-k8s-branch-eni', 'eks'],
];
const EXACT: Readonly<Record<string, string>> = {
  'ENI managed by APIGateway': 'apigw',
  DMSNetworkInterface: 'dms',
  RDSNetworkInterface: 'rds',
  RedshiftNetworkInterface: 'redshift',
};
const KINDS = [...new Set(['ec2', ...BY_DESCRIPTION.map(([, k]) => k), ...Object.values(EXACT)])].sort();

/** What uses a network interface: an instance it is attached to, else what its description says. */
export function eniResourceType(eni: Eni): string {
  if (eni.Attachment?.InstanceId) return 'ec2';
  const d = eni.Description ?? '';
  // No exact name starts with one of the prefixes, so their order against each other is moot.
  return EXACT[d] ?? BY_DESCRIPTION.find(([prefix]) => d.startsWith(prefix))?.[1] ?? 'unknown';
}

export default defineFilter({
  type: 'used-by',
  resources: ['aws.network-addr'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['resource-type'],
    properties: {
      'resource-type': {
        type: 'string',
        description: `What uses the address's network interface: ${KINDS.join(', ')} (an instance, else read from the interface's description).`,
      },
    },
  } as const,
  permissions: ['ec2:DescribeNetworkInterfaces'],
  doc: {
    summary:
      "Elastic IPs by the kind of resource their network interface belongs to (DescribeNetworkInterfaces by id): `ec2` when attached to an instance, else told by the interface's description (`elb-net`, `nat`, `lambda`...). Unassociated addresses do not match.",
    example: '- type: used-by\n  resource-type: elb-net',
  },
  messages: {
    unknown: 'used-by resource-type "{{kind}}" is none that c7n recognizes ({{kinds}}); nothing will match.',
  },
  check(opts) {
    const kind = opts['resource-type'];
    if (KINDS.includes(kind)) return [];
    return [
      {
        messageId: 'unknown',
        message: `used-by resource-type "${kind}" is none that c7n recognizes (${KINDS.join(', ')}); nothing will match.`,
        path: ['resource-type'],
        severity: 'warning',
      },
    ];
  },
  reads: () => ['NetworkInterfaceId'],
  compile(opts) {
    return {
      kind: 'process',
      async process(addrs, ctx) {
        const ids = addrs.flatMap((a) =>
          typeof a.NetworkInterfaceId === 'string' ? [a.NetworkInterfaceId] : [],
        );
        if (ids.length === 0) return [];
        const p = providerOf(ctx);
        const kinds = new Map<string, string>();
        try {
          let token: string | undefined;
          do {
            const page = await p.send(
              'ec2',
              'DescribeNetworkInterfaces',
              { NetworkInterfaceIds: ids, ...(token && { NextToken: token }) },
              regionOf(ctx, p),
            );
            for (const eni of (page.NetworkInterfaces as Eni[] | undefined) ?? [])
              if (eni.NetworkInterfaceId) kinds.set(eni.NetworkInterfaceId, eniResourceType(eni));
            token = typeof page.NextToken === 'string' && page.NextToken ? page.NextToken : undefined;
          } while (token);
        } catch (e) {
          // As c7n's get_resources: interfaces that cannot be read relate to nothing.
          if (!isServiceError(e)) throw e;
          ctx.log?.('warn', `used-by: network interfaces not resolved (${errorCode(e)})`);
          return [];
        }
        return addrs.filter(
          (a: Resource) => kinds.get(String(a.NetworkInterfaceId)) === opts['resource-type'],
        );
      },
    };
  },
});
