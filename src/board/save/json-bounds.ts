/**
 * Bounds on JSON read from outside (browser storage): checked on the text, before JSON.parse
 * builds anything and before any recursive step (JSON.stringify for the checksum, Zod, the
 * replay) can run out of stack on a value nested thousands deep.
 */

/** Whether JSON text nests arrays and objects deeper than `maxDepth` (strings are skipped). */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
