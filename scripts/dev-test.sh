#!/usr/bin/env bash
# Private build + test for one developer or helper session, so parallel sessions never share dist/.
# Usage: scripts/dev-test.sh NAME [mocha args or test file globs relative to dist, e.g. test/unit/raft]
# Builds the whole project into /tmp/canopy-dev-NAME/dist (type errors are printed but do not stop the
# emit), then runs mocha over the compiled tests under the given folders (default: test/unit).
set -u
name=${1:?usage: scripts/dev-test.sh NAME [test dirs...]}
shift
out=/tmp/canopy-dev-$name
mkdir -p "$out"
cd "$(dirname "$0")/.."
# The private dist must resolve packages and be ESM like the real one, and sit in a copy of what the
# package ships (conf/ for defaultConfDir, the docs the tests read, what npm pack packs).
[ -e "$out/node_modules" ] || ln -s "$PWD/node_modules" "$out/node_modules"
cp package.json README.md LICENSE "$out/"
rm -rf "$out/conf" "$out/docs" "$out/proto" && cp -r conf docs proto "$out/"
node_modules/.bin/tsc -p tsconfig.json --outDir "$out/dist" --tsBuildInfoFile "$out/tsbuildinfo" --noEmitOnError false | sed 's/^/tsc: /'
if [ -f src/wire/gen/proto.js ]; then
  mkdir -p "$out/dist/src/wire/gen" && cp src/wire/gen/proto.js src/wire/gen/proto.d.ts "$out/dist/src/wire/gen/"
fi
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(test/unit)
files=()
for d in "${dirs[@]}"; do
  if [ -f "$out/dist/$d" ]; then files+=("$out/dist/$d"); continue; fi
  while IFS= read -r f; do files+=("$f"); done < <(find "$out/dist/$d" -name '*.test.js' 2>/dev/null | sort)
done
[ ${#files[@]} -eq 0 ] && { echo "dev-test: no compiled tests under ${dirs[*]}"; exit 1; }
exec node_modules/.bin/mocha --config .mocharc.json --reporter spec "${files[@]}"
