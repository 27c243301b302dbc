import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.distribution',
  aliases: ['distribution'],
  id: 'Id',
  name: 'DomainName',
  date: 'LastModifiedTime',
  taggable: true,
  permissions: ['cloudfront:ListDistributions', 'tag:GetResources', 'cloudfront:ListTagsForResource'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'CloudFront web distributions, listed with ListDistributions. Tags come from the Resource Groups Tagging API (GetResources by ARN, 100 a call), as Cloud Custodian marks the type `universal_taggable`. CloudFront is global: the type is the same in every region.',
    example: [
      'name: http-distributions',
      'resource: aws.distribution',
      'filters:',
      '  - DefaultCacheBehavior.ViewerProtocolPolicy: allow-all',
    ].join('\n'),
  },
  source: {
    service: 'cloudfront',
    list: {
      operation: 'ListDistributions',
      items: 'DistributionList.Items',
      pagination: { inputToken: 'Marker', outputToken: 'DistributionList.NextMarker' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'cloudfront:distribution' },
    arn: { field: 'ARN' },
    configType: 'AWS::CloudFront::Distribution',
    metrics: {
      namespace: 'AWS/CloudFront',
      dimension: 'DistributionId',
      field: 'Id',
      fixedDimensions: { Region: 'Global' },
    },
    shield: { arnType: 'distribution', global: true },
    shape: { service: 'cloudfront', name: 'DistributionSummary' },
  },
});
