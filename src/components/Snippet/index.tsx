/**
 * A tested snippet as a reader sees it: the code (whole file or one region) and, under it, the
 * output it printed when the tests ran it. Rendered at build time, so it needs no JavaScript.
 * Pages do not use this directly: the snippet-include remark plugin writes it.
 */
import type {ReactNode} from 'react';
import Code from '../Code';
import Labelled, {inner} from '../Labelled';
import Runnable from '../Run';
import {extractRegion} from '../../snippets/region';
import styles from './styles.module.css';

export interface SnippetOutput {
  /** "Python 3.10–3.11" where outputs differ by version. */
  label: string;
  text: string;
}

interface Props {
  /** "04-tour/fetch_concurrently.py", relative to snippets/. */
  file: string;
  source: string;
  region?: string;
  outputs: SnippetOutput[];
  exitStatus?: number;
  /** It prints in the browser (Pyodide) what it prints on CPython: the page offers Run. */
  runnable?: boolean;
  /** The files beside it that it imports, by path, for a run in the browser. */
  modules?: Record<string, string>;
  /** The page draws a timeline of it: a run in the page is traced and drawn there too. */
  traced?: boolean;
}

function outputHeading(output: SnippetOutput, many: boolean, exitStatus?: number): string {
  const version = many ? ` on ${output.label}` : '';
  const status = exitStatus ? ` (exit status ${exitStatus})` : '';
  return `Output${version}${status}`;
}

export default function Snippet({file, source, region, outputs, exitStatus, runnable, modules, traced}: Props): ReactNode {
  const code = extractRegion(source, region, `snippets/${file}`);
  const title = region ? `snippets/${file} (excerpt)` : `snippets/${file}`;
  const shown = outputs.map((output) => (
    <Labelled key={output.label} label={outputHeading(output, outputs.length > 1, exitStatus)} tone="shown" data={{'data-output': output.label}}>
      <Code language="text" code={output.text.trimEnd() || '(prints nothing)'} className={inner} />
    </Labelled>
  ));
  return (
    // data-snippet/data-region let the browser tests match what a page shows to snippets/.
    <div className={styles.snippet} data-snippet={file} data-region={region}>
      {runnable && outputs.length > 0 ? (
        // A region's Run runs the whole program; only a whole file can be edited.
        <Runnable
          program={{filename: `snippets/${file}`, source, modules}}
          title={title}
          shownCode={code}
          editable={!region}
          expected={outputs.at(-1)!.text}
          kind="snippet"
          traced={traced}>
          {shown}
        </Runnable>
      ) : (
        <>
          <Code language="python" title={title} code={code} />
          {shown}
          {outputs.length > 0 && (
            <p className={styles.terminal}>
              Runs in a terminal, not in the page: <code>python3 snippets/{file}</code>
            </p>
          )}
        </>
      )}
    </div>
  );
}
