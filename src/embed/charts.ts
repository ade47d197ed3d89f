/** The charts other newsrooms can embed: one page each at /embed/<id>/. */
export interface EmbeddableChart {
  id: 'export-surge' | 'reroute-map';
  title: string;
  /** One line under the title. */
  dek: string;
  /** Which visual of the story it is. */
  visual: 'chart' | 'map';
  /** Scene shown first when the URL names none. */
  startScene: string;
  /** Size of the static image, CSS px. */
  image: { width: number; height: number };
}

export const embeddableCharts: EmbeddableChart[] = [
  {
    id: 'export-surge',
    title: 'What Kazakhstan sent Russia, 2021 and 2022',
    dek: 'In 2022 Kazakhstan became a hub for goods Russia could no longer buy directly.',
    visual: 'chart',
    startScene: 'surge-grows',
    image: { width: 1200, height: 675 },
  },
  {
    id: 'reroute-map',
    title: 'The long way round Kazakhstan',
    dek: 'After Kazakhstan closed its border to parallel imports in 2023, trucks bound for Russia took detours.',
    visual: 'map',
    startScene: 'detour-overview',
    image: { width: 1200, height: 900 },
  },
];

export const embedPath = (id: string) => `/embed/${id}/`;
export const embedImagePath = (id: string, format: 'svg' | 'png') => `/embed/${id}.${format}`;
export const oembedPath = (id: string) => `/embed/${id}/oembed.json`;
