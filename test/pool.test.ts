// RunPool: how many snippet runs go at once, by what rule, and the run again alone that tells a
// snippet spoiled by load from a wrong one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {loadSnippets} from '../src/snippets/catalog';
import {checkSnippet} from '../src/snippets/matrix';
import {RunPool, cpuTicksOf, mapWithLoneRetry} from '../src/snippets/pool';
import {discoverInterpreters} from '../src/snippets/python';

/** A job that holds its place until released, recording how many jobs ran beside it. */
class Jobs {
  running = 0;
  most = 0;
  readonly order: string[] = [];
  private readonly releases = new Map<string, () => void>();

  /** Whether `event` ("start a", "end a") has happened: a condition for until(). */
  has(event: string): () => boolean {
    return () => this.order.includes(event);
  }

  job(name: string, pid?: number) {
    return async (track: (pid: number) => void) => {
      this.running++;
      this.most = Math.max(this.most, this.running);
      this.order.push(`start ${name}`);
      if (pid !== undefined) track(pid);
      await new Promise<void>((release) => this.releases.set(name, release));
      this.order.push(`end ${name}`);
      this.running--;
    };
  }

  release(name: string) {
    const release = this.releases.get(name);
    if (!release) throw new Error(`${name} has not started`);
    release();
  }
}

/** A moment for the pool to do what it should not: the checks that nothing more has started. */
const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `done()` holds (what the pool should do next has happened), however busy the machine:
 * a deadline only for a pool that never gets there.
 */
async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`the pool never got there: ${what}`);
    await tick(5);
  }
}

describe('RunPool', () => {
  it('runs at most `limit` jobs at once', async () => {
    const pool = new RunPool({limit: 2, busySlots: 99, cpuTicks: () => 0});
    const jobs = new Jobs();
    const done = ['a', 'b', 'c', 'd'].map((n) => pool.shared(jobs.job(n)));
    await until(jobs.has('start b'), 'a and b start');
    await tick();
    expect(jobs.order).toEqual(['start a', 'start b']);
    jobs.release('a');
    await until(jobs.has('start c'), 'c starts when a ends');
    await tick();
    expect(jobs.order).toEqual(['start a', 'start b', 'end a', 'start c']);
    jobs.release('b');
    await until(jobs.has('start d'), 'd starts when b ends');
    jobs.release('c');
    jobs.release('d');
    await Promise.all(done);
    expect(jobs.most).toBe(2);
  });

  it('starts a job only while fewer than `busySlots` processes use the CPU; sleepers do not count', async () => {
    // a's process uses the CPU (its ticks grow at every sample) until it goes to sleep; b's and c's
    // never do. (Counted per sample rather than by a timer, so that a busy machine cannot make a
    // look asleep.)
    let aWorks = true;
    let aTicks = 0;
    const pool = new RunPool({limit: 10, busySlots: 1, sampleMs: 20, cpuTicks: (pid) => (pid === 1 ? (aWorks ? ++aTicks : aTicks) : 0)});
    const jobs = new Jobs();
    const a = pool.shared(jobs.job('a', 1));
    const b = pool.shared(jobs.job('b', 2));
    await until(jobs.has('start a'), 'a starts');
    await tick(150);
    expect(jobs.order, 'b waits while a is busy').toEqual(['start a']);
    // a goes to sleep: b starts beside it.
    aWorks = false;
    await until(jobs.has('start b'), 'b starts once a sleeps');
    expect(jobs.order).toEqual(['start a', 'start b']);
    // b sleeps too: a third starts, though two are running.
    const c = pool.shared(jobs.job('c', 3));
    await until(jobs.has('start c'), 'c starts beside two sleepers');
    expect(jobs.order).toEqual(['start a', 'start b', 'start c']);
    for (const n of ['a', 'b', 'c']) jobs.release(n);
    await Promise.all([a, b, c]);
  });

  it('runs a job alone: after the running ones end, before the ones queued earlier that have not started', async () => {
    const pool = new RunPool({limit: 2, busySlots: 99, cpuTicks: () => 0});
    const jobs = new Jobs();
    const done = [pool.shared(jobs.job('a')), pool.shared(jobs.job('b')), pool.shared(jobs.job('c'))];
    await until(jobs.has('start b'), 'a and b start');
    done.push(pool.alone(jobs.job('alone')));
    await tick();
    jobs.release('a');
    await until(jobs.has('end a'), 'a ends');
    await tick();
    // c may not start beside the job waiting to run alone, nor may that job start beside b.
    expect(jobs.order).toEqual(['start a', 'start b', 'end a']);
    jobs.release('b');
    await until(jobs.has('start alone'), 'the lone job starts once b ends');
    await tick();
    expect(jobs.order.slice(3)).toEqual(['end b', 'start alone']);
    jobs.release('alone');
    await until(jobs.has('start c'), 'c starts once the lone job ends');
    expect(jobs.order.slice(5)).toEqual(['end alone', 'start c']);
    jobs.release('c');
    await Promise.all(done);
  });

  it('reads a process\'s CPU ticks from /proc, and nothing for a process that is gone', () => {
    if (!fs.existsSync('/proc/self/stat')) expect.fail('this test reads /proc: run it on Linux');
    expect(cpuTicksOf(process.pid)).toBeGreaterThan(0);
    expect(cpuTicksOf(2 ** 22 + 1)).toBeUndefined();
  });
});

describe('checkSnippet', () => {
  const site = path.join(__dirname, 'fixtures/runs');
  const snippets = new Map(loadSnippets(path.join(site, 'snippets')).map((s) => [s.name, s]));
  const python = discoverInterpreters([]).usable.at(-1);

  it('runs a snippet that went wrong again alone: a pass alone is a warning, with what went wrong beside the others', async () => {
    if (!python) expect.fail('no CPython 3.10-3.13 found: install python3 (apt-get install python3)');
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pool-')), 'marker');
    process.env.RUNS_MARKER = marker;
    const pool = RunPool.forThisMachine();
    const holder = checkSnippet(snippets.get('holds_the_machine.py')!, python, site, pool);
    while (!fs.existsSync(marker)) await tick(20);
    const verdict = await checkSnippet(snippets.get('right_only_alone.py')!, python, site, pool);
    expect(await holder).toEqual({});
    expect(verdict.problem).toBeUndefined();
    expect(verdict.warning).toContain('snippets/02-load/right_only_alone.py on CPython');
    expect(verdict.warning).toContain('printed its expected output only when run alone; beside other runs:');
    expect(verdict.warning).toContain('- alone\n+ crowded');
  });

  it('fails a snippet that goes wrong alone too, showing both runs', async () => {
    if (!python) expect.fail('no CPython 3.10-3.13 found: install python3 (apt-get install python3)');
    const verdict = await checkSnippet(snippets.get('always_wrong.py')!, python, site, RunPool.forThisMachine());
    expect(verdict.warning).toBeUndefined();
    expect(verdict.problem).toContain('Run first beside other runs, then again alone; both went wrong (the same output both times).');
    expect(verdict.problem?.match(/- right\n\+ wrong/g)).toHaveLength(2);
  });
});

describe('mapWithLoneRetry', () => {
  it('runs again, one at a time after the others, each item that went wrong; keeps the second result and warns when only it was right', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const calls: string[] = [];
      let running = 0;
      let mostAtOnce = 0;
      const tries = new Map<string, number>();
      const results = await mapWithLoneRetry(
        ['flaky', 'fine', 'broken', 'also fine'],
        4,
        async (item) => {
          running++;
          mostAtOnce = Math.max(mostAtOnce, running);
          calls.push(item);
          tries.set(item, (tries.get(item) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 10));
          running--;
          return item === 'broken' || (item === 'flaky' && tries.get(item) === 1) ? 'wrong' : 'right';
        },
        (result) => result === 'wrong',
        (item) => `item ${item}`,
      );
      expect(results).toEqual(['right', 'right', 'wrong', 'right']);
      // The retries come after every first run, one at a time.
      expect(calls).toEqual(['flaky', 'fine', 'broken', 'also fine', 'flaky', 'broken']);
      expect(mostAtOnce).toBe(4);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toContain('item flaky went wrong beside other runs and right when run again alone');
    } finally {
      warn.mockRestore();
    }
  });
});
