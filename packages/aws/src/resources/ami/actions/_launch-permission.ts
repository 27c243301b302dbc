/**
 * Shared by `set-permissions` and `remove-launch-permissions` (not an element itself): launch
 * permission entries from principal strings, as c7n builds them.
 */
export type LaunchPermission =
  | { Group: 'all' }
  | { UserId: string }
  | { OrganizationArn: string }
  | { OrganizationalUnitArn: string };

// c7n matches these at the start of the value only (Python's re.match); other values are dropped.
const ACCOUNT = /^\d{12}/;
const ORG = /^arn:[a-zA-Z-]+:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}/;
const OU = /^arn:[a-zA-Z-]+:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}/;

/** `all` first, then accounts, organizations and units, each in the order given. */
export function launchPermissions(principals: readonly string[]): LaunchPermission[] {
  return [
    ...(principals.includes('all') ? [{ Group: 'all' as const }] : []),
    ...principals.filter((p) => ACCOUNT.test(p)).map((UserId) => ({ UserId })),
    ...principals.filter((p) => ORG.test(p)).map((OrganizationArn) => ({ OrganizationArn })),
    ...principals.filter((p) => OU.test(p)).map((OrganizationalUnitArn) => ({ OrganizationalUnitArn })),
  ];
}
