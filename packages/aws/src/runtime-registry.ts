/**
 * The registry of everything c7n-ts declares for AWS: core filters and modes, the AWS resource
 * types, their own filters and actions, and the families attached to every taggable type.
 */
import type { CatalogueInput, Registry } from '@c7n-ts/core';
import { composeAws } from './compose.js';
import * as account from './resources/account/index.js';
import * as acmCertificate from './resources/acm-certificate/index.js';
import * as ami from './resources/ami/index.js';
import * as appElb from './resources/app-elb/index.js';
import * as appElbTargetGroup from './resources/app-elb-target-group/index.js';
import * as asg from './resources/asg/index.js';
import * as cacheCluster from './resources/cache-cluster/index.js';
import * as cfn from './resources/cfn/index.js';
import * as cloudtrail from './resources/cloudtrail/index.js';
import * as configRecorder from './resources/config-recorder/index.js';
import * as distribution from './resources/distribution/index.js';
import * as dynamodbTable from './resources/dynamodb-table/index.js';
import * as ebs from './resources/ebs/index.js';
import * as ebsSnapshot from './resources/ebs-snapshot/index.js';
import * as ec2 from './resources/ec2/index.js';
import * as ecr from './resources/ecr/index.js';
import * as ecs from './resources/ecs/index.js';
import * as ecsService from './resources/ecs-service/index.js';
import * as efs from './resources/efs/index.js';
import * as eks from './resources/eks/index.js';
import * as elasticsearch from './resources/elasticsearch/index.js';
import * as elb from './resources/elb/index.js';
import * as eni from './resources/eni/index.js';
import * as hostedzone from './resources/hostedzone/index.js';
import * as iamGroup from './resources/iam-group/index.js';
import * as iamPolicy from './resources/iam-policy/index.js';
import * as iamProfile from './resources/iam-profile/index.js';
import * as iamRole from './resources/iam-role/index.js';
import * as iamUser from './resources/iam-user/index.js';
import * as internetGateway from './resources/internet-gateway/index.js';
import * as keyPair from './resources/key-pair/index.js';
import * as kms from './resources/kms/index.js';
import * as kmsKey from './resources/kms-key/index.js';
import * as lambda from './resources/lambda/index.js';
import * as logGroup from './resources/log-group/index.js';
import * as natGateway from './resources/nat-gateway/index.js';
import * as networkAddr from './resources/network-addr/index.js';
import * as orgAccount from './resources/org-account/index.js';
import * as rds from './resources/rds/index.js';
import * as rdsCluster from './resources/rds-cluster/index.js';
import * as rdsClusterSnapshot from './resources/rds-cluster-snapshot/index.js';
import * as rdsSnapshot from './resources/rds-snapshot/index.js';
import * as redshift from './resources/redshift/index.js';
import * as restApi from './resources/rest-api/index.js';
import * as restStage from './resources/rest-stage/index.js';
import * as routeTable from './resources/route-table/index.js';
import * as rrset from './resources/rrset/index.js';
import * as s3 from './resources/s3/index.js';
import * as secretsManager from './resources/secrets-manager/index.js';
import * as securityGroup from './resources/security-group/index.js';
import * as sns from './resources/sns/index.js';
import * as sqs from './resources/sqs/index.js';
import * as ssmParameter from './resources/ssm-parameter/index.js';
import * as subnet from './resources/subnet/index.js';
import * as vpc from './resources/vpc/index.js';
import * as vpcEndpoint from './resources/vpc-endpoint/index.js';
import * as wafv2 from './resources/wafv2/index.js';

const resourceFolders = [
  account,
  acmCertificate,
  ami,
  appElb,
  appElbTargetGroup,
  asg,
  cacheCluster,
  cfn,
  cloudtrail,
  configRecorder,
  distribution,
  dynamodbTable,
  ebs,
  ebsSnapshot,
  ec2,
  ecr,
  ecs,
  ecsService,
  efs,
  eks,
  elasticsearch,
  elb,
  eni,
  hostedzone,
  iamGroup,
  iamPolicy,
  iamProfile,
  iamRole,
  iamUser,
  internetGateway,
  keyPair,
  kms,
  kmsKey,
  lambda,
  logGroup,
  natGateway,
  networkAddr,
  orgAccount,
  rds,
  rdsCluster,
  rdsClusterSnapshot,
  rdsSnapshot,
  redshift,
  restApi,
  restStage,
  routeTable,
  rrset,
  s3,
  secretsManager,
  securityGroup,
  sns,
  sqs,
  ssmParameter,
  subnet,
  vpc,
  vpcEndpoint,
  wafv2,
];

/**
 * The registry without Cloud Custodian's catalogue: what a deployed function needs (its policy
 * was validated when packaged), without 80 KB of names in every Lambda archive.
 */
export function runtimeRegistry(catalogue?: CatalogueInput | (() => CatalogueInput)): Registry {
  return composeAws(resourceFolders, { ...(catalogue && { catalogue }) });
}
