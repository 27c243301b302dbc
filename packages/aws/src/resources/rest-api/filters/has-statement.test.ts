import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import restApis from '../resource.js';
import hasStatement from './has-statement.js';

// GetRestApis returns the policy with its quotes and slashes escaped, as here.
const escaped = (doc: unknown) => JSON.stringify(doc).replace(/"/g, '\\"').replace(/\//g, '\\/');
const denyOutsideVpce = (name: string) => ({
  Sid: 'vpce-only',
  Effect: 'Deny',
  Principal: '*',
  Action: 'execute-api:Invoke',
  Resource: `arn:aws:execute-api:us-east-1:123456789012:${name}/*`,
  Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a' } },
});
const api = (name: string, ...Statement: unknown[]): Resource => ({
  id: `id-${name}`,
  name,
  ...(Statement.length ? { policy: escaped({ Version: '2012-10-17', Statement }) } : {}),
});
const resources = () => [
  api('guarded', denyOutsideVpce('guarded')),
  api('elsewhere', denyOutsideVpce('other')),
  api('open'),
];

testFilter(hasStatement, {
  resourceType: restApis,
  context: { accountId: '123456789012', region: 'us-east-1' },
  valid: [{ statement_ids: ['vpce-only'] }],
  invalid: [{ options: { statements: [{ Action: '*' }] }, messageId: 'schema' }],
  cases: [
    {
      name: 'statement ids, read from the escaped policy',
      options: { statement_ids: ['vpce-only'] },
      resources: resources(),
      matches: ['id-guarded', 'id-elsewhere'],
    },
    {
      name: 'statements with {api_name}',
      options: {
        statements: [
          {
            Effect: 'Deny',
            Action: 'execute-api:Invoke',
            Principal: '*',
            Resource: 'arn:aws:execute-api:{region}:{account_id}:{api_name}/*',
            PartialMatch: 'Condition',
            Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a' } },
          },
        ],
      },
      resources: resources(),
      matches: ['id-guarded'],
    },
  ],
});
