import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { annotateParents, orgUnits, PARENTS } from './_org-units.js';

export default defineFilter({
  type: 'org-unit',
  resources: ['aws.org-account'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: [
    'organizations:DescribeOrganizationalUnit',
    'organizations:ListChildren',
    'organizations:ListParents',
    'organizations:ListRoots',
    'organizations:ListTagsForResource',
    'tag:GetResources',
  ],
  doc: {
    summary:
      "Accounts by the organizational units they sit in, at any depth: value filter options apply to each unit (Id, Name, Arn, Path, Tags), and an account matches when one of its units does. As in Cloud Custodian, the organization's units are listed (ListRoots, ListChildren, DescribeOrganizationalUnit), then each account's parent read (ListParents); its units are kept, nearest first, in `c7n:parents`.",
    example: '- type: org-unit\n  key: Name\n  value: dev',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Id', PARENTS],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        const units = await orgUnits(p, region);
        await annotateParents(p, region, accounts, units);
        const hits = await matcher([...units.values()], ectx);
        return accounts.filter((a) => ((a[PARENTS] ?? []) as Resource[]).some((u) => hits.has(u)));
      },
    };
  },
});
