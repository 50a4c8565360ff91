/**
 * Code as an HTML string, highlighted the way Docusaurus's code blocks are (the same Prism and
 * token rules from prism-react-renderer), but coloured for both colour modes at once: each token
 * carries its light and dark colour as CSS variables (--l, --d), and the page's CSS picks one by
 * `<html data-theme>`. Switching modes then re-renders nothing, and the page hands React a string
 * to keep rather than a tree of thousands of token elements to hydrate. Pure: the server and the
 * browser build the same string.
 */
import {Prism, normalizeTokens} from 'prism-react-renderer';

export interface PrismTheme {
  plain: {color?: string; backgroundColor?: string};
  styles: {types: string[]; style: {color?: string}; languages?: string[]}[];
}

/** Each token type's colour in a theme, for one language (prism-react-renderer's themeToDict). */
export function colourOfType(theme: PrismTheme, language: string): Map<string, string> {
  const colours = new Map<string, string>();
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    if (entry.style.color) for (const type of entry.types) colours.set(type, entry.style.color);
  }
  return colours;
}

/** A token's colour: the last of its types that the theme colours (as Object.assign merges them). */
function colourOf(types: string[], colours: Map<string, string>): string | undefined {
  let colour: string | undefined;
  for (const type of types) colour = colours.get(type) ?? colour;
  return colour;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The class of the element holding a block's lines (its size is known before it is laid out). */
export const LINES_CLASS = 'code-lines';

/**
 * `code` as the inner HTML of a <code> element: one `<span class="token-line">` per line, each
 * token a `<span class="token TYPE...">`, coloured ones with style="--l:LIGHT;--d:DARK". A
 * language Prism does not know ("text") comes out as plain lines.
 *
 * The lines are wrapped in one `<span class="code-lines" style="--lines:N;--columns:M">`: how many
 * lines the block has and how many characters its longest one, from which the page's CSS gives
 * the block its size before the browser lays out its lines (./styles.module.css).
 */
export function highlightHtml(code: string, language: string, light: PrismTheme, dark: PrismTheme): string {
  const grammar = Prism.languages[language];
  const lines = normalizeTokens(grammar ? Prism.tokenize(code, grammar) : [code]);
  const lightColours = colourOfType(light, language);
  const darkColours = colourOfType(dark, language);
  const columns = Math.max(0, ...code.split('\n').map((line) => [...line].length));
  return `<span class="${LINES_CLASS}" style="--lines:${lines.length};--columns:${columns}">${lines
    .map((line) => {
      const tokens = line
        .filter((token) => !token.empty)
        .map((token) => {
          const text = escapeHtml(token.content);
          if (token.types.length === 1 && token.types[0] === 'plain') return text;
          const l = colourOf(token.types, lightColours);
          const d = colourOf(token.types, darkColours);
          const style = [l && `--l:${l}`, d && `--d:${d}`].filter(Boolean).join(';');
          return `<span class="token ${token.types.join(' ')}"${style ? ` style="${style}"` : ''}>${text}</span>`;
        });
      return `<span class="token-line">${tokens.join('')}</span>`;
    })
    .join('\n')}</span>`;
}
