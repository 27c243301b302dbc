import { type AugmentHook, awsResource } from '../types.js';

/**
 * Cloud Custodian's recorder augment: each recorder gets its DescribeConfigurationRecorderStatus
 * entry as `status` and the region's (last) delivery channel as `deliveryChannel`, one call each
 * per recorder (there is at most one recorder per region).
 */
const statusAndChannel: AugmentHook = async (recorder, send) => {
  const status = await send('DescribeConfigurationRecorderStatus', {
    ConfigurationRecorderNames: [recorder.name],
  });
  const statuses = (status.ConfigurationRecordersStatus ?? []) as unknown[];
  const channels = await send('DescribeDeliveryChannels', {});
  const delivery = (channels.DeliveryChannels ?? []) as unknown[];
  return {
    ...recorder,
    ...(statuses.length && { status: statuses[statuses.length - 1] }),
    ...(delivery.length && { deliveryChannel: delivery[delivery.length - 1] }),
  };
};

export default awsResource({
  type: 'aws.config-recorder',
  aliases: ['config-recorder'],
  id: 'name',
  name: 'name',
  taggable: false,
  reportFields: ['name', 'roleARN'],
  permissions: [
    'config:DescribeConfigurationRecorders',
    'config:DescribeConfigurationRecorderStatus',
    'config:DescribeDeliveryChannels',
  ],
  extraFields: ['status', 'deliveryChannel'],
  doc: {
    summary:
      "AWS Config configuration recorders, listed with DescribeConfigurationRecorders; each gets its recorder status (`status`, from DescribeConfigurationRecorderStatus) and the region's delivery channel (`deliveryChannel`), as Cloud Custodian augments them.",
    example: [
      'name: config-not-recording',
      'resource: aws.config-recorder',
      'filters:',
      '  - status.recording: false',
    ].join('\n'),
  },
  source: {
    service: 'config',
    list: { operation: 'DescribeConfigurationRecorders', items: 'ConfigurationRecorders' },
    augment: statusAndChannel,
    tags: { kind: 'none' },
    arn: { field: 'arn' },
    getByIds: { param: 'ConfigurationRecorderNames', kind: 'list' },
    configType: 'AWS::Config::ConfigurationRecorder',
    shape: { service: 'config', name: 'ConfigurationRecorder' },
  },
});
