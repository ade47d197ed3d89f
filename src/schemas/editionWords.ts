import { z } from 'astro/zod';
import { otherLocales, type OtherLocale } from '../i18n/locale';

/**
 * A row's words in every edition but the default one, each in an object named by the edition's code beside the
 * default edition's own fields, with the same keys: `"ru": { "label": "Стиральные машины" }`. Optional here, so
 * that `check:content` names a missing one with its file and line (translationErrors in contentRules.ts).
 */
export function editionWords<Shape extends z.ZodRawShape>(shape: Shape) {
  return Object.fromEntries(otherLocales.map((locale) => [locale, z.strictObject(shape).optional()])) as {
    [Code in OtherLocale]: z.ZodOptional<z.ZodObject<Shape, z.core.$strict>>;
  };
}
