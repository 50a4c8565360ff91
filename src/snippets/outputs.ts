/**
 * Expected outputs. Beside `name.py` sits `name.output.txt`: what the snippet printed (stdout and
 * stderr, interleaved as a terminal shows them). Where a Python version prints something else,
 * `name.3.12.output.txt` holds the output from that version on, until a newer such file takes over.
 * These files are written only by `npm run snippets:update`.
 */
import {SnippetError} from './region';
import {PYTHON_RANGE, compareVersions, previousMinor, type Version} from './versions';

const OUTPUT_FILE = /^(?<stem>.+?)\.(?:(?<since>\d+\.\d+)\.)?output\.txt$/;

export interface OutputFile {
  file: string;
  /** The first version this file applies to; undefined for the base file. */
  since?: Version;
}

export function outputFileName(snippetName: string, since?: Version): string {
  const stem = snippetName.replace(/\.py$/, '');
  return since ? `${stem}.${since}.output.txt` : `${stem}.output.txt`;
}

/** Picks, out of a folder's file names, the output files of one snippet, oldest first. */
export function outputFilesOf(snippetName: string, folderFiles: string[]): OutputFile[] {
  const stem = snippetName.replace(/\.py$/, '');
  const found: OutputFile[] = [];
  for (const file of folderFiles) {
    const match = OUTPUT_FILE.exec(file);
    if (match?.groups?.stem !== stem) continue;
    found.push(match.groups.since ? {file, since: match.groups.since} : {file});
  }
  return found.sort((a, b) => (!a.since ? -1 : !b.since ? 1 : compareVersions(a.since, b.since)));
}

/** The output file that applies to `version`: the newest one whose `since` is not after it. */
export function outputFor(files: OutputFile[], version: Version, snippet: string): OutputFile {
  if (!files.some((f) => !f.since)) {
    throw new SnippetError(`${snippet}: has no expected output (run "npm run snippets:update")`);
  }
  let chosen = files.find((f) => !f.since)!;
  for (const f of files) {
    if (f.since && compareVersions(f.since, version) <= 0) chosen = f;
  }
  return chosen;
}

/** "Python 3.10–3.11" style labels for a page that shows more than one output. */
export function outputLabels(files: OutputFile[], minPython: Version = PYTHON_RANGE.oldest): string[] {
  return files.map((f, i) => {
    const from = f.since ?? minPython;
    const next = files[i + 1]?.since;
    const to = next ? previousMinor(next) : PYTHON_RANGE.newest;
    return from === to ? `Python ${from}` : `Python ${from}–${to}`;
  });
}

export interface NormaliseContext {
  /** Absolute path of the repository root; "/repo/snippets/x.py" becomes "snippets/x.py". */
  repoRoot: string;
  /** Absolute library folders of the interpreter (stdlib, site-packages), shown as "<python>". */
  libraryDirs: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The one normalisation between what a snippet printed and what the page shows: line endings,
 * absolute paths and memory addresses, which change from machine to machine and run to run.
 */
export function normaliseOutput(text: string, context: NormaliseContext): string {
  let out = text.replace(/\r\n/g, '\n');
  const dirs = [...context.libraryDirs].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const dir of dirs) {
    out = out.replace(new RegExp(escapeRegExp(dir.replace(/\/$/, '')) + '/', 'g'), '<python>/');
  }
  out = out.replace(new RegExp(escapeRegExp(context.repoRoot.replace(/\/$/, '')) + '/', 'g'), '');
  out = out.replace(/\b0x[0-9a-fA-F]{6,}\b/g, '0x...');
  return out;
}

/**
 * What the output files of one snippet should be after an update. `existing` and the result map
 * are keyed by the first version a text applies to (the base file under `minPython`); `runs` holds
 * what each minor version printed now. Versions that did not run keep their files; a file equal
 * to the one before it is dropped, so a version file exists only where the output really changes.
 */
export function planOutputs(existing: Map<Version, string>, runs: Map<Version, string>, minPython: Version): Map<Version, string> {
  const plan = new Map(existing);
  const sorted = () => [...plan.keys()].sort(compareVersions);
  const effective = (v: Version) => {
    const key = sorted().filter((k) => compareVersions(k, v) <= 0).pop();
    return key === undefined ? undefined : plan.get(key);
  };
  for (const version of [...runs.keys()].sort(compareVersions)) {
    if (effective(version) !== runs.get(version)) plan.set(version, runs.get(version)!);
  }
  const keys = sorted();
  if (keys.length > 0 && keys[0] !== minPython) {
    // The oldest text becomes the base file: it applies from minPython on.
    plan.set(minPython, plan.get(keys[0])!);
    plan.delete(keys[0]);
  }
  let previous: string | undefined;
  for (const key of sorted()) {
    if (plan.get(key) === previous) plan.delete(key);
    else previous = plan.get(key);
  }
  return plan;
}
