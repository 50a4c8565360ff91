/**
 * A block of code or output as the site shows it: a title bar, the text highlighted at render
 * time into an HTML string (./highlight.ts) with both colour modes' colours in it, and a copy
 * button once the page is interactive. React keeps the string as it is when it hydrates the
 * page: it does not walk thousands of token elements, so a chapter full of code is as quick to
 * come alive as a page without any.
 *
 * Nor does it need the text then: a page opened from a link hydrates without its snippet files
 * (../Snippet/files.ts), and its blocks keep the HTML they came with. The copy button copies what
 * the block shows.
 */
import clsx from 'clsx';
import {useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode} from 'react';
import {keepHtml, keptHtml} from '../Snippet/files';
import {highlightHtml, type PrismTheme} from './highlight';
import styles from './styles.module.css';

export interface Props {
  /**
   * The text, shown exactly (a final newline aside). Undefined while the page has not fetched its
   * files: the block then shows the HTML the page came with (or was drawn with on an earlier visit,
   * under `textKey`), and asks for the text with `onMissing` if it has none.
   */
  code: string | undefined;
  /** Names what the block shows (one key, one text), for a block drawn without its text. */
  textKey?: string;
  /** Called when the block has neither its text nor any HTML to show: fetch the text. */
  onMissing?: () => void;
  /** A Prism language ("python"), or "text" for output. */
  language: string;
  title?: string;
  className?: string;
  /** Shown instead of the highlighted code (the editor, while a reader edits it). */
  body?: ReactNode;
}

/** A code block's colours in both modes, as the CSS variables its styles (and the editor's) read. */
export function codeColours({light, dark}: {light: PrismTheme; dark: PrismTheme}): CSSProperties {
  return {
    '--code-fg-light': light.plain.color,
    '--code-bg-light': light.plain.backgroundColor,
    '--code-fg-dark': dark.plain.color,
    '--code-bg-dark': dark.plain.backgroundColor,
  } as CSSProperties;
}

/**
 * Copies what the block shows. A copy button does nothing without JavaScript: it appears once the
 * page can use it, and only it renders then, not the block around it.
 */
function CopyButton({text}: {text: () => string}): ReactNode {
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  if (!interactive) return null;
  return (
    <button
      type="button"
      className={styles.copy}
      aria-label={copied ? 'Copied' : 'Copy code to clipboard'}
      title="Copy"
      onClick={() => navigator.clipboard?.writeText(text()).then(() => setCopied(true), () => undefined)}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/** A code block, given the site's two themes (./index.tsx reads them from the site's config). */
export default function CodeBlock({code, textKey, onMissing, language, title, className, body, themes}: Props & {themes: {light: PrismTheme; dark: PrismTheme}}): ReactNode {
  const {light, dark} = themes;
  const text = code?.replace(/\n$/, '');
  // Without its text, the block keeps what it was drawn with: '' while React hydrates (it leaves
  // the page's HTML in place then), or the HTML remembered from an earlier visit.
  const [kept] = useState(() => (textKey !== undefined && keptHtml(textKey)) || '');
  const html = useMemo(() => (text === undefined ? kept : highlightHtml(text, language, light, dark)), [text, kept, language, light, dark]);
  const codeRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (text !== undefined || !codeRef.current) return;
    if (codeRef.current.innerHTML === '') onMissing?.();
    else if (textKey !== undefined) keepHtml(textKey, codeRef.current.innerHTML);
    // Once, as the block first shows: its text, once fetched, comes as a new `code`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className={clsx(styles.block, className)} style={codeColours({light, dark})}>
      {title && <div className={styles.title}>{title}</div>}
      <div className={styles.body}>
        {body ?? (
          // tabIndex: a reader can scroll a long line with the keyboard.
          <pre tabIndex={0} className={clsx(styles.pre, `language-${language}`)}>
            <code ref={codeRef} dangerouslySetInnerHTML={{__html: html}} suppressHydrationWarning />
          </pre>
        )}
        {!body && <CopyButton text={() => codeRef.current?.textContent ?? text ?? ''} />}
      </div>
    </div>
  );
}
