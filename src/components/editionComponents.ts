/**
 * The components an edition's MDX uses, each with the edition's `locale` set: `<Content components={…} />` passes
 * editors' props (`<Figure id="…" />`) and nothing else, so the page binds the edition it renders. One component per
 * job serves every edition, including a page that shows two (the storyboard).
 */
import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import type { Locale } from '../i18n/locale';

// An imported .astro component, as TypeScript sees it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AstroComponent = (props: any) => any;

/**
 * `components` with `locale` bound: each renders the given component with the editor's props, its slot, and
 * `locale`. Built with the runtime compiled `.astro` files use (`astro/compiler-runtime`), as Astro has no context.
 */
export function editionComponents<T extends Record<string, AstroComponent>>(locale: Locale, components: T): T {
  return Object.fromEntries(
    Object.entries(components).map(([name, component]) => [
      name,
      createComponent((result: unknown, props: Record<string, unknown>, slots: Record<string, unknown>) =>
        render`${renderComponent(result as never, name, component as never, { ...props, locale }, slots as never)}`),
    ]),
  ) as T;
}
