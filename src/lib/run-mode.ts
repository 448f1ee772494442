/**
 * Whether this process is Eleventy's dev server (`npm start`), decided here only: drafts show,
 * assets are served unminified and releases are re-read on every rebuild only there. Eleventy
 * sets ELEVENTY_RUN_MODE to "build", "serve" or "watch" before it reads any data
 * (https://www.11ty.dev/docs/environment-vars/#eleventy-supplied); unset means a plain build.
 */
export function isDevServer(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch";
}
