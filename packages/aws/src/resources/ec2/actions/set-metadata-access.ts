import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

/** Option → MetadataOptions member, in the order c7n builds the request. */
const PARAMS = [
  ['endpoint', 'HttpEndpoint'],
  ['tokens', 'HttpTokens'],
  ['metadata-tags', 'InstanceMetadataTags'],
  ['hop-limit', 'HttpPutResponseHopLimit'],
] as const;

const ALLOWED: Readonly<Record<string, readonly (string | number)[]>> = {
  HttpEndpoint: ['enabled', 'disabled'],
  HttpTokens: ['required', 'optional'],
  InstanceMetadataTags: ['enabled', 'disabled'],
  HttpPutResponseHopLimit: Array.from({ length: 64 }, (_, n) => n + 1),
};

export default defineAction({
  type: 'set-metadata-access',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      endpoint: {
        enum: ['enabled', 'disabled'],
        description: 'Turn the instance metadata endpoint on or off.',
      },
      tokens: {
        enum: ['required', 'optional'],
        description: '`required` enforces IMDSv2 (session tokens); `optional` also allows IMDSv1.',
      },
      'metadata-tags': {
        enum: ['enabled', 'disabled'],
        description: 'Whether instance tags can be read from the metadata service.',
      },
      'hop-limit': {
        type: 'integer',
        minimum: 1,
        maximum: 64,
        description: 'Hop limit of metadata PUT responses (1-64).',
      },
    },
  } as const,
  permissions: ['ec2:ModifyInstanceMetadataOptions'],
  doc: {
    summary:
      'Set instance metadata service options, one ModifyInstanceMetadataOptions call per instance. As in Cloud Custodian, an instance is changed only when every given option differs from its current setting.',
    example: '- type: set-metadata-access\n  tokens: required',
  },
  messages: {
    'nothing-to-set': 'give at least one of `endpoint`, `tokens`, `metadata-tags` or `hop-limit`.',
  },
  check(opts) {
    // c7n's schema asks for one of them too (misspelling `metadata-tags`, which we accept alone).
    if (PARAMS.some(([k]) => opts[k] !== undefined)) return [];
    return [
      {
        messageId: 'nothing-to-set',
        message: 'give at least one of `endpoint`, `tokens`, `metadata-tags` or `hop-limit`.',
      },
    ];
  },
  reads: () => ['InstanceId', 'MetadataOptions'],
  plan(resources: Instance[], opts) {
    const params: Record<string, string | number> = {};
    for (const [option, member] of PARAMS) {
      const v = opts[option];
      if (v !== undefined) params[member] = v;
    }
    // c7n narrows the set once per option to instances whose current value is another allowed
    // one, so an instance already right on any option (or lacking MetadataOptions) is skipped.
    let todo = resources;
    for (const [member, want] of Object.entries(params)) {
      const others = (ALLOWED[member] ?? []).filter((a) => a !== want);
      todo = todo.filter((i) =>
        others.includes((i.MetadataOptions as Record<string, unknown> | undefined)?.[member] as string),
      );
    }
    const what = Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    return todo.flatMap((i) =>
      i.InstanceId
        ? [
            {
              service: 'ec2',
              operation: 'ModifyInstanceMetadataOptions',
              input: { InstanceId: i.InstanceId, ...params },
              resourceIds: [i.InstanceId],
              describe: `set ${what} on ${i.InstanceId}`,
              okErrors: ['InvalidInstanceId.NotFound'],
            },
          ]
        : [],
    );
  },
});
