/**
 * Placebo's JSON encoding <-> the values SDK v3 outputs hold. Placebo writes datetimes as
 * `{"__class__": "datetime", year..microsecond}` (UTC) and streaming bodies as
 * `{"__class__": "StreamingBody", "body": "<base64>"}`; botocore adds `ResponseMetadata`,
 * and Python's None appears as null where the SDK simply leaves a member out.
 */
import { Readable } from 'node:stream';
import { adoptObject, DataTimestamp, dataObject, repeatedValue } from '@c7n-ts/core';
import { sdkStreamMixin } from '@smithy/core/serde';

/** An SDK streaming body: what `GetObject`'s `Body` is. */
export type StreamingBody = Readable & {
  transformToByteArray(): Promise<Uint8Array>;
  transformToString(encoding?: string): Promise<string>;
};

/** A fresh single-use SDK stream over `bytes`. */
export function streamOf(bytes: Uint8Array): StreamingBody {
  return sdkStreamMixin(Readable.from([Buffer.from(bytes)])) as StreamingBody;
}

/**
 * Placebo JSON -> SDK values. Builds new objects each call, so a file served twice (after
 * wrap-around) never hands out a stream already read or an object a caller mutated.
 */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  const obj = value as Record<string, unknown>;
  if (obj.__class__ === 'datetime') return decodeDatetime(obj);
  if (obj.__class__ === 'StreamingBody') return streamOf(Buffer.from(String(obj.body ?? ''), 'base64'));
  // Null-prototype, so a "__proto__" member (in a tag map, say) is data, not this object's
  // prototype, and `constructor` or `toString` read as absent unless the answer has them.
  const out = dataObject();
  for (const [k, v] of Object.entries(obj)) {
    // The SDK never emits null members; botocore's None means "absent".
    if (v === null) continue;
    out[k] = decodeValue(v);
  }
  return out;
}

/**
 * Placebo JSON -> SDK values in place, for a tree just parsed that no one else holds (a replayed
 * answer): what `decodeValue` gives, without building a second copy of a listing page. Objects
 * keep V8's fast shapes (see `adoptObject`); one with a null member is rebuilt without it.
 */
export function decodeFresh(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'object' && v !== null) value[i] = decodeFresh(v);
    }
    return value;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  const obj = value as Record<string, unknown>;
  if (obj.__class__ === 'datetime') return decodeDatetime(obj);
  if (obj.__class__ === 'StreamingBody') return streamOf(Buffer.from(String(obj.body ?? ''), 'base64'));
  let nulls = false;
  // for-in, not Object.keys: no array per object (half the time on a listing page). Only own
  // members are touched: JSON.parse made them, nothing inherited is copied in.
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === 'string') {
      if (v.length > INTERNED_BY_V8) {
        const same = repeatedValue(k, v);
        if (same !== undefined && Object.hasOwn(obj, k)) obj[k] = same;
      }
      continue;
    }
    if (typeof v !== 'object' || !Object.hasOwn(obj, k)) continue;
    if (v === null) nulls = true;
    else obj[k] = decodeFresh(v);
  }
  if (!nulls) return adoptObject(obj);
  const out = dataObject();
  for (const k of Object.keys(obj)) if (obj[k] !== null) out[k] = obj[k];
  return out;
}

/** V8 shares the strings `JSON.parse` makes of values up to this long: no need to look at them. */
const INTERNED_BY_V8 = 10;

function decodeDatetime(d: Record<string, unknown>): Date {
  const n = (k: string, dflt = 0) => (typeof d[k] === 'number' ? (d[k] as number) : dflt);
  return new DataTimestamp(
    Date.UTC(
      n('year'),
      n('month', 1) - 1,
      n('day', 1),
      n('hour'),
      n('minute'),
      n('second'),
      Math.floor(n('microsecond') / 1000),
    ),
    n('microsecond') % 1000,
  );
}

/** Duck-types the SDK's stream mixin (Node Readable or web stream alike). */
export function isSdkStream(v: unknown): v is { transformToByteArray(): Promise<Uint8Array> } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { transformToByteArray?: unknown }).transformToByteArray === 'function'
  );
}

/**
 * SDK values -> placebo JSON. Streams are read (they can be read only once), so the caller
 * must use `replace` to hand the SDK caller a fresh stream over the same bytes.
 */
export async function encodeValue(
  value: unknown,
  replace: (bytes: Uint8Array) => unknown = () => undefined,
): Promise<unknown> {
  if (value instanceof Date) return encodeDatetime(value);
  if (isSdkStream(value)) {
    const bytes = await value.transformToByteArray();
    replace(bytes);
    return { __class__: 'StreamingBody', body: Buffer.from(bytes).toString('base64') };
  }
  // Non-streaming blobs: botocore gives bytes, which placebo cannot store; base64 is the
  // closest JSON form and what the SDK itself accepts for blob inputs.
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      out.push(
        await encodeValue(value[i], (b) => {
          value[i] = streamOf(b);
        }),
      );
    }
    return out;
  }
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    out[k] = await encodeValue(v, (b) => {
      obj[k] = streamOf(b);
    });
  }
  return out;
}

export function encodeDatetime(d: Date): Record<string, unknown> {
  return {
    __class__: 'datetime',
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    microsecond: d.getUTCMilliseconds() * 1000 + (d instanceof DataTimestamp ? d.micros : 0),
  };
}
