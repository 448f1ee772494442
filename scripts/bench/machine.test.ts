import assert from "node:assert/strict";
import { test } from "node:test";
import { describeMachine, parseOsRelease } from "./machine.ts";

test("the OS name comes from PRETTY_NAME, quoted or not", () => {
  assert.equal(parseOsRelease('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n'), "Debian GNU/Linux 12 (bookworm)");
  assert.equal(parseOsRelease("PRETTY_NAME=Alpine\n"), "Alpine");
  assert.equal(parseOsRelease("NAME=x\n"), undefined);
});

test("the machine description has every field", () => {
  const machine = describeMachine();
  assert.ok(machine.cores >= 1);
  assert.ok(machine.memoryGiB > 0);
  assert.equal(machine.node, process.version);
  assert.equal(machine.loadAtStart.length, 3);
});
