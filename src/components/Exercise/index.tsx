/**
 * An exercise: a program to fix or finish (a tested snippet whose expected output is the wrong
 * one), the output it should print (its solution's), and the solution under a toggle. Pages do not
 * use this directly: the remark plugin turns ```exercise fences into it (src/remark/exercises.ts).
 * Its texts are the page's files (../Snippet/files.ts), as a snippet's are.
 */
import type {ReactNode} from 'react';
import Code from '../Code';
import Labelled, {inner} from '../Labelled';
import Runnable from '../Run';
import {getFile, useFetchMissing} from '../Snippet/files';
import styles from './styles.module.css';

interface Props {
  /** The program, relative to snippets/. */
  file: string;
  solutionFile: string;
  /** What the solution prints (its output file, relative to snippets/): what the reader's program should print. */
  target: string;
}

export default function Exercise({file, solutionFile, target}: Props): ReactNode {
  const fetchMissing = useFetchMissing([file, solutionFile, target]);
  const targetText = getFile(target);
  return (
    <div className={styles.exercise} data-exercise={file}>
      <Runnable
        program={{file}}
        title={`snippets/${file} (exercise)`}
        showCode={() => getFile(file)}
        codeKey={`exercise:${file}`}
        onMissing={fetchMissing}
        editable
        expected={target}
        kind="exercise">
        <Labelled label="It should print" ariaLabel="What it should print" tone="target">
          <Code language="text" code={targetText?.trimEnd()} textKey={`target:${target}`} onMissing={fetchMissing} className={inner} />
        </Labelled>
      </Runnable>
      <details className={styles.solution}>
        <summary>Show a solution</summary>
        <Code language="python" title={`snippets/${solutionFile}`} code={getFile(solutionFile)} textKey={`solution:${solutionFile}`} onMissing={fetchMissing} />
      </details>
    </div>
  );
}
