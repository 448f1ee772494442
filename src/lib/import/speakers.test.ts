import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSpeaker } from "./speakers.ts";

test("speaker and role, in either order", () => {
  const speaker = (who: string) => parseSpeaker(who).attribution;
  assert.deepEqual(speaker("Her Majesty’s Chief Inspector, Miriam Rosen"), { speaker: "Miriam Rosen", role: "Her Majesty’s Chief Inspector" });
  assert.deepEqual(speaker("Miriam Rosen, Her Majesty’s Chief Inspector"), { speaker: "Miriam Rosen", role: "Her Majesty’s Chief Inspector" });
  assert.deepEqual(speaker("Commenting on the report, Miriam Rosen, Her Majesty’s Chief Inspector"), { speaker: "Miriam Rosen", role: "Her Majesty’s Chief Inspector" });
  assert.deepEqual(speaker("Her Majesty’s Chief Inspector Miriam Rosen"), { speaker: "Miriam Rosen", role: "Her Majesty’s Chief Inspector" });
  assert.deepEqual(speaker("John Smith, Director of Children’s Services, Merton"), { speaker: "John Smith", role: "Director of Children’s Services, Merton" });
  assert.deepEqual(speaker("An Ofsted spokesperson"), { speaker: "An Ofsted spokesperson", role: undefined });
  assert.equal(parseSpeaker("the head, the chair").sure, false);
});
