/**
 * `npm run serve`: serves the built site on localhost the way Netlify would. Headers come from
 * netlify.toml and the site's `_headers`, parsed by Netlify's own @netlify/headers-parser;
 * redirects from netlify.toml and `_redirects`, parsed by @netlify/redirect-parser and matched
 * by netlify-redirector, the matcher netlify-cli uses. Files are served by sirv. The Playwright
 * suite runs against this server, so it tests the real rules rather than a copy of them.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseAllHeaders, type Header } from "@netlify/headers-parser";
import { parseAllRedirects } from "@netlify/redirect-parser";
import redirector from "netlify-redirector";
import sirv from "sirv";

interface Match {
  to: string;
  status: number;
  force: boolean;
  force404?: boolean;
}

interface Matcher {
  match(request: { scheme: string; host: string; path: string; query: string; getHeader(name: string): string; getCookie(name: string): string }): Match | null;
}

/** Netlify's rule files for a built site, parsed by Netlify's parsers; any syntax error stops the server. */
export async function loadRules(root: string, netlifyConfigPath = "netlify.toml") {
  const headerResult = await parseAllHeaders({ headersFiles: [path.join(root, "_headers")], netlifyConfigPath, configHeaders: [], minimal: false });
  const redirectResult = await parseAllRedirects({ redirectsFiles: [path.join(root, "_redirects")], netlifyConfigPath, configRedirects: [], minimal: false });
  const errors = [...headerResult.errors, ...redirectResult.errors];
  if (errors.length > 0) throw new Error(`Netlify rules are invalid:\n${errors.map((e: Error) => e.message).join("\n")}`);
  const matcher = (await redirector.parseJSON(JSON.stringify(redirectResult.redirects), {})) as Matcher;
  const anyForced = (redirectResult.redirects as { force?: boolean }[]).some((rule) => rule.force);
  return { headers: headerResult.headers as Header[], matcher, anyForced };
}

/**
 * The headers Netlify sends for a path: every matching rule applies, in order, a later rule's
 * value replacing an earlier one's (as netlify-cli's headersForPath does).
 */
export function headersForPath(rules: readonly Header[], urlPath: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.forRegExp.test(urlPath)).map((rule) => rule.values)) as Record<string, string>;
}

// Netlify reads these rule files from the publish folder and never serves them.
const RULE_FILES = new Set(["/_headers", "/_redirects"]);

function fileFor(root: string, urlPath: string): string | undefined {
  if (RULE_FILES.has(urlPath)) return undefined;
  const candidate = path.join(root, decodeURIComponent(urlPath));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
}

export async function createServer(rootDir: string): Promise<http.Server> {
  const root = path.resolve(rootDir);
  const { headers, matcher, anyForced } = await loadRules(root);
  const files = sirv(root, { dev: true, etag: true, extensions: ["html"], dotfiles: false });
  const notFound = path.join(root, "404.html");

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    const applyHeaders = (forPath: string) => {
      for (const [name, value] of Object.entries(headersForPath(headers, forPath))) res.setHeader(name, value);
    };
    // Unknown paths get the site's 404.html with status 404, as on Netlify.
    const sendNotFound = () => {
      applyHeaders(url.pathname);
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("Not found");
    };

    const existing = fileFor(root, url.pathname);
    // An existing file wins over every rule that is not forced (below), so with no forced rule
    // it is served without asking the matcher, which takes ~0.3 s a request with the 80,000 ref
    // redirects of a 40,000-release site and would make every file slow to serve.
    const match = existing && !anyForced ? null : matcher.match({
      scheme: "http",
      host: url.hostname,
      path: decodeURIComponent(url.pathname),
      query: url.search.slice(1),
      getHeader: (name) => String(req.headers[name.toLowerCase()] ?? ""),
      getCookie: () => "",
    });
    // Netlify serves an existing file in preference to a rule unless the rule is forced ("shadowing").
    if (match && !match.force404 && (match.force || !existing) && match.status >= 300 && match.status < 400) {
      applyHeaders(url.pathname);
      res.writeHead(match.status, { Location: match.to });
      return void res.end();
    }
    if (!existing) return sendNotFound();
    // A folder without its trailing slash: Netlify redirects to the canonical form.
    if (existing.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith("/") && !url.pathname.endsWith("index.html")) {
      applyHeaders(url.pathname);
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return void res.end();
    }
    applyHeaders(url.pathname);
    files(req, res, sendNotFound);
  });
}

async function main(): Promise<void> {
  const root = process.env.OUTPUT_DIR || "_site";
  if (!existsSync(path.join(root, "index.html"))) {
    console.error(`No built site in ${root}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT || 8080);
  const server = await createServer(root);
  server.listen(port, "127.0.0.1", () => console.log(`Serving ${root} at http://localhost:${port}/ with netlify.toml's headers and redirects`));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
