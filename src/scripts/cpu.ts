/** What the machine's CPUs have done so far, for the benchmarks that time whole commands. */
import fs from 'node:fs';

export interface Cpu {
  busy: number;
  idle: number;
}

/** The machine's CPU time so far in seconds, all cores together, or undefined off Linux. */
export function cpuNow(): Cpu | undefined {
  let line: string;
  try {
    line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  } catch {
    return undefined;
  }
  // cpu user nice system idle iowait irq softirq steal ...: in 1/100 s (USER_HZ).
  const [user, nice, system, idle, iowait, irq, softirq] = line.trim().split(/\s+/).slice(1).map(Number);
  return {busy: (user + nice + system + irq + softirq) / 100, idle: (idle + iowait) / 100};
}
