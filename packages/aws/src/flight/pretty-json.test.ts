import { listingPage } from '@c7n-ts/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ByteSource, type PrettyJsonOptions, parsePrettyJson, Window } from './pretty-json.js';

/** A page as placebo writes it: scalars, the list, a token; `indent` spaces a level. */
const pageText = (items: unknown[], indent = 4, token?: string) =>
  JSON.stringify(
    { status_code: 200, data: { Reservations: items, ...(token && { NextToken: token }) } },
    null,
    indent,
  );

/** `text` as a file: read in pieces of at most `piece` bytes, as `readSync` may answer. */
function source(text: string, piece = Number.POSITIVE_INFINITY): ByteSource {
  const bytes = Buffer.from(text);
  return {
    size: bytes.length,
    read: (into, offset, length, position) =>
      bytes.copy(into, offset, position, position + Math.min(length, piece)),
  };
}

const parse = (text: string, options?: PrettyJsonOptions) => parsePrettyJson(source(text), options);

/** Never a different value: the same as `JSON.parse`, or undefined (then the caller parses). */
function agrees(text: string, options?: PrettyJsonOptions, piece?: number): unknown {
  const got = parsePrettyJson(source(text, piece), options);
  let want: unknown;
  try {
    want = JSON.parse(text);
  } catch {
    expect(got).toBeUndefined();
    return got;
  }
  if (got !== undefined) expect(got).toStrictEqual(want);
  return got;
}

describe('parsePrettyJson', () => {
  it('parses a large page in runs of elements, as JSON.parse would', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => ({
      ReservationId: `r-${i}`,
      Instances: [{ InstanceId: `i-${i}`, Tags: [{ Key: 'Name', Value: `é ✓ "${i}"\n},` }] }],
      Groups: [],
    }));
    const text = pageText(items, 4, 'next-page');
    expect(Buffer.byteLength(text)).toBeGreaterThan(300_000);
    const got = agrees(text);
    expect(got).toBeDefined();
    expect(Object.keys((got as { data: object }).data)).toEqual(['Reservations', 'NextToken']);
  });

  it('agrees with JSON.parse on any page, in runs and windows of any length, at 2 or 4 spaces', () => {
    // One window for every page, as a run reuses it from file to file.
    const window = new Window(16);
    fc.assert(
      fc.property(
        listingPage,
        fc.record({ runBytes: fc.integer({ min: 1, max: 400 }), piece: fc.integer({ min: 1, max: 500 }) }),
        fc.constantFrom(2, 4),
        fc.option(fc.string()),
        (items, { runBytes, piece }, indent, token) => {
          const text = pageText(items, indent, token ?? undefined);
          const got = agrees(text, { runBytes, window }, piece);
          // Parsed in runs when the list starts and ends with an object of members (`{}` is one
          // line, so it gives no element boundary).
          const open = (o: object | undefined) => o !== undefined && Object.keys(o).length > 0;
          if (open(items[0]) && open(items.at(-1))) expect(got).toBeDefined();
        },
      ),
    );
  });

  it('never answers a different value for an edited file', () => {
    fc.assert(
      fc.property(
        listingPage.filter((items) => items.length > 1),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '{', '\n', '"', ' ', '\n            },\n            {'),
        fc.integer({ min: 1, max: 200 }),
        (items, at, insert, runBytes) => {
          const text = pageText(items);
          const i = at % text.length;
          agrees(text.slice(0, i) + insert + text.slice(i + 1), { runBytes, windowBytes: 64 });
        },
      ),
    );
  });

  it('leaves a file that ends short of its size to the caller', () => {
    const text = pageText([{ A: 1 }, { A: 2 }]);
    const short = { ...source(text), size: text.length + 10 };
    expect(parsePrettyJson(short)).toBeUndefined();
  });

  it('leaves what it cannot split to JSON.parse', () => {
    const items = [{ A: 1 }, { A: 2 }];
    // Compact, or lists of scalars, or a list after a member that is not a scalar.
    expect(parse(JSON.stringify({ data: { L: items } }))).toBeUndefined();
    expect(parse(JSON.stringify({ data: { L: [1, 2] } }, null, 4))).toBeUndefined();
    expect(parse(JSON.stringify({ data: { M: { x: 1 }, L: items } }, null, 4))).toBeUndefined();
    // Windows line ends.
    expect(parse(pageText(items).replace(/\n/g, '\r\n'))).toBeUndefined();
  });

  it('takes a later member of the same name as JSON.parse does, or leaves the file to it', () => {
    const list = JSON.stringify({ Reservations: [{ A: 1 }, { A: 2 }] }, null, 4).slice(2, -2);
    const text = `{\n    "data": {\n${list.replace(/^/gm, '    ')},\n        "Reservations": []\n    }\n}`;
    expect(JSON.parse(text).data.Reservations).toEqual([]);
    expect(agrees(text)).toBeUndefined();
  });

  it('does not mistake two lists at one depth for one', () => {
    const text = JSON.stringify({ data: { A: [{ x: 1 }, { x: 2 }], B: [{ y: 1 }, { y: 2 }] } }, null, 4);
    agrees(text, { runBytes: 1 });
  });
});
