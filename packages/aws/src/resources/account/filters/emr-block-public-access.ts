import { accountSettingFilter, answer } from './_setting.js';

export default accountSettingFilter({
  type: 'emr-block-public-access',
  summary:
    "The region's EMR block public access configuration (GetBlockPublicAccessConfiguration: `BlockPublicAccessConfiguration` with `BlockPublicSecurityGroupRules` and `PermittedPublicSecurityGroupRuleRanges`, and its metadata) matched by value filter options, kept in `c7n:emr-block-public-access`.",
  example: [
    '- type: emr-block-public-access',
    '  key: BlockPublicAccessConfiguration.BlockPublicSecurityGroupRules',
    '  value: false',
  ].join('\n'),
  permission: 'elasticmapreduce:GetBlockPublicAccessConfiguration',
  annotation: 'c7n:emr-block-public-access',
  async read(send) {
    // As c7n: an error reading the configuration fails the policy.
    return answer(await send('elasticmapreduce', 'GetBlockPublicAccessConfiguration', {}));
  },
});
