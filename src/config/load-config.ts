/**
 * Reads a member's configuration from disk: canopy.conf, modules.conf and module-shards.conf in the
 * configuration directory, then `buildConfig`. The only file of src/config that does I/O.
 *
 * The directory is, in order: `flags.conf` (`--conf`), the `CANOPY_CONF` environment variable,
 * `confDir`, then `conf`. All three files must exist: a member does not start on a half-present
 * configuration. The environment is a parameter (the CLI passes `process.env`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigValidationError } from './errors.js';
import { ENV_CONF_DIR } from './overrides.js';
import { defaultConfDir } from './shipped-conf.js';
import type { ConfigEnv, ConfigFlags } from './overrides.js';
import type { Config } from './types.js';
import { buildConfig } from './validate.js';
import type { ConfigSource } from './validate.js';

/** The names of the three files in the configuration directory. */
export const CONFIG_FILE_NAMES = Object.freeze({
  canopy: 'canopy.conf',
  modules: 'modules.conf',
  moduleShards: 'module-shards.conf',
});

export interface LoadConfigOptions {
  /** The configuration directory when neither `--conf` nor CANOPY_CONF says. Default `conf`. */
  readonly confDir?: string | undefined;
  readonly env?: ConfigEnv | undefined;
  readonly flags?: ConfigFlags | undefined;
  /** The loaded YANG namespaces; when given, modules.conf's namespaces are checked against them. */
  readonly namespaces?: ReadonlySet<string> | undefined;
}

/**
 * Loads and validates the configuration. Throws `ConfigValidationError` when a file cannot be read
 * (naming it and the directory setting to fix), `ConfigSyntaxError` when one does not parse, and
 * `ConfigValidationError` listing every problem when they do not validate.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<Config> {
  const env = options.env ?? {};
  const dir = options.flags?.conf ?? env[ENV_CONF_DIR] ?? options.confDir ?? 'conf';
  const read = async (name: string): Promise<ConfigSource> => {
    const file = join(dir, name);
    try {
      return { file, text: await readFile(file, 'utf8') };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new ConfigValidationError(
        [
          {
            origin: { type: 'file', file },
            key: '',
            message:
              `cannot read the file (${reason}); the configuration directory is "${dir}" ` +
              `(set it with --conf or ${ENV_CONF_DIR}; canopy's own, one member serving the ` +
              `shipped models, is ${defaultConfDir})`,
          },
        ],
        { cause: e },
      );
    }
  };
  const [canopy, modules, moduleShards] = await Promise.all([
    read(CONFIG_FILE_NAMES.canopy),
    read(CONFIG_FILE_NAMES.modules),
    read(CONFIG_FILE_NAMES.moduleShards),
  ]);
  return buildConfig(
    { canopy, modules, moduleShards },
    { env, flags: options.flags, namespaces: options.namespaces },
  );
}
