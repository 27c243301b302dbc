import { readFileSync } from 'node:fs';

// Defined by scripts/bundle.mjs; the unbundled build reads package.json beside dist/.
declare const C7N_TS_VERSION: string | undefined;

export const version: string =
  typeof C7N_TS_VERSION === 'string'
    ? C7N_TS_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
        .version;
