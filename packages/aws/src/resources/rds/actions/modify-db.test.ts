import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import modifyDb from './modify-db.js';

const db = {
  DBInstanceIdentifier: 'db-1',
  DeletionProtection: true,
  PubliclyAccessible: false,
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1' }],
  Endpoint: { Port: 5432 },
  EnabledCloudwatchLogsExports: ['error'],
};

testAction(modifyDb, {
  resourceType: rds,
  valid: [
    { update: [{ property: 'DeletionProtection', value: false }], immediate: true },
    {
      update: [
        { property: 'MonitoringInterval', value: 60 },
        { property: 'MonitoringRoleARN', value: 'arn:aws:iam::1:role/m' },
      ],
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    {
      options: { update: [{ property: 'Color', value: 'red' }] },
      messageId: 'schema',
      path: ['update', '0', 'property'],
    },
    {
      options: { update: [{ property: 'MonitoringInterval', value: 60 }] },
      messageId: 'monitoring-role',
      path: ['update', 0, 'value'],
    },
    {
      options: { update: [{ property: 'CloudwatchLogsExportConfiguration', value: { Logs: ['error'] } }] },
      messageId: 'log-types',
      path: ['update', 0, 'value'],
    },
  ],
  cases: [
    {
      name: 'sends only the properties whose current value differs',
      options: {
        update: [
          { property: 'DeletionProtection', value: false },
          { property: 'PubliclyAccessible', value: false },
          { property: 'VpcSecurityGroupIds', value: ['sg-1'] },
          { property: 'DBPortNumber', value: 3306 },
        ],
        immediate: true,
      },
      resources: [db],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: {
            DeletionProtection: false,
            DBPortNumber: 3306,
            ApplyImmediately: true,
            DBInstanceIdentifier: 'db-1',
          },
          resourceIds: ['db-1'],
          describe: 'set DeletionProtection=false, DBPortNumber=3306 on db-1 now',
        },
      ],
    },
    {
      name: 'makes no call when nothing differs',
      options: { update: [{ property: 'VpcSecurityGroupIds', value: ['sg-1'] }] },
      resources: [db],
      calls: [],
    },
    {
      name: 'always sends log export changes, whose shape differs from the describe output',
      options: {
        update: [{ property: 'CloudwatchLogsExportConfiguration', value: { EnableLogTypes: ['error'] } }],
      },
      resources: [db],
      calls: [
        {
          input: {
            CloudwatchLogsExportConfiguration: { EnableLogTypes: ['error'] },
            ApplyImmediately: false,
          },
        },
      ],
    },
  ],
});
