/** A replaying read for action tests: the calls an action makes while it plans (tests only). */
import { fileURLToPath } from 'node:url';
import { createClients } from '../../../clients/index.js';

export function replayRead(fixture: string) {
  const dir = fileURLToPath(new URL(`../__fixtures__/${fixture}`, import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  /** `Operation region` of each read, in order. */
  const asked: string[] = [];
  return {
    calls: () => clients.session.calls,
    asked,
    read: (service: string, operation: string, input: Record<string, unknown>, region?: string) => {
      asked.push(`${operation} ${region ?? 'policy region'}`);
      return clients.send(service, operation, input, region ?? 'us-east-1');
    },
  };
}
