#!/usr/bin/env bash
# Runs a local multi-validator Coterie network as background processes, one per node.
#
#   scripts/network.sh up      [--validators N] [--dir DIR] [--base-port P]
#   scripts/network.sh status  [--dir DIR]
#   scripts/network.sh stop I  [--dir DIR]
#   scripts/network.sh start I [--dir DIR]
#   scripts/network.sh down    [--dir DIR]
#
# `up` generates DIR (default ./network) with `coterie operator generate-network` when it has no
# genesis.json yet, then starts every node DIR/node-I with its config.toml. Each node keeps its pid
# in DIR/node-I/node.pid and its log in DIR/node-I/node.log. Generated nodes require a JSON-RPC
# login: `status` logs in as the user operator with the password in DIR/admin/rpc-password
# (POST /login), passing the password and the token to curl on stdin, never on its command line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
coterie="${COTERIE_BIN:-$here/coterie}"
validators=4
dir="./network"
base_port=8545
stop_timeout="${COTERIE_STOP_TIMEOUT:-30}"

usage() {
  sed -n '4,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

die() {
  echo "network.sh: $*" >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
command="$1"
shift
index=""
case "$command" in
  stop | start)
    [[ $# -ge 1 && "$1" =~ ^[0-9]+$ ]] || die "'$command' needs a node index, e.g. '$command 0'"
    index="$1"
    shift
    ;;
  up | down | status) ;;
  -h | --help | help) usage ;;
  *) die "unknown command '$command'; use up, down, status, stop I or start I" ;;
esac

while [[ $# -gt 0 ]]; do
  case "$1" in
    --validators)
      [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--validators needs a positive number"
      validators="$2"
      shift 2
      ;;
    --dir)
      [[ $# -ge 2 && -n "$2" ]] || die "--dir needs a directory"
      dir="$2"
      shift 2
      ;;
    --base-port)
      [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || die "--base-port needs a port number"
      base_port="$2"
      shift 2
      ;;
    *) die "unknown option '$1'" ;;
  esac
done

node_dirs() {
  local d
  for d in "$dir"/node-*; do
    [[ -f "$d/config.toml" ]] && echo "$d"
  done | sort -t- -k2 -n
}

node_dir() {
  local d="$dir/node-$1"
  [[ -f "$d/config.toml" ]] || die "no node $1 in $dir (expected $d/config.toml); run 'network.sh up' first"
  echo "$d"
}

pid_of() {
  local pid_file="$1/node.pid"
  [[ -f "$pid_file" ]] || return 1
  local pid
  pid="$(cat "$pid_file")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

http_port() {
  sed -n 's/^rpc-http-port *= *\([0-9]*\).*/\1/p' "$1/config.toml" | head -n 1
}

start_node() {
  local d="$1" pid
  if pid="$(pid_of "$d")"; then
    echo "$(basename "$d"): already running (pid $pid)"
    return 0
  fi
  nohup "$coterie" run --config-file "$d/config.toml" >>"$d/node.log" 2>&1 </dev/null &
  echo $! >"$d/node.pid"
  echo "$(basename "$d"): started (pid $!, log $d/node.log)"
}

stop_node() {
  local d="$1" pid waited=0
  if ! pid="$(pid_of "$d")"; then
    rm -f "$d/node.pid"
    echo "$(basename "$d"): not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if ((waited >= stop_timeout * 10)); then
      echo "$(basename "$d"): still running after ${stop_timeout}s, sending SIGKILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  rm -f "$d/node.pid"
  echo "$(basename "$d"): stopped"
}

# The token of POST /login as operator at $1, or nothing (no password file, or the login failed).
login_token() {
  local port="$1" password_file="$dir/admin/rpc-password" password
  [[ -r "$password_file" ]] || return 0
  password="$(cat "$password_file")"
  printf '{"username":"operator","password":"%s"}' "$password" |
    curl -s --max-time 5 -H 'Content-Type: application/json' -d @- \
      "http://127.0.0.1:$port/login" 2>/dev/null |
    sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' || true
}

block_number() {
  local port="$1" token body
  token="$(login_token "$port")"
  # The header goes through a curl config on stdin, so the token is not in the process list.
  body="$( (
    [[ -z "$token" ]] || printf 'header = "Authorization: Bearer %s"\n' "$token"
  ) | curl -s --max-time 2 -K - -H 'Content-Type: application/json' \
    -d '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' \
    "http://127.0.0.1:$port" 2>/dev/null)" || {
    echo "-"
    return 0
  }
  local hex
  hex="$(echo "$body" | sed -n 's/.*"result" *: *"\(0x[0-9a-fA-F]*\)".*/\1/p')"
  if [[ -n "$hex" ]]; then
    echo "$((hex))"
  else
    echo "-"
  fi
}

case "$command" in
  up)
    if [[ ! -f "$dir/genesis.json" ]]; then
      "$coterie" operator generate-network --validators "$validators" --out "$dir" \
        --base-port "$base_port"
    fi
    found=0
    while read -r d; do
      start_node "$d"
      found=1
    done < <(node_dirs)
    ((found)) || die "$dir has a genesis.json but no node-*/config.toml"
    ;;
  down)
    while read -r d; do
      stop_node "$d"
    done < <(node_dirs)
    ;;
  start | stop)
    d="$(node_dir "$index")"
    "${command}_node" "$d"
    ;;
  status)
    [[ -d "$dir" ]] || die "no network in $dir; run 'network.sh up' first"
    printf '%-8s %-8s %-6s %-6s %s\n' NODE PID ALIVE HTTP BLOCK
    while read -r d; do
      port="$(http_port "$d")"
      if pid="$(pid_of "$d")"; then
        printf '%-8s %-8s %-6s %-6s %s\n' "$(basename "$d")" "$pid" yes "$port" "$(block_number "$port")"
      else
        printf '%-8s %-8s %-6s %-6s %s\n' "$(basename "$d")" - no "$port" -
      fi
    done < <(node_dirs)
    ;;
esac
