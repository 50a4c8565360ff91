import {describe, expect, it} from 'vitest';
import {DEFAULT_META, parseMetaFile} from '../src/snippets/meta';

const names = ['a.py', 'b.py'];
const parse = (text: string) => parseMetaFile(text, 'snippets/01-x/meta.json', names);

describe('meta.json', () => {
  it('fills in the defaults for what an entry leaves out', () => {
    expect(parse('{"a.py": {"exit": 1}}').get('a.py')).toEqual({...DEFAULT_META, exit: 1});
    expect(parse('{}').get('b.py')).toBeUndefined();
  });

  it('reads every key', () => {
    expect(parse('{"a.py": {"minPython": "3.11", "exit": 2, "needs": ["aiohttp"], "timeout": 20, "fresh": true}}').get('a.py')).toEqual({
      minPython: '3.11',
      exit: 2,
      needs: ['aiohttp'],
      timeout: 20,
      fresh: true,
    });
  });

  it('names an entry for a file that does not exist', () => {
    expect(() => parse('{"c.py": {}}')).toThrow('snippets/01-x/meta.json: has an entry for "c.py", which is not a snippet in this folder');
  });

  it('names an unknown key, with the known ones', () => {
    expect(() => parse('{"a.py": {"exitCode": 1}}')).toThrow(
      'snippets/01-x/meta.json: "a.py": unknown key "exitCode" (known: minPython, exit, needs, timeout, fresh)',
    );
  });

  it('refuses values of the wrong shape', () => {
    expect(() => parse('{"a.py": {"minPython": "3"}}')).toThrow('minPython must look like "3.11"');
    expect(() => parse('{"a.py": {"fresh": "yes"}}')).toThrow('fresh must be true or false');
    expect(() => parse('{"a.py": {"minPython": "3.9"}}')).toThrow('minPython 3.9 is older than the site\'s range (3.10)');
    expect(() => parse('{"a.py": {"exit": "1"}}')).toThrow('exit must be a whole number from 0 to 255');
    expect(() => parse('{"a.py": {"needs": "aiohttp"}}')).toThrow('needs must be a list of module names');
    expect(() => parse('{"a.py": {"timeout": 0}}')).toThrow('timeout must be a number of seconds from 1 to 120');
  });

  it('says when the file is not JSON', () => {
    expect(() => parse('{"a.py": ')).toThrow('snippets/01-x/meta.json: is not valid JSON');
  });
});
