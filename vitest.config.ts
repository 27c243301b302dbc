import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@c7n-ts/core/testing': src('./packages/core/src/testing/index.ts'),
      '@c7n-ts/core': src('./packages/core/src/index.ts'),
      '@c7n-ts/aws/registry': src('./packages/aws/src/registry.ts'),
      '@c7n-ts/aws': src('./packages/aws/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'policies/**/*.test.ts'],
    pool: 'forks',
    // Test files share each worker's module graph instead of loading the registry (some 1,500
    // modules) again per file: the unit suites take 33 s instead of several minutes. Tests must
    // not depend on module state left by another file (none does; caches are per registry).
    isolate: false,
    testTimeout: 30_000,
    // Tests create SDK clients in-process; the SDK's Node 22 notice (the CLI silences it too)
    // would fill the output without saying anything about the pinned SDK.
    // Empty, NODE_EXTRA_CA_CERTS is not read: a machine's CA bundle there costs each CLI the
    // tests start some 40-60 ms before it runs any code (bench/extra-ca.mjs), and no test
    // makes a TLS connection to anything that bundle would vouch for.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', NODE_EXTRA_CA_CERTS: '' },
  },
});
