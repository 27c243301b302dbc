/**
 * The built-in plain-text email: the text part beside default.html, with the same content.
 * Text templates render without HTML escaping.
 */
export default `Policy: {{policy.name}}
{{#if policy.description}}{{policy.description}}
{{/if}}
Account {{account_id}}, region {{region}}: {{count}} {{resource_type}} resource(s), {{date execution_start}}
{{#if action.violation_desc}}
Violation: {{action.violation_desc}}
{{/if}}
{{#if action.action_desc}}
Action taken: {{action.action_desc}}
{{/if}}

Resources:
{{#each rows}}
- {{id}}{{#if name}} ({{name}}){{/if}}
{{#each ../columns}}
    {{this}}: {{lookup ../cells @index}}
{{/each}}
{{#if link}}
    {{link}}
{{/if}}
{{/each}}

--
Sent by c7n-ts for policy {{policy.name}}.
`;
