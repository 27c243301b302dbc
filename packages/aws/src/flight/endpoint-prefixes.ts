/**
 * SDK client name (`context.clientName`) -> the service's endpoint prefix, which is what
 * placebo (and so every Cloud Custodian recording) uses as the file name's first part:
 * `ec2.DescribeInstances_1.json`, `tagging.GetResources_1.json`. The prefix comes from the
 * botocore service model, not the SDK's package name, so it cannot be derived reliably
 * (CloudWatch is `monitoring`, SES v1 and v2 share `email`, ECR is `api.ecr`); hence a table.
 */
export const endpointPrefixes: Readonly<Record<string, string>> = {
  ACMClient: 'acm',
  APIGatewayClient: 'apigateway',
  AccessAnalyzerClient: 'access-analyzer',
  ApplicationAutoScalingClient: 'application-autoscaling',
  AutoScalingClient: 'autoscaling',
  BackupClient: 'backup',
  BedrockClient: 'bedrock',
  BatchClient: 'batch',
  CloudFormationClient: 'cloudformation',
  CloudFrontClient: 'cloudfront',
  CloudTrailClient: 'cloudtrail',
  CloudWatchClient: 'monitoring',
  CloudWatchEventsClient: 'events',
  CloudWatchLogsClient: 'logs',
  CodeBuildClient: 'codebuild',
  CodePipelineClient: 'codepipeline',
  ComputeOptimizerClient: 'compute-optimizer',
  ConfigServiceClient: 'config',
  CostOptimizationHubClient: 'cost-optimization-hub',
  DynamoDBClient: 'dynamodb',
  EC2Client: 'ec2',
  ECRClient: 'api.ecr',
  ECSClient: 'ecs',
  EFSClient: 'elasticfilesystem',
  EMRClient: 'elasticmapreduce',
  EKSClient: 'eks',
  ElastiCacheClient: 'elasticache',
  ElasticLoadBalancingClient: 'elasticloadbalancing',
  ElasticLoadBalancingV2Client: 'elasticloadbalancing',
  ElasticsearchServiceClient: 'es',
  EventBridgeClient: 'events',
  FirehoseClient: 'firehose',
  GlueClient: 'glue',
  GuardDutyClient: 'guardduty',
  HealthClient: 'health',
  IAMClient: 'iam',
  KMSClient: 'kms',
  KinesisClient: 'kinesis',
  LakeFormationClient: 'lakeformation',
  LambdaClient: 'lambda',
  Macie2Client: 'macie2',
  OpenSearchClient: 'es',
  OrganizationsClient: 'organizations',
  PaymentCryptographyClient: 'controlplane.payment-cryptography',
  RDSClient: 'rds',
  RedshiftClient: 'redshift',
  ResourceGroupsTaggingAPIClient: 'tagging',
  Route53Client: 'route53',
  Route53ResolverClient: 'route53resolver',
  S3Client: 's3',
  S3ControlClient: 's3-control',
  SESClient: 'email',
  SESv2Client: 'email',
  SFNClient: 'states',
  SNSClient: 'sns',
  SQSClient: 'sqs',
  SSMClient: 'ssm',
  STSClient: 'sts',
  SchedulerClient: 'scheduler',
  SecretsManagerClient: 'secretsmanager',
  SecurityHubClient: 'securityhub',
  ShieldClient: 'shield',
  SupportClient: 'support',
  WAFClient: 'waf',
  WAFRegionalClient: 'waf-regional',
  WAFV2Client: 'wafv2',
  XRayClient: 'xray',
};

/** The endpoint prefix for a client; unknown clients fail loudly rather than read wrong files. */
export function endpointPrefixFor(clientName: string): string {
  const prefix = endpointPrefixes[clientName];
  if (prefix === undefined) {
    throw new Error(
      `flight: no endpoint prefix known for SDK client "${clientName}"; add it to packages/aws/src/flight/endpoint-prefixes.ts`,
    );
  }
  return prefix;
}

/** `DescribeInstancesCommand` -> `DescribeInstances`. */
export function operationOf(commandName: string): string {
  return commandName.endsWith('Command') ? commandName.slice(0, -'Command'.length) : commandName;
}
