/**
 * The graphics' own words in each edition: the map's legend and title, the chart's notes and table, the embeds'
 * controls and pages, the pictures' legends and the generated text alternatives. Names of places, routes, panels and
 * scenes are data (their `ru` objects in content/data); numbers come from src/lib/format.ts. Nothing here is a figure.
 */
import type { RegionCountry } from '../schemas/place';
import type { z } from 'astro/zod';
import { intlLocale, type Locale } from './locale';
import { describeWords, noneWord } from './sceneWords';

type Country = z.output<typeof RegionCountry>;

/**
 * ISO 3166-1 alpha-2 code of each country the map draws (the map's keys are Natural Earth's English names): the one
 * place the map's countries meet the ISO codes `Intl.DisplayNames` names them by.
 */
export const countryIso: Record<Country, string> = {
  Russia: 'RU', Kazakhstan: 'KZ', China: 'CN', Iran: 'IR', Georgia: 'GE', Azerbaijan: 'AZ', Armenia: 'AM',
  Kyrgyzstan: 'KG', Uzbekistan: 'UZ', Turkmenistan: 'TM', Mongolia: 'MN', Tajikistan: 'TJ', Ukraine: 'UA',
  Belarus: 'BY', Turkey: 'TR',
};

/**
 * A country's name in an edition: English keeps the map's own (Natural Earth) name; other editions take the CLDR
 * name `Intl.DisplayNames` gives for its ISO code ("Казахстан"). Build time only: the browser gets the names in the
 * page's data, so every reader sees the same words whatever their browser's locale data.
 */
export function countryName(country: string, locale: Locale = 'en'): string {
  if (locale === 'en') return country;
  const iso = countryIso[country as Country];
  if (!iso) throw new Error(`src/i18n/graphics.ts: no ISO code for the map's country "${country}" (add it to countryIso)`);
  return new Intl.DisplayNames([intlLocale[locale]], { type: 'region' }).of(iso) ?? country;
}

/** Every map country's name in `locale`, keyed by the map's English name. */
export const countryNames = (locale: Locale = 'en'): Record<string, string> =>
  Object.fromEntries(Object.keys(countryIso).map((country) => [country, countryName(country, locale)]));

export { listWords } from './sceneWords';

const en = {
  storyTitle: 'Around Kazakhstan',
  map: {
    heading: 'Map: the roads into Russia around Kazakhstan',
    route2022: { long: 'Route through Kazakhstan, 2022', short: '2022 route' },
    detour: { long: 'Detour since 2023', short: 'Detour' },
    sea: 'By sea',
    closed: { long: 'Tighter checks from 2023, hauliers said', short: 'Checks' },
    schematic: 'Routes are schematic:',
    schematicLong: 'drawn through towns on the main road corridors, not traced along the roads. Borders: Natural Earth; towns: GeoNames; crossings: approximate positions.',
    schematicShort: 'lines through towns.',
    /** The picture's legend: its keys' x positions, spaced for their words at 17 px DejaVu Sans. */
    pictureLegend: { route2022: 'Route through Kazakhstan, 2022', detour: 'Detour since 2023', sea: 'By sea', closed: 'Tighter checks from 2023, hauliers said', x: [40, 400, 635, 765] },
    pictureNote: 'Routes are schematic: drawn through towns on the main road corridors, not traced along the roads. Borders: Natural Earth; towns: GeoNames; crossings: approximate.',
    download: 'Download the map’s places (CSV)',
    sources: 'routes as described by Vladimir Matyagin (Gruzavtotrans) to Izvestia, reported by The Moscow Times; crossings and ports at approximate positions; borders from Natural Earth.',
    /** The story's "explore, then back" control and the places a keyboard walks (story/explore.ts, map/placeWalk.ts). */
    explore: 'Explore the map',
    back: 'Back to the story',
    exploreSurface: 'The map, to explore: arrow keys pan, plus and minus zoom',
    exploreHint: 'Drag or use the arrow keys to pan; Ctrl + scroll, two fingers or + and − to zoom',
    places: 'Places on the map (arrow keys move between them)',
  },
  turnover: {
    title: 'Kazakhstan–Russia trade turnover, as reported',
    note: (axisStart: string) => `Each dot is one reported value; where sources disagree on a year, the band spans their values. Hollow dots: a repost or small outlet. The scale starts at ${axisStart}, not at zero.`,
    showData: 'Show the data',
    caption: 'Kazakhstan–Russia trade turnover by year, each value with who reported it',
    year: 'Year',
    value: 'Value as reported',
    reportedBy: 'Reported by',
    source: 'Source',
    download: 'Download the data (CSV)',
    conflict: 'sources disagree',
    weak: 'repost or small outlet',
    summary: (year: number, reports: string) => `${year}: ${reports}.`,
    /** The embed's first state: no year brought forward. */
    allYears: 'All years',
    csvHeader: ['year', 'value', 'unit', 'as_printed', 'reported_by', 'source', 'title', 'url', 'source_date', 'quote'],
  },
  queue: {
    trucks: (count: string) => `${count.charAt(0).toUpperCase()}${count.slice(1)} trucks queued,`,
    length: (length: string) => `${length} long (not to scale)`,
    /** Lengths that differ by report, joined by "or": the map settles no conflict the text shows. */
    lengths: (lengths: string) => [`${lengths} long`, '(reports differ; not to scale)'],
  },
  chart: {
    title: 'What Kazakhstan sent Russia, 2021 and 2022',
    note: 'Each panel has its own scale, starting at zero: compare the two bars within a panel, not across panels.',
    pictureNote: 'Each panel has its own scale, starting at zero: compare the two bars within a panel.',
    pictureSubtitle: (label: string) => `${label}. Each panel has its own scale, starting at zero.`,
    /** Characters per line of the picture's source line at 15 px DejaVu Sans (Cyrillic runs wider than Latin). */
    pictureSourceChars: 150,
    change: 'Change: ',
    showData: 'Show the data',
    download: 'Download the data (CSV)',
    caption: "Kazakhstan's exports to Russia, 2021 and 2022",
    measure: 'Measure',
    changeColumn: 'Change',
    sources: 'Sources:',
    smallOutlet: ' (small outlet)',
    none: noneWord.en,
    fromNone: 'from none',
    noChange: 'no change',
    summary: (label: string, start: string, end: string, change: string) => `${label}: ${start} in 2021, ${end} in 2022 (${change}).`,
    /** What a bar says to a keyboard or screen-reader walk: product, year, the value as printed, its source. */
    bar: (label: string, year: string, value: string, source: string) => `${label}, ${year}: ${value}. Source: ${source}.`,
    bars: 'The chart’s bars (arrow keys move between them)',
  },
  describe: describeWords.en,
  embed: {
    charts: {
      'export-surge': {
        title: 'What Kazakhstan sent Russia, 2021 and 2022',
        dek: 'In 2022 Kazakhstan became a hub for goods Russia could no longer buy directly.',
        linkLabel: 'Embed this chart', linkShort: 'Embed', linkContext: ': What Kazakhstan sent Russia',
      },
      'reroute-map': {
        title: 'The long way round Kazakhstan',
        dek: 'After Kazakhstan tightened checks on parallel imports in 2023, Russian hauliers said, trucks bound for Russia took detours.',
        linkLabel: 'Embed this map', linkShort: 'Embed', linkContext: ': the long way round Kazakhstan',
      },
      'kz-ru-turnover': {
        title: 'Kazakhstan–Russia trade turnover, as reported',
        dek: 'Trade between Kazakhstan and Russia held up after the 2023 tightening; sources disagree on the exact figures.',
        linkLabel: 'Embed this chart', linkShort: 'Embed', linkContext: ': Kazakhstan–Russia trade turnover',
      },
    },
    show: 'Show',
    explore: 'Explore the map',
    loading: 'Loading the map…',
    exploring: 'Drag to pan; use two fingers or Ctrl + scroll to zoom',
    unavailable: 'The interactive map is not available in this browser',
    credit: 'From the story “Around Kazakhstan”',
    index: {
      title: 'Embed the charts of “Around Kazakhstan”',
      description: 'Embed codes for the charts of Around Kazakhstan: responsive iframes and pym.js.',
      heading: 'Embed our charts',
      dek: 'Each chart works on its own inside your article, from 280 pixels wide. It reports its height to your page, so the frame always fits. Copy the code below; nothing loads from anywhere but this site.',
      readStory: 'Read the full story',
      manifest: 'Manifest (JSON)',
      preview: (title: string) => `Preview: ${title}`,
      iframe: 'Responsive iframe',
      iframeHint: "Works anywhere HTML is allowed. The script keeps the frame's height right.",
      pymHint: 'For pages that already use pym.js (pym is served from this site).',
      copy: 'Copy code',
      copied: 'Copied',
      copyByHand: 'Press Ctrl+C to copy',
      images: 'Static images:',
      png: 'PNG, 1200 px',
      otherEdition: 'По-русски',
      script: 'One line of script',
      scriptHint: 'Puts the chart in place of the link, keeps its height right and matches your page’s light or dark theme. Several charts on one page work; readers without scripts keep the link.',
      cmsHeading: 'In your publishing system',
      cmsPaste: 'Paste:',
      registry: 'oEmbed provider entry (YAML, registry format)',
      providers: 'oEmbed endpoints (JSON)',
    },
  },
};

export type GraphicsText = typeof en;

const ru: GraphicsText = {
  storyTitle: 'В обход Казахстана',
  map: {
    heading: 'Карта: дороги в Россию в обход Казахстана',
    route2022: { long: 'Маршрут через Казахстан, 2022', short: 'Маршрут 2022' },
    detour: { long: 'Обход с 2023 года', short: 'Обход' },
    sea: 'Морем',
    closed: { long: 'Ужесточённые проверки с 2023 года, по словам перевозчиков', short: 'Проверки' },
    schematic: 'Маршруты схематичны:',
    schematicLong: 'линии проведены через города на главных дорожных коридорах, а не по самим дорогам. Границы: Natural Earth; города: GeoNames; пункты пропуска — приблизительно.',
    schematicShort: 'линии через города.',
    pictureLegend: { route2022: 'Через Казахстан, 2022', detour: 'Обход с 2023 года', sea: 'Морем', closed: 'Ужесточённые проверки с 2023 г.', x: [40, 330, 570, 710] },
    pictureNote: 'Маршруты схематичны: линии через города на главных дорогах, а не сами дороги. Границы: Natural Earth; города: GeoNames; пункты пропуска — приблизительно.',
    download: 'Скачать места на карте (CSV)',
    sources: 'маршруты — со слов Владимира Матягина («Грузавтотранс») «Известиям», в пересказе The Moscow Times; переходы и порты — в приблизительных точках; границы — Natural Earth.',
    explore: 'Исследовать карту',
    back: 'Вернуться к рассказу',
    exploreSurface: 'Карта для самостоятельного просмотра: стрелки сдвигают её, плюс и минус меняют масштаб',
    exploreHint: 'Сдвигайте карту мышью или стрелками; масштаб — Ctrl + прокрутка, двумя пальцами или клавишами + и −',
    places: 'Места на карте (переходите между ними стрелками)',
  },
  turnover: {
    title: 'Товарооборот Казахстана и России по данным разных источников',
    note: (axisStart: string) => `Каждая точка — одно опубликованное значение; где источники расходятся, полоса охватывает их значения. Полые точки — перепечатка или небольшое издание. Шкала начинается с ${axisStart}, а не с нуля.`,
    showData: 'Показать данные',
    caption: 'Товарооборот Казахстана и России по годам, с указанием, кто привёл каждое значение',
    year: 'Год',
    value: 'Значение',
    reportedBy: 'Чьи данные',
    source: 'Источник',
    download: 'Скачать данные (CSV)',
    conflict: 'источники расходятся',
    weak: 'перепечатка или небольшое издание',
    summary: (year: number, reports: string) => `${year} год: ${reports}.`,
    allYears: 'Все годы',
    csvHeader: ['год', 'значение', 'единица', 'как_напечатано', 'чьи_данные', 'источник', 'заголовок', 'адрес', 'дата_источника', 'цитата'],
  },
  queue: {
    trucks: (count: string) => `${count.charAt(0).toUpperCase()}${count.slice(1)} в очереди,`,
    length: (length: string) => `длина ${length} (не в масштабе)`,
    lengths: (lengths: string) => [`длина ${lengths}`, '(данные расходятся; не в масштабе)'],
  },
  chart: {
    title: 'Что Казахстан поставлял в Россию: 2021 и 2022',
    note: 'У каждой панели своя шкала от нуля: сравнивайте два столбца внутри панели, а не разные панели.',
    pictureNote: 'У каждой панели своя шкала от нуля: сравнивайте два столбца внутри панели.',
    pictureSubtitle: (label: string) => `${label}. У каждой панели своя шкала от нуля.`,
    pictureSourceChars: 122,
    change: 'Изменение: ',
    showData: 'Показать данные',
    download: 'Скачать данные (CSV)',
    caption: 'Экспорт Казахстана в Россию, 2021 и 2022 годы',
    measure: 'Показатель',
    changeColumn: 'Изменение',
    sources: 'Источники:',
    smallOutlet: ' (небольшое издание)',
    none: noneWord.ru,
    fromNone: 'с нуля',
    noChange: 'без изменений',
    summary: (label: string, start: string, end: string, change: string) => `${label}: ${start} в 2021 году, ${end} в 2022 году (${change}).`,
    bar: (label: string, year: string, value: string, source: string) => `${label}, ${year} год: ${value}. Источник: ${source}.`,
    bars: 'Столбцы графика (переходите между ними стрелками)',
  },
  describe: describeWords.ru,
  embed: {
    charts: {
      'export-surge': {
        title: 'Что Казахстан поставлял в Россию: 2021 и 2022',
        dek: 'В 2022 году Казахстан стал перевалочным пунктом для товаров, которые Россия больше не могла купить напрямую.',
        linkLabel: 'Встроить этот график', linkShort: 'Встроить', linkContext: ': что Казахстан поставлял в Россию',
      },
      'reroute-map': {
        title: 'Долгий путь в обход Казахстана',
        dek: 'После того как в 2023 году Казахстан, по словам российских перевозчиков, ужесточил проверки параллельного импорта, грузовики в Россию пошли в обход.',
        linkLabel: 'Встроить эту карту', linkShort: 'Встроить', linkContext: ': долгий путь в обход Казахстана',
      },
      'kz-ru-turnover': {
        title: 'Товарооборот Казахстана и России по данным разных источников',
        dek: 'После ужесточения 2023 года товарооборот Казахстана и России в целом сохранился; источники расходятся в точных цифрах.',
        linkLabel: 'Встроить этот график', linkShort: 'Встроить', linkContext: ': товарооборот Казахстана и России',
      },
    },
    show: 'Показать',
    explore: 'Открыть интерактивную карту',
    loading: 'Карта загружается…',
    exploring: 'Перетаскивайте карту; масштаб — двумя пальцами или Ctrl + прокрутка',
    unavailable: 'Интерактивная карта недоступна в этом браузере',
    credit: 'Из материала «В обход Казахстана»',
    index: {
      title: 'Встроить графики материала «В обход Казахстана»',
      description: 'Коды для встраивания графиков материала «В обход Казахстана»: адаптивные iframe и pym.js.',
      heading: 'Встройте наши графики',
      dek: 'Каждый график работает сам по себе внутри вашей статьи, от 280 пикселей в ширину. Он сообщает вашей странице свою высоту, так что рамка всегда по размеру. Скопируйте код ниже; всё загружается только с этого сайта.',
      readStory: 'Читать материал целиком',
      manifest: 'Манифест (JSON)',
      preview: (title: string) => `Предпросмотр: ${title}`,
      iframe: 'Адаптивный iframe',
      iframeHint: 'Работает везде, где можно вставить HTML. Скрипт следит за высотой рамки.',
      pymHint: 'Для страниц, которые уже используют pym.js (pym загружается с этого сайта).',
      copy: 'Скопировать код',
      copied: 'Скопировано',
      copyByHand: 'Нажмите Ctrl+C, чтобы скопировать',
      images: 'Статичные изображения:',
      png: 'PNG, 1200 пикс.',
      otherEdition: 'In English',
      script: 'Одна строка скрипта',
      scriptHint: 'Ставит график на место ссылки, следит за его высотой и подстраивается под светлую или тёмную тему вашей страницы. На одной странице может быть несколько графиков; читатели без скриптов увидят ссылку.',
      cmsHeading: 'В вашей системе публикации',
      cmsPaste: 'Вставьте:',
      registry: 'Запись для реестра oEmbed (YAML)',
      providers: 'Адреса oEmbed (JSON)',
    },
  },
};

/** The graphics' words, by edition. */
export const graphicsText: Record<Locale, GraphicsText> = { en, ru };
