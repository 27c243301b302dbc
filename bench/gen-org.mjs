// Synthetic organisation as flight data, for bench/org.mjs (issue 16's organisation benchmark).
//
//   node bench/gen-org.mjs [--accounts 100] [--out bench/.data/org-100] [--anchor YYYY-MM-DD]
//
// N accounts (acct-0001 ... with ids 200000000001 ...), each with a role and two regions
// (us-east-1, eu-west-1), written as c7n-org's accounts.yml, and per account×region the answers
// `c7n-ts org run --replay` reads (DIR/<account-name>/<region>/, docs/org.md):
//   sts.AssumeRole_1.json          the account's role, with an access key id naming the
//                                  account (bench/c7n-org-replay.py routes c7n-org's calls by it)
//   ec2.DescribeInstances_1.json   20-50 instances, one page
//   ec2.DescribeVolumes_1.json     10-30 volumes, one page
// and policies.yml: 8 everyday EC2/EBS policies taken from bench/policies.yml.
//
// Deterministic: each account×region has its own seeded PRNG (account i's data is the same
// whatever N is), and every time is relative to the anchor day (default today, 00:00 UTC), with
// ages kept away from the policies' thresholds (7 and 30 days), so matches do not depend on the
// hour the data is read. bench-meta.json records the anchor, N and the generator's version.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prng, todayAnchor } from './gen-account.mjs';

export { todayAnchor };

const here = dirname(fileURLToPath(import.meta.url));
/** Bumped whenever the generated data changes shape: older data is regenerated. */
export const GEN_VERSION = 1;
export const REGIONS = ['us-east-1', 'eu-west-1'];
/** The policies of bench/policies.yml the organisation runs (EC2 and EBS: one listing each). */
export const ORG_POLICIES = [
  'ec2-missing-owner',
  'ec2-imdsv1',
  'ec2-public-ip-not-web',
  'ec2-stopped-long',
  'ec2-launched-last-week',
  'ebs-unattached',
  'ebs-unencrypted',
  'ebs-missing-owner',
];
const DAY = 86_400_000;

export const accountName = (i) => `acct-${String(i).padStart(4, '0')}`;
export const accountId = (i) => String(200_000_000_000 + i);

/** The ORG_POLICIES blocks of bench/policies.yml, as text, under a `policies:` key. */
export function orgPolicies() {
  const text = readFileSync(join(here, 'policies.yml'), 'utf8');
  const blocks = new Map();
  let name;
  for (const line of text.split('\n')) {
    const m = /^ {2}- name: (\S+)/.exec(line);
    if (m) name = m[1];
    else if (/^\S/.test(line) || /^ {2}#/.test(line)) name = undefined;
    if (name) blocks.set(name, [...(blocks.get(name) ?? []), line]);
  }
  const out = ORG_POLICIES.map((n) => {
    const b = blocks.get(n);
    if (!b) throw new Error(`bench/policies.yml has no policy ${n}`);
    while (b.at(-1).trim() === '') b.pop();
    return b.join('\n');
  });
  return `# ${ORG_POLICIES.length} policies of bench/policies.yml, run in every account×region by bench/org.mjs.\npolicies:\n${out.join('\n\n')}\n`;
}

/** One account×region's answers. */
function cell(i, ri, NOW) {
  const region = REGIONS[ri];
  const account = accountId(i);
  const rand = prng((i * 7919 + ri * 104_729 + 0x0a6) >>> 0);
  const chance = (p) => rand() < p;
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const hex = (n) => {
    let s = '';
    for (let k = 0; k < n; k++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
    return s;
  };
  const dt = (ms) => {
    const d = new Date(ms);
    return {
      __class__: 'datetime',
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      microsecond: 0,
    };
  };
  // Whole days plus 0-12 hours before the anchor: an age in days read at any hour of the anchor
  // day (or the next) stays within [d, d + 1.5), clear of thresholds at d - 1 and d + 2.
  const ago = (days) => NOW - days * DAY - int(0, 12 * 3600) * 1000;
  const ageDays = () => (chance(0.15) ? int(0, 4) : chance(0.5) ? int(10, 27) : int(33, 900));
  const meta = () => ({
    RequestId: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    HTTPStatusCode: 200,
  });
  const azs = ['a', 'b', 'c'].map((z) => `${region}${z}`);
  const vpc = `vpc-${hex(17)}`;
  const subnets = azs.map((az) => ({ id: `subnet-${hex(17)}`, az, net: `10.${int(0, 255)}.${int(0, 255)}` }));
  const apps = ['checkout', 'catalog', 'auth', 'etl', 'gateway', 'billing'];
  const envs = ['prod', 'staging', 'dev', 'test'];
  const tags = (kind) => {
    const env = pick(envs);
    const app = pick(apps);
    // Every instance has a Name: Cloud Custodian looks tags up again (DescribeTags) when a
    // sampled instance has none, which the replay would not answer.
    const t = kind === 'ec2' || chance(0.7) ? [{ Key: 'Name', Value: `${env}-${app}-${hex(4)}` }] : [];
    if (chance(0.7)) t.push({ Key: 'Environment', Value: env });
    if (chance(0.6)) t.push({ Key: 'Owner', Value: `${app}@example.com` });
    if (chance(0.5)) t.push({ Key: 'CostCenter', Value: chance(0.9) ? `cc-${int(1000, 1999)}` : 'TBD' });
    if (kind === 'ec2' && chance(0.15)) t.push({ Key: 'aws:autoscaling:groupName', Value: `${app}-asg` });
    if (chance(0.04)) t.push({ Key: 'c7n-exempt', Value: 'true' });
    return t;
  };
  const states = [
    ['running', 16],
    ['running', 16],
    ['running', 16],
    ['stopped', 80],
    ['terminated', 48],
  ];
  const instances = [];
  for (let k = int(20, 50); k > 0; k--) {
    const [state, code] = pick(states);
    const launch = ago(ageDays());
    const sn = pick(subnets);
    const ip = `${sn.net}.${int(4, 250)}`;
    const alive = state !== 'terminated';
    const inst = {
      AmiLaunchIndex: 0,
      ImageId: `ami-${hex(17)}`,
      InstanceId: `i-${hex(17)}`,
      InstanceType: pick(['t3.micro', 't3.medium', 'm5.large', 'm5.xlarge', 'c5.large', 'r5.large']),
      LaunchTime: dt(launch),
      Monitoring: { State: 'disabled' },
      Placement: { AvailabilityZone: sn.az, GroupName: '', Tenancy: 'default' },
      PrivateDnsName: alive ? `ip-${ip.replaceAll('.', '-')}.${region}.compute.internal` : '',
      PrivateIpAddress: alive ? ip : undefined,
      ProductCodes: [],
      PublicDnsName: '',
      State: { Code: code, Name: state },
      StateTransitionReason:
        state === 'running'
          ? ''
          : `User initiated (${new Date(Math.max(launch, ago(ageDays()))).toISOString().slice(0, 19).replace('T', ' ')} GMT)`,
      SubnetId: alive ? sn.id : undefined,
      VpcId: alive ? vpc : undefined,
      Architecture: chance(0.2) ? 'arm64' : 'x86_64',
      BlockDeviceMappings: alive
        ? [
            {
              DeviceName: '/dev/xvda',
              Ebs: {
                AttachTime: dt(launch),
                DeleteOnTermination: true,
                Status: 'attached',
                VolumeId: `vol-${hex(17)}`,
              },
            },
          ]
        : [],
      EbsOptimized: chance(0.6),
      EnaSupport: true,
      Hypervisor: 'xen',
      IamInstanceProfile: chance(0.6)
        ? {
            Arn: `arn:aws:iam::${account}:instance-profile/${pick(apps)}`,
            Id: `AIPA${hex(17).toUpperCase()}`,
          }
        : undefined,
      RootDeviceName: '/dev/xvda',
      RootDeviceType: 'ebs',
      SecurityGroups: alive ? [{ GroupId: `sg-${hex(17)}`, GroupName: `${pick(apps)}-sg` }] : [],
      SourceDestCheck: true,
      Tags: tags('ec2'),
      VirtualizationType: 'hvm',
      MetadataOptions: {
        State: 'applied',
        HttpTokens: chance(0.55) ? 'required' : 'optional',
        HttpPutResponseHopLimit: 1,
        HttpEndpoint: 'enabled',
      },
      PlatformDetails: 'Linux/UNIX',
    };
    if (state === 'running' && chance(0.25)) {
      inst.PublicIpAddress = `${int(3, 54)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
      inst.PublicDnsName = `ec2-${inst.PublicIpAddress.replaceAll('.', '-')}.${region}.compute.amazonaws.com`;
    }
    instances.push(JSON.parse(JSON.stringify(inst)));
  }
  const Reservations = [];
  for (let k = 0; k < instances.length; ) {
    const n = Math.min(instances.length - k, chance(0.7) ? 1 : int(2, 4));
    Reservations.push({
      Groups: [],
      Instances: instances.slice(k, k + n),
      OwnerId: account,
      ReservationId: `r-${hex(17)}`,
    });
    k += n;
  }
  const volumes = [];
  for (let k = int(10, 30); k > 0; k--) {
    const attached = chance(0.65) ? pick(instances.filter((x) => x.State.Name !== 'terminated')) : undefined;
    const encrypted = chance(0.6);
    const type = pick(['gp2', 'gp3', 'gp3', 'io1', 'st1']);
    const id = `vol-${hex(17)}`;
    const size = pick([8, 20, 50, 100, 500, 2000]);
    volumes.push(
      JSON.parse(
        JSON.stringify({
          Attachments: attached
            ? [
                {
                  AttachTime: attached.LaunchTime,
                  Device: '/dev/sdf',
                  InstanceId: attached.InstanceId,
                  State: 'attached',
                  VolumeId: id,
                  DeleteOnTermination: false,
                },
              ]
            : [],
          AvailabilityZone: attached?.Placement.AvailabilityZone ?? pick(azs),
          CreateTime: dt(ago(ageDays())),
          Encrypted: encrypted,
          KmsKeyId: encrypted
            ? `arn:aws:kms:${region}:${account}:key/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`
            : undefined,
          Size: size,
          SnapshotId: '',
          State: attached ? 'in-use' : 'available',
          VolumeId: id,
          Iops:
            type === 'gp2'
              ? Math.max(100, size * 3)
              : type === 'io1'
                ? 3000
                : type === 'gp3'
                  ? 3000
                  : undefined,
          Tags: tags('ebs'),
          VolumeType: type,
          MultiAttachEnabled: false,
        }),
      ),
    );
  }
  const assume = {
    Credentials: {
      // Names the account (the same in both regions): bench/c7n-org-replay.py answers c7n-org's
      // calls made with these credentials from this account's folder of the client's region.
      AccessKeyId: `ASIABENCH${account}`,
      SecretAccessKey: hex(40),
      SessionToken: hex(64),
      Expiration: dt(NOW + 3 * DAY),
    },
    AssumedRoleUser: {
      AssumedRoleId: `AROA${hex(17).toUpperCase()}:session`,
      Arn: `arn:aws:sts::${account}:assumed-role/custodian/session`,
    },
    ResponseMetadata: meta(),
  };
  return {
    'sts.AssumeRole_1.json': assume,
    'ec2.DescribeInstances_1.json': { Reservations, ResponseMetadata: meta() },
    'ec2.DescribeVolumes_1.json': { Volumes: volumes, ResponseMetadata: meta() },
    counts: { instances: instances.length, volumes: volumes.length },
  };
}

/** Writes the organisation of `accounts` accounts into `out`; returns what it wrote. */
export function generate({ accounts, out, anchor = todayAnchor() }) {
  const t0 = Date.now();
  const NOW = Date.parse(`${anchor}T00:00:00Z`);
  rmSync(out, { recursive: true, force: true });
  const flight = join(out, 'flight');
  let files = 0;
  let bytes = 0;
  let instances = 0;
  let volumes = 0;
  const yml = ['# c7n-org accounts file of bench/org.mjs (generated by bench/gen-org.mjs)', 'accounts:'];
  for (let i = 1; i <= accounts; i++) {
    const name = accountName(i);
    const id = accountId(i);
    yml.push(
      `  - name: ${name}`,
      `    account_id: "${id}"`,
      `    role: arn:aws:iam::${id}:role/custodian`,
      `    regions: [${REGIONS.join(', ')}]`,
      `    tags: ["env:${['prod', 'dev', 'staging'][i % 3]}", "ou:bench"]`,
    );
    for (let ri = 0; ri < REGIONS.length; ri++) {
      const dir = join(flight, name, REGIONS[ri]);
      mkdirSync(dir, { recursive: true });
      const { counts, ...answers } = cell(i, ri, NOW);
      instances += counts.instances;
      volumes += counts.volumes;
      for (const [file, data] of Object.entries(answers)) {
        // As placebo writes them (json.dump(..., indent=4)).
        const text = `${JSON.stringify({ status_code: 200, data }, null, 4)}\n`;
        writeFileSync(join(dir, file), text);
        files++;
        bytes += text.length;
      }
    }
  }
  writeFileSync(join(out, 'accounts.yml'), `${yml.join('\n')}\n`);
  writeFileSync(join(out, 'policies.yml'), orgPolicies());
  const info = {
    version: GEN_VERSION,
    anchor,
    accounts,
    regions: REGIONS,
    cells: accounts * REGIONS.length,
    policies: ORG_POLICIES.length,
    counts: { instances, volumes },
    files,
    bytes,
  };
  writeFileSync(join(out, 'bench-meta.json'), `${JSON.stringify(info, null, 2)}\n`);
  return { ...info, ms: Date.now() - t0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      accounts: { type: 'string', default: '100' },
      out: { type: 'string' },
      anchor: { type: 'string', default: todayAnchor() },
    },
  });
  const n = Number(values.accounts);
  const out = values.out ?? join(here, '.data', `org-${n}`);
  const r = generate({ accounts: n, out, anchor: values.anchor });
  console.log(
    `gen-org: ${out}: ${r.accounts} accounts × ${r.regions.length} regions, ${r.counts.instances} instances, ` +
      `${r.counts.volumes} volumes; ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB, anchor ${r.anchor}, ${r.ms} ms`,
  );
}
