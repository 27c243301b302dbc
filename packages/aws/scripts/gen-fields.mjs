#!/usr/bin/env node
/**
 * Writes packages/aws/src/generated/fields.ts: the member names of the AWS SDK output shapes
 * our resource types return, read from the client packages' `.d.ts` models with the
 * TypeScript compiler API, so `fields` follows the SDK instead of a hand-kept list.
 *
 *   node packages/aws/scripts/gen-fields.mjs           # write the file
 *   node packages/aws/scripts/gen-fields.mjs --check   # exit 1 when the file is stale
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'generated', 'fields.ts');
const require = createRequire(join(here, '..', 'package.json'));

/** Item shapes per client; the service key is the one resource declarations use. */
const ITEMS = {
  acm: { pkg: '@aws-sdk/client-acm', shapes: ['CertificateDetail'] },
  apigateway: { pkg: '@aws-sdk/client-api-gateway', shapes: ['RestApi', 'Stage'] },
  autoscaling: { pkg: '@aws-sdk/client-auto-scaling', shapes: ['AutoScalingGroup'] },
  cloudformation: { pkg: '@aws-sdk/client-cloudformation', shapes: ['Stack'] },
  // DistributionConfig: the members distribution-config and set-attributes read and write.
  cloudfront: { pkg: '@aws-sdk/client-cloudfront', shapes: ['DistributionConfig', 'DistributionSummary'] },
  // UpdateTrailRequest: the request members the cloudtrail update-trail action accepts.
  cloudtrail: { pkg: '@aws-sdk/client-cloudtrail', shapes: ['Trail', 'UpdateTrailRequest'] },
  config: { pkg: '@aws-sdk/client-config-service', shapes: ['ConfigurationRecorder'] },
  // UpdateTableInput: the request members the dynamodb-table update action accepts.
  dynamodb: { pkg: '@aws-sdk/client-dynamodb', shapes: ['TableDescription', 'UpdateTableInput'] },
  ec2: {
    pkg: '@aws-sdk/client-ec2',
    shapes: [
      'Address',
      'Image',
      'Instance',
      'InternetGateway',
      'KeyPairInfo',
      'NatGateway',
      'NetworkInterface',
      'RouteTable',
      'SecurityGroup',
      'Snapshot',
      'Subnet',
      'Volume',
      'Vpc',
      'VpcEndpoint',
    ],
  },
  ecr: { pkg: '@aws-sdk/client-ecr', shapes: ['Repository'] },
  // UpdateServiceRequest: the request members the ecs-service modify action accepts.
  ecs: { pkg: '@aws-sdk/client-ecs', shapes: ['Cluster', 'Service', 'UpdateServiceRequest'] },
  // UpdateClusterConfigRequest: the request members the eks update-config action accepts.
  eks: { pkg: '@aws-sdk/client-eks', shapes: ['Cluster', 'UpdateClusterConfigRequest'] },
  elasticache: { pkg: '@aws-sdk/client-elasticache', shapes: ['CacheCluster'] },
  elasticfilesystem: { pkg: '@aws-sdk/client-efs', shapes: ['FileSystemDescription'] },
  elb: { pkg: '@aws-sdk/client-elastic-load-balancing', shapes: ['LoadBalancerDescription'] },
  elbv2: { pkg: '@aws-sdk/client-elastic-load-balancing-v2', shapes: ['LoadBalancer', 'TargetGroup'] },
  // Update...Request: the request members the elasticsearch update-domain-config action accepts.
  es: {
    pkg: '@aws-sdk/client-elasticsearch-service',
    shapes: ['ElasticsearchDomainStatus', 'UpdateElasticsearchDomainConfigRequest'],
  },
  // ListAccountAliasesResponse: aws.account has no SDK shape; its members are all replaced.
  iam: {
    pkg: '@aws-sdk/client-iam',
    shapes: ['Group', 'InstanceProfile', 'ListAccountAliasesResponse', 'Policy', 'Role', 'User'],
  },
  kms: { pkg: '@aws-sdk/client-kms', shapes: ['AliasListEntry', 'KeyMetadata'] },
  // UpdateFunctionConfigurationRequest: the request members the lambda update action accepts.
  lambda: {
    pkg: '@aws-sdk/client-lambda',
    shapes: ['FunctionConfiguration', 'UpdateFunctionConfigurationRequest'],
  },
  logs: { pkg: '@aws-sdk/client-cloudwatch-logs', shapes: ['LogGroup'] },
  // Modify...Message: the request members modify-db-cluster and set-attributes accept.
  organizations: { pkg: '@aws-sdk/client-organizations', shapes: ['Account'] },
  rds: {
    pkg: '@aws-sdk/client-rds',
    shapes: ['DBCluster', 'DBClusterSnapshot', 'DBInstance', 'DBSnapshot', 'ModifyDBClusterMessage'],
  },
  redshift: { pkg: '@aws-sdk/client-redshift', shapes: ['Cluster', 'ModifyClusterMessage'] },
  route53: { pkg: '@aws-sdk/client-route-53', shapes: ['HostedZone', 'ResourceRecordSet'] },
  s3: { pkg: '@aws-sdk/client-s3', shapes: ['Bucket'] },
  // DescribeSecretResponse: the detail call merged into each listed secret.
  secretsmanager: {
    pkg: '@aws-sdk/client-secrets-manager',
    shapes: ['DescribeSecretResponse', 'SecretListEntry'],
  },
  sns: { pkg: '@aws-sdk/client-sns', shapes: ['Topic'] },
  // A queue is its attribute map: the enum of attribute names stands for its members.
  sqs: { pkg: '@aws-sdk/client-sqs', shapes: ['QueueAttributeName'] },
  wafv2: { pkg: '@aws-sdk/client-wafv2', shapes: ['WebACL'] },
  ssm: { pkg: '@aws-sdk/client-ssm', shapes: ['ParameterMetadata'] },
};
/** Nested shapes are listed this many levels below an item shape; deeper ones are omitted. */
const MAX_DEPTH = 2;

function typesEntry(pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const meta = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), meta.types ?? 'dist-types/index.d.ts');
}

// One program for every client: the shared @smithy types are parsed once.
const entries = Object.fromEntries(Object.values(ITEMS).map(({ pkg }) => [pkg, typesEntry(pkg)]));
const program = ts.createProgram(Object.values(entries), { noEmit: true, skipLibCheck: true, types: [] });
const checker = program.getTypeChecker();

function collect(service, { pkg, shapes }) {
  const entry = entries[pkg];
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry));
  const exports = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
  const members = {}; // shape -> sorted member names
  const refs = {}; // shape -> { member: nested shape }

  // An interface declared in this client's models (not Date, string enums, Uint8Array...).
  const shapeOf = (type) => {
    let t = type;
    if (t.isUnion()) {
      const rest = t.types.filter((u) => !(u.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (rest.length !== 1) return undefined;
      t = rest[0];
    }
    if (checker.isArrayType(t)) return shapeOf(checker.getTypeArguments(t)[0]);
    const sym = t.getSymbol() ?? t.aliasSymbol;
    if (!sym || !(sym.flags & ts.SymbolFlags.Interface)) return undefined;
    const decl = sym.declarations?.[0];
    if (!decl?.getSourceFile().fileName.includes(`${pkg.split('/')[1]}/dist-types/models`)) return undefined;
    return { name: sym.name, type: t };
  };

  const visit = (name, type, depth) => {
    if (name in members) return;
    // A string enum (SQS QueueAttributeName): its values are the members.
    if (type.isUnion() && type.types.every((t) => t.isStringLiteral())) {
      members[name] = type.types.map((t) => t.value).sort();
      return;
    }
    const props = checker.getPropertiesOfType(type);
    members[name] = props.map((p) => p.name).sort();
    if (depth >= MAX_DEPTH) return;
    const nested = {};
    for (const p of props) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (!decl) continue;
      const inner = shapeOf(checker.getTypeOfSymbolAtLocation(p, decl));
      if (!inner) continue;
      nested[p.name] = inner.name;
      visit(inner.name, inner.type, depth + 1);
    }
    if (Object.keys(nested).length) refs[name] = nested;
  };

  for (const shape of shapes) {
    const sym = exports.get(shape);
    if (!sym) throw new Error(`${pkg} exports no ${shape}`);
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    visit(shape, checker.getDeclaredTypeOfSymbol(target), 0);
  }
  const version = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
  return { service, pkg, version, members: sortKeys(members), refs: sortKeys(refs) };
}

function sortKeys(obj) {
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [
        k,
        obj[k] && !Array.isArray(obj[k]) && typeof obj[k] === 'object' ? sortKeys(obj[k]) : obj[k],
      ]),
  );
}

function render(results) {
  const lines = [
    '// Generated by `node packages/aws/scripts/gen-fields.mjs` from the AWS SDK type models.',
    '// Do not edit by hand; rerun the command after upgrading an @aws-sdk client.',
    `// Sources: ${results.map((r) => `${r.pkg}@${r.version}`).join(', ')}`,
    '',
    '/** Member names of each SDK shape, per service: item shapes and the shapes they nest (depth-limited). */',
    'export const sdkShapes = {',
  ];
  for (const r of results) {
    lines.push(`  ${r.service}: {`);
    for (const [shape, names] of Object.entries(r.members)) {
      lines.push(`    ${shape}: ${JSON.stringify(names).replaceAll(',', ', ')},`);
    }
    lines.push('  },');
  }
  lines.push('} as const;', '');
  lines.push('/** For each shape, the members that hold another listed shape (member -> shape name). */');
  lines.push('export const sdkShapeRefs = {');
  for (const r of results) {
    lines.push(`  ${r.service}: {`);
    for (const [shape, refs] of Object.entries(r.refs)) {
      const body = Object.entries(refs)
        .map(([k, v]) => `${k}: '${v}'`)
        .join(', ');
      lines.push(`    ${shape}: { ${body} },`);
    }
    lines.push('  },');
  }
  lines.push('} as const;', '');
  return lines.join('\n');
}

// Formatted with the repository's Biome settings so `biome check` leaves the file alone.
function format(source) {
  const biome = join(here, '..', '..', '..', 'node_modules', '.bin', 'biome');
  return execFileSync(biome, ['format', `--stdin-file-path=${out}`], {
    input: source,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

const results = Object.entries(ITEMS).map(([service, spec]) => collect(service, spec));
const text = format(render(results));
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    console.error(`${out} is stale; run: node packages/aws/scripts/gen-fields.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
