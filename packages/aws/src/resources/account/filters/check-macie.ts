import { errorCode } from '../../../query/errors.js';
import { accountSettingFilter, answer } from './_setting.js';

export default accountSettingFilter({
  type: 'check-macie',
  summary:
    "The account's Macie v2 session (GetMacieSession: `status`, `findingPublishingFrequency`, `serviceRole`...; `{}` when access is denied) with its administrator account under `administrator` and `master` (GetAdministratorAccount; `{}` when there is none), matched by value filter options and kept in `c7n:macie`, as Cloud Custodian.",
  example: '- type: check-macie\n  key: status\n  value: ENABLED',
  permission: ['macie2:GetMacieSession', 'macie2:GetAdministratorAccount'],
  annotation: 'c7n:macie',
  async read(send) {
    let info: Record<string, unknown>;
    try {
      info = answer(await send('macie2', 'GetMacieSession', {}));
    } catch (e) {
      if (errorCode(e) !== 'AccessDeniedException') throw e;
      info = {};
    }
    let admin: unknown;
    try {
      admin = (await send('macie2', 'GetAdministratorAccount', {})).administrator;
    } catch (e) {
      const code = errorCode(e);
      if (code !== 'AccessDeniedException' && code !== 'ResourceNotFoundException') throw e;
      admin = {};
    }
    // c7n keeps the older `master` key beside `administrator`, both the same document.
    return { ...info, master: admin, administrator: admin };
  },
});
