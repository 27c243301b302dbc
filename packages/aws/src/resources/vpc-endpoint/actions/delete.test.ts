import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import endpoints from '../resource.js';
import del from './delete.js';

const ids = Array.from({ length: 27 }, (_, i) => `vpce-${i + 1}`);

testAction(del, {
  resourceType: endpoints,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes 25 endpoints per call',
      options: {},
      resources: ids.map((VpcEndpointId) => ({ VpcEndpointId })),
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteVpcEndpoints',
          input: { VpcEndpointIds: ids.slice(0, 25) },
          resourceIds: ids.slice(0, 25),
          batchField: 'VpcEndpointIds',
        },
        { operation: 'DeleteVpcEndpoints', input: { VpcEndpointIds: ['vpce-26', 'vpce-27'] } },
      ],
    },
  ],
});

it('records the endpoints the answer lists as unsuccessful', async () => {
  const [call] = await del.plan([{ VpcEndpointId: 'vpce-1' }, { VpcEndpointId: 'vpce-2' }], {}, {} as never);
  expect(
    call?.failures?.({
      Unsuccessful: [
        { ResourceId: 'vpce-2', Error: { Code: 'InvalidVpcEndpoint.NotFound', Message: 'gone' } },
      ],
    }),
  ).toEqual([{ id: 'vpce-2', errorCode: 'InvalidVpcEndpoint.NotFound', message: 'gone' }]);
});
