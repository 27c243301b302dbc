/**
 * The AWS Support API has one endpoint per partition, not one per region; Cloud Custodian's
 * `get_support_region` picks it from the policy's region.
 */
import { partitionOf } from '../../query/arn.js';

const SUPPORT_REGIONS: Readonly<Record<string, string>> = {
  aws: 'us-east-1',
  'aws-us-gov': 'us-gov-west-1',
  // Beijing and Ningxia share one endpoint.
  'aws-cn': 'cn-north-1',
};

export function supportRegion(region: string): string {
  return SUPPORT_REGIONS[partitionOf(region)] ?? 'us-east-1';
}
