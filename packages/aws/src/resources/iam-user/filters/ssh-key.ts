import { userItemsFilter } from '../../../common/iam/user-items-filter.js';

export default userItemsFilter({
  type: 'ssh-key',
  list: 'ListSSHPublicKeys',
  items: 'SSHPublicKeys',
  annotation: 'c7n:SSHKeys',
  matched: 'c7n:matched-ssh-keys',
  summary:
    "IAM users with an SSH public key matching the value options (Status, UploadDate, SSHPublicKeyId): ListSSHPublicKeys per user, kept in `c7n:SSHKeys`; the matching keys are kept in `c7n:matched-ssh-keys` (for delete-ssh-keys' `matched`).",
  example: '- type: ssh-key\n  key: UploadDate\n  value_type: age\n  value: 90\n  op: gt',
});
