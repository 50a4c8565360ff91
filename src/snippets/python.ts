/**
 * Finding the CPython interpreters on this machine and running a snippet under one of them.
 * Node only.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PYTHON_RANGE, compareVersions, inRange, minorOf} from './versions';

export interface Interpreter {
  /** Path it was found at. */
  command: string;
  /** Full version, "3.12.1". */
  version: string;
  /** "3.12" */
  minor: string;
  /** Library folders, replaced by "<python>" in outputs. */
  libraryDirs: string[];
  /** Modules beyond the standard library this interpreter can import (of those asked about). */
  modules: string[];
}

/** Modules a snippet may declare in `needs`, with how to get each. */
export const INSTALL_HINTS: Record<string, string> = {
  aiohttp: 'apt-get install python3-aiohttp (gives Debian\'s /usr/bin/python3 aiohttp)',
};

const PROBE = `
import importlib.util, json, platform, sys, sysconfig
mods = [m for m in sys.argv[1:] if importlib.util.find_spec(m) is not None]
paths = sysconfig.get_paths()
print(json.dumps({"impl": platform.python_implementation(), "version": platform.python_version(),
  "dirs": sorted({paths["stdlib"], paths["platstdlib"], paths["purelib"], paths["platlib"]}
                 | {p for p in sys.path if p.endswith(("site-packages", "dist-packages"))}),
  "modules": mods}))
`;

/** Where interpreters usually live: PATH, pyenv, Debian's /usr/bin. */
export function candidatePaths(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.SNIPPET_PYTHONS) return env.SNIPPET_PYTHONS.split(':').filter(Boolean);
  const found: string[] = [];
  const pathDirs = (env.PATH ?? '').split(':').filter((d) => d && !d.includes('/shims'));
  for (const dir of pathDirs) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (/^python3(\.\d+)?$/.test(name)) found.push(path.join(dir, name));
  }
  const pyenvRoot = env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
  try {
    for (const v of fs.readdirSync(path.join(pyenvRoot, 'versions'))) {
      found.push(path.join(pyenvRoot, 'versions', v, 'bin', 'python3'));
    }
  } catch {
    // no pyenv: fine
  }
  found.push('/usr/bin/python3');
  return [...new Set(found)].filter((p) => fs.existsSync(p));
}

export interface Discovery {
  usable: Interpreter[];
  /** Interpreters found but not used, with why (another implementation, outside the range). */
  skipped: string[];
}

/**
 * Probes every candidate and keeps one CPython per distinct executable whose version is in the
 * site's range. `modules` are the third-party modules snippets need.
 */
export function discoverInterpreters(modules: string[], env: NodeJS.ProcessEnv = process.env): Discovery {
  const usable: Interpreter[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const command of candidatePaths(env)) {
    const real = fs.realpathSync(command);
    if (seen.has(real)) continue;
    seen.add(real);
    const probe = spawnSync(command, ['-I', '-c', PROBE, ...modules], {encoding: 'utf8', timeout: 20_000});
    if (probe.status !== 0) {
      skipped.push(`${command}: did not start (${(probe.stderr || String(probe.error)).trim().split('\n').pop()})`);
      continue;
    }
    const info = JSON.parse(probe.stdout) as {impl: string; version: string; dirs: string[]; modules: string[]};
    if (info.impl !== 'CPython') {
      skipped.push(`${command}: ${info.impl} ${info.version} is not CPython`);
    } else if (!inRange(info.version, PYTHON_RANGE.oldest, PYTHON_RANGE.newest)) {
      skipped.push(`${command}: CPython ${info.version} is outside the site's range ${PYTHON_RANGE.oldest}-${PYTHON_RANGE.newest}`);
    } else {
      usable.push({command, version: info.version, minor: minorOf(info.version), libraryDirs: info.dirs, modules: info.modules});
    }
  }
  usable.sort((a, b) => compareVersions(a.version, b.version) || a.command.localeCompare(b.command));
  return {usable, skipped};
}

export function describeInterpreter(i: Interpreter): string {
  const extras = i.modules.length ? ` (with ${i.modules.join(', ')})` : '';
  return `CPython ${i.version} at ${i.command}${extras}`;
}

export interface RunResult {
  /** stdout and stderr, interleaved in the order they were written. */
  output: string;
  exitCode: number | null;
  /** The signal that ended it, if one did. */
  signal?: NodeJS.Signals | null;
  timedOut: boolean;
  seconds: number;
}

/**
 * The CPU priority (nice value) Python runs get where the system allows it (as root): well above
 * ordinary programs, so that a busy machine delays their timed waits as little as it can. Elsewhere
 * they keep the default priority, and a run that load spoiled is run again alone (RunPool.alone).
 * SNIPPET_NICE=0 turns it off, to see how the snippets fare without it.
 */
export const PYTHON_NICE = Number(process.env.SNIPPET_NICE ?? -10);

export function raisePriority(pid: number | undefined): void {
  if (pid === undefined || PYTHON_NICE === 0) return;
  try {
    os.setPriority(pid, PYTHON_NICE);
  } catch {
    // Not allowed here (not root): the default priority.
  }
}

/**
 * Runs `python snippets/<id>` from the site folder, as a reader would, with both streams going
 * to one file so that a traceback lands where it was printed. Colour and bytecode are off and
 * the hash seed is fixed, so the output is the same on every run.
 */
export function runSnippet(interpreter: Interpreter, siteDir: string, snippetPath: string, timeoutSeconds: number, onSpawn?: (pid: number) => void): Promise<RunResult> {
  return runPython(interpreter, siteDir, [path.relative(siteDir, snippetPath)], timeoutSeconds, onSpawn);
}

/** Whether runs may go through a warm interpreter (WarmPython); SNIPPET_WARM=0 starts Python afresh for every run. */
export const WARM_RUNS = process.env.SNIPPET_WARM !== '0';

/**
 * Runs a snippet as runSnippet does, but forked from a warm interpreter of the same executable
 * (src/snippets/warm_python.py) when WARM_RUNS: the same output, exit status and time limit,
 * without paying for Python's start and asyncio's import on every run. Expected outputs are
 * written by cold runs (`npm run snippets:update`), so a difference between the two would fail.
 */
export function runSnippetWarm(interpreter: Interpreter, siteDir: string, snippetPath: string, timeoutSeconds: number, onSpawn?: (pid: number) => void): Promise<RunResult> {
  if (!WARM_RUNS) return runSnippet(interpreter, siteDir, snippetPath, timeoutSeconds, onSpawn);
  return WarmPython.of(interpreter, siteDir).run(path.relative(siteDir, snippetPath), timeoutSeconds, onSpawn);
}

const WARM_SERVER = path.join(__dirname, 'warm_python.py');

interface WarmJob {
  outFile: string;
  tmp: string;
  started: number;
  timeoutSeconds: number;
  timer?: NodeJS.Timeout;
  timedOut: boolean;
  pid?: number;
  onSpawn?: (pid: number) => void;
  resolve: (result: RunResult) => void;
  reject: (error: Error) => void;
}

/**
 * One warm interpreter per executable and site folder: a `python3 warm_python.py` that has
 * imported asyncio and forks a child per run. It runs at PYTHON_NICE (its children inherit it),
 * and does not keep Node alive once no run is pending.
 */
export class WarmPython {
  private static readonly servers = new Map<string, WarmPython>();
  private readonly child: ChildProcess;
  private readonly jobs = new Map<number, WarmJob>();
  private nextId = 1;
  private failure: Error | undefined;

  static of(interpreter: Interpreter, siteDir: string): WarmPython {
    const key = `${interpreter.command}\0${siteDir}`;
    let server = WarmPython.servers.get(key);
    if (!server || server.failure) {
      server = new WarmPython(interpreter, siteDir);
      WarmPython.servers.set(key, server);
    }
    return server;
  }

  /** Ends every warm interpreter (they end by themselves when Node exits, too). */
  static closeAll(): void {
    for (const server of WarmPython.servers.values()) server.child.stdin?.end();
    WarmPython.servers.clear();
  }

  private constructor(interpreter: Interpreter, siteDir: string) {
    this.child = spawn(interpreter.command, [WARM_SERVER], {cwd: siteDir, env: pythonEnvironment(), stdio: ['pipe', 'pipe', 'pipe']});
    raisePriority(this.child.pid);
    let stderr = '';
    this.child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
    let pending = '';
    this.child.stdout!.on('data', (data: Buffer) => {
      pending += data.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.trim()) this.answer(JSON.parse(line) as {id: number; pid?: number; code?: number | null; signal?: number | null});
    });
    const fail = (why: string) => {
      this.failure = new Error(`the warm interpreter ${interpreter.command} (${WARM_SERVER}) ${why}${stderr ? `:\n${stderr}` : ''}`);
      for (const job of this.jobs.values()) {
        clearTimeout(job.timer);
        job.reject(this.failure);
      }
      this.jobs.clear();
    };
    this.child.on('error', (error) => fail(`did not start (${error.message})`));
    this.child.on('exit', (code, signal) => fail(`ended (${signal ?? `exit ${code}`})`));
    this.idle();
  }

  /** Lets Node exit while nothing is pending (the server then sees its stdin close and ends). */
  private idle(): void {
    const streams = [this.child.stdin, this.child.stdout, this.child.stderr] as unknown as {unref?: () => void; ref?: () => void}[];
    if (this.jobs.size === 0) {
      this.child.unref();
      for (const s of streams) s?.unref?.();
    } else {
      this.child.ref();
      for (const s of streams) s?.ref?.();
    }
  }

  run(script: string, timeoutSeconds: number, onSpawn?: (pid: number) => void): Promise<RunResult> {
    if (this.failure) return Promise.reject(this.failure);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const job: WarmJob = {outFile: path.join(tmp, 'output'), tmp, started: performance.now(), timeoutSeconds, timedOut: false, onSpawn, resolve, reject};
      this.jobs.set(id, job);
      this.idle();
      this.child.stdin!.write(`${JSON.stringify({id, script, out: job.outFile})}\n`);
    });
  }

  private answer(message: {id: number; pid?: number; code?: number | null; signal?: number | null}): void {
    const job = this.jobs.get(message.id);
    if (!job) return;
    if (message.pid !== undefined) {
      job.pid = message.pid;
      job.onSpawn?.(message.pid);
      job.timer = setTimeout(() => {
        job.timedOut = true;
        try {
          process.kill(message.pid!, 'SIGKILL');
        } catch {
          // It ended meanwhile.
        }
      }, job.timeoutSeconds * 1000);
      return;
    }
    clearTimeout(job.timer);
    this.jobs.delete(message.id);
    this.idle();
    let output = '';
    try {
      output = fs.readFileSync(job.outFile, 'utf8');
    } catch {
      // The child died before it opened its output file: it printed nothing.
    }
    fs.rmSync(job.tmp, {recursive: true, force: true});
    const signal = message.signal ? (signalName(message.signal) ?? null) : null;
    job.resolve({output, exitCode: message.code ?? null, signal, timedOut: job.timedOut, seconds: (performance.now() - job.started) / 1000});
  }
}

/** "SIGKILL" for 9: the name Node gives a signal that ended a process. */
function signalName(signal: number): NodeJS.Signals | undefined {
  return (Object.entries(os.constants.signals) as [NodeJS.Signals, number][]).find(([, n]) => n === signal)?.[0];
}

/** The environment every Python run gets: none of the caller's PYTHON* settings, no colour. */
export function pythonEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('PYTHON')) env[key] = value;
  return Object.assign(env, {
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONHASHSEED: '0',
    PYTHON_COLORS: '0',
    NO_COLOR: '1',
    PYTHONIOENCODING: 'utf-8',
    TERM: 'dumb',
  });
}

/**
 * Runs `python <args>` from the site folder as runSnippet does (a tracer run, for example), at
 * PYTHON_NICE where allowed. `onSpawn` gets the process id (for RunPool's track).
 */
export function runPython(interpreter: Interpreter, siteDir: string, args: string[], timeoutSeconds: number, onSpawn?: (pid: number) => void): Promise<RunResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-'));
  const outFile = path.join(tmp, 'output');
  const fd = fs.openSync(outFile, 'w');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(interpreter.command, args, {cwd: siteDir, env: pythonEnvironment(), stdio: ['ignore', fd, fd]});
    raisePriority(child.pid);
    if (child.pid !== undefined) onSpawn?.(child.pid);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      fs.closeSync(fd);
      const output = fs.readFileSync(outFile, 'utf8');
      fs.rmSync(tmp, {recursive: true, force: true});
      resolve({output, exitCode: code, signal, timedOut, seconds: (performance.now() - started) / 1000});
    });
  });
}
