import type { Locale } from '../i18n/locale';
// TEMPORARY: moves into the editions' words at the end.
export const wayfindingWords: Record<Locale, { chapterBar: string; chapterOf: string; share: string; shareRest: string; linkCopied: string; linkToStep: string; continueToStory: string }> = {
  en: { chapterBar: 'Chapters', chapterOf: 'Chapter {n} of {total}:', share: 'Share', shareRest: ' a link to this step', linkCopied: 'Link copied', linkToStep: 'Link to this step:', continueToStory: 'Continue to the story' },
  ru: { chapterBar: 'Главы', chapterOf: 'Глава {n} из {total}:', share: 'Поделиться', shareRest: ' ссылкой на этот шаг', linkCopied: 'Ссылка скопирована', linkToStep: 'Ссылка на этот шаг:', continueToStory: 'Перейти к истории' },
};
