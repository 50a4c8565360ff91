/**
 * The editor a reader gets on pressing Edit: CodeMirror 6 with Python highlighting and indentation.
 * Loaded only then (the Run component imports this module dynamically), and coloured with the
 * same two themes as the code blocks, following the site's colour mode.
 */
import {python} from '@codemirror/lang-python';
import {indentUnit, syntaxHighlighting} from '@codemirror/language';
import {EditorView} from '@codemirror/view';
import {classHighlighter} from '@lezer/highlight';
import {basicSetup} from 'codemirror';
import {colourOfType, type PrismTheme} from '../Code/highlight';

/** CodeMirror's token classes (classHighlighter) and the Prism token type whose colour each takes. */
const TOKEN_TYPES: [string, string][] = [
  ['tok-keyword', 'keyword'],
  ['tok-string', 'string'],
  ['tok-string2', 'string'],
  ['tok-comment', 'comment'],
  ['tok-number', 'number'],
  ['tok-bool', 'boolean'],
  ['tok-atom', 'boolean'],
  ['tok-className', 'class-name'],
  ['tok-typeName', 'class-name'],
  ['tok-variableName.tok-definition', 'function'],
  ['tok-operator', 'operator'],
  ['tok-punctuation', 'punctuation'],
  ['tok-meta', 'builtin'],
];

/** The CSS that colours the editor's tokens in both modes, from the code blocks' themes. */
export function editorCss(light: PrismTheme, dark: PrismTheme): string {
  const rules: string[] = [];
  for (const [mode, theme] of [['light', light], ['dark', dark]] as const) {
    const colours = colourOfType(theme, 'python');
    const scope = mode === 'dark' ? "html[data-theme='dark'] " : '';
    for (const [cls, type] of TOKEN_TYPES) {
      const colour = colours.get(type);
      if (colour) rules.push(`${scope}.cm-editor .${cls} { color: ${colour}; }`);
    }
  }
  return rules.join('\n');
}

let styled = false;

export interface Editor {
  destroy(): void;
  focus(): void;
}

/** Puts an editor holding `doc` into `parent`; `onChange` gets the text after each edit. */
export function mountEditor(parent: HTMLElement, doc: string, onChange: (text: string) => void, themes: {light: PrismTheme; dark: PrismTheme}, label: string): Editor {
  if (!styled) {
    const style = document.createElement('style');
    style.textContent = editorCss(themes.light, themes.dark);
    document.head.append(style);
    styled = true;
  }
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      python(),
      indentUnit.of('    '),
      syntaxHighlighting(classHighlighter),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
      EditorView.contentAttributes.of({'aria-label': label}),
      EditorView.theme({
        '&': {color: 'var(--code-fg)', backgroundColor: 'var(--code-bg)', fontSize: 'var(--ifm-code-font-size)'},
        '.cm-content': {fontFamily: 'var(--ifm-font-family-monospace)', caretColor: 'var(--code-fg)'},
        '.cm-gutters': {color: 'var(--ifm-color-emphasis-600)', backgroundColor: 'var(--code-bg)', border: 'none'},
        '.cm-activeLine, .cm-activeLineGutter': {backgroundColor: 'var(--ifm-color-emphasis-200)'},
        '&.cm-focused .cm-cursor': {borderLeftColor: 'var(--code-fg)'},
      }),
    ],
  });
  return {destroy: () => view.destroy(), focus: () => view.focus()};
}
