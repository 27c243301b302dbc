/**
 * CloudTrail event shortcuts: `events: [RunInstances]` in a cloudtrail-mode policy expands
 * to the event source, the eventName and a JMESPath (into the event's `detail`) that yields
 * the created resources' ids. The Cloud Custodian shortcuts are kept as they are so its
 * policies deploy unchanged; the rest cover every resource type c7n-ts supports.
 */
export interface TrailShortcut {
  source: string;
  /** The CloudTrail eventName when it differs from the shortcut (Lambda's versioned names). */
  event?: string;
  ids: string;
}

export const trailShortcuts: Readonly<Record<string, TrailShortcut>> = {
  AllocateAddress: { source: 'ec2.amazonaws.com', ids: 'responseElements.allocationId' },
  ConsoleLogin: { source: 'signin.amazonaws.com', ids: 'userIdentity.arn' },
  CopyImage: { source: 'ec2.amazonaws.com', ids: 'responseElements.imageId' },
  CopySnapshot: { source: 'ec2.amazonaws.com', ids: 'responseElements.snapshotId' },
  CreateAutoScalingGroup: {
    source: 'autoscaling.amazonaws.com',
    ids: 'requestParameters.autoScalingGroupName',
  },
  CreateBucket: { source: 's3.amazonaws.com', ids: 'requestParameters.bucketName' },
  CreateCluster: { source: 'redshift.amazonaws.com', ids: 'requestParameters.clusterIdentifier' },
  CreateDBInstance: { source: 'rds.amazonaws.com', ids: 'requestParameters.dBInstanceIdentifier' },
  CreateDBSnapshot: { source: 'rds.amazonaws.com', ids: 'requestParameters.dBSnapshotIdentifier' },
  CreateElasticsearchDomain: { source: 'es.amazonaws.com', ids: 'requestParameters.domainName' },
  CreateFunction: {
    source: 'lambda.amazonaws.com',
    event: 'CreateFunction20150331',
    ids: 'requestParameters.functionName',
  },
  CreateImage: { source: 'ec2.amazonaws.com', ids: 'responseElements.imageId' },
  CreateLoadBalancer: {
    source: 'elasticloadbalancing.amazonaws.com',
    ids: 'requestParameters.loadBalancerName',
  },
  CreateLoadBalancerPolicy: {
    source: 'elasticloadbalancing.amazonaws.com',
    ids: 'requestParameters.loadBalancerName',
  },
  CreateNotebookInstance: {
    source: 'sagemaker.amazonaws.com',
    ids: 'requestParameters.notebookInstanceName',
  },
  CreateSecurityGroup: { source: 'ec2.amazonaws.com', ids: 'responseElements.groupId' },
  CreateSnapshot: { source: 'ec2.amazonaws.com', ids: 'responseElements.snapshotId' },
  CreateTable: { source: 'dynamodb.amazonaws.com', ids: 'requestParameters.tableName' },
  CreateVolume: { source: 'ec2.amazonaws.com', ids: 'responseElements.volumeId' },
  RunInstances: { source: 'ec2.amazonaws.com', ids: 'responseElements.instancesSet.items[].instanceId' },
  SetLoadBalancerPoliciesOfListener: {
    source: 'elasticloadbalancing.amazonaws.com',
    ids: 'requestParameters.loadBalancerName',
  },
  UpdateAutoScalingGroup: {
    source: 'autoscaling.amazonaws.com',
    ids: 'requestParameters.autoScalingGroupName',
  },
};
