import { describe, expect, it } from "vitest";
import {
  parseCmdline,
  parsePasswd,
  parseSocketLink,
  parseStat,
  parseStatusUid,
  readProcProcess,
  readProcState,
} from "../../src/runtime/proc-process.js";

describe("/proc/<pid> parsers", () => {
  it("reads socket inodes from fd links and nothing else", () => {
    expect(parseSocketLink("socket:[39253]")).toBe(39253);
    expect(parseSocketLink("pipe:[39253]")).toBeUndefined();
    expect(parseSocketLink("/dev/null")).toBeUndefined();
    expect(parseSocketLink("anon_inode:[eventpoll]")).toBeUndefined();
  });

  it("takes the real uid from the Uid line", () => {
    expect(parseStatusUid("Name:\tpython3\nUmask:\t0022\nState:\tS (sleeping)\nUid:\t1000\t1001\t1002\t1003\nGid:\t1000\t1000\t1000\t1000\n")).toBe(1000);
    expect(parseStatusUid("Name:\tx\n")).toBeUndefined();
  });

  it("splits the NUL-separated command line", () => {
    expect(parseCmdline(Buffer.from("python\0manage.py\0runserver\x000.0.0.0:8000\0"))).toEqual(["python", "manage.py", "runserver", "0.0.0.0:8000"]);
    expect(parseCmdline("gunicorn: master [app]")).toEqual(["gunicorn: master [app]"]);
    expect(parseCmdline("")).toEqual([]);
  });

  it("counts stat fields after the last parenthesis, so odd process names do not shift them", () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    fields[0] = "Z";
    const stat = `4242 (we ird) (name) ${fields.join(" ")}\n`;
    expect(parseStat(stat)).toEqual({ state: "Z", startTime: "22" });
    expect(parseStat("garbage")).toBeUndefined();
  });

  it("maps uids to names from passwd, first entry wins", () => {
    const users = parsePasswd("# comment\nroot:x:0:0:root:/root:/bin/bash\nmunaim:x:1000:1000::/home/munaim:/bin/bash\ntoor:x:0:0::/:/bin/sh\nbroken\n");
    expect(users.get(0)).toBe("root");
    expect(users.get(1000)).toBe("munaim");
    expect(users.size).toBe(2);
  });
});

describe.runIf(process.platform === "linux")("/proc on this host", () => {
  it("describes this process: name, command line, uid, start time", async () => {
    const info = await readProcProcess(process.pid);
    expect(info?.pid).toBe(process.pid);
    expect(info?.cmdline.join(" ")).toContain(process.argv[1] ?? "");
    expect(info?.cmdline.length).toBeGreaterThan(0);
    expect(info?.uid).toBe(process.getuid!());
    expect(info?.startTime).toMatch(/^\d+$/);
    expect(await readProcState(process.pid)).toBe("alive");
  });

  it("says gone for a PID that does not exist", async () => {
    expect(await readProcProcess(2 ** 22 + 17)).toBeUndefined();
    expect(await readProcState(2 ** 22 + 17)).toBe("gone");
  });
});
