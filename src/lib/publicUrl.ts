/**
 * A site path as pages read outside the site need it (the linear edition in a newsletter, a feed reader or a news
 * app): absolute on `SITE_URL` when the build has it, root-relative otherwise, since the config's fallback domain
 * (astro.config.mjs) is a placeholder no reader can reach.
 */
export function publicUrl(path: string, siteUrl: string | undefined = process.env.SITE_URL): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}
