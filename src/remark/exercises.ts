/**
 * An exercise on a page: an empty fence naming a small program the reader is to fix or finish,
 * and a worked solution, both snippets like any other (tested, with expected outputs):
 *
 *   ```exercise file=11-running-many-at-once/exercise_overlap.py solution=11-running-many-at-once/exercise_overlap_solution.py
 *   ```
 *
 * The page shows the program, the output it should print (the solution's), and the solution under
 * a "Show a solution" toggle; the reader edits and runs the program in the page until its output
 * matches. Both must run in the browser (src/runnable-snippets.json).
 */
import path from 'node:path';
import {findSnippet, type Snippet} from '../snippets/catalog';
import {parseInclude} from '../snippets/include';
import {SnippetError} from '../snippets/region';
import {stringAttribute, type CodeNode, type Node} from './mdxNodes';

export interface ResolvedExercise {
  exercise: Snippet;
  solution: Snippet;
}

/** Reads an ```exercise fence: file= and solution=, both snippets; throws naming `file:line`. */
export function checkExerciseFence(node: CodeNode, file: string, snippetsDir: string): ResolvedExercise {
  const where = `${file}:${node.position?.start.line ?? '?'}`;
  const words = new Map<string, string>();
  for (const word of (node.meta ?? '').trim().split(/\s+/).filter(Boolean)) {
    const [key, value] = word.split('=', 2);
    if ((key !== 'file' && key !== 'solution') || !value) {
      throw new SnippetError(`${where}: unknown word "${word}" in the exercise (known: file=, solution=)`);
    }
    words.set(key, value);
  }
  if (!words.has('file') || !words.has('solution')) {
    throw new SnippetError(`${where}: an exercise names its program and a solution: \`\`\`exercise file=NN-slug/name.py solution=NN-slug/name_solution.py`);
  }
  if (node.value.trim() !== '') throw new SnippetError(`${where}: an exercise fence must be empty: its code comes from snippets/`);
  const [exercise, solution] = (['file', 'solution'] as const).map((key) => {
    const include = parseInclude(`file=${words.get(key)}`, where);
    return findSnippet(snippetsDir, include.file, where);
  });
  for (const snippet of [exercise, solution]) {
    if (!snippet.outputs.some((o) => !o.since)) throw new SnippetError(`${where}: snippets/${snippet.id} has no expected output yet (run "npm run snippets:update")`);
  }
  if (solution.outputs.length !== 1) {
    throw new SnippetError(`${where}: the solution snippets/${solution.id} prints differently on different Python versions; an exercise needs one output to aim at`);
  }
  if (solution.meta.exit !== 0) throw new SnippetError(`${where}: the solution snippets/${solution.id} must exit 0`);
  return {exercise, solution};
}

/**
 * The <Exercise> element for one exercise, and the files it shows (relative to snippets/; the page
 * brings them: src/remark/snippetInclude.ts).
 */
export function exerciseNodes({exercise, solution}: ResolvedExercise): {files: string[]; element: Node} {
  const target = `${path.posix.dirname(solution.id)}/${solution.outputs[0].file}`;
  const attributes = [stringAttribute('file', exercise.id), stringAttribute('solutionFile', solution.id), stringAttribute('target', target)];
  return {files: [exercise.id, solution.id, target], element: {type: 'mdxJsxFlowElement', name: 'Exercise', attributes, children: []}};
}
