#!/usr/bin/env bash
# Installs the C libraries GradLab links against when pkg-config cannot find them:
# libopenblas-dev (CBLAS GEMM), libedit-dev (line editing) and zlib1g-dev (gzip'd data files). Safe to run again.
set -euo pipefail

need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists openblas 2>/dev/null || need+=(libopenblas-dev)
pkg-config --exists libedit 2>/dev/null || need+=(libedit-dev)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
[ ${#need[@]} -eq 0 ] && exit 0

echo "gradlab setup: installing ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "gradlab setup: missing ${need[*]} and cannot install them without root." >&2
  echo "Run: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "gradlab setup: apt-get not found; install ${need[*]} with your system's package manager." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}" >/dev/null
for lib in openblas libedit zlib; do
  if ! pkg-config --exists "$lib"; then
    echo "gradlab setup: pkg-config still cannot find $lib after installing." >&2
    exit 1
  fi
done
