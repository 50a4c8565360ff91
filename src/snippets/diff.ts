/** A small line diff for failure messages: "-" expected, "+" actual, " " both. */

export function diffLines(expected: string, actual: string): string[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence table, from the end, so the walk below goes forwards.
  const lcs = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  return out;
}

/** Trailing spaces and tabs would be invisible in a diff: show them as · and →. */
function showTrailingSpace(line: string): string {
  return line.replace(/[ \t]+$/, (ws) => ws.replace(/ /g, '·').replace(/\t/g, '→'));
}

/** The diff with unchanged runs longer than 2*context lines folded away. */
export function formatDiff(expected: string, actual: string, context = 3): string {
  const lines = diffLines(expected, actual);
  const changed = lines.map((l) => !l.startsWith('  '));
  const keep = lines.map((_, i) => changed.slice(Math.max(0, i - context), i + context + 1).some(Boolean));
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (keep[i]) out.push(changed[i] ? showTrailingSpace(line) : line);
    else if (keep[i - 1] !== false) out.push('  ...');
  });
  return out.join('\n');
}
