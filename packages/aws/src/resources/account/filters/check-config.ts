import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

type Recorder = {
  name?: string;
  recordingGroup?: { allSupported?: boolean; includeGlobalResourceTypes?: boolean };
};
type RecorderStatus = { name?: string; recording?: boolean; lastStatus?: string };

export default defineFilter({
  type: 'check-config',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'all-resources': {
        type: 'boolean',
        description: 'Only recorders that record all supported resource types count.',
      },
      'global-resources': {
        type: 'boolean',
        description: 'Only recorders that include global resource types (IAM) count.',
      },
      running: {
        type: 'boolean',
        description:
          'true (the default): only recorders that are recording, their last status `PENDING` or `SUCCESS`, count.',
      },
    },
  } as const,
  permissions: [
    'config:DescribeDeliveryChannels',
    'config:DescribeConfigurationRecorders',
    'config:DescribeConfigurationRecorderStatus',
  ],
  doc: {
    summary:
      "Accounts where AWS Config is NOT set up in the region as asked: matches unless there is a delivery channel and a configuration recorder meeting the options. Recorders and channels are kept in `c7n:config_recorders` and `c7n:config_channels`, the recorders' status in `c7n:config_status`, as Cloud Custodian.",
    example: [
      '- type: check-config',
      '  all-resources: true',
      '  global-resources: true',
      '  running: true',
    ].join('\n'),
  },
  reads: () => [],
  compile(opts) {
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const send = (operation: string) => p.send('config', operation, {}, region);
        const channels = ((await send('DescribeDeliveryChannels')).DeliveryChannels as unknown[]) ?? [];
        let recorders =
          ((await send('DescribeConfigurationRecorders')).ConfigurationRecorders as Recorder[]) ?? [];
        const [first] = accounts;
        if (first) {
          first['c7n:config_recorders'] = recorders;
          first['c7n:config_channels'] = channels;
        }
        if (opts['global-resources'])
          recorders = recorders.filter((r) => r.recordingGroup?.includeGlobalResourceTypes);
        if (opts['all-resources']) recorders = recorders.filter((r) => r.recordingGroup?.allSupported);
        if ((opts.running ?? true) && recorders.length) {
          const listed = ((await send('DescribeConfigurationRecorderStatus')).ConfigurationRecordersStatus ??
            []) as RecorderStatus[];
          const status = Object.fromEntries(listed.map((s) => [String(s.name), s]));
          if (first) first['c7n:config_status'] = status;
          recorders = recorders.filter((r) => {
            const s = status[String(r.name)];
            return (
              Boolean(s?.recording) && ['pending', 'success'].includes(String(s?.lastStatus).toLowerCase())
            );
          });
        }
        return channels.length && recorders.length ? [] : accounts;
      },
    };
  },
});
