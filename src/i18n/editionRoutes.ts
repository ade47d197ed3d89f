/**
 * Routes that exist once per edition live under `src/pages/[...edition]/`: the rest parameter is the edition's path
 * prefix, `undefined` for the default edition (so `/embed/x/` and `/ru/embed/x/` come from one file). Each page gets
 * its edition as the `locale` prop.
 */
import { editions } from './editions';
import type { Locale } from './locale';

/** What a page under `[...edition]/` receives from `getStaticPaths`. */
export interface EditionProps {
  locale: Locale;
}

type Path<Params, Props> = { params: Params; props: Props };

/**
 * `getStaticPaths` for a route in every edition: `paths(locale)` gives the route's own params and props in one
 * edition (an edition may have other sections or pictures than another); with none, the route has one page each.
 */
export async function editionPaths<Params extends Record<string, string> = Record<never, string>, Props extends object = object>(
  paths: (locale: Locale) => Iterable<{ params: Params; props?: Props }> | Promise<Iterable<{ params: Params; props?: Props }>> = () => [{ params: {} as Params }],
): Promise<Path<Params & { edition: string | undefined }, Props & EditionProps>[]> {
  const all: Path<Params & { edition: string | undefined }, Props & EditionProps>[] = [];
  for (const { code, prefix } of editions) {
    for (const path of await paths(code)) {
      all.push({ params: { ...path.params, edition: prefix || undefined }, props: { ...(path.props as Props), locale: code } });
    }
  }
  return all;
}
