import { testAction } from '@c7n-ts/core/testing';
import domains from '../resource.js';
import updateDomainConfig from './update-domain-config.js';

// Every UpdateElasticsearchDomainConfig request member but DomainName is an option.
const MEMBERS = [
  'AccessPolicies',
  'AdvancedOptions',
  'AdvancedSecurityOptions',
  'AutoTuneOptions',
  'AutomatedSnapshotPauseOptions',
  'CognitoOptions',
  'DeploymentStrategyOptions',
  'DomainEndpointOptions',
  'DryRun',
  'EBSOptions',
  'ElasticsearchClusterConfig',
  'EncryptionAtRestOptions',
  'EngineMode',
  'LogPublishingOptions',
  'NodeToNodeEncryptionOptions',
  'SnapshotOptions',
  'UseCase',
  'VPCOptions',
];

testAction(updateDomainConfig, {
  resourceType: domains,
  valid: [
    { EBSOptions: { VolumeType: 'gp3' } },
    { DomainEndpointOptions: { EnforceHTTPS: true } },
    Object.fromEntries(MEMBERS.map((m) => [m, {}])),
  ],
  invalid: [
    { options: { DomainName: 'other' }, messageId: 'schema' },
    { options: { EbsOptions: { VolumeType: 'gp3' } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: "the options as given, with each domain's name",
      options: { EBSOptions: { VolumeType: 'gp3' } },
      resources: [{ DomainName: 'logs' }, { DomainName: 'search' }],
      calls: [
        {
          service: 'es',
          operation: 'UpdateElasticsearchDomainConfig',
          input: { EBSOptions: { VolumeType: 'gp3' }, DomainName: 'logs' },
          resourceIds: ['logs'],
        },
        { input: { EBSOptions: { VolumeType: 'gp3' }, DomainName: 'search' }, resourceIds: ['search'] },
      ],
    },
  ],
});
