#!/usr/bin/env bash
# The completion tests run the scripts in bash, zsh and fish. On a machine without zsh or fish this
# installs them from Debian's packages when run as root (as CI is), else says what to install.
set -euo pipefail
missing=()
for shell in bash zsh fish; do
	command -v "$shell" >/dev/null 2>&1 || missing+=("$shell")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing ${missing[*]} for the completion tests (once)." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
		{ apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
	exit 0
fi

echo "The completion tests need ${missing[*]}: install them (on Debian: apt-get install ${missing[*]}) and run npm test again." >&2
exit 1
