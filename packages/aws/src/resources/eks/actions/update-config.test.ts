import { testAction } from '@c7n-ts/core/testing';
import eks from '../resource.js';
import updateConfig from './update-config.js';

// Every UpdateClusterConfig request member but name is an option.
const MEMBERS = [
  'accessConfig',
  'clientRequestToken',
  'computeConfig',
  'controlPlaneScalingConfig',
  'deletionProtection',
  'kubeApiServerConfig',
  'kubeControllerManagerConfig',
  'kubeSchedulerConfig',
  'kubernetesNetworkConfig',
  'logging',
  'remoteNetworkConfig',
  'resourcesVpcConfig',
  'storageConfig',
  'upgradePolicy',
  'zonalShiftConfig',
];
const vpc = { endpointPublicAccess: false, endpointPrivateAccess: true };

testAction(updateConfig, {
  resourceType: eks,
  valid: [
    { resourcesVpcConfig: vpc },
    { logging: { clusterLogging: [] } },
    Object.fromEntries(MEMBERS.map((m) => [m, {}])),
  ],
  invalid: [
    { options: { name: 'other' }, messageId: 'schema' },
    { options: { vpcConfig: vpc }, messageId: 'schema' },
  ],
  cases: [
    {
      name: "the options as given, with each ACTIVE cluster's name",
      options: { resourcesVpcConfig: vpc },
      resources: [
        { name: 'prod', status: 'ACTIVE' },
        { name: 'old', status: 'UPDATING' },
      ],
      calls: [
        {
          service: 'eks',
          operation: 'UpdateClusterConfig',
          input: { name: 'prod', resourcesVpcConfig: vpc },
          resourceIds: ['prod'],
        },
      ],
    },
  ],
});
