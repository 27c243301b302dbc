import type { DeleteVpcEndpointsResult, VpcEndpoint } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

/** c7n's batch size for DeleteVpcEndpoints. */
const BATCH = 25;

export default defineAction({
  type: 'delete',
  resources: ['aws.vpc-endpoint'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteVpcEndpoints'],
  doc: {
    summary:
      'Delete VPC endpoints, 25 per DeleteVpcEndpoints call as Cloud Custodian batches them; the endpoints the answer lists as unsuccessful are recorded as failed.',
    example: '- delete',
  },
  reads: () => ['VpcEndpointId'],
  plan(resources: VpcEndpoint[]) {
    const ids = resources.flatMap((e) => (e.VpcEndpointId ? [e.VpcEndpointId] : []));
    const batches: string[][] = [];
    for (let n = 0; n < ids.length; n += BATCH) batches.push(ids.slice(n, n + BATCH));
    return batches.map((batch) => ({
      service: 'ec2',
      operation: 'DeleteVpcEndpoints',
      input: { VpcEndpointIds: batch },
      resourceIds: batch,
      batchField: 'VpcEndpointIds',
      describe: `delete ${batch.join(', ')}`,
      failures: (output: unknown) =>
        ((output as DeleteVpcEndpointsResult).Unsuccessful ?? []).map((u) => ({
          id: String(u.ResourceId),
          errorCode: String(u.Error?.Code ?? 'Unsuccessful'),
          ...(u.Error?.Message && { message: u.Error.Message }),
        })),
    }));
  },
});
