import { regionCopyAction } from './_region-copy.js';

export default regionCopyAction({
  type: 'aws.rds-snapshot',
  api: 'DB',
  noun: 'snapshot',
  summary:
    "Copy each snapshot into `target_region` (one CopyDBSnapshot call there per snapshot, named like the source with `:` replaced by `-`). A copy that already exists counts as done. When the target is the policy's own region nothing is copied. A `SnapshotQuotaExceeded` answer (five copies in flight per region) is retried, from two minutes apart. As in Cloud Custodian, a policy with a `mode` cannot use it (a Lambda may not live long enough to wait).",
  example:
    '- type: region-copy\n  target_region: us-east-2\n  target_key: alias/dr\n  tags:\n    OriginRegion: us-east-1',
});
