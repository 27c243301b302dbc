/**
 * SDK clients for one run: one client per (account, region, service), created on first use and
 * shared. Live clients use the SDK's standard credential chain (or a profile, or an assumed
 * role), adaptive retries, and the SDK's own `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`
 * handling. Replay clients get static dummy credentials and a request handler that refuses
 * the network, so a missing flight file can never turn into a real call.
 */
import { adoptData } from '@c7n-ts/core';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Pluggable } from '@smithy/types';
import {
  endpointPrefixFor,
  FlightSession,
  getFlightPlugin,
  operationOf,
  replayClientConfig,
  replayServiceConfig,
} from '../flight/index.js';
import { type SdkModule, serviceInfo } from './services.js';

export { parseS3Url, type S3Location, S3Sink } from './s3-sink.js';
export { type ServiceInfo, serviceInfo, services } from './services.js';

export interface CreateClientsOptions {
  /** Known account id; when absent, STS GetCallerIdentity is asked once. */
  accountId?: string;
  /** Regions of the run; the first is the default. */
  regions: readonly string[];
  /** Shared-config profile for the credential chain. */
  profile?: string;
  /** Role ARN to assume (with the chain's credentials) before any call. */
  assumeRole?: string;
  /**
   * Credentials in place of the chain's: a role's (`AwsClients.assume`), or a provider that
   * assumes it again before they expire (an org role chain).
   */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Serve every call from this flight directory; never touch the network. */
  replay?: string;
  /** Make live calls and write each response to this flight directory. */
  record?: string;
  /** Attempts per call including the first (adaptive retry mode); SDK default 3. */
  maxAttempts?: number;
  /** Per-run flight counters and call log; one is made when absent. */
  session?: FlightSession;
  /** Extra SDK client configuration merged last (tests pass a request handler here). */
  clientConfig?: Readonly<Record<string, unknown>>;
}

/** What callers need from an SDK client: `send` a command. */
export interface SdkClient {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
}

export interface AwsClients {
  readonly mode: 'live' | 'replay' | 'record';
  /**
   * True when calls of one operation must be issued one after another in a fixed order:
   * flight data is served (and recorded) by call count, not by request.
   */
  readonly ordered: boolean;
  readonly regions: readonly string[];
  readonly defaultRegion: string;
  readonly session: FlightSession;
  accountId(): Promise<string>;
  client(service: string, region?: string): Promise<SdkClient>;
  /** Sends `operation` (e.g. `DescribeInstances`) and returns its output. */
  send(
    service: string,
    operation: string,
    input: Readonly<Record<string, unknown>>,
    region?: string,
  ): Promise<Record<string, unknown>>;
  /**
   * Clients acting as `roleArn` in its account, assumed now with this set's credentials
   * (sts:AssumeRole), as Cloud Custodian's `assumed_session` does. Replay answers the
   * AssumeRole and the new clients' calls from the same flight data and counters.
   */
  assume(roleArn: string, sessionName: string): Promise<AwsClients>;
  /** Releases sockets of every client created so far. */
  destroy(): void;
}

export function createClients(options: CreateClientsOptions): AwsClients {
  if (options.replay !== undefined && options.record !== undefined) {
    throw new Error('createClients: replay and record are exclusive');
  }
  const defaultRegion = options.regions[0];
  if (defaultRegion === undefined) throw new Error('createClients: at least one region is required');
  const mode = options.replay !== undefined ? 'replay' : options.record !== undefined ? 'record' : 'live';
  const session = options.session ?? new FlightSession();
  const plugins: Pluggable<any, any>[] = [];
  if (mode !== 'live') {
    const dir = (options.replay ?? options.record) as string;
    plugins.push(getFlightPlugin({ mode: mode as 'replay' | 'record', dir, session }));
  } else {
    // Live calls are logged too (without a file), for metadata.json's api-stats.
    plugins.push(callLogPlugin(session));
  }

  const modules = new Map<string, Promise<SdkModule>>();
  const clients = new Map<string, Promise<SdkClient>>();
  let account: Promise<string> | undefined = options.accountId
    ? Promise.resolve(options.accountId)
    : undefined;
  let credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity | undefined;

  const load = (service: string): Promise<SdkModule> => {
    let m = modules.get(service);
    if (!m) {
      m = serviceInfo(service).load();
      modules.set(service, m);
    }
    return m;
  };

  const baseConfig = (region: string, service?: string): Record<string, unknown> => {
    // Static credentials, zero-backoff retries and a handler that refuses the network.
    if (mode === 'replay')
      return {
        ...replayClientConfig({ region, maxAttempts: options.maxAttempts }),
        ...(service && replayServiceConfig(service)),
      };
    const config: Record<string, unknown> = { region, retryMode: 'adaptive' };
    if (options.maxAttempts !== undefined) config.maxAttempts = options.maxAttempts;
    if (options.profile !== undefined) {
      config.profile = options.profile;
    }
    return config;
  };

  // Built lazily: the first live call assumes the role; the SDK refreshes nothing for us, so
  // the provider re-assumes shortly before expiry.
  const credentialsFor = (): AwsCredentialIdentityProvider | AwsCredentialIdentity | undefined => {
    if (mode === 'replay' || options.assumeRole === undefined) return undefined;
    credentials ??= assumeRoleProvider(
      options.assumeRole,
      async () => {
        const sts = await load('sts');
        return new sts.STSClient(baseConfig(defaultRegion)) as SdkClient;
      },
      load,
    );
    return credentials;
  };

  const client = (service: string, region = defaultRegion): Promise<SdkClient> => {
    const key = `${options.accountId ?? ''}/${region}/${service}`;
    let c = clients.get(key);
    if (!c) {
      c = load(service).then((mod) => {
        const Ctor = mod[serviceInfo(service).client];
        const config = baseConfig(region, service);
        const creds = options.credentials ?? credentialsFor();
        if (creds !== undefined) config.credentials = creds;
        // Buckets live in one region each; let the SDK retry in the right one.
        if (service === 's3') config.followRegionRedirects = true;
        const instance = new Ctor({ ...config, ...options.clientConfig }) as SdkClient & {
          middlewareStack: { use(p: Pluggable<any, any>): void; remove(name: string): boolean };
        };
        for (const p of plugins) instance.middlewareStack.use(p);
        // c7n-ts never gives the SDK a logger, yet its logger middleware runs the sensitive-data
        // filter over every whole response for the no-op logger (14% of a large run's CPU).
        instance.middlewareStack.remove('loggerMiddleware');
        return instance;
      });
      clients.set(key, c);
    }
    return c;
  };

  const send: AwsClients['send'] = async (service, operation, input, region) => {
    const [mod, c] = await Promise.all([load(service), client(service, region)]);
    const Command = mod[`${operation}Command`];
    if (typeof Command !== 'function') throw new Error(`${service} has no operation ${operation}`);
    // Data, as replay gives it: the answer's objects take the data prototype (nothing inherited;
    // a "__proto__" member stays a member), in place.
    return adoptData(await c.send(new Command({ ...input }))) as Record<string, unknown>;
  };

  return {
    mode,
    ordered: mode !== 'live',
    regions: options.regions,
    defaultRegion,
    session,
    accountId() {
      account ??= send('sts', 'GetCallerIdentity', {}).then((out) => {
        if (typeof out.Account !== 'string') throw new Error('STS GetCallerIdentity returned no account');
        return out.Account;
      });
      return account;
    },
    client,
    send,
    async assume(roleArn, sessionName) {
      const out = await send('sts', 'AssumeRole', { RoleArn: roleArn, RoleSessionName: sessionName });
      const cr = out.Credentials as
        | { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date }
        | undefined;
      if (mode !== 'replay' && (!cr?.AccessKeyId || !cr.SecretAccessKey))
        throw new Error(`sts:AssumeRole ${roleArn} returned no credentials`);
      const account = /^arn:[^:]+:iam::(\d{12}):/.exec(roleArn)?.[1];
      return createClients({
        ...options,
        session,
        accountId: account ?? options.accountId,
        assumeRole: undefined,
        credentials:
          mode === 'replay'
            ? undefined
            : {
                accessKeyId: cr?.AccessKeyId as string,
                secretAccessKey: cr?.SecretAccessKey as string,
                sessionToken: cr?.SessionToken,
                expiration: cr?.Expiration,
              },
      });
    },
    destroy() {
      for (const c of clients.values()) void c.then((x) => x.destroy()).catch(() => undefined);
      clients.clear();
    },
  };
}

/** Logs each live call (one per command, whatever its retries) in the session. */
function callLogPlugin(session: FlightSession): Pluggable<any, any> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const entry = {
            service: endpointPrefixFor(context.clientName ?? ''),
            operation: operationOf(context.commandName ?? ''),
            file: '',
            input: args.input,
          };
          try {
            const out = await next(args);
            session.log({ ...entry, ok: true });
            return out;
          } catch (err) {
            const e = err as { name?: string; Code?: string };
            session.log({ ...entry, ok: false, errorCode: e.Code ?? e.name });
            throw err;
          }
        },
        { step: 'initialize', name: 'c7nTsCallLog', override: true },
      );
    },
  };
}

/** Credentials from sts:AssumeRole, cached until five minutes before they expire. */
function assumeRoleProvider(
  roleArn: string,
  stsClient: () => Promise<SdkClient>,
  load: (service: string) => Promise<SdkModule>,
): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined;
  const fetch = async (): Promise<AwsCredentialIdentity> => {
    const [sts, c] = await Promise.all([load('sts'), stsClient()]);
    const out = (await c.send(
      new sts.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'c7n-ts' }),
    )) as {
      Credentials?: {
        AccessKeyId?: string;
        SecretAccessKey?: string;
        SessionToken?: string;
        Expiration?: Date;
      };
    };
    const cr = out.Credentials;
    if (!cr?.AccessKeyId || !cr.SecretAccessKey)
      throw new Error(`sts:AssumeRole ${roleArn} returned no credentials`);
    return {
      accessKeyId: cr.AccessKeyId,
      secretAccessKey: cr.SecretAccessKey,
      sessionToken: cr.SessionToken,
      expiration: cr.Expiration,
    };
  };
  return async () => {
    const now = Date.now();
    if (current) {
      const c = await current.catch(() => undefined);
      if (c && (!c.expiration || c.expiration.getTime() - now > 5 * 60_000)) return c;
    }
    current = fetch();
    return current;
  };
}
