import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.ami',
  aliases: ['ami'],
  id: 'ImageId',
  name: 'Name',
  date: 'CreationDate',
  taggable: true,
  reportFields: ['ImageId', 'Name', 'CreationDate'],
  permissions: ['ec2:DescribeImages'],
  doc: {
    summary:
      "Machine images owned by the account: DescribeImages with `Owners: ['self']` unless the policy's query names other owners.",
    example: ['name: ami-public', 'resource: aws.ami', 'filters:', '  - Public: true'].join('\n'),
  },
  // Merged into DescribeImages' input, last entry wins (Cloud Custodian's merge_dict_list).
  query: {
    kind: 'params',
    label: 'AMI',
    params: {
      DryRun: 'boolean',
      ExecutableUsers: 'any',
      Filters: 'any',
      ImageIds: 'any',
      IncludeDeprecated: 'boolean',
      IncludeDisabled: 'boolean',
      MaxResults: 'integer',
      NextToken: 'string',
      Owners: 'any',
    },
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeImages',
      input: { Owners: ['self'] },
      items: 'Images',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'image', separator: '/', idField: 'ImageId' },
    getByIds: {
      param: 'ImageIds',
      kind: 'list',
      // "The image ids '[ami-1, ami-2]' do not exist" / 'Invalid id: "ami-x"'
      badId: { 'InvalidAMIID.NotFound': /'\[(.*)\]'/, 'InvalidAMIID.Malformed': /"(.*)"/ },
    },
    idPrefix: 'ami-',
    shape: { service: 'ec2', name: 'Image' },
  },
});
