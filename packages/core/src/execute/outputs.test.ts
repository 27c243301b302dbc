import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectorySink, itemText, JsonArrayText, type OutputSink, writeChunked } from './outputs.js';

/** The whole text of `items`, as JsonArrayText gives it. */
function* jsonArrayChunks(items: Iterable<unknown>): Generator<string> {
  const text = new JsonArrayText();
  yield* text.items(items);
  yield text.end();
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'c7n-ts-outputs-'));
  dirs.push(d);
  return d;
};

describe('JsonArrayText, a whole list', () => {
  const cases: [string, unknown[]][] = [
    ['empty', []],
    ['one', [{ InstanceId: 'i-1' }]],
    [
      'nested, with dates, newlines in strings and empty members',
      [
        {
          InstanceId: 'i-1',
          LaunchTime: new Date(Date.UTC(2026, 0, 2)),
          Tags: [{ Key: 'Name', Value: 'a\nb' }],
          Empty: {},
          None: [],
          Skip: undefined,
        },
        { InstanceId: 'i-2', Nested: { Deep: [1, [2, { x: null }]] } },
        'text',
        7,
      ],
    ],
    // Across groups of items, with undefined items (null in an array).
    [
      'many',
      Array.from({ length: 200 }, (_, i) => (i % 17 === 0 ? undefined : { Id: `r-${i}`, N: [i, { i }] })),
    ],
  ];
  it.each(cases)('writes what JSON.stringify(items, null, 2) does: %s', (_name, items) => {
    expect([...jsonArrayChunks(items)].join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });
});

describe('JsonArrayText', () => {
  it('writes what JSON.stringify(items, null, 2) does, the items given in lots', () => {
    const items = Array.from({ length: 70 }, (_, i) => ({ Id: `r-${i}`, N: [i] }));
    for (const cuts of [[], [0], [5, 5, 40], [16, 32, 69, 70]]) {
      const text = new JsonArrayText();
      let from = 0;
      const lots = [...cuts, items.length].map((to) => {
        const lot = [...text.items(items.slice(from, to))].join('');
        from = to;
        return lot;
      });
      expect(lots.join('') + text.end()).toBe(`${JSON.stringify(items, null, 2)}\n`);
    }
    const none = new JsonArrayText();
    expect([...none.items([])].join('') + none.end()).toBe('[]\n');
  });
});

describe('JsonArrayText.itemsWith', () => {
  const noted = (items: Record<string, unknown>[], extras: (unknown[] | undefined)[]) =>
    items.map((item, i) => (extras[i] ? { ...item, note: extras[i] } : item));

  it('writes each item with the extra member last, as a copy with it would be written', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ Id: `r-${i}`, Nested: { Deep: [i, { x: '}' }] } }));
    const extras = items.map((_, i) => (i % 3 ? [`k${i % 2}`, 'tag:Owner'] : undefined));
    const text = new JsonArrayText();
    const written = [...text.itemsWith(items, 'note', extras)].join('') + text.end();
    expect(written).toBe(`${JSON.stringify(noted(items, extras), null, 2)}\n`);
    // The items themselves are left as they were.
    expect(items.some((item) => 'note' in item)).toBe(false);
  });

  it('writes from copies a group it cannot cut: an empty item, an item that has the member', () => {
    const items = [{ Id: 'a' }, {}, { Id: 'b', note: ['old'] }, { Id: 'c', Gone: undefined }];
    const extras = [['x'], ['y'], ['z'], undefined];
    const text = new JsonArrayText();
    const written = [...text.itemsWith(items, 'note', extras)].join('') + text.end();
    expect(written).toBe(`${JSON.stringify(noted(items, extras), null, 2)}\n`);
  });

  it('writes runs of the same extra, and a list changed after it was written, as copies would be', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ Id: `r-${i}` }));
    const shared = ['State.Name', 'tag:Owner'];
    const extras: (unknown[] | undefined)[] = items.map((_, i) =>
      i < 8
        ? shared
        : i < 12
          ? ['State.Name', 'tag:Owner', 'more']
          : i < 16
            ? [1, 'tag:Owner']
            : ['1', 'tag:Owner'],
    );
    const text = new JsonArrayText();
    const first = [...text.itemsWith(items.slice(0, 8), 'note', extras.slice(0, 8))].join('');
    const expected = `${JSON.stringify(noted(items, extras), null, 2)}\n`;
    // The list the first lot was written with changes; the next lots print their own.
    shared.push('more');
    const rest = [...text.itemsWith(items.slice(8), 'note', extras.slice(8))].join('') + text.end();
    expect(first + rest).toBe(expected);
  });

  it('uses the texts of items already printed, wherever they fall among the others', () => {
    const items: Record<string, unknown>[] = [
      ...Array.from({ length: 40 }, (_, i) => ({ Id: `r-${i}`, Deep: { List: [i, { y: '\n  }' }] } })),
      {},
      { Id: 'has', note: ['old'] },
    ];
    const extras = items.map((_, i) => (i % 4 ? [`k${i % 3}`] : undefined));
    const chosen = [0, 1, 17, 18, 19, 39, 40, 41];
    const made = new Map<object, string>(chosen.map((i) => [items[i]!, itemText(items[i])]));
    const text = new JsonArrayText();
    const written = [...text.itemsWith(items, 'note', extras, made)].join('') + text.end();
    expect(written).toBe(`${JSON.stringify(noted(items, extras), null, 2)}\n`);
  });
});

describe('DirectorySink.openFile, many appends', () => {
  it('writes small and large pieces in order, multi-byte text included', async () => {
    const dir = tempDir();
    const file = await new DirectorySink(dir).openFile('p/big.txt');
    const pieces: string[] = [];
    for (let i = 0; i < 3000; i++) pieces.push(i % 500 === 0 ? 'é€'.repeat(70_000 + i) : `piece ${i} ✓\n`);
    for (let i = 0; i < pieces.length; i += 7) await file.append(pieces.slice(i, i + 7));
    await file.commit();
    expect(readFileSync(join(dir, 'p/big.txt'), 'utf8')).toBe(pieces.join(''));
  });
});

describe('DirectorySink.openFile', () => {
  it('puts the file in place whole on commit, and nothing on abort', async () => {
    const dir = tempDir();
    const sink = new DirectorySink(dir);
    const kept = await sink.openFile('p/resources.json');
    const dropped = await sink.openFile('q/resources.json');
    await kept.append(['[\n', '  1']);
    await dropped.append(['[\n']);
    expect(readdirSync(join(dir, 'p'))).not.toContain('resources.json');
    await kept.append([',\n  2', '\n]\n']);
    await kept.commit();
    await dropped.abort();
    expect(readFileSync(join(dir, 'p/resources.json'), 'utf8')).toBe('[\n  1,\n  2\n]\n');
    expect(readdirSync(join(dir, 'p'))).toEqual(['resources.json']);
    expect(readdirSync(join(dir, 'q'))).toEqual([]);
    await expect(kept.append(['x'])).rejects.toThrow(/after commit or abort/);
  });
});

describe('DirectorySink.writeChunks', () => {
  it('writes resources.json in pieces, with no temp file left', async () => {
    const dir = tempDir();
    const items = Array.from({ length: 3000 }, (_, i) => ({
      VolumeId: `vol-${i}`,
      Size: i,
      Pad: 'x'.repeat(400),
    }));
    await writeChunked(new DirectorySink(dir), 'p/resources.json', jsonArrayChunks(items));
    expect(readFileSync(join(dir, 'p/resources.json'), 'utf8')).toBe(`${JSON.stringify(items, null, 2)}\n`);
    expect(readdirSync(join(dir, 'p'))).toEqual(['resources.json']);
  });

  it('encodes pieces of any size and script across its blocks', async () => {
    const dir = tempDir();
    // Multi-byte text up to a block's edge, a piece larger than a block, and small ones between.
    const pieces = [
      'é'.repeat(349_000),
      '€𝄞',
      'x'.repeat(3 << 20),
      ...Array.from({ length: 5000 }, (_, i) => `ü${i}漢`),
    ];
    await new DirectorySink(dir).writeChunks('p/out.txt', pieces);
    expect(readFileSync(join(dir, 'p/out.txt'), 'utf8')).toBe(pieces.join(''));
  });
  it('leaves the previous file whole when writing fails part way', async () => {
    const dir = tempDir();
    const sink = new DirectorySink(dir);
    await sink.write('p/resources.json', '[]\n');
    function* failing() {
      yield '['.padEnd(2 << 20, ' ');
      throw new Error('disk went away');
    }
    await expect(sink.writeChunks('p/resources.json', failing())).rejects.toThrow('disk went away');
    expect(readFileSync(join(dir, 'p/resources.json'), 'utf8')).toBe('[]\n');
    expect(readdirSync(join(dir, 'p'))).toEqual(['resources.json']);
  });

  it('falls back to one write for a sink without writeChunks', async () => {
    const written: Record<string, string> = {};
    const sink: OutputSink = {
      location: 'memory',
      write: async (rel, content) => {
        written[rel] = content;
      },
      appendLog: () => undefined,
      close: async () => undefined,
    };
    await writeChunked(sink, 'r.json', jsonArrayChunks([{ a: 1 }]));
    expect(written['r.json']).toBe(`${JSON.stringify([{ a: 1 }], null, 2)}\n`);
  });
});
