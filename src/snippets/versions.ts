/** Python versions as the site speaks of them: "3.12" (major.minor). */

/** The CPython versions every snippet is tested on and every page makes claims about. */
export const PYTHON_RANGE = {oldest: '3.10', newest: '3.13'} as const;

export type Version = string;

export function parseVersion(text: string): [number, number] {
  const match = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!match) throw new Error(`not a Python version: "${text}" (expected e.g. 3.12)`);
  return [Number(match[1]), Number(match[2])];
}

export function compareVersions(a: Version, b: Version): number {
  const [am, an] = parseVersion(a);
  const [bm, bn] = parseVersion(b);
  return am - bm || an - bn;
}

/** "3.12.1" -> "3.12" */
export function minorOf(version: Version): Version {
  return parseVersion(version).join('.');
}

/** The minor version just before `version` ("3.12" -> "3.11"). */
export function previousMinor(version: Version): Version {
  const [major, minor] = parseVersion(version);
  return `${major}.${minor - 1}`;
}

export function inRange(version: Version, oldest: Version, newest: Version): boolean {
  return compareVersions(version, oldest) >= 0 && compareVersions(version, newest) <= 0;
}

/** Full releases in order, patch included: "3.11.7" after "3.11.2" (compareVersions looks at major.minor only). */
export function compareReleases(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || (x[2] ?? 0) - (y[2] ?? 0);
}

/** Of things with a full `version`, the newest release of each minor version, in their order. */
export function newestOfEachMinor<T extends {version: string}>(items: T[]): T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const minor = minorOf(item.version);
    const held = newest.get(minor);
    if (!held || compareReleases(item.version, held.version) > 0) newest.set(minor, item);
  }
  return items.filter((item) => newest.get(minorOf(item.version)) === item);
}
