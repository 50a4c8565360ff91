import {describe, expect, it} from 'vitest';
import {parseInclude} from '../src/snippets/include';

describe('parseInclude', () => {
  it('reads file, region and no-output in any order', () => {
    expect(parseInclude('region=setup no-output file=04-x/a.py', 'p.mdx:1')).toEqual({file: '04-x/a.py', region: 'setup', showOutput: false});
    expect(parseInclude('file=04-x/a.py', 'p.mdx:1')).toEqual({file: '04-x/a.py', region: undefined, showOutput: true});
  });

  it('normalises a path that stays inside snippets/', () => {
    expect(parseInclude('file=04-x/../04-x/a.py', 'p.mdx:1').file).toBe('04-x/a.py');
  });

  it('refuses paths that leave snippets/', () => {
    for (const file of ['../a.py', '/etc/a.py', '04-x/../../a.py', '04-x\\a.py']) {
      expect(() => parseInclude(`file=${file}`, 'p.mdx:3')).toThrow(`p.mdx:3: snippet path "${file}" leaves snippets/`);
    }
  });

  it('refuses a file that is not Python', () => {
    expect(() => parseInclude('file=04-x/a.output.txt', 'p.mdx:3')).toThrow('p.mdx:3: snippet path "04-x/a.output.txt" is not a .py file');
  });

  it('names an unknown word, such as a misspelt option', () => {
    expect(() => parseInclude('file=04-x/a.py nooutput', 'p.mdx:3')).toThrow(
      'p.mdx:3: unknown word "nooutput" in the snippet include (known: file=, region=, no-output)',
    );
    expect(() => parseInclude('file=04-x/a.py title="x"', 'p.mdx:3')).toThrow('unknown word "title="x""');
  });
});
