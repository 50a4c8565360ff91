/** Whether one run of a snippet printed what its page shows. Pure: the tests and scripts share it. */
import {formatDiff} from './diff';
import type {SnippetMeta} from './meta';
import type {RunResult} from './python';

export interface RunCheck {
  /** "snippets/04-tour/x.py on CPython 3.12.1" */
  what: string;
  meta: SnippetMeta;
  result: RunResult;
  /** Normalised output of the run. */
  output: string;
  expected: {file: string; text: string};
}

const UPDATE_HINT = 'If the new output is right, run "npm run snippets:update" and review the change in the diff.';

/** Returns undefined when the run matches, else a message that says what went wrong and how. */
export function checkRun({what, meta, result, output, expected}: RunCheck): string | undefined {
  if (result.timedOut) {
    return `${what} did not finish within its time limit of ${meta.timeout} s ("timeout" in the chapter's meta.json).`;
  }
  if (result.exitCode !== meta.exit) {
    const tail = output.trimEnd().split('\n').slice(-15).join('\n');
    const declared = meta.exit === 0 ? '' : ' (declared as "exit" in the chapter\'s meta.json)';
    return `${what} exited with status ${result.exitCode}, expected ${meta.exit}${declared}. Its output ended:\n${tail}`;
  }
  if (output !== expected.text) {
    return `${what} printed something other than ${expected.file} (- expected, + printed):\n${formatDiff(expected.text, output)}\n${UPDATE_HINT}`;
  }
  return undefined;
}
