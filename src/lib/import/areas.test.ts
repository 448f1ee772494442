import { test } from "node:test";
import assert from "node:assert/strict";
import { councilAreas } from "./areas.ts";

test("areas from council names", () => {
  assert.deepEqual(councilAreas(["For example, Cumbria County Council adopted…", "Merton Borough Council held…", "In Newcastle upon Tyne City Council and the Royal Borough of Kingston upon Thames"]), [
    "Cumbria",
    "Merton",
    "Newcastle upon Tyne",
    "Kingston upon Thames",
  ]);
  assert.deepEqual(councilAreas(["The County Council and local councils"]), []);
});
