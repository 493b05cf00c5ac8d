#!/usr/bin/env bash
# The tests run real programs: bash, zsh and fish (completion), strace (fault injection), tmux (the
# clipboard and the terminal), setfacl/getfacl (team stores), useradd (a second user), faketime (a
# clock that differs from the file server's), python3 (a non-blocking pipe). On a machine without them this installs them from
# Debian's packages when run as root (as CI is), else says what to install. Several installs at once wait for dpkg's lock instead of failing.
set -euo pipefail
declare -A package=([bash]=bash [zsh]=zsh [fish]=fish [strace]=strace [tmux]=tmux [setfacl]=acl [getfacl]=acl [useradd]=passwd [script]=bsdutils [faketime]=faketime [python3]=python3)
missing=()
for tool in "${!package[@]}"; do
	command -v "$tool" >/dev/null 2>&1 || missing+=("${package[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing ${missing[*]} for the tests (once)." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt=(apt-get -o DPkg::Lock::Timeout=600 -y -qq --no-install-recommends)
	"${apt[@]}" install "${missing[@]}" >/dev/null 2>&1 ||
		{ apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null && "${apt[@]}" install "${missing[@]}" >/dev/null; }
	exit 0
fi

echo "The tests need ${missing[*]}: install them (on Debian: apt-get install ${missing[*]}) and run npm test again." >&2
exit 1
