import { describe, expect, it } from 'vitest';
import { type Fetched, listingGroup, RunListings } from './listings.js';

const scope = { accountId: '123456789012', region: 'us-east-1' };
const fetched = (): Promise<Fetched> => Promise.resolve({ resources: [], cached: false });

describe('RunListings', () => {
  it('keeps a listing while a policy of its group is still to finish, and drops it after the last', () => {
    const ec2 = listingGroup('aws.ec2', scope);
    const ebs = listingGroup('aws.ebs', scope);
    const listings = new RunListings([ec2, ec2, ebs]);
    const all = fetched();
    const some = fetched();
    listings.set('ec2-all', ec2, all);
    listings.set('ec2-some', ec2, some);
    listings.set('ebs', ebs, fetched());
    listings.done(ec2);
    expect(listings.get('ec2-all')).toBe(all);
    expect(listings.get('ec2-some')).toBe(some);
    listings.done(ec2);
    expect(listings.get('ec2-all')).toBeUndefined();
    expect(listings.get('ec2-some')).toBeUndefined();
    expect(listings.size).toBe(1);
    listings.done(ebs);
    expect(listings.size).toBe(0);
  });

  it('tells regions and accounts apart', () => {
    const east = listingGroup('aws.ec2', scope);
    const west = listingGroup('aws.ec2', { ...scope, region: 'us-west-2' });
    expect(east).not.toBe(west);
    const listings = new RunListings([east, west]);
    listings.set('e', east, fetched());
    listings.set('w', west, fetched());
    listings.done(east);
    expect(listings.get('e')).toBeUndefined();
    expect(listings.get('w')).toBeDefined();
  });

  it('keeps nothing for a group no policy left in the run reads', () => {
    const listings = new RunListings([]);
    listings.set('k', listingGroup('aws.rds', scope), fetched());
    expect(listings.size).toBe(0);
  });
});
