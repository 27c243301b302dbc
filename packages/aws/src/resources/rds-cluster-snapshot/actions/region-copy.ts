import { regionCopyAction } from '../../rds-snapshot/actions/_region-copy.js';

export default regionCopyAction({
  type: 'aws.rds-cluster-snapshot',
  api: 'DBCluster',
  noun: 'cluster snapshot',
  summary:
    "Copy each cluster snapshot into `target_region` (one CopyDBClusterSnapshot call there per snapshot, named like the source with `:` replaced by `-`). When the target is the policy's own region nothing is copied. A `SnapshotQuotaExceeded` answer is retried, from two minutes apart. As in Cloud Custodian, a policy with a `mode` cannot use it (a Lambda may not live long enough to wait).",
  example:
    '- type: region-copy\n  target_region: us-east-2\n  target_key: alias/dr\n  copy_tags: true\n  tags:\n    OriginRegion: us-east-1',
});
