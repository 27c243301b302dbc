import { describe, expect, it } from 'vitest';
import { containerConfig, lowerKeys } from './container-config.js';

describe('container config documents', () => {
  it('lowers every key but Tags, at any depth, and drops empty lists and maps', () => {
    expect(
      lowerKeys({
        ServiceArn: 'arn',
        LoadBalancers: [],
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['s-1'], AssignPublicIp: 'DISABLED' } },
        Tags: [{ Key: 'a', Value: 'b' }],
      }),
    ).toEqual({
      serviceArn: 'arn',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['s-1'], assignPublicIp: 'DISABLED' } },
      Tags: [{ Key: 'a', Value: 'b' }],
    });
  });

  it("renames the mapped keys unless describe's name is there already", () => {
    const load = containerConfig({ cluster: 'clusterArn', role: 'roleArn' }).load!;
    expect(load({ ServiceArn: 'arn', Cluster: 'c', Role: 'r', RoleArn: 'kept' }, {})).toEqual({
      serviceArn: 'arn',
      clusterArn: 'c',
      role: 'r',
      roleArn: 'kept',
    });
  });
});
