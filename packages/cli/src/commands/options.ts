/**
 * What the command definitions share: option parsers and option groups, and `lazy`, which
 * loads a command's implementation (actions/) only when that command runs. The definitions
 * import nothing else, so `c7n-ts --help` and `c7n-ts version` load no engine, registry or SDK.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';

/** An action handler loaded on first use from the module's default export. */
export function lazy<A extends unknown[]>(
  load: () => Promise<{ default: (...args: A) => unknown }>,
): (...args: A) => Promise<void> {
  return async (...args) => {
    await (await load()).default(...args);
  };
}

/** For repeatable options. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function positiveInt(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new InvalidArgumentError(`${flag} takes a whole number of at least 1`);
    return n;
  };
}

// us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, us-iso-east-1 ...
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** A region name as AWS spells them, or `all`; a typo fails here instead of at the first call. */
export function regionName(value: string): string {
  if (value === 'all' || REGION.test(value)) return value;
  throw new InvalidArgumentError(`"${value}" is not an AWS region name (e.g. us-east-1), nor all`);
}

/** One region, for commands that act in a single one. */
export function singleRegion(value: string): string {
  if (REGION.test(value)) return value;
  throw new InvalidArgumentError(`"${value}" is not an AWS region name (e.g. us-east-1)`);
}

export const archiveOption = () =>
  new Option('--archive <zip>', 'upload this zip instead of building the bundle (tests)').hideHelp();

/** Options `remove` and `prune` share with `run` to reach an account. */
export function accountOptions(cmd: Command, regionParser: (v: string, prev: string[]) => string[]): Command {
  return cmd
    .option('-r, --region <region>', 'region (repeatable); default AWS_REGION or us-east-1', regionParser, [])
    .option('--account-id <id>', 'account id to use instead of asking STS')
    .option('--assume-role <arn>', 'IAM role to assume first')
    .option('--profile <name>', 'AWS shared-config profile')
    .option('--replay <dir>', 'serve every AWS call from recorded flight data in DIR')
    .option('--record <dir>', 'record every AWS response into DIR as flight data')
    .option('--flight-log <file>', 'with --replay/--record: write every call made, in order, to FILE');
}
