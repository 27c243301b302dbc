import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import ami from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/basic', import.meta.url));

it("aws.ami lists the account's own images unless the query names owners", async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = await fetchResources(ami, { clients });
  expect(rs.map((r) => r.ImageId)).toEqual(['ami-0001', 'ami-0002']);
  await fetchResources(ami, { clients, query: [{ Owners: ['amazon'] }] });
  expect(clients.session.calls.map((c) => c.input)).toEqual([{ Owners: ['self'] }, { Owners: ['amazon'] }]);
});
