import { listingPage } from '@c7n-ts/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFresh, decodeValue, encodeValue, isSdkStream, streamOf } from './codec.js';

describe('placebo codec', () => {
  it('decodes datetimes as UTC, keeping milliseconds of the microseconds', () => {
    const d = decodeValue({
      __class__: 'datetime',
      __module__: 'datetime',
      year: 2024,
      month: 2,
      day: 29,
      hour: 23,
      minute: 59,
      second: 58,
      microsecond: 999999,
    });
    expect(d).toEqual(new Date('2024-02-29T23:59:58.999Z'));
  });

  it('drops null members but keeps other falsy values, in nested lists too', () => {
    expect(decodeValue({ A: null, B: [{ C: null, D: 0, E: '', F: false }] })).toEqual({
      B: [{ D: 0, E: '', F: false }],
    });
  });

  it('turns a StreamingBody into a stream the SDK way', async () => {
    const body = decodeValue({ __class__: 'StreamingBody', body: Buffer.from('{"a":1}').toString('base64') });
    expect(isSdkStream(body)).toBe(true);
    expect(await (body as ReturnType<typeof streamOf>).transformToString()).toBe('{"a":1}');
  });

  it('round-trips dates and streams, replacing read streams with fresh ones', async () => {
    const value = {
      When: new Date('2021-05-06T07:08:09.123Z'),
      Nested: [{ Body: streamOf(Buffer.from('x')) }],
    };
    const encoded = await encodeValue(value);
    expect(encoded).toEqual({
      When: {
        __class__: 'datetime',
        year: 2021,
        month: 5,
        day: 6,
        hour: 7,
        minute: 8,
        second: 9,
        microsecond: 123000,
      },
      Nested: [{ Body: { __class__: 'StreamingBody', body: 'eA==' } }],
    });
    expect(await value.Nested[0]?.Body.transformToString()).toBe('x');
    const decoded = decodeValue(JSON.parse(JSON.stringify(encoded))) as typeof value;
    expect(decoded.When).toEqual(value.When);
  });
});

describe('placebo codec: outside data stays data', () => {
  // As read from a flight file: JSON.parse keeps "__proto__" as an own member.
  const file = JSON.parse(
    '{"Reservations":[{"Instances":[{"InstanceId":"i-1","__proto__":{"InstanceId":"i-evil","Polluted":true},"constructor":"c","Tags":{"__proto__":"p","toString":"t"}}]}]}',
  );
  const decoded = decodeValue(file) as { Reservations: { Instances: Record<string, unknown>[] }[] };
  const instance = decoded.Reservations[0]?.Instances[0] as Record<string, unknown>;

  it('keeps a "__proto__" member as an ordinary key, not the prototype', () => {
    // Its prototype is empty and has none itself: nothing is inherited, not even __proto__'s accessor.
    const proto = Object.getPrototypeOf(instance);
    expect(Reflect.ownKeys(proto)).toEqual([]);
    expect(Object.getPrototypeOf(proto)).toBe(null);
    expect(Object.isFrozen(proto)).toBe(true);
    expect(Object.keys(instance)).toEqual(['InstanceId', '__proto__', 'constructor', 'Tags']);
    expect(instance.InstanceId).toBe('i-1');
    expect(instance.Polluted).toBeUndefined();
    expect(Object.hasOwn(instance, '__proto__')).toBe(true);
    expect((instance.__proto__ as Record<string, unknown>).InstanceId).toBe('i-evil');
  });

  it('inherits nothing: only the members the answer has are there', () => {
    const tags = instance.Tags as Record<string, unknown>;
    expect(tags.__proto__).toBe('p');
    expect(tags.toString).toBe('t');
    expect(tags.constructor).toBeUndefined();
    expect(instance.constructor).toBe('c');
    expect(instance.hasOwnProperty).toBeUndefined();
  });

  it('decodes a freshly parsed answer in place, as decodeValue would copy it', () => {
    const text = JSON.stringify({
      Reservations: [
        {
          Instances: [
            {
              InstanceId: 'i-1',
              LaunchTime: {
                __class__: 'datetime',
                year: 2024,
                month: 1,
                day: 2,
                hour: 3,
                minute: 4,
                second: 5,
                microsecond: 0,
              },
              Gone: null,
              Tags: [{ Key: '__proto__', Value: 'x' }],
              ['__proto__']: { polluted: true },
            },
          ],
        },
      ],
    });
    const fresh = decodeFresh(JSON.parse(text)) as {
      Reservations: { Instances: Record<string, unknown>[] }[];
    };
    expect(fresh).toEqual(decodeValue(JSON.parse(text)));
    const instance = fresh.Reservations[0]!.Instances[0]!;
    expect(instance.LaunchTime).toEqual(new Date('2024-01-02T03:04:05Z'));
    expect('Gone' in instance).toBe(false);
    // Data objects: nothing inherited, and a "__proto__" member stays a member.
    expect(Object.getPrototypeOf(Object.getPrototypeOf(fresh))).toBe(null);
    expect(instance.constructor).toBeUndefined();
    expect(Object.hasOwn(instance, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('placebo codec: repeated values', () => {
  it('decodes in place exactly what decodeValue copies, member order included', () => {
    fc.assert(
      fc.property(listingPage, (page) => {
        const text = JSON.stringify({ Items: page });
        const fresh = decodeFresh(JSON.parse(text));
        const copied = decodeValue(JSON.parse(text));
        expect(fresh).toEqual(copied);
        expect(JSON.stringify(fresh)).toBe(JSON.stringify(copied));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves a "__proto__" member a member when its value is shared', () => {
    const text = JSON.stringify({
      Items: Array.from({ length: 100 }, () => ({
        ['__proto__']: 'uefi-preferred',
        OwnerId: '123456789012',
      })),
    });
    const fresh = decodeFresh(JSON.parse(text)) as { Items: Record<string, unknown>[] };
    for (const item of fresh.Items) {
      expect(Object.hasOwn(item, '__proto__')).toBe(true);
      expect(Object.getOwnPropertyDescriptor(item, '__proto__')?.value).toBe('uefi-preferred');
      expect(Object.getPrototypeOf(Object.getPrototypeOf(item))).toBe(null);
    }
  });
});
