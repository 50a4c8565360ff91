/**
 * remark plugin: a ```mermaid fence, as the build shows it: the drawings `npm run diagrams:render`
 * made of its text ahead of time (static/diagrams/KEY-light.svg and -dark.svg), with their size
 * from src/diagram-drawings.json:
 *
 *   import Diagram from '@site/src/components/Diagram';
 *   <Diagram drawing="KEY" width={..} height={..} readableWidth={..} title=".." description=".." />
 *
 * The build never draws: a diagram without a drawing of its current text fails it, naming the
 * page and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DRAWINGS_DIR, DRAWINGS_INDEX, THEMES, drawingFile, drawingKey, readableWidth, renderSettings, type Drawing, type Drawings} from '../diagrams/settings';
import {SnippetError} from '../snippets/region';
import {diagramText} from '../diagrams/text';
import {esm, expressionAttribute, stringAttribute, type Node} from './mdxNodes';

export interface ResolvedDiagram {
  key: string;
  drawing: Drawing;
  title?: string;
  description?: string;
}

/** The render settings and drawings index of each site folder, read once per process. */
const sites = new Map<string, {settings: string; drawings: Drawings}>();

function siteDrawings(siteDir: string): {settings: string; drawings: Drawings} {
  let site = sites.get(siteDir);
  if (!site) {
    const index = path.join(siteDir, DRAWINGS_INDEX);
    const drawings = fs.existsSync(index) ? (JSON.parse(fs.readFileSync(index, 'utf8')) as Drawings) : {};
    site = {settings: renderSettings(siteDir), drawings};
    sites.set(siteDir, site);
  }
  return site;
}

/** Forgets what siteDrawings read (after diagrams:render wrote new drawings, in the same process). */
export function forgetDrawings(): void {
  sites.clear();
}

/** The drawings of a diagram's text; throws a SnippetError naming `where` if they are missing. */
export function checkDiagram(text: string, where: string, siteDir: string): ResolvedDiagram {
  const {settings, drawings} = siteDrawings(siteDir);
  const key = drawingKey(text, settings);
  const drawing = drawings[key];
  const missing = THEMES.map((t) => path.join(DRAWINGS_DIR, drawingFile(key, t))).filter((f) => !fs.existsSync(path.join(siteDir, f)));
  if (!drawing || missing.length) {
    throw new SnippetError(
      `${where}: this diagram has no drawing of its current text (${drawing ? `missing ${missing.join(', ')}` : `no entry ${key} in ${DRAWINGS_INDEX}`}): ` +
        'run "npm run diagrams:render" and commit what it writes',
    );
  }
  return {key, drawing, ...diagramText(text)};
}

/** The <Diagram> element for a drawing. */
export function diagramNodes({key, drawing, title, description}: ResolvedDiagram): Node {
  const attributes = [
    stringAttribute('drawing', key),
    expressionAttribute('width', String(drawing.width)),
    expressionAttribute('height', String(drawing.height)),
    expressionAttribute('readableWidth', String(readableWidth(drawing))),
  ];
  if (title) attributes.push(stringAttribute('title', title));
  if (description) attributes.push(stringAttribute('description', description));
  return {type: 'mdxJsxFlowElement', name: 'Diagram', attributes, children: []};
}

export default function remarkDiagrams({siteDir}: {siteDir: string}) {
  return (tree: Node, vfile: {path?: string}) => {
    const file = vfile.path ? path.relative(siteDir, vfile.path) : '<page>';
    let diagrams = 0;
    const walk = (parent: Node) => {
      parent.children?.forEach((child, index) => {
        if (child.type === 'code' && child.lang === 'mermaid') {
          const where = `${file}:${(child.position as {start: {line: number}} | undefined)?.start.line ?? '?'}`;
          parent.children![index] = diagramNodes(checkDiagram(String(child.value), where, siteDir));
          diagrams++;
        } else {
          walk(child);
        }
      });
    };
    walk(tree);
    if (diagrams > 0) tree.children!.unshift(esm("import Diagram from '@site/src/components/Diagram';"));
  };
}
