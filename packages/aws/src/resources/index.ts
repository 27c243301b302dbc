/** The AWS resource types c7n-ts declares, sorted by type name. */
import account from './account/resource.js';
import acmCertificate from './acm-certificate/resource.js';
import ami from './ami/resource.js';
import appElb from './app-elb/resource.js';
import appElbTargetGroup from './app-elb-target-group/resource.js';
import asg from './asg/resource.js';
import cacheCluster from './cache-cluster/resource.js';
import cfn from './cfn/resource.js';
import cloudtrail from './cloudtrail/resource.js';
import configRecorder from './config-recorder/resource.js';
import distribution from './distribution/resource.js';
import dynamodbTable from './dynamodb-table/resource.js';
import ebs from './ebs/resource.js';
import ebsSnapshot from './ebs-snapshot/resource.js';
import ec2 from './ec2/resource.js';
import ecr from './ecr/resource.js';
import ecs from './ecs/resource.js';
import ecsService from './ecs-service/resource.js';
import efs from './efs/resource.js';
import eks from './eks/resource.js';
import elasticsearch from './elasticsearch/resource.js';
import elb from './elb/resource.js';
import eni from './eni/resource.js';
import hostedzone from './hostedzone/resource.js';
import iamGroup from './iam-group/resource.js';
import iamPolicy from './iam-policy/resource.js';
import iamProfile from './iam-profile/resource.js';
import iamRole from './iam-role/resource.js';
import iamUser from './iam-user/resource.js';
import internetGateway from './internet-gateway/resource.js';
import keyPair from './key-pair/resource.js';
import kms from './kms/resource.js';
import kmsKey from './kms-key/resource.js';
import lambda from './lambda/resource.js';
import logGroup from './log-group/resource.js';
import natGateway from './nat-gateway/resource.js';
import networkAddr from './network-addr/resource.js';
import orgAccount from './org-account/resource.js';
import rds from './rds/resource.js';
import rdsCluster from './rds-cluster/resource.js';
import rdsClusterSnapshot from './rds-cluster-snapshot/resource.js';
import rdsSnapshot from './rds-snapshot/resource.js';
import redshift from './redshift/resource.js';
import restApi from './rest-api/resource.js';
import restStage from './rest-stage/resource.js';
import routeTable from './route-table/resource.js';
import rrset from './rrset/resource.js';
import s3 from './s3/resource.js';
import secretsManager from './secrets-manager/resource.js';
import securityGroup from './security-group/resource.js';
import sns from './sns/resource.js';
import sqs from './sqs/resource.js';
import ssmParameter from './ssm-parameter/resource.js';
import subnet from './subnet/resource.js';
import type { AwsResourceType } from './types.js';
import vpc from './vpc/resource.js';
import vpcEndpoint from './vpc-endpoint/resource.js';
import wafv2 from './wafv2/resource.js';

export const awsResources: readonly AwsResourceType[] = [
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

export * from './types.js';
