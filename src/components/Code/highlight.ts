/**
 * Code as an HTML string, highlighted the way Docusaurus's code blocks are (Prism, with the
 * token types and colours prism-react-renderer gives), but for both colour modes at once: each
 * coloured token carries a class for its light colour and one for its dark colour, and the page's
 * CSS picks one by `<html data-theme>`. Switching modes then re-renders nothing, and the page hands React a
 * string to keep rather than a tree of thousands of token elements to hydrate. Pure: the server
 * and the browser build the same string.
 */
import type {Token, TokenStream} from 'prismjs';
import {Prism} from './prism';

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
 * Every colour a theme gives tokens, in the order its styles first name them. A token's class names
 * its colour by its place here: `l2` is the light theme's third colour, `d0` the dark theme's first.
 */
export function themeColours(theme: PrismTheme): string[] {
  return [...new Set(theme.styles.flatMap((entry) => (entry.style.color ? [entry.style.color] : [])))];
}

/**
 * The stylesheet that gives the token classes their colours (src/plugins/codeHighlighting.ts adds
 * it to the site's styles): each class sets its mode's colour as a CSS variable, --l or --d, and
 * the code block's CSS (./styles.module.css) colours a token with the one of the mode shown.
 */
export function tokenColoursCss(light: PrismTheme, dark: PrismTheme): string {
  const rules = (theme: PrismTheme, mode: 'l' | 'd') =>
    themeColours(theme).map((colour, i) => `.${LINES_CLASS} .${mode}${i}{--${mode}:${colour}}`);
  return [...rules(light, 'l'), ...rules(dark, 'd')].join('\n') + '\n';
}

/**
 * `code` as the inner HTML of a <code> element: its lines as they are, separated by newlines, with
 * each run of coloured text in a `<span class="lI dJ">`: its colour in the light theme and in the
 * dark one (see themeColours; either may be missing, and the text then has the block's colour in
 * that mode). Neighbouring tokens of the same colours share one element, and so do the spaces
 * between them. With no element per line either, the longest chapter has a quarter fewer elements
 * for the browser to parse and lay out than with an element per token and per line, and half the
 * HTML. A language Prism does not know ("text") comes out as plain lines.
 *
 * The lines are wrapped in one `<span class="code-lines" style="--lines:N;--columns:M">`: how many
 * lines the block has and how many characters its longest one, from which the page's CSS gives
 * the block its size before the browser lays out its lines (./styles.module.css).
 */
export function highlightHtml(code: string, language: string, light: PrismTheme, dark: PrismTheme): string {
  const grammar = Prism.languages[language];
  const lines = tokenLines(grammar ? Prism.tokenize(code, grammar) : [code]);
  const classOf = classesFor(light, dark, language);
  const columns = Math.max(0, ...code.split('\n').map((line) => [...line].length));
  const body = lines
    .map((line) =>
      runs(line.map((token) => ({classes: classOf(token.types), text: token.content})))
        .map(({classes, text}) => (classes ? `<span class="${classes}">${escapeHtml(text)}</span>` : escapeHtml(text)))
        .join(''),
    )
    .join('\n');
  return `<span class="${LINES_CLASS}" style="--lines:${lines.length};--columns:${columns}">${body}</span>`;
}

/** A piece of one line of code, and the types of every token it lies in, outermost first. */
interface LineToken {
  types: string[];
  content: string;
}

/** `types` and then `add` (a type, or an alias or several), unless `add` is already last. */
const withType = (types: string[], add: string | string[]): string[] => (types.at(-1) === add ? types : types.concat(add));

/**
 * Prism's tokens as lines of flat pieces, typed as prism-react-renderer types them: each piece has
 * the types (and aliases) of the tokens it lies in, and text outside any token is "plain".
 */
function tokenLines(stream: TokenStream): LineToken[][] {
  const lines: LineToken[][] = [[]];
  const add = (types: string[], text: string) =>
    text.split(/\r\n|\r|\n/).forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)!.push({types, content: part});
    });
  const walk = (items: TokenStream, types: string[]) => {
    for (const item of Array.isArray(items) ? items : [items]) {
      if (typeof item === 'string') {
        add(types.length > 0 ? types : ['plain'], item);
        continue;
      }
      const token = item as Token;
      const own = token.alias ? withType(withType(types, token.type), token.alias) : withType(types, token.type);
      walk(token.content, own);
    }
  };
  walk(stream, []);
  return lines;
}

/** A token's classes: "l3 d5", "l1" (no dark colour), or "" for text neither theme colours. */
function classesFor(light: PrismTheme, dark: PrismTheme, language: string): (types: string[]) => string {
  const modes = [
    {mode: 'l', colours: colourOfType(light, language), index: themeColours(light)},
    {mode: 'd', colours: colourOfType(dark, language), index: themeColours(dark)},
  ];
  return (types) =>
    types.length === 1 && types[0] === 'plain'
      ? ''
      : modes
          .flatMap(({mode, colours, index}) => {
            const colour = colourOf(types, colours);
            return colour === undefined ? [] : [`${mode}${index.indexOf(colour)}`];
          })
          .join(' ');
}

interface Run {
  /** Its colours' classes, '' for text in the block's colour. */
  classes: string;
  text: string;
}

/**
 * A line's tokens as runs of one colour: neighbours of the same colours joined, and so is blank
 * space between two of them (it shows no colour).
 */
function runs(tokens: Run[]): Run[] {
  const out: Run[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    const beforeLast = out.at(-2);
    if (last && last.classes === token.classes) last.text += token.text;
    else if (token.classes && last && !last.classes && /^\s+$/.test(last.text) && beforeLast?.classes === token.classes) {
      out.pop();
      beforeLast.text += last.text + token.text;
    } else out.push({...token});
  }
  return out;
}
