/**
 * The page's side of running Python: one worker per page (./worker.ts), made on the first Run and
 * reused, one run at a time. Loaded only when a reader presses Run (components import it
 * dynamically), so a page that nobody runs anything on fetches none of it.
 */
import type {Trace} from '../trace/types';
import type {Program} from './session';

// Loaded with the client, only after a Run: how the reader's output compares with the page's.
export {compareOutputs} from './verdict';
import type {FromWorker, ToWorker} from './worker';

/** How long a run may take before the page stops it (a program that loops forever). */
export const TIME_LIMIT_MS = 30_000;
/** How long a stopped program has to end before its worker is thrown away. */
const GRACE_MS = 1_500;

export interface RunEvents {
  onOutput(text: string, stream: 'stdout' | 'stderr'): void;
  /** Python is loading (the first run of the page), or the program has started. */
  onPhase?(phase: 'loading' | 'running'): void;
}

export interface RunResult {
  status: number;
  /** The run's trace, when asked for. */
  trace?: Trace;
  /** Ended by Stop or the time limit. */
  stopped: boolean;
  /** It did not end when asked: its Python was thrown away, and the next run starts a new one. */
  killed: boolean;
  timedOut: boolean;
  /** Whether this browser lets Python pause between waits (JSPI): without it, waits busy-wait. */
  jspi: boolean;
}

interface Worker_ {
  worker: Worker;
  ready: Promise<boolean>;
}

let current: Worker_ | undefined;
let nextId = 0;
let stopCurrent: (() => void) | undefined;
/** Stop pressed while Python was still loading: the run it was waiting for does not start. */
let stoppedBeforeStart = false;

function startWorker(indexURL: string): Worker_ {
  // A module worker, served beside Pyodide (src/plugins/pyodideAssets.ts builds it).
  const worker = new Worker(`${indexURL}worker.mjs`, {type: 'module'});
  const ready = new Promise<boolean>((resolve, reject) => {
    const onMessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'ready') resolve(event.data.jspi);
      else if (event.data.type === 'failed') reject(new Error(event.data.message));
      else return;
      worker.removeEventListener('message', onMessage);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the Python worker failed to start')));
  });
  worker.postMessage({type: 'init'} satisfies ToWorker);
  return {worker, ready};
}

/** Stops the run in progress, or the one waiting for Python to load. */
export function stop(): void {
  if (stopCurrent) stopCurrent();
  else stoppedBeforeStart = true;
}

/** Runs a program in the page's Python. `indexURL` is where the site serves Pyodide. */
export async function run(program: Program, indexURL: string, events: RunEvents, {trace = false} = {}): Promise<RunResult> {
  stoppedBeforeStart = false;
  if (!current) {
    events.onPhase?.('loading');
    current = startWorker(indexURL);
  }
  const mine = current;
  let jspi: boolean;
  try {
    jspi = await mine.ready;
  } catch (error) {
    current = undefined;
    throw error;
  }
  if (stoppedBeforeStart) return {status: 130, stopped: true, killed: false, timedOut: false, jspi};
  events.onPhase?.('running');
  const id = nextId++;
  return new Promise<RunResult>((resolve) => {
    let stopped = false;
    let timedOut = false;
    let killTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (status: number, killed = false, traced?: Trace) => {
      clearTimeout(limit);
      clearTimeout(killTimer);
      mine.worker.removeEventListener('message', onMessage);
      stopCurrent = undefined;
      resolve({status, stopped, killed, timedOut, jspi, trace: traced});
    };
    const onMessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'output' && message.id === id) events.onOutput(message.text, message.stream);
      else if (message.type === 'done' && message.id === id) finish(message.status, false, message.trace);
      else if (message.type === 'failed') {
        events.onOutput(`\n(the page could not run Python: ${message.message})\n`, 'stderr');
        finish(1);
      }
    };
    stopCurrent = () => {
      if (stopped) return;
      stopped = true;
      mine.worker.postMessage({type: 'stop'} satisfies ToWorker);
      // A program that never waits cannot hear the stop: its worker goes, a new one comes next time.
      killTimer = setTimeout(() => {
        mine.worker.terminate();
        if (current === mine) current = undefined;
        finish(130, true);
      }, GRACE_MS);
    };
    const limit = setTimeout(() => {
      timedOut = true;
      stopCurrent?.();
    }, TIME_LIMIT_MS);
    mine.worker.addEventListener('message', onMessage);
    mine.worker.postMessage({type: 'run', id, program, trace} satisfies ToWorker);
  });
}
