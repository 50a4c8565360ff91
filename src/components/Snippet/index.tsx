/**
 * A tested snippet as a reader sees it: the code (whole file or one region) and, under it, the
 * output it printed when the tests ran it. Rendered at build time, so it needs no JavaScript.
 * Pages do not use this directly: the snippet-include remark plugin writes it, and the page's
 * files (the program, its outputs) come through ./files.ts: undefined while a page opened from a
 * link shows them from its HTML.
 */
import type {ReactNode} from 'react';
import Code from '../Code';
import Labelled, {inner} from '../Labelled';
import Runnable from '../Run';
import {extractRegion} from '../../snippets/region';
import {getFile, useFetchMissing} from './files';
import styles from './styles.module.css';

export interface SnippetOutput {
  /** "Python 3.10–3.11" where outputs differ by version. */
  label: string;
  /** The output file, relative to snippets/: "04-tour/x.output.txt", "04-tour/x.3.12.output.txt". */
  file: string;
}

interface Props {
  /** "04-tour/fetch_concurrently.py", relative to snippets/. */
  file: string;
  region?: string;
  outputs: SnippetOutput[];
  exitStatus?: number;
  /** It prints in the browser (Pyodide) what it prints on CPython: the page offers Run. */
  runnable?: boolean;
  /** The files beside it that it imports, relative to snippets/, for a run in the browser. */
  modules?: string[];
  /** The page draws a timeline of this snippet: a run in the page is traced and drawn there too. */
  traced?: boolean;
}

function outputHeading(output: SnippetOutput, many: boolean, exitStatus?: number): string {
  const version = many ? ` on ${output.label}` : '';
  const status = exitStatus ? ` (exit status ${exitStatus})` : '';
  return `Output${version}${status}`;
}

export default function Snippet({file, region, outputs, exitStatus, runnable, modules = [], traced}: Props): ReactNode {
  const fetchMissing = useFetchMissing([file, ...outputs.map((o) => o.file)]);
  const showCode = () => {
    const source = getFile(file);
    return source === undefined ? undefined : extractRegion(source, region, `snippets/${file}`);
  };
  const codeKey = `snippet:${file}#${region ?? ''}`;
  const title = region ? `snippets/${file} (excerpt)` : `snippets/${file}`;
  const shown = outputs.map((output) => {
    const text = getFile(output.file);
    return (
      <Labelled key={output.label} label={outputHeading(output, outputs.length > 1, exitStatus)} tone="shown" data={{'data-output': output.label}}>
        <Code
          language="text"
          code={text === undefined ? undefined : text.trimEnd() || '(prints nothing)'}
          textKey={`output:${output.file}`}
          onMissing={fetchMissing}
          className={inner}
        />
      </Labelled>
    );
  });
  return (
    // data-snippet/data-region let the browser tests match what a page shows to snippets/.
    <div className={styles.snippet} data-snippet={file} data-region={region}>
      {runnable && outputs.length > 0 ? (
        // A region's Run runs the whole program; only a whole file can be edited.
        <Runnable
          program={{file, modules}}
          title={title}
          showCode={showCode}
          codeKey={codeKey}
          onMissing={fetchMissing}
          editable={!region}
          expected={outputs.at(-1)!.file}
          kind="snippet"
          traced={traced}>
          {shown}
        </Runnable>
      ) : (
        <>
          <Code language="python" title={title} code={showCode()} textKey={codeKey} onMissing={fetchMissing} />
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
