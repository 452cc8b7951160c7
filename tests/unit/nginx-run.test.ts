import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findNginx, nginxMissingMessage } from "@/lib/hosting/nginx-run";

const dir = mkdtempSync(path.join(tmpdir(), "find-nginx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file called nginx in a new folder, with the given mode; returns the folder. */
function nginxIn(name: string, mode: number): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "nginx"), "#!/bin/sh\n");
  chmodSync(path.join(folder, "nginx"), mode);
  return folder;
}

describe("findNginx", () => {
  it("takes the fixed path (/usr/sbin/nginx) first, then the first executable nginx on PATH", () => {
    const notExecutable = nginxIn("plain", 0o644);
    const onPath = nginxIn("bin", 0o755);
    const fixed = path.join(dir, "sbin", "nginx");
    expect(findNginx(fixed, [notExecutable, onPath].join(path.delimiter))).toBe(path.join(onPath, "nginx"));
    nginxIn("sbin", 0o755);
    expect(findNginx(fixed, onPath)).toBe(fixed);
  });

  it("finds none when there is none, and then names Debian's package", () => {
    expect(findNginx(path.join(dir, "missing", "nginx"), path.join(dir, "empty"))).toBeNull();
    expect(nginxMissingMessage).toContain("apt-get install -y nginx");
  });
});
