/**
 * Data attributes written only when they change: each write invalidates style for the element. Values are kept as
 * last written (or first read), so a scene change compares some 200 of them without reading the DOM.
 */
export interface DataAttributes {
  read(element: HTMLElement | SVGElement, key: string): string | undefined;
  write(element: HTMLElement | SVGElement, key: string, value: string): void;
}

export function createDataAttributes(): DataAttributes {
  const written = new WeakMap<Element, Map<string, string | undefined>>();
  return {
    read(element, key) {
      const values = written.get(element);
      return values?.has(key) ? values.get(key) : element.dataset[key];
    },
    write(element, key, value) {
      let values = written.get(element);
      if (!values) written.set(element, (values = new Map()));
      const current = values.has(key) ? values.get(key) : element.dataset[key];
      values.set(key, value);
      if (current !== value) element.dataset[key] = value;
    },
  };
}
