import {describe, expect, it} from 'vitest';
import {
  normaliseOutput,
  outputFileName,
  outputFilesOf,
  outputFor,
  outputLabels,
  planOutputs,
} from '../src/snippets/outputs';

const folder = ['a.py', 'a.output.txt', 'a.3.12.output.txt', 'a.3.14.output.txt', 'ab.output.txt', 'meta.json'];

describe('output files', () => {
  it('finds a snippet\'s output files, oldest first, and no one else\'s', () => {
    expect(outputFilesOf('a.py', folder)).toEqual([
      {file: 'a.output.txt'},
      {file: 'a.3.12.output.txt', since: '3.12'},
      {file: 'a.3.14.output.txt', since: '3.14'},
    ]);
  });

  it('names files for the base and for a version', () => {
    expect(outputFileName('a.py')).toBe('a.output.txt');
    expect(outputFileName('a.py', '3.12')).toBe('a.3.12.output.txt');
  });

  it('picks the newest file whose version is not after the interpreter', () => {
    const files = outputFilesOf('a.py', folder);
    expect(outputFor(files, '3.10', 'a.py').file).toBe('a.output.txt');
    expect(outputFor(files, '3.11', 'a.py').file).toBe('a.output.txt');
    expect(outputFor(files, '3.12', 'a.py').file).toBe('a.3.12.output.txt');
    expect(outputFor(files, '3.13', 'a.py').file).toBe('a.3.12.output.txt');
    expect(outputFor(files, '3.14', 'a.py').file).toBe('a.3.14.output.txt');
  });

  it('fails with the update command when a snippet has no expected output', () => {
    expect(() => outputFor([], '3.12', 'snippets/01-x/a.py')).toThrow(
      'snippets/01-x/a.py: has no expected output (run "npm run snippets:update")',
    );
  });

  it('labels each output with the versions it applies to, within the site\'s range', () => {
    expect(outputLabels(outputFilesOf('a.py', folder.slice(0, 3)))).toEqual(['Python 3.10–3.11', 'Python 3.12–3.13']);
    expect(outputLabels(outputFilesOf('a.py', ['a.output.txt', 'a.3.13.output.txt']), '3.11')).toEqual([
      'Python 3.11–3.12',
      'Python 3.13',
    ]);
  });
});

describe('normaliseOutput', () => {
  const context = {repoRoot: '/home/me/site', libraryDirs: ['/opt/py/lib/python3.12', '/opt/py/lib/python3.12/site-packages']};

  it('makes paths in the repository relative to it', () => {
    expect(normaliseOutput('File "/home/me/site/snippets/01-x/a.py", line 3', context)).toBe('File "snippets/01-x/a.py", line 3');
  });

  it('hides where the interpreter\'s library is installed', () => {
    expect(normaliseOutput('File "/opt/py/lib/python3.12/asyncio/runners.py"\nFile "/opt/py/lib/python3.12/site-packages/aiohttp/x.py"', context)).toBe(
      'File "<python>/asyncio/runners.py"\nFile "<python>/aiohttp/x.py"',
    );
  });

  it('hides memory addresses but keeps short hex numbers', () => {
    expect(normaliseOutput('<coroutine object main at 0x7f3a2b1c9d40> 0xff', context)).toBe('<coroutine object main at 0x...> 0xff');
  });

  it('turns Windows line endings into newlines and changes nothing else', () => {
    expect(normaliseOutput('took 1.0 s\r\ndone  \n', context)).toBe('took 1.0 s\ndone  \n');
  });
});

describe('planOutputs', () => {
  const runs = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it('writes one base file when every version prints the same', () => {
    expect(planOutputs(new Map(), runs({'3.10': 'x', '3.11': 'x', '3.12': 'x', '3.13': 'x'}), '3.10')).toEqual(runs({'3.10': 'x'}));
  });

  it('adds a version file where the output changes, and keeps it for later versions', () => {
    expect(planOutputs(new Map(), runs({'3.10': 'x', '3.11': 'x', '3.12': 'y', '3.13': 'y'}), '3.10')).toEqual(
      runs({'3.10': 'x', '3.12': 'y'}),
    );
  });

  it('drops a version file once the output no longer differs', () => {
    expect(planOutputs(runs({'3.10': 'x', '3.12': 'y'}), runs({'3.10': 'x', '3.12': 'x', '3.13': 'x'}), '3.10')).toEqual(
      runs({'3.10': 'x'}),
    );
  });

  it('keeps the files of versions that did not run', () => {
    expect(planOutputs(runs({'3.10': 'x', '3.12': 'y'}), runs({'3.11': 'x'}), '3.10')).toEqual(runs({'3.10': 'x', '3.12': 'y'}));
  });

  it('makes the oldest output the base file when the oldest version is missing', () => {
    expect(planOutputs(new Map(), runs({'3.11': 'x', '3.13': 'z'}), '3.10')).toEqual(runs({'3.10': 'x', '3.13': 'z'}));
  });

  it('writes the base under the snippet\'s own minimum version', () => {
    expect(planOutputs(new Map(), runs({'3.11': 'x', '3.12': 'x'}), '3.11')).toEqual(runs({'3.11': 'x'}));
  });
});
