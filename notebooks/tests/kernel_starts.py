"""Starts the ccsim Java kernel many times and checks that every start answers.

rapaio-jupyter-kernel 3.0.x could start its shell loop thread before setting the loop's running flag,
so that about one start in ten never answered, and a request that reached the shell channel before the
kernel had set its handlers ended the shell loop (about one start in twenty); notebooks/src holds the
corrected class that
kernels/ccsim/kernel.json puts ahead of the kernel jar. With --unpatched the same starts run without
it, to show the defect (those runs report, and never fail).

Usage: /usr/bin/python3 tests/kernel_starts.py [--starts N] [--timeout S] [--unpatched]
(from notebooks/, after the Maven build).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unpatched_spec_dir():
    """A kernelspec like kernels/ccsim with the kernel jar alone on the classpath."""
    spec = json.load(open(os.path.join(HERE, "kernels", "ccsim", "kernel.json")))
    spec["argv"][2] = "target/kernel/rapaio-jupyter-kernel.jar"
    spec["display_name"] = "Java (rapaio 3.0.1, unpatched)"
    root = tempfile.mkdtemp(prefix="ccsim-unpatched-")
    os.makedirs(os.path.join(root, "kernels", "ccsim"))
    json.dump(spec, open(os.path.join(root, "kernels", "ccsim", "kernel.json"), "w"))
    return root


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--starts", type=int, default=50)
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--unpatched", action="store_true")
    a = p.parse_args()
    os.chdir(HERE)
    spec_root = unpatched_spec_dir() if a.unpatched else HERE
    os.environ["JUPYTER_PATH"] = spec_root
    answered, silent, seconds = 0, 0, []
    try:
        for k in range(a.starts):
            km = KernelManager(kernel_name="ccsim")
            t0 = time.monotonic()
            km.start_kernel(cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            kc = km.client()
            kc.start_channels()
            try:
                kc.wait_for_ready(timeout=a.timeout)
                answered += 1
                seconds.append(time.monotonic() - t0)
            except RuntimeError:
                silent += 1
                print("start %d: no answer within %.0f s" % (k + 1, a.timeout), flush=True)
            finally:
                kc.stop_channels()
                km.shutdown_kernel(now=True)
    finally:
        if a.unpatched:
            shutil.rmtree(spec_root)
    kind = "unpatched" if a.unpatched else "patched"
    mean = sum(seconds) / len(seconds) if seconds else float("nan")
    print("%s kernel: %d of %d starts answered (%d silent), mean time to answer %.1f s"
          % (kind, answered, a.starts, silent, mean))
    return 0 if a.unpatched or silent == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
