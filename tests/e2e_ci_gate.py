#!/usr/bin/env python3
"""e2e_ci_gate.py — the CI gate of contrib/ci (docs/ci.md) on a temporary git repository of
profiles, running exactly the commands its definitions run:
- the pre-commit hook (contrib/ci/pre-commit-hooks.yaml): its `entry` on the staged files
  its `files` pattern selects, as pre-commit passes them; a banned practice refuses the
  commit (exit 1), a clean set passes, a bad profile is exit 2 with file:line:col;
- the composite action (contrib/ci/action.yml): its check step's script with the inputs as
  the runner sets them; the SARIF log it writes validates against SARIF 2.1.0 and locates the
  results in the repository's files; the exit code it records makes the last step fail;
  `fail-on` is configurable (binding fails a profile that banned lets pass)."""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import schemas  # noqa: E402
from e2elib import ROOT, finish, ok  # noqa: E402

CI = ROOT / "contrib" / "ci"


def sh(args, cwd, env=None, input=None):
    p = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, input=input)
    return p.returncode, p.stdout, p.stderr


def git(repo, *args):
    rc, out, err = sh(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], repo)
    ok(rc == 0, f"git {' '.join(args)}: {err}")
    return out


def hook_run(repo, hook, env):
    """What pre-commit runs for this hook: the entry, then the staged files its pattern selects."""
    staged = git(repo, "diff", "--cached", "--name-only", "--diff-filter=ACM").split()
    files = [f for f in staged if re.search(hook["files"], f) and f.endswith(".json")]
    if not files:
        return 0, "", ""
    return sh([*shlex.split(hook["entry"]), *hook.get("args", []), *files], repo, env)


def action_step(repo, action, env, inputs):
    """The action's check step: its script with the env the runner makes of the inputs."""
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    e = dict(env)
    vals = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    vals.update(inputs)
    for k, v in step["env"].items():
        m = re.fullmatch(r"\$\{\{ inputs\.([a-z-]+) \}\}", v)
        e[k] = vals[m.group(1)]
    out_file = os.path.join(repo, ".github-output")
    open(out_file, "w").close()
    e["GITHUB_ACTION_PATH"] = str(CI)
    e["GITHUB_OUTPUT"] = out_file
    rc, out, err = sh(["bash", "-e", "-c", step["run"]], repo, e)
    with open(out_file) as f:
        outputs = dict(line.strip().split("=", 1) for line in f if "=" in line)
    return rc, outputs, out + err


def main():
    aigov = os.path.abspath(sys.argv[1])
    with open(CI / "pre-commit-hooks.yaml") as f:
        hook = yaml.safe_load(f)[0]
    with open(CI / "action.yml") as f:
        action = yaml.safe_load(f)
    ok(action["runs"]["using"] == "composite", "the action is a composite action")
    ok(any("upload-sarif" in s.get("uses", "") for s in action["runs"]["steps"]), "the action uploads the SARIF log")
    ok(hook["entry"].startswith("aigov check --fail-on banned"), f"the hook runs aigov check --fail-on banned: {hook['entry']}")
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(aigov) + os.pathsep + env.get("PATH", "")
    env["AIGOV"] = aigov
    repo = tempfile.mkdtemp(prefix="aigov-gate-")
    try:
        git(repo, "init", "-q")
        os.makedirs(os.path.join(repo, "profiles", "hr"))
        shutil.copy(ROOT / "examples" / "customer-chatbot.json", os.path.join(repo, "profiles", "chatbot.json"))
        shutil.copy(ROOT / "examples" / "cv-screener-us-to-eu.json", os.path.join(repo, "profiles", "hr", "cv.json"))
        git(repo, "add", "profiles")
        rc, out, err = hook_run(repo, hook, env)
        ok(rc == 0, f"the hook passes profiles without a banned practice: {rc} {err[-300:]}")
        git(repo, "commit", "-qm", "profiles")

        shutil.copy(ROOT / "examples" / "emotion-recognition-work.json", os.path.join(repo, "profiles", "hr", "emotion.json"))
        git(repo, "add", "profiles")
        rc, out, err = hook_run(repo, hook, env)
        ok(rc == 1 and "BANNED" in out.upper(), f"the hook refuses a banned practice: {rc} {out[:300]!r}")

        rc, outputs, log = action_step(repo, action, env, {"sarif-file": "out/aigov.sarif"})
        ok(rc == 0 and outputs.get("exit-code") == "2" and "cannot write" in log, f"a missing SARIF folder is bad input: {rc} {outputs}")
        os.makedirs(os.path.join(repo, "out"))
        rc, outputs, log = action_step(repo, action, env, {"sarif-file": "out/aigov.sarif"})
        ok(rc == 0 and outputs.get("exit-code") == "1", f"the action records exit code 1 for a banned practice: {rc} {outputs} {log[-300:]}")
        last = action["runs"]["steps"][-1]
        rc, _, _ = sh(["bash", "-c", last["run"]], repo, {**env, "RC": outputs.get("exit-code", "")})
        ok(rc == 1, "the action's last step fails the job")
        import json
        with open(os.path.join(repo, "out", "aigov.sarif")) as f:
            log_ = json.load(f)
        errs = schemas.errors("sarif", log_)
        ok(not errs, f"the action's SARIF validates: {errs}")
        res = log_["runs"][0]["results"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in res}
        ok(uris <= {"profiles/chatbot.json", "profiles/hr/cv.json", "profiles/hr/emotion.json"} and "profiles/hr/emotion.json" in uris,
           f"results are located in the repository's files: {uris}")
        err_res = [r for r in res if r["level"] == "error"]
        ok(err_res and all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "profiles/hr/emotion.json"
                           and r["locations"][0]["physicalLocation"].get("region", {}).get("startLine", 0) > 1 for r in err_res),
           "the banned practice is an error at a line of emotion.json")

        git(repo, "rm", "-q", "--cached", "profiles/hr/emotion.json")
        os.remove(os.path.join(repo, "profiles", "hr", "emotion.json"))
        rc, outputs, log = action_step(repo, action, env, {})
        ok(rc == 0 and outputs.get("exit-code") == "0", f"the action passes without banned practices: {outputs} {log[-300:]}")
        ok(os.path.exists(os.path.join(repo, "aigov.sarif")), "the default SARIF file is written")
        rc, outputs, log = action_step(repo, action, env, {"fail-on": "binding"})
        ok(outputs.get("exit-code") == "1", f"fail-on binding fails a profile with binding duties: {outputs}")

        with open(os.path.join(repo, "profiles", "bad.json"), "w") as f:
            f.write('{\n  "id": "x",\n  "purposes": ["cv_screeing"]\n}\n')
        git(repo, "add", "profiles")
        rc, out, err = hook_run(repo, hook, env)
        ok(rc == 2 and "profiles/bad.json" in err and "did you mean" in err, f"a bad profile: exit 2 naming it: {rc} {err!r}")
    finally:
        shutil.rmtree(repo, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
