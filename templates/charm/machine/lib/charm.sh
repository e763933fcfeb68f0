# shellcheck shell=bash
# shellcheck source-path=SCRIPTDIR
#
# The logic of a machine charm written by gen: it runs one service as one container with Docker or Podman.
#
# Every hook and action is a few lines that source this file and call one charm_* function. The facts of the
# service (image or build, environment, ports, volumes, relations...) are in lib/workload.sh, which gen generates;
# nothing in this file is specific to one service.
#
# How values are handled, everywhere below:
#   - every value (options, secrets, relation data, the facts) travels in a variable or an array element and reaches
#     a command as one quoted argument: no eval, no command strings, no word splitting of values;
#   - an option that carries a value is one word, "--option=value", and "--" ends the options of every command that
#     takes values after them, so a value that starts with "-" is never read as an option;
#   - hook tools print a string followed by one newline (Juju's default "smart" output format); exactly that newline
#     is removed (_capture), so a value that ends in newlines keeps them;
#   - secrets are read base64-encoded and decoded here, so every byte survives except NUL, which an environment
#     variable or a command argument cannot hold: such a secret blocks the unit with a clear message.
#
# How failures are handled: a problem the operator must solve (a bad option, a missing relation) sets the unit's
# status to blocked or waiting and ends the hook successfully, leaving any running container as it is; a failure
# that may pass (a pull, a fetch, apt-get) fails the hook, so that Juju retries it.

set -Eeuo pipefail
shopt -s inherit_errexit

export DEBIAN_FRONTEND=noninteractive

# The labels gen puts on the containers it manages.
readonly CHARM_LABEL_UNIT=dev.gen.juju-unit
readonly CHARM_LABEL_HASH=dev.gen.config-hash

# ---------------------------------------------------------------------------------------------------------------
# The facts: lib/workload.sh sets the WORKLOAD_* variables and declares the lists below with the workload_*
# functions. The lists are flat arrays with a fixed number of fields per entry.

_ports=()              # container-port host-port host-address protocol ('' host port: any free port)
_volumes=()            # volume-name container-path ro|rw
_storages=()           # storage-name container-path ro|rw
_secret_files=()       # option secret-key container-path file-mode owner ('' or uid[:gid])
_required_options=()   # option
_endpoints=()          # endpoint provides|requires required|optional
declare -A _endpoint_required=()
_clients=()            # endpoint protocol provider-charm resource-key host-key port: a Charmhub charm required
declare -A _client_protocol=() _client_provider=() _client_resource_key=() _client_host_key=() _client_port=()
_requests=()           # endpoint key value: what the leader asks a Charmhub charm for
_env_names=()          # one environment variable per entry; its value is made of parts:
_env_start=()          #   the index of its first part in _env_parts
_env_count=()          #   the number of words its parts take in _env_parts
_env_parts=()          # text VALUE | config OPTION TYPE | secret OPTION KEY | KIND ENDPOINT ORIGINAL, where KIND is
                       # host, port, username, password, database, database-path or userinfo (see _relation_value)
declare -A _secret_options=()   # the options that name a Juju secret

_facts_error() {
  printf 'lib/workload.sh: %s\n' "$*" >&2
  exit 1
}

_arity() {
  local want=$1 caller=$2
  shift 2
  if [[ $# -ne $want ]]; then
    _facts_error "$caller takes $want arguments, not $#"
  fi
}

workload_port() { _arity 4 "${FUNCNAME[0]}" "$@"; _ports+=("$@"); }
workload_volume() { _arity 3 "${FUNCNAME[0]}" "$@"; _volumes+=("$@"); }
workload_storage() { _arity 3 "${FUNCNAME[0]}" "$@"; _storages+=("$@"); }
workload_secret_file() {
  _arity 5 "${FUNCNAME[0]}" "$@"
  _secret_files+=("$@")
  _secret_options[$1]=1
}
workload_required_option() { _arity 1 "${FUNCNAME[0]}" "$@"; _required_options+=("$@"); }
workload_endpoint() {
  _arity 3 "${FUNCNAME[0]}" "$@"
  _endpoints+=("$@")
  _endpoint_required[$1]=$3
}
workload_client() {
  _arity 6 "${FUNCNAME[0]}" "$@"
  case $2 in
    data-platform | unit-address | rabbitmq | ingress) ;;
    *) _facts_error "workload_client $1: unknown protocol '$2'" ;;
  esac
  _clients+=("$@")
  _client_protocol[$1]=$2
  _client_provider[$1]=$3
  _client_resource_key[$1]=$4
  _client_host_key[$1]=$5
  _client_port[$1]=$6
}
workload_client_request() { _arity 3 "${FUNCNAME[0]}" "$@"; _requests+=("$@"); }

workload_env() {
  local name=$1 i=1
  shift
  local -a parts=("$@")
  while [[ $i -le ${#parts[@]} ]]; do
    case ${parts[i - 1]} in
      text) i=$((i + 2)) ;;
      secret)
        [[ $i -ge ${#parts[@]} ]] || _secret_options[${parts[i]}]=1
        i=$((i + 3))
        ;;
      config | host | port | username | password | database | database-path | userinfo) i=$((i + 3)) ;;
      *) _facts_error "workload_env $name: unknown part '${parts[i - 1]}'" ;;
    esac
  done
  if [[ $i -ne $((${#parts[@]} + 1)) ]]; then
    _facts_error "workload_env $name: incomplete part"
  fi
  _env_names+=("$name")
  _env_start+=("${#_env_parts[@]}")
  _env_count+=("$#")
  _env_parts+=("$@")
}

# shellcheck source=workload.sh
. "${BASH_SOURCE[0]%/*}/workload.sh"

# ---------------------------------------------------------------------------------------------------------------
# Where this unit keeps its things.

charm_unit=${JUJU_UNIT_NAME:?JUJU_UNIT_NAME is not set: hooks run under Juju}
charm_container=${charm_unit//\//-}
charm_state_dir=${CHARM_STATE_DIR:-/var/lib/gen-charm/$charm_container}

charm_runtime=''        # docker or podman
charm_image=''          # the image the container runs
charm_image_id=''       # its id, which the configuration hash includes
charm_repository=''     # for built images: the git repository and ref
charm_git_ref=''
charm_env=()            # NAME=value words
charm_run_args=()       # the arguments of "create" after the name and the hash label
charm_config_hash=''
charm_replaced=false    # whether this hook replaced the container
_storage_paths=()       # the host path of each storage, in _storages order
_secret_contents=()     # the content of each secret file, in _secret_files order

# ---------------------------------------------------------------------------------------------------------------
# Logging, status, failures.

charm_log() { juju-log -l INFO -- "$*"; }
charm_warn() { juju-log -l WARNING -- "$*"; }
charm_error() { juju-log -l ERROR -- "$*"; }
_status() { status-set -- "$1" "$2"; }

_problem_status=''
_problem_message=''

# Records a problem that the operator must solve; the hook stops its work and reports it.
_problem() {
  _problem_status=$1
  _problem_message=$2
  charm_log "$1: $2"
}

_ok() { [[ -z $_problem_status ]]; }

_report_problem() {
  if [[ -n ${JUJU_ACTION_NAME:-} ]]; then
    _action_fail "$_problem_message"
  fi
  _status "$_problem_status" "$_problem_message"
}

_action_failed=false

_action_fail() {
  _action_failed=true
  action-fail -- "$1"
}

# Ends the hook on a failure that may pass: Juju retries a failed hook. An action reports the failure instead.
_die() {
  charm_error "$1"
  if [[ -n ${JUJU_ACTION_NAME:-} ]]; then
    _action_fail "$1"
    exit 0
  fi
  _status blocked "$1"
  exit 1
}

# The first command that failed, with the functions it ran in (the command as written, so no value shows).
_last_error=''
trap '[[ -n $_last_error ]] || _last_error="$BASH_COMMAND (in ${FUNCNAME[*]:-main})"' ERR

_on_exit() {
  local code=$?
  if [[ $code -ne 0 ]]; then
    juju-log -l ERROR -- "${JUJU_DISPATCH_PATH:-$0} failed with exit code $code${_last_error:+ at: $_last_error}" || true
    if [[ -n ${JUJU_ACTION_NAME:-} && $_action_failed == false ]]; then
      action-fail -- "failed with exit code $code; see juju debug-log" || true
    fi
  fi
}
trap _on_exit EXIT

# ---------------------------------------------------------------------------------------------------------------
# Reading values exactly.

# Runs a command and stores its output in the variable named $1, without the one newline that Juju's hook tools add
# after a value. The "." guards the value's own trailing newlines from the command substitution.
_capture() {
  local __out
  __out=$("${@:2}" && printf .) || return
  __out=${__out%.}
  printf -v "$1" '%s' "${__out%$'\n'}"
}

# Like _capture, into the array named $1, one element per line; no output gives an empty array.
_capture_lines() {
  local __text
  _capture __text "${@:2}" || return
  if [[ -z $__text ]]; then
    mapfile -t "$1" </dev/null
  else
    mapfile -t "$1" <<<"$__text"
  fi
}

_config() { _capture "$1" config-get -- "$2"; }

_read_state() {
  local __file="$charm_state_dir/$2" __out
  [[ -f $__file ]] || return 1
  __out=$(cat -- "$__file" && printf .) || return
  printf -v "$1" '%s' "${__out%.}"
}

_write_state() {
  mkdir -p -- "$charm_state_dir"
  printf '%s' "$2" >"$charm_state_dir/$1.new"
  mv -f -- "$charm_state_dir/$1.new" "$charm_state_dir/$1"
}

# ---------------------------------------------------------------------------------------------------------------
# Options.

# Reads and checks the options this library uses itself: the runtime, and the image or the repository.
_load_options() {
  local runtime image repository
  _config runtime "$WORKLOAD_OPTION_RUNTIME"
  case ${runtime:-docker} in
    docker | podman) charm_runtime=${runtime:-docker} ;;
    *)
      _problem blocked "option $WORKLOAD_OPTION_RUNTIME must be docker or podman, not '$runtime'"
      return 0
      ;;
  esac
  if [[ $WORKLOAD_SOURCE == pull ]]; then
    _config image "$WORKLOAD_OPTION_IMAGE"
    charm_image=${image:-$WORKLOAD_IMAGE}
  else
    _config repository "$WORKLOAD_OPTION_REPOSITORY"
    _config charm_git_ref "$WORKLOAD_OPTION_GIT_REF"
    charm_repository=${repository:-$WORKLOAD_BUILD_REPOSITORY}
    charm_image="localhost/$charm_container:built"
    if [[ -z $charm_repository ]]; then
      _problem blocked "set option $WORKLOAD_OPTION_REPOSITORY to the git repository to build $WORKLOAD_SERVICE from"
    fi
  fi
}

# The runtime that created the container, which may differ from the option's (it changed since).
_load_recorded_runtime() {
  local recorded
  if _read_state recorded runtime && [[ $recorded == docker || $recorded == podman ]]; then
    charm_runtime=$recorded
  fi
}

_rt() { "$charm_runtime" "$@"; }

# ---------------------------------------------------------------------------------------------------------------
# The runtime and the image.

# Installs the runtime with apt-get unless its command is already there.
_ensure_runtime() {
  local path package
  if path=$(command -v -- "$charm_runtime"); then
    juju-log -l DEBUG -- "using the $charm_runtime found at $path"
    return 0
  fi
  case $charm_runtime in
    docker) package=docker.io ;;
    podman) package=podman ;;
  esac
  _status maintenance "installing $package"
  charm_log "installing $package with apt-get"
  apt-get -q update || _die "apt-get update failed"
  apt-get -q -y --no-install-recommends -o DPkg::Lock::Timeout=300 install "$package" \
    || _die "cannot install $package with apt-get"
  command -v -- "$charm_runtime" >/dev/null || _die "installed $package, but there is no $charm_runtime command"
  if [[ $charm_runtime == podman ]]; then
    # Podman has no daemon: this service starts the containers whose restart policy asks for it after a reboot.
    systemctl enable podman-restart.service || charm_warn "cannot enable podman-restart.service"
  fi
}

# Removes this unit's containers from the runtime that ran them before the runtime option changed.
_leave_previous_runtime() {
  local previous current=$charm_runtime name
  _read_state previous runtime || return 0
  if [[ $previous == "$current" || ($previous != docker && $previous != podman) ]]; then
    return 0
  fi
  if command -v -- "$previous" >/dev/null; then
    charm_runtime=$previous
    for name in "$charm_container" "$charm_container-next"; do
      if _inspect "$name"; then
        charm_log "removing $name from $previous: the runtime is now $current"
        _rt rm --force --volumes -- "$name" >/dev/null
      fi
    done
    charm_runtime=$current
  fi
  rm -f -- "$charm_state_dir/runtime"
}

_image_id() {
  _capture charm_image_id _rt image inspect --format='{{.Id}}' -- "$charm_image" 2>/dev/null
}

# Makes sure the image is on the machine. With "refresh", pulls or rebuilds it even when it is.
_ensure_image() {
  if [[ $WORKLOAD_SOURCE == pull ]]; then
    _ensure_pulled "${1:-}"
  else
    _ensure_built "${1:-}"
  fi
}

_ensure_pulled() {
  if [[ $1 != refresh ]] && _image_id; then
    return 0
  fi
  if [[ $1 != refresh && $WORKLOAD_PULL_POLICY == never ]]; then
    _problem blocked "image $charm_image is not on the machine, and the pull policy is never"
    return 0
  fi
  _status maintenance "pulling $charm_image"
  _rt pull --quiet -- "$charm_image" >/dev/null || _die "cannot pull image $charm_image"
  _image_id || _die "pulled $charm_image, but cannot inspect it"
}

_ensure_built() {
  local source="$charm_state_dir/source" wanted built commit dockerfile
  wanted="$charm_repository"$'\n'"$charm_git_ref"
  if [[ $1 != refresh ]] && _image_id && _read_state built built-from && [[ $built == "$wanted" ]]; then
    return 0
  fi
  _status maintenance "fetching $charm_repository"
  if [[ ! -d $source/.git ]]; then
    rm -rf -- "$source"
    mkdir -p -- "$charm_state_dir"
    git init --quiet -- "$source"
  fi
  git -C "$source" -c protocol.ext.allow=never fetch --quiet --depth=1 -- "$charm_repository" "${charm_git_ref:-HEAD}" \
    || _die "cannot fetch ${charm_git_ref:-the default branch} of $charm_repository"
  git -C "$source" -c advice.detachedHead=false checkout --quiet --force --detach FETCH_HEAD
  git -C "$source" clean --quiet -ffdx
  _capture commit git -C "$source" rev-parse HEAD
  _write_state commit "$commit"

  local context="$source/$WORKLOAD_BUILD_CONTEXT"
  local -a args=(build "--tag=$charm_image")
  if [[ -n $WORKLOAD_BUILD_DOCKERFILE_INLINE ]]; then
    dockerfile="$charm_state_dir/Dockerfile"
    printf '%s' "$WORKLOAD_BUILD_DOCKERFILE_INLINE" >"$dockerfile"
  else
    dockerfile="$context/$WORKLOAD_BUILD_DOCKERFILE"
  fi
  args+=("--file=$dockerfile")
  if [[ -n $WORKLOAD_BUILD_TARGET ]]; then
    args+=("--target=$WORKLOAD_BUILD_TARGET")
  fi
  local arg
  for arg in "${WORKLOAD_BUILD_ARGS[@]}"; do
    args+=("--build-arg=$arg")
  done
  args+=(-- "$context")
  _status maintenance "building $WORKLOAD_SERVICE from $charm_repository at ${commit:0:12}"
  _rt "${args[@]}" || _die "cannot build the image of $WORKLOAD_SERVICE (see juju debug-log)"
  _write_state built-from "$wanted"
  _image_id || _die "built $charm_image, but cannot inspect it"
}

# ---------------------------------------------------------------------------------------------------------------
# What the container needs: option values, secrets, relation data, storage.

_required() {
  local option value
  for option in "${_required_options[@]}"; do
    _config value "$option"
    if [[ -z $value ]]; then
      if [[ -n ${_secret_options[$option]:-} ]]; then
        _problem blocked "secret option $option is not set"
      else
        _problem blocked "set option $option"
      fi
      return 0
    fi
  done
}

# True when option $1 has no value at all (an option without a default that nobody set): Juju's smart output
# prints nothing for it, as for an empty string, so only the JSON output tells them apart.
_option_unset() {
  local __json
  _capture __json config-get --format=json -- "$1"
  [[ $__json == null ]]
}

# Stores in the variable named $1 the value of option $2 of type $3. Juju prints booleans as True and False.
# Fails when the option is unset, so that its variable is left out, as compose leaves out a variable the
# deployer's environment does not set.
_option_value() {
  local __value
  _config __value "$2"
  if [[ -z $__value ]] && _option_unset "$2"; then
    return 1
  fi
  if [[ $3 == boolean ]]; then
    case $__value in
      True) __value=true ;;
      False) __value=false ;;
    esac
  fi
  printf -v "$1" '%s' "$__value"
}

# Stores in the variable named $1 the content of key $3 of the Juju secret $2, which $4 describes for messages
# ("in option x"). Fails when the secret has no such key or cannot be read; sets a problem when the content cannot
# reach the container. The content travels base64-encoded ("#base64"), as a JSON string of base64 characters.
# "--refresh" takes the latest revision (without it Juju keeps giving the revision the unit read first), so that a
# changed secret reaches the container.
_secret_key() {
  local __encoded __nul __value
  printf -v "$1" '%s' ''
  _capture __encoded secret-get --refresh --format=json -- "$2" "$3#base64" 2>/dev/null || return 1
  __encoded=${__encoded#\"}
  __encoded=${__encoded%\"}
  if [[ ! $__encoded =~ ^[A-Za-z0-9+/=]*$ ]]; then
    _problem blocked "the secret $4 did not come back base64-encoded"
    return 0
  fi
  __nul=$(printf '%s' "$__encoded" | base64 -d | tr -cd '\000' | wc -c)
  if [[ $__nul -ne 0 ]]; then
    _problem blocked "key $3 of the secret $4 holds a NUL byte, which the container cannot receive"
    return 0
  fi
  __value=$(printf '%s' "$__encoded" | base64 -d && printf .)
  printf -v "$1" '%s' "${__value%.}"
}

# Stores in the variable named $1 the content of the Juju secret that option $2 names: its key $3, or its only key
# when it has no key $3 (as the Kubernetes flavour reads secrets). Fails when the option is unset; sets a problem
# when the secret cannot be read.
_secret_value() {
  local __uri __key=$3 __json __one_key
  printf -v "$1" '%s' ''
  _config __uri "$2"
  [[ -n $__uri ]] || return 1
  if _secret_key "$1" "$__uri" "$__key" "in option $2"; then
    return 0
  fi
  if ! _capture __json secret-get --refresh --format=json -- "$__uri"; then
    _problem blocked "cannot read the secret in option $2: grant it to this application"
    return 0
  fi
  # Juju's JSON of a secret with one key: {"key":"value"}, the value one JSON string (escapes, no newline).
  __one_key='^\{"([a-z0-9-]+)":"([^"\\]|\\.)*"\}$'
  if [[ ! $__json =~ $__one_key ]]; then
    _problem blocked "the secret in option $2 has no key $3 and more than one key"
    return 0
  fi
  __key=${BASH_REMATCH[1]}
  _secret_key "$1" "$__uri" "$__key" "in option $2" \
    || _problem blocked "cannot read the secret in option $2: grant it to this application"
}

# Splits $2 at commas into the array named $1 (no globbing, no other separator).
_split_commas() {
  local -n __split=$1
  local __rest="$2,"
  __split=()
  [[ -n $2 ]] || return 0
  while [[ -n $__rest ]]; do
    __split+=("${__rest%%,*}")
    __rest=${__rest#*,}
  done
}

# What each required endpoint's provider gave, and whether the endpoint has relations ("related" or "unrelated").
# A generated charm publishes its address and ports (see _publish); a Charmhub charm answers in the shape of its
# protocol, which _read_relation turns into the same fields plus the user, password and database it made.
declare -A _relation_host=() _relation_port=() _relation_ports=() _relation_port_map=() _relation_read=()
declare -A _relation_username=() _relation_password=() _relation_database=()

# Stores in the array named $1 the units of relation $2, by unit number.
_sorted_units() {
  _capture_lines "$1" relation-list -r "$2"
  local -n __units=$1
  if [[ ${#__units[@]} -gt 0 ]]; then
    mapfile -t __units < <(printf '%s\n' "${__units[@]}" | sort -t/ -k2,2n)
  fi
}

# Stores in the variable named $1 the value of field $3 of client endpoint $2's request ('' when it has none).
_request_value() {
  local __i
  printf -v "$1" '%s' ''
  for ((__i = 0; __i < ${#_requests[@]}; __i += 3)); do
    if [[ ${_requests[__i]} == "$2" && ${_requests[__i + 1]} == "$3" ]]; then
      printf -v "$1" '%s' "${_requests[__i + 2]}"
    fi
  done
}

# Records the address read for endpoint $1: host $2 and main port $3 (which is then the one port it listens on).
_found() {
  _relation_host[$1]=$2
  _relation_port[$1]=$3
  _relation_ports[$1]=${3:+$3/tcp}
  _relation_port_map[$1]=''
}

# Reads what the provider on endpoint $1 gave, once per hook.
_read_relation() {
  local endpoint=$1
  [[ -z ${_relation_read[$endpoint]:-} ]] || return 0
  _relation_read[$endpoint]=unrelated
  case ${_client_protocol[$endpoint]:-generated} in
    generated) _read_generated "$endpoint" ;;
    data-platform) _read_data_platform "$endpoint" ;;
    unit-address) _read_unit_address "$endpoint" "${_client_host_key[$endpoint]}" ;;
    rabbitmq) _read_rabbitmq "$endpoint" ;;
    ingress) ;; # the ingress charm gives this charm's environment nothing
  esac
}

# A charm gen generated: the first unit (by number) of the first relation that published a host.
_read_generated() {
  local endpoint=$1 id unit host
  local -a ids units
  _capture_lines ids relation-ids -- "$endpoint"
  for id in "${ids[@]}"; do
    _relation_read[$endpoint]=related
    _sorted_units units "$id"
    for unit in "${units[@]}"; do
      _capture host relation-get -r "$id" -- host "$unit"
      if [[ -n $host ]]; then
        _relation_host[$endpoint]=$host
        _capture "_relation_port[$endpoint]" relation-get -r "$id" -- port "$unit"
        _capture "_relation_ports[$endpoint]" relation-get -r "$id" -- ports "$unit"
        _capture "_relation_port_map[$endpoint]" relation-get -r "$id" -- port-map "$unit"
        return 0
      fi
    done
  done
}

# A Charmhub charm whose units publish their host under key $2 and their port (redis, memcache): the first unit
# (by number) that published a host.
_read_unit_address() {
  local endpoint=$1 key=$2 id unit host port
  local -a ids units
  _capture_lines ids relation-ids -- "$endpoint"
  for id in "${ids[@]}"; do
    _relation_read[$endpoint]=related
    _sorted_units units "$id"
    for unit in "${units[@]}"; do
      _capture host relation-get -r "$id" -- "$key" "$unit"
      if [[ -n $host ]]; then
        _capture port relation-get -r "$id" -- port "$unit"
        _found "$endpoint" "$host" "$port"
        return 0
      fi
    done
  done
}

# A data-platform charm (PostgreSQL, MySQL, MongoDB, Kafka, ZooKeeper, OpenSearch) answers in its application
# databag: "endpoints" (host:port,...; the first one is used), the resource name under the client's resource key,
# and "secret-user", the URI of a Juju secret with "username" and "password" (which override the same fields of the
# databag, where charms that use no secrets put them). Until it has endpoints, a user and a password, there is no
# address. As layer.data_platform_address does: the host and port are split at the last ":", and an endpoint
# without a numeric port is taken whole as the host.
_read_data_platform() {
  local endpoint=$1 id app endpoints item first host port username password has_password uri database value
  local -a ids items
  _capture_lines ids relation-ids -- "$endpoint"
  for id in "${ids[@]}"; do
    _relation_read[$endpoint]=related
    _capture app relation-list -r "$id" --app
    [[ -n $app ]] || continue
    _capture endpoints relation-get -r "$id" --app -- endpoints "$app"
    _split_commas items "$endpoints"
    first=''
    for item in "${items[@]}"; do
      item=${item#"${item%%[![:space:]]*}"}
      item=${item%"${item##*[![:space:]]}"}
      if [[ -n $item ]]; then
        first=$item
        break
      fi
    done
    [[ -n $first ]] || continue
    _capture username relation-get -r "$id" --app -- username "$app"
    _capture password relation-get -r "$id" --app -- password "$app"
    has_password=false
    [[ -z $password ]] || has_password=true
    _capture uri relation-get -r "$id" --app -- secret-user "$app"
    if [[ -n $uri ]]; then
      if ! secret-get --refresh --format=json -- "$uri" >/dev/null 2>&1; then
        charm_log "the credentials of relation $endpoint are not readable yet"
        continue
      fi
      if _secret_key value "$uri" username "of relation $endpoint"; then
        username=$value
      fi
      _ok || return 0
      if _secret_key value "$uri" password "of relation $endpoint"; then
        password=$value
        has_password=true
      fi
      _ok || return 0
    fi
    [[ -n $username && $has_password == true ]] || continue
    host=${first%:*}
    port=${first##*:}
    if [[ $first != *:* || -z $host || ! $port =~ ^[0-9]+$ ]]; then
      host=$first
      port=''
    fi
    _capture database relation-get -r "$id" --app -- "${_client_resource_key[$endpoint]}" "$app"
    if [[ -z $database ]]; then
      _request_value database "$endpoint" "${_client_resource_key[$endpoint]}"
    fi
    _found "$endpoint" "$host" "$port"
    _relation_username[$endpoint]=$username
    _relation_password[$endpoint]=$password
    _relation_database[$endpoint]=$database
    return 0
  done
}

# RabbitMQ answers with "hostname" (else "private-address") and the password of the user this charm asked for, in
# its application databag (rabbitmq-k8s) or in its units' (rabbitmq-server); the port is AMQP's, the user and the
# vhost are the ones asked for.
_read_rabbitmq() {
  local endpoint=$1 id app unit
  local -a ids units
  _capture_lines ids relation-ids -- "$endpoint"
  for id in "${ids[@]}"; do
    _relation_read[$endpoint]=related
    _capture app relation-list -r "$id" --app
    if [[ -n $app ]] && _rabbitmq_databag "$endpoint" "$id" app "$app"; then
      return 0
    fi
    _sorted_units units "$id"
    for unit in "${units[@]}"; do
      if _rabbitmq_databag "$endpoint" "$id" unit "$unit"; then
        return 0
      fi
    done
  done
  return 0
}

# Reads RabbitMQ's answer for endpoint $1 from relation $2's databag of the application or unit ($3) named $4;
# fails when it has none.
_rabbitmq_databag() {
  local endpoint=$1 host password user vhost
  local -a get=(relation-get -r "$2")
  [[ $3 == unit ]] || get+=(--app)
  _capture host "${get[@]}" -- hostname "$4"
  [[ -n $host ]] || _capture host "${get[@]}" -- private-address "$4"
  _capture password "${get[@]}" -- password "$4"
  [[ -n $host && -n $password ]] || return 1
  _found "$endpoint" "$host" "${_client_port[$endpoint]}"
  _request_value user "$endpoint" username
  _request_value vhost "$endpoint" vhost
  _relation_username[$endpoint]=$user
  _relation_password[$endpoint]=$password
  _relation_database[$endpoint]=$vhost
}

# Percent-encodes $2 into the variable named $1 as Python's urllib.parse.quote(text, safe="") does: every byte of
# its UTF-8 form but A-Z a-z 0-9 _ . - ~ becomes %XX.
_url_quote() {
  local LC_ALL=C
  local __text=$2 __out='' __c __i
  for ((__i = 0; __i < ${#__text}; __i++)); do
    __c=${__text:__i:1}
    case $__c in
      [A-Za-z0-9_.~-]) __out+=$__c ;;
      *)
        printf -v __c '%%%02X' "'$__c"
        __out+=$__c
        ;;
    esac
  done
  printf -v "$1" '%s' "$__out"
}

# What a relation lacks while it has no data, for the waiting status.
_awaited() {
  case ${_client_protocol[$1]:-generated} in
    data-platform) printf '%s to create the %s and user (relation %s)' "${_client_provider[$1]}" \
      "${_client_resource_key[$1]}" "$1" ;;
    rabbitmq) printf '%s to create the user (relation %s)' "${_client_provider[$1]}" "$1" ;;
    *) printf 'the address of %s' "$1" ;;
  esac
}

# Stores in the variable named $1 what stands in for $4, the original text of a piece of kind $2 in a value, from
# the relation on endpoint $3; sets a problem when a required relation has no data yet. These are the rules of the
# Kubernetes flavour's layer.relation_value, plus the map of a machine provider's ports:
#   - without data (an optional relation that is absent) every piece keeps its original text;
#   - host: the provider's host;
#   - port: the host port the provider maps it to (port-map, "container:host/protocol" items, which machine charms
#     publish); else it stays when the provider listens on it (ports, "port/protocol" items) or gives no main port;
#     else the provider's main port (port);
#   - username, password: the ones a Charmhub charm made ('' when it gave none);
#   - database: the database (topic, index, vhost) it made, else the original; database-path: the same URL-quoted;
#   - userinfo: "user[:password]@", both URL-quoted.
_relation_value() {
  local __kind=$2 __endpoint=$3 __original=$4 __item __quoted __password
  local -a __items
  printf -v "$1" '%s' "$__original"
  _read_relation "$__endpoint"
  _ok || return 0
  if [[ -z ${_relation_host[$__endpoint]:-} ]]; then
    if [[ ${_endpoint_required[$__endpoint]} == required ]]; then
      if [[ ${_relation_read[$__endpoint]} == related ]]; then
        _problem waiting "waiting for $(_awaited "$__endpoint")"
      else
        _problem waiting "waiting for relation $__endpoint"
      fi
    fi
    return 0
  fi
  case $__kind in
    host) printf -v "$1" '%s' "${_relation_host[$__endpoint]}" ;;
    port)
      _split_commas __items "${_relation_port_map[$__endpoint]}"
      for __item in "${__items[@]}"; do
        if [[ $__item == "$__original:"*/tcp ]]; then
          __item=${__item#*:}
          printf -v "$1" '%s' "${__item%/*}"
          return 0
        fi
      done
      _split_commas __items "${_relation_ports[$__endpoint]}"
      for __item in "${__items[@]}"; do
        if [[ ${__item%%/*} == "$__original" ]]; then
          return 0
        fi
      done
      if [[ -n ${_relation_port[$__endpoint]} ]]; then
        printf -v "$1" '%s' "${_relation_port[$__endpoint]}"
      fi
      ;;
    username) printf -v "$1" '%s' "${_relation_username[$__endpoint]:-}" ;;
    password) printf -v "$1" '%s' "${_relation_password[$__endpoint]:-}" ;;
    database)
      if [[ -n ${_relation_database[$__endpoint]:-} ]]; then
        printf -v "$1" '%s' "${_relation_database[$__endpoint]}"
      fi
      ;;
    database-path)
      if [[ -n ${_relation_database[$__endpoint]:-} ]]; then
        _url_quote "$1" "${_relation_database[$__endpoint]}"
      fi
      ;;
    userinfo)
      _url_quote __quoted "${_relation_username[$__endpoint]:-}"
      __password=${_relation_password[$__endpoint]:-}
      if [[ -n $__password ]]; then
        _url_quote __password "$__password"
        __quoted+=":$__password"
      fi
      printf -v "$1" '%s' "$__quoted@"
      ;;
  esac
}

# Computes charm_env from the parts of every variable. A variable with an unset option is left out.
_resolve_env() {
  local i j end kind value part omit
  charm_env=()
  for i in "${!_env_names[@]}"; do
    value=''
    omit=false
    j=${_env_start[i]}
    end=$((j + _env_count[i]))
    while [[ $j -lt $end ]]; do
      kind=${_env_parts[j]}
      part=''
      case $kind in
        text)
          part=${_env_parts[j + 1]}
          j=$((j + 2))
          ;;
        config)
          _option_value part "${_env_parts[j + 1]}" "${_env_parts[j + 2]}" || omit=true
          j=$((j + 3))
          ;;
        secret)
          _secret_value part "${_env_parts[j + 1]}" "${_env_parts[j + 2]}" || omit=true
          j=$((j + 3))
          ;;
        *)
          _relation_value part "$kind" "${_env_parts[j + 1]}" "${_env_parts[j + 2]}"
          j=$((j + 3))
          ;;
      esac
      _ok || return 0
      value+=$part
    done
    [[ $omit == true ]] || charm_env+=("${_env_names[i]}=$value")
  done
}

_resolve_storage() {
  local i location
  local -a ids
  _storage_paths=()
  for ((i = 0; i < ${#_storages[@]}; i += 3)); do
    _capture_lines ids storage-list -- "${_storages[i]}"
    if [[ ${#ids[@]} -eq 0 ]]; then
      _problem waiting "waiting for storage ${_storages[i]}"
      return 0
    fi
    _capture location storage-get -s "${ids[0]}" -- location
    if [[ -z $location || $location == *[:,]* ]]; then
      _problem blocked "storage ${_storages[i]} has no usable location ('$location')"
      return 0
    fi
    _storage_paths+=("$location")
  done
}

_resolve_secret_files() {
  local i content
  _secret_contents=()
  for ((i = 0; i < ${#_secret_files[@]}; i += 5)); do
    if ! _secret_value content "${_secret_files[i]}" "${_secret_files[i + 1]}"; then
      _problem blocked "secret option ${_secret_files[i]} is not set"
    fi
    _ok || return 0
    _secret_contents+=("$content")
  done
}

# Everything the container needs that may not be there yet. Sets a problem when something is missing.
_resolve() {
  _required
  _ok || return 0
  _resolve_env
  _ok || return 0
  _resolve_storage
  _ok || return 0
  _resolve_secret_files
}

# ---------------------------------------------------------------------------------------------------------------
# The container.

# One word in single quotes for /bin/sh, the way Docker runs a health check command.
_sh_quote() {
  local q="'\\''"
  printf "'%s'" "${1//\'/$q}"
}

_secret_file_path() { printf '%s' "$charm_state_dir/secrets/$1"; }

# Computes charm_run_args and charm_config_hash from the facts and what _resolve found.
_build_run_args() {
  local i word mode address
  local -a a=("--label=$CHARM_LABEL_UNIT=$charm_unit")
  for word in "${WORKLOAD_LABELS[@]}"; do
    a+=("--label=$word")
  done
  for word in "${charm_env[@]}"; do
    a+=("--env=$word")
  done
  for ((i = 0; i < ${#_ports[@]}; i += 4)); do
    address=${_ports[i + 2]}
    if [[ $address == *:* ]]; then
      address="[$address]"
    fi
    if [[ -n $address ]]; then
      a+=("--publish=$address:${_ports[i + 1]}:${_ports[i]}/${_ports[i + 3]}")
    elif [[ -n ${_ports[i + 1]} ]]; then
      a+=("--publish=${_ports[i + 1]}:${_ports[i]}/${_ports[i + 3]}")
    else
      a+=("--publish=${_ports[i]}/${_ports[i + 3]}")
    fi
  done
  for ((i = 0; i < ${#_volumes[@]}; i += 3)); do
    mode=''
    [[ ${_volumes[i + 2]} == rw ]] || mode=:ro
    a+=("--volume=$charm_container-${_volumes[i]}:${_volumes[i + 1]}$mode")
  done
  for ((i = 0; i < ${#_storages[@]}; i += 3)); do
    mode=''
    [[ ${_storages[i + 2]} == rw ]] || mode=:ro
    a+=("--volume=${_storage_paths[i / 3]}:${_storages[i + 1]}$mode")
  done
  for ((i = 0; i < ${#_secret_files[@]}; i += 5)); do
    a+=("--volume=$(_secret_file_path "$((i / 5))"):${_secret_files[i + 2]}:ro")
  done
  a+=("--restart=$WORKLOAD_RESTART" "--stop-timeout=$WORKLOAD_STOP_TIMEOUT")
  if [[ -n $WORKLOAD_USER ]]; then
    a+=("--user=$WORKLOAD_USER")
  fi
  if [[ -n $WORKLOAD_WORKDIR ]]; then
    a+=("--workdir=$WORKLOAD_WORKDIR")
  fi
  case $WORKLOAD_HEALTH in
    disabled) a+=(--no-healthcheck) ;;
    shell) a+=("--health-cmd=${WORKLOAD_HEALTH_TEST[0]}") ;;
    exec)
      word=''
      for i in "${!WORKLOAD_HEALTH_TEST[@]}"; do
        word+="${word:+ }$(_sh_quote "${WORKLOAD_HEALTH_TEST[i]}")"
      done
      a+=("--health-cmd=$word")
      ;;
  esac
  if [[ $WORKLOAD_HEALTH == shell || $WORKLOAD_HEALTH == exec ]]; then
    [[ -z $WORKLOAD_HEALTH_INTERVAL ]] || a+=("--health-interval=$WORKLOAD_HEALTH_INTERVAL")
    [[ -z $WORKLOAD_HEALTH_TIMEOUT ]] || a+=("--health-timeout=$WORKLOAD_HEALTH_TIMEOUT")
    [[ -z $WORKLOAD_HEALTH_START_PERIOD ]] || a+=("--health-start-period=$WORKLOAD_HEALTH_START_PERIOD")
    [[ -z $WORKLOAD_HEALTH_RETRIES ]] || a+=("--health-retries=$WORKLOAD_HEALTH_RETRIES")
  fi
  # The image's entrypoint is replaced by the first word; the other words go before the command, as exec would.
  if [[ $WORKLOAD_ENTRYPOINT_SET == true ]]; then
    a+=("--entrypoint=${WORKLOAD_ENTRYPOINT[0]:-}")
  fi
  a+=("${WORKLOAD_RUN_OPTIONS[@]}" -- "$charm_image")
  if [[ $WORKLOAD_ENTRYPOINT_SET == true ]]; then
    a+=("${WORKLOAD_ENTRYPOINT[@]:1}")
  fi
  if [[ $WORKLOAD_COMMAND_SET == true ]]; then
    a+=("${WORKLOAD_COMMAND[@]}")
  fi
  charm_run_args=("${a[@]}")
  charm_config_hash=$(
    {
      printf '%s\0' "$charm_runtime" "$charm_image_id" "${a[@]}"
      printf '%s\0' "${_secret_contents[@]}"
    } | sha256sum
  )
  charm_config_hash=${charm_config_hash%% *}
}

_write_secret_files() {
  local i file
  [[ ${#_secret_files[@]} -gt 0 ]] || return 0
  mkdir -p -- "$charm_state_dir"
  [[ -d $charm_state_dir/secrets ]] || mkdir -m 0700 -- "$charm_state_dir/secrets"
  for ((i = 0; i < ${#_secret_files[@]}; i += 5)); do
    file=$(_secret_file_path "$((i / 5))")
    (umask 077 && printf '%s' "${_secret_contents[i / 5]}" >"$file.new")
    chmod -- "${_secret_files[i + 3]}" "$file.new"
    if [[ -n ${_secret_files[i + 4]} ]]; then
      chown -- "${_secret_files[i + 4]}" "$file.new"
    fi
    mv -f -- "$file.new" "$file"
  done
}

_state_status='' _state_exit='' _state_health='' _state_hash=''

# Reads a container's state; fails when there is no such container.
_inspect() {
  local out
  out=$(_rt container inspect \
    "--format={{.State.Status}}|{{.State.ExitCode}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}|{{index .Config.Labels \"$CHARM_LABEL_HASH\"}}" \
    -- "$1" 2>/dev/null) || return 1
  IFS='|' read -r _state_status _state_exit _state_health _state_hash <<<"$out"
}

# Waits until a container that was just started runs (and is healthy, when it has a health check). Sets a problem
# when it stops or turns unhealthy; after WORKLOAD_READY_TIMEOUT seconds of "starting" it goes on.
_await() {
  local waited=0
  while :; do
    sleep 1
    waited=$((waited + 1))
    if ! _inspect "$1"; then
      _problem blocked "the new container disappeared"
      return 0
    fi
    case $_state_status/$_state_health in
      running/ | running/healthy) return 0 ;;
      running/unhealthy)
        _problem blocked "the new container is unhealthy"
        return 0
        ;;
      running/* | created/* | configured/*)
        if [[ $waited -ge $WORKLOAD_READY_TIMEOUT ]]; then
          charm_warn "the new container is still starting after ${waited}s; going on"
          return 0
        fi
        ;;
      *)
        _problem blocked "the new container exited (code $_state_exit)"
        return 0
        ;;
    esac
  done
}

# Starts a container and waits for it; sets a problem when it does not come up.
_start_new() {
  local err
  if ! err=$(_rt start -- "$1" 2>&1 >/dev/null); then
    charm_error "$err"
    _problem blocked "cannot start the container: ${err%%$'\n'*}"
    return 0
  fi
  _await "$1"
}

# Logs the end of a failed container's output, then removes it.
_discard() {
  local logs
  if logs=$(_rt logs --tail=20 -- "$1" 2>&1); then
    charm_error "the last lines of $1: $logs"
  fi
  _rt rm --force --volumes -- "$1" >/dev/null
}

# Replaces (or creates) the container. $1: whether one exists; $2: whether it runs.
#
# The new container is created beside the old one first. When nothing publishes a fixed host port and no writable
# volume would be shared (WORKLOAD_REPLACE=start-first), it also starts before the old one stops; otherwise the old
# one stops first. Either way the old one is removed only once the new one runs, and comes back if it does not.
_replace() {
  local old=$1 old_running=$2 name=$charm_container next="$charm_container-next" err
  if _inspect "$next"; then
    _rt rm --force --volumes -- "$next" >/dev/null
  fi
  _status maintenance "creating the container"
  if ! err=$(_rt create "--name=$next" "--label=$CHARM_LABEL_HASH=$charm_config_hash" "${charm_run_args[@]}" 2>&1 >/dev/null); then
    charm_error "$err"
    _problem blocked "cannot create the container: ${err%%$'\n'*}"
    return 0
  fi
  _write_state runtime "$charm_runtime"
  if [[ $old == false ]]; then
    _status maintenance "starting the container"
    _start_new "$next"
    # kept, even when it failed, so that its logs are there under the usual name
  elif [[ $WORKLOAD_REPLACE == start-first ]]; then
    _status maintenance "starting the new container beside the old one"
    _start_new "$next"
    if ! _ok; then
      _discard "$next"
      _problem_message+="; the previous container keeps running"
      return 0
    fi
    if [[ $old_running == true ]]; then
      _rt stop -- "$name" >/dev/null
    fi
  else
    _status maintenance "replacing the container"
    if [[ $old_running == true ]]; then
      _rt stop -- "$name" >/dev/null
    fi
    _start_new "$next"
    if ! _ok; then
      _discard "$next"
      if [[ $old_running == true ]]; then
        _rt start -- "$name" >/dev/null
        _problem_message+="; the previous container runs again"
      fi
      return 0
    fi
  fi
  if [[ $old == true ]]; then
    _rt rm --volumes -- "$name" >/dev/null
  fi
  _rt rename -- "$next" "$name"
  charm_replaced=true
}

# ---------------------------------------------------------------------------------------------------------------
# Ports and relations.

_published=()     # container-port host-port protocol host-address, for the ports whose host port is known
_main_port=''     # the host port of the first port published on a fixed host port, else of the first port

# Finds the host port of every published port: the fixed one, or the one the runtime chose.
_read_published_ports() {
  local i host line main=''
  _published=()
  _main_port=''
  for ((i = 0; i < ${#_ports[@]}; i += 4)); do
    host=${_ports[i + 1]}
    if [[ -z $host || $host == *-* ]]; then
      if line=$(_rt port -- "$charm_container" "${_ports[i]}/${_ports[i + 3]}" 2>/dev/null) && [[ -n $line ]]; then
        line=${line%%$'\n'*}
        host=${line##*:}
      else
        continue
      fi
    elif [[ -z $main ]]; then
      main=$host
    fi
    _published+=("${_ports[i]}" "$host" "${_ports[i + 3]}" "${_ports[i + 2]}")
  done
  _main_port=${main:-${_published[1]:-}}
}

# Opens the published ports in Juju (for "juju expose") and closes the ones this unit no longer publishes.
_sync_ports() {
  local i port
  local -a opened missing
  local -A wanted=() have=()
  for ((i = 0; i < ${#_published[@]}; i += 4)); do
    case ${_published[i + 2]}/${_published[i + 3]} in
      sctp/* | */127.* | */::1 | */localhost) continue ;;
    esac
    wanted["${_published[i + 1]}/${_published[i + 2]}"]=1
  done
  _capture_lines opened opened-ports
  for port in "${opened[@]}"; do
    port=${port%% *}
    have[$port]=1
    if [[ -z ${wanted[$port]:-} ]]; then
      close-port -- "$port"
    fi
  done
  missing=()
  for port in "${!wanted[@]}"; do
    [[ -n ${have[$port]:-} ]] || missing+=("$port")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort)
  fi
  for port in "${missing[@]}"; do
    open-port -- "$port"
  done
}

# Stores in the variable named $1 this unit's address on endpoint $2: its ingress address, else its private address.
_unit_address() {
  if ! _capture "$1" network-get --ingress-address -- "$2" 2>/dev/null || [[ -z ${!1} ]]; then
    _capture "$1" unit-get private-address
  fi
}

# Publishes this unit's address and ports on every relation of every endpoint it provides, in the Kubernetes
# flavour's terms (host, main port, "port/protocol" items), plus the map from container to host ports; and asks the
# ingress charms it requires to route to it.
_publish() {
  local i id address ports='' map=''
  local -a ids
  for ((i = 0; i < ${#_published[@]}; i += 4)); do
    ports+="${ports:+,}${_published[i + 1]}/${_published[i + 2]}"
    map+="${map:+,}${_published[i]}:${_published[i + 1]}/${_published[i + 2]}"
  done
  for ((i = 0; i < ${#_endpoints[@]}; i += 3)); do
    [[ ${_endpoints[i + 1]} == provides ]] || continue
    _capture_lines ids relation-ids -- "${_endpoints[i]}"
    [[ ${#ids[@]} -gt 0 ]] || continue
    _unit_address address "${_endpoints[i]}"
    for id in "${ids[@]}"; do
      relation-set -r "$id" -- "host=$address" "port=$_main_port" "ports=$ports" "port-map=$map"
    done
  done
  _request_ingress
}

# Stores in the variable named $1 the JSON string of $2 (ASCII escapes for quotes, backslashes and control
# characters; other characters as they are).
_json_string() {
  local __text=$2 __out='' __c __i
  for ((__i = 0; __i < ${#__text}; __i++)); do
    __c=${__text:__i:1}
    case $__c in
      '"' | \\) __out+="\\$__c" ;;
      [[:cntrl:]])
        printf -v __c '\\u%04x' "'$__c"
        __out+=$__c
        ;;
      *) __out+=$__c ;;
    esac
  done
  printf -v "$1" '"%s"' "$__out"
}

_leader=''

# True when this unit is the leader (asked once per hook).
_is_leader() {
  [[ -n $_leader ]] || _capture _leader is-leader
  [[ $_leader == True ]]
}

# Asks each ingress charm this charm requires to route to it (ingress v2, JSON-encoded values): every unit
# publishes its address in its unit databag; the leader gives the application's name, model and main port.
_request_ingress() {
  local i id address app model
  local -a ids
  for ((i = 0; i < ${#_clients[@]}; i += 6)); do
    [[ ${_clients[i + 1]} == ingress ]] || continue
    _capture_lines ids relation-ids -- "${_clients[i]}"
    [[ ${#ids[@]} -gt 0 ]] || continue
    _unit_address address "${_clients[i]}"
    _json_string address "$address"
    _json_string app "${charm_unit%/*}"
    _json_string model "${JUJU_MODEL_NAME:-}"
    for id in "${ids[@]}"; do
      relation-set -r "$id" -- "host=$address"
      if _is_leader; then
        relation-set -r "$id" --app -- "name=$app" "model=$model" ${_main_port:+"port=$_main_port"}
      fi
    done
  done
}

# Asks each Charmhub charm this charm requires for what it needs (a database, topic, index, user or vhost): the
# leader writes the request into the application databag of every relation of the endpoint. Writing the same
# values again changes nothing, so every reconciling hook does it, whatever else is missing.
_send_requests() {
  local i j id
  local -a ids fields
  for ((i = 0; i < ${#_clients[@]}; i += 6)); do
    fields=()
    for ((j = 0; j < ${#_requests[@]}; j += 3)); do
      [[ ${_requests[j]} != "${_clients[i]}" ]] || fields+=("${_requests[j + 1]}=${_requests[j + 2]}")
    done
    [[ ${#fields[@]} -gt 0 ]] || continue
    _capture_lines ids relation-ids -- "${_clients[i]}"
    [[ ${#ids[@]} -gt 0 ]] || continue
    _is_leader || return 0
    for id in "${ids[@]}"; do
      relation-set -r "$id" --app -- "${fields[@]}"
    done
  done
}

_set_version() {
  local version commit
  if [[ $WORKLOAD_SOURCE == build ]]; then
    _read_state commit commit || return 0
    version=${commit:0:12}
  else
    version=${charm_image%%@*}
    version=${version##*/}
    if [[ $version == *:* ]]; then
      version=${version##*:}
    else
      version=latest
    fi
  fi
  application-version-set -- "$version"
}

# Sets the unit's status from the container's state.
_assess() {
  if ! _inspect "$charm_container"; then
    _status waiting "the container is not created yet"
    return 0
  fi
  case $_state_status in
    running)
      case $_state_health in
        '' | healthy) _status active '' ;;
        starting) _status waiting starting ;;
        unhealthy) _status blocked "container is unhealthy" ;;
        *) _status active "health: $_state_health" ;;
      esac
      ;;
    exited | stopped) _status blocked "container exited (code $_state_exit)" ;;
    created | configured) _status waiting "the container is created but not started" ;;
    restarting) _status blocked "container keeps restarting (last exit code $_state_exit)" ;;
    paused) _status blocked "container is paused" ;;
    *) _status blocked "container is $_state_status" ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------------
# What the hooks and actions call.

# Brings the container to the wanted state: the right image, options, secrets and relation data, running.
charm_reconcile() {
  _send_requests
  _load_options
  [[ -z $charm_runtime ]] || _ensure_runtime
  _ok || { _report_problem; return 0; }
  _reconcile
}

# charm_reconcile once the options are read and the runtime is there. $1: "refresh" to pull or build the image again.
_reconcile() {
  local exists=false running=false
  _leave_previous_runtime
  _ensure_image "${1:-}"
  _ok || { _report_problem; return 0; }
  _resolve
  _ok || { _report_problem; return 0; }
  _build_run_args
  if _inspect "$charm_container"; then
    exists=true
    [[ $_state_status != running ]] || running=true
  fi
  if [[ $exists == true && $_state_hash == "$charm_config_hash" ]]; then
    if [[ $running == false ]]; then
      _status maintenance "starting the container"
      _start_new "$charm_container"
      _ok || { _report_problem; return 0; }
    fi
  else
    charm_log "the container's configuration changed; replacing it"
    _write_secret_files
    _replace "$exists" "$running"
    _ok || { _report_problem; return 0; }
  fi
  _read_published_ports
  _sync_ports
  _publish
  _set_version
  _assess
}

charm_install() {
  _load_options
  [[ -z $charm_runtime ]] || _ensure_runtime
  _ok || { _report_problem; return 0; }
  if [[ $WORKLOAD_PULL_POLICY == always ]]; then
    _ensure_image refresh
  else
    _ensure_image
  fi
  _ok || { _report_problem; return 0; }
  _assess
}

charm_config_changed() { charm_reconcile; }

charm_start() { charm_reconcile; }

charm_upgrade() {
  charm_log "the charm was upgraded"
  charm_reconcile
}

# $1: the endpoint; $2: joined, changed, departed or broken.
charm_relation() {
  charm_log "relation $1 $2${JUJU_REMOTE_UNIT:+ (unit $JUJU_REMOTE_UNIT)}"
  charm_reconcile
}

# This unit became the leader: it asks the Charmhub charms for what the charm needs.
charm_leader_elected() {
  charm_log "this unit is the leader"
  charm_reconcile
}

# A secret that an option names has a new revision (or a Charmhub charm changed the credentials it gave).
charm_secret_changed() {
  charm_log "secret ${JUJU_SECRET_ID:-} changed"
  charm_reconcile
}

charm_storage_attached() {
  charm_log "storage $1 is attached"
  charm_reconcile
}

# The container must not write to storage that goes away: stop it.
charm_storage_detaching() {
  _load_recorded_runtime
  if [[ -n $charm_runtime ]] && _inspect "$charm_container" && [[ $_state_status == running ]]; then
    charm_log "stopping the container: storage $1 is detaching"
    _rt stop -- "$charm_container" >/dev/null
  fi
  _status waiting "storage $1 is detaching"
}

charm_update_status() {
  _load_options
  _ok || { _report_problem; return 0; }
  _load_recorded_runtime
  if ! command -v -- "$charm_runtime" >/dev/null; then
    _status blocked "$charm_runtime is not installed"
    return 0
  fi
  _resolve
  _ok || { _report_problem; return 0; }
  _assess
}

charm_stop() {
  _load_options
  _load_recorded_runtime
  if [[ -n $charm_runtime ]] && _inspect "$charm_container" && [[ $_state_status == running ]]; then
    _status maintenance "stopping the container"
    _rt stop -- "$charm_container" >/dev/null
  fi
}

# Removes the containers and the image this unit built. Named volumes stay: they hold data.
charm_remove() {
  local name i
  _load_options
  _load_recorded_runtime
  if [[ -n $charm_runtime ]] && command -v -- "$charm_runtime" >/dev/null; then
    for name in "$charm_container-next" "$charm_container"; do
      if _inspect "$name"; then
        _rt rm --force --volumes -- "$name" >/dev/null
      fi
    done
    if [[ $WORKLOAD_SOURCE == build ]] && _image_id; then
      _rt image rm -- "$charm_image" >/dev/null
    fi
    for ((i = 0; i < ${#_volumes[@]}; i += 3)); do
      charm_log "kept volume $charm_container-${_volumes[i]} (remove it with: $charm_runtime volume rm $charm_container-${_volumes[i]})"
    done
  fi
  rm -rf -- "$charm_state_dir"
}

charm_action_restart() {
  _load_options
  _ok || { _report_problem; return 0; }
  _load_recorded_runtime
  if _inspect "$charm_container"; then
    _status maintenance "restarting the container"
    _rt restart -- "$charm_container" >/dev/null
    _assess
  else
    charm_reconcile
    _ok || return 0
  fi
  _inspect "$charm_container" || _die "there is no container to restart"
  action-set -- "container=$charm_container" "state=$_state_status"
}

charm_action_rebuild() {
  _load_options
  [[ -z $charm_runtime ]] || _ensure_runtime
  _ok || { _report_problem; return 0; }
  _reconcile refresh
  _ok || return 0
  action-set -- "image=$charm_image" "image-id=$charm_image_id" "replaced=$charm_replaced"
}
