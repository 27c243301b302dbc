import type { Resource } from '@c7n-ts/core';
import type { SendFn } from '../types.js';

/**
 * Cloud Custodian's describe augment of Elasticsearch domains: ListDomainNames gives names only,
 * so DescribeElasticsearchDomains (at most 5 names a call, the API's limit) gives the domains,
 * then ListTags per domain ARN gives its `Tags`, batch by batch in that order.
 */
export async function describeDomains(listed: Resource[], send: SendFn): Promise<Resource[]> {
  const out: Resource[] = [];
  for (let i = 0; i < listed.length; i += 5) {
    const names = listed.slice(i, i + 5).map((d) => d.DomainName);
    const answer = await send('DescribeElasticsearchDomains', { DomainNames: names });
    const domains = (answer.DomainStatusList ?? []) as Resource[];
    for (const d of domains) {
      const tags = await send('ListTags', { ARN: d.ARN });
      d.Tags = tags.TagList ?? [];
    }
    out.push(...domains);
  }
  return out;
}
