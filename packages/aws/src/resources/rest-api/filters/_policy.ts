/**
 * API Gateway returns a REST API's resource policy as JSON with its quotes and slashes escaped
 * (`{\"Version\":...}`); Cloud Custodian drops every backslash before reading it.
 */
export const unescapePolicy = (policy: string): string => policy.replace(/\\/g, '');
