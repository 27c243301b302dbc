/**
 * Test helper: an action's read-only client over hand-written flight data in
 * `__fixtures__/<name>`. The SDK clients in replay mode are what the AWS provider's `read` sends
 * through; they are used directly so these tests do not load the whole registry.
 */
import { fileURLToPath } from 'node:url';
import { type AwsClients, createClients } from '../../../clients/index.js';

export function replayReader(name: string): {
  clients: AwsClients;
  read: (service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>;
} {
  const dir = fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return {
    clients,
    read: (service, operation, input) => clients.send(service, operation, input, 'us-east-1'),
  };
}
