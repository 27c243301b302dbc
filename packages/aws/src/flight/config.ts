/**
 * Client settings replay needs. The plugin answers before the HTTP handler, but the layers
 * outside it still run: the credential provider (the default chain would read files and call
 * IMDS), endpoint rules (need a region) and the retry strategy (whose backoff would sleep).
 */
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import type { AwsCredentialIdentity, RetryStrategyV2 } from '@smithy/types';

export interface ReplayClientConfig {
  region: string;
  credentials: AwsCredentialIdentity;
  retryStrategy: RetryStrategyV2;
  maxAttempts: number;
  defaultsMode: 'legacy';
  requestHandler: { handle(): Promise<never> };
}

/**
 * A client package older than @smithy/core's retry strategy (Route 53 Resolver's newest release
 * on the registry is 3.654) asks for its first retry token without a scope, which the strategy
 * reads; the scope only tells long-poll operations apart.
 */
class ReplayRetryStrategy extends ConfiguredRetryStrategy {
  override acquireInitialRetryToken(scope?: string) {
    return super.acquireInitialRetryToken(scope ?? '');
  }
}

/**
 * Spread into every client's constructor config in replay:
 * `new EC2Client({ ...replayClientConfig({ region }), ...rest })`.
 */
export function replayClientConfig(opts: { region?: string; maxAttempts?: number } = {}): ReplayClientConfig {
  const maxAttempts = opts.maxAttempts ?? 3; // the SDK's own default, so retries consume files as live
  return {
    region: opts.region ?? 'us-east-1',
    credentials: { accessKeyId: 'REPLAY', secretAccessKey: 'REPLAY' },
    // Real retry decisions, zero backoff: a replayed throttle costs no wall-clock time.
    retryStrategy: new ReplayRetryStrategy(maxAttempts, () => 0),
    maxAttempts,
    // 'auto' would probe IMDS to learn whether it runs on EC2.
    defaultsMode: 'legacy',
    // A safety net: if anything ever got past the flight middleware it fails instead of calling AWS.
    requestHandler: {
      handle: () => Promise.reject(new Error('flight: a network request was attempted during replay')),
    },
  };
}

/**
 * Settings one service needs on top of `replayClientConfig`, by endpoint prefix. SQS checks
 * SendMessage's MD5OfMessageBody against the body it sent; the answer was recorded for another
 * body (a notify message carries its run's id), so it never matches. (S3's `md5` option means
 * something else, hence per service.)
 */
export function replayServiceConfig(service: string): Record<string, unknown> {
  return service === 'sqs' ? { md5: false } : {};
}
