/**
 * Running many processes without letting them crowd each other: mapLimit for plain work, and
 * RunPool for snippet runs, which mostly sleep but time their waits. Node only.
 */
import fs from 'node:fs';
import os from 'node:os';

/** Runs `work` over `items` with at most `limit` at a time, keeping the results in order. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  return results;
}

/**
 * mapLimit, then the rule every check of a run follows on a busy machine: each item whose result
 * `wentWrong` is run once more, one at a time, after all the first runs have ended, and its second
 * result is kept. One that is right only then is printed as a warning naming it (`nameOf`): it is
 * right only on a quiet machine. (For traced and Pyodide runs; snippet runs use RunPool.alone.)
 */
export async function mapWithLoneRetry<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
  wentWrong: (result: R) => boolean,
  nameOf: (item: T) => string,
): Promise<R[]> {
  const results = await mapLimit(items, limit, work);
  for (let i = 0; i < items.length; i++) {
    if (!wentWrong(results[i])) continue;
    results[i] = await work(items[i]);
    if (!wentWrong(results[i])) console.warn(`${nameOf(items[i])} went wrong beside other runs and right when run again alone: right only on a quiet machine?`);
  }
  return results;
}

/** Hands the pool the pid of each process a job starts, so it can see whether it is busy. */
export type Track = (pid: number) => void;

/** CPU ticks (user + system) a process has used so far, from /proc; undefined once it is gone. */
export function cpuTicksOf(pid: number): number | undefined {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** Whether this system lets the pool watch its processes' CPU use (Linux). */
export const CAN_WATCH_CPU = fs.existsSync('/proc/self/stat');

export interface RunPoolOptions {
  /** Processes running at once, at most (most of them asleep). */
  limit: number;
  /** Processes using the CPU at once, at most: a job starts only while fewer are busy. */
  busySlots: number;
  /** How often the pool looks at its processes' CPU use, in ms. */
  sampleMs?: number;
  /** Reads a process's CPU ticks (default: from /proc; none where /proc is missing). */
  cpuTicks?: (pid: number) => number | undefined;
}

/**
 * Runs jobs that start processes (snippet runs) so that those that mostly sleep do not hold CPU
 * slots that CPU-bound ones need: up to `limit` run at once, but a new one starts only while
 * fewer than `busySlots` of the running processes used the CPU in the last sample (a process just
 * started counts as busy: starting Python and importing asyncio is CPU work). Where /proc is
 * missing, only `limit` applies.
 *
 * `alone` runs a job with nothing else of the pool running: it waits for the running jobs to end
 * and holds back new ones meanwhile (to tell a snippet that load broke from one that is wrong).
 */
export class RunPool {
  private running = 0;
  private aloneQueued = 0;
  private aloneRunning = false;
  private readonly waiting: {alone: boolean; start: () => void}[] = [];
  /** CPU ticks of each tracked process at the last sample; undefined until its first sample. */
  private readonly ticks = new Map<number, number | undefined>();
  private busy = 0;
  private timer: NodeJS.Timeout | undefined;

  private readonly cpuTicks: ((pid: number) => number | undefined) | undefined;

  constructor(private readonly options: RunPoolOptions) {
    this.cpuTicks = options.cpuTicks ?? (CAN_WATCH_CPU ? cpuTicksOf : undefined);
  }

  /** A pool sized for this machine: every core a CPU slot, many sleepers. */
  static forThisMachine(limit = 32): RunPool {
    const cores = os.availableParallelism();
    return new RunPool(CAN_WATCH_CPU ? {limit, busySlots: cores} : {limit: 12, busySlots: 12});
  }

  shared<T>(work: (track: Track) => Promise<T>): Promise<T> {
    return this.enqueue(false, work);
  }

  alone<T>(work: (track: Track) => Promise<T>): Promise<T> {
    return this.enqueue(true, work);
  }

  private async enqueue<T>(alone: boolean, work: (track: Track) => Promise<T>): Promise<T> {
    if (alone) this.aloneQueued++;
    await new Promise<void>((start) => {
      // A job to run alone goes before every shared one still waiting (which it holds back).
      const at = alone ? this.waiting.findIndex((w) => !w.alone) : -1;
      this.waiting.splice(at === -1 ? this.waiting.length : at, 0, {alone, start});
      this.watch();
      this.admit();
    });
    const mine: number[] = [];
    const track: Track = (pid) => {
      mine.push(pid);
      this.ticks.set(pid, undefined);
    };
    try {
      return await work(track);
    } finally {
      for (const pid of mine) this.ticks.delete(pid);
      this.running--;
      if (alone) this.aloneRunning = false;
      this.sample();
      this.admit();
    }
  }

  /** Starts every waiting job that may start now, in the order they came. */
  private admit(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0];
      if (next.alone) {
        if (this.running > 0) return;
        this.aloneQueued--;
        this.aloneRunning = true;
      } else if (this.aloneQueued > 0 || this.aloneRunning || this.running >= this.options.limit) {
        return;
      } else if (this.cpuTicks && this.busy >= this.options.busySlots) {
        return;
      }
      this.waiting.shift();
      this.running++;
      // Busy from its start: it is about to start Python, which is CPU work.
      this.busy++;
      next.start();
    }
  }

  /**
   * Counts the running jobs that are busy: each tracked process that used CPU since the last
   * sample (or has not been sampled yet), and each job that has not started its process yet.
   */
  private sample(): void {
    if (!this.cpuTicks) return;
    let busy = 0;
    for (const [pid, before] of this.ticks) {
      const now = this.cpuTicks(pid);
      if (now === undefined) continue;
      if (before === undefined || now > before) busy++;
      this.ticks.set(pid, now);
    }
    this.busy = busy + Math.max(0, this.running - this.ticks.size);
  }

  /** Samples while anything runs or waits, so that waiting jobs start once the CPU frees up. */
  private watch(): void {
    if (this.timer || !this.cpuTicks) return;
    this.timer = setInterval(() => {
      this.sample();
      this.admit();
      if (this.running === 0 && this.waiting.length === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }, this.options.sampleMs ?? 50);
  }
}
