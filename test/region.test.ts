import {describe, expect, it} from 'vitest';
import {extractRegion, findRegions} from '../src/snippets/region';

const source = [
  'import asyncio',
  '',
  'async def main():',
  '    # region body',
  '    await asyncio.sleep(0)',
  '    # region inner',
  '    print("inner")',
  '    # endregion inner',
  '    # endregion body',
  '',
  'asyncio.run(main())',
].join('\n');

describe('extractRegion', () => {
  it('returns the whole file without region markers', () => {
    expect(extractRegion(source, undefined)).toBe(
      'import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n    print("inner")\n\nasyncio.run(main())',
    );
  });

  it('returns one region dedented, with nested markers stripped', () => {
    expect(extractRegion(source, 'body')).toBe('await asyncio.sleep(0)\nprint("inner")');
  });

  it('returns a nested region on its own', () => {
    expect(extractRegion(source, 'inner')).toBe('print("inner")');
  });

  it('fails naming the file and the regions that exist when a region is missing', () => {
    expect(() => extractRegion(source, 'setup', 'snippets/x.py')).toThrow(
      'snippets/x.py: has no region "setup" (regions: inner, body)',
    );
  });

  it('fails with the line when a region is never closed', () => {
    expect(() => findRegions('# region a\nprint(1)\n', 'x.py')).toThrow('x.py:1: region "a" is never closed');
  });

  it('fails with the line on a stray end marker', () => {
    expect(() => findRegions('print(1)\n# endregion a\n', 'x.py')).toThrow(
      'x.py:2: "# endregion a" has no matching "# region a"',
    );
  });

  it('fails when a region name is used twice', () => {
    expect(() => findRegions('# region a\n# endregion a\n# region a\n# endregion a', 'x.py')).toThrow(
      'x.py:3: region "a" is defined twice',
    );
  });

  it('fails when a marker has no name', () => {
    expect(() => findRegions('# region\n', 'x.py')).toThrow('x.py:1: "# region" needs a name');
  });

  it('leaves comments that merely mention regions alone', () => {
    expect(findRegions('# regional sales\n# the endregion of it\n')).toEqual([]);
  });
});
