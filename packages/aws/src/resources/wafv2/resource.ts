import { errorCode } from '../../query/errors.js';
import { type AugmentHook, awsResource } from '../types.js';

/** The scope a web ACL's ARN names: `.../global/webacl/...` is CloudFront's, the rest regional. */
export function scopeOf(arn: unknown): 'CLOUDFRONT' | 'REGIONAL' {
  return typeof arn === 'string' && arn.split(':')[5]?.startsWith('global/') ? 'CLOUDFRONT' : 'REGIONAL';
}

/**
 * Cloud Custodian's wafv2 augment: GetWebACL per listed ACL (by Id, Name and the policy's
 * Scope, which the ACL's ARN names), its `WebACL` merged in with `Scope`; an ACL gone since the
 * listing (a NotFound/NoSuch error, as c7n's is_not_found) is dropped.
 */
const webAclDetail: AugmentHook = async (acl, send) => {
  const Scope = scopeOf(acl.ARN);
  let out: Record<string, unknown>;
  try {
    out = await send('GetWebACL', { Id: acl.Id, Name: acl.Name, Scope });
  } catch (e) {
    const code = errorCode(e) ?? '';
    if (code.includes('NotFound') || code.includes('NoSuch')) return undefined;
    throw e;
  }
  return { ...acl, ...((out.WebACL ?? {}) as Record<string, unknown>), Scope };
};

export default awsResource({
  type: 'aws.wafv2',
  aliases: ['wafv2'],
  id: 'Id',
  name: 'Name',
  taggable: true,
  reportFields: ['Id', 'Name', 'ARN', 'Scope'],
  permissions: ['wafv2:ListWebACLs', 'wafv2:GetWebACL', 'wafv2:ListTagsForResource', 'tag:GetResources'],
  extraFields: ['LockToken', 'Scope', 'Tags'],
  doc: {
    summary:
      "WAFv2 web ACLs, listed with ListWebACLs (`Scope: REGIONAL` unless the policy's `query` gives `Scope: CLOUDFRONT`); each is completed with its GetWebACL answer and `Scope`. Tags come from the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.",
    example: [
      'name: web-acls-allowing-by-default',
      'resource: aws.wafv2',
      'filters:',
      '  - DefaultAction.Allow: present',
    ].join('\n'),
  },
  // Given to ListWebACLs; Cloud Custodian checks `Scope` when it validates the policy.
  query: {
    kind: 'params',
    label: 'WAFv2',
    params: { Scope: ['REGIONAL', 'CLOUDFRONT'], Limit: 'integer', NextMarker: 'string' },
  },
  source: {
    service: 'wafv2',
    list: {
      operation: 'ListWebACLs',
      input: { Scope: 'REGIONAL' },
      items: 'WebACLs',
      // One call, as Cloud Custodian (botocore has no paginator for ListWebACLs).
    },
    augment: webAclDetail,
    tags: { kind: 'tagging-api', resourceTypeFilter: 'wafv2:webacl' },
    arn: { field: 'ARN' },
    configType: 'AWS::WAFv2::WebACL',
    // c7n's dimension is `WebACL`; its value is the ACL's name.
    metrics: { namespace: 'AWS/WAFV2', dimension: 'WebACL', field: 'Name' },
    shape: { service: 'wafv2', name: 'WebACL' },
  },
});
