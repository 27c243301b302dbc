import { testAction } from '@c7n-ts/core/testing';
import ecr from '../resource.js';
import setScanning from './set-scanning.js';

const repo = { registryId: '123456789012', repositoryName: 'app' };

testAction(setScanning, {
  resourceType: ecr,
  valid: [{}, { state: false }],
  invalid: [{ options: { state: 1 }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'scan on push by default',
      options: {},
      resources: [repo],
      calls: [
        {
          service: 'api.ecr',
          operation: 'PutImageScanningConfiguration',
          input: {
            registryId: '123456789012',
            repositoryName: 'app',
            imageScanningConfiguration: { scanOnPush: true },
          },
          resourceIds: ['app'],
        },
      ],
    },
    {
      name: 'off with state false',
      options: { state: false },
      resources: [repo],
      calls: [{ input: { imageScanningConfiguration: { scanOnPush: false } } }],
    },
  ],
});
