import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayClientConfig } from '../flight/config.js';
import { getFlightPlugin } from '../flight/middleware.js';
import { FlightSession } from '../flight/session.js';
import { awsRegistry } from '../registry.js';
import { type SdkModule, slimSdk } from './services.js';
import { registryOperations, slimClientModule, slimClientSource } from './slim.js';

const EC2 = '@aws-sdk/client-ec2';
const { version } = createRequire(import.meta.url)(`${EC2}/package.json`) as { version: string };
const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-slim-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('registryOperations', () => {
  const ops = registryOperations(awsRegistry());

  it('names the operations of every type, element and mode', () => {
    // aws.ec2's listing, the stop action, the tag family, aws.ebs (another type on the EC2 API).
    expect([...(ops.get('ec2') ?? [])]).toEqual(
      expect.arrayContaining(['DescribeInstances', 'StopInstances', 'CreateTags', 'DescribeVolumes']),
    );
    expect(ops.get('rds')?.has('DescribeDBInstances')).toBe(true);
    // A mode's calls (config-rule's evaluations).
    expect(ops.get('config')?.has('PutEvaluations')).toBe(true);
  });

  it('asks option-dependent permissions for both branches', () => {
    // terminate `force: true` also calls ModifyInstanceAttribute; set-rotation `state: false` disables.
    expect(ops.get('ec2')?.has('ModifyInstanceAttribute')).toBe(true);
    expect(ops.get('kms')?.has('EnableKeyRotation')).toBe(true);
    expect(ops.get('kms')?.has('DisableKeyRotation')).toBe(true);
    // ebs-snapshot set-permissions with `add` or `remove` accounts (`opts.add?.length`).
    expect(ops.get('ec2')?.has('ModifySnapshotAttribute')).toBe(true);
  });

  it('keeps operation names only', () => {
    for (const names of ops.values()) for (const op of names) expect(op).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });
});

describe('slimClientSource', () => {
  it('exports the client class and the named commands', () => {
    const { contents, kept } = slimClientSource(EC2, ['DescribeVolumes', 'DescribeInstances']);
    expect(kept).toEqual(['DescribeInstances', 'DescribeVolumes']);
    expect(contents).toContain("export * from './EC2Client.js';");
    expect(contents).toContain(
      "export { DescribeInstancesCommand } from './commands/DescribeInstancesCommand.js';",
    );
  });

  it('keeps every command when a name is none, unless told to drop it', () => {
    expect(slimClientSource(EC2, ['DescribeInstances', 'NoSuchThing']).kept).toBe('all');
    expect(slimClientSource(EC2, ['DescribeInstances', 'NoSuchThing'], true).kept).toEqual([
      'DescribeInstances',
    ]);
    expect(slimClientSource(EC2, []).kept).toBe('all');
  });
});

describe('slimSdk', () => {
  const flight = join(tmp, 'flight');
  const file = join(tmp, 'client-ec2.cjs');
  const build = slimClientModule(EC2, ['DescribeInstances']).then(({ code }) => writeFileSync(file, code));

  const page = (data: unknown) => JSON.stringify({ status_code: 200, data });
  const send = async (mod: SdkModule, operation: string) => {
    const client = new mod.EC2Client(replayClientConfig());
    client.middlewareStack.use(
      getFlightPlugin({ mode: 'replay', dir: flight, session: new FlightSession() }),
    );
    return client.send(new mod[`${operation}Command`]({}));
  };

  it('serves the kept commands, and the others from the full package', async () => {
    await build;
    mkdirSync(flight, { recursive: true });
    writeFileSync(
      join(flight, 'ec2.DescribeInstances_1.json'),
      page({ Reservations: [{ ReservationId: 'r-1', Instances: [{ InstanceId: 'i-1' }] }] }),
    );
    writeFileSync(join(flight, 'ec2.DescribeVolumes_1.json'), page({ Volumes: [{ VolumeId: 'vol-1' }] }));
    const mod = slimSdk(EC2, file, version);
    if (!mod) throw new Error('no slim module');
    // Not the package's: the slim module holds one command (and its client, not `EC2`).
    const full = createRequire(import.meta.url)(EC2) as SdkModule;
    expect(mod.DescribeInstancesCommand).not.toBe(full.DescribeInstancesCommand);
    expect(Object.keys(mod)).not.toContain('DescribeVolumesCommand');
    // A promise resolves to the module itself (its `then` is not looked up in the package).
    expect(await Promise.resolve(mod)).toBe(mod);
    const instances = (await send(mod, 'DescribeInstances')) as { Reservations: { Instances: unknown[] }[] };
    expect(instances.Reservations[0]?.Instances).toEqual([{ InstanceId: 'i-1' }]);
    // DescribeVolumes is no command of the slim module: the package's, sent by the slim client.
    expect(mod.DescribeVolumesCommand).toBe(full.DescribeVolumesCommand);
    expect(await send(mod, 'DescribeVolumes')).toMatchObject({ Volumes: [{ VolumeId: 'vol-1' }] });
  });

  it('is not used for another version of the package, or when its file is gone', async () => {
    await build;
    expect(slimSdk(EC2, file, '0.0.1')).toBeUndefined();
    expect(slimSdk(EC2, join(tmp, 'removed.cjs'), version)).toBeUndefined();
  });
});
