import { accountSettingFilter, answer } from './_setting.js';

export default accountSettingFilter({
  type: 'ec2-metadata-defaults',
  summary:
    "The account's default instance metadata settings in the region (EC2 GetInstanceMetadataDefaults, `AccountLevel`: `HttpTokens`, `HttpPutResponseHopLimit`, `HttpEndpoint`, `InstanceMetadataTags`) matched by value filter options, kept in `c7n:EC2MetadataDefaults`. A setting never chosen is absent.",
  example: '- type: ec2-metadata-defaults\n  key: HttpTokens\n  value: optional',
  permission: 'ec2:GetInstanceMetadataDefaults',
  annotation: 'c7n:EC2MetadataDefaults',
  async read(send) {
    return answer(await send('ec2', 'GetInstanceMetadataDefaults', {}), 'AccountLevel');
  },
});
