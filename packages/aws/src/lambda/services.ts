/**
 * Which SDK clients a policy's function needs: the services of the IAM actions the policy
 * declares (its permissions are exactly the calls it may make), plus S3 when it writes its
 * output to a bucket. Every other client is left out of the bundle.
 */
import { type LoadedPolicy, policyPermissions, type Registry } from '@c7n-ts/core';
import { services } from '../clients/services.js';
import { executionOptions } from './config.js';

/**
 * IAM action prefixes that differ from the service key of clients/services.ts (the endpoint
 * prefix). Others are the same (`ec2`, `rds`, `s3`, `kms`, `sqs`, `logs`...).
 */
const IAM_PREFIX_TO_SERVICE: Readonly<Record<string, string>> = {
  cloudwatch: 'monitoring',
  ecr: 'api.ecr',
  'payment-cryptography': 'controlplane.payment-cryptography',
  ses: 'email',
  tag: 'tagging',
};

/**
 * IAM actions that authorize an operation of another client or name: S3 Control's account
 * public access block calls are authorized as `s3:*AccountPublicAccessBlock`.
 */
const IAM_ACTION_TO_CALLS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  's3:GetAccountPublicAccessBlock': [['s3-control', 'GetPublicAccessBlock']],
  's3:PutAccountPublicAccessBlock': [['s3-control', 'PutPublicAccessBlock']],
};

/**
 * The calls an IAM action authorizes, as [service key, operation]: its name on the clients of
 * its prefix (`ec2:CreateTags` -> ec2 CreateTags), or those of IAM_ACTION_TO_CALLS. A name that
 * is no operation (`s3:ListBucket`) is returned as is; the archive then keeps every command.
 */
export function callsForAction(action: string): [string, string][] {
  const calls = IAM_ACTION_TO_CALLS[action];
  if (calls) return calls.filter(([service]) => service in services).map(([s, o]) => [s, o]);
  const operation = action.slice(action.indexOf(':') + 1);
  return servicesForAction(action).map((service) => [service, operation]);
}

/**
 * IAM action prefixes shared by several clients: `elasticloadbalancing` names both the classic
 * ELB (`elb`) and the ELBv2 (`elbv2`) API, so a policy's function bundles both.
 */
const IAM_PREFIX_TO_SERVICES: Readonly<Record<string, readonly string[]>> = {
  elasticloadbalancing: ['elb', 'elbv2'],
};

/** Every service key an IAM action may call (`elasticloadbalancing:AddTags` -> `elb`, `elbv2`). */
export function servicesForAction(action: string): string[] {
  const several = IAM_PREFIX_TO_SERVICES[action.split(':')[0] ?? ''];
  if (several) return several.filter((key) => key in services);
  const one = serviceForAction(action);
  return one ? [one] : [];
}

/** The service key for an IAM action (`tag:GetResources` -> `tagging`); undefined when no client is known. */
export function serviceForAction(action: string): string | undefined {
  const prefix = action.split(':')[0] ?? '';
  const key = IAM_PREFIX_TO_SERVICE[prefix] ?? prefix;
  return key in services ? key : undefined;
}

/** The SDK package of a service key (`ec2` -> `@aws-sdk/client-ec2`). */
export function sdkPackageOf(service: string): string {
  const info = services[service];
  if (!info) throw new Error(`no SDK client is known for service ${service}`);
  return info.package;
}

/**
 * Service keys the policy's function calls, sorted. STS only when a permission names it (the
 * org-account `cfn-stack` filter assumes roles): the account id comes from the invocation's
 * function ARN.
 */
export function neededServices(
  policy: Pick<LoadedPolicy, 'data' | 'resourceType'>,
  registry: Registry,
  outputDir?: string,
): string[] {
  return [...neededOperations(policy, registry, outputDir).keys()].sort();
}

/**
 * The operations the policy's function may call, by service key: the names of its IAM actions
 * (`ec2:CreateTags` -> CreateTags), which for most APIs are the operation names. The bundle
 * keeps these commands of the client; where a name is no operation of the client (S3's
 * `s3:ListBucket`, a wildcard), it keeps them all.
 */
export function neededOperations(
  policy: Pick<LoadedPolicy, 'data' | 'resourceType'>,
  registry: Registry,
  outputDir?: string,
): Map<string, Set<string>> {
  const rt = registry.resource(policy.resourceType);
  if (!rt) throw new Error(`unknown resource type ${policy.resourceType}`);
  const needed = new Map<string, Set<string>>();
  const add = (service: string, operation: string) => {
    const ops = needed.get(service) ?? new Set<string>();
    needed.set(service, ops.add(operation));
  };
  for (const action of policyPermissions(policy.data, rt, registry).actions)
    for (const [service, operation] of callsForAction(action)) add(service, operation);
  const dir = outputDir ?? executionOptions(policy.data).outputDir;
  if (dir?.startsWith('s3://')) add('s3', 'PutObject');
  return needed;
}
