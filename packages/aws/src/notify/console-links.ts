/**
 * AWS console pages per resource type, and the columns the default templates show per type:
 * tables of data, so a new resource type is one row each.
 */
import type { Resource } from '@c7n-ts/core';
import { partitionOf } from '../common/tagging/index.js';

const CONSOLE_HOST: Record<string, string> = {
  aws: 'console.aws.amazon.com',
  'aws-cn': 'console.amazonaws.cn',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
};

type Link = (id: string, region: string, host: string) => string;

const ec2Page =
  (page: string, key: string): Link =>
  (id, region, host) =>
    `https://${region}.${host}/ec2/home?region=${region}#${page}:${key}=${encodeURIComponent(id)}`;

const LINKS: Readonly<Record<string, Link>> = {
  'aws.ami': ec2Page('ImageDetails', 'imageId'),
  'aws.asg': ec2Page('AutoScalingGroupDetails', 'id'),
  'aws.ebs': ec2Page('VolumeDetails', 'volumeId'),
  'aws.ebs-snapshot': ec2Page('SnapshotDetails', 'snapshotId'),
  'aws.ec2': ec2Page('InstanceDetails', 'instanceId'),
  'aws.network-addr': ec2Page('ElasticIpDetails', 'AllocationId'),
  'aws.rds': (id, region, host) =>
    `https://${region}.${host}/rds/home?region=${region}#database:id=${encodeURIComponent(id)};is-cluster=false`,
  'aws.rds-snapshot': (id, region, host) =>
    `https://${region}.${host}/rds/home?region=${region}#db-snapshot:id=${encodeURIComponent(id)}`,
  'aws.s3': (id, region, host) => `https://${host}/s3/buckets/${encodeURIComponent(id)}?region=${region}`,
  'aws.security-group': ec2Page('SecurityGroup', 'groupId'),
};

/** The console page of a resource, or undefined for types (or partitions) without one. */
export function consoleLink(resourceType: string, id: string, region: string): string | undefined {
  const link = LINKS[resourceType];
  const host = CONSOLE_HOST[partitionOf(region)];
  return link && host && id ? link(id, region, host) : undefined;
}

/** A column of the default templates: a heading and how to read the cell. */
export interface Column {
  heading: string;
  value: (r: Resource) => unknown;
}

const field =
  (path: string): Column['value'] =>
  (r) =>
    path
      .split('.')
      .reduce<unknown>(
        (v, k) => (v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Resource)[k] : undefined),
        r,
      );

const col = (heading: string, path = heading): Column => ({ heading, value: field(path) });

/** Columns beyond id and Name tag, per type; types not listed get only those two. */
export const COLUMNS: Readonly<Record<string, readonly Column[]>> = {
  'aws.ami': [col('Name'), col('CreationDate'), col('Public')],
  'aws.asg': [
    col('Desired', 'DesiredCapacity'),
    col('Min', 'MinSize'),
    col('Max', 'MaxSize'),
    col('Created', 'CreatedTime'),
  ],
  'aws.ebs': [
    col('Size (GiB)', 'Size'),
    col('Type', 'VolumeType'),
    col('State'),
    col('Encrypted'),
    col('Created', 'CreateTime'),
  ],
  'aws.ebs-snapshot': [col('VolumeId'), col('VolumeSize'), col('StartTime'), col('Encrypted')],
  'aws.ec2': [
    col('Type', 'InstanceType'),
    col('State', 'State.Name'),
    col('Private IP', 'PrivateIpAddress'),
    col('Launched', 'LaunchTime'),
  ],
  'aws.network-addr': [col('PublicIp'), col('Domain'), col('InstanceId'), col('AssociationId')],
  'aws.rds': [
    col('Engine'),
    col('Version', 'EngineVersion'),
    col('Class', 'DBInstanceClass'),
    col('Public', 'PubliclyAccessible'),
    col('Encrypted', 'StorageEncrypted'),
  ],
  'aws.rds-snapshot': [
    col('DBInstanceIdentifier'),
    col('SnapshotType'),
    col('SnapshotCreateTime'),
    col('Encrypted'),
  ],
  'aws.s3': [col('CreationDate')],
  'aws.security-group': [col('GroupName'), col('VpcId'), col('Description')],
};
