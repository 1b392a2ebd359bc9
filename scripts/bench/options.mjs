// The command-line options the bench scripts share: `--name value` pairs.

/** A reader of `--name value` options from the arguments after the script's name. */
export function optionReader(argv = process.argv.slice(2)) {
  return {
    argv,
    /** The value after `--name`, or the fallback. */
    arg(name, fallback) {
      const i = argv.indexOf(`--${name}`);
      return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
    },
    /** Whether `--name` was given. */
    has(name) {
      return argv.includes(`--${name}`);
    },
  };
}
