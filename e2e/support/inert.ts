/**
 * Proof that hostile content stayed inert: what a browser did while showing a page (dialogs,
 * requests, new windows, globals, scripts, frames) and what the HTML itself carries. Used by
 * e2e/hostile.spec.ts. The browser half asks Chromium's own parser and URL resolver, so entity,
 * tab and case tricks are judged the way a browser judges them; the static half parses the
 * written file with parse5 (through cheerio), so it also covers pages no test opens.
 */
import { load } from "cheerio";
import type { Page } from "@playwright/test";

/** What happened in a browser page while it was watched. */
export interface Watch {
  /** Messages of every alert, confirm or prompt. */
  dialogs: string[];
  /** Requests for anything outside the allowed origin. */
  foreignRequests: string[];
  /** Windows or tabs the page opened. */
  popups: string[];
}

/**
 * Starts recording a page's dialogs (dismissing each), its requests for anything but
 * `${origin}/…`, and any window it opens. Call before the page loads anything.
 */
export function watchPage(page: Page, origin: string): Watch {
  const watch: Watch = { dialogs: [], foreignRequests: [], popups: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(`${origin}/`)) watch.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  page.on("popup", (popup) => watch.popups.push(popup.url()));
  return watch;
}

/** The links and sources a page may carry: web, mail and phone links; web sources only. */
const LINK_PROTOCOLS = ["http:", "https:", "mailto:", "tel:"];
const SOURCE_PROTOCOLS = ["http:", "https:"];

/**
 * Everything in the live document that could run code or reach another host: a changed
 * global, executable scripts, event-handler attributes, frames, plugins, a base element,
 * meta refreshes, stylesheets from elsewhere, links and sources with other schemes (as the
 * browser resolves them), and a document that moved. Returns one line per finding.
 */
export async function domProblems(page: Page, expectedUrl: string): Promise<string[]> {
  const found = await page.evaluate(
    ({ links, sources }) => {
      const problems: string[] = [];
      const pwned = (window as unknown as { __pwned?: unknown }).__pwned;
      if (pwned !== undefined) problems.push(`window.__pwned is ${String(pwned)}`);
      if (document.baseURI !== location.href) problems.push(`the base URL moved to ${document.baseURI}`);
      const snippet = (el: Element) => el.outerHTML.slice(0, 160);
      for (const script of Array.from(document.scripts)) {
        const type = script.type.toLowerCase();
        // Data blocks never run: JSON-LD, and the search page's list of index shards.
        if (type === "application/ld+json" || type === "application/json") continue;
        if (script.src && new URL(script.src).origin === location.origin && script.text.trim() === "") continue;
        problems.push(`script: ${snippet(script)}`);
      }
      for (const el of Array.from(document.querySelectorAll("*"))) {
        for (const attribute of Array.from(el.attributes)) {
          if (/^on/i.test(attribute.name)) problems.push(`event handler ${attribute.name} on ${snippet(el)}`);
          if (/^(?:formaction|srcdoc|xlink:href|ping|background|dynsrc|lowsrc|codebase)$/i.test(attribute.name)) {
            problems.push(`attribute ${attribute.name} on ${snippet(el)}`);
          }
        }
      }
      for (const el of Array.from(document.querySelectorAll("iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], portal"))) {
        problems.push(`element: ${snippet(el)}`);
      }
      for (const el of Array.from(document.querySelectorAll("body style, body link"))) problems.push(`styling from content: ${snippet(el)}`);
      // Link elements that fetch something; canonical and alternate links only name a URL.
      const fetching = ["stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "preconnect", "dns-prefetch", "import"];
      for (const el of Array.from(document.querySelectorAll("link[href]"))) {
        const rel = (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
        if (!rel.some((r) => fetching.includes(r))) continue;
        if (new URL(el.getAttribute("href")!, document.baseURI).origin !== location.origin) problems.push(`link to another host: ${snippet(el)}`);
      }
      const resolve = (value: string) => {
        try {
          return new URL(value, document.baseURI);
        } catch {
          return undefined;
        }
      };
      for (const el of Array.from(document.querySelectorAll("a[href], area[href]"))) {
        const url = resolve(el.getAttribute("href")!);
        if (url && !links.includes(url.protocol)) problems.push(`${url.protocol} link: ${snippet(el)}`);
      }
      for (const el of Array.from(document.querySelectorAll("[src], [srcset], [data], [poster], form[action]"))) {
        for (const name of ["src", "srcset", "data", "poster", "action"]) {
          const value = el.getAttribute(name);
          if (value === null) continue;
          const url = resolve(name === "srcset" ? value.trim().split(/\s+/)[0] ?? "" : value);
          if (url && !sources.includes(url.protocol)) problems.push(`${url.protocol} ${name}: ${snippet(el)}`);
        }
      }
      for (const form of Array.from(document.querySelectorAll("form"))) {
        if (new URL(form.action, document.baseURI).origin !== location.origin) problems.push(`form to another host: ${snippet(form)}`);
      }
      return problems;
    },
    { links: LINK_PROTOCOLS, sources: SOURCE_PROTOCOLS },
  );
  if (page.url() !== expectedUrl) found.push(`the page moved to ${page.url()}`);
  if (page.frames().length > 1) found.push(`${page.frames().length - 1} frame(s) loaded: ${page.frames().slice(1).map((f) => f.url()).join(", ")}`);
  return found;
}

/** Everything a watched page did that hostile content must not make it do. */
export function watchProblems(watch: Watch): string[] {
  return [
    ...watch.dialogs.map((d) => `dialog ${d}`),
    ...watch.foreignRequests.map((r) => `request ${r}`),
    ...watch.popups.map((p) => `popup ${p}`),
  ];
}

// How a browser reads a URL attribute: ASCII tab and newline are dropped anywhere, and leading
// C0 controls and spaces are trimmed (https://url.spec.whatwg.org/#concept-basic-url-parser).
function browserReading(value: string): string {
  return value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "").toLowerCase();
}

const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "data", "poster", "xlink:href", "background", "ping", "codebase", "cite", "longdesc", "manifest", "icon"]);
const FORBIDDEN_ELEMENTS = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"];

/**
 * Problems in a written HTML file, read by parse5 as a browser would: scripts other than
 * JSON data blocks (JSON-LD, the search page's shard list) and same-site files; event-handler attributes; script and data
 * URLs in any URL attribute; frames, plugins, base, meta http-equiv; inline styles; forms
 * posting elsewhere. The raw text is checked too, so a parser difference cannot hide a tag.
 */
export function staticProblems(html: string): string[] {
  const $ = load(html);
  const problems: string[] = [];
  const snippet = (el: Parameters<typeof $>[0]) => ($.html(el) ?? "").slice(0, 160);
  let allowedScripts = 0;
  $("script").each((_, el) => {
    const type = ($(el).attr("type") ?? "").toLowerCase();
    const src = $(el).attr("src");
    const inline = $(el).text().trim();
    if (type === "application/ld+json" || type === "application/json") allowedScripts++;
    else if (src !== undefined && src.startsWith("/") && !src.startsWith("//") && inline === "") allowedScripts++;
    else problems.push(`script: ${snippet(el)}`);
  });
  $("*").each((_, el) => {
    for (const [name, value] of Object.entries($(el).attr() ?? {})) {
      if (/^on/i.test(name)) problems.push(`event handler ${name}: ${snippet(el)}`);
      if (name === "style") problems.push(`inline style: ${snippet(el)}`);
      if (name === "srcdoc") problems.push(`srcdoc: ${snippet(el)}`);
      if (URL_ATTRIBUTES.has(name) && /^(?:javascript|data|vbscript|file):/.test(browserReading(value))) problems.push(`${name}=${value.slice(0, 60)}: ${snippet(el)}`);
    }
  });
  for (const name of FORBIDDEN_ELEMENTS) $(name).each((_, el) => void problems.push(`element: ${snippet(el)}`));
  $("meta[http-equiv]").each((_, el) => void problems.push(`meta http-equiv: ${snippet(el)}`));
  $("body style, body link").each((_, el) => void problems.push(`styling in the body: ${snippet(el)}`));
  $("form").each((_, el) => {
    const action = $(el).attr("action") ?? "";
    if (!action.startsWith("/") || action.startsWith("//")) problems.push(`form posting to ${action}: ${snippet(el)}`);
  });
  const rawScripts = html.match(/<script\b/gi)?.length ?? 0;
  if (rawScripts !== allowedScripts) problems.push(`the text has ${rawScripts} "<script" where the parser found ${allowedScripts} allowed scripts`);
  for (const match of html.matchAll(/<(?:iframe|frame|object|embed|applet|base)\b[^>]{0,80}/gi)) problems.push(`raw tag in the text: ${match[0]}`);
  // An http-equiv attribute of a meta tag, not the words inside another attribute's quoted value.
  for (const [tag] of html.matchAll(/<meta\b(?:"[^"]*"|'[^']*'|[^>"'])*>/gi)) {
    if (/\shttp-equiv\s*=/i.test(tag.replace(/"[^"]*"|'[^']*'/g, '""'))) problems.push(`raw meta http-equiv in the text: ${tag.slice(0, 120)}`);
  }
  return problems;
}
