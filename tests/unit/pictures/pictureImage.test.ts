import { describe, expect, it } from 'vitest';
import { viewBoxForCamera } from '../../../src/map/camera';
import { noPadding } from '../../../src/map/frameMarks';
import { mapView, sceneMarks } from '../../../src/map/sceneMarks';
import { mapFrameSize } from '../../../src/pictures/mapImage';
import { mapPictureScale, pictureSize, pictureSvg, type PictureContext } from '../../../src/pictures/pictureImage';
import { stepPictures } from '../../../src/pictures/stepPictures';
import type { SurgePanel } from '../../../src/charts/exportSurge/layout';
import { model, queueNote, scenes } from './fixtures';
import { svgMapModel } from '../../../src/map/svgMapModel';

const panels: SurgePanel[] = [
  { id: 'all-goods', label: 'All goods', measure: 'USD', unit: 'usd', value2021: 7.02e9, value2022: 8.78e9, change: '+25%' },
  { id: 'washing-machines', label: 'Washing machines', measure: 'units', unit: 'count', value2021: 0, value2022: 100_000, qualifier2022: 'almost', change: 'from none' },
];
const context: PictureContext = { panels, sourceLine: 'Test sources', model, queueNote };
const pictureOf = (scene: string) => stepPictures([{ id: 'step', scene }], scenes)[0]!.state;

describe('pictureSvg(state, context, label)', () => {
  it('draws the 2021 scene with 2021 bars only: no 2022 column, value or change', () => {
    const svg = pictureSvg(pictureOf('surge-2021'), context, '2021 values', 'en');
    expect(svg).toContain('$7.02bn');
    expect(svg).not.toContain('$8.78bn');
    expect(svg).not.toContain('>2022<');
    expect(svg).not.toContain('+25%');
  });

  it('draws a grown scene with every reported value and marks its highlighted panel', () => {
    const svg = pictureSvg(pictureOf('surge-washing-machines'), context, 'Washing machines', 'en');
    for (const value of ['$7.02bn', '$8.78bn', 'none', 'almost 100,000', '+25%']) expect(svg).toContain(value);
    expect(svg).toContain('▸ Washing machines');
    expect(svg).not.toContain('▸ All goods');
  });

  it("frames a map scene with the one framing function, laid out at the picture's scale", () => {
    const state = pictureOf('detour-georgia');
    if (state.visual !== 'map') throw new Error('a map scene');
    const size = pictureSize('map');
    const frame = mapFrameSize(size.width, size.height, mapPictureScale);
    const view = mapView(sceneMarks(state.map, model, queueNote), frame, noPadding);
    const viewBox = viewBoxForCamera(view.camera, frame).join(' ');
    expect(pictureSvg(state, context, 'Via Georgia', 'en')).toContain(`viewBox="${viewBox}"`);
  });

  it("draws the scene's closed crossings and queue note, and its label as the title", () => {
    const closed = pictureSvg(pictureOf('border-closes'), context, 'The border closes', 'en');
    expect(closed.match(/<path d="M[^"]*" stroke="#[0-9a-f]+" stroke-width="[^"]*" stroke-linecap="round"\/>/g)).toHaveLength(scenes.get('border-closes')!.map!.closed.length);
    expect(closed).toContain('<title>The border closes</title>');
    const queue = pictureSvg(pictureOf('detour-china'), context, 'Via China', 'en');
    for (const line of queueNote) expect(queue).toContain(line);
  });

  it('without a label, two scenes that draw the same picture give the same document', () => {
    const a = pictureSvg(pictureOf('treasury-warning'), context, null, 'en');
    expect(pictureSvg({ ...pictureOf('treasury-warning') }, context, null, 'en')).toBe(a);
    expect(pictureSvg(pictureOf('treasury-warning'), context, 'The warning', 'en')).not.toBe(a);
  });
});

describe('pictureSvg(state, context, label, "ru")', () => {
  it('writes the chart picture in Russian: title, note, values and sources label', () => {
    const ruPanels: SurgePanel[] = panels.map((panel) => ({ ...panel, label: panel.id === 'all-goods' ? 'Все товары' : 'Стиральные машины' }));
    const svg = pictureSvg(pictureOf('surge-washing-machines'), { ...context, panels: ruPanels }, 'Стиральные машины', 'ru');
    for (const text of ['Что Казахстан поставлял в Россию', '$7,02\u00a0млрд', 'почти\u00a0100\u00a0тыс.', 'нет', 'Источники:', '▸ Стиральные машины']) expect(svg).toContain(text);
    for (const english of ['What Kazakhstan', 'Each panel', 'Sources:', 'bn<', 'almost', '>none<']) expect(svg).not.toContain(english);
  });

  it('writes the map picture\'s legend and country names in Russian', () => {
    // Countries are named by the model, in the edition it is built for.
    const ruModel = svgMapModel({ type: 'FeatureCollection', features: [] }, [], [], 'ru');
    const svg = pictureSvg(pictureOf('detour-georgia'), { ...context, model: { ...model, countryLabels: ruModel.countryLabels } }, 'Через Грузию', 'ru');
    for (const text of ['Через Казахстан, 2022', 'Обход с 2023 года', 'Морем', 'Ужесточённые проверки с 2023 г.', 'Маршруты схематичны', 'ГРУЗИЯ', 'РОССИЯ']) expect(svg).toContain(text);
    for (const english of ['Route through', 'Detour since', 'By sea', 'Routes are schematic', 'GEORGIA', 'RUSSIA']) expect(svg).not.toContain(english);
  });
});
