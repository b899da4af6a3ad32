#!/usr/bin/env bash
# e2e: copy examples/EXAMPLE to e2e/EXAMPLE-BASE with its base set to this runner's release
# (BASE bare: bare with that build-base), and name the directory in $GITHUB_OUTPUT as dir.
set -euo pipefail
example=$1 base=$2
release="ubuntu@$(. /etc/os-release && echo "$VERSION_ID")"
dir="e2e/$example-$base"
mkdir -p e2e
cp -r "examples/$example" "$dir"
if [ "$base" = bare ]; then
  sed -i "s/^base: .*/base: bare\nbuild-base: $release/" "$dir/rockcraft.yaml"
else
  sed -i "s/^base: .*/base: $release/" "$dir/rockcraft.yaml"
fi
grep -E '^(base|build-base):' "$dir/rockcraft.yaml"
echo "dir=$dir" >> "$GITHUB_OUTPUT"
