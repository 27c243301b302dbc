import type { Resource } from '@c7n-ts/core';
import { policyHasStatement } from '../../../common/filters/has-statement.js';
import { unescapePolicy } from './_policy.js';

/** c7n rewrites each API's `policy` unescaped before matching (and so in its output). */
async function unescapePolicies(apis: Resource[]): Promise<void> {
  for (const api of apis)
    if (typeof api.policy === 'string' && api.policy) api.policy = unescapePolicy(api.policy);
}

export default policyHasStatement({
  resources: ['aws.rest-api'],
  permissions: ['apigateway:GET'],
  noun: 'REST API',
  placeholders: '{api_name}',
  policyField: 'policy',
  policySource: 'the `policy` GetRestApis returns, unescaped',
  prefetch: unescapePolicies,
  formatArgs: (api) => ({ api_name: typeof api.name === 'string' ? api.name : undefined }),
  example: [
    '- type: has-statement',
    '  statements:',
    '    - Effect: Deny',
    '      Action: execute-api:Invoke',
    '      Principal: "*"',
    '      PartialMatch: Condition',
    '      Condition:',
    '        StringNotEquals:',
    '          aws:SourceVpce: vpce-0123456789abcdef0',
  ].join('\n'),
});
