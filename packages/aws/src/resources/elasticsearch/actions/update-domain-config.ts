import { defineAction } from '@c7n-ts/core';
import { sdkShapes } from '../../../generated/fields.js';

/** UpdateElasticsearchDomainConfig request members but the domain's name, from the SDK model. */
const MEMBERS = sdkShapes.es.UpdateElasticsearchDomainConfigRequest.filter((m) => m !== 'DomainName');

export default defineAction({
  type: 'update-domain-config',
  resources: ['aws.elasticsearch'],
  // As Cloud Custodian's shape_schema: the request's members, each sent as given.
  options: {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      MEMBERS.map((m) => [m, { description: `UpdateElasticsearchDomainConfig's \`${m}\`, sent as given.` }]),
    ),
  } as { type: 'object'; additionalProperties: false; properties: Record<string, { description: string }> },
  permissions: ['es:UpdateElasticsearchDomainConfig'],
  doc: {
    summary:
      "Change each domain's configuration with UpdateElasticsearchDomainConfig: the options are the request's members (EBSOptions, ElasticsearchClusterConfig, DomainEndpointOptions...), sent as given with the domain's name, as Cloud Custodian does.",
    example: '- type: update-domain-config\n  EBSOptions:\n    VolumeType: gp3',
  },
  reads: () => ['DomainName'],
  plan: (domains, opts) => {
    const { type: _t, ...params } = opts as Record<string, unknown>;
    return domains.map((d) => ({
      service: 'es',
      operation: 'UpdateElasticsearchDomainConfig',
      input: { ...params, DomainName: d.DomainName },
      resourceIds: [String(d.DomainName)],
      describe: `set ${Object.keys(params).join(', ')} on ${String(d.DomainName)}`,
    }));
  },
});
