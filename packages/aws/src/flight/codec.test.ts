import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, isSdkStream, streamOf } from './codec.js';

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
