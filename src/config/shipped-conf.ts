/**
 * Where the package's own configuration is: the `conf/` folder shipped next to `dist/` (package.json
 * "files"), holding canopy.conf, modules.conf, module-shards.conf and the YANG models in `yang/`. An
 * application that installed canopy finds it here rather than relative to its working directory, which
 * is what `loadConfig`'s and `loadSchema`'s defaults (`conf`, `conf/yang`) are relative to.
 *
 * The paths are computed from this module's own location (dist/src/config/ in a build or an installed
 * package, three levels below the package root); nothing is read.
 */
import { fileURLToPath } from 'node:url';

/**
 * The absolute path of the configuration directory the package ships (`<package>/conf`): a
 * one-member configuration of the shipped models, with data in `./data` relative to the working
 * directory. Pass it as `loadConfig({ confDir: defaultConfDir })`; copy it to start a configuration of
 * your own.
 */
export const defaultConfDir: string = fileURLToPath(new URL('../../../conf', import.meta.url));

/**
 * The absolute path of the YANG models the package ships (`<package>/conf/yang`: toaster,
 * opendaylight-inventory, network-topology). Pass it to `loadSchema`, alone or with your own folders.
 */
export const defaultYangDir: string = fileURLToPath(new URL('../../../conf/yang', import.meta.url));
