/**
 * The archive of the `c7n-s3-encrypt` function: handler.ts bundled by esbuild into one
 * `index.mjs` (handler `index.handler`) with the S3 client, and an empty `config.json`
 * (AES256), as Cloud Custodian ships its s3crypt function with `{}`.
 */
import { ownModule } from '../../own-module.js';
import { codeSha256, zipFiles } from '../zip.js';

export interface S3CryptArchive {
  zip: Uint8Array;
  /** Base64 SHA-256 of the zip, as Lambda's CodeSha256. */
  sha256: string;
}

let cached: Promise<S3CryptArchive> | undefined;

export function s3cryptArchive(): Promise<S3CryptArchive> {
  if (!cached) {
    cached = build();
    // A failed build is not kept: the next bucket region tries again.
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}

async function build(): Promise<S3CryptArchive> {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [entry()],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    mainFields: ['module', 'main'],
    outfile: 'index.mjs',
    write: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
    // The SDK is partly CommonJS and calls require() for Node builtins.
    banner: {
      js: "import { createRequire as __c7nTsCreateRequire } from 'node:module'; const require = __c7nTsCreateRequire(import.meta.url);",
    },
  });
  const out = result.outputFiles.find((f) => f.path.endsWith('index.mjs'));
  if (!out) throw new Error('esbuild produced no index.mjs for the s3crypt function');
  const zip = await zipFiles({ 'index.mjs': out.contents, 'config.json': '{}\n' });
  return { zip, sha256: codeSha256(zip) };
}

/** The function's handler module (built, or the source in tests). */
function entry(): string {
  const file = ownModule('lambda/s3crypt/handler');
  if (!file) throw new Error('the s3crypt handler module is not installed beside c7n-ts');
  return file;
}
