/**
 * One run of the whole test command (`npm test`), for the scripts that time it or run it under
 * load: its output goes to a log file, its results to a JSON report beside it. Node only.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import {rightOnlyAlone} from '../snippets/aloneOnly';
import {SITE} from './build';

export interface TestRun {
  ok: boolean;
  seconds: number;
  /** Vitest's "Tests" line: "706 passed (706)". */
  summary: string;
  /** The full names of the tests that failed ("test/x.test.ts > group > name"). */
  failed: string[];
  /** Snippet runs right only when run again alone, on CPython or in Pyodide (rightOnlyAlone). */
  aloneOnly: string[];
  log: string;
}

interface JsonReport {
  testResults?: {name: string; assertionResults?: {fullName: string; status: string}[]; status?: string; message?: string}[];
}

/** The failed tests of a vitest JSON report, each with its file relative to the site. */
export function failedTests(report: JsonReport, siteDir = SITE): string[] {
  return (report.testResults ?? []).flatMap((file) => {
    const name = file.name.startsWith(`${siteDir}/`) ? file.name.slice(siteDir.length + 1) : file.name;
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed').map((a) => `${name} > ${a.fullName}`);
    // A file can fail without a failed test (a hook or an import that threw).
    return failed.length || file.status !== 'failed' ? failed : [`${name}: ${(file.message ?? 'failed').split('\n')[0]}`];
  });
}

/** Runs `npm test` in the site folder (or another copy of it), writing `log` and `${log}.json`. */
export function runNpmTest(log: string, env: NodeJS.ProcessEnv = process.env, siteDir = SITE): Promise<TestRun> {
  const jsonFile = `${log}.json`;
  const fd = fs.openSync(log, 'w');
  const started = performance.now();
  const child = spawn('npm', ['test', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`], {cwd: siteDir, env, stdio: ['ignore', fd, fd]});
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(fd);
      const seconds = (performance.now() - started) / 1000;
      const text = fs.readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
      const summary = text.match(/^\s*Tests\s+(.*)$/m)?.[1].trim() ?? 'no summary';
      let failed: string[] = [];
      try {
        failed = failedTests(JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JsonReport, siteDir);
      } catch {
        if (code !== 0) failed = [`no JSON report: see ${log}`];
      }
      resolve({ok: code === 0, seconds, summary, failed, aloneOnly: rightOnlyAlone(text), log});
    });
  });
}
