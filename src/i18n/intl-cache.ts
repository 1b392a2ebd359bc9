// Intl formatters are costly to make (each loads its locale's data) and cheap to reuse: one per
// kind and arguments, made once, shared by the messages (src/i18n/messages.ts) and the dates,
// numbers and lists (src/i18n/format.ts).
const made = new Map<string, unknown>();

/** The formatter of this kind for these arguments, made by `make` the first time it is asked for. */
export function intlFormatter<T>(kind: string, args: readonly unknown[], make: () => T): T {
  const key = `${kind}|${JSON.stringify(args)}`;
  let found = made.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    made.set(key, found);
  }
  return found;
}
