# Sourced by test/api/walkthrough.test.ts before the walk-through's commands: every
# curl call reports its HTTP status on fd 3 and fails the script unless it is 2xx,
# while still printing the body as a reader would see it.
curl() {
  local out status
  out="$(command curl --silent --show-error --write-out '\n%{http_code}' "$@")" || return 1
  status="${out##*$'\n'}"
  printf '%s\n' "${out%$'\n'*}"
  echo "$status" >&3
  if [ "$status" -lt 200 ] || [ "$status" -ge 300 ]; then
    echo "HTTP $status from: curl $*" >&2
    return 1
  fi
}
