/** What `c7n-ts schema` does; its options and help are declared in commands/schema.ts. */
import {
  elementSchema,
  explainMissingType,
  type MissingReport,
  missingFromCatalogue,
  type Registry,
  type SchemaLookup,
} from '@c7n-ts/core';
import { EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry } from '../load.js';

interface Flags {
  json?: boolean;
  missing?: boolean;
}

export default function schema(path: string, flags: Flags) {
  if (flags.missing) return missing(getRegistry(), path, flags);
  const found = elementSchema(getRegistry(), path);
  const text = flags.json ? `${JSON.stringify(found, null, 2)}\n` : render(found);
  (found.kind === 'unknown' ? process.stderr : process.stdout).write(text);
  throw new Exit(found.kind === 'unknown' ? EXIT_INVALID : EXIT_OK);
}

function missing(registry: Registry, type: string, flags: Flags): never {
  const known = type === '' || registry.resolveType(type) || registry.catalogue?.resolveType(type);
  if (!known) {
    process.stderr.write(`${explainMissingType(registry, type).message}\n`);
    throw new Exit(EXIT_INVALID);
  }
  const report = missingFromCatalogue(registry, type || undefined);
  process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderMissing(report, type));
  throw new Exit(EXIT_OK);
}

function renderMissing(r: MissingReport, type: string): string {
  const out = [`${r.engine ?? 'The catalogue'} has, and c7n-ts does not support yet:`];
  const names = (list: readonly string[]) => (list.length ? list.join(' ') : '-');
  if (r.types.length) out.push('', `resource types (${r.types.length}):`, ...r.types.map((t) => `  ${t}`));
  for (const e of r.elements) {
    const same = e.type === e.catalogueType ? '' : ` (${r.engine}: ${e.catalogueType})`;
    out.push('', `${e.type}${same}:`, `  filters (${e.filters.length}): ${names(e.filters)}`);
    out.push(`  actions (${e.actions.length}): ${names(e.actions)}`);
  }
  if (!type) out.push('', `modes (${r.modes.length}): ${names(r.modes)}`);
  return `${out.join('\n')}\n`;
}

function render(found: SchemaLookup): string {
  // The message already carries the did-you-mean.
  if (found.kind === 'unknown') return `${found.message}\n`;
  if (found.kind === 'list') {
    const width = Math.max(0, ...found.children.map((c) => c.name.length));
    const lines = found.children.map((c) => `  ${c.name.padEnd(width)}  ${firstSentence(c.summary)}`);
    return `${found.path || 'c7n-ts'}:\n${lines.join('\n')}\n`;
  }
  const out = [`${found.kind} ${found.name}  (from ${found.origin})`, '', found.doc.summary, ''];
  if (found.deprecated)
    out.push(`Deprecated since ${found.deprecated.since}: ${found.deprecated.message}`, '');
  if (found.doc.example) out.push('Example:', indent(found.doc.example), '');
  if (found.permissions)
    out.push(`Permissions: ${found.permissions.length ? found.permissions.join(', ') : '(none)'}`, '');
  out.push('Schema:', indent(JSON.stringify(found.schema, null, 2)), '');
  return out.join('\n');
}

const firstSentence = (s: string) => s.split(/(?<=\.)\s/)[0] ?? s;
const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
