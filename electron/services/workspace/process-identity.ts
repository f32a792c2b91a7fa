import { readFileSync } from 'node:fs';

let bootId: string | undefined;

function currentBootId(): string {
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      bootId = '';
    }
  }
  return bootId;
}

/**
 * Names one run of process `pid` on this machine: the boot it runs in and when it started, in
 * clock ticks since boot (/proc/<pid>/stat, field 22). A pid reused by another process after a
 * crash or a reboot gets a different identity. Null where the OS does not say (no /proc).
 */
export function processIdentity(pid: number): string | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Field 2 is the command name in parentheses and may itself hold spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startTicks = fields[19];
  if (startTicks === undefined || !/^\d+$/.test(startTicks)) return null;
  return `${currentBootId()}/${startTicks}`;
}
