import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import toggle from './toggle-recording.js';

testAction(toggle, {
  resourceType: resource,
  valid: [{}, { enabled: false }],
  invalid: [{ options: { enabled: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: 'starts by default',
      options: {},
      resources: [{ name: 'default' }],
      calls: [
        {
          service: 'config',
          operation: 'StartConfigurationRecorder',
          input: { ConfigurationRecorderName: 'default' },
          resourceIds: ['default'],
        },
      ],
    },
    {
      name: 'stops with enabled: false',
      options: { enabled: false },
      resources: [{ name: 'default' }],
      calls: [{ operation: 'StopConfigurationRecorder', input: { ConfigurationRecorderName: 'default' } }],
    },
  ],
});
