"""Run Cloud Custodian's CLI with every AWS call answered from flight data (placebo layout).

Used by bench/run.mjs and bench/startup.mjs to measure Cloud Custodian on the same replayed
account as c7n-ts. Usage:

    python3 bench/custodian-replay.py FLIGHT_DIR custodian-args...
    python3 bench/custodian-replay.py - custodian-args...      # no replay (version, validate)

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
    if flight_dir != "-":
        os.environ.setdefault("AWS_ACCESS_KEY_ID", "replay")
        os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "replay")
        _install(flight_dir, account_id)
    from c7n.cli import main as custodian

    sys.argv = ["custodian"] + args
    custodian()


if __name__ == "__main__":
    main()
