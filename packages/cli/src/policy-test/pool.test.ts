import { describe, expect, it } from 'vitest';
import { runPool } from './pool.js';

/** A task that ends when the test says so, recording when it started and ended. */
function tasks(names: string[]) {
  const log: string[] = [];
  const finish = new Map<string, () => void>();
  const run = (name: string) =>
    new Promise<string>((done) => {
      log.push(`start ${name}`);
      finish.set(name, () => {
        log.push(`end ${name}`);
        done(name.toUpperCase());
      });
    });
  const end = async (name: string) => {
    // Let the pool start what it will before ending one.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    finish.get(name)?.();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { names, log, run, end };
}

describe('runPool', () => {
  it('runs jobs at a time and hands results on in order, whatever order they end in', async () => {
    const t = tasks(['a', 'b', 'c']);
    const handed: string[] = [];
    const all = runPool(t.names, { jobs: 2, run: t.run, onResult: (r) => handed.push(r) });
    await t.end('b');
    expect(handed).toEqual([]);
    await t.end('c');
    await t.end('a');
    expect(await all).toEqual(['A', 'B', 'C']);
    expect(handed).toEqual(['A', 'B', 'C']);
    expect(t.log).toEqual(['start a', 'start b', 'end b', 'start c', 'end c', 'end a']);
  });

  it("starts a group's other tasks after its first ended; a free job takes the next task not waiting", async () => {
    // a1 and a2 share an archive (group a); b1 has its own.
    const t = tasks(['a1', 'a2', 'b1', 'b2']);
    const all = runPool(t.names, { jobs: 2, run: t.run, groupOf: (n) => n[0] });
    await t.end('b1');
    await t.end('b2');
    await t.end('a1');
    await t.end('a2');
    await all;
    expect(t.log).toEqual([
      'start a1',
      'start b1',
      'end b1',
      'start b2',
      'end b2',
      'end a1',
      'start a2',
      'end a2',
    ]);
  });

  it('waits, with a job idle, when every task left is of a group whose first still runs', async () => {
    const t = tasks(['a1', 'a2', 'a3']);
    const all = runPool(t.names, { jobs: 3, run: t.run, groupOf: () => 'a' });
    await t.end('a2');
    expect(t.log).toEqual(['start a1']);
    await t.end('a1');
    await t.end('a2');
    await t.end('a3');
    expect(await all).toEqual(['A1', 'A2', 'A3']);
    expect(t.log).toEqual(['start a1', 'end a1', 'start a2', 'start a3', 'end a2', 'end a3']);
  });

  it("a failed group's first task fails the pool and does not leave the others waiting", async () => {
    const run = (n: string) => (n === 'a1' ? Promise.reject(new Error('spawn failed')) : Promise.resolve(n));
    await expect(runPool(['a1', 'a2'], { jobs: 2, run, groupOf: () => 'a' })).rejects.toThrow('spawn failed');
  });
});
