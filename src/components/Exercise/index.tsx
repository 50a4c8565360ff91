/**
 * An exercise: a program to fix or finish (a tested snippet whose expected output is the wrong
 * one), the output it should print (its solution's), and the solution under a toggle. Pages do not
 * use this directly: the remark plugin turns ```exercise fences into it (src/remark/exercises.ts).
 */
import type {ReactNode} from 'react';
import Code from '../Code';
import Labelled, {inner} from '../Labelled';
import Runnable from '../Run';
import styles from './styles.module.css';

interface Props {
  /** The program, relative to snippets/. */
  file: string;
  source: string;
  solutionFile: string;
  solution: string;
  /** What the solution prints: what the reader's program should print. */
  target: string;
}

export default function Exercise({file, source, solutionFile, solution, target}: Props): ReactNode {
  return (
    <div className={styles.exercise} data-exercise={file}>
      <Runnable program={{filename: `snippets/${file}`, source}} title={`snippets/${file} (exercise)`} shownCode={source} editable expected={target} kind="exercise">
        <Labelled label="It should print" ariaLabel="What it should print" tone="target">
          <Code language="text" code={target.trimEnd()} className={inner} />
        </Labelled>
      </Runnable>
      <details className={styles.solution}>
        <summary>Show a solution</summary>
        <Code language="python" title={`snippets/${solutionFile}`} code={solution} />
      </details>
    </div>
  );
}
