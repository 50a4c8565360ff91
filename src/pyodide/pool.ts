/**
 * Node processes that each hold a Pyodide (./nodeChild.ts), running snippets as a reader's
 * browser would, several processes side by side. Node only.
 */
import {fork, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {raisePriority} from '../snippets/python';
import type {ChildReply, ChildRequest} from './nodeChild';
import type {Trace} from '../trace/types';
import type {Program} from './session';

export interface PyodideRun {
  output: string;
  status: number;
  seconds: number;
  timedOut: boolean;
  /** The run's trace, when asked for. */
  trace?: Trace;
}

export interface PyodidePoolOptions {
  /** Processes (each about 170 MB and 3-5 CPU-seconds to start). */
  size: number;
  /** WebAssembly stack switching (JSPI) on, as in Chromium; off, as in Firefox and Safari. */
  jspi: boolean;
}

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  busy: boolean;
}

const CHILD = path.join(__dirname, 'nodeChild.ts');

/** Pyodide processes the tests and scripts run side by side: runs mostly wait, starts cost CPU. */
export const PYODIDE_PROCESSES = 4;

/** How long a process may take to load Pyodide (3-5 s on a quiet machine) before it is taken for hung. */
const READY_DEADLINE_S = 300;

export class PyodidePool {
  private children: Child[] = [];
  private waiting: ((child: Child) => void)[] = [];
  private nextId = 0;

  constructor(private readonly options: PyodidePoolOptions) {}

  private start(): Child {
    const execArgv = ['--import', 'tsx', ...(this.options.jspi ? ['--experimental-wasm-stack-switching'] : [])];
    const process = fork(CHILD, [], {execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
    // Its runs time their waits as CPython's do: they get the same priority (PYTHON_NICE where allowed).
    raisePriority(process.pid);
    const ready = new Promise<void>((resolve, reject) => {
      process.once('message', () => resolve());
      process.once('exit', (code) => reject(new Error(`a Pyodide process exited with ${code} before it was ready`)));
    });
    // (A process ended before it was ever used, as when the pool closes, is no error.)
    ready.catch(() => undefined);
    return {process, ready, busy: false};
  }

  private async acquire(): Promise<Child> {
    const free = this.children.find((c) => !c.busy);
    if (free) {
      free.busy = true;
      return free;
    }
    if (this.children.length < this.options.size) {
      const child = this.start();
      child.busy = true;
      this.children.push(child);
      return child;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(child: Child): void {
    const next = this.waiting.shift();
    if (next) next(child);
    else child.busy = false;
  }

  /** Runs one program; a run past `timeoutSeconds` ends its process (a fresh one takes its place). */
  async run(program: Program, timeoutSeconds: number, {trace = false} = {}): Promise<PyodideRun> {
    let child = await this.acquire();
    // Loading Pyodide takes seconds; a process that never gets there is hung, not slow.
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<never>((_, reject) => {
      waiting = setTimeout(() => reject(new Error(`a Pyodide process did not load within ${READY_DEADLINE_S} s`)), READY_DEADLINE_S * 1000);
    });
    try {
      await Promise.race([child.ready, hung]);
    } catch (error) {
      child.process.kill('SIGKILL');
      const replacement = this.start();
      replacement.busy = true;
      this.children[this.children.indexOf(child)] = replacement;
      this.release(replacement);
      throw error;
    } finally {
      clearTimeout(waiting);
    }
    const request: ChildRequest = {id: this.nextId++, program, trace};
    const reply = await new Promise<ChildReply | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutSeconds * 1000);
      const onMessage = (message: ChildReply) => {
        if (message.id !== request.id) return;
        clearTimeout(timer);
        child.process.off('message', onMessage);
        resolve(message);
      };
      child.process.on('message', onMessage);
      child.process.send(request);
    });
    if (!reply) {
      child.process.kill('SIGKILL');
      const replacement = this.start();
      replacement.busy = true;
      this.children[this.children.indexOf(child)] = replacement;
      child = replacement;
      this.release(child);
      return {output: '', status: -1, seconds: timeoutSeconds, timedOut: true};
    }
    this.release(child);
    return {output: reply.output, status: reply.status, seconds: reply.seconds, timedOut: false, trace: reply.trace};
  }

  async close(): Promise<void> {
    for (const child of this.children) child.process.kill();
    this.children = [];
  }
}
