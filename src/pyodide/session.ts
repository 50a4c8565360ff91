/**
 * Running snippets in a loaded Pyodide: the one piece of code that both the page's Web Worker
 * (src/pyodide/worker.ts) and the tests' Node processes (src/pyodide/nodeChild.ts) use, so the
 * tests run programs exactly as a reader's browser does. Pure of any host: the caller passes
 * Pyodide, the runner's Python source and how to sleep.
 */
import type {PyodideInterface} from 'pyodide';
import type {Trace} from '../trace/types';

export interface SessionOptions {
  /** src/pyodide/runner.py, as text. */
  runnerSource: string;
  /** src/trace/asynctrace.py, as text: the tracer behind the pages' timelines. */
  tracerSource: string;
  /**
   * Waits `seconds` and resolves (or sooner, when the reader stops the run). Used between timers
   * where WebAssembly stack switching (JSPI) lets Python wait on a promise.
   */
  sleep: (seconds: number) => Promise<void>;
}

/** A program to run: its path as the page names it (snippets/X/name.py), its text, its imports. */
export interface Program {
  filename: string;
  source: string;
  /** The text of the files beside it that it imports ("snippets/08-x/toy_loop.py"). */
  modules?: Record<string, string>;
}

export interface RunOutcome {
  /** The exit status the program would have had: 0, 1 for an uncaught exception, 130 stopped. */
  status: number;
  /** Its trace, when asked for (src/trace/asynctrace.py's JSON, parsed). */
  trace?: Trace;
}

export interface Session {
  /** Whether Python can wait on JavaScript promises here (JSPI); without it, waits busy-wait. */
  readonly suspends: boolean;
  /**
   * Runs `source` as `python3 filename` would from the site folder, passing what it prints to
   * `onOutput` as it prints it. `modules` are the files beside it that it imports, by path.
   */
  run(program: Program, onOutput: (text: string, stream: 'stdout' | 'stderr') => void, options?: {trace?: boolean}): Promise<RunOutcome>;
}

/**
 * Whether this JavaScript engine has WebAssembly stack switching (JSPI): `WebAssembly.Suspending`
 * in Chromium 137+, `WebAssembly.Suspender` in the older form Node 20 has behind a flag.
 */
export function hasJspi(): boolean {
  const wasm = WebAssembly as unknown as {Suspending?: unknown; Suspender?: unknown};
  return typeof wasm.Suspending === 'function' || typeof wasm.Suspender === 'function';
}

export function createSession(pyodide: PyodideInterface, {runnerSource, tracerSource, sleep}: SessionOptions): Session {
  pyodide.FS.mkdirTree('/home/pyodide/site');
  pyodide.FS.writeFile('/home/pyodide/site/snippet_runner.py', runnerSource);
  pyodide.FS.writeFile('/home/pyodide/site/asynctrace.py', tracerSource);
  pyodide.runPython("import sys\nif '/home/pyodide/site' not in sys.path: sys.path.insert(0, '/home/pyodide/site')");
  const runner = pyodide.pyimport('snippet_runner');
  runner.js_sleep = sleep;
  const runProgram = runner.run_program;
  const suspends = hasJspi();
  let onOutput: (text: string, stream: 'stdout' | 'stderr') => void = () => undefined;
  for (const stream of ['stdout', 'stderr'] as const) {
    // Raw writes, decoded as they come: each print arrives as it is printed (the batched mode
    // would hold lines back until a newline or the end).
    const decoder = new TextDecoder();
    const write = (bytes: Uint8Array) => {
      onOutput(decoder.decode(bytes, {stream: true}), stream);
      return bytes.length;
    };
    if (stream === 'stdout') pyodide.setStdout({write, isatty: false});
    else pyodide.setStderr({write, isatty: false});
  }
  return {
    suspends,
    async run({source, filename, modules = {}}, output, {trace = false} = {}) {
      onOutput = output;
      const pyModules = pyodide.toPy(modules);
      try {
        const status: number = suspends ? await runProgram.callPromising(source, filename, pyModules, trace) : runProgram(source, filename, pyModules, trace);
        const traced: string | undefined = trace ? runner.last_trace : undefined;
        return {status, trace: traced ? (JSON.parse(traced) as Trace) : undefined};
      } finally {
        pyModules.destroy();
        onOutput = () => undefined;
      }
    },
  };
}
