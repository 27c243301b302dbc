/**
 * For each resource type auto-tag-user can look up in CloudTrail's event history: the names a
 * resource is recorded under (LookupEvents' `ResourceName`), the calls that create one, and
 * where each call's record names what it created. Checking the created id matters: a resource's
 * history also holds calls that merely name it, such as CopySnapshot of a source snapshot or
 * CreateDBInstanceReadReplica of a source database.
 */
import type { Resource } from '@c7n-ts/core';
import type { TrailRecord } from './identity.js';

export interface CreateEvents {
  /** Resource fields whose values CloudTrail may record as the ResourceName, tried in order. */
  names: readonly string[];
  /** eventName -> the ids the call created, from its record. */
  events: Readonly<Record<string, (record: TrailRecord) => string[]>>;
  /** RDS identifiers are case-insensitive (stored lowercase, requested in any case). */
  ignoreCase?: boolean;
  /**
   * The type's date is its last modification, not its creation (Lambda's LastModified): it
   * still bounds the create call from above, but does not say when the resource was created.
   */
  modifiedDate?: boolean;
}

/** The strings at a dotted path; `[]` steps into every item of a list. */
function at(path: string): (record: TrailRecord) => string[] {
  const steps = path.split('.');
  return (record) => {
    let values: unknown[] = [record];
    for (const step of steps) {
      const list = step.endsWith('[]');
      const key = list ? step.slice(0, -2) : step;
      values = values.flatMap((v) => {
        const next = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
        return list ? (Array.isArray(next) ? next : []) : [next];
      });
    }
    return values.filter((v): v is string => typeof v === 'string' && v !== '');
  };
}

const instanceIds = at('responseElements.instancesSet.items[].instanceId');
const imageId = at('responseElements.imageId');
const snapshotId = at('responseElements.snapshotId');
const dbInstance = at('requestParameters.dBInstanceIdentifier');
const requestedFunction = at('requestParameters.functionName');

/**
 * The function CreateFunction made: the name its response records, else the one requested,
 * which may be given as a name, an ARN or a partial ARN (`123456789012:function:name`).
 */
function createdFunction(record: TrailRecord): string[] {
  const named = at('responseElements.functionName')(record);
  if (named.length > 0) return named;
  return requestedFunction(record).map((n) => n.slice(n.lastIndexOf(':') + 1));
}

export const CREATE_EVENTS: Readonly<Record<string, CreateEvents>> = {
  'aws.ami': {
    names: ['ImageId'],
    events: { CopyImage: imageId, CreateImage: imageId, RegisterImage: imageId },
  },
  'aws.asg': {
    names: ['AutoScalingGroupName'],
    events: { CreateAutoScalingGroup: at('requestParameters.autoScalingGroupName') },
  },
  'aws.ebs': { names: ['VolumeId'], events: { CreateVolume: at('responseElements.volumeId') } },
  'aws.ebs-snapshot': {
    names: ['SnapshotId'],
    events: {
      CopySnapshot: snapshotId,
      CreateSnapshot: snapshotId,
      CreateSnapshots: at('responseElements.snapshotSet.items[].snapshotId'),
    },
  },
  'aws.ec2': { names: ['InstanceId'], events: { RunInstances: instanceIds } },
  'aws.lambda': {
    // Event history may list a function under its name or its ARN: the name is tried first.
    names: ['FunctionName', 'FunctionArn'],
    modifiedDate: true,
    // Lambda's CloudTrail event names carry its API version: records name the call
    // CreateFunction20150331 (c7n's CreateFunction shortcut) or CreateFunction20150331v2.
    events: { CreateFunction20150331: createdFunction, CreateFunction20150331v2: createdFunction },
  },
  'aws.network-addr': {
    // History may name an Elastic IP by its allocation id or by its address.
    names: ['AllocationId', 'PublicIp'],
    events: { AllocateAddress: at('responseElements.allocationId') },
  },
  'aws.rds': {
    // The identifier is what the create call names; the ARN is tried when it finds nothing.
    names: ['DBInstanceIdentifier', 'DBInstanceArn'],
    ignoreCase: true,
    events: {
      CreateDBInstance: dbInstance,
      CreateDBInstanceReadReplica: dbInstance,
      RestoreDBInstanceFromDBSnapshot: dbInstance,
      RestoreDBInstanceToPointInTime: at('requestParameters.targetDBInstanceIdentifier'),
    },
  },
  'aws.rds-snapshot': {
    names: ['DBSnapshotIdentifier', 'DBSnapshotArn'],
    ignoreCase: true,
    events: {
      CopyDBSnapshot: at('requestParameters.targetDBSnapshotIdentifier'),
      CreateDBSnapshot: at('requestParameters.dBSnapshotIdentifier'),
    },
  },
  'aws.s3': { names: ['Name'], events: { CreateBucket: at('requestParameters.bucketName') } },
  'aws.security-group': {
    names: ['GroupId'],
    events: { CreateSecurityGroup: at('responseElements.groupId') },
  },
};

/** The distinct names `resource` may be recorded under, in the order to try them. */
export function lookupNames(spec: CreateEvents, resource: Resource): string[] {
  const names: string[] = [];
  for (const field of spec.names) {
    const v = resource[field];
    if (typeof v === 'string' && v && !names.includes(v)) names.push(v);
  }
  return names;
}

/**
 * The ids a create record made, or undefined when the record is not a successful create call
 * of this type. An empty list means the record does not say (a truncated response).
 */
export function createdIds(spec: CreateEvents, record: TrailRecord): string[] | undefined {
  if (record.errorCode) return undefined;
  const ids = record.eventName ? spec.events[record.eventName] : undefined;
  return ids?.(record);
}

export function sameId(spec: CreateEvents, a: string, b: string): boolean {
  return spec.ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}
