/**
 * Where a module of this package is on disk, by its path from the package's source root
 * (`lambda/handler`): for the builders that hand our own modules to esbuild or import one by a
 * path the bundlers must not follow.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built .js, or the .ts when running from the sources (tests). Inside the CLI bundle this
 * module no longer sits at the package root, so the installed package is found by name; in a
 * Lambda bundle neither exists and the answer is undefined.
 */
export function ownModule(path: string): string | undefined {
  for (const root of [dirname(fileURLToPath(import.meta.url)), installedRoot()]) {
    if (root === undefined) continue;
    for (const ext of ['.js', '.ts']) {
      const file = join(root, `${path}${ext}`);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

function installedRoot(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('@c7n-ts/aws'));
  } catch {
    return undefined;
  }
}
