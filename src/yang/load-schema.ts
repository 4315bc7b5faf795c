/**
 * Loading folders of YANG files into a SchemaContext: the one file of src/yang that touches the disk.
 * Every `*.yang` file directly in the folder (or folders) is read as UTF-8, in name order so messages
 * are stable, and all are compiled together; subfolders are not searched. File names follow RFC 7950 §5.2
 * (`name.yang` or `name@revision.yang`), but the compiler goes by the module statement, not the name.
 *
 * Errors: a missing or unreadable folder is a `YangLoadError` naming the folder and what to do;
 * syntax and semantic errors come from compile.ts with `file:line:column`, the file given as
 * `dir/name.yang`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CanopyError } from '../util/errors.js';
import { compileSchema } from './compile.js';
import type { YangSource } from './compile.js';
import type { SchemaContext } from './schema.js';

/** The folder cannot be read, or holds no YANG file. */
export class YangLoadError extends CanopyError {
  readonly code = 'yang-load';
  readonly dir: string;
  constructor(dir: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.dir = dir;
  }
}

/** Reads every `*.yang` file of `dir` (not recursive), sorted by name. */
export async function readYangSources(dir: string): Promise<YangSource[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new YangLoadError(
      dir,
      `cannot read the YANG folder ${dir}: ${(e as Error).message}; pass the folder that holds your .yang files`,
      { cause: e },
    );
  }
  const files = names.filter((n) => n.endsWith('.yang')).sort();
  if (files.length === 0) {
    throw new YangLoadError(
      dir,
      `no .yang files in ${dir}; put the modules the datastore serves there`,
    );
  }
  return Promise.all(
    files.map(async (name) => {
      const file = join(dir, name);
      try {
        return { file, text: await readFile(file, 'utf8') };
      } catch (e) {
        throw new YangLoadError(dir, `cannot read ${file}: ${(e as Error).message}`, { cause: e });
      }
    }),
  );
}

/**
 * Loads and compiles every `*.yang` file of `dir` (default `conf/yang`, relative to the working
 * directory), or of several folders compiled as one set (the shipped models plus an application's).
 * Throws `YangLoadError` for a folder that cannot be read or has no YANG file, `YangSyntaxError` or
 * `YangSemanticError` for modules that do not compile.
 */
export async function loadSchema(
  dir: string | readonly string[] = 'conf/yang',
): Promise<SchemaContext> {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  const sources = await Promise.all(dirs.map((d) => readYangSources(d)));
  return compileSchema(sources.flat());
}
