/**
 * Placebo error file -> the exception the SDK itself would throw for that response: the
 * service's modeled class when it has one (found by shape name, or by the wire code in its
 * `awsQueryError` trait, as RDS's `DBInstanceNotFound` -> `DBInstanceNotFoundFault`), else the
 * service's `ServiceException` base named after the code. The real retry middleware sits
 * outside replay and classifies these by `name`, so throttling codes are retried as live.
 */
import { decorateServiceException, ServiceException } from '@smithy/core/client';
import { NormalizedSchema, TypeRegistry } from '@smithy/core/schema';
import { HttpResponse } from '@smithy/core/transport';
import type { ResponseMetadata } from '@smithy/types';
import { decodeValue } from './codec.js';

type ErrorCtor = new (opts: Record<string, unknown>) => ServiceException;

/** The wire code and message of a placebo error body (`data.Error.Code/Message`). */
export function errorCodeOf(
  data: Record<string, unknown>,
  status: number,
): { code: string; message?: string } {
  const e = (data.Error ?? {}) as Record<string, unknown>;
  const code =
    typeof e.Code === 'string'
      ? e.Code
      : typeof data.ErrorCode === 'string'
        ? data.ErrorCode
        : String(status);
  const message = typeof e.Message === 'string' ? e.Message : undefined;
  return { code, message };
}

/**
 * Builds the SDK exception. `namespace` is the operation schema's (e.g. `com.amazonaws.rds`),
 * whose type registry the client filled with its error classes when it was imported.
 */
export function replayError(
  namespace: string,
  code: string,
  status: number,
  data: Record<string, unknown>,
  $metadata: ResponseMetadata,
): ServiceException {
  const { message } = errorCodeOf(data, status);
  const details = (decodeValue(data.Error ?? {}) ?? {}) as Record<string, unknown>;
  const registry = TypeRegistry.for(namespace);
  const schema = findErrorSchema(registry, code);
  const fallback: ErrorCtor = baseExceptionOf(namespace) ?? (ServiceException as unknown as ErrorCtor);
  const Ctor =
    (schema === undefined ? undefined : (registry.getErrorCtor(schema) as ErrorCtor | undefined)) ?? fallback;
  const traits = schema === undefined ? {} : NormalizedSchema.of(schema).getMergedTraits();
  const $fault =
    traits.error === 'server' || (traits.error === undefined && status >= 500) ? 'server' : 'client';

  const opts: Record<string, unknown> = { $fault, $metadata, message: message ?? 'UnknownError' };
  // A modeled class fixes its own name; the base class takes the code, as the SDK does.
  if (schema === undefined) opts.name = code;
  if (schema !== undefined) {
    for (const [member] of NormalizedSchema.of(schema).structIterator()) {
      if (details[member] !== undefined) opts[member] = details[member];
    }
  }
  const err = new Ctor(opts);
  const { Message: _m, ...extra } = details;
  decorateServiceException(err, extra);
  Object.defineProperty(err, '$response', {
    value: new HttpResponse({ statusCode: status, headers: {} }),
    enumerable: false,
  });
  return err;
}

const cache = new Map<string, unknown>();

function findErrorSchema(registry: TypeRegistry, code: string) {
  const key = `${registry.namespace}#${code}`;
  if (cache.has(key)) return cache.get(key) as Parameters<TypeRegistry['getErrorCtor']>[0] | undefined;
  const found = registry.find((s) => {
    if (!Array.isArray(s)) return false;
    const a = s as unknown as readonly unknown[];
    if (a[0] !== -3) return false; // -3: a static error schema
    if (a[2] === code) return true;
    const queryError = NormalizedSchema.of(s).getMergedTraits().awsQueryError as unknown;
    return Array.isArray(queryError) && queryError[0] === code;
  }) as Parameters<TypeRegistry['getErrorCtor']>[0] | undefined;
  cache.set(key, found);
  return found;
}

function baseExceptionOf(namespace: string): ErrorCtor | undefined {
  const synthetic = TypeRegistry.for(`smithy.ts.sdk.synthetic.${namespace}`);
  const base = synthetic.getBaseException();
  return base === undefined ? undefined : (synthetic.getErrorCtor(base) as ErrorCtor | undefined);
}
