import { credentialFilter } from '../../../common/iam/credential-report.js';

export { parseReport, userRecord } from '../../../common/iam/credential-report.js';

export default credentialFilter({
  resources: ['aws.iam-user'],
  summary:
    'IAM users by their row in the account\u2019s credential report (GetCredentialReport, generated with GenerateCredentialReport when missing or older than `report_max_age`), kept in `c7n:credential-report`. `access_keys.*`/`certs.*` keys compare each key or certificate; the matching ones are kept in `c7n:matched-keys`.',
  example:
    '- type: credential\n  key: access_keys.last_used_date\n  value_type: age\n  value: 90\n  op: greater-than',
  rowOf: (report, user) => report.get(String(user.UserName)),
  reads: ['UserName'],
});
