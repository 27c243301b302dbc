// Synthetic AWS account as flight data (Cloud Custodian's placebo layout), for `npm run bench`.
//
//   node bench/gen-account.mjs [--size small|medium|large] [--out bench/.data/account-medium]
//                              [--anchor YYYY-MM-DD]
//
// Medium size (the former full size): 10,000 EC2 instances (DescribeInstances, 1,000 instances
// per page in reservations of 1-4), 10,000 EBS volumes (DescribeVolumes, 1,000 per page: c7n-ts
// asks for MaxResults 1000), 2,000 RDS instances (DescribeDBInstances, 100 per page, the API
// default, with TagList). Small is a quarter of that; large is 50,000 instances, 50,000 volumes
// and 5,000 DB instances. Pages chain with NextToken / Marker; the last page has none.
//
// Deterministic: a seeded PRNG, and every time is relative to the anchor day (default: today,
// 00:00 UTC), so ages, marks and matched counts are the same on any day the data is regenerated.
// The anchor is written to bench-meta.json next to the flight files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** Resources per size; `medium` is the account the figures before 2026-12-07 call "full". */
export const SIZES = {
  small: { ec2: 2_500, ebs: 2_500, rds: 500 },
  medium: { ec2: 10_000, ebs: 10_000, rds: 2_000 },
  large: { ec2: 50_000, ebs: 50_000, rds: 5_000 },
};
const PAGE = { ec2: 1_000, ebs: 1_000, rds: 100 };
export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
const DAY = 86_400_000;

/** Calls to list each type once at this size (the minimum a run can make). */
export function minimumCalls(size = 'medium') {
  const n = counts(size);
  const out = {};
  for (const k of Object.keys(n)) out[k] = Math.max(1, Math.ceil(n[k] / PAGE[k]));
  return out;
}

export function counts(size = 'medium') {
  const n = SIZES[size];
  if (!n) throw new Error(`unknown size ${size}: expected one of ${Object.keys(SIZES).join(', ')}`);
  return { ...n };
}

export function todayAnchor() {
  return new Date().toISOString().slice(0, 10);
}

// mulberry32: small, fast, good enough for synthetic data.
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate({ size = 'medium', out, anchor = todayAnchor() }) {
  const t0 = Date.now();
  const NOW = Date.parse(`${anchor}T00:00:00Z`);
  const rand = prng(0xc7e5);
  const chance = (p) => rand() < p;
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const weighted = (pairs) => {
    let r = rand() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  };
  const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
    return s;
  };
  // Skewed towards recent: most fleets grow, the oldest third is thinner.
  const pastTime = (maxDays) => NOW - Math.floor(rand() ** 1.3 * maxDays * DAY) - int(0, 86_399) * 1000;
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
  const ymd = (ms) => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '/');

  const n = counts(size);
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith('.json')) rmSync(join(out, f));
  let files = 0;
  let bytes = 0;
  const write = (service, op, index, data) => {
    const text = `${JSON.stringify({ status_code: 200, data }, null, 4)}\n`;
    writeFileSync(join(out, `${service}.${op}_${index}.json`), text);
    files++;
    bytes += text.length;
  };
  const meta = () => ({
    RequestId: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    HTTPStatusCode: 200,
    HTTPHeaders: {},
    RetryAttempts: 0,
  });

  // Shared network layout.
  const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1f'];
  const vpcs = Array.from({ length: 12 }, () => `vpc-${hex(17)}`);
  const subnets = vpcs.flatMap((vpc) =>
    AZS.slice(0, 4).map((az) => ({
      id: `subnet-${hex(17)}`,
      vpc,
      az,
      cidr: `10.${int(0, 255)}.${int(0, 255)}.0/24`,
    })),
  );
  const groups = Array.from({ length: 60 }, (_, i) => ({
    GroupId: `sg-${hex(17)}`,
    GroupName: pick(['web', 'app', 'db', 'bastion', 'internal', 'lb', 'default']) + `-${i}`,
  }));
  const teams = ['payments', 'search', 'identity', 'data-platform', 'growth', 'infra', 'ml', 'mobile-api'];
  const apps = [
    'checkout',
    'catalog',
    'auth',
    'etl',
    'recommender',
    'gateway',
    'reporting',
    'billing',
    'chat',
  ];
  const envs = [
    ['prod', 40],
    ['staging', 20],
    ['dev', 25],
    ['test', 10],
    ['Prod', 3],
    ['sandbox', 2],
  ];
  const mark = (op) => `Resource does not meet policy: ${op}@${ymd(NOW + int(-20, 10) * DAY)}`;
  const commonTags = (kind) => {
    if (chance(0.04)) return undefined; // no tags at all: the Tags key is absent
    const tags = [];
    const env = weighted(envs);
    const app = pick(apps);
    if (chance(0.9)) tags.push({ Key: 'Name', Value: `${env}-${app}-${hex(4)}` });
    if (chance(0.78)) tags.push({ Key: 'Environment', Value: env });
    if (chance(0.66)) tags.push({ Key: 'Owner', Value: `${pick(teams)}@example.com` });
    if (chance(0.55)) tags.push({ Key: 'CostCenter', Value: chance(0.9) ? `cc-${int(1000, 1999)}` : 'TBD' });
    if (chance(0.6)) tags.push({ Key: 'Application', Value: app });
    if (chance(0.3)) tags.push({ Key: 'Backup', Value: pick(['daily', 'weekly', 'none']) });
    if (kind === 'ec2' && chance(0.18))
      tags.push({ Key: 'aws:cloudformation:stack-name', Value: `${app}-stack` });
    if (kind === 'ec2' && chance(0.15))
      tags.push({ Key: 'aws:autoscaling:groupName', Value: `${app}-asg-${env}` });
    if (chance(0.06))
      tags.push({
        Key: 'maid_status',
        Value: mark(kind === 'ec2' ? 'stop' : kind === 'ebs' ? 'delete' : 'stop'),
      });
    if (chance(0.03)) tags.push({ Key: 'c7n-exempt', Value: 'true' });
    return tags;
  };

  // ---- EC2 -------------------------------------------------------------------------------
  const instanceTypes = [
    ['t3.micro', 14],
    ['t3.small', 10],
    ['t3.medium', 12],
    ['t3.large', 8],
    ['t2.micro', 6],
    ['m5.large', 10],
    ['m5.xlarge', 8],
    ['m5.2xlarge', 4],
    ['m6i.large', 6],
    ['m6i.4xlarge', 2],
    ['c5.large', 5],
    ['c5.xlarge', 4],
    ['c5.9xlarge', 1],
    ['r5.large', 4],
    ['r5.2xlarge', 2],
    ['r5.12xlarge', 0.5],
    ['p3.2xlarge', 0.8],
    ['p3.16xlarge', 0.2],
    ['g4dn.xlarge', 1.5],
    ['x1.16xlarge', 0.3],
  ];
  const states = [
    [['running', 16], 70],
    [['stopped', 80], 21],
    [['terminated', 48], 5],
    [['pending', 0], 1.5],
    [['stopping', 64], 1],
    [['shutting-down', 32], 1.5],
  ];
  const instances = [];
  for (let i = 0; i < n.ec2; i++) {
    const id = `i-${hex(17)}`;
    const [stateName, code] = weighted(states);
    const launch = pastTime(3 * 365);
    const sn = pick(subnets);
    const ip = `${sn.cidr.split('.').slice(0, 3).join('.')}.${int(4, 250)}`;
    const windows = chance(0.1);
    const alive = stateName !== 'terminated' && stateName !== 'shutting-down';
    const inst = {
      AmiLaunchIndex: 0,
      ImageId: `ami-${hex(17)}`,
      InstanceId: id,
      InstanceType: weighted(instanceTypes),
      KeyName: chance(0.7) ? `${pick(teams)}-key` : undefined,
      LaunchTime: dt(launch),
      Monitoring: { State: chance(0.2) ? 'enabled' : 'disabled' },
      Placement: { AvailabilityZone: sn.az, GroupName: '', Tenancy: chance(0.02) ? 'dedicated' : 'default' },
      Platform: windows ? 'windows' : undefined,
      PrivateDnsName: alive ? `ip-${ip.replaceAll('.', '-')}.ec2.internal` : '',
      PrivateIpAddress: alive ? ip : undefined,
      ProductCodes: [],
      PublicDnsName: '',
      State: { Code: code, Name: stateName },
      StateTransitionReason:
        stateName === 'stopped' || stateName === 'terminated'
          ? `User initiated (${new Date(launch + rand() * (NOW - launch)).toISOString().slice(0, 19).replace('T', ' ')} GMT)`
          : '',
      SubnetId: alive ? sn.id : undefined,
      VpcId: alive ? sn.vpc : undefined,
      Architecture: chance(0.2) ? 'arm64' : 'x86_64',
      BlockDeviceMappings: [],
      ClientToken: hex(32),
      EbsOptimized: chance(0.6),
      EnaSupport: true,
      Hypervisor: 'xen',
      IamInstanceProfile: chance(0.6)
        ? {
            Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/${pick(apps)}-role`,
            Id: `AIPA${hex(17).toUpperCase()}`,
          }
        : undefined,
      NetworkInterfaces: [],
      RootDeviceName: '/dev/xvda',
      RootDeviceType: 'ebs',
      SecurityGroups: alive ? Array.from({ length: int(1, 3) }, () => pick(groups)) : [],
      SourceDestCheck: true,
      StateReason:
        stateName === 'stopped'
          ? {
              Code: 'Client.UserInitiatedShutdown',
              Message: 'Client.UserInitiatedShutdown: User initiated shutdown',
            }
          : undefined,
      Tags: commonTags('ec2'),
      VirtualizationType: 'hvm',
      CpuOptions: { CoreCount: int(1, 8), ThreadsPerCore: 2 },
      CapacityReservationSpecification: { CapacityReservationPreference: 'open' },
      HibernationOptions: { Configured: chance(0.05) },
      MetadataOptions: {
        State: 'applied',
        HttpTokens: chance(0.55) ? 'required' : 'optional',
        HttpPutResponseHopLimit: chance(0.8) ? 1 : 2,
        HttpEndpoint: 'enabled',
        HttpProtocolIpv6: 'disabled',
        InstanceMetadataTags: 'disabled',
      },
      EnclaveOptions: { Enabled: false },
      BootMode: 'uefi-preferred',
      PlatformDetails: windows ? 'Windows' : 'Linux/UNIX',
      UsageOperation: windows ? 'RunInstances:0002' : 'RunInstances',
      UsageOperationUpdateTime: dt(launch),
      PrivateDnsNameOptions: {
        HostnameType: 'ip-name',
        EnableResourceNameDnsARecord: false,
        EnableResourceNameDnsAAAARecord: false,
      },
      MaintenanceOptions: { AutoRecovery: 'default' },
      CurrentInstanceBootMode: 'legacy-bios',
    };
    if (alive) {
      const vols = 1 + (chance(0.35) ? int(1, 2) : 0);
      for (let v = 0; v < vols; v++)
        inst.BlockDeviceMappings.push({
          DeviceName: v === 0 ? '/dev/xvda' : `/dev/sd${'fgh'[v - 1]}`,
          Ebs: {
            AttachTime: dt(launch + v * 60_000),
            DeleteOnTermination: v === 0,
            Status: 'attached',
            VolumeId: `vol-${hex(17)}`,
          },
        });
      const publicIp =
        stateName === 'running' && chance(0.22)
          ? `${int(3, 54)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`
          : undefined;
      if (publicIp) {
        inst.PublicIpAddress = publicIp;
        inst.PublicDnsName = `ec2-${publicIp.replaceAll('.', '-')}.compute-1.amazonaws.com`;
      }
      inst.NetworkInterfaces.push({
        Association: publicIp
          ? { IpOwnerId: 'amazon', PublicDnsName: inst.PublicDnsName, PublicIp: publicIp }
          : undefined,
        Attachment: {
          AttachTime: dt(launch),
          AttachmentId: `eni-attach-${hex(17)}`,
          DeleteOnTermination: true,
          DeviceIndex: 0,
          Status: 'attached',
          NetworkCardIndex: 0,
        },
        Description: '',
        Groups: inst.SecurityGroups,
        Ipv6Addresses: [],
        MacAddress: `0e:${hex(2)}:${hex(2)}:${hex(2)}:${hex(2)}:${hex(2)}`,
        NetworkInterfaceId: `eni-${hex(17)}`,
        OwnerId: ACCOUNT,
        PrivateDnsName: inst.PrivateDnsName,
        PrivateIpAddress: ip,
        PrivateIpAddresses: [{ Primary: true, PrivateDnsName: inst.PrivateDnsName, PrivateIpAddress: ip }],
        SourceDestCheck: true,
        Status: 'in-use',
        SubnetId: sn.id,
        VpcId: sn.vpc,
        InterfaceType: 'interface',
      });
    }
    instances.push(JSON.parse(JSON.stringify(inst))); // drops undefined members, as JSON has none
  }
  // Pages of PAGE.ec2 instances, grouped in reservations of 1-4 launched together.
  const ec2Pages = Math.max(1, Math.ceil(instances.length / PAGE.ec2));
  for (let p = 0; p < ec2Pages; p++) {
    const slice = instances.slice(p * PAGE.ec2, (p + 1) * PAGE.ec2);
    const Reservations = [];
    for (let i = 0; i < slice.length; ) {
      const k = Math.min(
        slice.length - i,
        weighted([
          [1, 70],
          [2, 15],
          [3, 8],
          [4, 7],
        ]),
      );
      Reservations.push({
        Groups: [],
        Instances: slice.slice(i, i + k),
        OwnerId: ACCOUNT,
        ReservationId: `r-${hex(17)}`,
      });
      i += k;
    }
    const data = { Reservations, ResponseMetadata: meta() };
    if (p < ec2Pages - 1) data.NextToken = `eyJ2IjoiMiIsImMiOiJ${hex(40)}`;
    write('ec2', 'DescribeInstances', p + 1, data);
  }

  // ---- EBS -------------------------------------------------------------------------------
  const attachable = instances.filter((r) => r.BlockDeviceMappings.length);
  const volumes = [];
  for (let i = 0; i < n.ebs; i++) {
    const state = weighted([
      ['in-use', 70],
      ['available', 27],
      ['creating', 1],
      ['deleting', 0.5],
      ['error', 0.5],
    ]);
    const type = weighted([
      ['gp2', 35],
      ['gp3', 45],
      ['io1', 5],
      ['io2', 3],
      ['st1', 5],
      ['sc1', 3],
      ['standard', 4],
    ]);
    const size = weighted([
      [8, 25],
      [20, 15],
      [30, 10],
      [50, 10],
      [100, 15],
      [250, 8],
      [500, 8],
      [1000, 5],
      [2000, 2],
      [16384, 2],
    ]);
    const created = pastTime(3 * 365);
    const id = `vol-${hex(17)}`;
    const encrypted = chance(0.62);
    const vol = {
      Attachments: [],
      AvailabilityZone: pick(AZS),
      CreateTime: dt(created),
      Encrypted: encrypted,
      KmsKeyId: encrypted
        ? `arn:aws:kms:${REGION}:${ACCOUNT}:key/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`
        : undefined,
      Size: size,
      SnapshotId: chance(0.4) ? `snap-${hex(17)}` : '',
      State: state,
      VolumeId: id,
      Iops:
        type === 'gp2'
          ? Math.max(100, Math.min(16000, size * 3))
          : type.startsWith('io')
            ? int(1, 20) * 1000
            : type === 'gp3'
              ? 3000
              : undefined,
      Tags: commonTags('ebs'),
      VolumeType: type,
      MultiAttachEnabled: false,
      Throughput: type === 'gp3' ? pick([125, 125, 250, 500]) : undefined,
    };
    if (state === 'in-use' && attachable.length) {
      const inst = attachable[(i * 7919) % attachable.length];
      vol.AvailabilityZone = inst.Placement.AvailabilityZone;
      vol.Attachments.push({
        AttachTime: dt(Math.max(created, Date.parse(`${inst.LaunchTime.year}-01-01`))),
        Device: pick(['/dev/xvda', '/dev/sdf', '/dev/sdg']),
        InstanceId: inst.InstanceId,
        State: 'attached',
        VolumeId: id,
        DeleteOnTermination: chance(0.5),
      });
    }
    volumes.push(JSON.parse(JSON.stringify(vol)));
  }
  const ebsPages = Math.max(1, Math.ceil(volumes.length / PAGE.ebs));
  for (let p = 0; p < ebsPages; p++) {
    const data = { Volumes: volumes.slice(p * PAGE.ebs, (p + 1) * PAGE.ebs), ResponseMetadata: meta() };
    if (p < ebsPages - 1) data.NextToken = `${hex(64)}`;
    write('ec2', 'DescribeVolumes', p + 1, data);
  }

  // ---- RDS -------------------------------------------------------------------------------
  const engines = [
    [['mysql', ['8.0.35', '8.0.28', '5.7.44'], 3306], 30],
    [['postgres', ['16.1', '15.5', '14.10', '13.13', '11.22'], 5432], 40],
    [['mariadb', ['10.11.6', '10.6.16'], 3306], 10],
    [['oracle-se2', ['19.0.0.0.ru-2023-10.rur-2023-10.r1'], 1521], 8],
    [['sqlserver-se', ['15.00.4345.5.v1'], 1433], 7],
    [['sqlserver-ex', ['15.00.4345.5.v1'], 1433], 5],
  ];
  const classes = [
    ['db.t3.micro', 15],
    ['db.t3.medium', 15],
    ['db.t4g.large', 10],
    ['db.m5.large', 15],
    ['db.m5.xlarge', 10],
    ['db.m6g.2xlarge', 8],
    ['db.r5.large', 10],
    ['db.r5.4xlarge', 5],
    ['db.r6g.8xlarge', 2],
    ['db.x2g.16xlarge', 1],
  ];
  const dbs = [];
  for (let i = 0; i < n.rds; i++) {
    const [engine, versions, port] = weighted(engines);
    const app = pick(apps);
    const env = weighted(envs);
    const name = `${env.toLowerCase()}-${app}-${engine.split('-')[0]}-${i}`;
    const created = pastTime(3 * 365);
    const status = weighted([
      ['available', 86],
      ['stopped', 8],
      ['backing-up', 2],
      ['modifying', 2],
      ['storage-full', 1],
      ['creating', 1],
    ]);
    const encrypted = chance(0.7);
    const vpc = pick(vpcs);
    const subs = subnets.filter((s) => s.vpc === vpc);
    const multiAz = env === 'prod' ? chance(0.8) : chance(0.1);
    const tags = commonTags('rds') ?? [];
    dbs.push(
      JSON.parse(
        JSON.stringify({
          DBInstanceIdentifier: name,
          DBInstanceClass: weighted(classes),
          Engine: engine,
          DBInstanceStatus: status,
          MasterUsername: chance(0.5) ? 'admin' : 'root',
          DBName: engine.startsWith('sqlserver') || engine.startsWith('oracle') ? undefined : app,
          Endpoint: {
            Address: `${name}.c${hex(11)}.${REGION}.rds.amazonaws.com`,
            Port: port,
            HostedZoneId: 'Z2R2ITUGPM61AM',
          },
          AllocatedStorage: weighted([
            [20, 30],
            [100, 30],
            [500, 20],
            [1000, 12],
            [4000, 6],
            [16000, 2],
          ]),
          InstanceCreateTime: dt(created),
          PreferredBackupWindow: '03:00-03:30',
          BackupRetentionPeriod: weighted([
            [0, 6],
            [1, 14],
            [7, 50],
            [14, 15],
            [35, 15],
          ]),
          DBSecurityGroups: [],
          VpcSecurityGroups: [{ VpcSecurityGroupId: pick(groups).GroupId, Status: 'active' }],
          DBParameterGroups: [{ DBParameterGroupName: `default.${engine}`, ParameterApplyStatus: 'in-sync' }],
          AvailabilityZone: subs[0].az,
          DBSubnetGroup: {
            DBSubnetGroupName: `${app}-subnets`,
            DBSubnetGroupDescription: `${app} subnets`,
            VpcId: vpc,
            SubnetGroupStatus: 'Complete',
            Subnets: subs.map((s) => ({
              SubnetIdentifier: s.id,
              SubnetAvailabilityZone: { Name: s.az },
              SubnetOutpost: {},
              SubnetStatus: 'Active',
            })),
          },
          PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
          PendingModifiedValues: {},
          LatestRestorableTime: status === 'available' ? dt(NOW - 300_000) : undefined,
          MultiAZ: multiAz,
          SecondaryAvailabilityZone: multiAz ? subs[1].az : undefined,
          EngineVersion: pick(versions),
          AutoMinorVersionUpgrade: chance(0.8),
          ReadReplicaDBInstanceIdentifiers: [],
          LicenseModel:
            engine.startsWith('oracle') || engine.startsWith('sqlserver')
              ? 'license-included'
              : 'general-public-license',
          OptionGroupMemberships: [{ OptionGroupName: `default:${engine}`, Status: 'in-sync' }],
          PubliclyAccessible: chance(0.07),
          StorageType: pick(['gp2', 'gp3', 'io1']),
          DbInstancePort: 0,
          StorageEncrypted: encrypted,
          KmsKeyId: encrypted
            ? `arn:aws:kms:${REGION}:${ACCOUNT}:key/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`
            : undefined,
          DbiResourceId: `db-${hex(26).toUpperCase()}`,
          CACertificateIdentifier: chance(0.8) ? 'rds-ca-rsa2048-g1' : 'rds-ca-2019',
          DomainMemberships: [],
          CopyTagsToSnapshot: chance(0.6),
          MonitoringInterval: pick([0, 0, 60]),
          DBInstanceArn: `arn:aws:rds:${REGION}:${ACCOUNT}:db:${name}`,
          IAMDatabaseAuthenticationEnabled: chance(0.2),
          PerformanceInsightsEnabled: chance(0.4),
          DeletionProtection: env === 'prod' ? chance(0.85) : chance(0.15),
          AssociatedRoles: [],
          TagList: tags,
          CustomerOwnedIpEnabled: false,
          ActivityStreamStatus: 'stopped',
          BackupTarget: 'region',
          NetworkType: 'IPV4',
          StorageThroughput: 0,
          CertificateDetails: { CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: dt(NOW + 400 * DAY) },
          DedicatedLogVolume: false,
          IsStorageConfigUpgradeAvailable: false,
          EngineLifecycleSupport: 'open-source-rds-extended-support',
        }),
      ),
    );
  }
  const rdsPages = Math.max(1, Math.ceil(dbs.length / PAGE.rds));
  for (let p = 0; p < rdsPages; p++) {
    const data = { DBInstances: dbs.slice(p * PAGE.rds, (p + 1) * PAGE.rds), ResponseMetadata: meta() };
    if (p < rdsPages - 1) data.Marker = `${dbs[(p + 1) * PAGE.rds - 1].DBInstanceIdentifier}`;
    write('rds', 'DescribeDBInstances', p + 1, data);
  }

  const info = {
    anchor,
    size,
    counts: n,
    pages: { ec2: ec2Pages, ebs: ebsPages, rds: rdsPages },
    files,
    bytes,
  };
  writeFileSync(join(out, 'bench-meta.json'), `${JSON.stringify(info, null, 2)}\n`);
  return { ...info, ms: Date.now() - t0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'medium' },
      out: { type: 'string' },
      anchor: { type: 'string', default: todayAnchor() },
    },
  });
  const out = values.out ?? new URL(`./.data/account-${values.size}`, import.meta.url).pathname;
  const r = generate({ size: values.size, out, anchor: values.anchor });
  console.log(
    `gen-account: ${out}: ${r.counts.ec2} instances, ${r.counts.ebs} volumes, ${r.counts.rds} DB instances; ` +
      `${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB, anchor ${r.anchor}, ${r.ms} ms`,
  );
}
