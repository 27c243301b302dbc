import { awsResource } from '../types.js';
import { describeDomains } from './describe-domains.js';

export default awsResource({
  type: 'aws.elasticsearch',
  aliases: ['elasticsearch'],
  id: 'DomainName',
  // Cloud Custodian names the field `Name`, which domains do not have; the id is what names one.
  name: 'DomainName',
  reportFields: ['DomainName', 'ElasticsearchVersion', 'Endpoint', 'Processing', 'Deleted'],
  taggable: true,
  permissions: ['es:ListDomainNames', 'es:DescribeElasticsearchDomains', 'es:ListTags'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'Elasticsearch and OpenSearch domains, listed with ListDomainNames (a policy `query` such as `[{EngineType: OpenSearch}]` is sent with it), described with DescribeElasticsearchDomains 5 names a call, and tagged with ListTags per domain, as Cloud Custodian does.',
    example: [
      'name: public-domains',
      'resource: aws.elasticsearch',
      'filters:',
      '  - VPCOptions: absent',
    ].join('\n'),
  },
  // Merged into ListDomainNames' input, last entry wins (Cloud Custodian's merge_dict_list).
  query: { kind: 'params', label: 'Elasticsearch', params: { EngineType: ['OpenSearch', 'Elasticsearch'] } },
  source: {
    service: 'es',
    list: { operation: 'ListDomainNames', items: 'DomainNames' },
    augmentAll: describeDomains,
    tags: { kind: 'augment' },
    arn: { field: 'ARN' },
    configType: 'AWS::Elasticsearch::Domain',
    tagging: 'es',
    metrics: { namespace: 'AWS/ES', dimension: 'DomainName', accountDimension: 'ClientId' },
    kmsKeyPath: 'EncryptionAtRestOptions.KmsKeyId',
    shape: { service: 'es', name: 'ElasticsearchDomainStatus' },
  },
});
