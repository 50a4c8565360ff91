/// <reference lib="webworker" />
/**
 * The page's Python: a module Web Worker holding one Pyodide, made on the first Run and kept for
 * the page's later runs (src/pyodide/client.ts talks to it). Each run goes through the same
 * session code the tests use (./session.ts, ./runner.py). What the program prints is posted back
 * as it prints it; Stop sets Pyodide's interrupt (SIGINT) and ends the current wait at once, which
 * works while the program waits (with JSPI); a program that never waits is ended by the page,
 * which throws this worker away.
 *
 * Pyodide runs only in a module worker, which the site's bundler does not make: this file is
 * bundled on its own by src/plugins/pyodideAssets.ts into /pyodide/worker.mjs, beside Pyodide.
 */
import type {PyodideInterface} from 'pyodide';
import tracerSource from '../trace/asynctrace.py';
import runnerSource from './runner.py';
import type {Trace} from '../trace/types';
import {createSession, type Program, type Session} from './session';

export type ToWorker = {type: 'init'} | {type: 'run'; id: number; program: Program; trace: boolean} | {type: 'stop'};
export type FromWorker =
  | {type: 'ready'; jspi: boolean}
  | {type: 'output'; id: number; text: string; stream: 'stdout' | 'stderr'}
  | {type: 'done'; id: number; status: number; trace?: Trace}
  | {type: 'failed'; message: string};

/** What the page shows of one run at most; the rest is cut (with a note from the page). */
export const OUTPUT_CAP = 200_000;

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => self.postMessage(message);

let session: Session | undefined;
/** SIGINT when set to 2; Pyodide looks at it while Python runs. */
const interrupt = new Int32Array(1);
/** Ends the current wait early (Stop). */
let wakeUp: (() => void) | undefined;

/** Output waiting to be posted: sent at most every 40 ms, before each wait, and at the end. */
let pending: {id: number; text: string; stream: 'stdout' | 'stderr'} | undefined;
let lastPost = 0;
let posted = 0;

function flush(): void {
  if (pending) post({type: 'output', ...pending});
  pending = undefined;
  lastPost = performance.now();
}

function collect(id: number, text: string, stream: 'stdout' | 'stderr'): void {
  if (posted >= OUTPUT_CAP) return;
  const kept = text.slice(0, OUTPUT_CAP - posted);
  posted += kept.length;
  if (pending && pending.stream !== stream) flush();
  pending = pending ? {...pending, text: pending.text + kept} : {id, text: kept, stream};
  if (performance.now() - lastPost > 40) flush();
}

function sleep(seconds: number): Promise<void> {
  flush();
  return new Promise((resolve) => {
    const timer = setTimeout(done, seconds * 1000);
    function done() {
      clearTimeout(timer);
      wakeUp = undefined;
      resolve();
    }
    wakeUp = done;
  });
}

async function init(): Promise<void> {
  // Pyodide's files sit beside this one.
  const indexURL = new URL('./', import.meta.url).href;
  const {loadPyodide} = (await import(`${indexURL}pyodide.mjs`)) as {loadPyodide: (options: object) => Promise<PyodideInterface>};
  const pyodide = await loadPyodide({indexURL});
  pyodide.setInterruptBuffer(interrupt);
  session = createSession(pyodide, {runnerSource, tracerSource, sleep});
  post({type: 'ready', jspi: session.suspends});
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'init') await init();
    else if (message.type === 'stop') {
      interrupt[0] = 2;
      wakeUp?.();
    } else if (message.type === 'run') {
      if (!session) throw new Error('Python is not loaded yet');
      interrupt[0] = 0;
      posted = 0;
      const {status, trace} = await session.run(message.program, (text, stream) => collect(message.id, text, stream), {trace: message.trace});
      flush();
      post({type: 'done', id: message.id, status, trace});
    }
  } catch (error) {
    flush();
    post({type: 'failed', message: error instanceof Error ? error.message : String(error)});
  }
};
