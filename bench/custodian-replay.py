"""Run Cloud Custodian's CLI with every AWS call answered from flight data (placebo layout).

Used by bench/run.mjs and bench/startup.mjs to measure Cloud Custodian on the same replayed
account as c7n-ts. Usage:

    python3 bench/custodian-replay.py FLIGHT_DIR custodian-args...
    python3 bench/custodian-replay.py - custodian-args...      # no replay (version, validate)
    python3 bench/custodian-replay.py --package POLICY_FILE POLICY_NAME ZIP
    python3 bench/custodian-replay.py --lambda FLIGHT_DIR TASK_ROOT EVENT_FILE OUTPUT_DIR

`--package` builds the policy's Lambda archive as `custodian deploy` does (c7n.mu.PolicyLambda:
the c7n package's files, config.json, custodian_policy.py) and prints its size in bytes.

`--lambda` is one cold start of that function, unzipped in TASK_ROOT (bench/lambda.mjs): as the
python Lambda runtime, only the standard library, the runtime's AWS SDK (boto3, botocore and their
dependencies) and the archive's modules are importable (c7n then runs without yaml, jsonschema
or aws_xray_sdk, as in Lambda); the working directory is TASK_ROOT, the handler module
`custodian_policy` is imported and its `run(event, context)` called with the event in EVENT_FILE
and a minimal context. Cloud Custodian's handler writes to /tmp in Lambda (`c7n.handler.init_config`);
here its output goes to OUTPUT_DIR instead, so that runs do not share a directory.

`--account-id ID` among the arguments (c7n-ts's flag, which `custodian run` lacks) is taken out
and answers sts.GetCallerIdentity when the flight data has no answer for it.

Cloud Custodian (the `c7n` package) must be importable: installed, or on PYTHONPATH.

Each call `<endpointPrefix>.<Operation>` is answered by the next file
`FLIGHT_DIR/<endpointPrefix>.<Operation>_<n>.json` (`{"status_code": ..., "data": ...}`), as
placebo replays them; datetimes are `{"__class__": "datetime", ...}` objects, read as UTC. A call
with no file left is answered with an empty result and counted; the count is printed on stderr at
exit, so a measurement that served nothing is seen.

With BENCH_RSS_FILE set, writes the process's peak RSS (KiB) and CPU time (microseconds) there
at exit, as bench/rss-hook.mjs does for c7n-ts.
"""

import atexit
import json
import os
import sys
from datetime import datetime, timezone


def _decode(obj):
    if obj.get("__class__") == "datetime":
        fields = {k: v for k, v in obj.items() if k != "__class__"}
        return datetime(tzinfo=timezone.utc, **fields)
    return obj


class _Http:
    def __init__(self, status):
        self.status_code = status
        self.headers = {}
        self.content = b""
        self.raw = None


def _install(flight_dir, account_id):
    import boto3.session

    counters = {}
    missing = {}

    def answer(event_name=None, model=None, **kwargs):
        key = f"{model.service_model.endpoint_prefix}.{model.name}"
        n = counters.get(key, 0) + 1
        counters[key] = n
        path = os.path.join(flight_dir, f"{key}_{n}.json")
        if not os.path.exists(path) and key == "sts.GetCallerIdentity":
            return _Http(200), {"Account": account_id, "UserId": "replay",
                                "Arn": f"arn:aws:iam::{account_id}:user/replay"}
        if not os.path.exists(path):
            missing[key] = missing.get(key, 0) + 1
            return _Http(200), {"ResponseMetadata": {}}
        with open(path) as f:
            recorded = json.load(f, object_hook=_decode)
        return _Http(recorded.get("status_code", 200)), recorded.get("data", {})

    original = boto3.session.Session.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.events.register("before-call.*.*", answer)

    boto3.session.Session.__init__ = init

    def report():
        served = sum(counters.values())
        print(f"custodian-replay: {served} calls, {sum(missing.values())} unanswered "
              f"{json.dumps(missing) if missing else ''}", file=sys.stderr)

    atexit.register(report)


# What the python3.x Lambda runtime can import besides the standard library and the archive.
RUNTIME_PACKAGES = {"boto3", "botocore", "s3transfer", "jmespath", "dateutil", "urllib3", "six"}


class _LambdaRuntimeOnly:
    """Import finder refusing top-level modules the Lambda runtime would not find."""

    def __init__(self, task_root):
        self.task_root = task_root

    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in sys.stdlib_module_names or top in RUNTIME_PACKAGES:
            return None
        if os.path.exists(os.path.join(self.task_root, top)) or os.path.exists(
                os.path.join(self.task_root, top + ".py")):
            return None
        raise ModuleNotFoundError(f"No module named {name!r} (not in the Lambda runtime)", name=name)


class _Context:
    """The fields of Lambda's context object, for a function of this account and region."""

    def __init__(self, name, region, account_id):
        self.function_name = name
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:{region}:{account_id}:function:{name}"
        self.memory_limit_in_mb = "512"
        self.aws_request_id = "bench"
        self.log_group_name = f"/aws/lambda/{name}"
        self.log_stream_name = "bench"

    def get_remaining_time_in_millis(self):
        return 900_000


def _lambda(flight_dir, task_root, event_file, output_dir, account_id):
    import logging

    # Absolute: the handler runs in TASK_ROOT.
    flight_dir, task_root, event_file, output_dir = map(
        os.path.abspath, (flight_dir, task_root, event_file, output_dir))
    sys.path.insert(0, task_root)
    sys.meta_path.insert(0, _LambdaRuntimeOnly(task_root))
    _install(flight_dir, account_id)
    # The runtime's own log handler: each record is a line on stdout (CloudWatch Logs).
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("[%(levelname)s]\t%(asctime)s\t%(name)s\t%(message)s"))
    logging.getLogger().addHandler(out)
    os.chdir(task_root)
    import custodian_policy
    from c7n import handler

    init_config = handler.init_config

    def init_config_here(policy_data):
        config = init_config(policy_data)
        config["output_dir"] = output_dir
        return config

    handler.init_config = init_config_here
    with open(event_file) as f:
        event = json.load(f)
    region = os.environ.get("AWS_REGION", "us-east-1")
    name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "custodian-bench")
    result = custodian_policy.run(event, _Context(name, region, account_id))
    print(f"custodian-replay: handler returned {result!r}", file=sys.stderr)


def _package(policy_file, name, zip_path):
    import shutil

    from c7n.config import Config
    from c7n.loader import PolicyLoader
    from c7n.mu import PolicyLambda

    policies = [p for p in PolicyLoader(Config.empty()).load_file(policy_file) if p.name == name]
    if not policies:
        sys.exit(f"{policy_file}: no policy named {name}")
    archive = PolicyLambda(policies[0]).get_archive()
    shutil.copyfile(archive.path, zip_path)
    print(archive.size)


def _write_usage(path):
    import resource

    u = resource.getrusage(resource.RUSAGE_SELF)
    with open(path, "w") as f:
        json.dump({"maxRSS": u.ru_maxrss, "userCPUTime": int(u.ru_utime * 1e6),
                   "systemCPUTime": int(u.ru_stime * 1e6)}, f)


def main():
    if os.environ.get("BENCH_RSS_FILE"):
        atexit.register(_write_usage, os.environ["BENCH_RSS_FILE"])
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    flight_dir = sys.argv[1]
    args = sys.argv[2:]
    account_id = "123456789012"
    if "--account-id" in args:
        at = args.index("--account-id")
        account_id = args[at + 1]
        del args[at:at + 2]
    if flight_dir == "--package":
        if len(args) != 3:
            sys.exit(__doc__)
        return _package(*args)
    if flight_dir == "--lambda":
        if len(args) != 4:
            sys.exit(__doc__)
        os.environ.setdefault("AWS_ACCESS_KEY_ID", "replay")
        os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "replay")
        return _lambda(*args, account_id)
    if flight_dir != "-":
        os.environ.setdefault("AWS_ACCESS_KEY_ID", "replay")
        os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "replay")
        _install(flight_dir, account_id)
    from c7n.cli import main as custodian

    sys.argv = ["custodian"] + args
    custodian()


if __name__ == "__main__":
    main()
