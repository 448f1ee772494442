/**
 * Text made safe inside HTML elements and double- or single-quoted attributes. The one escape
 * for the HTML src/lib writes by hand (figures, feed items, the dev server's problems page);
 * templates have Nunjucks' autoescape, markdown has markdown-it's own.
 */
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
