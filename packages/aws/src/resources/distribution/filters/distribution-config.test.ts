import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import distribution from '../resource.js';
import distributionConfig from './distribution-config.js';

const flight = fileURLToPath(new URL('../__fixtures__/distribution-config', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const dists = (): Record<string, unknown>[] => [{ Id: 'ELOGGED' }, { Id: 'EGONE' }];

// GetDistributionConfig in call order: ELOGGED logs to S3 with TLSv1, EGONE was deleted (NoSuchDistribution).
testFilter(distributionConfig, {
  resourceType: distribution,
  context: { provider: await provider() },
  valid: [{ key: 'Logging.Enabled', value: true }],
  invalid: [{ options: { key: 'Logging.Enabled', value: true, bogus: 1 }, messageId: 'schema' }],
  cases: [
    {
      name: 'logging enabled',
      options: { key: 'Logging.Enabled', value: true },
      resources: dists(),
      matches: ['ELOGGED'],
    },
    {
      name: 'a deleted distribution reads as {}',
      options: { key: 'Logging', value: 'absent' },
      resources: dists(),
      matches: ['EGONE'],
    },
    {
      name: 'an annotation already there is not read again',
      options: { key: 'ViewerCertificate.MinimumProtocolVersion', op: 'in', value: ['TLSv1', 'SSLv3'] },
      resources: [
        {
          Id: 'EREAD',
          'c7n:distribution-config': { ViewerCertificate: { MinimumProtocolVersion: 'SSLv3' } },
        },
      ],
      matches: ['EREAD'],
    },
  ],
});
