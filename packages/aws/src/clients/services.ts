/**
 * Service key (the endpoint prefix, also used by resource declarations and flight files) ->
 * the SDK package and client class. Packages are imported on first use, so a run that only
 * reads S3 never loads the EC2 client.
 */
// SDK modules are used by name (`<Operation>Command`), not by type.
export type SdkModule = Record<string, any>;

export interface ServiceInfo {
  /** Client class exported by the package, e.g. `EC2Client`. */
  client: string;
  load(): Promise<SdkModule>;
}

export const services: Readonly<Record<string, ServiceInfo>> = {
  // CloudTrail event history (auto-tag-user outside event modes).
  cloudtrail: { client: 'CloudTrailClient', load: () => import('@aws-sdk/client-cloudtrail') },
  ec2: { client: 'EC2Client', load: () => import('@aws-sdk/client-ec2') },
  // SES v2 (notify's `ses` transport); its endpoint prefix is `email`.
  email: { client: 'SESv2Client', load: () => import('@aws-sdk/client-sesv2') },
  // EventBridge rules of deployed policies.
  events: { client: 'EventBridgeClient', load: () => import('@aws-sdk/client-eventbridge') },
  // KMS key lookups (s3 bucket-encryption `key`).
  kms: { client: 'KMSClient', load: () => import('@aws-sdk/client-kms') },
  lambda: { client: 'LambdaClient', load: () => import('@aws-sdk/client-lambda') },
  // Log groups of deployed functions (created tagged, removed with them).
  logs: { client: 'CloudWatchLogsClient', load: () => import('@aws-sdk/client-cloudwatch-logs') },
  rds: { client: 'RDSClient', load: () => import('@aws-sdk/client-rds') },
  s3: { client: 'S3Client', load: () => import('@aws-sdk/client-s3') },
  // notify's `sqs` transport (c7n-mailer's queue).
  sqs: { client: 'SQSClient', load: () => import('@aws-sdk/client-sqs') },
  sts: { client: 'STSClient', load: () => import('@aws-sdk/client-sts') },
  // Trusted Advisor (ebs fault-tolerant); one global endpoint, the SDK resolves it from any region.
  support: { client: 'SupportClient', load: () => import('@aws-sdk/client-support') },
  tagging: {
    client: 'ResourceGroupsTaggingAPIClient',
    load: () => import('@aws-sdk/client-resource-groups-tagging-api'),
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
