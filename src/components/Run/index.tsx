/**
 * A program a reader can run in the page: its code (or, after Edit, an editor holding it), what
 * the page shows it printing, then Run (Stop while it runs), Edit and Reset, and the reader's own
 * output as it is printed, with a word on how it compares. Python (Pyodide, in a Web Worker), the
 * worker and the editor are fetched only when the reader first presses Run or Edit
 * (src/pyodide/client.ts, ./editor.ts); before that the page holds two buttons. So are the program's
 * files, on a page opened from a link (../Snippet/files.ts): its code shows from the page's HTML.
 */
import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import type {RunResult} from '../../pyodide/client';
import type {Program} from '../../pyodide/session';
import type {Likeness} from '../../pyodide/verdict';
import Code, {useCodeThemes} from '../Code';
import Labelled from '../Labelled';
import {ensureFiles, getFile} from '../Snippet/files';
import type {Editor} from './editor';
import {publishTrace} from './readerRuns';
import styles from './styles.module.css';

/** The output a run may show; the rest is cut (the worker stops sending there). */
const OUTPUT_CAP = 200_000;

/**
 * The page's Python client, fetched on the first Run. One import for Run and Stop alike: the
 * bundler gave each import() its own copy of the module, and Stop then reached a client that was
 * running nothing.
 */
let client: Promise<typeof import('../../pyodide/client')> | undefined;
const loadClient = () => (client ??= import('../../pyodide/client'));

interface Props {
  /**
   * The tested program, as it runs: its file and the files beside it that it imports, relative
   * to snippets/ ("04-x/a.py"); their texts come from the page's files (../Snippet/files.ts).
   */
  program: {file: string; modules?: string[]};
  title: string;
  /** The code the block shows (the whole file, or a region of it), once the page has its files. */
  showCode: () => string | undefined;
  /** Names what the block shows, and asks for the files where it has nothing to show (../Code). */
  codeKey: string;
  onMissing?: () => void;
  /** Whether the reader may edit it (a whole file, not a region). */
  editable: boolean;
  /** What a run should print, a file relative to snippets/: the output the page shows, or an exercise's target. */
  expected: string;
  kind: 'snippet' | 'exercise';
  /** The page draws a timeline of this snippet: trace each run, and the timeline draws it too. */
  traced?: boolean;
  /** Shown between the code and the buttons (the outputs, or the exercise's target). */
  children?: ReactNode;
}

type Phase = 'idle' | 'loading' | 'running' | 'done';

function verdictText(kind: Props['kind'], likeness: Likeness, edited: boolean): string | undefined {
  if (kind === 'exercise') {
    if (likeness === 'same') return 'It prints what it should. Well done!';
    return likeness === 'numbers' ? 'Close: it differs from what it should print only in its numbers.' : 'Not yet: it does not print what it should.';
  }
  if (edited) return undefined;
  if (likeness === 'same') return 'Matches the output shown above.';
  if (likeness === 'numbers') return 'Differs from the output above only in its numbers: timings come out differently on a slow or busy device.';
  return 'Differs from the output shown above.';
}

function endText(result: RunResult): string {
  if (result.killed) return 'Stopped. The program never paused to hear it, so the page restarted Python.';
  if (result.timedOut) return 'Stopped after 30 seconds.';
  if (result.stopped) return 'Stopped.';
  return result.status === 0 ? 'Finished.' : `Finished with exit status ${result.status}.`;
}

/** The program as the worker runs it, from the page's files (fetched). */
function programOf({file, modules = []}: Props['program']): Program {
  return {
    filename: `snippets/${file}`,
    source: getFile(file)!,
    modules: Object.fromEntries(modules.map((m) => [`snippets/${m}`, getFile(m)!])),
  };
}

export default function Runnable({program, title, showCode, codeKey, onMissing, editable, expected, kind, traced = false, children}: Props): ReactNode {
  const themes = useCodeThemes();
  const pyodideUrl = useBaseUrl('/pyodide/');
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [editorOpen, setEditorOpen] = useState(false);
  const editorHost = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>('idle');
  const [output, setOutput] = useState('');
  const [result, setResult] = useState<{run: RunResult; edited: boolean; likeness: Likeness} | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  // The editor lives in a host element React leaves alone; it is made when Edit opens it.
  useEffect(() => {
    if (!editorOpen || !editorHost.current) return undefined;
    let cancelled = false;
    Promise.all([import('./editor'), ensureFiles([program.file])]).then(
      ([{mountEditor}]) => {
        if (cancelled || !editorHost.current) return;
        editor.current = mountEditor(editorHost.current, draft ?? getFile(program.file)!, setDraft, themes, `Edit ${title}`);
        editor.current.focus();
      },
      (error: unknown) => console.warn(error),
    );
    return () => {
      cancelled = true;
      editor.current?.destroy();
      editor.current = undefined;
    };
    // The editor is made once per opening; later drafts come from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editorOpen]);

  const running = phase === 'loading' || phase === 'running';

  async function run() {
    setOutput('');
    setResult(undefined);
    setFailure(undefined);
    let printed = '';
    try {
      const indexURL = new URL(pyodideUrl, window.location.href).href;
      const [python] = await Promise.all([loadClient(), ensureFiles([program.file, expected, ...(program.modules ?? [])])]);
      const tested = programOf(program);
      const edited = draft !== undefined && draft !== tested.source;
      const outcome = await python.run(
        {...tested, source: edited ? draft : tested.source},
        indexURL,
        {
          onPhase: setPhase,
          onOutput: (text) => {
            printed += text;
            setOutput(printed.slice(0, OUTPUT_CAP));
          },
        },
        {trace: traced},
      );
      setResult({run: outcome, edited, likeness: python.compareOutputs(printed, getFile(expected)!)});
      if (outcome.trace) publishTrace(program.file, {trace: outcome.trace, edited});
    } catch (error) {
      setFailure(`The page could not start Python: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setPhase('done');
    }
  }

  async function stop() {
    (await loadClient()).stop();
  }

  const body = editorOpen ? <div ref={editorHost} className={styles.editor} /> : undefined;
  return (
    <>
      <Code language="python" title={editorOpen ? `${title} (edited)` : title} code={showCode()} textKey={codeKey} onMissing={onMissing} body={body} />
      {children}
      {/* In the page's HTML, so that nothing below moves when the page comes alive; the buttons
          show once it has (they need JavaScript), and without JavaScript the bar says how to run
          the program instead. */}
      <div className={styles.bar} data-run={`snippets/${program.file}`}>
        <noscript>
          <span className={styles.status}>
            Run it here with JavaScript on, or in a terminal: <code>python3 snippets/{program.file}</code>
          </span>
        </noscript>
        <button type="button" className={clsx('button button--sm', running ? 'button--danger' : 'button--primary')} onClick={running ? stop : run}>
          {running ? 'Stop' : 'Run'}
        </button>
        {editable && !editorOpen && (
          <button type="button" className="button button--sm button--secondary" onClick={() => setEditorOpen(true)}>
            Edit
          </button>
        )}
        {editable && editorOpen && (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => {
              setEditorOpen(false);
              setDraft(undefined);
            }}>
            Reset
          </button>
        )}
        <span className={styles.status} role="status">
          {phase === 'loading' && 'Starting Python in your browser (the first run fetches about 6 MB)…'}
          {phase === 'running' && 'Running…'}
          {phase === 'done' && result && endText(result.run)}
          {phase === 'done' && failure}
        </span>
      </div>
      {(output || result) && (
        <Labelled label={`Your run, in this page (Python 3.14${kind === 'exercise' || result?.edited ? ', edited' : ''})`} ariaLabel="What your run printed" tone="yours">
          <pre className={styles.output} role="log" aria-live="polite">
            {output.replace(/\n$/, '') || (result ? '(printed nothing)' : '')}
            {output.length >= OUTPUT_CAP && '\n(output cut here: it printed more than 200,000 characters)'}
          </pre>
          {result && !result.run.stopped && verdictText(kind, result.likeness, result.edited) && (
            <p className={clsx(styles.verdict, result.likeness === 'same' ? styles.same : styles.differs)} data-verdict={result.likeness}>
              {verdictText(kind, result.likeness, result.edited)}
            </p>
          )}
          {traced && result?.run.trace && (
            <p className={styles.note}>
              <a href={`#your-run-${program.file.replace(/\W+/g, '-')}`}>Your run is drawn as a timeline under the recorded one.</a>
            </p>
          )}
          {result && !result.run.jspi && (
            <p className={styles.note}>
              This browser cannot pause Python while it waits (it lacks WebAssembly JSPI, which Chrome and Edge have): waits keep the
              processor busy, and Stop ends a run by restarting Python.
            </p>
          )}
        </Labelled>
      )}
    </>
  );
}
