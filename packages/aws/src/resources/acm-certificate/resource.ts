import { awsResource } from '../types.js';

/** Cloud Custodian lists every key type, not only ListCertificates' default RSA_1024/RSA_2048. */
const KEY_TYPES = ['RSA_2048', 'RSA_1024', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'];

export default awsResource({
  type: 'aws.acm-certificate',
  aliases: ['acm-certificate'],
  id: 'CertificateArn',
  name: 'DomainName',
  date: 'CreatedAt',
  taggable: true,
  reportFields: ['CertificateArn', 'DomainName', 'Status', 'NotAfter'],
  permissions: [
    'acm:ListCertificates',
    'acm:DescribeCertificate',
    'acm:ListTagsForCertificate',
    'tag:GetResources',
  ],
  extraFields: ['Tags'],
  doc: {
    summary:
      'ACM certificates of every key type, listed with ListCertificates; each certificate is its DescribeCertificate `Certificate`. Tags come from the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.',
    example: [
      'name: expiring-certificates',
      'resource: aws.acm-certificate',
      'filters:',
      '  - type: value',
      '    key: NotAfter',
      '    value_type: expiration',
      '    op: lt',
      '    value: 30',
    ].join('\n'),
  },
  source: {
    service: 'acm',
    list: {
      operation: 'ListCertificates',
      input: { Includes: { keyTypes: KEY_TYPES } },
      items: 'CertificateSummaryList',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    details: [
      {
        field: 'Certificate',
        operation: 'DescribeCertificate',
        input: { CertificateArn: 'CertificateArn' },
        select: 'Certificate',
        merge: true,
        absentValue: {},
        absent: {},
        permission: 'acm:DescribeCertificate',
      },
    ],
    tags: { kind: 'tagging-api', resourceTypeFilter: 'acm:certificate' },
    arn: { field: 'CertificateArn' },
    configType: 'AWS::ACM::Certificate',
    cfnType: 'AWS::CertificateManager::Certificate',
    health: { service: 'ACM' },
    shape: { service: 'acm', name: 'CertificateDetail' },
  },
});
