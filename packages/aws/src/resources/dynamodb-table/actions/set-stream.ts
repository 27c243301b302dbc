import { defineAction } from '@c7n-ts/core';
import { perActiveTable } from './_table.js';

export default defineAction({
  type: 'set-stream',
  resources: ['aws.dynamodb-table'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: { type: 'boolean', description: 'Enable (true) or disable (false) the table stream.' },
      stream_view_type: {
        type: 'string',
        description:
          'What the stream records: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES (sent as StreamViewType).',
      },
    },
  } as const,
  permissions: ['dynamodb:UpdateTable'],
  doc: {
    summary:
      "Enable or disable each ACTIVE table's stream with UpdateTable's StreamSpecification (other tables are passed over, as Cloud Custodian does).",
    example: '- type: set-stream\n  state: true\n  stream_view_type: NEW_IMAGE',
  },
  reads: () => ['TableName', 'TableStatus'],
  plan: (tables, opts, ctx) => {
    // As c7n: StreamEnabled is sent as given (absent when `state` is), the view type only when set.
    const spec: Record<string, unknown> = { StreamEnabled: opts.state };
    if (opts.stream_view_type !== undefined) spec.StreamViewType = opts.stream_view_type;
    return perActiveTable(tables, 'UpdateTable', 'set the stream of', ctx.log, (name) => ({
      TableName: name,
      StreamSpecification: spec,
    }));
  },
});
