/** The committed schema and reference pages must equal what the registry generates now. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../packages/cli/src/generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('generated artifacts', () => {
  const files = generatedFiles();
  it('include the editor schema and a reference page per resource type', () => {
    expect(files.has('schemas/policy.schema.json')).toBe(true);
    expect(files.has('docs/reference/aws/ec2.md')).toBe(true);
  });
  for (const [path, text] of files) {
    it(`${path} is up to date (run: npm run generate)`, () => {
      const onDisk = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
      expect(onDisk === text, `${path} is stale or missing; run: npm run generate`).toBe(true);
    });
  }
});
