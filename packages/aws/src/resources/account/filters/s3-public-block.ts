import { errorCode } from '../../../query/errors.js';
import { accountSettingFilter, answer } from './_setting.js';

export default accountSettingFilter({
  type: 's3-public-block',
  summary:
    "The account's S3 Block Public Access settings (S3 Control GetPublicAccessBlock) matched by value filter options, kept in `c7n:s3-public-block`; `{}` when none is configured.",
  example: '- type: s3-public-block\n  key: BlockPublicPolicy\n  value: true',
  permission: 's3:GetAccountPublicAccessBlock',
  annotation: 'c7n:s3-public-block',
  async read(send, account) {
    try {
      const out = await send('s3-control', 'GetPublicAccessBlock', { AccountId: account.account_id });
      return answer(out, 'PublicAccessBlockConfiguration');
    } catch (e) {
      if (errorCode(e) === 'NoSuchPublicAccessBlockConfiguration') return {};
      throw e;
    }
  },
});
