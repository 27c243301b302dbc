import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { pureSchemaDeclarations } from './pure-schemas.js';

const SCHEMAS = [
  'const _a = "alpha";',
  'const _xN = "xmlName";',
  'export var Used$ = [3, "ns", _a,',
  '    0,',
  '    ["Id"],',
  '    [[0, { [_xN]: "id]" }]]',
  '];',
  'export var Unused$ = [3, "ns", "Unused", 0, ["Name"], [[0, { [_xN]: `n[` }]]];',
  'var Plain = 3;',
].join('\n');

describe('pureSchemaDeclarations', () => {
  it('wraps each array initializer in a pure call, whatever brackets its strings hold', () => {
    const out = pureSchemaDeclarations(SCHEMAS);
    expect(out).toContain('export var Used$ = /* @__PURE__ */ (() => [3, "ns", _a,');
    expect(out).toContain('[[0, { [_xN]: "id]" }]]\n])();');
    expect(out).toContain('export var Unused$ = /* @__PURE__ */ (() => [3,');
    expect(out).toContain('var Plain = 3;');
  });

  it('evaluates the same', async () => {
    const run = async (src: string) => {
      const r = await build({
        stdin: { contents: src, loader: 'js' },
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      const url = `data:text/javascript,${encodeURIComponent(r.outputFiles[0]?.text ?? '')}`;
      return { ...(await import(url)) };
    };
    expect(await run(pureSchemaDeclarations(SCHEMAS))).toEqual(await run(SCHEMAS));
  });

  it('lets esbuild drop the shapes nothing imports', async () => {
    const bundle = async (schemas: string) => {
      const r = await build({
        stdin: { contents: "import { Used$ } from './schemas.js'; console.log(Used$);", loader: 'js' },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        plugins: [
          {
            name: 'schemas',
            setup(b) {
              b.onResolve({ filter: /schemas/ }, () => ({ path: 'schemas', namespace: 's' }));
              b.onLoad({ filter: /.*/, namespace: 's' }, () => ({ contents: schemas, loader: 'js' }));
            },
          },
        ],
      });
      return r.outputFiles[0]?.text ?? '';
    };
    expect(await bundle(SCHEMAS)).toContain('Unused');
    expect(await bundle(pureSchemaDeclarations(SCHEMAS))).not.toContain('Unused');
  });
});
