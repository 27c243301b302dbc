import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.elasticsearch'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['es:DeleteElasticsearchDomain'],
  doc: {
    summary: 'Delete each domain with DeleteElasticsearchDomain, as Cloud Custodian does.',
    example: '- delete',
  },
  reads: () => ['DomainName'],
  plan: (domains) =>
    domains.map((d) => ({
      service: 'es',
      operation: 'DeleteElasticsearchDomain',
      input: { DomainName: d.DomainName },
      resourceIds: [String(d.DomainName)],
      describe: `delete ${String(d.DomainName)}`,
    })),
});
