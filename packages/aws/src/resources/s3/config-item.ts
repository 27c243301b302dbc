/**
 * `source: config` for buckets: Config keeps each describe sub-document (GetBucketAcl,
 * GetBucketPolicy...) in `supplementaryConfiguration`, in its own shape and often as a JSON
 * string; this rebuilds the fields the describe source adds (see `details` in resource.ts)
 * as Cloud Custodian's ConfigS3 does, with the same defaults for those Config lacks.
 */
import type { Resource } from '@c7n-ts/core';
import type { ConfigItem } from '../types.js';

type Doc = Record<string, any>;

/**
 * Supplementary documents handled, in Cloud Custodian's order, each with the value Config
 * stores when the bucket has none (then the field keeps its default).
 */
const NULL_VALUES: Readonly<Record<string, string | null>> = {
  BucketLoggingConfiguration: '{"destinationBucketName":null,"logFilePrefix":null}',
  BucketPolicy: '{"policyText":null}',
  BucketVersioningConfiguration: '{"status":"Off","isMfaDeleteEnabled":null}',
  BucketAccelerateConfiguration: '{"status":null}',
  BucketNotificationConfiguration: '{"configurations":{}}',
  BucketLifecycleConfiguration: null,
  AccessControlList: null,
  BucketTaggingConfiguration: null,
  BucketWebsiteConfiguration: null,
  BucketReplicationConfiguration: null,
};

/** What the describe source stores when a bucket has none of a sub-document. */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  Location: {},
  Tags: [],
  Policy: null,
  Acl: null,
  Replication: null,
  Versioning: null,
  Website: null,
  Logging: null,
  Notification: null,
  Lifecycle: null,
};

const PERMISSIONS: Readonly<Record<string, string>> = {
  FullControl: 'FULL_CONTROL',
  Write: 'WRITE',
  WriteAcp: 'WRITE_ACP',
  Read: 'READ',
  ReadAcp: 'READ_ACP',
};

const GROUPS: Readonly<Record<string, string>> = {
  AllUsers: 'http://acs.amazonaws.com/groups/global/AllUsers',
  AuthenticatedUsers: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
  LogDelivery: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
};

const NOTIFY_TYPES: Readonly<Record<string, string>> = {
  QueueConfiguration: 'QueueConfigurations',
  LambdaConfiguration: 'LambdaFunctionConfigurations',
  CloudFunctionConfiguration: 'LambdaFunctionConfigurations',
  TopicConfiguration: 'TopicConfigurations',
};

const handlers: Readonly<Record<string, (r: Resource, v: Doc) => void>> = {
  AccessControlList(r, v) {
    const acl = typeof v === 'string' ? JSON.parse(v) : v;
    const owner: Doc = { ID: acl.owner.id };
    if (acl.owner.displayName) owner.DisplayName = acl.owner.displayName;
    const grants = ((acl.grantList ?? []) as Doc[]).map((g) => {
      const grantee: Doc =
        typeof g.grantee === 'object' && g.grantee !== null && 'id' in g.grantee
          ? { ID: g.grantee.id, Type: 'CanonicalUser' }
          : { Type: 'Group', URI: GROUPS[g.grantee] ?? g.grantee };
      if ('displayName' in g) grantee.DisplayName = g.displayName;
      return { Permission: PERMISSIONS[g.permission] ?? g.permission, Grantee: grantee };
    });
    r.Acl = { Owner: owner, Grants: grants };
  },
  // Not among the fields the describe source adds.
  BucketAccelerateConfiguration() {},
  BucketLoggingConfiguration(r, v) {
    r.Logging =
      v.destinationBucketName === undefined || v.destinationBucketName === null
        ? {}
        : { TargetBucket: v.destinationBucketName, TargetPrefix: v.logFilePrefix };
  },
  BucketLifecycleConfiguration(r, v) {
    r.Lifecycle = { Rules: ((v.rules ?? []) as Doc[]).map(lifecycleRule) };
  },
  BucketNotificationConfiguration(r, v) {
    const out: Record<string, Doc[]> = {};
    for (const [id, n] of Object.entries((v.configurations ?? {}) as Record<string, Doc>)) {
      const info: Doc = {};
      const key = NOTIFY_TYPES[n.type] ?? n.type;
      out[key] = [...(out[key] ?? []), info];
      if (n.type === 'QueueConfiguration') info.QueueArn = n.queueARN;
      else if (n.type === 'TopicConfiguration') info.TopicArn = n.topicARN;
      else if (n.type === 'LambdaConfiguration') info.LambdaFunctionArn = n.functionARN;
      info.Id = id;
      info.Events = n.events;
      const rules = ((n.filter?.s3KeyFilter?.filterRules ?? []) as Doc[]).map((f) => ({
        Name: f.name,
        Value: f.value,
      }));
      if (rules.length) info.Filter = { Key: { FilterRules: rules } };
    }
    r.Notification = out;
  },
  BucketReplicationConfiguration(r, v) {
    const rules = Object.entries((v.rules ?? {}) as Record<string, Doc>).map(([id, rule]) => {
      const dest: Doc = { Bucket: rule.destinationConfig.bucketARN };
      if ('Account' in rule.destinationConfig) dest.Account = rule.destinationConfig.Account;
      if (rule.destinationConfig.storageClass) dest.StorageClass = rule.destinationConfig.storageClass;
      return { ID: id, Status: rule.status ?? '', Prefix: rule.prefix ?? '', Destination: dest };
    });
    r.Replication = { ReplicationConfiguration: { Role: v.roleARN, Rules: rules } };
  },
  BucketPolicy(r, v) {
    r.Policy = v.policyText ?? null;
  },
  BucketTaggingConfiguration(r, v) {
    const tags = (v.tagSets?.[0]?.tags ?? {}) as Record<string, unknown>;
    r.Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  },
  BucketVersioningConfiguration(r, v) {
    // Config says `Off` for a bucket never versioned; describe returns no Status then.
    if (v.status !== 'Enabled' && v.status !== 'Suspended') {
      r.Versioning = {};
      return;
    }
    const versioning: Doc = { Status: v.status };
    const mfa = v.isMfaDeleteEnabled;
    if (mfa !== undefined && mfa !== null) versioning.MFADelete = mfa ? 'Enabled' : 'Disabled';
    r.Versioning = versioning;
  },
  BucketWebsiteConfiguration(r, v) {
    const site: Doc = {};
    if (v.indexDocumentSuffix) site.IndexDocument = { Suffix: v.indexDocumentSuffix };
    if (v.errorDocument) site.ErrorDocument = { Key: v.errorDocument };
    if (v.redirectAllRequestsTo)
      site.RedirectAllRequestsTo = {
        HostName: v.redirectAllRequestsTo.hostName,
        Protocol: v.redirectAllRequestsTo.protocol,
      };
    for (const rule of (v.routingRules ?? []) as Doc[]) {
      const redirect: Doc = {};
      const out: Doc = { Redirect: redirect };
      site.RoutingRules = [...(site.RoutingRules ?? []), out];
      if (rule.condition) {
        const cond: Doc = {};
        if (rule.condition.keyPrefixEquals) cond.KeyPrefixEquals = rule.condition.keyPrefixEquals;
        if (rule.condition.httpErrorCodeReturnedEquals)
          cond.HttpErrorCodeReturnedEquals = rule.condition.httpErrorCodeReturnedEquals;
        out.Condition = cond;
      }
      for (const k of ['protocol', 'hostName', 'replaceKeyPrefixWith', 'replaceKeyWith', 'httpRedirectCode'])
        if (rule.redirect?.[k]) redirect[k[0]!.toUpperCase() + k.slice(1)] = rule.redirect[k];
    }
    r.Website = site;
  },
};

function lifecycleRule(rule: Doc): Doc {
  const out: Doc = {};
  const expiry: Doc = {};
  for (const [ek, ck] of [
    ['Date', 'expirationDate'],
    ['ExpiredObjectDeleteMarker', 'expiredObjectDeleteMarker'],
    ['Days', 'expirationInDays'],
  ] as const)
    if (rule[ck] && rule[ck] !== -1) expiry[ek] = rule[ck];
  if (Object.keys(expiry).length) out.Expiration = expiry;
  const transitions = ((rule.transitions ?? []) as Doc[]).map((t) => {
    const tr: Doc = {};
    for (const k of ['date', 'days', 'storageClass']) if (t[k]) tr[k[0]!.toUpperCase() + k.slice(1)] = t[k];
    return tr;
  });
  if (transitions.length) out.Transitions = transitions;
  if (rule.abortIncompleteMultipartUpload)
    out.AbortIncompleteMultipartUpload = {
      DaysAfterInitiation: rule.abortIncompleteMultipartUpload.daysAfterInitiation,
    };
  // Unlike the expiration above, Config's -1 (none) is kept here, as Cloud Custodian does.
  if (rule.noncurrentVersionExpirationInDays)
    out.NoncurrentVersionExpiration = { NoncurrentDays: rule.noncurrentVersionExpirationInDays };
  const noncurrent = ((rule.noncurrentVersionTransitions ?? []) as Doc[]).map((t) => ({
    NoncurrentDays: t.days,
    StorageClass: t.storageClass,
  }));
  if (noncurrent.length) out.NoncurrentVersionTransitions = noncurrent;
  out.Status = rule.status;
  out.ID = rule.id;
  if (rule.prefix) out.Prefix = rule.prefix;
  if (rule.filter?.predicate) out.Filter = lifecyclePredicate(rule.filter.predicate);
  return out;
}

function lifecyclePredicate(p: Doc): Doc {
  if (p.type === 'LifecyclePrefixPredicate') return { Prefix: p.prefix };
  if (p.type === 'LifecycleTagPredicate') return { Tags: [{ Key: p.tag.key, Value: p.tag.value }] };
  if (p.type === 'LifecycleAndOperator') {
    const and: Doc = {};
    for (const o of (p.operands ?? []) as Doc[]) {
      const part = lifecyclePredicate(o);
      if (and.Tags && part.Tags) and.Tags.push(...part.Tags);
      else Object.assign(and, part);
    }
    return { And: and };
  }
  throw new Error(`unknown S3 lifecycle predicate in a Config item: ${String(p.type)}`);
}

export function loadS3Item(resource: Resource, item: ConfigItem): Resource {
  const cfg = item.supplementaryConfiguration ?? {};
  resource.Location =
    item.awsRegion !== undefined && item.awsRegion !== 'us-east-1'
      ? { LocationConstraint: item.awsRegion }
      : {};
  // Describe has the owner under Acl only.
  delete resource.Owner;
  for (const [k, nullValue] of Object.entries(NULL_VALUES)) {
    const raw = cfg[k];
    if (raw === undefined || raw === nullValue || raw === null) continue;
    handlers[k]!(resource, (typeof raw === 'string' ? JSON.parse(raw) : raw) as Doc);
  }
  for (const [field, value] of Object.entries(DEFAULTS))
    if (!(field in resource)) resource[field] = structuredClone(value);
  return resource;
}
