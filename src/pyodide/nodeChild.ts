/**
 * A Node process holding one Pyodide, for the tests and scripts that run snippets as a reader's
 * browser would (src/pyodide/pool.ts starts these). It runs the page's own session code
 * (./session.ts) on each request that arrives over IPC and answers with what the program printed.
 * Started with --experimental-wasm-stack-switching, Python waits on promises between timers (as
 * in Chromium); without it, it busy-waits (as in a browser without JSPI).
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadPyodide} from 'pyodide';
import type {Trace} from '../trace/types';
import {createSession, type Program} from './session';

export interface ChildRequest {
  id: number;
  program: Program;
  trace?: boolean;
}

export interface ChildReply {
  id: number;
  output: string;
  status: number;
  seconds: number;
  trace?: Trace;
}

async function main(): Promise<void> {
  const indexURL = path.dirname(require.resolve('pyodide/package.json'));
  const pyodide = await loadPyodide({indexURL: `${indexURL}/`});
  const session = createSession(pyodide, {
    runnerSource: fs.readFileSync(path.join(__dirname, 'runner.py'), 'utf8'),
    tracerSource: fs.readFileSync(path.join(__dirname, '../trace/asynctrace.py'), 'utf8'),
    sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
  });
  process.send!({ready: true, suspends: session.suspends});
  process.on('message', async (request: ChildRequest) => {
    let output = '';
    const started = performance.now();
    const {status, trace} = await session.run(request.program, (text) => (output += text), {trace: request.trace});
    const reply: ChildReply = {id: request.id, output, status, seconds: (performance.now() - started) / 1000, trace};
    process.send!(reply);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
