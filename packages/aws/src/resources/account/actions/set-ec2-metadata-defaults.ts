import { defineAction } from '@c7n-ts/core';

const choice = (what: string, values: readonly string[]) =>
  ({ enum: values, description: `Default ${what} for new instances; \`no-preference\` clears it.` }) as const;

export default defineAction({
  type: 'set-ec2-metadata-defaults',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      HttpTokens: choice('IMDSv2 token requirement (`required` enforces IMDSv2)', [
        'optional',
        'required',
        'no-preference',
      ]),
      HttpPutResponseHopLimit: {
        type: 'integer',
        description: 'Default hop limit of metadata PUT responses (1 to 64; -1 for no preference).',
      },
      HttpEndpoint: choice('state of the metadata endpoint', ['enabled', 'disabled', 'no-preference']),
      InstanceMetadataTags: choice('access to instance tags from the metadata', [
        'enabled',
        'disabled',
        'no-preference',
      ]),
    },
  } as const,
  permissions: ['ec2:ModifyInstanceMetadataDefaults'],
  doc: {
    summary:
      "Set the account's default instance metadata options in the region (EC2 ModifyInstanceMetadataDefaults, one call with the options given); options not given are left as they are.",
    example: '- type: set-ec2-metadata-defaults\n  HttpTokens: required',
  },
  reads: () => ['account_id'],
  plan(accounts, opts) {
    if (!accounts.length) return [];
    const { HttpTokens, HttpPutResponseHopLimit, HttpEndpoint, InstanceMetadataTags } = opts;
    const input = Object.fromEntries(
      Object.entries({ HttpTokens, HttpPutResponseHopLimit, HttpEndpoint, InstanceMetadataTags }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    const ids = accounts.map((a) => String(a.account_id));
    return [
      {
        service: 'ec2',
        operation: 'ModifyInstanceMetadataDefaults',
        input,
        resourceIds: ids,
        describe: `set the default instance metadata options of account ${ids.join(', ')}`,
      },
    ];
  },
});
