import { errorCode } from '../../../query/errors.js';
import { accountSettingFilter, answer } from './_setting.js';

export default accountSettingFilter({
  type: 'organization',
  summary:
    "The account's organization (Organizations DescribeOrganization: `Id`, `FeatureSet`, `MasterAccountId`...) matched by value filter options, kept in `c7n:org`; `{}` outside an organization. As in Cloud Custodian, when the call is refused (access denied) nothing matches.",
  example: '- type: organization\n  key: Id\n  value: absent',
  permission: 'organizations:DescribeOrganization',
  annotation: 'c7n:org',
  async read(send) {
    try {
      return answer(await send('organizations', 'DescribeOrganization', {}), 'Organization');
    } catch (e) {
      const code = errorCode(e);
      if (code === 'AWSOrganizationsNotInUseException') return {};
      // Cloud Custodian logs any other AWS error and matches nothing.
      if (code !== undefined) return null;
      throw e;
    }
  },
});
