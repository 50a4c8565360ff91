// Running snippets for real: time limits, interleaved streams, exit status, diffs.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadSnippets} from '../src/snippets/catalog';
import {interpretersFor, runOn} from '../src/snippets/matrix';
import {discoverInterpreters, runSnippet, runSnippetWarm, WARM_RUNS} from '../src/snippets/python';
import {normaliseOutput} from '../src/snippets/outputs';
import {checkRun} from '../src/snippets/verify';

const site = path.join(__dirname, 'fixtures/runs');
const snippets = new Map(loadSnippets(path.join(site, 'snippets')).map((s) => [s.name, s]));
const python = discoverInterpreters([]).usable.at(-1);

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(what);
  return value;
}
const interpreter = () => need(python, 'no CPython 3.10-3.13 found: install python3 (apt-get install python3)');

describe('running a snippet', () => {
  it('stops a snippet at its time limit and says so', async () => {
    const snippet = snippets.get('too_slow.py')!;
    const started = performance.now();
    const run = await runOn(snippet, interpreter(), site);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(run.result.timedOut).toBe(true);
    expect(run.output).toBe('starting\n');
    expect(checkRun({what: 'snippets/01-runs/too_slow.py on CPython', meta: snippet.meta, result: run.result, output: run.output, expected: {file: 'x', text: ''}})).toBe(
      'snippets/01-runs/too_slow.py on CPython did not finish within its time limit of 1 s ("timeout" in the chapter\'s meta.json).',
    );
  });

  it('keeps stdout and stderr in the order they were written', async () => {
    const run = await runOn(snippets.get('streams.py')!, interpreter(), site);
    expect(run.output).toBe('out 1\nerr 1\nout 2\nerr 2\n');
    expect(run.result.exitCode).toBe(0);
  });

  it('shows a traceback with the path relative to the site and no memory address', async () => {
    const run = await runOn(snippets.get('fails.py')!, interpreter(), site);
    expect(run.result.exitCode).toBe(1);
    expect(run.output).toMatch(/^<__main__\.Thing object at 0x\.\.\.>\nTraceback \(most recent call last\):\n/);
    expect(run.output).toContain('File "snippets/01-runs/fails.py", line 6, in <module>');
    expect(run.output.trimEnd().split('\n').at(-1)).toBe('ValueError: shown on purpose');
  });
});

// Checks fork each run from a warm interpreter (src/snippets/warm_python.py); expected outputs come
// from runs started afresh. The two must not differ in anything a snippet can print or end with.
describe('a run forked from a warm interpreter', () => {
  const cases: [string, {exitCode: number | null; signal: string | null}][] = [
    ['streams.py', {exitCode: 0, signal: null}],
    ['fails.py', {exitCode: 1, signal: null}],
    ['chained_failure.py', {exitCode: 1, signal: null}],
    ['exits_with_status.py', {exitCode: 3, signal: null}],
    ['interrupted.py', {exitCode: null, signal: 'SIGINT'}],
    ['who_am_i.py', {exitCode: 0, signal: null}],
    ['pool_in_spawned_processes.py', {exitCode: 0, signal: null}],
  ];

  it('is what the checks use unless SNIPPET_WARM=0', () => {
    expect(WARM_RUNS).toBe(process.env.SNIPPET_WARM !== '0');
  });

  it.each(cases)('prints and ends exactly as a fresh `python3 %s`', async (name, ending) => {
    const snippet = need(snippets.get(name), `fixture ${name} missing`);
    const fresh = await runSnippet(interpreter(), site, snippet.absPath, 20);
    const warm = await runSnippetWarm(interpreter(), site, snippet.absPath, 20);
    // The fixture ends as it means to, so the comparison compares something.
    expect({exitCode: fresh.exitCode, signal: fresh.signal ?? null}).toEqual(ending);
    expect(fresh.output).not.toBe('');
    // Compared as the checks compare (memory addresses and paths normalised).
    const seen = (run: typeof fresh) => ({
      output: normaliseOutput(run.output, {repoRoot: site, libraryDirs: interpreter().libraryDirs}),
      exitCode: run.exitCode,
      signal: run.signal ?? null,
    });
    expect(seen(warm)).toEqual(seen(fresh));
  });

  it('is stopped at its time limit like a fresh run', async () => {
    const warm = await runSnippetWarm(interpreter(), site, snippets.get('too_slow.py')!.absPath, 1);
    expect(warm.timedOut).toBe(true);
    expect(warm.signal).toBe('SIGKILL');
    expect(warm.output).toBe('starting\n');
  });
});

describe('checking a run against its expected output', () => {
  const meta = {minPython: '3.10', exit: 0, needs: [], timeout: 10, fresh: false};
  const result = {output: '', exitCode: 0, timedOut: false, seconds: 1};
  const expected = {file: 'snippets/01-x/a.output.txt', text: 'one\ntwo\nthree\n'};

  it('passes when the output is byte for byte the expected one', () => {
    expect(checkRun({what: 'a.py', meta, result, output: 'one\ntwo\nthree\n', expected})).toBeUndefined();
  });

  it('shows a diff and the update command when the output differs', () => {
    expect(checkRun({what: 'a.py', meta, result, output: 'one\n2\nthree\n', expected})).toBe(
      'a.py printed something other than snippets/01-x/a.output.txt (- expected, + printed):\n' +
        '  one\n- two\n+ 2\n  three\n  \n' +
        'If the new output is right, run "npm run snippets:update" and review the change in the diff.',
    );
  });

  it('catches a difference in trailing whitespace', () => {
    expect(checkRun({what: 'a.py', meta, result, output: 'one\ntwo\nthree \n', expected})).toContain('- three\n+ three·\n');
  });

  it('fails when a snippet exits with another status than declared', () => {
    const message = checkRun({what: 'a.py', meta: {...meta, exit: 1}, result, output: 'fine\n', expected});
    expect(message).toBe('a.py exited with status 0, expected 1 (declared as "exit" in the chapter\'s meta.json). Its output ended:\nfine');
  });
});

describe('which interpreters a snippet runs on', () => {
  const at = (version: string, command: string, modules: string[] = []) => ({command, version, minor: version.split('.').slice(0, 2).join('.'), libraryDirs: [], modules});
  const found = [at('3.10.13', '/a/3.10'), at('3.11.2', '/usr/bin/python3', ['aiohttp']), at('3.11.7', '/a/3.11'), at('3.12.1', '/a/3.12'), at('3.13.0', '/a/3.13')];
  const snippet = (minPython: string, needs: string[] = []) => ({...snippets.get('too_slow.py')!, meta: {...snippets.get('too_slow.py')!.meta, minPython, needs}});

  it('runs a snippet once per minor version: the newest release of it', () => {
    expect(interpretersFor(snippet('3.10'), found).map((i) => i.command)).toEqual(['/a/3.10', '/a/3.11', '/a/3.12', '/a/3.13']);
  });

  it('takes an older release of a minor version where only it has the modules the snippet needs, and leaves out versions too old', () => {
    expect(interpretersFor(snippet('3.10', ['aiohttp']), found).map((i) => i.command)).toEqual(['/usr/bin/python3']);
    expect(interpretersFor(snippet('3.12'), found).map((i) => i.version)).toEqual(['3.12.1', '3.13.0']);
  });
});
