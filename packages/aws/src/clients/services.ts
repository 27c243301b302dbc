/**
 * Service key (the endpoint prefix, also used by resource declarations and flight files) ->
 * the SDK package and client class. Packages are imported on first use, so a run that only
 * reads S3 never loads the EC2 client.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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
  const slim = typeof C7N_TS_SLIM_CLIENTS === 'string' ? slimClients()[pkg] : undefined;
  if (slim) {
    const mod = slimSdk(pkg, fileURLToPath(new URL(slim.file, import.meta.url)), slim.version);
    if (mod) return Promise.resolve(mod);
  }
  return Promise.resolve(requireCjs(pkg) as SdkModule);
}

/**
 * Slim client modules written by the CLI build (packages/cli/scripts/bundle.mjs defines this in
 * its bundle): SDK package -> the module's path from the bundle's script and the package version
 * it was built from. Each holds the client class and the Commands of the operations the
 * registry's elements declare, and none of the package's other operations, schemas, paginators
 * or waiters (issue 17: the EC2 client took 35 MB of a small run's 127 MB).
 */
declare const C7N_TS_SLIM_CLIENTS: string | undefined;

interface SlimClient {
  file: string;
  version: string;
}

let slimManifest: Readonly<Record<string, SlimClient>> | undefined;

function slimClients(): Readonly<Record<string, SlimClient>> {
  slimManifest ??= JSON.parse(C7N_TS_SLIM_CLIENTS as string) as Record<string, SlimClient>;
  return slimManifest;
}

/**
 * The slim module of `pkg` in `file` (clients/slim.ts's `slimClientModule`: a function of the
 * `require` its SDK imports resolve with, here the package's own, so it shares the package's
 * @smithy and @aws-sdk/core). A name it lacks, such as the Command of an operation no
 * permission names, is taken from the full package, loaded then: every call still works, sent
 * through the slim client class. Undefined when the installed package is not the version the
 * module was built from, or the module is gone.
 */
export function slimSdk(pkg: string, file: string, version: string): SdkModule | undefined {
  const manifest = requireCjs.resolve(`${pkg}/package.json`);
  if ((requireCjs(manifest) as { version?: string }).version !== version) return undefined;
  let slim: SdkModule;
  try {
    slim = (requireCjs(file) as (req: NodeJS.Require) => SdkModule)(createRequire(manifest));
  } catch {
    // A later build removed this one's files while the run went on (scripts/bundle.mjs).
    return undefined;
  }
  let full: SdkModule | undefined;
  return new Proxy(slim, {
    get(target, key, receiver) {
      if (typeof key !== 'string' || key in target || !FROM_FULL.test(key))
        return Reflect.get(target, key, receiver);
      full ??= requireCjs(pkg) as SdkModule;
      return full[key];
    },
  });
}

/**
 * Names a slim module takes from the full package: its exports (classes, paginators, waiters),
 * not what a caller probes on any object (`then` when the module resolves a promise).
 */
const FROM_FULL = /^(?:[A-Z]|paginate[A-Z]|waitFor[A-Z]|waitUntil[A-Z])/;

export interface ServiceInfo {
  /** Client class exported by the package, e.g. `EC2Client`. */
  client: string;
  /** The SDK package, e.g. `@aws-sdk/client-ec2` (what a Lambda bundle keeps for this service). */
  package: string;
  load(): Promise<SdkModule>;
}

/**
 * A service's entry. `viaImport` must be a literal `import()` of `pkg`, for esbuild to bundle.
 * `extraCommands` loads a module whose `commands(sdk)` returns Command classes for operations the
 * published SDK lacks, added to the module beside its own (sent through the same client).
 */
function client(
  name: string,
  pkg: string,
  viaImport: () => Promise<SdkModule>,
  extraCommands?: () => Promise<{ commands(mod: SdkModule): SdkModule }>,
): ServiceInfo {
  if (!extraCommands) return { client: name, package: pkg, load: () => sdk(pkg, viaImport) };
  let extended: Promise<SdkModule> | undefined;
  const load = () => {
    extended ??= Promise.all([sdk(pkg, viaImport), extraCommands()]).then(([mod, extra]) => ({
      ...mod,
      ...extra.commands(mod),
    }));
    return extended;
  };
  return { client: name, package: pkg, load };
}

export const services: Readonly<Record<string, ServiceInfo>> = {
  // ACM certificates (aws.acm-certificate).
  acm: client('ACMClient', '@aws-sdk/client-acm', () => import('@aws-sdk/client-acm')),
  // IAM Access Analyzer findings (iam-analyzer); its endpoint prefix is `access-analyzer`.
  'access-analyzer': client(
    'AccessAnalyzerClient',
    '@aws-sdk/client-accessanalyzer',
    () => import('@aws-sdk/client-accessanalyzer'),
  ),
  // ECR repositories (aws.ecr); its endpoint prefix is `api.ecr`.
  'api.ecr': client('ECRClient', '@aws-sdk/client-ecr', () => import('@aws-sdk/client-ecr')),
  // API Gateway REST APIs and stages (aws.rest-api, aws.rest-stage).
  apigateway: client(
    'APIGatewayClient',
    '@aws-sdk/client-api-gateway',
    () => import('@aws-sdk/client-api-gateway'),
  ),
  // Application Auto Scaling scalable targets (ecs-service resize); its endpoint prefix is `application-autoscaling`.
  'application-autoscaling': client(
    'ApplicationAutoScalingClient',
    '@aws-sdk/client-application-auto-scaling',
    () => import('@aws-sdk/client-application-auto-scaling'),
  ),
  // Auto Scaling groups and launch configurations (ami and ebs-snapshot `unused`).
  autoscaling: client(
    'AutoScalingClient',
    '@aws-sdk/client-auto-scaling',
    () => import('@aws-sdk/client-auto-scaling'),
  ),
  // AWS Backup recovery points (rds consecutive-aws-backups).
  backup: client('BackupClient', '@aws-sdk/client-backup', () => import('@aws-sdk/client-backup')),
  // Bedrock model invocation logging (account bedrock-model-invocation-logging and its set- action).
  bedrock: client('BedrockClient', '@aws-sdk/client-bedrock', () => import('@aws-sdk/client-bedrock')),
  // CloudFormation stacks (aws.cfn).
  cloudformation: client(
    'CloudFormationClient',
    '@aws-sdk/client-cloudformation',
    () => import('@aws-sdk/client-cloudformation'),
  ),
  // CloudFront distributions (aws.distribution); one global endpoint, the SDK resolves it from any region.
  cloudfront: client(
    'CloudFrontClient',
    '@aws-sdk/client-cloudfront',
    () => import('@aws-sdk/client-cloudfront'),
  ),
  // CloudTrail event history (auto-tag-user outside event modes).
  cloudtrail: client(
    'CloudTrailClient',
    '@aws-sdk/client-cloudtrail',
    () => import('@aws-sdk/client-cloudtrail'),
  ),
  // Compute Optimizer recommendations (ec2 compute-optimizer).
  'compute-optimizer': client(
    'ComputeOptimizerClient',
    '@aws-sdk/client-compute-optimizer',
    () => import('@aws-sdk/client-compute-optimizer'),
  ),
  // AWS Config (policies with `source: config`).
  config: client(
    'ConfigServiceClient',
    '@aws-sdk/client-config-service',
    () => import('@aws-sdk/client-config-service'),
  ),
  // Cost Optimization Hub recommendations (cost-optimization); one endpoint, in us-east-1.
  'cost-optimization-hub': client(
    'CostOptimizationHubClient',
    '@aws-sdk/client-cost-optimization-hub',
    () => import('@aws-sdk/client-cost-optimization-hub'),
  ),
  // DynamoDB tables (aws.dynamodb-table).
  dynamodb: client('DynamoDBClient', '@aws-sdk/client-dynamodb', () => import('@aws-sdk/client-dynamodb')),
  ec2: client('EC2Client', '@aws-sdk/client-ec2', () => import('@aws-sdk/client-ec2')),
  // ECS clusters and services (aws.ecs, aws.ecs-service).
  ecs: client('ECSClient', '@aws-sdk/client-ecs', () => import('@aws-sdk/client-ecs')),
  // EKS clusters (aws.eks).
  eks: client('EKSClient', '@aws-sdk/client-eks', () => import('@aws-sdk/client-eks')),
  // EFS file systems (aws.efs); its endpoint prefix is `elasticfilesystem`.
  elasticfilesystem: client('EFSClient', '@aws-sdk/client-efs', () => import('@aws-sdk/client-efs')),
  // ElastiCache clusters (aws.cache-cluster).
  elasticache: client(
    'ElastiCacheClient',
    '@aws-sdk/client-elasticache',
    () => import('@aws-sdk/client-elasticache'),
  ),
  // EMR block public access (account emr-block-public-access); endpoint prefix `elasticmapreduce`.
  elasticmapreduce: client('EMRClient', '@aws-sdk/client-emr', () => import('@aws-sdk/client-emr')),
  // Classic load balancers (aws.elb); ELB and ELBv2 share the endpoint prefix
  // `elasticloadbalancing`, so they are keyed by Cloud Custodian's service names.
  elb: client(
    'ElasticLoadBalancingClient',
    '@aws-sdk/client-elastic-load-balancing',
    () => import('@aws-sdk/client-elastic-load-balancing'),
  ),
  // Application, network and gateway load balancers and target groups (aws.app-elb...).
  elbv2: client(
    'ElasticLoadBalancingV2Client',
    '@aws-sdk/client-elastic-load-balancing-v2',
    () => import('@aws-sdk/client-elastic-load-balancing-v2'),
  ),
  // SES v2 (notify's `ses` transport); its endpoint prefix is `email`.
  email: client('SESv2Client', '@aws-sdk/client-sesv2', () => import('@aws-sdk/client-sesv2')),
  // EventBridge rules of deployed policies.
  // Elasticsearch / OpenSearch domains (aws.elasticsearch); its endpoint prefix is `es`.
  es: client(
    'ElasticsearchServiceClient',
    '@aws-sdk/client-elasticsearch-service',
    () => import('@aws-sdk/client-elasticsearch-service'),
  ),
  events: client(
    'EventBridgeClient',
    '@aws-sdk/client-eventbridge',
    () => import('@aws-sdk/client-eventbridge'),
  ),
  // Glue Data Catalog encryption settings (account glue-security-config).
  glue: client('GlueClient', '@aws-sdk/client-glue', () => import('@aws-sdk/client-glue')),
  // AWS Health affected entities (phd mode); one global endpoint, in us-east-1.
  // GuardDuty detectors (account guard-duty).
  guardduty: client(
    'GuardDutyClient',
    '@aws-sdk/client-guardduty',
    () => import('@aws-sdk/client-guardduty'),
  ),
  health: client('HealthClient', '@aws-sdk/client-health', () => import('@aws-sdk/client-health')),
  // Role lookups (ec2 iam-role-tag-mirror).
  iam: client('IAMClient', '@aws-sdk/client-iam', () => import('@aws-sdk/client-iam')),
  // KMS key lookups (s3 bucket-encryption `key`).
  kms: client('KMSClient', '@aws-sdk/client-kms', () => import('@aws-sdk/client-kms')),
  // Lake Formation registered locations (account lakeformation-s3-cross-account).
  lakeformation: client(
    'LakeFormationClient',
    '@aws-sdk/client-lakeformation',
    () => import('@aws-sdk/client-lakeformation'),
  ),
  lambda: client('LambdaClient', '@aws-sdk/client-lambda', () => import('@aws-sdk/client-lambda')),
  // Log groups of deployed functions (created tagged, removed with them).
  logs: client(
    'CloudWatchLogsClient',
    '@aws-sdk/client-cloudwatch-logs',
    () => import('@aws-sdk/client-cloudwatch-logs'),
  ),
  // CloudWatch (the metrics filter and the put-metric action); its endpoint prefix is `monitoring`.
  // Macie sessions (account check-macie).
  macie2: client('Macie2Client', '@aws-sdk/client-macie2', () => import('@aws-sdk/client-macie2')),
  monitoring: client(
    'CloudWatchClient',
    '@aws-sdk/client-cloudwatch',
    () => import('@aws-sdk/client-cloudwatch'),
  ),
  // Payment Cryptography's control plane (account payment-cryptography-replication-regions); the
  // SDK lacks GetDefaultKeyReplicationRegions, which `extraCommands` adds to its module.
  'controlplane.payment-cryptography': client(
    'PaymentCryptographyClient',
    '@aws-sdk/client-payment-cryptography',
    () => import('@aws-sdk/client-payment-cryptography'),
    () => import('./payment-cryptography.js'),
  ),
  // The account's organization (aws.account organization).
  organizations: client(
    'OrganizationsClient',
    '@aws-sdk/client-organizations',
    () => import('@aws-sdk/client-organizations'),
  ),
  rds: client('RDSClient', '@aws-sdk/client-rds', () => import('@aws-sdk/client-rds')),
  s3: client('S3Client', '@aws-sdk/client-s3', () => import('@aws-sdk/client-s3')),
  // The account's S3 public access block (aws.account s3-public-block).
  's3-control': client(
    'S3ControlClient',
    '@aws-sdk/client-s3-control',
    () => import('@aws-sdk/client-s3-control'),
  ),
  // Redshift clusters (aws.redshift).
  redshift: client('RedshiftClient', '@aws-sdk/client-redshift', () => import('@aws-sdk/client-redshift')),
  // Route 53 hosted zones and record sets (aws.hostedzone, aws.rrset); one global endpoint.
  route53: client('Route53Client', '@aws-sdk/client-route-53', () => import('@aws-sdk/client-route-53')),
  // Route 53 Resolver query logging (vpc resolver-query-logging).
  route53resolver: client(
    'Route53ResolverClient',
    '@aws-sdk/client-route53resolver',
    () => import('@aws-sdk/client-route53resolver'),
  ),
  // EventBridge Scheduler schedules of schedule-mode policies.
  scheduler: client(
    'SchedulerClient',
    '@aws-sdk/client-scheduler',
    () => import('@aws-sdk/client-scheduler'),
  ),
  // Secrets Manager secrets (aws.secrets-manager).
  secretsmanager: client(
    'SecretsManagerClient',
    '@aws-sdk/client-secrets-manager',
    () => import('@aws-sdk/client-secrets-manager'),
  ),
  // Security Hub (post-finding).
  securityhub: client(
    'SecurityHubClient',
    '@aws-sdk/client-securityhub',
    () => import('@aws-sdk/client-securityhub'),
  ),
  // SES v1 send statistics (account ses-send-stats, ses-agg-send-stats); v1 and v2 share the
  // endpoint prefix `email`, so v1 is keyed by Cloud Custodian's service name.
  ses: client('SESClient', '@aws-sdk/client-ses', () => import('@aws-sdk/client-ses')),
  // Shield Advanced protections (shield-enabled, set-shield); global, called in us-east-1 as c7n does.
  shield: client('ShieldClient', '@aws-sdk/client-shield', () => import('@aws-sdk/client-shield')),
  // SNS topics (s3 attach-encrypt's `topic`).
  sns: client('SNSClient', '@aws-sdk/client-sns', () => import('@aws-sdk/client-sns')),
  // notify's `sqs` transport (c7n-mailer's queue).
  sqs: client('SQSClient', '@aws-sdk/client-sqs', () => import('@aws-sdk/client-sqs')),
  // Systems Manager (ec2 ssm, ssm-compliance, ssm-inventory, send-command, aws.ssm-parameter).
  ssm: client('SSMClient', '@aws-sdk/client-ssm', () => import('@aws-sdk/client-ssm')),
  // Step Functions (invoke-sfn); its endpoint prefix is `states`.
  states: client('SFNClient', '@aws-sdk/client-sfn', () => import('@aws-sdk/client-sfn')),
  sts: client('STSClient', '@aws-sdk/client-sts', () => import('@aws-sdk/client-sts')),
  // Trusted Advisor (ebs fault-tolerant); one global endpoint, the SDK resolves it from any region.
  support: client('SupportClient', '@aws-sdk/client-support', () => import('@aws-sdk/client-support')),
  // WAF Classic global web ACLs (distribution waf-enabled and set-waf); the SDK stopped at 3.1048.0 with the service.
  waf: client('WAFClient', '@aws-sdk/client-waf', () => import('@aws-sdk/client-waf')),
  // WAF Classic regional web ACLs (app-elb and rest-stage waf-enabled and set-waf); the SDK stopped at 3.668.0.
  'waf-regional': client(
    'WAFRegionalClient',
    '@aws-sdk/client-waf-regional',
    () => import('@aws-sdk/client-waf-regional'),
  ),
  // WAFv2 web ACLs (aws.wafv2, rest-stage wafv2-enabled and set-wafv2).
  wafv2: client('WAFV2Client', '@aws-sdk/client-wafv2', () => import('@aws-sdk/client-wafv2')),
  // X-Ray encryption settings (account xray-encrypt-key, set-xray-encrypt).
  xray: client('XRayClient', '@aws-sdk/client-xray', () => import('@aws-sdk/client-xray')),
  tagging: client(
    'ResourceGroupsTaggingAPIClient',
    '@aws-sdk/client-resource-groups-tagging-api',
    () => import('@aws-sdk/client-resource-groups-tagging-api'),
  ),
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
