import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';

/**
 * AWS service accounts that write to buckets by design (AWS documents them per region): Elastic
 * Load Balancing access logs, Redshift audit logs and CloudTrail. Cloud Custodian allows them always.
 */
const SERVICE_ACCOUNTS = [
  // Elastic Load Balancing
  '127311923021',
  '033677994240',
  '027434742980',
  '797873946194',
  '098369216593',
  '985666609251',
  '054676820928',
  '897822967062',
  '635631232127',
  '156460612806',
  '652711504416',
  '009996457667',
  '754344448648',
  '582318560864',
  '600734575887',
  '383597477331',
  '114774131450',
  '783225319266',
  '718504428378',
  '076674570225',
  '507241528517',
  '048591011584',
  '190560391635',
  '638102146993',
  '037604701340',
  // Redshift audit logging
  '193672423079',
  '391106570357',
  '262260360010',
  '902366379725',
  '365689465814',
  '313564881002',
  '865932855811',
  '090321488786',
  '760740231472',
  '361669875840',
  '762762565011',
  '404641285394',
  '907379612154',
  '053454850223',
  '210876761215',
  '307160386991',
  '945612479654',
  '915173422425',
  '729911121831',
  '013126148197',
  '075028567923',
  // CloudTrail
  '086441151436',
  '475085895292',
  '388731089494',
  '113285607260',
  '819402241893',
  '977081816279',
  '492519147666',
  '903692715234',
  '284668455005',
  '216624486486',
  '035351147821',
  '859597730677',
  '282025262664',
  '814480443879',
];

export default policyCrossAccount({
  resources: ['aws.s3'],
  permissions: ['s3:GetBucketPolicy'],
  summary:
    "Buckets whose policy (fetched with the bucket) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The AWS service accounts that deliver logs are always allowed. The offending statements are kept in `CrossAccountViolations` (for `set-statements`' `remove: matched`).",
  example:
    "- type: cross-account\n  whitelist:\n    - '112233445566'\n  whitelist_vpce:\n    - vpce-0a1b2c3d",
  policyField: 'Policy',
  nameField: 'Name',
  alwaysAllowed: SERVICE_ACCOUNTS,
  reads: ['Policy'],
});
