// A code block's lines carry their size (src/components/Code/highlight.ts): how many lines and how
// many characters the longest has, from which the page's CSS sizes the block before laying it out.
import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {LINES_CLASS, highlightHtml} from '../src/components/Code/highlight';

const html = (code: string, language = 'python') => highlightHtml(code, language, themes.vsLight, themes.gruvboxMaterialDark);

describe('a code block\'s lines', () => {
  it('are wrapped in one element that says how many there are and how long the longest is', () => {
    const out = html('import asyncio\n\n\nasync def main() -> None:\n    print("a < b & c → ok")\n');
    expect(out.startsWith(`<span class="${LINES_CLASS}" style="--lines:6;--columns:27">`)).toBe(true);
    expect(out.endsWith('</span>')).toBe(true);
    // The lines themselves, as they are (../test/codeHighlight.test.ts checks their colours).
    expect(out.replace(/<[^>]+>/g, '').split('\n')).toHaveLength(6);
  });

  it('counts characters, not bytes or UTF-16 units, and one line for a one-line output', () => {
    expect(html('😀😀 ok', 'text')).toMatch(/--lines:1;--columns:5"/);
    expect(html('(prints nothing)', 'text')).toMatch(/--lines:1;--columns:16"/);
  });
});
