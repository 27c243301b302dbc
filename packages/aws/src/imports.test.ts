/**
 * The import graph's shape: dependencies point one way. Element and resource modules never
 * import the top (provider.ts, registry.ts, runtime-registry.ts), which compose every type; and
 * no module imports itself through others. A cycle through the top once pulled all 79 modules
 * of the element folders into every Lambda archive and made load order matter.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const root = join(src, '..', '..', '..');

async function graph(entry: string): Promise<Map<string, string[]>> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    outfile: 'out.mjs',
    packages: 'external',
    logLevel: 'silent',
  });
  const g = new Map<string, string[]>();
  for (const [file, input] of Object.entries(r.metafile.inputs))
    g.set(
      file,
      input.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
    );
  return g;
}

/** Strongly connected components with more than one module (Tarjan). */
function cycles(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('import graph', () => {
  it('has no cycle among the modules of the aws and core packages', async () => {
    const g = await graph(join(src, 'index.ts'));
    expect(g.size).toBeGreaterThan(500);
    expect(cycles(g)).toEqual([]);
  });

  it('element and resource modules never import the registry or the provider that composes it', async () => {
    const g = await graph(join(src, 'index.ts'));
    const top = /packages\/aws\/src\/(provider|registry|runtime-registry)\.ts$/;
    const bad = [...g]
      .filter(([file]) => /packages\/aws\/src\/(resources|common|modes|query|notify)\//.test(file))
      .flatMap(([file, imports]) => imports.filter((i) => top.test(i)).map((i) => `${file} -> ${i}`));
    expect(bad.map((b) => relative(root, b))).toEqual([]);
  });
});
