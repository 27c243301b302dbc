/**
 * The fan-out function's archive: fanout/handler.ts bundled by esbuild into `index.mjs` with
 * the whole registry (the policies may read any resource type) and `config.json` with the
 * policies embedded, as `package` embeds one policy.
 *
 * The esbuild settings repeat lambda/package.ts's (ESM for node20, the require banner, the
 * C7N_TS_BUNDLED define); that module keeps them private today, and sharing them is a move of
 * a few lines there. Trimming clients per policy, as lambda/package.ts does, is left for later:
 * this bundle is larger (every client a policy may call) but built once per deploy.
 */
import type { LoadedPolicy } from '@c7n-ts/core';
import { LAMBDA_BUNDLE } from '../lambda/package.js';
import { codeSha256, zipFiles } from '../lambda/zip.js';
import { ownModule } from '../own-module.js';
import { fanoutConfig } from './config.js';

export interface FanoutArchive {
  zip: Uint8Array;
  sha256: string;
  size: number;
  files: string[];
}

export async function buildFanoutArchive(
  sets: readonly { vars: readonly string[]; policies: readonly LoadedPolicy[] }[],
  version: string,
): Promise<FanoutArchive> {
  const files: Record<string, Uint8Array | string> = {
    'index.mjs': await bundleFanoutHandler(),
    'config.json': `${JSON.stringify(fanoutConfig(sets, version), null, 1)}\n`,
  };
  const zip = zipFiles(files);
  return { zip, sha256: codeSha256(zip), size: zip.length, files: Object.keys(files).sort() };
}

let bundled: Promise<Uint8Array> | undefined;

/** The fan-out handler bundled once per process. */
export function bundleFanoutHandler(): Promise<Uint8Array> {
  bundled ??= esbuildHandler();
  bundled.catch(() => {
    bundled = undefined;
  });
  return bundled;
}

async function esbuildHandler(): Promise<Uint8Array> {
  const entry = ownModule('fanout/handler');
  if (!entry) throw new Error('the fan-out handler module is not installed beside c7n-ts');
  const { build } = await import('esbuild');
  const result = await build({ ...LAMBDA_BUNDLE, entryPoints: [entry] });
  const out = result.outputFiles.find((f) => f.path.endsWith('index.mjs'));
  if (!out) throw new Error('esbuild produced no index.mjs');
  return out.contents;
}
