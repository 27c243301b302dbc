/**
 * Which AWS operations change something: the one definition behind `c7n-ts test`'s
 * `expect.calls` (the changing calls a policy's actions make) and the end-to-end checks that a
 * `--dryrun` made none. AWS names its read-only operations by verb; every other verb (Create,
 * Put, Delete, Modify, Start, Generate, ...) counts as a change.
 */

// Head (S3), Lookup (CloudTrail LookupEvents), Search (SageMaker Search, Resource Explorer),
// Select (AWS Config's SelectResourceConfig), BatchGet (ECR BatchGetImage, DynamoDB
// BatchGetItem) and Simulate (IAM SimulatePrincipalPolicy, check-permissions) only read.
const READ_VERBS = /^(Describe|List|Get|Head|Lookup|Search|Select|BatchGet|Simulate)(?![a-z])/;

/** Whether an operation (`DeleteDBInstance`, not `DescribeDBInstances`) changes something. */
export const isMutatingOperation = (operation: string): boolean => !READ_VERBS.test(operation);
