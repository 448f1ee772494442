import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { imagesFromFolder, imagesOnline } from "./image-source.ts";

const URL_960 = "https://assets.publishing.service.gov.uk/media/1/s960_Christmas.jpg";

test("--images: the file by the URL's name, or by the name without GOV.UK's size prefix; else a reason", async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), "newsroom-images-"));
  const source = imagesFromFolder(folder);
  const missing = await source(URL_960);
  assert.deepEqual(missing, { ok: false, reason: `no s960_Christmas.jpg or Christmas.jpg in ${folder}` });
  writeFileSync(path.join(folder, "Christmas.jpg"), "bytes");
  const found = await source(URL_960);
  assert.ok(found.ok);
  assert.equal(found.from, path.join(folder, "Christmas.jpg"));
  writeFileSync(path.join(folder, "s960_Christmas.jpg"), "exact");
  const exact = await source(URL_960);
  assert.ok(exact.ok && new TextDecoder().decode(exact.bytes) === "exact");
});

test("online: downloads the file; an error answer or no connection is a reason, not an exception", async () => {
  const server = createServer((request, response) => {
    if (request.url === "/s960_a.jpg") response.writeHead(200, { "content-type": "image/jpeg" }).end("jpeg bytes");
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const source = imagesOnline();
    const found = await source(`${origin}/s960_a.jpg`);
    assert.ok(found.ok && new TextDecoder().decode(found.bytes) === "jpeg bytes");
    const missing = await source(`${origin}/gone.jpg`);
    assert.ok(!missing.ok && /answered 404/.test(missing.reason), JSON.stringify(missing));
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  const refused = await imagesOnline()(`${origin}/s960_a.jpg`);
  assert.ok(!refused.ok && /could not be downloaded: /.test(refused.reason), JSON.stringify(refused));
});
