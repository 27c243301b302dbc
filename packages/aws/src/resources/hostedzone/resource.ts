import { type AugmentAllHook, awsResource } from '../types.js';
import { bareId, route53Tags } from './route53-tags.js';

/** Cloud Custodian's key for the bare zone id, which AWS Config and ARNs name the zone by. */
const CONFIG_ID = 'c7n:ConfigHostedZoneId';

/** c7n's HostedZone augment: the Route 53 tag read, then the bare id under `c7n:ConfigHostedZoneId`. */
const tagZones: AugmentAllHook = async (zones, send) => {
  await route53Tags(zones, send, 'hostedzone', 'Id');
  for (const z of zones) z[CONFIG_ID] = bareId(z.Id);
  return zones;
};

export default awsResource({
  type: 'aws.hostedzone',
  aliases: ['hostedzone'],
  id: 'Id',
  name: 'Name',
  taggable: true,
  permissions: ['route53:ListHostedZones', 'route53:ListTagsForResources'],
  extraFields: ['Tags', CONFIG_ID],
  doc: {
    summary:
      'Route 53 hosted zones, listed with ListHostedZones and tagged with ListTagsForResources 10 zones a call, as Cloud Custodian does; each zone also gets its bare id as `c7n:ConfigHostedZoneId`. Route 53 is global: the type is the same in every region.',
    example: [
      'name: public-zones',
      'resource: aws.hostedzone',
      'filters:',
      '  - Config.PrivateZone: false',
    ].join('\n'),
  },
  source: {
    service: 'route53',
    list: {
      operation: 'ListHostedZones',
      items: 'HostedZones',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    augmentAll: tagZones,
    tags: { kind: 'augment' },
    arn: { service: 'route53', resourceType: 'hostedzone', separator: '/', idField: CONFIG_ID, global: true },
    cfnType: 'AWS::Route53::HostedZone',
    configId: CONFIG_ID,
    shield: { arnType: 'hostedzone', global: true },
    shape: { service: 'route53', name: 'HostedZone' },
  },
});
