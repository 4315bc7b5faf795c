// Finds etcd for the peer benchmark (npm run bench:peer, test/bench/peer.ts), installing it when it is
// missing: the path of the etcd binary goes to stdout, everything else to stderr. Looked for, in
// order: $CANOPY_ETCD, /usr/bin/etcd (Debian's etcd-server package), `etcd` on the PATH. When none
// exists and we run as root, `apt-get install -y etcd-server` installs it (after `apt-get update`
// if the package is unknown); as another user it says what to run and exits 1. Never installs
// anything else, and never downloads a binary from outside the distribution.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findEtcd() {
  const fromEnv = process.env.CANOPY_ETCD;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (executable(fromEnv)) return fromEnv;
    console.error(`ensure-etcd: CANOPY_ETCD=${fromEnv} is not an executable file`);
    process.exit(1);
  }
  if (executable('/usr/bin/etcd')) return '/usr/bin/etcd';
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && executable(join(dir, 'etcd'))) return join(dir, 'etcd');
  }
  return undefined;
}

function aptGet(args) {
  console.error(`ensure-etcd: apt-get ${args.join(' ')}`);
  const run = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return run.status === 0;
}

function install() {
  if (process.getuid?.() !== 0) {
    console.error(
      'ensure-etcd: etcd is not installed (looked at $CANOPY_ETCD, /usr/bin/etcd and the PATH).\n' +
        'Install etcd 3.4 as root with `apt-get install -y etcd-server` (Debian, Ubuntu), or set\n' +
        'CANOPY_ETCD to an etcd binary, then run `npm run bench:peer` again.',
    );
    process.exit(1);
  }
  // A bare container may have no package lists yet: update once, only if the first try fails.
  if (!aptGet(['install', '-y', '--no-install-recommends', 'etcd-server'])) {
    if (
      !aptGet(['update']) ||
      !aptGet(['install', '-y', '--no-install-recommends', 'etcd-server'])
    ) {
      console.error('ensure-etcd: apt-get could not install etcd-server (see above)');
      process.exit(1);
    }
  }
}

let etcd = findEtcd();
if (etcd === undefined) {
  install();
  etcd = findEtcd();
  if (etcd === undefined) {
    console.error('ensure-etcd: etcd-server was installed but no etcd binary was found');
    process.exit(1);
  }
}
const version = spawnSync(etcd, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error(`ensure-etcd: ${etcd} --version failed:\n${version.stderr}`);
  process.exit(1);
}
console.error(`ensure-etcd: ${version.stdout.split('\n')[0]} at ${etcd}`);
console.log(etcd);
