#!/usr/bin/env bash
# Brings up / tears down a one-node Slurm cluster on this machine, for the integration tests that submit job arrays
# with sbatch and poll with squeue/scontrol.
#
# Usage: scripts/slurm/local-cluster.sh start|stop|status
#   start   idempotent. Writes /etc/slurm/slurm.conf (only if absent or written by this script), starts munged,
#           slurmctld and slurmd from a clean state, waits until the node can run jobs.
#   stop    idempotent. Cancels every job, shuts Slurm down, stops munged.
#   status  prints the daemons and the node state; exit 0 when the node can run jobs, 3 otherwise.
#
# Made for Debian 12's packages (Slurm 22.05, MUNGE 0.5), run as root on a machine whose PID 1 is not systemd:
#   apt-get install -y --no-install-recommends slurmctld slurmd slurm-client munge
# No cgroups, no slurmdbd (accounting), no DNS: everything talks over 127.0.0.1.
#
# Finished jobs: squeue / scontrol show them for about 300 s (MinJobAge); after that read the job-completion log
# (JOBCOMP below: one line per finished job or array task, with JobId, ArrayJobId, ArrayTaskId, JobState, ExitCode).
# It lives in the controller's state dir, which every start wipes (job ids start again at 1).
set -euo pipefail

# The Slurm daemons live in /usr/sbin, which a non-login shell may lack.
export PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH"

readonly CONF=/etc/slurm/slurm.conf
readonly MARKER='# written by SpinGlass scripts/slurm/local-cluster.sh'
readonly STATE_DIR=/var/spool/slurmctld   # slurmctld's StateSaveLocation (owner slurm); wiped on every start
readonly SPOOL_DIR=/var/spool/slurmd      # slurmd's SlurmdSpoolDir; wiped on every start
readonly LOG_DIR=/var/log/slurm
readonly JOBCOMP="$STATE_DIR/jobcomp.txt"
readonly MUNGE_RUN=/run/munge
readonly APT_HINT='apt-get install -y --no-install-recommends slurmctld slurmd slurm-client munge'
readonly START_TIMEOUT=60                 # seconds for the node to become usable
readonly KILL_WAIT=10                     # slurm.conf KillWait: seconds between SIGTERM and SIGKILL of a job
NODE=$(hostname -s)
readonly NODE

log() { echo "local-cluster: $*"; }
die() { echo "local-cluster: $*" >&2; exit 1; }

# Seconds elapsed since $1 (from `date +%s%N`), with one decimal.
elapsed() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

# wait_until SECONDS COMMAND...: polls COMMAND every 0.2 s until it succeeds (return 0) or time runs out (return 1).
wait_until() {
  local deadline=$(( $(date +%s%N) + $1 * 1000000000 )); shift
  until "$@"; do
    [ "$(date +%s%N)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# Process ids of a daemon, by exact process name (the Debian binaries are symlinks to *-wlm). Zombies are skipped: a
# daemon's short-lived forking parent lingers as one for a moment after start.
pids_of() { ps -eo pid=,stat=,comm= | awk -v a="$1" -v b="$1-wlm" '($3 == a || $3 == b) && $2 !~ /^Z/ { print $1 }'; }
running() { [ -n "$(pids_of "$1")" ]; }
not_running() { ! running "$1"; }

munge_works() { munge -n 2>/dev/null | unmunge >/dev/null 2>&1; }
slurmctld_answers() { timeout 5 scontrol ping 2>/dev/null | grep -q 'is UP'; }

# The node's state as sinfo prints it (idle, mixed, planned, drained, down*, ...), empty if slurmctld does not answer.
node_state() {
  running slurmctld || return 0
  timeout 5 sinfo -h -N -n "$NODE" -o %T 2>/dev/null | head -n 1 || true
}
# States in which the node runs (or will run) jobs. A trailing "*" (not responding) or a drain/down state is not usable.
usable_state() {
  case "$1" in idle | mixed | allocated | planned | completing) return 0 ;; *) return 1 ;; esac
}
node_usable() { usable_state "$(node_state)"; }
cluster_up() { running munged && running slurmctld && running slurmd && node_usable; }

# ---------------------------------------------------------------------------------------------------------- status
cmd_status() {
  local daemon pids state
  for daemon in munged slurmctld slurmd; do
    pids=$(pids_of "$daemon" | tr '\n' ' ')
    if [ -n "$pids" ]; then printf '%-10s running (pid %s)\n' "$daemon:" "${pids% }"
    else printf '%-10s not running\n' "$daemon:"; fi
  done
  state=$(node_state)
  printf '%-10s %s\n' "node:" "$NODE ${state:-(unknown: slurmctld does not answer)}"
  if cluster_up; then
    printf '%-10s %s\n' "jobcomp:" "$JOBCOMP"
    return 0
  fi
  return 3
}

# ------------------------------------------------------------------------------------------------------------ start
check_binaries() {
  local binary
  for binary in munged munge unmunge slurmctld slurmd scontrol sinfo squeue sbatch scancel; do
    command -v "$binary" >/dev/null || die "$binary not found; install Slurm and MUNGE with: $APT_HINT"
  done
}

# Refuses to touch a slurm.conf that this script did not write.
check_conf_is_ours() {
  [ -e "$CONF" ] || return 0
  [ "$(head -n 1 "$CONF")" = "$MARKER" ] ||
    die "$CONF exists and was not written by this script (its first line is not '$MARKER'); move it away first"
}

write_conf() {
  # Topology as slurmd detects it, e.g.
  # NodeName=vm CPUs=2 Boards=1 SocketsPerBoard=1 CoresPerSocket=2 ThreadsPerCore=1 RealMemory=24105
  local detected topology memory
  detected=$(slurmd -C | grep '^NodeName=' | head -n 1)
  topology=$(grep -oE '(CPUs|Boards|SocketsPerBoard|CoresPerSocket|ThreadsPerCore)=[0-9]+' <<<"$detected" | tr '\n' ' ')
  memory=$(grep -oE 'RealMemory=[0-9]+' <<<"$detected" | cut -d= -f2)
  [ -n "$topology" ] && [ -n "$memory" ] || die "cannot read the node's topology from 'slurmd -C': $detected"
  # RealMemory above the real value drains the node ("Low RealMemory"): declare 90 %.
  memory=$(( memory * 9 / 10 ))

  mkdir -p "$(dirname "$CONF")"
  cat >"$CONF" <<EOF
$MARKER
# A one-node test cluster; overwritten on every start. Remove this file to use your own.
ClusterName=spinglass
SlurmctldHost=$NODE(127.0.0.1)
SlurmUser=slurm
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
MailProg=/bin/true

# Where the daemons keep state, pid files and logs.
StateSaveLocation=$STATE_DIR
SlurmdSpoolDir=$SPOOL_DIR
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info

# No cgroups, no accounting database; finished jobs are logged to a text file.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/filetxt
JobCompLoc=$JOBCOMP

# Cores are the consumable resource (not memory: a job without --mem would take the whole node).
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
# Quick turnaround for tests: jobs start on the 2-s backfill tick (measured: a 4-task array of 1-s jobs on the 2 cores
# ends ~4 s after sbatch; ~7 s with the defaults).
SchedulerParameters=batch_sched_delay=0,sched_interval=2,bf_interval=2
ReturnToService=2
KillWait=$KILL_WAIT

NodeName=$NODE NodeAddr=127.0.0.1 ${topology}RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
}

# Directories the daemons need; the state dirs are emptied so that job ids start at 1 and no old job or node state
# (e.g. a drained node) comes back.
prepare_dirs() {
  install -d -o munge -g munge -m 0755 "$MUNGE_RUN"
  rm -rf "$STATE_DIR" "$SPOOL_DIR"
  install -d -o slurm -g slurm -m 0755 "$STATE_DIR" "$LOG_DIR"
  install -d -o root -g root -m 0755 "$SPOOL_DIR"
}

start_munged() {
  if munge_works; then return 0; fi
  if running munged; then   # running but not answering: replace it
    stop_munged
  fi
  # As the munge user, like the packaged service; --force if munged objects to the key's or a dir's permissions.
  runuser -u munge -- munged 2>/dev/null || runuser -u munge -- munged --force ||
    die "munged would not start; see /var/log/munge/munged.log"
  wait_until 10 munge_works || die "munged started but 'munge -n | unmunge' fails; see /var/log/munge/munged.log"
}

# On failure: the last lines of each log, then exit 1 (the daemons are left running for inspection; 'stop' ends them).
fail_with_logs() {
  echo "local-cluster: $*" >&2
  local file
  for file in "$LOG_DIR/slurmctld.log" "$LOG_DIR/slurmd.log" /var/log/munge/munged.log; do
    [ -f "$file" ] || continue
    echo "---- last lines of $file" >&2
    tail -n 15 "$file" >&2
  done
  exit 1
}

cmd_start() {
  local t0
  t0=$(date +%s%N)
  if cluster_up; then
    log "already up"
    cmd_status
    return 0
  fi
  check_binaries
  check_conf_is_ours
  if running slurmctld || running slurmd; then
    log "Slurm is only partly up ($(cmd_status | tr -s ' \n' ' ' || true)); restarting it"
    cmd_stop
  fi

  write_conf
  prepare_dirs
  start_munged

  slurmctld || fail_with_logs "slurmctld would not start"
  wait_until 20 slurmctld_answers || fail_with_logs "slurmctld does not answer 'scontrol ping'"
  slurmd -N "$NODE" || fail_with_logs "slurmd would not start"

  # Wait for the node to register. If it comes up drained or down, resume it once.
  local resumed=no
  wait_until "$START_TIMEOUT" node_ready_or_resume || fail_with_logs "node $NODE not usable after ${START_TIMEOUT} s (state: $(node_state))"
  log "up in $(elapsed "$t0") s"
  cmd_status
}

# For cmd_start's wait: true when the node is usable; resumes a drained/down node once (uses cmd_start's $resumed).
node_ready_or_resume() {
  local state
  state=$(node_state)
  usable_state "$state" && return 0
  case "$state" in
    *drain* | down*)
      if [ "$resumed" = no ] && running slurmd; then
        resumed=yes
        log "node $NODE came up $state; resuming it"
        timeout 5 scontrol update NodeName="$NODE" State=RESUME >/dev/null 2>&1 || true
      fi ;;
  esac
  return 1
}

# ------------------------------------------------------------------------------------------------------------- stop
no_jobs_left() { [ -z "$(timeout 5 squeue -h -o %i 2>/dev/null)" ] && timeout 5 squeue >/dev/null 2>&1; }

# Cancels every job of every user and waits (bounded) until squeue is empty. 'scontrol shutdown' alone would leave
# running jobs alive.
cancel_all_jobs() {
  slurmctld_answers || return 0
  local jobs
  jobs=$(timeout 5 squeue -h -o %F 2>/dev/null | sort -u | tr '\n' ' ' || true)
  [ -n "${jobs// /}" ] || return 0
  log "cancelling jobs: $jobs"
  # shellcheck disable=SC2086 # one argument per job id
  timeout 10 scancel $jobs 2>/dev/null || true
  wait_until $(( KILL_WAIT + 20 )) no_jobs_left || log "warning: jobs still listed after cancelling: $(timeout 5 squeue -h -o '%i %T' | tr '\n' ' ')"
}

# Sends SIGTERM to the given process ids and waits up to $1 seconds for them to exit; returns 1 if some remain.
term_and_wait() {
  local seconds=$1; shift
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  wait_until "$seconds" all_gone "$@"
}
all_gone() { local pid; for pid in "$@"; do ! kill -0 "$pid" 2>/dev/null || return 1; done; }

stop_slurm() {
  running slurmctld || running slurmd || return 0
  cancel_all_jobs
  if slurmctld_answers; then
    timeout 10 scontrol shutdown >/dev/null 2>&1 || true   # stops slurmctld and slurmd
  fi
  wait_until 15 not_running slurmd || term_and_wait 10 $(pids_of slurmd) || log "warning: slurmd (pid $(pids_of slurmd)) ignores SIGTERM"
  if ! wait_until 15 not_running slurmctld; then
    # SIGTERM is an orderly shutdown. SIGKILL only as a last resort: a killed controller's saved state is unreliable
    # (harmless here, as every start wipes it).
    if ! term_and_wait 60 $(pids_of slurmctld); then
      log "warning: slurmctld ignored SIGTERM for 60 s; killing it"
      kill -KILL $(pids_of slurmctld) 2>/dev/null || true
    fi
  fi
  # Job steps that outlived the cancel (their slurmstepd and the processes under it): end them, not to leave work
  # running on the cores that the next start hands out again.
  local steps
  steps=$(pids_of slurmstepd | tr '\n' ' ')
  if [ -n "${steps// /}" ]; then
    local all pid children queue
    all="" queue="$steps"
    while [ -n "${queue// /}" ]; do
      children=""
      for pid in $queue; do all="$all $pid"; children="$children $(pgrep -P "$pid" | tr '\n' ' ' || true)"; done
      queue=$children
    done
    log "ending left-over job steps: $all"
    # shellcheck disable=SC2086
    term_and_wait 5 $all || kill -KILL $all 2>/dev/null || true
  fi
}

stop_munged() {
  running munged || return 0
  munged --stop >/dev/null 2>&1 || true
  wait_until 10 not_running munged || term_and_wait 10 $(pids_of munged) || log "warning: munged (pid $(pids_of munged)) ignores SIGTERM"
}

cmd_stop() {
  local t0
  t0=$(date +%s%N)
  if ! running munged && ! running slurmctld && ! running slurmd; then
    log "already stopped"
    return 0
  fi
  stop_slurm
  stop_munged
  log "stopped in $(elapsed "$t0") s"
}

# -------------------------------------------------------------------------------------------------------------- main
usage() { echo "usage: $0 start|stop|status" >&2; exit 2; }
[ $# -eq 1 ] || usage
case "$1" in start | stop | status) ;; *) usage ;; esac
[ "$(id -u)" -eq 0 ] || die "must run as root"
"cmd_$1"
