/**
 * The AWS half of a resource type: how to list it, augment it and name it, as plain data.
 * `query/fetch.ts` interprets it; nothing else in a declaration is code. Field names follow
 * Cloud Custodian's resource metadata where one exists, spelled out instead of tupled.
 */
import { defineResource, type Resource, type ResourceTypeDecl } from '@c7n-ts/core';
import type { TagApi } from '../common/tagging/apis.js';
import { sdkShapeRefs, sdkShapes } from '../generated/fields.js';

/** Client key: the service's endpoint prefix, which is also the flight-data file prefix. */
export type AwsServiceKey = 'ec2' | 'rds' | 's3' | 'sts' | 'tagging' | (string & {});

/** Token members for an operation the list call pages through. */
export interface Pagination {
  /** Request member carrying the token, e.g. `NextToken`, `Marker`. */
  inputToken: string;
  /** Response member holding the next token (usually the same name); dotted when nested (`DistributionList.NextMarker`). */
  outputToken: string;
}

export interface ListCall {
  /** Operation name, e.g. `DescribeInstances`. */
  operation: string;
  /** Input members always sent (Cloud Custodian's defaults, e.g. `Owners: ['self']`). */
  input?: Readonly<Record<string, unknown>>;
  /** Path to the items in one response page: `Volumes`, `Reservations[].Instances[]`. */
  items: string;
  /** Absent when the operation returns everything in one response. */
  pagination?: Pagination;
  /** Drop listed items lacking the id field (Cloud Custodian does so for EC2-Classic addresses). */
  requireId?: boolean;
  /**
   * The list returns bare strings (SQS `QueueUrls`): each becomes a resource `{ [itemKey]: item }`.
   */
  itemKey?: string;
}

/** Which error codes from a detail call mean "this resource has none of that". */
export interface AbsentErrors {
  codes?: readonly string[];
  prefixes?: readonly string[];
  /** Substrings, e.g. `NotFound` anywhere in the code. */
  contains?: readonly string[];
}

/** One call per resource whose answer becomes one field of the resource. */
export interface DetailCall {
  /** Resource field it fills, e.g. `Versioning`; also the name `needs` refers to. */
  field: string;
  operation: string;
  /** Request members taken from the resource: `{ Bucket: 'Name' }`. */
  input: Readonly<Record<string, string>>;
  /** Keep only this member of the response when present; otherwise the whole response. */
  select?: string;
  /** Value stored when the call reports the resource has none (an absent error). */
  absentValue: unknown;
  absent: AbsentErrors;
  /**
   * Error codes that are recorded instead of failing the run: the resource gets `name` appended
   * to `c7n:DeniedMethods` (Cloud Custodian's annotation, with its snake_case method names).
   */
  denied?: { codes: readonly string[]; name: string };
  /**
   * A named post-processing step. `s3-location`: maps the legacy `EU` constraint to eu-west-1,
   * and the resource's later calls go to the region the answer names.
   */
  normalize?: 's3-location';
  /**
   * Merge the (selected) answer's members into the resource instead of storing it under `field`,
   * as Cloud Custodian's `detail_spec` does (SNS GetTopicAttributes' `Attributes`). Such a call is
   * made whatever the policy reads: every field of the resource comes from it.
   */
  merge?: boolean;
  permission: string;
}

/** Sends one call of the type's service in the fetch's region. */
export type SendFn = (operation: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * A per-resource augment that is not a detail call (Cloud Custodian's own `augment` of a type's
 * describe source): gets the listed resource, returns it completed, or `undefined` to drop it.
 * Runs per resource in list order, like detail calls.
 */
export type AugmentHook = (resource: Resource, send: SendFn) => Promise<Resource | undefined>;

/**
 * Builds a type's resources itself instead of taking a list call's items (Cloud Custodian's own
 * `resources()` of a describe source): `aws.account` is one resource made of the account id and
 * its alias. Also answers fetches by id.
 */
export type ListHook = (ctx: {
  send: SendFn;
  accountId: () => Promise<string>;
  /** The fetch's region, for ARNs the hook builds (API Gateway stages' `stageArn`). */
  region: string;
}) => Promise<Resource[]>;

/**
 * Completes the whole listed set at once (Cloud Custodian's own `augment` over every resource, when
 * it batches: Elasticsearch describes domains 5 names a call). Returns the resources that replace
 * the listed ones, before the per-resource detail calls and `augment`.
 */
export type AugmentAllHook = (resources: Resource[], send: SendFn) => Promise<Resource[]>;

/** Where a resource's `Tags` come from. */
export type TagSource =
  /** The list output carries `Tags` already. */
  | { kind: 'inline' }
  /** The list output carries them under another name (RDS `TagList`), moved to `Tags`. */
  | { kind: 'renamed'; from: string }
  /**
   * EC2 instances: describe output may omit tags; when the sampled resource has no `Tags` key,
   * one DescribeTags call for the resource type fills them. Skipped in the listed modes,
   * where tags on fresh instances are not trusted (Cloud Custodian's behaviour).
   */
  | {
      kind: 'ec2-describe-tags';
      operation: 'DescribeTags';
      resourceType: string;
      skipInModes: readonly string[];
    }
  /** A detail call fills `Tags` (S3 GetBucketTagging); see `details`. */
  | { kind: 'detail' }
  /** The type's `augmentAll` hook fills `Tags` (Elasticsearch ListTags per domain). */
  | { kind: 'augment' }
  /**
   * Cloud Custodian's `universal_taggable` augment: Resource Groups Tagging API GetResources by
   * `ResourceARNList`, 100 ARNs a call, for the resources without `Tags`; those it does not name
   * get `[]`. `resourceTypeFilter` is the API's name of the type (`lambda:function`), for readers:
   * as in c7n, the call names ARNs, not a type.
   */
  | { kind: 'tagging-api'; resourceTypeFilter?: string }
  /**
   * The service's own batch tag read (ELBv2 DescribeTags): the values of field `by` (ARNs),
   * `batch` a call in list order, sent as `param`; each of the answer's `items` names its
   * resource by `key` and carries `Tags`. As in Cloud Custodian, a resource the answer leaves
   * out keeps no `Tags`.
   */
  | {
      kind: 'batch-describe-tags';
      operation: string;
      param: string;
      by: string;
      batch: number;
      items: string;
      key: string;
    }
  | { kind: 'none' };

/** How to build a resource's ARN. */
export type ArnSpec =
  /** The resource carries its ARN. */
  | { field: string }
  | {
      /** ARN service segment (`ec2`, `rds`, `s3`). */
      service: string;
      /** Resource-type segment (`instance`, `db`); empty for S3 buckets. */
      resourceType: string;
      /** Between resource type and id: `/` (EC2) or `:` (RDS). */
      separator: '/' | ':';
      /** Field holding the id placed in the ARN. */
      idField: string;
      /** S3 bucket ARNs carry neither region nor account. */
      global?: boolean;
      /** The ARN carries the region but no account (API Gateway's `arn:aws:apigateway:<region>::/restapis/<id>`). */
      noAccount?: boolean;
    };

/** Fetching resources by id (event modes, related-resource filters). */
export interface GetByIds {
  /** Input member of the list operation taking the ids. */
  param: string;
  /** `list` takes every id at once; `scalar` takes one id per call. */
  kind: 'list' | 'scalar';
  /**
   * For `list`: error codes naming ids that do not exist or are malformed, each with the
   * pattern whose first group is those ids (comma-separated) in the error message. As in Cloud
   * Custodian, they are dropped and the call made again with the others (EC2 fails the whole
   * call for one).
   */
  badId?: Readonly<Record<string, RegExp>>;
}

/** One AWS Config item, as a SelectResourceConfig result or a GetResourceConfigHistory entry. */
export interface ConfigItem {
  /** The describe-like document, camelCased (history entries carry it as a JSON string). */
  configuration?: unknown;
  /** Extra documents by name (S3's `BucketPolicy`...), values often JSON strings. */
  supplementaryConfiguration?: Record<string, unknown>;
  tags?: Record<string, string>;
  awsRegion?: string;
  resourceId?: string;
}

/** Where the generic Config item -> describe-shaped resource conversion is not enough. */
export interface ConfigHooks {
  /** Item fields selected besides `resourceId, configuration, supplementaryConfiguration`. */
  select?: readonly string[];
  /** Adjusts the generically converted resource (may return a new one). */
  load?(resource: Resource, item: ConfigItem): Resource;
  /**
   * Completes the loaded resources with calls of the type's service, once per fetch and only when
   * there are any (c7n's kms-key config source adds `AliasNames` from one ListAliases listing).
   */
  complete?(resources: Resource[], send: SendFn): Promise<void>;
  /** The IAM actions of the calls `complete` makes: the config source's permissions include them. */
  permissions?: readonly string[];
}

/**
 * The CloudWatch metrics a type publishes (Cloud Custodian's `dimension` and namespace): a type
 * declaring them gets the `metrics` filter.
 */
export interface MetricsSpec {
  /** Default namespace, e.g. `AWS/EC2`; a policy's `namespace` overrides it. */
  namespace: string;
  /** The dimension naming one resource, e.g. `InstanceId`. */
  dimension: string;
  /** Resource field holding the dimension's value when it is named otherwise (S3's `Name`). */
  field?: string;
  /** The dimension's value is the field's text after the last of these (SNS: `:` of `TopicArn`). */
  afterLast?: string;
  /**
   * The dimension's value is the field's text after the first of these: ELBv2's `LoadBalancer`
   * dimension is `app/<name>/<id>`, the ARN's resource after `loadbalancer/` (c7n's Arn.parse).
   */
  afterFirst?: string;
  /**
   * Dimensions a metric needs besides the resource's when the policy gives no `dimensions`:
   * S3's `NumberOfObjects` is only published with `StorageType: AllStorageTypes`.
   */
  metricDimensions?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * Dimensions sent with every metric after the resource's, whatever the policy gives: CloudFront
   * publishes distribution metrics with `Region: Global` (c7n's DistributionMetrics).
   */
  fixedDimensions?: Readonly<Record<string, string>>;
  /**
   * A dimension whose value is the account id, sent before the resource's (Elasticsearch domains'
   * metrics are published per `ClientId` and `DomainName`).
   */
  accountDimension?: string;
  /**
   * Dimensions taken from other fields of the resource, sent before the resource's own (ECS
   * services' metrics are published per `ClusterName`, the text of `clusterArn` after its last
   * `/`, and `ServiceName`).
   */
  leadingDimensions?: readonly { name: string; field: string; afterLast?: string }[];
  /**
   * Dimensions taken as they are from other fields of the resource, sent after the resource's
   * own (VPC endpoints' metrics are published per `VPC Endpoint Id` and `VPC Id`).
   */
  trailingDimensions?: readonly { name: string; field: string }[];
}

export interface AwsSource {
  service: AwsServiceKey;
  list: ListCall;
  /** Replaces the list call when the type's resources are not its items (see `ListHook`). */
  listHook?: ListHook;
  /** Per-resource calls in the order Cloud Custodian issues them for one resource. */
  details?: readonly DetailCall[];
  /** A named augment of the whole listed set, before the detail calls (see `AugmentAllHook`). */
  augmentAll?: AugmentAllHook;
  /** A named per-resource augment, after the detail calls (see `AugmentHook`). */
  augment?: AugmentHook;
  tags: TagSource;
  arn: ArnSpec;
  getByIds?: GetByIds;
  /** Prefix of ids of this type (`i-`), for matching ids from events. */
  idPrefix?: string;
  /**
   * AWS Config / CloudFormation type name, for CloudTrail lookups and `source: config`
   * (every type with one accepts it, as in Cloud Custodian).
   */
  configType?: string;
  /**
   * CloudFormation type when it is not `configType` (c7n's `cfn_type`), `false` when the type has
   * none (c7n's rds-snapshot); `config-poll-rule` reports evaluations under it.
   */
  cfnType?: string | false;
  /** Field AWS Config names the resource by when it is not `id` (c7n's `config_id`: RDS `DbiResourceId`). */
  configId?: string;
  /** Per-type steps of the `source: config` conversion (see `query/config-source.ts`). */
  config?: ConfigHooks;
  /** CloudWatch metrics of the type, for the `metrics` filter. */
  metrics?: MetricsSpec;
  /**
   * JMESPath of the KMS key the resource is encrypted with (key id, key ARN, alias name or alias
   * ARN; c7n's `RelatedIdsExpression` of the type's kms-key filter): the type gets `kms-key`.
   */
  kmsKeyPath?: string;
  /**
   * Shield Advanced can protect this type: it gets the `shield-enabled` filter and the
   * `set-shield` action. `arnType` is the resource-type segment of the ARNs Shield knows it by,
   * which picks the type's protections out of the account's (`eip-allocation` for Elastic IPs,
   * whose own ARNs say `elastic-ip`); ARNs built from `arn` use it in place of `resourceType`.
   * `global`: the type is not regional (CloudFront), so `set-shield`'s `sync` clears stale
   * protections whatever region their ARN names.
   */
  shield?: { arnType: string; global?: boolean };
  /**
   * How Cost Optimization Hub names the type (`Ec2Instance`) and the action type Cloud Custodian
   * asks recommendations for (`Rightsize`): a type declaring it gets the `cost-optimization` filter.
   */
  costHub?: { resourceType: string; actionType: string };
  /**
   * The type gets Cloud Custodian's `network-location` filter (registered type by type there),
   * which compares a key across the resource, its subnets and its security groups through the
   * type's own `subnet` and `security-group` filters.
   */
  networkLocation?: true;
  /**
   * The AWS Health service code of the type's events (`EC2`), whose affected entities name
   * resources by `id`, or by `field` when given (app-elb's names, as c7n looks them up): a type
   * declaring it gets the `health-event` filter.
   */
  health?: { service: string; field?: string };
  /**
   * The tag actions' API when it is not the one c7n's rule by service gives (see
   * `common/tagging/apis.ts`): c7n's `universal_taggable` EC2 types (vpc-endpoint) use `universal`.
   */
  tagging?: TagApi;
  /** SDK shape of one item, the source of `fields`. */
  shape: { service: keyof typeof sdkShapes; name: string };
  /**
   * Accept S3's `query: [{augment-keys: all | none | detect | [fields]}]`, Cloud Custodian's
   * selector of detail calls; `always` lists the fields it fetches whatever the selection.
   */
  augmentKeys?: { always: readonly string[] };
}

export type AwsResourceType = ResourceTypeDecl<AwsSource>;

type Decl = Omit<ResourceTypeDecl<AwsSource>, 'kind' | 'provider' | 'fields'> & {
  /** Keys added by augmentation on top of the SDK shape (`Tags`, S3's `Versioning`...). */
  extraFields?: readonly string[];
  /** SDK members the augmentation removes (RDS `TagList`, moved to `Tags`). */
  removedFields?: readonly string[];
};

/**
 * The Config calls `source: config` makes: a select, and when it finds nothing for the bare
 * type, the listing and per-id history Cloud Custodian falls back to (also used by id).
 */
export const CONFIG_SOURCE_PERMISSIONS: readonly string[] = [
  'config:GetResourceConfigHistory',
  'config:ListDiscoveredResources',
  'config:SelectResourceConfig',
];

/**
 * `defineResource` for AWS: sets the provider and derives `fields` from the SDK shape named in
 * `source.shape` plus the declared `extraFields`, so the list cannot drift from the SDK. The
 * fields are read when a policy is validated or a schema printed, so they are worked out on
 * first read; a Lambda function, whose policy was validated when packaged, never reads them
 * (its bundle leaves the generated shapes out).
 */
export function awsResource(decl: Decl): AwsResourceType {
  const { extraFields = [], removedFields = [], ...rest } = decl;
  const { service, name } = rest.source.shape;
  const otherSources = rest.source.configType
    ? { config: [...CONFIG_SOURCE_PERMISSIONS, ...(rest.source.config?.permissions ?? [])] }
    : undefined;
  const rt = defineResource<AwsSource>({
    ...rest,
    provider: 'aws',
    fields: [],
    ...(otherSources && { otherSources }),
  });
  let fields: readonly string[] | undefined;
  let nested: Record<string, readonly string[]> | undefined;
  Object.defineProperties(rt, {
    fields: {
      enumerable: true,
      get: () => {
        fields ??= shapeFields(service, name, extraFields, removedFields);
        return fields;
      },
    },
    nestedFields: {
      enumerable: true,
      get: () => {
        nested ??= nestedMembers(service, name, removedFields);
        return nested;
      },
    },
  });
  return rt;
}

function shapeFields(
  service: keyof typeof sdkShapes,
  name: string,
  extra: readonly string[],
  removed: readonly string[],
): readonly string[] {
  const members = (sdkShapes[service] as Record<string, readonly string[]> | undefined)?.[name];
  if (!members) {
    // A Lambda bundle's stand-in for the generated module has no shapes at all.
    if (Object.keys(sdkShapes).length === 0) return [];
    throw new Error(`no generated fields for ${service}.${name}`);
  }
  return [...new Set([...members, ...extra])].filter((f) => !removed.includes(f)).sort();
}

function nestedMembers(
  service: keyof typeof sdkShapes,
  root: string,
  removed: readonly string[],
): Record<string, readonly string[]> {
  const shapes = (sdkShapes[service] ?? {}) as Record<string, readonly string[]>;
  const refs = (sdkShapeRefs as Record<string, Record<string, Record<string, string>>>)[service] ?? {};
  const out: Record<string, readonly string[]> = {};
  const walk = (shape: string, prefix: string, seen: readonly string[]) => {
    for (const [member, target] of Object.entries(refs[shape] ?? {})) {
      const members = shapes[target];
      if (!members || seen.includes(target) || (!prefix && removed.includes(member))) continue;
      const path = prefix ? `${prefix}.${member}` : member;
      out[path] = members;
      walk(target, path, [...seen, target]);
    }
  };
  walk(root, '', [root]);
  return out;
}
