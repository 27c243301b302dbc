import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'update-tls-config',
  resources: ['aws.elasticsearch'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['value'],
    properties: {
      value: {
        enum: ['Policy-Min-TLS-1-0-2019-07', 'Policy-Min-TLS-1-2-2019-07', 'Policy-Min-TLS-1-2-PFS-2023-10'],
        description: 'The TLS security policy of the domain endpoint.',
      },
    },
  } as const,
  permissions: ['es:UpdateElasticsearchDomainConfig', 'es:ListDomainNames'],
  doc: {
    summary:
      "Set each domain endpoint's TLS security policy, HTTPS enforced, with UpdateElasticsearchDomainConfig's DomainEndpointOptions, as Cloud Custodian does.",
    example: '- type: update-tls-config\n  value: Policy-Min-TLS-1-2-2019-07',
  },
  reads: () => ['DomainName'],
  plan: (domains, opts) =>
    domains.map((d) => ({
      service: 'es',
      operation: 'UpdateElasticsearchDomainConfig',
      input: {
        DomainName: d.DomainName,
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: opts.value },
      },
      resourceIds: [String(d.DomainName)],
      describe: `set the TLS policy of ${String(d.DomainName)} to ${opts.value}`,
    })),
});
