import { credentialFilter } from '../../../common/iam/credential-report.js';

/** The root user's row of the credential report, as Cloud Custodian names it. */
const ROOT = '<root_account>';

export default credentialFilter({
  resources: ['aws.account'],
  summary:
    'The account by its root user\u2019s row (`<root_account>`) in the IAM credential report (GetCredentialReport, generated with GenerateCredentialReport when missing or older than `report_max_age`), kept in `c7n:credential-report`: root access keys, root MFA, root password use. `access_keys.*`/`certs.*` keys compare each root key or certificate; the matching ones are kept in `c7n:matched-keys`.',
  example: '- type: credential\n  key: access_keys.active\n  value: true',
  rowOf: (report) => report.get(ROOT),
  reads: [],
});
