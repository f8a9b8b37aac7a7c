"""Assay code-evaluator harness: runs ONE batch of a user's evaluate() inside bubblewrap.

Protocol (see protocol.ts):
  stdin  line 1: config JSON {mode, code, limits, messages};
         then one item per line {i, sample, ground_truth}.
  fd 3   results, one JSON object per line: ready | result | fatal | validation.
  fd 1/2 raw output; user print() output is captured per item in Python, so these carry only
         writes that bypass sys.stdout (os.write, C extensions). The host counts and caps them.

This file runs before any user code and is trusted; everything after load_user_code() is not.
"""

# Only what every batch needs is imported up front: start-up time is paid once per batch, and
# ast/inspect/traceback alone would add tens of milliseconds. The rest is imported on first use.
import errno
import json
import math
import numbers
import os
import resource
import signal
import sys
import time
import types

RESULT_FD = 3
# Exit code the host understands (failure.ts).
EXIT_OUT_OF_MEMORY = 3
HARNESS_FILE = __file__
USER_FILE = "evaluator.py"
TRACEBACK_LINES = 20
OUTPUT_TAIL_CHARS = 1000
NO_EVALUATE = "the code does not define evaluate(sample, ground_truth)"
# A pairwise code evaluator's entry point (cfg["entry"]): two samples of one item, A first.
PAIR_ENTRY = "evaluate_pair"
NO_EVALUATE_PAIR = "the code does not define evaluate_pair(sample_a, sample_b, ground_truth)"
# A pair's verdict travels as the score of the output shown as A (the host reads it back).
VERDICT_POINTS = {"a": 1.0, "b": 0.0, "tie": 0.5}
# Above systemd's container/dynamic ranges, below 2^31: a per-sandbox uid nobody else uses, so
# RLIMIT_NPROC (counted per uid host-wide) is effectively per sandbox. See bwrap.ts.
SANDBOX_UID_BASE = 1_900_000_000
SANDBOX_UID_SPAN = 1 << 24


class ItemTimeout(BaseException):
    """BaseException so a bare `except Exception` in user code does not swallow it."""


class OutputLimit(BaseException):
    pass


class ResultError(Exception):
    """evaluate() returned something that is not a score; the message is the whole story."""


# --- process setup (trusted) -------------------------------------------------------------


def drop_privileges():
    """Root mode: bwrap ran without a user namespace and left us only CAP_SETUID/CAP_SETGID.

    Switching every uid to a fresh non-zero uid clears all remaining capabilities, and makes the
    kernel enforce RLIMIT_NPROC (it never does for uid 0, even inside a user namespace).
    In userns mode we already are an unprivileged uid and there is nothing to do.
    """
    if os.getuid() != 0:
        return
    uid = SANDBOX_UID_BASE + int.from_bytes(os.urandom(4), "little") % SANDBOX_UID_SPAN
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    with open("/proc/self/status") as f:
        status = f.read()
    if "CapEff:\t0000000000000000" not in status or "CapPrm:\t0000000000000000" not in status:
        raise SystemExit("capabilities were not dropped")


def apply_limits(limits):
    """Hard limits: once lowered, an unprivileged process cannot raise them again."""

    def hard(res, value):
        resource.setrlimit(res, (value, value))

    hard(resource.RLIMIT_AS, limits["memoryBytes"])
    hard(resource.RLIMIT_FSIZE, limits["fileSizeBytes"])
    hard(resource.RLIMIT_NPROC, limits["maxProcesses"])
    hard(resource.RLIMIT_CORE, 0)
    hard(resource.RLIMIT_NOFILE, 256)
    # Soft < hard: the kernel sends SIGXCPU first (default action: terminate; the host reports the
    # CPU limit from that signal) and SIGKILL at the hard limit if SIGXCPU is ignored.
    cpu = limits["cpuSeconds"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 2))
    # Writing past RLIMIT_FSIZE then fails with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def close_other_fds(keep):
    """bwrap passes through inherited fds (e.g. the seccomp program); user code gets none of them."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


class Channel:
    """The result pipe. Writes loop because a large line may be written in parts."""

    def __init__(self, fd):
        self.fd = fd

    def send(self, message):
        data = (json.dumps(message, allow_nan=False, separators=(",", ":")) + "\n").encode()
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]


class CapturedOutput:
    """Replaces sys.stdout/sys.stderr: counts what an item prints and keeps a short tail for errors."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, limit):
        self.limit = limit
        self.reset()

    def reset(self):
        self.size = 0
        self.tail = ""

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self.size += len(text.encode("utf-8", "replace"))
        if self.size > self.limit:
            raise OutputLimit()
        self.tail = (self.tail + text)[-OUTPUT_TAIL_CHARS:]
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def fileno(self):
        raise OSError(errno.EBADF, "captured output has no file descriptor")


# --- error formatting --------------------------------------------------------------------


def _strip_harness(te):
    """Remove harness frames from a TracebackException and its chained causes."""
    import traceback

    seen = set()
    while te is not None and id(te) not in seen:
        seen.add(id(te))
        te.stack = traceback.StackSummary.from_list(
            [frame for frame in te.stack if frame.filename != HARNESS_FILE]
        )
        _strip_harness(te.__cause__)
        te = te.__context__


def format_traceback(exc):
    import linecache
    import traceback

    # Registered here rather than at load: linecache is only needed once there is an error.
    linecache.cache[USER_FILE] = (len(USER_CODE[0]), None, USER_CODE[0].splitlines(True), USER_FILE)
    te = traceback.TracebackException.from_exception(exc)
    _strip_harness(te)
    lines = "".join(te.format()).rstrip("\n").split("\n")
    if len(lines) > TRACEBACK_LINES:
        lines = ["..."] + lines[-TRACEBACK_LINES:]
    return "\n".join(lines)


def describe_exception(exc, messages, output):
    """A headline naming the limit hit (if any), the trimmed traceback, and the item's print tail."""
    if isinstance(exc, ItemTimeout):
        headline = messages["itemTimeout"]
    elif isinstance(exc, MemoryError):
        headline = messages["memory"]
    elif isinstance(exc, OutputLimit):
        headline = messages["output"]
    elif isinstance(exc, BlockingIOError) or (
        isinstance(exc, RuntimeError) and "can't start new thread" in str(exc)
    ):
        headline = messages["processes"]
    elif isinstance(exc, SystemExit):
        headline = "evaluate() called sys.exit()"
    else:
        headline = None
    parts = [headline] if headline else []
    if not isinstance(exc, (OutputLimit, SystemExit)):
        parts.append(format_traceback(exc))
    if output is not None and output.tail.strip() and not isinstance(exc, OutputLimit):
        parts.append("--- output (last lines) ---\n" + "\n".join(output.tail.rstrip().split("\n")[-10:]))
    return "\n".join(parts)


# --- user code ---------------------------------------------------------------------------


def _on_alarm(_signum, _frame):
    raise ItemTimeout()


def set_alarm(ms):
    signal.setitimer(signal.ITIMER_REAL, ms / 1000.0 if ms else 0)


USER_CODE = [""]
# Text limits from the config (limits.ts); the host trims again.
LIMITS = {"maxReasonChars": 2000, "maxErrorChars": 8000}


def load_user_code(code, timeout_ms):
    """Compile and run the module body (under the item alarm); return the module namespace."""
    USER_CODE[0] = code
    compiled = compile(code, USER_FILE, "exec", dont_inherit=True)
    module = types.ModuleType("evaluator")
    module.__file__ = USER_FILE
    sys.modules["evaluator"] = module
    set_alarm(timeout_ms)
    try:
        exec(compiled, module.__dict__)
    finally:
        set_alarm(0)
    return module


def entry_of(cfg):
    """The function the code must define, and what to say when it does not."""
    if cfg.get("entry") == PAIR_ENTRY:
        return PAIR_ENTRY, 3, NO_EVALUATE_PAIR, "evaluate_pair(sample_a, sample_b, ground_truth)"
    return "evaluate", 2, NO_EVALUATE, "evaluate(sample, ground_truth)"


def check_signature(fn, arity=2, shape="evaluate(sample, ground_truth)"):
    """None if the entry point is callable with `arity` positional arguments."""
    name = shape.split("(")[0]
    if not callable(fn):
        return f"`{name}` is defined but is not a function"
    wrong = f"{name} must accept {'two' if arity == 2 else 'three'} arguments: {shape}"
    if isinstance(fn, types.FunctionType):  # the usual case, without importing inspect
        code = fn.__code__
        positional = code.co_argcount
        required = positional - len(fn.__defaults__ or ())
        varargs = code.co_flags & 0x04  # CO_VARARGS
        required_kwonly = code.co_kwonlyargcount - len(fn.__kwdefaults__ or {})
        ok = (positional >= arity or varargs) and required <= arity and required_kwonly == 0
        return None if ok else wrong
    import inspect

    try:
        inspect.signature(fn).bind(*([None] * arity))
    except TypeError:
        return wrong
    except ValueError:
        pass  # builtins without a signature: let the call decide
    return None


def to_result(value):
    """Map evaluate()'s return value to a result message, or raise ResultError with a clear message."""
    if isinstance(value, bool):
        return {"ok": True, "score": 1.0 if value else 0.0, "passed": value}
    if isinstance(value, numbers.Real):
        return {"ok": True, "score": _finite(value, "evaluate() returned")}
    if isinstance(value, dict):
        if "score" not in value:
            raise ResultError("evaluate() returned a dict without a 'score' key")
        score = value["score"]
        if isinstance(score, bool):
            score = 1.0 if score else 0.0
        elif not isinstance(score, numbers.Real):
            raise ResultError("'score' must be a number, got " + type(score).__name__)
        result = {"ok": True, "score": _finite(score, "'score' is")}
        passed = value.get("passed")
        if passed is not None:
            if not isinstance(passed, bool):
                raise ResultError("'passed' must be a bool, got " + type(passed).__name__)
            result["passed"] = passed
        reason = value.get("reason")
        if reason is not None:
            if not isinstance(reason, str):
                raise ResultError("'reason' must be a string, got " + type(reason).__name__)
            result["reason"] = reason[: LIMITS["maxReasonChars"]]
        return result
    if isinstance(value, types.CoroutineType):
        value.close()
        raise ResultError("evaluate() returned a coroutine: define it with `def`, not `async def`")
    raise ResultError(
        "evaluate() must return a number, a bool or a dict with a 'score'; got " + type(value).__name__
    )


def to_verdict(value):
    """Map evaluate_pair()'s return value ("A", "B", "tie", or with a reason) to a result message."""
    reason = None
    if isinstance(value, tuple) and len(value) == 2:
        value, reason = value
    elif isinstance(value, dict):
        if "winner" not in value:
            raise ResultError("evaluate_pair() returned a dict without a 'winner' key")
        value, reason = value["winner"], value.get("reason")
    if isinstance(value, types.CoroutineType):
        value.close()
        raise ResultError("evaluate_pair() returned a coroutine: define it with `def`, not `async def`")
    points = VERDICT_POINTS.get(value.strip().lower()) if isinstance(value, str) else None
    if points is None:
        raise ResultError('evaluate_pair() must return "A", "B" or "tie" (or one with a reason); got ' + repr(value)[:80])
    result = {"ok": True, "score": points}
    if reason is not None:
        if not isinstance(reason, str):
            raise ResultError("the reason must be a string, got " + type(reason).__name__)
        result["reason"] = reason[: LIMITS["maxReasonChars"]]
    return result


def _finite(value, what):
    number = float(value)
    if not math.isfinite(number):
        raise ResultError(f"{what} {number!r}; the score must be a finite number")
    return number


# --- modes -------------------------------------------------------------------------------


def run_batch(cfg, lines, channel, messages):
    limits = cfg["limits"]
    timeout_ms = limits["itemTimeoutMs"]
    output = CapturedOutput(limits["maxOutputBytes"])
    sys.stdout = sys.stderr = output
    harness_pid = os.getpid()
    try:
        module = load_user_code(cfg["code"], timeout_ms)
        name, arity, missing, shape = entry_of(cfg)
        evaluate = getattr(module, name, None)
        problem = missing if evaluate is None else None
        problem = problem or check_signature(evaluate, arity, shape)
    except BaseException as exc:  # noqa: BLE001 - any failure of user code is reported, not raised
        if os.getpid() != harness_pid:
            os._exit(0)
        problem = "the evaluator failed to load:\n" + describe_exception(exc, messages, output)
    if os.getpid() != harness_pid:
        os._exit(0)
    kill_strays()
    if problem:
        channel.send({"t": "fatal", "error": problem[: LIMITS["maxErrorChars"]]})
        return
    channel.send({"t": "ready"})

    perf = time.perf_counter
    for line in lines:
        item = json.loads(line)
        output.reset()
        start = perf()
        outcome = run_item(evaluate, item, timeout_ms, arity == 3)
        elapsed_ms = (perf() - start) * 1000.0
        if os.getpid() != harness_pid:
            os._exit(0)  # a fork() in user code returned in the child: it must never answer
        kill_strays()
        if isinstance(outcome, BaseException):
            outcome = {"ok": False, "error": describe_exception(outcome, messages, output)}
        if not outcome["ok"]:
            outcome["error"] = outcome["error"][: LIMITS["maxErrorChars"]]
        outcome["t"] = "r"
        outcome["i"] = item["i"]
        outcome["ms"] = elapsed_ms
        channel.send(outcome)


def run_item(evaluate, item, timeout_ms, pair=False):
    """A result message, or the exception user code raised (formatted by the caller, in the parent)."""
    set_alarm(timeout_ms)
    try:
        try:
            if pair:
                return to_verdict(evaluate(item["sample"], item["sample_b"], item["ground_truth"]))
            return to_result(evaluate(item["sample"], item["ground_truth"]))
        finally:
            set_alarm(0)
    except ResultError as exc:
        return {"ok": False, "error": str(exc)}
    except BaseException as exc:  # noqa: BLE001 - also catches an alarm that fires inside `finally`
        return exc


def kill_strays():
    """Processes started by user code do not outlive the item that started them.

    kill(-1) reaches every process this uid may signal except the caller: inside the sandbox's pid
    namespace, every other process of user code (not pid 1, see run_init). Our own children are then
    reaped here, since zombies still count against RLIMIT_NPROC; orphans are reaped by pid 1.
    """
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        return  # ESRCH: no other process, the common case (one cheap syscall per item)
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def validate(cfg, channel):
    import ast

    code = cfg["code"]
    try:
        tree = ast.parse(code, USER_FILE)
    except SyntaxError as exc:
        channel.send(
            {
                "t": "validation",
                "ok": False,
                "message": f"{type(exc).__name__}: {exc.msg}",
                "line": exc.lineno,
                "column": exc.offset,
            }
        )
        return
    try:
        module = load_user_code(code, cfg["limits"]["itemTimeoutMs"])
    except ModuleNotFoundError:
        # Requirements are not installed here; fall back to checking the definition statically.
        channel.send(_validate_statically(tree, *entry_of(cfg)))
        return
    except BaseException as exc:  # noqa: BLE001
        channel.send(_invalid(exc, "the code failed to run", cfg["messages"]))
        return
    name, arity, missing, shape = entry_of(cfg)
    evaluate = getattr(module, name, None)
    problem = missing if evaluate is None else None
    problem = problem or check_signature(evaluate, arity, shape)
    if problem:
        channel.send({"t": "validation", "ok": False, "message": problem})
    else:
        channel.send({"t": "validation", "ok": True})


def _validate_statically(tree, name="evaluate", arity=2, missing=NO_EVALUATE, shape="evaluate(sample, ground_truth)"):
    import ast

    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            args = node.args
            positional = len(args.posonlyargs) + len(args.args)
            if positional >= arity or args.vararg is not None:
                return {"t": "validation", "ok": True}
            return {
                "t": "validation",
                "ok": False,
                "message": f"{name} must accept {'two' if arity == 2 else 'three'} arguments: {shape}",
                "line": node.lineno,
            }
    return {"t": "validation", "ok": False, "message": missing}


def _invalid(exc, headline, messages):
    import traceback

    text = headline + ":\n" + describe_exception(exc, messages, None)
    message = {"t": "validation", "ok": False, "message": text}
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == USER_FILE]
    if frames:
        message["line"] = frames[-1].lineno
    return message


def run_init(worker):
    """pid 1 of the sandbox (bwrap --as-pid-1): wait for the worker, reap orphans, pass on its status.

    Why a process of our own rather than bwrap's reaper: bwrap exits as soon as the command does and
    leaves its reaper behind as a zombie of the host's init. Why this process keeps its uid: the
    kernel clears the parent-death signal (bwrap --die-with-parent) on a uid change, and it is what
    tears the sandbox down when bwrap or the worker process on the host dies. It runs no user code,
    and user code (another uid, no capabilities) cannot signal or trace it.
    """
    close_other_fds(keep=())  # the pipes belong to the worker; the host sees EOF when it is gone
    while True:
        try:
            pid, status = os.waitpid(-1, 0)
        except InterruptedError:
            continue
        except ChildProcessError:
            os._exit(70)
        if pid == worker:
            code = os.waitstatus_to_exitcode(status)
            os._exit(code if code >= 0 else 128 - code)  # killed by signal N: 128+N, like bwrap


def main():
    worker = os.fork()
    if worker:
        run_init(worker)  # never returns; exiting ends the pid namespace and every process in it
    lines = os.fdopen(os.dup(0), "rb", buffering=1 << 16)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)  # user code reading stdin must not consume items
    os.close(devnull)
    channel = Channel(RESULT_FD)
    cfg = json.loads(lines.readline())
    LIMITS.update(maxReasonChars=cfg["maxReasonChars"], maxErrorChars=cfg["maxErrorChars"])
    drop_privileges()
    close_other_fds({0, 1, 2, RESULT_FD, lines.fileno()})
    apply_limits(cfg["limits"])
    signal.signal(signal.SIGALRM, _on_alarm)
    sys.stdin = open(os.devnull)
    sys.argv = [USER_FILE]
    messages = cfg["messages"]
    try:
        if cfg["mode"] == "validate":
            validate(cfg, channel)
        else:
            run_batch(cfg, lines, channel, messages)
    except MemoryError:
        # Out of memory outside an item (e.g. while encoding a result): say so, then stop.
        os._exit(EXIT_OUT_OF_MEMORY)


if __name__ == "__main__":
    main()
