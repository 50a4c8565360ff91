/**
 * mermaid.parse for diagrams found in pages. Mermaid needs a DOM: call this from a test file
 * that runs in the happy-dom environment.
 */
import type {MermaidBlock} from '../../src/remark/lintPages';

export async function mermaidProblems(blocks: MermaidBlock[]): Promise<string[]> {
  const {default: mermaid} = await import('mermaid');
  const problems: string[] = [];
  for (const block of blocks) {
    try {
      await mermaid.parse(block.text);
    } catch (error) {
      const reason = String((error as Error).message ?? error).split('\n').slice(0, 4).join(' ');
      problems.push(`${block.where}: mermaid diagram does not parse: ${reason}`);
    }
  }
  return problems;
}
