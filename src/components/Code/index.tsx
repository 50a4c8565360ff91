/**
 * A block of code or output as the site shows it: a title bar, the text highlighted at render
 * time into an HTML string (./highlight.ts) with both colour modes' colours in it, and a copy
 * button once the page is interactive. React keeps the string as it is when it hydrates the
 * page: it does not walk thousands of token elements, so a chapter full of code is as quick to
 * come alive as a page without any.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import {useEffect, useMemo, useState, type CSSProperties, type ReactNode} from 'react';
import {highlightHtml, type PrismTheme} from './highlight';
import styles from './styles.module.css';

interface Props {
  /** The text, shown exactly (a final newline aside). */
  code: string;
  /** A Prism language ("python"), or "text" for output. */
  language: string;
  title?: string;
  className?: string;
  /** Shown instead of the highlighted code (the editor, while a reader edits it). */
  body?: ReactNode;
}

/** The themes the site configures for code (themeConfig.prism), light and dark. */
export function useCodeThemes(): {light: PrismTheme; dark: PrismTheme} {
  const {prism} = useDocusaurusContext().siteConfig.themeConfig as {prism: {theme: PrismTheme; darkTheme: PrismTheme}};
  return {light: prism.theme, dark: prism.darkTheme};
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

function CopyButton({text}: {text: string}): ReactNode {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className={styles.copy}
      aria-label={copied ? 'Copied' : 'Copy code to clipboard'}
      title="Copy"
      onClick={() => navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined)}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

export default function Code({code, language, title, className, body}: Props): ReactNode {
  const {light, dark} = useCodeThemes();
  const text = code.replace(/\n$/, '');
  const html = useMemo(() => highlightHtml(text, language, light, dark), [text, language, light, dark]);
  // A copy button does nothing without JavaScript: it appears once the page can use it.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  return (
    <div className={clsx(styles.block, className)} style={codeColours({light, dark})}>
      {title && <div className={styles.title}>{title}</div>}
      <div className={styles.body}>
        {body ?? (
          // tabIndex: a reader can scroll a long line with the keyboard.
          <pre tabIndex={0} className={clsx(styles.pre, `language-${language}`)}>
            <code dangerouslySetInnerHTML={{__html: html}} />
          </pre>
        )}
        {interactive && !body && <CopyButton text={text} />}
      </div>
    </div>
  );
}
