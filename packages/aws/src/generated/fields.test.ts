import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/gen-fields.mjs', import.meta.url));

it('fields.ts matches the installed SDK models (else run: node packages/aws/scripts/gen-fields.mjs)', () => {
  expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
}, 60_000);
