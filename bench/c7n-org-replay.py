"""Run Cloud Custodian's c7n-org with every AWS call answered from an organisation's flight data.

Used by bench/org.mjs to measure c7n-org on the organisation `c7n-ts org run --replay` reads
(docs/org.md: DIR/<account-name>/[<region>/]<endpointPrefix>.<Operation>_<n>.json). Usage:

    python3 bench/c7n-org-replay.py FLIGHT_DIR ACCOUNTS_YML c7n-org-args...
    python3 bench/c7n-org-replay.py - - version        # c7n-org importable? prints c7n's version

c7n-org (tools/c7n_org) and Cloud Custodian (c7n) must be importable (installed or on PYTHONPATH).

How each call finds its account and region. c7n-org runs each account×region in a worker
process (a ProcessPoolExecutor, forked: the handler installed here is inherited) and assumes the
account's role there through sts:AssumeRole:
- sts.AssumeRole is answered from the folder of the account whose id is in the RoleArn (mapped
  to its name by ACCOUNTS_YML), in the region of the STS client when that folder exists.
  bench/gen-org.mjs writes there credentials whose AccessKeyId names the account.
- every other call is answered from the folder of the account named by the AccessKeyId of the
  credentials that sign it (the request signer's), in the client's region.
Each folder and operation has its own counter, from _1 on (as c7n-ts's org replay: the answers
do not depend on which worker runs which account); placebo's wrap-around to _1 applies when _n
is missing. Calls signed by credentials no AssumeRole answered, and calls with no file, are
answered with an empty result and written as a line to $BENCH_REPLAY_LOG (when set), so a
measurement that served the wrong data is seen.

With BENCH_RSS_FILE set, the parent writes at exit its own peak RSS and CPU time
(getrusage RUSAGE_SELF) and its reaped children's (RUSAGE_CHILDREN: CPU summed over every
worker, maxrss of the largest one), as JSON (KiB, microseconds).
"""

import atexit
import importlib.util
import json
import os
import re
import sys

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "custodian_replay", os.path.join(_here, "custodian-replay.py"))
_custodian_replay = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_custodian_replay)
_decode = _custodian_replay._decode
_Http = _custodian_replay._Http

_ACCESS_KEY = re.compile(r"^ASIABENCH(\d{12})$")


def _install(flight_dir, accounts_file):
    import boto3.session
    import yaml

    with open(accounts_file) as f:
        accounts = yaml.safe_load(f)["accounts"]
    names = {str(a["account_id"]): a.get("name", str(a["account_id"])) for a in accounts}
    counters = {}
    log_file = os.environ.get("BENCH_REPLAY_LOG")

    def note(kind, key, where):
        if log_file:
            with open(log_file, "a") as f:
                f.write(json.dumps({"pid": os.getpid(), "kind": kind, "call": key,
                                    "where": where}) + "\n")

    def folder(name, region):
        base = os.path.join(flight_dir, name)
        regional = os.path.join(base, region or "")
        return regional if region and os.path.isdir(regional) else base

    def answer(event_name=None, model=None, params=None, request_signer=None, **kwargs):
        key = f"{model.service_model.endpoint_prefix}.{model.name}"
        region = request_signer.region_name if request_signer else None
        access_key = None
        if key == "sts.AssumeRole":
            # STS speaks the query protocol: the request's body holds the parameters.
            account_id = params["body"]["RoleArn"].split(":")[4]
        else:
            credentials = getattr(request_signer, "_credentials", None)
            access_key = credentials.get_frozen_credentials().access_key if credentials else ""
            m = _ACCESS_KEY.match(access_key or "")
            account_id = m.group(1) if m else None
        name = names.get(account_id)
        if name is None:
            note("no-account", key, f"{region} {access_key if key != 'sts.AssumeRole' else account_id}")
            return _Http(200), {"ResponseMetadata": {}}
        where = folder(name, region)
        if key == "sts.AssumeRole" and not os.path.isdir(where):
            where = folder(name, None)
        n = counters.get((where, key), 0) + 1
        counters[(where, key)] = n
        path = os.path.join(where, f"{key}_{n}.json")
        if not os.path.exists(path) and n > 1:
            note("wrapped", key, path)
            path = os.path.join(where, f"{key}_1.json")
        if not os.path.exists(path):
            note("missing", key, path)
            return _Http(200), {"ResponseMetadata": {}}
        with open(path) as f:
            recorded = json.load(f, object_hook=_decode)
        return _Http(recorded.get("status_code", 200)), recorded.get("data", {})

    original = boto3.session.Session.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.events.register("before-call.*.*", answer)

    boto3.session.Session.__init__ = init


def _write_usage(path, parent):
    import resource

    if os.getpid() != parent:
        return
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "w") as f:
        json.dump({
            "maxRSS": me.ru_maxrss, "userCPUTime": int(me.ru_utime * 1e6),
            "systemCPUTime": int(me.ru_stime * 1e6),
            "children": {"maxRSS": kids.ru_maxrss, "userCPUTime": int(kids.ru_utime * 1e6),
                         "systemCPUTime": int(kids.ru_stime * 1e6)},
        }, f)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    flight_dir, accounts_file, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    if args == ["version"]:
        import c7n_org.cli  # noqa: F401  (importable, with its dependencies)
        from c7n.version import version
        print(version)
        return
    if os.environ.get("BENCH_RSS_FILE"):
        atexit.register(_write_usage, os.environ["BENCH_RSS_FILE"], os.getpid())
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "replay")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "replay")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    _install(os.path.abspath(flight_dir), accounts_file)
    from c7n_org.cli import cli

    sys.argv = ["c7n-org"] + args
    cli()


if __name__ == "__main__":
    main()
