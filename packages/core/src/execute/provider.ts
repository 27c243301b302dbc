/**
 * What the engine needs from a cloud provider. Core stays provider-neutral: it never sees an
 * SDK client, only these calls.
 */
import type { PlannedCall, Resource, ResourceTypeDecl } from '../define/types.js';

/** One account + region a policy runs in. */
export interface Scope {
  accountId: string;
  region: string;
}

export interface FetchRequest {
  scope: Scope;
  /** Top-level fields the policy's filters and actions read; lets a provider skip detail calls. */
  needs?: ReadonlySet<string>;
  /** Fetch only these ids (event modes). */
  ids?: readonly string[];
  /** The policy's `query:` block (provider-specific list parameters). */
  query?: readonly Record<string, unknown>[];
  /** The policy's mode type; some providers augment differently per mode. */
  mode?: string;
  /** The policy's `source:` (one of the type's sources, checked at load); `describe` when absent. */
  source?: string;
  /** Told how a long fetch is going (for a progress line); may be called often. */
  onProgress?: (progress: FetchProgress) => void;
}

/** How far a fetch has got: resources listed so far, and how many have their details. */
export interface FetchProgress {
  listed: number;
  /** Resources whose per-resource calls are done; absent while listing. */
  done?: number;
}

export interface CallOutcome {
  ok: boolean;
  /** AWS error code (`AccessDenied`, `InvalidInstanceID.NotFound`, ...) when not ok. */
  errorCode?: string;
  message?: string;
  output?: unknown;
}

export interface Provider {
  readonly name: string;
  fetch(rt: ResourceTypeDecl, req: FetchRequest): Promise<Resource[]>;
  /**
   * What `fetch` gives, a page at a time, each page complete; undefined when the provider cannot
   * page `rt` with the same calls and the same resources (then `fetch` is used). A provider that
   * wraps another and changes `fetch` must leave this undefined.
   */
  fetchPages?(rt: ResourceTypeDecl, req: FetchRequest): AsyncIterable<Resource[]> | undefined;
  /**
   * Makes one planned call, in `call.region` when set, else `scope.region`. Retries of
   * throttling are the provider's (SDK) business.
   */
  call(call: PlannedCall, scope: Scope): Promise<CallOutcome>;
  /**
   * Read-only call for actions that must look before they plan, in `scope.region` (callers
   * pass another region for a resource that lives elsewhere).
   */
  read(service: string, operation: string, input: Record<string, unknown>, scope: Scope): Promise<unknown>;
  /**
   * What distinguishes fetches of `rt` that return different data, given what a policy reads.
   * Policies with equal keys share one listing in a run. Undefined: every distinct set of reads
   * is fetched separately.
   */
  fetchKey?(rt: ResourceTypeDecl, req: Pick<FetchRequest, 'needs' | 'query' | 'mode' | 'source'>): string;
  /** Reads `value_from` and template sources (`s3://...`); local paths are core's. */
  readSource?(url: string, headers?: Readonly<Record<string, string>>): Promise<string>;
  /** API calls made so far, as `service.Operation` → count (for metadata.json). */
  apiStats(): Record<string, number>;
  /** Versions worth recording in metadata.json. */
  versions?(): Record<string, string>;
}
