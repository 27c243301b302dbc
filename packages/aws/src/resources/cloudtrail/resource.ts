import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.cloudtrail',
  aliases: ['cloudtrail'],
  id: 'TrailARN',
  name: 'Name',
  taggable: true,
  reportFields: [
    'Name',
    'TrailARN',
    'HomeRegion',
    'IsMultiRegionTrail',
    'IsOrganizationTrail',
    'S3BucketName',
  ],
  permissions: ['cloudtrail:DescribeTrails', 'tag:GetResources'],
  extraFields: ['Tags'],
  doc: {
    summary:
      "CloudTrail trails, listed with DescribeTrails (shadow trails included: the other regions' copies of multi-region and organization trails). Tags come from the Resource Groups Tagging API, as Cloud Custodian does.",
    example: [
      'name: trails-without-validation',
      'resource: aws.cloudtrail',
      'filters:',
      '  - LogFileValidationEnabled: false',
    ].join('\n'),
  },
  source: {
    service: 'cloudtrail',
    list: { operation: 'DescribeTrails', items: 'trailList' },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'cloudtrail:trail' },
    arn: { field: 'TrailARN' },
    getByIds: { param: 'trailNameList', kind: 'list' },
    configType: 'AWS::CloudTrail::Trail',
    shape: { service: 'cloudtrail', name: 'Trail' },
  },
});
