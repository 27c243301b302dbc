/** The AWS resource types c7n-ts declares, sorted by type name. */
import ami from './ami/resource.js';
import asg from './asg/resource.js';
import ebs from './ebs/resource.js';
import ebsSnapshot from './ebs-snapshot/resource.js';
import ec2 from './ec2/resource.js';
import networkAddr from './network-addr/resource.js';
import rds from './rds/resource.js';
import rdsSnapshot from './rds-snapshot/resource.js';
import s3 from './s3/resource.js';
import securityGroup from './security-group/resource.js';
import type { AwsResourceType } from './types.js';

export const awsResources: readonly AwsResourceType[] = [
  ami,
  asg,
  ebs,
  ebsSnapshot,
  ec2,
  networkAddr,
  rds,
  rdsSnapshot,
  s3,
  securityGroup,
];

export * from './types.js';
