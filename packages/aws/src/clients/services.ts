/**
 * Service key (the endpoint prefix, also used by resource declarations and flight files) ->
 * the SDK package and client class. Packages are imported on first use, so a run that only
 * reads S3 never loads the EC2 client.
 */
import { createRequire } from 'node:module';

// SDK modules are used by name (`<Operation>Command`), not by type.
export type SdkModule = Record<string, any>;

const requireCjs = createRequire(import.meta.url);

/**
 * Loads an SDK client package. Under plain Node it is `require`d: the packages are CommonJS
 * without a `type` field, and `import()` of such a file makes Node parse it once more to
 * detect its module format (a quarter of a second for the 1.5 MB EC2 client). In the Lambda
 * bundle, where esbuild defines C7N_TS_BUNDLED, the literal `import()` is what esbuild bundles.
 */
function sdk(pkg: string, viaImport: () => Promise<SdkModule>): Promise<SdkModule> {
  if (process.env.C7N_TS_BUNDLED) return viaImport();
  return Promise.resolve(requireCjs(pkg) as SdkModule);
}

export interface ServiceInfo {
  /** Client class exported by the package, e.g. `EC2Client`. */
  client: string;
  load(): Promise<SdkModule>;
}

export const services: Readonly<Record<string, ServiceInfo>> = {
  // ACM certificates (aws.acm-certificate).
  acm: {
    client: 'ACMClient',
    load: () => sdk('@aws-sdk/client-acm', () => import('@aws-sdk/client-acm')),
  },
  // IAM Access Analyzer findings (iam-analyzer); its endpoint prefix is `access-analyzer`.
  'access-analyzer': {
    client: 'AccessAnalyzerClient',
    load: () => sdk('@aws-sdk/client-accessanalyzer', () => import('@aws-sdk/client-accessanalyzer')),
  },
  // ECR repositories (aws.ecr); its endpoint prefix is `api.ecr`.
  'api.ecr': {
    client: 'ECRClient',
    load: () => sdk('@aws-sdk/client-ecr', () => import('@aws-sdk/client-ecr')),
  },
  // API Gateway REST APIs and stages (aws.rest-api, aws.rest-stage).
  apigateway: {
    client: 'APIGatewayClient',
    load: () => sdk('@aws-sdk/client-api-gateway', () => import('@aws-sdk/client-api-gateway')),
  },
  // Auto Scaling groups and launch configurations (ami and ebs-snapshot `unused`).
  autoscaling: {
    client: 'AutoScalingClient',
    load: () => sdk('@aws-sdk/client-auto-scaling', () => import('@aws-sdk/client-auto-scaling')),
  },
  // AWS Backup recovery points (rds consecutive-aws-backups).
  backup: {
    client: 'BackupClient',
    load: () => sdk('@aws-sdk/client-backup', () => import('@aws-sdk/client-backup')),
  },
  // CloudFormation stacks (aws.cfn).
  cloudformation: {
    client: 'CloudFormationClient',
    load: () => sdk('@aws-sdk/client-cloudformation', () => import('@aws-sdk/client-cloudformation')),
  },
  // CloudFront distributions (aws.distribution); one global endpoint, the SDK resolves it from any region.
  cloudfront: {
    client: 'CloudFrontClient',
    load: () => sdk('@aws-sdk/client-cloudfront', () => import('@aws-sdk/client-cloudfront')),
  },
  // CloudTrail event history (auto-tag-user outside event modes).
  cloudtrail: {
    client: 'CloudTrailClient',
    load: () => sdk('@aws-sdk/client-cloudtrail', () => import('@aws-sdk/client-cloudtrail')),
  },
  // Compute Optimizer recommendations (ec2 compute-optimizer).
  'compute-optimizer': {
    client: 'ComputeOptimizerClient',
    load: () => sdk('@aws-sdk/client-compute-optimizer', () => import('@aws-sdk/client-compute-optimizer')),
  },
  // AWS Config (policies with `source: config`).
  config: {
    client: 'ConfigServiceClient',
    load: () => sdk('@aws-sdk/client-config-service', () => import('@aws-sdk/client-config-service')),
  },
  // Cost Optimization Hub recommendations (cost-optimization); one endpoint, in us-east-1.
  'cost-optimization-hub': {
    client: 'CostOptimizationHubClient',
    load: () =>
      sdk('@aws-sdk/client-cost-optimization-hub', () => import('@aws-sdk/client-cost-optimization-hub')),
  },
  // DynamoDB tables (aws.dynamodb-table).
  dynamodb: {
    client: 'DynamoDBClient',
    load: () => sdk('@aws-sdk/client-dynamodb', () => import('@aws-sdk/client-dynamodb')),
  },
  ec2: { client: 'EC2Client', load: () => sdk('@aws-sdk/client-ec2', () => import('@aws-sdk/client-ec2')) },
  // ECS clusters and services (aws.ecs, aws.ecs-service).
  ecs: {
    client: 'ECSClient',
    load: () => sdk('@aws-sdk/client-ecs', () => import('@aws-sdk/client-ecs')),
  },
  // EKS clusters (aws.eks).
  eks: {
    client: 'EKSClient',
    load: () => sdk('@aws-sdk/client-eks', () => import('@aws-sdk/client-eks')),
  },
  // EFS file systems (aws.efs); its endpoint prefix is `elasticfilesystem`.
  elasticfilesystem: {
    client: 'EFSClient',
    load: () => sdk('@aws-sdk/client-efs', () => import('@aws-sdk/client-efs')),
  },
  // ElastiCache clusters (aws.cache-cluster).
  elasticache: {
    client: 'ElastiCacheClient',
    load: () => sdk('@aws-sdk/client-elasticache', () => import('@aws-sdk/client-elasticache')),
  },
  // Classic load balancers (aws.elb); ELB and ELBv2 share the endpoint prefix
  // `elasticloadbalancing`, so they are keyed by Cloud Custodian's service names.
  elb: {
    client: 'ElasticLoadBalancingClient',
    load: () =>
      sdk('@aws-sdk/client-elastic-load-balancing', () => import('@aws-sdk/client-elastic-load-balancing')),
  },
  // Application, network and gateway load balancers and target groups (aws.app-elb...).
  elbv2: {
    client: 'ElasticLoadBalancingV2Client',
    load: () =>
      sdk(
        '@aws-sdk/client-elastic-load-balancing-v2',
        () => import('@aws-sdk/client-elastic-load-balancing-v2'),
      ),
  },
  // SES v2 (notify's `ses` transport); its endpoint prefix is `email`.
  email: {
    client: 'SESv2Client',
    load: () => sdk('@aws-sdk/client-sesv2', () => import('@aws-sdk/client-sesv2')),
  },
  // EventBridge rules of deployed policies.
  // Elasticsearch / OpenSearch domains (aws.elasticsearch); its endpoint prefix is `es`.
  es: {
    client: 'ElasticsearchServiceClient',
    load: () =>
      sdk('@aws-sdk/client-elasticsearch-service', () => import('@aws-sdk/client-elasticsearch-service')),
  },
  events: {
    client: 'EventBridgeClient',
    load: () => sdk('@aws-sdk/client-eventbridge', () => import('@aws-sdk/client-eventbridge')),
  },
  // AWS Health affected entities (phd mode); one global endpoint, in us-east-1.
  health: {
    client: 'HealthClient',
    load: () => sdk('@aws-sdk/client-health', () => import('@aws-sdk/client-health')),
  },
  // Role lookups (ec2 iam-role-tag-mirror).
  iam: { client: 'IAMClient', load: () => sdk('@aws-sdk/client-iam', () => import('@aws-sdk/client-iam')) },
  // KMS key lookups (s3 bucket-encryption `key`).
  kms: { client: 'KMSClient', load: () => sdk('@aws-sdk/client-kms', () => import('@aws-sdk/client-kms')) },
  lambda: {
    client: 'LambdaClient',
    load: () => sdk('@aws-sdk/client-lambda', () => import('@aws-sdk/client-lambda')),
  },
  // Log groups of deployed functions (created tagged, removed with them).
  logs: {
    client: 'CloudWatchLogsClient',
    load: () => sdk('@aws-sdk/client-cloudwatch-logs', () => import('@aws-sdk/client-cloudwatch-logs')),
  },
  // CloudWatch (the metrics filter and the put-metric action); its endpoint prefix is `monitoring`.
  monitoring: {
    client: 'CloudWatchClient',
    load: () => sdk('@aws-sdk/client-cloudwatch', () => import('@aws-sdk/client-cloudwatch')),
  },
  // The account's organization (aws.account organization).
  organizations: {
    client: 'OrganizationsClient',
    load: () => sdk('@aws-sdk/client-organizations', () => import('@aws-sdk/client-organizations')),
  },
  rds: { client: 'RDSClient', load: () => sdk('@aws-sdk/client-rds', () => import('@aws-sdk/client-rds')) },
  s3: { client: 'S3Client', load: () => sdk('@aws-sdk/client-s3', () => import('@aws-sdk/client-s3')) },
  // The account's S3 public access block (aws.account s3-public-block).
  's3-control': {
    client: 'S3ControlClient',
    load: () => sdk('@aws-sdk/client-s3-control', () => import('@aws-sdk/client-s3-control')),
  },
  // Redshift clusters (aws.redshift).
  redshift: {
    client: 'RedshiftClient',
    load: () => sdk('@aws-sdk/client-redshift', () => import('@aws-sdk/client-redshift')),
  },
  // Route 53 hosted zones and record sets (aws.hostedzone, aws.rrset); one global endpoint.
  route53: {
    client: 'Route53Client',
    load: () => sdk('@aws-sdk/client-route-53', () => import('@aws-sdk/client-route-53')),
  },
  // EventBridge Scheduler schedules of schedule-mode policies.
  scheduler: {
    client: 'SchedulerClient',
    load: () => sdk('@aws-sdk/client-scheduler', () => import('@aws-sdk/client-scheduler')),
  },
  // Secrets Manager secrets (aws.secrets-manager).
  secretsmanager: {
    client: 'SecretsManagerClient',
    load: () => sdk('@aws-sdk/client-secrets-manager', () => import('@aws-sdk/client-secrets-manager')),
  },
  // Security Hub (post-finding).
  securityhub: {
    client: 'SecurityHubClient',
    load: () => sdk('@aws-sdk/client-securityhub', () => import('@aws-sdk/client-securityhub')),
  },
  // Shield Advanced protections (shield-enabled, set-shield); global, called in us-east-1 as c7n does.
  shield: {
    client: 'ShieldClient',
    load: () => sdk('@aws-sdk/client-shield', () => import('@aws-sdk/client-shield')),
  },
  // SNS topics (s3 attach-encrypt's `topic`).
  sns: { client: 'SNSClient', load: () => sdk('@aws-sdk/client-sns', () => import('@aws-sdk/client-sns')) },
  // notify's `sqs` transport (c7n-mailer's queue).
  sqs: { client: 'SQSClient', load: () => sdk('@aws-sdk/client-sqs', () => import('@aws-sdk/client-sqs')) },
  // Systems Manager (ec2 ssm, ssm-compliance, ssm-inventory, send-command, aws.ssm-parameter).
  ssm: { client: 'SSMClient', load: () => sdk('@aws-sdk/client-ssm', () => import('@aws-sdk/client-ssm')) },
  // Step Functions (invoke-sfn); its endpoint prefix is `states`.
  states: {
    client: 'SFNClient',
    load: () => sdk('@aws-sdk/client-sfn', () => import('@aws-sdk/client-sfn')),
  },
  sts: { client: 'STSClient', load: () => sdk('@aws-sdk/client-sts', () => import('@aws-sdk/client-sts')) },
  // Trusted Advisor (ebs fault-tolerant); one global endpoint, the SDK resolves it from any region.
  support: {
    client: 'SupportClient',
    load: () => sdk('@aws-sdk/client-support', () => import('@aws-sdk/client-support')),
  },
  // WAFv2 web ACLs (aws.wafv2, rest-stage wafv2-enabled and set-wafv2).
  wafv2: {
    client: 'WAFV2Client',
    load: () => sdk('@aws-sdk/client-wafv2', () => import('@aws-sdk/client-wafv2')),
  },
  tagging: {
    client: 'ResourceGroupsTaggingAPIClient',
    load: () =>
      sdk(
        '@aws-sdk/client-resource-groups-tagging-api',
        () => import('@aws-sdk/client-resource-groups-tagging-api'),
      ),
  },
};

export function serviceInfo(service: string): ServiceInfo {
  const info = services[service];
  if (!info) {
    throw new Error(
      `no AWS client known for service "${service}"; add it to packages/aws/src/clients/services.ts`,
    );
  }
  return info;
}
