/**
 * npm run traces:update [-- 03-preemptive ...] [--force] [--prune] [--site DIR]
 *
 * Traces every snippet a page asks a timeline of (```timeline file=NN-slug/name.py```), or only
 * those whose id starts with one of the arguments, on the newest CPython that runs it, and writes
 * snippets/NN-slug/name.trace.json. This is the only thing that writes those files; review what
 * it changed with `git diff snippets/`.
 *
 * - A trace whose new run matches it (compareTraces: same tasks, steps, order and waits, times
 *   within the tolerance) is kept as it is, so the diff shows only what really changed;
 *   --force rewrites it anyway.
 * - Nothing is written for a run that printed something other than the snippet's expected
 *   output, exited otherwise than its meta.json says, or hit a tracer bug: exit 1.
 * - A .trace.json that no fence names is orphaned: listed, exit 1, unless --prune deletes it.
 * - --site DIR works on another site folder (with its own docs/, blog/ and snippets/).
 */
import fs from 'node:fs';
import path from 'node:path';
import {findSnippet, snippetsDirOf, type Snippet} from '../snippets/catalog';
import {describeInterpreter, discoverInterpreters} from '../snippets/python';
import {
  checkTracedRun,
  compareTraces,
  formatTrace,
  orphanTraces,
  timelineFences,
  traceFileOf,
  traceSnippet,
  traceTimeout,
  tracingInterpreter,
  type Trace,
} from '../trace/traces';

interface Options {
  site: string;
  prefixes: string[];
  force: boolean;
  prune: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {site: path.resolve(__dirname, '../..'), prefixes: [], force: false, prune: false};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') options.force = true;
    else if (arg === '--prune') options.prune = true;
    else if (arg === '--site' && argv[i + 1]) options.site = path.resolve(argv[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg} (known: --force, --prune, --site DIR)`);
    else options.prefixes.push(arg);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const snippetsDir = snippetsDirOf(options.site);
  const rel = (file: string) => path.relative(options.site, file);
  const fences = timelineFences(options.site);
  const problems: string[] = [];

  // The snippets to trace: each once, however many pages show its timeline.
  const wanted = new Map<string, Snippet>();
  for (const fence of fences) {
    if (wanted.has(fence.file)) continue;
    if (options.prefixes.length && !options.prefixes.some((p) => fence.file.startsWith(p))) continue;
    const where = `${fence.page}:${fence.line}`;
    try {
      traceFileOf(snippetsDir, fence.file); // a .py file
      wanted.set(fence.file, findSnippet(snippetsDir, fence.file, where));
    } catch (error) {
      const message = (error as Error).message;
      problems.push(message.startsWith(where) ? message : `${where}: ${message}`);
    }
  }
  const snippets = [...wanted.values()];
  const {usable} = discoverInterpreters([...new Set(snippets.flatMap((s) => s.meta.needs))]);
  console.log(`${fences.length} timeline fence(s) in docs/ and blog/; tracing ${snippets.length} snippet(s).`);
  console.log(`Interpreters:\n${usable.map((i) => `  ${describeInterpreter(i)}`).join('\n') || '  none'}`);

  // One at a time: the times recorded are the ones pages show, best taken on a quiet machine.
  for (const snippet of snippets) {
    const interpreter = tracingInterpreter(snippet, usable);
    if (typeof interpreter === 'string') {
      problems.push(interpreter);
      continue;
    }
    const run = await traceSnippet(interpreter, options.site, snippet.id, traceTimeout(snippet));
    const runProblems = checkTracedRun(snippet, interpreter, run);
    if (runProblems.length || !run.trace) {
      problems.push(...runProblems);
      continue;
    }
    const target = traceFileOf(snippetsDir, snippet.id);
    const summary = `CPython ${run.trace.python}: ${run.trace.tasks.length} tasks, ${run.trace.tasks.reduce((n, t) => n + t.steps.length, 0)} steps`;
    const isNew = !fs.existsSync(target);
    let differences: string[] = [];
    if (!isNew) {
      try {
        differences = compareTraces(JSON.parse(fs.readFileSync(target, 'utf8')) as Trace, run.trace);
      } catch (error) {
        differences = [`the old file did not parse: ${(error as Error).message}`];
      }
    }
    if (!isNew && differences.length === 0 && !options.force) {
      console.log(`kept    ${rel(target)} (a new run on ${summary} matches it; --force rewrites it)`);
      continue;
    }
    fs.writeFileSync(target, formatTrace(run.trace));
    console.log(`wrote   ${rel(target)} (${isNew ? 'new, ' : ''}${summary})`);
    for (const d of differences) console.log(`          was: ${d}`);
  }

  // Traces no page asks for, e.g. after a timeline was removed or its snippet renamed.
  for (const orphan of orphanTraces(snippetsDir, fences)) {
    const file = path.join(snippetsDir, orphan);
    if (options.prune) {
      fs.rmSync(file);
      console.log(`removed ${rel(file)} (no timeline fence names it)`);
    } else {
      problems.push(`${rel(file)} is orphaned: no \`\`\`timeline file=${orphan.replace(/\.trace\.json$/, '.py')} fence names it. Delete it, or run "npm run traces:update -- --prune".`);
    }
  }

  if (problems.length) {
    console.error(`\n${problems.length} problem(s) (nothing was written for a snippet with a problem):\n\n${problems.join('\n\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
