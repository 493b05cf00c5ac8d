#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for `npm run test:slurm` (Debian/Ubuntu, as root).
#
#   scripts/slurm-cluster.sh up       install slurm-wlm and munge if missing, write slurm.conf, start
#                                     munged, slurmctld and slurmd, wait until the node is idle
#   scripts/slurm-cluster.sh down     stop the three daemons
#   scripts/slurm-cluster.sh status   say whether the cluster answers, and show sinfo
#
# Idempotent: `up` on a running cluster with the same slurm.conf only checks that the node is idle.
# With Slurm already installed it takes a few seconds; installing takes about a minute.
set -euo pipefail

CONF_DIR=/etc/slurm
CONF=$CONF_DIR/slurm.conf
STATE_DIR=/var/spool/slurmctld
SPOOL_DIR=/var/spool/slurmd
LOG_DIR=/var/log/slurm
NODE=$(hostname -s)

say() { printf 'slurm-cluster: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

# Each daemon by its pid file (never by name: other processes may share it).
pid_file() {
	case "$1" in
		slurmctld) echo /run/slurmctld.pid ;;
		slurmd) echo /run/slurmd.pid ;;
		munged) echo /run/munge/munged.pid ;;
	esac
}
daemon_pid() {
	local file pid
	file=$(pid_file "$1")
	[ -s "$file" ] || return 1
	pid=$(cat "$file")
	[ -n "$pid" ] && [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" = "$1" ] && echo "$pid"
}
running() { daemon_pid "$1" >/dev/null; }
stop() {
	local pid
	if pid=$(daemon_pid "$1"); then kill "$pid" 2>/dev/null || true; fi
}

node_state() { sinfo -h -N -n "$NODE" -o '%t' 2>/dev/null | head -n 1; }

install_if_missing() {
	if command -v sbatch >/dev/null && command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null; then
		return
	fi
	[ "$(id -u)" = 0 ] || fail "Slurm is not installed and installing it needs root: run this script as root (or install slurm-wlm and munge yourself)."
	command -v apt-get >/dev/null || fail "Slurm is not installed and there is no apt-get here: install slurm-wlm and munge with your system's package manager."
	say "installing slurm-wlm and munge (about a minute)"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
}

write_conf() {
	local cpus memory
	cpus=$(nproc)
	# Slurm refuses a node that reports less memory than configured: leave some room.
	memory=$(free -m | awk '/^Mem:/ {print int($2 * 0.9)}')
	mkdir -p "$CONF_DIR" "$STATE_DIR" "$SPOOL_DIR" "$LOG_DIR"
	local wanted
	wanted=$(cat <<EOF
# Written by secrets-tui's scripts/slurm-cluster.sh: a one-node cluster for tests.
ClusterName=secrets-tui-test
SlurmctldHost=$NODE
SlurmUser=root
AuthType=auth/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SwitchType=switch/none
ReturnToService=2
StateSaveLocation=$STATE_DIR
SlurmdSpoolDir=$SPOOL_DIR
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=2
MinJobAge=600
NodeName=$NODE CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
)
	if [ -f "$CONF" ] && [ "$(cat "$CONF")" = "$wanted" ]; then
		return 1
	fi
	printf '%s\n' "$wanted" >"$CONF"
	chmod 644 "$CONF"
	return 0
}

start_munge() {
	if [ ! -s /etc/munge/munge.key ]; then
		mkdir -p /etc/munge
		dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=128 status=none
	fi
	chown munge:munge /etc/munge/munge.key
	chmod 0400 /etc/munge/munge.key
	mkdir -p /run/munge
	chown munge:munge /run/munge
	chmod 0755 /run/munge
	if ! running munged; then
		runuser -u munge -- /usr/sbin/munged
	fi
}

stop_daemons() {
	local name
	for name in slurmd slurmctld munged; do
		stop "$name"
	done
	for _ in $(seq 1 50); do
		running slurmd || running slurmctld || running munged || return 0
		sleep 0.1
	done
	fail "Slurm's daemons did not stop within 5 seconds; see ps -C slurmd,slurmctld,munged."
}

wait_idle() {
	local state=""
	for _ in $(seq 1 300); do
		state=$(node_state || true)
		case "$state" in
			idle | mix | alloc) return 0 ;;
			down* | drain* | drng* | fail*) scontrol update nodename="$NODE" state=resume >/dev/null 2>&1 || true ;;
		esac
		sleep 0.1
	done
	fail "The node $NODE is not idle after 30 seconds (state: ${state:-no answer}); see $LOG_DIR/slurmctld.log and $LOG_DIR/slurmd.log."
}

up() {
	[ "$(id -u)" = 0 ] || {
		if command -v sinfo >/dev/null && [ -n "$(node_state || true)" ]; then
			say "not root, but a cluster answers: using it"
			sinfo
			return 0
		fi
		fail "Starting a Slurm cluster needs root (sudo $0 up)."
	}
	install_if_missing
	local changed=0
	if write_conf; then changed=1; fi
	start_munge
	if [ "$changed" = 1 ] && { running slurmctld || running slurmd; }; then
		say "slurm.conf changed: restarting slurmctld and slurmd"
		stop slurmd
		stop slurmctld
		for _ in $(seq 1 50); do
			running slurmd || running slurmctld || break
			sleep 0.1
		done
	fi
	running slurmctld || /usr/sbin/slurmctld
	running slurmd || /usr/sbin/slurmd
	wait_idle
	say "up: node $NODE, $(nproc) CPUs, partition debug"
}

status() {
	if ! command -v sinfo >/dev/null; then
		say "Slurm is not installed."
		return 1
	fi
	local state
	state=$(node_state || true)
	if [ -z "$state" ]; then
		say "The cluster does not answer (slurmctld not running?)."
		return 1
	fi
	sinfo
}

case "${1:-}" in
	up) up ;;
	down) stop_daemons; say "down" ;;
	status) status ;;
	*) printf 'Usage: %s up|down|status\n' "$0" >&2; exit 2 ;;
esac
