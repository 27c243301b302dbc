/**
 * c7n-org's role chain: each role of an account assumed in turn, with the credentials of the
 * one before it (the first with the caller's), sending the account's ExternalId every time.
 * Under replay the answers are flight data and the credentials stay the replay's dummies.
 *
 * `org run`, `remove` and `prune` assume the same chain in each cell (packages/cli/src/org/cell.ts).
 */
import type { AwsClients, CreateClientsOptions } from '../clients/index.js';

export type Credentials = CreateClientsOptions['credentials'];

export interface RoleChain {
  roles: readonly string[];
  externalId?: string;
  sessionName: string;
  region: string;
}

/**
 * The last role's credentials. `clientsWith(undefined)` are clients with the caller's
 * credentials, `clientsWith(c)` with a role's; both are destroyed after their call unless
 * `caller` (clients the caller keeps, used for the first role) is given.
 */
export async function assumeRoleChain(
  chain: RoleChain,
  clientsWith: (credentials: Credentials) => AwsClients,
  caller?: AwsClients,
): Promise<Credentials> {
  let credentials: Credentials;
  for (const role of chain.roles) {
    const own = credentials !== undefined || caller === undefined;
    const clients = own ? clientsWith(credentials) : (caller as AwsClients);
    const replay = clients.mode === 'replay';
    try {
      const out = await clients.send(
        'sts',
        'AssumeRole',
        {
          RoleArn: role,
          RoleSessionName: chain.sessionName,
          ...(chain.externalId !== undefined && { ExternalId: chain.externalId }),
        },
        chain.region,
      );
      const cr = out.Credentials as
        | { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date }
        | undefined;
      if (replay) {
        credentials = undefined;
        continue;
      }
      if (!cr?.AccessKeyId || !cr.SecretAccessKey)
        throw Object.assign(new Error(`sts:AssumeRole ${role} returned no credentials`), {
          name: 'NoCredentials',
        });
      credentials = {
        accessKeyId: cr.AccessKeyId,
        secretAccessKey: cr.SecretAccessKey,
        sessionToken: cr.SessionToken,
        expiration: cr.Expiration,
      };
    } finally {
      if (own) clients.destroy();
    }
  }
  return credentials;
}
