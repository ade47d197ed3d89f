/** `getStaticPaths` of every per-chart route under `embed/`: each embeddable chart in each edition. */
import { embeddableCharts, type EmbeddableChart } from '../../../embed/charts';
import { editionPaths, type EditionProps } from '../../../i18n/editionRoutes';

export const embedChartPaths = () => editionPaths(() => embeddableCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } })));

export type EmbedChartProps = EditionProps & { chart: EmbeddableChart };
