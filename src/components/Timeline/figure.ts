/** The attributes of a timeline's <figure>, the same whether it is drawn here or kept from the page's HTML. */
import type {ReaderTrace} from '../Run/readerRuns';
import styles from './styles.module.css';

export function figureAttributes(file: string, yours?: ReaderTrace): Record<string, string | undefined> {
  return {
    className: styles.timeline,
    // data-timeline lets the browser tests match what a page shows to snippets/.
    'data-timeline': file,
    'data-reader-run': yours ? '' : undefined,
    id: yours ? `your-run-${file.replace(/\W+/g, '-')}` : undefined,
  };
}
