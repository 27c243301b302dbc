/**
 * c7n-org's role chain: each role of an account assumed in turn, with the credentials of the
 * one before it (the first with the caller's), sending the account's ExternalId every time.
 * Under replay the answers are flight data and the credentials stay the replay's dummies.
 *
 * `org run`, `remove` and `prune` assume the same chain in each cell (packages/cli/src/org/cell.ts).
 */
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AwsClients, CreateClientsOptions } from '../clients/index.js';

export type Credentials = CreateClientsOptions['credentials'];

export interface RoleChain {
  roles: readonly string[];
  externalId?: string;
  sessionName: string;
  region: string;
}

/** Assumed again this long before they expire, as the SDK's own role providers do. */
export const REFRESH_BEFORE_MS = 5 * 60_000;

/**
 * The last role's credentials: assumed now (so a refused role fails here, at the cell's
 * assume-role stage), then again, the whole chain from the caller's credentials, when an SDK call
 * finds them within five minutes of their expiration. A long account x region (c7n-org's
 * sessions last an hour) keeps working, as boto3's refreshable credentials do for c7n-org.
 * `clientsWith(undefined)` are clients with the caller's credentials, `clientsWith(c)` with a
 * role's; both are destroyed after their call unless `caller` (clients the caller keeps, used for
 * the first role) is given. Under replay there are no credentials to give (undefined).
 */
export async function assumeRoleChain(
  chain: RoleChain,
  clientsWith: (credentials: Credentials) => AwsClients,
  caller?: AwsClients,
): Promise<Credentials> {
  const first = await assumeOnce(chain, clientsWith, caller);
  if (first?.expiration === undefined) return first;
  let current: AwsCredentialIdentity = first;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if ((current.expiration?.getTime() ?? Number.POSITIVE_INFINITY) - Date.now() > REFRESH_BEFORE_MS)
      return current;
    pending ??= assumeOnce(chain, clientsWith, caller)
      .then((next) => {
        current = next ?? current;
        return current;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

/** One pass down the chain: each role with the credentials of the one before it. */
async function assumeOnce(
  chain: RoleChain,
  clientsWith: (credentials: Credentials) => AwsClients,
  caller?: AwsClients,
): Promise<AwsCredentialIdentity | undefined> {
  let credentials: AwsCredentialIdentity | undefined;
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
