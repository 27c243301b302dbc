import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import stages from '../resource.js';
import clientCertificate from './client-certificate.js';

// GetClientCertificates: old1cert (created 2025-01-02) and new2cert (created 2026-11-20).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/client-certificate', import.meta.url)),
  });
const stage = (name: string, cert?: string): Resource => ({
  stageName: name,
  deploymentId: `dep-${name}`,
  restApiId: 'api1',
  ...(cert ? { clientCertificateId: cert } : {}),
});
const resources = () => [stage('prod', 'old1cert'), stage('beta', 'new2cert'), stage('dev')];
const now = Date.parse('2026-12-01T00:00:00Z');

testFilter(clientCertificate, {
  resourceType: stages,
  context: { provider: await replay(), now },
  valid: [{ key: 'createdDate', value_type: 'age', value: 90, op: 'greater-than' }],
  invalid: [{ options: { key: 'createdDate', op: 'older' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'by the age of the certificate',
      options: { key: 'createdDate', value_type: 'age', value: 90, op: 'greater-than' },
      resources: resources(),
      matches: ['dep-prod'],
    },
    {
      name: 'by a field; a stage without a certificate never matches',
      options: { key: 'description', value: 'rotated' },
      resources: resources(),
      matches: ['dep-beta'],
    },
  ],
});

it('keeps the compared value of the certificate', async () => {
  const provider = await replay();
  const ev = clientCertificate.compile(
    { key: 'description', value: 'backend mTLS' },
    { resourceType: stages, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(resources(), { now, provider, region: 'us-east-1' });
  expect(out.map((r) => r['c7n:matched-client-certificate'])).toEqual([{ description: 'backend mTLS' }]);
  expect(provider.clients.session.calls.map((c) => c.operation)).toEqual(['GetClientCertificates']);
});
