/** A problem found in a content file: which file, where inside it, what is wrong. */
export interface ContentError {
  file: string;
  /** Path inside the file, e.g. `options[3].effects[0].delta` ('' for the whole file). */
  path: string;
  message: string;
}

/** The outcome of loading: the value, or every error found. Loading never throws. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: ContentError[] };

/** One line per error: `file: path: message`. */
export function formatError(error: ContentError): string {
  return error.path
    ? `${error.file}: ${error.path}: ${error.message}`
    : `${error.file}: ${error.message}`;
}

/** Render a path array as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Parse JSON text; a syntax error becomes a ContentError with line and column. */
export function parseJsonText(text: string, file: string): LoadResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return {
      ok: false,
      errors: [{ file, path: '', message: `not valid JSON${where}: ${reason}` }],
    };
  }
}
